"""Presentation mode: full screen for a projector, and no name, contact or free text of any case."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.board_samples import TRAY_REPORTED, TRAY_REPORTER, TRAY_TITLE, board_desk, party_names
from tests.gui.board_fixtures import (
    card_titles,
    click_card,
    found,
    open_board,
    painted,
    session_of,
    widget_texts,
)
from tests.station_vaults import EVIDENCE, REPORTED, REPORTER, ZOYA

SOCIAL = "Remarks at the social evening"


@pytest.fixture
def desk(tmp_path: Path):
    with board_desk(tmp_path / "board.cocdesk") as opened:
        yield opened


@pytest.fixture
def session(desk):
    return session_of(desk)


def present(qtbot, board) -> None:
    qtbot.keyClick(board.focusWidget() or board, Qt.Key.Key_F5)
    assert board.presenting and board.isFullScreen()


def leaks(board, words, *, shown_only: bool = False) -> list[str]:
    texts, drawing = widget_texts(board, shown_only=shown_only), painted(board)
    return sorted(word for word in words if found(word, texts, drawing))


def test_the_desk_view_shows_the_selected_cases_people_once_names_are_asked_for(qtbot, desk, session) -> None:
    """The check below can fail: the same collection finds the names when the desk shows them."""
    board = open_board(qtbot, session)
    board.surface.select(next(c.case_id for c in board.shown_cards() if c.title == SOCIAL))
    assert REPORTER not in leaks(board, party_names(desk))  # people show as their roles by default
    board.names_action.trigger()
    assert {REPORTER, REPORTED} <= set(leaks(board, party_names(desk)))
    assert leaks(board, ["Repeated remarks in public"]) == ["Repeated remarks in public"]


def test_presenting_shows_no_name_contact_or_description_of_anyone_in_any_case(qtbot, desk, session) -> None:
    board = open_board(qtbot, session)
    board.surface.select(next(c.case_id for c in board.shown_cards() if c.title == SOCIAL))
    present(qtbot, board)
    names = party_names(desk)
    assert TRAY_REPORTER in names and len(names) >= 8
    assert leaks(board, names) == []
    assert leaks(board, [EVIDENCE, "Repeated remarks in public"]) == []  # free text: a rationale
    team = [member.name for member in desk.members()]  # the filter's hidden list holds them, unseen
    assert ZOYA in team and leaks(board, team, shown_only=True) == []
    shown = widget_texts(board)
    for card in board.shown_cards():  # what the room does see: codes, titles, ages and deadlines
        assert card.code in " ".join(shown) and card.title in " ".join(shown)


def test_a_team_member_reveals_one_card_and_it_hides_when_deselected(qtbot, desk, session) -> None:
    board = open_board(qtbot, session)
    present(qtbot, board)
    view = board.surface.tray
    click_card(qtbot, view, TRAY_TITLE)
    assert leaks(board, [TRAY_REPORTER]) == []
    qtbot.keyClick(view, Qt.Key.Key_R)
    assert board.panel.isVisible() and leaks(board, [TRAY_REPORTER, TRAY_REPORTED]) == []
    assert "No decision yet" in board.panel.decisions_label.text()
    click_card(qtbot, board.surface.views[board.shown_cards()[-1].quadrant], board.shown_cards()[-1].title)
    assert not board.panel.isVisible() and leaks(board, party_names(desk)) == []


def test_hiding_the_board_hides_a_revealed_card(qtbot, desk, session) -> None:
    board = open_board(qtbot, session)
    present(qtbot, board)
    click_card(qtbot, board.surface.tray, TRAY_TITLE)
    qtbot.keyClick(board.surface.tray, Qt.Key.Key_R)
    board.hide()  # what the station's lock does to every window showing case data
    assert board.revealed is None and leaks(board, party_names(desk)) == []


def test_a_member_who_may_not_see_names_cannot_reveal(qtbot, tmp_path) -> None:
    from tests.station_vaults import EVENT_LEAD, create_team_vault, desk_as

    with desk_as(create_team_vault(tmp_path / "team.cocdesk"), EVENT_LEAD) as lead:
        board = open_board(qtbot, session_of(lead))
        present(qtbot, board)
        view = next(v for v in board.surface.views.values() if v.cards.cards)
        click_card(qtbot, view, card_titles(view)[0])
        qtbot.keyClick(view, Qt.Key.Key_R)
        assert not board.panel.isVisible() and "R reveals" not in board.hint.text()
        assert "Space picks up" not in board.hint.text()  # nor move a card: the board is read only


def test_a_click_does_not_leave_presentation_but_escape_and_f5_do(qtbot, desk, session) -> None:
    board = open_board(qtbot, session)
    present(qtbot, board)
    for target in (board, board.surface.tray.viewport(), board.hint):
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
        qtbot.mouseDClick(target, Qt.MouseButton.LeftButton)
    assert board.presenting
    qtbot.keyClick(board.surface.tray, Qt.Key.Key_Escape)
    assert not board.presenting and not board.isFullScreen() and board.filter_bar.isVisible()
    present(qtbot, board)
    qtbot.keyClick(board.surface.tray, Qt.Key.Key_F5)
    assert not board.presenting


def test_escape_first_puts_a_lifted_card_back_then_leaves(qtbot, desk, session) -> None:
    board = open_board(qtbot, session)
    present(qtbot, board)
    click_card(qtbot, board.surface.tray, TRAY_TITLE)
    qtbot.keyClick(board.surface.tray, Qt.Key.Key_Space)
    qtbot.keyClick(board.surface.tray, Qt.Key.Key_Escape)
    assert board.presenting and board.mover.lifted is None
    qtbot.keyClick(board.surface.tray, Qt.Key.Key_Escape)
    assert not board.presenting


def test_at_the_desk_escape_and_ctrl_w_close_the_board(qtbot, session) -> None:
    board = open_board(qtbot, session)
    click_card(qtbot, board.surface.tray, TRAY_TITLE)
    qtbot.keyClick(board.surface.tray, Qt.Key.Key_Escape)
    assert not board.isVisible()
    board.show()
    board.activateWindow()
    qtbot.waitUntil(board.isActiveWindow)
    board.panel.form.text.setFocus()
    qtbot.keyClick(board.panel.form.text, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not board.isVisible()
