"""Ctrl+Shift+H switches high contrast from every window: the main window (its View menu shows the
key), the board in its own window (the one on the projector) and the unlock screen, the first screen
anyone meets. Switched anywhere, the main window's menu tick follows, and the key switches once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cocdesk.gui import style
from tests.gui.drive import sign_in, unlock_screen
from tests.station_vaults import LEAD

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def settle(qtbot) -> None:
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(50)


def test_ctrl_shift_h_on_the_board_turns_high_contrast_on(qtbot, station) -> None:
    window = sign_in(qtbot, station, LEAD)
    window.work.show_board()
    board = window.work.board
    board.activateWindow()
    settle(qtbot)
    assert QApplication.activeWindow() is board
    try:
        qtbot.keyClick(QApplication.focusWidget() or board, Qt.Key.Key_H, CTRL_SHIFT)
        settle(qtbot)
        assert style.look().high_contrast, "Ctrl+Shift+H on the board changed nothing"
    finally:
        style.look().set_high_contrast(False)


def test_ctrl_shift_h_on_the_unlock_screen_turns_high_contrast_on(qtbot, station) -> None:
    screen = unlock_screen(station)
    qtbot.waitExposed(screen)
    screen.activateWindow()
    settle(qtbot)
    try:
        qtbot.keyClick(QApplication.focusWidget() or screen, Qt.Key.Key_H, CTRL_SHIFT)
        settle(qtbot)
        assert style.look().high_contrast, "Ctrl+Shift+H on the unlock screen changed nothing"
    finally:
        style.look().set_high_contrast(False)


def test_ctrl_shift_h_in_the_main_window_switches_once_and_the_board_switches_it_back(qtbot, station) -> None:
    window = sign_in(qtbot, station, LEAD)
    settle(qtbot)
    try:
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_H, CTRL_SHIFT)
        settle(qtbot)
        assert style.look().high_contrast and window.ui.high_contrast_action.isChecked()
        window.work.show_board()
        board = window.work.board
        board.activateWindow()
        settle(qtbot)
        qtbot.keyClick(QApplication.focusWidget() or board, Qt.Key.Key_H, CTRL_SHIFT)
        settle(qtbot)
        assert not style.look().high_contrast
        assert not window.ui.high_contrast_action.isChecked(), "the View menu still ticks High contrast"
    finally:
        style.look().set_high_contrast(False)
