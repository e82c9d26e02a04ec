"""The board and the rest of the station follow one another through the session: a move on the board
is announced to every listener, and an act made anywhere else moves the card on the open board."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from cocdesk.domain import Level
from tests.board_samples import TRAY_TITLE, board_desk
from tests.gui.board_fixtures import Reasons, card_id, card_titles, click_card, drag, open_board, session_of

LOW, HIGH = Level.LOW, Level.HIGH
SOCIAL = "Remarks at the social evening"  # placed at low risk, high impact


@pytest.fixture
def desk(tmp_path: Path):
    with board_desk(tmp_path / "board.cocdesk") as opened:
        yield opened


@pytest.fixture
def session(desk):
    return session_of(desk)


class CaseList:
    """Another screen of the station, like the case list: it reads the cases afresh whenever the session
    says some changed, and never otherwise."""

    def __init__(self, session) -> None:
        self.session = session
        self.announced: list[list[str]] = []
        self.quadrants = self._read()
        session.sig_cases_changed.connect(self._changed)

    def _read(self):
        return {str(s.id): s.quadrant for s in self.session.desk.cases()}

    def _changed(self, ids: list[str]) -> None:
        self.announced.append(ids)
        self.quadrants = self._read()


def panel_text(board) -> str:
    return "\n".join(label.text() for label in board.panel.findChildren(QLabel))


def test_a_move_on_the_board_is_announced_and_another_screen_shows_it(qtbot, monkeypatch, session) -> None:
    Reasons(monkeypatch, "Łukasz: it went on at the party, Зоя saw it")
    board = open_board(qtbot, session)
    case_list = CaseList(session)
    social = str(card_id(board, SOCIAL))
    assert case_list.quadrants[social] == (LOW, HIGH)
    with qtbot.waitSignal(session.sig_cases_changed, timeout=2000) as announced:
        drag(board.surface.views[(LOW, HIGH)], SOCIAL, board.surface.views[(HIGH, HIGH)])
    assert announced.args == [[social]]
    assert case_list.announced == [[social]] and case_list.quadrants[social] == (HIGH, HIGH)


def test_a_board_move_writes_the_desks_one_timeline_entry(qtbot, monkeypatch, desk, session) -> None:
    reason = "李 saw it too: it happened again"
    Reasons(monkeypatch, reason)
    board = open_board(qtbot, session)
    case_id = card_id(board, SOCIAL)
    before = desk.case(case_id)
    drag(board.surface.views[(LOW, HIGH)], SOCIAL, board.surface.views[(HIGH, HIGH)])
    after = desk.case(case_id)
    matrix = desk.procedure.matrix
    assert len(after.timeline) == len(before.timeline) + 1
    assert len(after.placements) == len(before.placements) + 1
    entry = after.timeline[-1]
    assert entry.what == f"Moved from {matrix.name(LOW, HIGH)} to {matrix.name(HIGH, HIGH)}: {reason}"
    assert entry.what == f"Moved from Low risk, high impact to High risk, high impact: {reason}"
    assert entry.who == desk.member.name


def test_a_placement_made_elsewhere_moves_the_card_on_the_open_board(qtbot, session) -> None:
    board = open_board(qtbot, session)
    case_id = card_id(board, TRAY_TITLE)
    click_card(qtbot, board.surface.tray, TRAY_TITLE)
    assert "not yet placed" in panel_text(board)
    session.run(  # the wizard's "assess" step, in the main window
        lambda desk: desk.place(case_id, HIGH, LOW, "Зоя: earlier incident at another event"),
        changed=[case_id],
    )
    assert card_titles(board.surface.tray) == []
    assert TRAY_TITLE in card_titles(board.surface.views[(HIGH, LOW)])
    selected = board.surface.selected()
    assert selected is not None and selected.case_id == case_id  # still selected, in its new quadrant
    assert "High risk, low impact" in panel_text(board) and "Зоя: earlier incident" in panel_text(board)


def test_a_decision_recorded_elsewhere_shows_and_a_half_typed_one_waits(qtbot, session) -> None:
    board = open_board(qtbot, session)
    case_id = card_id(board, SOCIAL)
    click_card(qtbot, board.surface.views[(LOW, HIGH)], SOCIAL)
    board.panel.form.text.setPlainText("Ask Łukasz to")
    session.run(
        lambda desk: desk.record_decision(case_id, text="Talk to him tonight, 李 joins"), changed=[case_id]
    )
    assert "Talk to him tonight, 李 joins" in panel_text(board)
    assert board.panel.form.text.toPlainText() == "Ask Łukasz to"


def test_a_refused_move_says_why_and_the_card_stays(qtbot, monkeypatch, desk, session) -> None:
    reasons = Reasons(monkeypatch, "x" * 2000)  # longer than a one-line reason may be
    board = open_board(qtbot, session)
    announced: list[list[str]] = []
    session.sig_cases_changed.connect(announced.append)
    drag(board.surface.views[(LOW, HIGH)], SOCIAL, board.surface.views[(HIGH, HIGH)])
    assert len(reasons.told) == 1 and announced == []
    assert SOCIAL in card_titles(board.surface.views[(LOW, HIGH)])
    assert desk.case(card_id(board, SOCIAL)).quadrant == (LOW, HIGH)
