"""The board's checkable buttons do what a screen reader's Toggle says, as they do for the mouse: the
Toggle action sends ``toggled`` and never ``clicked``, so "Show names" must follow ``toggled`` or the
button says one thing while the side panel shows the other. The folding panes' toggles too."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleActionInterface
from PySide6.QtWidgets import QApplication, QPushButton

from tests.gui.drive import sign_in
from tests.station_vaults import LEAD


def settle(qtbot) -> None:
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(50)


def names_button(board) -> QPushButton:
    buttons: list[QPushButton] = board.findChildren(QPushButton)
    return next(b for b in buttons if b.text().replace("&", "") == "Show names")


def test_show_names_toggled_by_a_screen_reader_does_what_its_button_says(qtbot, station) -> None:
    window = sign_in(qtbot, station, LEAD)
    window.work.show_board()
    board = window.work.board
    board.select_case(board.shown_cards()[0].case_id)
    settle(qtbot)
    button = names_button(board)
    assert button.isVisible() and button.isCheckable()
    actions = QAccessible.queryAccessibleInterface(button).actionInterface()
    toggle = QAccessibleActionInterface.toggleAction()
    assert toggle in actions.actionNames(), actions.actionNames()
    actions.doAction(toggle)
    settle(qtbot)
    assert button.isChecked() == board.names_action.isChecked() == board.panel.show_names


def test_show_names_turned_off_by_a_screen_reader_hides_the_names(qtbot, station) -> None:
    window = sign_in(qtbot, station, LEAD)
    window.work.show_board()
    board = window.work.board
    board.select_case(board.shown_cards()[0].case_id)
    settle(qtbot)
    button = names_button(board)
    button.click()  # names on, by the mouse
    settle(qtbot)
    assert button.isChecked() and board.panel.show_names
    actions = QAccessible.queryAccessibleInterface(button).actionInterface()
    actions.doAction(QAccessibleActionInterface.toggleAction())  # off, by the screen reader
    settle(qtbot)
    assert not button.isChecked()
    assert not board.panel.show_names, "the button says names are hidden; the panel still shows them"


def test_the_tray_folded_and_opened_by_a_screen_reader(qtbot, station) -> None:
    window = sign_in(qtbot, station, LEAD)
    window.work.show_board()
    board = window.work.board
    board.resize(1600, 900)  # room for the tray and the side panel beside the matrix
    settle(qtbot)
    tray = next(b for b in board.findChildren(QPushButton) if b.text().replace("&", "") == "Not yet placed")
    assert tray.isChecked() and board.surface.tray_pane.isVisible()
    toggle = QAccessibleActionInterface.toggleAction()
    QAccessible.queryAccessibleInterface(tray).actionInterface().doAction(toggle)
    settle(qtbot)
    assert not tray.isChecked() and not board.surface.tray_pane.isVisible()
    QAccessible.queryAccessibleInterface(tray).actionInterface().doAction(toggle)
    settle(qtbot)
    assert tray.isChecked() and board.surface.tray_pane.isVisible()
