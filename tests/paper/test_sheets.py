"""The attendee announcement, the attendee information sheet and the responder pocket card."""

from __future__ import annotations

import pytest

from cocdesk.domain import Announcement, Case, Event
from cocdesk.paper import announcement_sheet, information_sheet, pocket_card
from cocdesk.procedure import Procedure, default_procedure
from tests.paper.conftest import read


def test_announcement_sheet_prints_the_approved_text_and_nothing_private(
    procedure: Procedure, event: Event, case: Case
) -> None:
    document = announcement_sheet(procedure, event, case)
    doc = read(document)
    assert document.pages == 1
    assert "A violation of our code happened. We have removed a person from the event." in doc.flat
    assert "Announcement" in doc.text and "Draft" not in doc.text
    for private in (case.code, "Зоя", "李伟", "Ελένη", "Łukasz", "Confidential"):
        assert private not in doc.text


def test_a_long_event_name_wraps_in_the_heading_and_is_never_cut(
    procedure: Procedure, event: Event, case: Case
) -> None:
    name = "Международная конференция PyCon Łódź 2026 — 李 summit"
    named = event.model_copy(update={"name": name})
    draft = case.model_copy(update={"announcement": Announcement(text="Something happened.")})
    for document in (announcement_sheet(procedure, named, draft), announcement_sheet(procedure, named, case)):
        first = read(document).pages[0]
        header = first[first.index("Code of Conduct announcement") :]  # the running header, drawn last
        assert name in " ".join(header.split()), header  # whole, over two lines if need be
        assert "…" not in first


def test_an_unapproved_announcement_prints_as_a_draft(procedure: Procedure, event: Event, case: Case) -> None:
    draft = case.model_copy(update={"announcement": Announcement(text="Something happened.")})
    doc = read(announcement_sheet(procedure, event, draft))
    assert "Draft announcement" in doc.text and "not yet approved" in doc.text
    with pytest.raises(ValueError, match="no text"):
        announcement_sheet(procedure, event, draft.model_copy(update={"announcement": Announcement()}))


def test_information_sheet_says_how_to_report_and_what_happens(procedure: Procedure, event: Event) -> None:
    document = information_sheet(procedure, event)
    doc = read(document)
    assert document.pages == 1
    for line in procedure.attendee_information:
        assert line in doc.flat
    assert "+30 210 555 0100 · coc@example.org" in doc.flat and "example.org/coc" in doc.flat
    assert "Venue security: Venue security desk · +30 210 555 0199" in doc.flat
    assert "destroyed by 2026-07-04" in doc.flat
    assert "Page 1 of 1" in doc.text


def test_information_sheet_without_an_event_leaves_blanks(procedure: Procedure) -> None:
    doc = read(information_sheet(procedure))
    assert doc.flat.startswith(
        "Code of Conduct: how to report Event Dates How to report"
    )  # lines to write on
    assert "Venue security Police: emergency Medical" in doc.flat
    assert "destroyed after the event" in doc.flat


def test_pocket_card_is_one_page_with_the_crisis_contacts(event: Event) -> None:
    procedure = default_procedure()
    document = pocket_card(procedure, event)
    doc = read(document)
    assert document.pages == 1
    for phone in ("+30 210 555 0199", "112", "+30 210 555 0142", "+30 210 555 0101"):
        assert phone in doc.flat
    assert "Ελένη Παπαδοπούλου" in doc.flat and "Łukasz Wiśniewski" in doc.flat
    for number, step in enumerate(procedure.steps, start=1):
        assert f"{number}. {step.title}" in doc.flat
