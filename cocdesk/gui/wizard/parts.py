"""The editor for each structured part a step records, from the procedure's ``part``."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cocdesk.gui.wizard.part_actions import ActionsEditor
from cocdesk.gui.wizard.part_agreement import AgreementEditor
from cocdesk.gui.wizard.part_announcement import AnnouncementEditor
from cocdesk.gui.wizard.part_communication import CommunicationEditor
from cocdesk.gui.wizard.part_consent import ConsentEditor
from cocdesk.gui.wizard.part_decision import DecisionEditor
from cocdesk.gui.wizard.part_filing import FilingEditor
from cocdesk.gui.wizard.part_meeting import MeetingEditor
from cocdesk.gui.wizard.part_placement import PlacementEditor
from cocdesk.gui.wizard.session import CaseSession
from cocdesk.procedure import Part


def part_editor(session: CaseSession, part: Part) -> QWidget:
    if part == Part.CONSENT:
        return ConsentEditor(session)
    if part == Part.MEETING:
        return MeetingEditor(session)
    if part == Part.PLACEMENT:
        return PlacementEditor(session)
    if part == Part.DECISION:
        return DecisionEditor(session)
    if part == Part.AGREEMENT:
        return AgreementEditor(session)
    if part == Part.ACTIONS:
        return ActionsEditor(session)
    if part == Part.TALK:
        return CommunicationEditor(session, "talk")
    if part == Part.INFORM_REPORTER:
        return CommunicationEditor(session, "inform_reporter")
    if part == Part.FILING:
        return FilingEditor(session)
    return AnnouncementEditor(session)
