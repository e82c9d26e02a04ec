"""Moving cards on the triage board: drag and drop, the keyboard, the reason every move needs, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from cocdesk.domain import Level
from cocdesk.flow.requirements import missing
from cocdesk.procedure.model import Part
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


def test_dragging_a_card_to_another_quadrant_moves_it_with_its_reason(
    qtbot, monkeypatch, desk, session
) -> None:
    reasons = Reasons(monkeypatch, "It went on after the talk: Ελένη saw it too")
    board = open_board(qtbot, session)
    views = board.surface.views
    drag(views[(LOW, HIGH)], SOCIAL, views[(HIGH, HIGH)])
    assert SOCIAL in card_titles(views[(HIGH, HIGH)]) and SOCIAL not in card_titles(views[(LOW, HIGH)])
    assert reasons.questions[0][0].endswith("go from Low risk, high impact to High risk, high impact?")
    case = desk.case(card_id(board, SOCIAL))
    assert case.quadrant == (HIGH, HIGH)
    assert case.placement.rationale == "It went on after the talk: Ελένη saw it too"
    assert case.timeline[-1].what.startswith("Moved from Low risk, high impact to High risk, high impact")


def test_a_tray_card_is_placed_by_dragging_and_the_tray_takes_no_drops(
    qtbot, monkeypatch, desk, session
) -> None:
    Reasons(monkeypatch, "Minor, first time")
    board = open_board(qtbot, session)
    views = board.surface.views
    assert card_titles(board.surface.tray) == [TRAY_TITLE]
    assert not board.surface.tray.acceptDrops()
    drag(board.surface.tray, TRAY_TITLE, views[(LOW, LOW)])
    assert card_titles(board.surface.tray) == []
    assert desk.case(card_id(board, TRAY_TITLE)).quadrant == (LOW, LOW)


def test_cancelling_the_reason_moves_nothing(qtbot, monkeypatch, desk, session) -> None:
    Reasons(monkeypatch, None)
    board = open_board(qtbot, session)
    views = board.surface.views
    before = len(desk.case(card_id(board, SOCIAL)).placements)
    drag(views[(LOW, HIGH)], SOCIAL, views[(HIGH, LOW)])
    assert SOCIAL in card_titles(views[(LOW, HIGH)])
    case = desk.case(card_id(board, SOCIAL))
    assert case.quadrant == (LOW, HIGH) and len(case.placements) == before


def selected_title(board) -> str:
    card = board.surface.selected()
    return card.title if card else ""


def test_a_card_moves_by_keyboard_space_arrows_enter(qtbot, monkeypatch, desk, session) -> None:
    reasons = Reasons(monkeypatch, "Он извинился; risk is low")
    board = open_board(qtbot, session)
    source = board.surface.views[(LOW, HIGH)]
    click_card(qtbot, source, SOCIAL)
    assert selected_title(board) == SOCIAL
    qtbot.keyClick(source, Qt.Key.Key_Space)
    qtbot.keyClick(source, Qt.Key.Key_Up)
    assert board.surface.matrix_widget.cell(LOW, LOW).property("marked")
    assert "Moving" in board.hint.text() and "Low risk, low impact" in board.hint.text()
    assert desk.case(card_id(board, SOCIAL)).quadrant == (LOW, HIGH)  # nothing moves before Enter
    qtbot.keyClick(source, Qt.Key.Key_Return)
    assert reasons.questions and SOCIAL in card_titles(board.surface.views[(LOW, LOW)])
    assert desk.case(card_id(board, SOCIAL)).quadrant == (LOW, LOW)
    assert selected_title(board) == SOCIAL  # it stays selected in its new quadrant
    assert not board.surface.matrix_widget.cell(LOW, LOW).property("marked")


def test_escape_puts_a_lifted_card_back(qtbot, monkeypatch, desk, session) -> None:
    reasons = Reasons(monkeypatch)
    board = open_board(qtbot, session)
    source = board.surface.views[(LOW, HIGH)]
    click_card(qtbot, source, SOCIAL)
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Escape, Qt.Key.Key_Return):
        qtbot.keyClick(source, key)
    assert reasons.questions == [] and SOCIAL in card_titles(source)


def test_undo_takes_back_the_last_move_with_a_new_placement(qtbot, monkeypatch, desk, session) -> None:
    Reasons(monkeypatch, "Looks worse than we thought")
    board = open_board(qtbot, session)
    views = board.surface.views
    drag(views[(LOW, HIGH)], SOCIAL, views[(HIGH, HIGH)])
    placements = len(desk.case(card_id(board, SOCIAL)).placements)
    qtbot.keyClick(board.surface.views[(HIGH, HIGH)], Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert SOCIAL in card_titles(views[(LOW, HIGH)]) and SOCIAL not in card_titles(views[(HIGH, HIGH)])
    case = desk.case(card_id(board, SOCIAL))
    assert case.quadrant == (LOW, HIGH) and len(case.placements) == placements + 1
    back = "Moved back from High risk, high impact to Low risk, high impact"
    assert case.timeline[-1].what.startswith(back)


def test_undo_of_a_first_placement_returns_the_card_to_the_tray(qtbot, monkeypatch, desk, session) -> None:
    Reasons(monkeypatch, "Minor")
    board = open_board(qtbot, session)
    drag(board.surface.tray, TRAY_TITLE, board.surface.views[(LOW, LOW)])
    board.undo_action.trigger()
    assert card_titles(board.surface.tray) == [TRAY_TITLE]
    assert desk.case(card_id(board, TRAY_TITLE)).quadrant is None


def test_undo_can_be_used_only_when_there_is_a_move_to_undo(qtbot, monkeypatch, desk, session) -> None:
    Reasons(monkeypatch, "Minor")
    board = open_board(qtbot, session)
    button = next(b for b in board.filter_bar.findChildren(QPushButton) if b.text() == "&Undo move")
    assert not board.undo_action.isEnabled() and not button.isEnabled()
    assert "Ctrl+Z" in button.toolTip()
    drag(board.surface.tray, TRAY_TITLE, board.surface.views[(LOW, LOW)])
    assert button.isEnabled()
    button.click()
    assert not button.isEnabled() and card_titles(board.surface.tray) == [TRAY_TITLE]


def test_undo_after_the_case_was_placed_elsewhere_says_why_nothing_moved(
    qtbot, monkeypatch, desk, session
) -> None:
    reasons = Reasons(monkeypatch, "First thought")
    board = open_board(qtbot, session)
    drag(board.surface.tray, TRAY_TITLE, board.surface.views[(LOW, LOW)])
    case_id = card_id(board, TRAY_TITLE)
    session.run(
        lambda desk: desk.place(case_id, HIGH, HIGH, "Placed in the wizard meanwhile"), changed=[case_id]
    )
    board.undo_action.trigger()
    assert "placed again since" in reasons.told[0] and not board.undo_action.isEnabled()
    assert desk.case(card_id(board, TRAY_TITLE)).quadrant == (HIGH, HIGH)
    assert TRAY_TITLE in card_titles(board.surface.views[(HIGH, HIGH)])  # the board shows where it is


def test_a_placement_no_act_announced_shows_after_a_refresh(qtbot, desk, session) -> None:
    """Ctrl+R reads the cases afresh, for a change the session did not announce."""
    board = open_board(qtbot, session)
    desk.place(card_id(board, TRAY_TITLE), HIGH, LOW, "Placed in the wizard by Зоя")
    assert TRAY_TITLE in card_titles(board.surface.tray)
    board.refresh_action.trigger()
    assert TRAY_TITLE in card_titles(board.surface.views[(HIGH, LOW)])
    assert card_titles(board.surface.tray) == []


def test_a_move_on_the_board_completes_the_wizards_placement(qtbot, monkeypatch, desk, session) -> None:
    Reasons(monkeypatch, "Coordinated: several accounts")
    board = open_board(qtbot, session)
    case_id = card_id(board, TRAY_TITLE)
    assess = desk.procedure.step_with_part(Part.PLACEMENT)
    assert any("matrix" in gap for gap in missing(assess, desk.case(case_id)))
    drag(board.surface.tray, TRAY_TITLE, board.surface.views[(HIGH, HIGH)])
    case = desk.case(case_id)
    assert (case.placement.risk, case.placement.impact, case.placement.by) == (HIGH, HIGH, desk.member.name)
    assert not any("matrix" in gap for gap in missing(assess, case))


def test_after_a_lock_the_board_carries_on_with_the_reopened_desk(qtbot, monkeypatch, tmp_path) -> None:
    from tests.station_vaults import LEAD, desk_as

    Reasons(monkeypatch, "Moved before the lock", "Moved after the lock")
    path = tmp_path / "board.cocdesk"
    session = session_of(board_desk(path))
    board = open_board(qtbot, session)
    drag(board.surface.views[(LOW, HIGH)], SOCIAL, board.surface.views[(HIGH, HIGH)])
    board.hide()
    session.close()  # what the station's lock does
    with desk_as(path, LEAD) as reopened:
        session.open(reopened)
        board.show()
        drag(board.surface.tray, TRAY_TITLE, board.surface.views[(LOW, LOW)])
        assert reopened.case(card_id(board, TRAY_TITLE)).quadrant == (LOW, LOW)
        board.undo_action.trigger()
        board.undo_action.trigger()  # the move made before the lock is still there to undo
        assert reopened.case(card_id(board, SOCIAL)).quadrant == (LOW, HIGH)
        board.close()
