"""The side panel, the filters, the decision capture and printing the board."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel

from cocdesk.board.filters import BoardFilter, Scope
from cocdesk.domain import Level
from cocdesk.gui import printing
from cocdesk.gui.board.model import FADED_ROLE
from tests.board_samples import TRAY_TITLE, board_desk
from tests.gui.board_fixtures import Reasons, card_id, card_titles, click_card, open_board, session_of
from tests.station_vaults import EVENT_LEAD, REPORTED, REPORTER, ZOYA, create_team_vault, desk_as

LOW, HIGH = Level.LOW, Level.HIGH
SOCIAL = "Remarks at the social evening"


@pytest.fixture
def desk(tmp_path: Path):
    with board_desk(tmp_path / "board.cocdesk") as opened:
        yield opened


@pytest.fixture
def session(desk):
    return session_of(desk)


def panel_text(board) -> str:
    return "\n".join(label.text() for label in board.panel.findChildren(QLabel))


def test_selecting_a_card_shows_its_summary_people_and_reason(qtbot, desk, session) -> None:
    board = open_board(qtbot, session)
    click_card(qtbot, board.surface.views[(LOW, HIGH)], SOCIAL)
    shown = panel_text(board)
    for expected in (SOCIAL, "Low risk, high impact", "Repeated remarks in public", "[reported person]"):
        assert expected in shown
    assert "[reporter]" in shown
    assert "10 h" in shown or "11 h" in shown  # the half-day countdown
    # people, the reported person too, show as their roles until a team member asks for names
    assert REPORTER not in shown and REPORTED not in shown
    board.names_action.trigger()
    assert REPORTER in panel_text(board) and REPORTED in panel_text(board)


def test_a_case_opened_from_elsewhere_is_selected_on_the_board(qtbot, desk, session) -> None:
    board = open_board(qtbot, session)
    assert board.select_case(card_id(board, TRAY_TITLE))
    assert board.surface.tray.hasFocus() and TRAY_TITLE in panel_text(board)


def test_the_event_lead_sees_the_case_without_the_reporters_name(qtbot, tmp_path) -> None:
    with desk_as(create_team_vault(tmp_path / "team.cocdesk"), EVENT_LEAD) as lead:
        board = open_board(qtbot, session_of(lead))
        click_card(qtbot, board.surface.views[(LOW, HIGH)], SOCIAL)
        shown = panel_text(board)
        assert "[reported person]" in shown and REPORTED not in shown and REPORTER not in shown
        assert not board.panel.form.isVisibleTo(board.panel)  # deciding is not the Event Lead's
        assert board.hint.text().startswith("Read only: signed in as Event Lead Organiser")
        assert not board.surface.views[(LOW, HIGH)].dragEnabled()
        qtbot.keyClick(board.surface.views[(LOW, HIGH)], Qt.Key.Key_Space)  # nothing is picked up
        assert board.mover.lifted is None and lead.case(card_id(board, SOCIAL)).quadrant == (LOW, HIGH)


def test_a_decision_is_recorded_from_the_board(qtbot, desk, session) -> None:
    board = open_board(qtbot, session)
    click_card(qtbot, board.surface.views[(LOW, HIGH)], SOCIAL)
    form = board.panel.form
    assert form.response.currentData() == "public_apology"  # the quadrant's suggestion comes first
    form.text.setPlainText("Зоя talks to him tonight; apology at the morning plenary")
    form.owner.setCurrentText(ZOYA)
    form.record.click()
    decision = desk.case(card_id(board, SOCIAL)).decisions[-1]
    assert (decision.text, decision.owner, decision.response, decision.horizon) == (
        "Зоя talks to him tonight; apology at the morning plenary",
        ZOYA,
        "public_apology",
        "now",
    )
    assert "Зоя talks to him tonight" in panel_text(board) and form.text.toPlainText() == ""


def test_a_half_typed_decision_waits_for_its_case(qtbot, desk, session) -> None:
    board = open_board(qtbot, session)
    click_card(qtbot, board.surface.views[(LOW, HIGH)], SOCIAL)
    board.panel.form.text.setPlainText("Ask Łukasz to")
    click_card(qtbot, board.surface.tray, TRAY_TITLE)
    assert board.panel.form.text.toPlainText() == ""
    click_card(qtbot, board.surface.views[(LOW, HIGH)], SOCIAL)
    assert board.panel.form.text.toPlainText() == "Ask Łukasz to"


def test_filters_show_all_cases_one_quadrant_or_one_members(qtbot, desk, session) -> None:
    board = open_board(qtbot, session)
    bar = board.filter_bar
    assert "Badge photo without consent" not in [c.title for c in board.shown_cards()]
    bar.scope.setCurrentIndex(bar.scopes.index(Scope.ALL))
    high_low = board.surface.views[(HIGH, LOW)]
    assert card_titles(high_low) == ["Badge photo without consent"]
    assert high_low.model().index(0, 0).data(FADED_ROLE)
    bar.quadrant.setCurrentIndex(bar.quadrants.index((LOW, HIGH)))
    assert [c.title for c in board.shown_cards()] == [SOCIAL]
    bar.show_only(BoardFilter(scope=Scope.ALL, member=ZOYA))
    assert [c.title for c in board.shown_cards()] == ["Messages after the keynote"]
    assert bar.member.currentText() == ZOYA


def test_printing_the_board_prints_one_page_and_records_it(
    qtbot, monkeypatch, desk, session, tmp_path
) -> None:
    Reasons(monkeypatch)
    out = tmp_path / "printed.pdf"

    def to_file(parent, printer, title, pages):  # the user picks "print to file" in the print dialog
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    monkeypatch.setattr(printing, "choose_printer", to_file)
    board = open_board(qtbot, session)
    board.print_action.trigger()
    page = PdfReader(out).pages[0]
    assert len(PdfReader(out).pages) == 1 and page.mediabox.width > page.mediabox.height  # landscape
    rows = desk.vault._connection.execute("SELECT detail FROM audit WHERE action = 'board.print'").fetchall()
    assert len(rows) == 1 and '"sha256"' in rows[0][0] and json.loads(rows[0][0])["printer"] == "printed.pdf"


def test_cancelling_the_print_dialog_prints_nothing(qtbot, monkeypatch, desk, session) -> None:
    monkeypatch.setattr(printing, "choose_printer", lambda parent, printer, title, pages: False)
    board = open_board(qtbot, session)
    board.print_action.trigger()
    assert desk.vault._connection.execute("SELECT 1 FROM audit WHERE action = 'board.print'").fetchall() == []
