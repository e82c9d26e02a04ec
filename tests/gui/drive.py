"""Driving the station as a person would: typing (in any script), pressing keys, unlocking."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from cocdesk.gui.unlock import UnlockWindow
from tests.station_vaults import PASSPHRASES


def type_text(widget: QWidget | None, text: str) -> None:
    """Type ``text`` into ``widget`` one key at a time. ``qtbot.keyClicks`` aborts on non-ASCII text
    on this Qt, so each character goes as a key event carrying its text."""
    assert widget is not None, "nothing to type into"
    plain = Qt.KeyboardModifier.NoModifier
    for char in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, plain, char))
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_unknown, plain, char))


def unlock(qtbot, station, member: str, passphrase: str | None = None) -> None:
    """Pick ``member``, type the passphrase, press Enter."""
    screen = station.unlock_window
    qtbot.waitUntil(lambda: screen.ui.member_combo.isEnabled() and screen.ui.member_combo.count() > 0)
    screen.ui.member_combo.setCurrentText(member)
    screen.ui.passphrase_edit.setFocus()
    type_text(screen.ui.passphrase_edit, PASSPHRASES[member] if passphrase is None else passphrase)
    qtbot.keyClick(screen.ui.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not screen.unlocking, timeout=10_000)  # the key is derived off the GUI thread


def sign_in(qtbot, station, member: str):
    """Unlock as ``member`` and wait until their main window is up and active; returns it."""
    unlock(qtbot, station, member)
    said = station.unlock_window.ui.message_label.text()
    assert not station.unlock_window.ui.problem_actions.isVisible(), f"the unlock failed: {said}"
    qtbot.waitUntil(lambda: station.window is not None and station.window.isVisible())
    qtbot.waitUntil(lambda: QApplication.activeWindow() is not None)
    return station.window


def unlock_screen(station) -> UnlockWindow:
    screen: UnlockWindow | None = station.unlock_window
    assert screen is not None, "the unlock screen is not up"
    return screen


def visible_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def finish_background(session) -> None:
    """Let the session's work off the GUI thread (an export, the transparency report) finish, and its
    result reach the window."""
    assert session.wait_for_background()
    for _ in range(3):
        QApplication.processEvents()
