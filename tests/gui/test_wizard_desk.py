"""The wizard acts through the desk: what it saves is what the desk wrote, as one act each, and what a
member may change in it is what the policy says."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from cocdesk.desk import Act
from cocdesk.domain import CaseStatus, Party, Person
from cocdesk.domain.case import Recipient
from cocdesk.gui.wizard import part_filing
from cocdesk.gui.wizard.part_actions import ActionsEditor
from cocdesk.gui.wizard.part_agreement import AgreementEditor
from cocdesk.gui.wizard.part_consent import ConsentEditor
from cocdesk.gui.wizard.part_decision import DecisionEditor
from cocdesk.gui.wizard.part_filing import FilingEditor
from tests.gui.wizard_support import Keyboard, desk_vault, fields_of, open_as, open_desk, part_of, show_wizard
from tests.station_vaults import EVENT_LEAD, LEAD, ZOYA

REPORTER, REPORTED = "Зоя Смирнова", "李明远"


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return desk_vault(tmp_path)


def test_editing_one_decision_leaves_another_members_decision_as_it_was(qtbot, path: Path) -> None:
    with open_desk(path, LEAD) as desk:
        case = desk.take_report(title="Remarks at the bar")
        ours = desk.record_decision(case.id, text="Łukasz talks to him tonight", owner=LEAD)
    with open_desk(path, ZOYA) as desk:
        hers = desk.record_decision(case.id, horizon="later", text="Проверить прошлые отчёты")

    session = open_as(path, ZOYA)
    wizard = show_wizard(qtbot, session, case.code, step_id="decide")
    editor = part_of(wizard, "decide", DecisionEditor)
    (row,) = [r for r in editor.rows if r.decision_id == ours.id]
    row.text.text.setPlainText("Łukasz und Зоя reden heute Abend mit ihm")
    assert wizard.flush()
    session.close()

    with open_desk(path, LEAD) as desk:
        stored = {d.id: d for d in desk.case(case.code).decisions}
    assert len(stored) == 2
    edited, untouched = stored[ours.id], stored[hers.id]
    assert edited.text == "Łukasz und Зоя reden heute Abend mit ihm" and edited.by == ZOYA
    assert edited.owner == LEAD  # what was not changed in it stays
    assert (untouched.by, untouched.at, untouched.text) == (ZOYA, hers.at, hers.text)
    assert ours.at < edited.at


def test_marking_the_action_step_done_sets_the_status_and_meets_the_deadline_at_once(
    qtbot, path: Path
) -> None:
    session = open_as(path, LEAD)
    case = session.desk.take_report(title="Comments at the coffee break")
    wizard = show_wizard(qtbot, session, case.code, step_id="act")
    keys = Keyboard(qtbot, wizard)
    keys.tick("Take action (aim for this within half a day of report)")
    actions = part_of(wizard, "act", ActionsEditor)
    actions.rows[0].text.text.setPlainText("Badge eingezogen; 李明 informiert")
    actions.rows[0].done.setChecked(True)  # a change of value, as the keyboard or a screen reader makes it
    assert wizard.footer.done_button.isEnabled()
    keys.done()

    (summary,) = session.desk.cases()
    assert summary.status == CaseStatus.ACTED
    stored = session.desk.case(case.code)
    (deadline,) = stored.deadlines
    assert deadline.met_at is not None and deadline.met_at == stored.steps["act"].done_at
    assert stored.steps["act"].done_by == LEAD
    (action,) = stored.actions
    assert action.text == "Badge eingezogen; 李明 informiert" and action.done_at is not None
    assert wizard.steps.state_of("act") == "done"
    session.close()


def test_the_event_lead_reads_agrees_and_changes_nothing_else(qtbot, path: Path) -> None:
    with open_desk(path, LEAD) as desk:
        case = desk.take_report(title="Remarks at the bar")
        desk.answer(case.id, "gather", "where_happened", "Bar Łódź")
        desk.set_part(case.id, "people", [Person(party=Party.REPORTER, name=REPORTER)])
    session = open_as(path, EVENT_LEAD)
    problems: list[str] = []
    session.sig_problem.connect(problems.append)
    wizard = show_wizard(qtbot, session, case.code, step_id="gather")

    where = fields_of(wizard, "gather").editor("where_happened").findChild(QLineEdit)
    account = fields_of(wizard, "gather").editor("what_happened").findChild(QPlainTextEdit)
    checklist = wizard.page("safety").checklist
    assert where is not None and account is not None and checklist is not None
    assert where.isReadOnly()
    assert account.isReadOnly()
    assert not any(box.isEnabled() for box in checklist.boxes.values())
    assert wizard.header.title.isReadOnly()
    assert not wizard.footer.done_button.isEnabled()
    assert "may not" in wizard.footer.done_button.toolTip()
    assert not session.desk.may(Act.EDIT_REPORT)

    changed = session.run(
        lambda desk: desk.answer(case.id, "gather", "where_happened", "Somewhere else"), tell=False
    )
    assert changed is None
    assert problems == [
        "Signed in as Event Lead Organiser, you may not change a report's answers, people or consent. "
        "Ask a member whose role may."
    ]

    wizard.go("event_lead")
    agreement = part_of(wizard, "event_lead", AgreementEditor)
    assert agreement.agreed.isEnabled()
    Keyboard(qtbot, wizard).tick("The Event Lead Organiser agreed")
    session.close()

    with open_desk(path, LEAD) as desk:
        stored = desk.case(case.code)
    assert stored.agreement.agreed is True and stored.agreement.by == EVENT_LEAD
    assert stored.steps["gather"].values["where_happened"] == "Bar Łódź"
    assert [p.name for p in stored.people] == [REPORTER]


def test_filing_in_the_wizard_writes_the_pdf_and_files_the_case(
    qtbot, path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "Łódź — Bericht.pdf"
    monkeypatch.setattr(part_filing, "choose_export_path", lambda parent, suggested: str(target))
    session = open_as(path, ZOYA)
    case = session.desk.take_report(title="Remarks at the bar")
    session.desk.set_part(
        case.id,
        "people",
        [Person(party=Party.REPORTER, name=REPORTER), Person(party=Party.REPORTED, name=REPORTED)],
    )
    wizard = show_wizard(qtbot, session, case.code, step_id="identity")
    consent = part_of(wizard, "identity", ConsentEditor)
    consent.share.setChecked(True)
    consent.recipients[Recipient.SAFETY_OFFICER].setChecked(True)
    consent.words.text.setPlainText("Да, офицер может знать моё имя.")
    wizard.flush()
    stored = session.desk.case(case.code).consent
    assert stored.share_identity and stored.recipients == [Recipient.SAFETY_OFFICER]
    assert "Safety and Diversity Officer" in consent.state.text()

    wizard.go("file")
    filing = part_of(wizard, "file", FilingEditor)
    assert filing.with_names.isEnabled()  # the reporter agreed the officer may know
    filing.with_names.setChecked(True)
    keys = Keyboard(qtbot, wizard)
    keys.tick("Complete report form and file with nominated Safety and Diversity Officer")
    keys.tick("Export the report for the Safety and Diversity Officer")

    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert REPORTER in text and case.code in text
    (summary,) = session.desk.cases()
    assert summary.status == CaseStatus.FILED
    assert wizard.steps.state_of("file") == "done"
    assert "Filed" in filing.status.text() and not wizard.problem.isVisible()
    session.close()
