"""Every window opens within a netbook's 1024×600 screen: the unlock screen, the main window, the board,
the closing dialog (its form is 900×720) and the shift handover. Run on that screen, in a process of its
own, by
tests/gui/test_layout_sizes.py:

    QT_QPA_PLATFORM=offscreen:configfile=tests/gui/screens/netbook.json \
        python -m pytest tests/gui/netbook_windows.py
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QScrollBar

from tests.gui.drive import sign_in, unlock_screen
from tests.station_vaults import LEAD

NETBOOK = (1024, 600)


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def too_big(window) -> str:
    room = window.screen().availableGeometry()
    size = window.frameGeometry()
    if room.contains(size):
        return ""
    return f"{type(window).__name__} at {size.getRect()} on a {room.width()}×{room.height()} screen"


def test_the_screen_is_a_netbooks(app) -> None:
    screen = QApplication.primaryScreen().availableGeometry()
    assert (screen.width(), screen.height()) == NETBOOK


def test_every_window_opens_within_the_screen(qtbot, station) -> None:
    screen = unlock_screen(station)
    qtbot.waitExposed(screen)
    problems = [too_big(screen)]
    window = sign_in(qtbot, station, LEAD)
    problems.append(too_big(window))
    window.work.show_board()
    settle()
    board = window.work.board
    problems.append(too_big(board))
    board.close()
    window.close_event()  # Event → Close the event
    from cocdesk.gui.closing_dialog import CloseEventDialog

    closing = window.findChild(CloseEventDialog)
    settle()
    problems.append(too_big(closing))
    closing.reject()
    window.handover.open_view()  # Station → Shift handover…
    from cocdesk.gui.handover_dialog import HandoverDialog

    handover = window.findChild(HandoverDialog)
    settle()
    problems.append(too_big(handover))
    handover.reject()
    assert [p for p in problems if p] == []


def test_the_board_and_the_case_list_show_everything_without_sliding(qtbot, station) -> None:
    window = sign_in(qtbot, station, LEAD)
    settle()
    bars = [b for b in window.findChildren(QScrollBar) if b.isVisible() and b.maximum() > 0]
    assert [b for b in bars if b.width() > b.height()] == [], "the case list slides sideways"
    window.work.show_board()
    board = window.work.board
    board.select_case(board.shown_cards()[0].case_id)
    settle()
    room = board.screen().availableGeometry()
    for control in (board.close_button, board.panel, board.filter_bar.member):
        place = control.mapTo(board, control.rect().bottomRight())
        assert control.isVisible() and board.rect().contains(place), f"{control!r} is off the board"
    assert room.contains(board.frameGeometry())
    matrix = board.surface.matrix_widget
    assert matrix.width() >= board.width() / 2, f"the matrix has {matrix.width()} of {board.width()} px"
