"""The triage board in high contrast and in the everyday look, at the desk and presenting: every line
of text on it (the matrix's headings, the cards' lines, the side panel's words) at least 4.5:1 against
its ground, measured on the grabbed pixels; the selected, the focused and the overdue card seen as such."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from cocdesk.board.cards import Card, by_urgency
from cocdesk.domain import now
from cocdesk.gui import palette, style
from cocdesk.gui.board import BoardWindow
from cocdesk.gui.board.views import CardListView
from tests.gui.contrast import AA, differing_pixels, measure, ratio, too_faint
from tests.gui.drive import sign_in
from tests.station_vaults import LEAD


@pytest.fixture(params=[True, False], ids=["high contrast", "everyday"])
def look(request, app) -> Iterator[bool]:
    style.look().set_high_contrast(request.param)
    yield request.param
    style.look().set_high_contrast(False)


def open_board(qtbot, station) -> tuple[BoardWindow, Card]:
    window = sign_in(qtbot, station, LEAD)
    window.ui.board_action.trigger()
    board = next(w for w in QApplication.topLevelWidgets() if isinstance(w, BoardWindow) and w.isVisible())
    board.resize(1280, 800)
    urgent = by_urgency(board.shown_cards(), now())[0]
    assert urgent.overdue(now()), "the sample needs an overdue case"
    board.surface.select(urgent.case_id)
    qtbot.wait(50)
    return board, urgent


def fail_message(board: BoardWindow) -> str:
    return "\n".join(too_faint(board))


def test_the_boards_text_stands_out_from_its_ground(qtbot, station, look) -> None:
    board, _ = open_board(qtbot, station)
    found = [f.what for f in measure(board)]
    for words in ("Low risk", "High risk", "impact", "verbal warning", "For example", "Not yet placed"):
        assert any(words in what for what in found), f"{words!r} was not measured"
    assert any("CardListView" in what for what in found) and any("<table>" in what for what in found)
    assert too_faint(board) == [], fail_message(board)


def test_presenting_the_boards_text_stands_out(qtbot, station, look) -> None:
    board, _ = open_board(qtbot, station)
    board.set_presenting(True)
    qtbot.wait(50)
    assert any("CardListView" in f.what for f in measure(board))
    assert too_faint(board) == [], fail_message(board)
    board.reveal()  # the selected card's facts, overdue deadline included, on the projector
    qtbot.waitUntil(board.panel.isVisible)
    assert any("<table>" in f.what for f in measure(board))
    assert too_faint(board) == [], fail_message(board)


def card_image(view: CardListView, card: Card) -> QImage:
    rect: QRect = view.visualRect(view.cards.index(view.cards.row_of(card.case_id)))
    return view.viewport().grab(rect).toImage()


def test_the_selected_the_focused_and_the_overdue_card_look_so(qtbot, station, look) -> None:
    board, urgent = open_board(qtbot, station)
    view = board.surface.view_of(urgent.case_id)
    assert view is not None
    view.setFocus()
    qtbot.wait(20)
    selected_focused = card_image(view, urgent)
    board.filter_bar.scope.setFocus()
    qtbot.wait(20)
    selected = card_image(view, urgent)
    board.surface.clear_selection()
    qtbot.wait(20)
    plain = card_image(view, urgent)
    assert differing_pixels(selected_focused, selected) > 100, "the focused card looks like any other"
    assert differing_pixels(selected, plain) > 100, "the selected card looks like any other"
    # overdue: the alert colour, itself readable, marks the card's edge and its deadline
    alert = QColor(palette.board().alert)
    assert ratio(alert, QColor(palette.board().paper)) >= AA
    edge = [plain.pixelColor(x, plain.height() // 2) for x in range(0, 6)]
    assert any(ratio(colour, alert) < 1.2 for colour in edge), (
        "the overdue card's edge is not in the alert colour"
    )


def test_turning_high_contrast_on_with_the_board_open_repaints_it(qtbot, station, app) -> None:
    board, _ = open_board(qtbot, station)  # in the everyday look
    style.look().set_high_contrast(True)  # as Ctrl+Shift+H in the main window does
    try:
        qtbot.wait(50)
        assert too_faint(board) == [], fail_message(board)
        assert board.surface.matrix_widget.styleSheet().count(palette.HIGH_CONTRAST.heading) >= 1
    finally:
        style.look().set_high_contrast(False)
