"""The meeting page flags a team member the case names: beside their name, as whom, standing aside,
and in words that tell a role without identity nothing of who the reporter or the witnesses are."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAccessible, QAccessibleActionInterface

from cocdesk.domain import Level, Meeting, Party, Person, Role
from cocdesk.gui import dialogs
from cocdesk.gui.wizard.part_decision import DecisionEditor
from cocdesk.gui.wizard.part_meeting import MeetingEditor
from tests.board_samples import board_desk
from tests.gui.board_fixtures import card_id, click_card, open_board, session_of
from tests.gui.wizard_support import desk_vault, open_as, open_desk, part_of, show_wizard, texts_of
from tests.station_vaults import EVENT_LEAD, LEAD, OFFICER, REPORTER, ZOYA

TOGGLE = QAccessibleActionInterface.toggleAction()
ABSENT = "Amaru Quispe"


def case_naming_zoya(path: Path) -> str:
    """A case whose witness is Зоя Иванова, typed in Latin letters and lower case at the desk."""
    with open_desk(path) as desk:
        case = desk.take_report()
        people = [
            Person(party=Party.REPORTER, name=REPORTER),
            Person(party=Party.WITNESS, name="zoya ivanova"),
        ]
        desk.set_part(case.code, "people", people)
        return case.code


def test_a_member_named_as_a_witness_is_flagged_and_stands_aside_at_the_meeting(
    qtbot, tmp_path: Path
) -> None:
    path = desk_vault(tmp_path)
    code = case_naming_zoya(path)
    session = open_as(path, LEAD)
    wizard = show_wizard(qtbot, session, code, step_id="meeting")
    meeting = part_of(wizard, "meeting", MeetingEditor)
    rows = {row.name: row for row in meeting.rows}
    flag = rows[ZOYA].flag
    assert flag.isVisible()
    assert flag.text().startswith(f"⚠ {ZOYA}: Named as a witness.")
    assert "stands aside" in flag.text().casefold()
    assert REPORTER.split()[0] not in flag.text()
    assert not rows[LEAD].flag.isVisible()
    assert rows[ZOYA].conflict.isChecked()  # standing aside is the default
    for row in meeting.rows:  # ticked present as a screen reader ticks
        QAccessible.queryAccessibleInterface(row.present).actionInterface().doAction(TOGGLE)
    qtbot.waitUntil(lambda: ZOYA in session.desk.case(code).meeting.present)
    assert meeting.team_size.text().startswith("1 deciding")
    wizard.grab().save(str(tmp_path / "meeting-flag.png"))
    stored = session.desk.case(code).meeting
    assert stored.voting == [LEAD]
    assert [(c.member, c.recused) for c in stored.conflicts] == [(ZOYA, True)]
    wizard.close()
    session.close()


def test_the_team_may_clear_a_namesake_and_they_decide_again(qtbot, tmp_path: Path) -> None:
    path = desk_vault(tmp_path)
    code = case_naming_zoya(path)
    session = open_as(path, LEAD)
    wizard = show_wizard(qtbot, session, code, step_id="meeting")
    meeting = part_of(wizard, "meeting", MeetingEditor)
    zoya = next(row for row in meeting.rows if row.name == ZOYA)
    QAccessible.queryAccessibleInterface(zoya.present).actionInterface().doAction(TOGGLE)
    qtbot.waitUntil(lambda: zoya.conflict.isEnabled())
    QAccessible.queryAccessibleInterface(zoya.conflict).actionInterface().doAction(TOGGLE)
    qtbot.waitUntil(lambda: session.desk.case(code).meeting.voting == [ZOYA])
    assert "cleared" in zoya.flag.text()
    wizard.close()
    session.close()


def test_a_role_without_identity_reads_no_witness_in_the_flag(qtbot, tmp_path: Path) -> None:
    path = desk_vault(tmp_path)
    code = case_naming_zoya(path)
    with open_desk(path) as desk:
        desk.set_part(code, "meeting", Meeting(present=[LEAD, ZOYA]))
    session = open_as(path, EVENT_LEAD)
    wizard = show_wizard(qtbot, session, code, step_id="meeting")
    shown = texts_of(wizard.pages["meeting"])
    assert "witness" not in shown.casefold()
    assert REPORTER.split()[0] not in shown
    assert "zoya ivanova" not in shown.casefold()
    wizard.close()
    session.close()


def test_the_boards_decision_form_is_refused_for_a_member_who_stands_aside(
    qtbot, monkeypatch, tmp_path: Path
) -> None:

    told: list[str] = []
    monkeypatch.setattr(dialogs, "tell", lambda parent, title, text: told.append(f"{title}: {text}"))
    with board_desk(tmp_path / "board.cocdesk") as desk:
        board = open_board(qtbot, session_of(desk))
        social = card_id(board, "Remarks at the social evening")
        people = [*desk.case(social).people, Person(party=Party.WITNESS, name="lukasz wisniewski")]
        desk.set_part(social, "people", people)  # the lead, signed in, was a witness
        click_card(qtbot, board.surface.views[(Level.LOW, Level.HIGH)], "Remarks at the social evening")
        form = board.panel.form
        form.text.setPlainText("Зоя talks to him tonight")
        before = desk.case(social).decisions
        form.record.click()
        assert told and told[0].startswith("Not recorded: ")
        assert "You stand aside from this case for a conflict of interest" in told[0]
        assert LEAD.split()[0] not in told[0]  # a shared screen: who stands aside is who the case names
        assert desk.case(social).decisions == before
        assert form.text.toPlainText() == "Зоя talks to him tonight"  # what was typed stays
        board.close()


def test_a_member_who_stands_aside_is_told_so_at_the_decide_step(qtbot, tmp_path: Path) -> None:
    path = desk_vault(tmp_path)
    code = case_naming_zoya(path)
    session = open_as(path, ZOYA)
    wizard = show_wizard(qtbot, session, code, step_id="decide")
    editor = part_of(wizard, "decide", DecisionEditor)
    assert editor.conflict.isVisible()
    assert editor.conflict.text().startswith("⚠ You stand aside from this case")
    assert not any(widget.isEnabled() for widget in (*editor.rows, *editor.add_buttons))
    wizard.grab().save(str(tmp_path / "decide-aside.png"))
    wizard.close()
    session.close()


def test_the_event_leads_meeting_page_does_not_single_out_a_member_who_reported(
    qtbot, tmp_path: Path
) -> None:
    """Зоя Иванова reported (typed "Zoya Ivanova") and sat at the meeting, standing aside. The Event
    Lead's page shows her row as it shows a member who was not there, names no one "(withheld)", counts
    those deciding as the team does, and cannot save the page back."""
    path = desk_vault(tmp_path)
    with open_desk(path) as desk:
        desk.add_member(ABSENT, Role.RESPONDER, "wayra pampa tuta killa")  # not at the meeting
        case = desk.take_report(title="Remarks at the social evening")
        desk.set_part(
            case.code,
            "people",
            [
                Person(party=Party.REPORTER, name="Zoya Ivanova"),
                Person(party=Party.REPORTED, name="Björn Ålstrøm"),
            ],
        )
        desk.set_part(case.code, "meeting", Meeting(present=[LEAD, ZOYA, OFFICER]))
    team_session = open_as(path, LEAD)
    team_page = show_wizard(qtbot, team_session, case.code, step_id="meeting")
    team_count = part_of(team_page, "meeting", MeetingEditor).team_size.text()
    team_page.close()
    team_session.close()

    session = open_as(path, EVENT_LEAD)
    wizard = show_wizard(qtbot, session, case.code, step_id="meeting")
    meeting = part_of(wizard, "meeting", MeetingEditor)
    wizard.grab().save(str(tmp_path / "event_lead_meeting.png"))
    rows = {row.name: row for row in meeting.rows}
    zoya, lead, absent = rows[ZOYA], rows[LEAD], rows[ABSENT]
    seen = {
        name: (row.present.isChecked(), row.conflict.isChecked(), row.note.text(), row.flag.isVisible())
        for name, row in rows.items()
    }
    assert lead.present.isChecked()
    # Зоя reads exactly as Amaru, who was not at the meeting: nothing sets her apart
    assert seen[ZOYA] == seen[ABSENT] == (False, False, "", False), seen
    assert not zoya.conflict.isChecked(), seen
    assert "(withheld)" not in meeting.others.text(), meeting.others.text()
    described = QAccessible.queryAccessibleInterface(zoya.conflict).text(QAccessible.Text.Name)
    assert not (zoya.conflict.isChecked() and ZOYA in described), described
    # "2 deciding", as the team's own page counts
    assert meeting.team_size.text() == team_count, (meeting.team_size.text(), team_count)
    # the page cannot be saved by the Event Lead: the rendition never replaces the team's meeting
    assert not lead.present.isEnabled() and not absent.present.isEnabled()
    lead.present.setChecked(False)
    meeting.others.setText("Someone else")
    wizard.close()
    session.close()
    with open_desk(path) as desk:
        assert desk.case(case.code).meeting.present == [LEAD, ZOYA, OFFICER]


def test_the_member_who_stands_aside_cannot_untick_her_own_box_but_the_lead_can(
    qtbot, tmp_path: Path
) -> None:
    """Through the accessibility interface too: her own "stands aside" box is not hers to clear."""
    path = desk_vault(tmp_path)
    code = case_naming_zoya(path)
    session = open_as(path, ZOYA)
    wizard = show_wizard(qtbot, session, code, step_id="meeting")
    zoya = next(row for row in part_of(wizard, "meeting", MeetingEditor).rows if row.name == ZOYA)
    toggle = QAccessibleActionInterface.toggleAction()
    QAccessible.queryAccessibleInterface(zoya.present).actionInterface().doAction(toggle)
    qtbot.waitUntil(lambda: ZOYA in session.desk.case(code).meeting.present)
    assert zoya.conflict.isChecked() and not zoya.conflict.isEnabled()
    assert "another team member" in zoya.conflict.toolTip()
    wizard.close()
    session.close()
    lead_session = open_as(path, LEAD)
    wizard = show_wizard(qtbot, lead_session, code, step_id="meeting")
    zoya = next(row for row in part_of(wizard, "meeting", MeetingEditor).rows if row.name == ZOYA)
    assert zoya.conflict.isEnabled()
    wizard.close()
    lead_session.close()
