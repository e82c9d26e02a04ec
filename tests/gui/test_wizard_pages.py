"""The pages that do more than ask: danger, the team, the deadline, the Event Lead, filing, announcing."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from cocdesk.domain import CaseStatus, Contact, Level, Party, Person, Role, now
from cocdesk.gui.wizard import part_filing
from cocdesk.gui.wizard.part_agreement import AgreementEditor
from cocdesk.gui.wizard.part_announcement import AnnouncementEditor
from cocdesk.gui.wizard.part_decision import DecisionEditor
from cocdesk.gui.wizard.part_filing import FilingEditor
from cocdesk.gui.wizard.part_meeting import MeetingEditor
from cocdesk.gui.wizard.step_list import ADVICE
from tests.gui.wizard_support import (
    MEDICAL_PHONE,
    SECURITY_PHONE,
    Keyboard,
    desk_vault,
    fields_of,
    open_as,
    open_desk,
    part_of,
    show_wizard,
    texts_of,
)
from tests.station_vaults import EVENT_LEAD, LEAD, OFFICER, ZOYA

REPORTER, REPORTER_MAIL, WITNESS, REPORTED = "Зоя Смирнова", "zoya.s@example.org", "Łucja Kowalska", "王伟"


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return desk_vault(tmp_path)


def with_people(desk, **case_options):
    case = desk.take_report(title="Comments at the bar", **case_options)
    desk.set_part(
        case.id,
        "people",
        [
            Person(party=Party.REPORTER, name=REPORTER, contact=REPORTER_MAIL),
            Person(party=Party.REPORTED, name=REPORTED, description="grey suit"),
            Person(party=Party.WITNESS, name=WITNESS, contact="+41 79 555 77 66"),
        ],
    )
    return case


def test_yes_to_danger_fills_the_page_with_the_crisis_contacts_and_records_the_call(
    qtbot, path: Path
) -> None:
    session = open_as(path, ZOYA)
    case = session.desk.take_report()
    wizard = show_wizard(qtbot, session, case.code)
    danger = wizard.page("safety").danger
    assert danger is not None and not danger.isVisible()
    keys = Keyboard(qtbot, wizard)
    keys.tick("Is anyone in immediate danger?: Yes")
    assert danger.isVisible()
    numbers = {label.accessibleName(): label for label in danger.findChildren(QLabel)}
    security = numbers[f"Venue security: {SECURITY_PHONE}"]
    assert f"Medical: {MEDICAL_PHONE}" in numbers and "Police: emergency: 117" in numbers
    assert security.font().pointSizeF() >= 2 * wizard.font().pointSizeF()
    keys.tick("Record the crisis call")
    values = session.desk.case(case.code).steps["safety"].values
    assert values["in_danger"] is True
    assert values["crisis_call_made"] is True and values["crisis_call_by"] == ZOYA
    assert abs(now() - datetime.fromisoformat(str(values["crisis_call_at"]))) < timedelta(minutes=1)
    assert (
        fields_of(wizard, "safety").editor("crisis_call_made").value() is True
    )  # the answers below show it too
    session.close()


def test_the_step_list_shows_done_waiting_and_late(qtbot, path: Path) -> None:
    session = open_as(path, LEAD)
    case = session.desk.take_report(received_at=now() - timedelta(hours=13))
    desk = session.desk
    desk.answer(case.id, "safety", "in_danger", False)
    desk.tick(case.id, "safety", "private_space", True)
    desk.complete_step(case.id, "safety")
    wizard = show_wizard(qtbot, session, case.code)
    assert wizard.current_step == "gather"  # a case is continued at its first step not done
    assert wizard.steps.state_of("safety") == "done"
    assert wizard.steps.state_of("gather") == "waiting"
    assert wizard.steps.state_of("act") == "late"
    wizard.go("act")
    banner = wizard.page("act").countdown
    assert banner is not None and banner.overdue and "OVERDUE by 1 h" in banner.text()
    assert "#b3261e" in banner.styleSheet()
    session.close()


def test_a_placement_made_on_the_board_reaches_the_open_wizard(qtbot, path: Path) -> None:
    session = open_as(path, LEAD)
    case = session.desk.take_report()
    wizard = show_wizard(qtbot, session, case.code, step_id="decide")
    suggestion = part_of(wizard, "decide", DecisionEditor).suggestion
    assert "Place the case on the matrix" in suggestion.text()
    # the board moves it, through the same session: the wizard shows it at once
    session.run(
        lambda desk: desk.place(case.id, Level.HIGH, Level.HIGH, "Koordiniert, mehrere Konten"),
        changed=[case.id],
    )
    assert "coordinated whole-team response" in suggestion.text()
    session.close()


def test_a_finished_step_can_be_revisited_and_reopened(qtbot, path: Path) -> None:
    session = open_as(path, LEAD)
    case = session.desk.take_report()
    wizard = show_wizard(qtbot, session, case.code, step_id="report_form")
    keys = Keyboard(qtbot, wizard)
    keys.tick("Complete the Code of Conduct Incident report form")
    keys.done()
    assert wizard.current_step == "meeting"
    keys.press(Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert wizard.current_step == "report_form"
    assert wizard.footer.done_button.text().replace("&", "") == "Reopen this step"
    wizard.footer.done_button.click()
    assert wizard.steps.state_of("report_form") == "waiting"
    assert session.desk.case(case.code).steps["report_form"].done_at is None
    session.close()


def test_a_step_that_still_needs_something_is_not_marked_done_and_says_what(qtbot, path: Path) -> None:
    session = open_as(path, LEAD)
    case = session.desk.take_report()
    wizard = show_wizard(qtbot, session, case.code, step_id="gather")
    Keyboard(qtbot, wizard).done()
    assert wizard.current_step == "gather"
    assert "What happened, in their own words" in wizard.problem.text()
    assert session.desk.case(case.code).steps.get("gather") is None
    session.close()


def test_the_team_must_be_three_or_five_or_say_why(qtbot, path: Path) -> None:
    session = open_as(path, LEAD)
    case = session.desk.take_report()
    for item in ("meet_team", "conflicts_declared"):
        session.desk.tick(case.id, "meeting", item, True)
    wizard = show_wizard(qtbot, session, case.code, step_id="meeting")
    keys = Keyboard(qtbot, wizard)
    keys.tick(f"{LEAD} is present")
    keys.tick(f"{ZOYA} is present")
    keys.fill("Others present", "Ελένη Κ, Jürgen Ø")
    wizard.flush()
    editor = part_of(wizard, "meeting", MeetingEditor)
    assert "4 deciding" in editor.team_size.text()
    assert not wizard.footer.done_button.isEnabled()
    keys.fill("Why the team is not 3 or 5", "Ana ist krank; alle waren einverstanden")
    wizard.flush()
    assert wizard.footer.done_button.isEnabled()
    keys.tick(f"{ZOYA} has a conflict of interest and stands aside")
    wizard.flush()
    assert "3 deciding" in editor.team_size.text()
    stored = session.desk.case(case.code).meeting
    assert stored.voting == [LEAD, "Ελένη Κ", "Jürgen Ø"]
    session.close()


def test_the_event_lead_sees_no_reporter_or_witness_anywhere_in_the_wizard(qtbot, path: Path) -> None:
    with open_desk(path, LEAD) as lead_desk:
        case = with_people(lead_desk)
        lead_desk.answer(case.id, "gather", "evidence", "Screenshots on Zoya's phone")
        lead_desk.place(case.id, Level.HIGH, Level.HIGH, "Repeated, and he followed her")
    session = open_as(path, EVENT_LEAD)
    wizard = show_wizard(qtbot, session, case.code, step_id="event_lead")
    for step in session.desk.procedure.steps:
        wizard.go(step.id)
    shown = texts_of(wizard)
    for secret in (REPORTER, REPORTER_MAIL, WITNESS, "Screenshots on Zoya"):
        assert secret not in shown
    briefing = texts_of(part_of(wizard, "event_lead", AgreementEditor).briefing)
    assert REPORTED in briefing and "names and contacts withheld" in briefing
    assert "coordinated whole-team response" in briefing
    session.close()
    with open_desk(path, LEAD) as again:  # nothing the Event Lead looked at was written back redacted
        assert {p.name for p in again.case(case.code).people} == {REPORTER, REPORTED, WITNESS}


def test_who_answered_for_the_event_lead_is_chosen_never_typed(qtbot, path: Path) -> None:
    """The desk takes only the event's Event Lead contact or a member as who answered: the box offers
    exactly those, the contact first and chosen, and a name of the case cannot be typed into it."""
    contact = "Ingrid Østergaard"
    with open_desk(path, LEAD) as desk:
        desk.update_event(desk.event.model_copy(update={"event_lead": Contact(name=contact)}))
        case = with_people(desk)
    session = open_as(path, LEAD)
    wizard = show_wizard(qtbot, session, case.code, step_id="event_lead")
    who = part_of(wizard, "event_lead", AgreementEditor).by
    assert isinstance(who, QComboBox) and not who.isEditable()
    assert who.accessibleName() == "Who answered for the Event Lead Organiser"
    offered = [who.itemText(index) for index in range(who.count())]
    assert offered[0] == contact and who.currentText() == contact
    assert sorted(offered[1:]) == sorted([LEAD, ZOYA, EVENT_LEAD, OFFICER])
    assert not {REPORTER, WITNESS, REPORTED} & set(offered)

    keys = Keyboard(qtbot, wizard)
    keys.tick("The Event Lead Organiser agreed")
    wizard.flush()
    assert session.desk.case(case.code).agreement.by == contact
    keys.tab_to("Who answered for the Event Lead Organiser")
    keys.press(Qt.Key.Key_Down)  # the next name on the list
    assert who.currentText() == offered[1]
    wizard.flush()
    session.close()
    with open_desk(path, LEAD) as again:
        stored = again.case(case.code).agreement
    assert stored.agreed is True and stored.by == offered[1]


def test_the_announcement_cannot_be_approved_while_it_names_anyone(qtbot, path: Path) -> None:
    session = open_as(path, LEAD)
    case = with_people(session.desk)
    wizard = show_wizard(qtbot, session, case.code, step_id="announce")
    editor = part_of(wizard, "announce", AnnouncementEditor)
    keys = Keyboard(qtbot, wizard)
    keys.fill("What happened, in general terms", f"{REPORTED} made remarks to Смирнова")
    keys.fill("The action taken", "action. Be excellent to each other")
    flags = editor.flags.text()
    assert f"“{REPORTED}” names someone involved" in flags
    assert "“Смирнова” names someone involved" in flags
    assert "glib phrase" in flags
    assert not editor.approve_button.isEnabled()
    assert len(editor.draft.text.extraSelections()) == 3  # each hit marked in the text
    for blank, general in (
        ("What happened, in general terms", "An incident of unwelcome remarks"),
        ("The action taken", "action to remove the person from the event"),
    ):
        keys.tab_to(blank)
        keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        keys.type(general)
    assert "Nothing found" in editor.flags.text()
    # the team drafts; only the Event Lead Organiser approves, signed in as themselves
    assert not editor.approve_button.isEnabled()
    assert "Only the Event Lead Organiser approves" in editor.approve_button.toolTip()
    wizard.close()
    session.close()

    lead = open_as(path, EVENT_LEAD)
    theirs = show_wizard(qtbot, lead, case.code, step_id="announce")
    approving = part_of(theirs, "announce", AnnouncementEditor)
    assert approving.draft.text.isReadOnly()  # they approve; the team writes
    Keyboard(qtbot, theirs).tick("Approve the announcement")
    stored = lead.desk.case(case.code).announcement
    assert stored.approved_by == EVENT_LEAD
    assert stored.text.startswith("An incident of unwelcome remarks happened.")
    assert approving.approval.text().startswith(f"Approved by {EVENT_LEAD}")
    theirs.close()
    lead.close()

    session = open_as(path, LEAD)
    wizard = show_wizard(qtbot, session, case.code, step_id="announce")
    keys = Keyboard(qtbot, wizard)
    keys.tab_to("The announcement")
    keys.press(Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    keys.type(" Зоя")
    wizard.flush()
    assert (
        session.desk.case(case.code).announcement.approved_by == ""
    )  # a changed draft needs approving again
    session.close()


def test_filing_saves_the_export_where_chosen_and_records_its_hash(
    qtbot, path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "chosen" / "report.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(part_filing, "choose_export_path", lambda parent, suggested: str(target))
    session = open_as(path, LEAD)
    case = with_people(session.desk)
    wizard = show_wizard(qtbot, session, case.code, step_id="file")
    editor = part_of(wizard, "file", FilingEditor)
    assert not editor.with_names.isEnabled()  # the reporter did not agree to share
    assert "did not agree" in editor.with_names.toolTip()
    keys = Keyboard(qtbot, wizard)
    keys.tick("Export the report for the Safety and Diversity Officer")
    assert not target.exists()  # the step's checklist first: nothing is filed half-done
    assert "Tick" in wizard.problem.text()
    keys.tick("Complete report form and file with nominated Safety and Diversity Officer")
    keys.tick("Export the report for the Safety and Diversity Officer")
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    stored = session.desk.case(case.code)
    (filed,) = [c for c in stored.communications if c.kind == "filing"]
    assert digest in filed.summary and filed.by == LEAD
    assert any("Filed the report" in entry.what for entry in stored.timeline)
    assert stored.status == CaseStatus.FILED and stored.steps["file"].done_at is not None
    assert wizard.steps.state_of("file") == "done"
    assert digest in editor.status.text()
    session.close()


def test_general_advice_is_one_key_away_from_every_step(qtbot, path: Path) -> None:
    session = open_as(path, LEAD)
    case = session.desk.take_report()
    wizard = show_wizard(qtbot, session, case.code, step_id="decide")
    Keyboard(qtbot, wizard).press(Qt.Key.Key_F1)
    assert wizard.current_step == ADVICE
    shown = texts_of(wizard.advice)
    assert all(line in shown for line in session.desk.procedure.advice)
    session.close()


def test_every_control_has_a_name_a_screen_reader_can_speak(qtbot, path: Path) -> None:
    session = open_as(path, LEAD)
    case = with_people(session.desk)
    wizard = show_wizard(qtbot, session, case.code)
    for step in session.desk.procedure.steps:
        wizard.go(step.id)
        page = wizard.pages[step.id]
        unnamed = [
            type(widget).__name__
            for widget in page.findChildren(QWidget)
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None  # a part of a compound control, like a date editor's text
            and widget.isVisibleTo(page)
            and not widget.accessibleName()
        ]
        assert unnamed == [], step.id
    session.close()


def test_the_event_lead_role_cannot_edit_the_people(qtbot, path: Path) -> None:
    with open_desk(path, LEAD) as lead_desk:
        case = with_people(lead_desk)
    session = open_as(path, EVENT_LEAD)
    assert session.desk.role == Role.EVENT_LEAD
    wizard = show_wizard(qtbot, session, case.code, step_id="gather")
    people = fields_of(wizard, "gather").people
    assert all(editor.name.isReadOnly() for section in people for editor in section.editors)
    assert not any(section.add_button.isEnabled() for section in people)
    session.close()
