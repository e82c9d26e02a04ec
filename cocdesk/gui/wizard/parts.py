"""The editor for each structured part a step records, from the procedure's ``part``."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cocdesk.gui.wizard.open_case import OpenCase
from cocdesk.gui.wizard.part_actions import ActionsEditor
from cocdesk.gui.wizard.part_agreement import AgreementEditor
from cocdesk.gui.wizard.part_announcement import AnnouncementEditor
from cocdesk.gui.wizard.part_communication import CommunicationEditor
from cocdesk.gui.wizard.part_consent import ConsentEditor
from cocdesk.gui.wizard.part_decision import DecisionEditor
from cocdesk.gui.wizard.part_filing import FilingEditor
from cocdesk.gui.wizard.part_meeting import MeetingEditor
from cocdesk.gui.wizard.part_placement import PlacementEditor
from cocdesk.procedure import Part


def part_editor(open_case: OpenCase, part: Part) -> QWidget:
    if part == Part.CONSENT:
        return ConsentEditor(open_case)
    if part == Part.MEETING:
        return MeetingEditor(open_case)
    if part == Part.PLACEMENT:
        return PlacementEditor(open_case)
    if part == Part.DECISION:
        return DecisionEditor(open_case)
    if part == Part.AGREEMENT:
        return AgreementEditor(open_case)
    if part == Part.ACTIONS:
        return ActionsEditor(open_case)
    if part == Part.TALK:
        return CommunicationEditor(open_case, "talk")
    if part == Part.INFORM_REPORTER:
        return CommunicationEditor(open_case, "inform_reporter")
    if part == Part.FILING:
        return FilingEditor(open_case)
    return AnnouncementEditor(open_case)
