"""Locking while a dialog is open, from inside the dialog's own event loop as the station meets it: the
idle timer fires, or the member presses Ctrl+L in the dialog.

``lock_while_open`` runs the action that opens the dialog; once the dialog is up it types into it and
locks. A modal dialog's ``exec()`` has to end with the lock; if it does not, the dialog is rejected
after a few seconds so that the test fails instead of hanging.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget

from cocdesk.flow.idle import IdleClock
from tests.gui.drive import type_text

LOCKS = ("idle", "ctrl_l")


def let_idle_lock_fire(station) -> None:
    """Every clock jumps an hour ahead, and the idle timer's next tick, in 20 ms, finds the period over."""
    ahead = [0.0]
    limit = station.idle.clock.limit_seconds
    station.idle.clock = IdleClock(limit, wall=lambda: time.time() + ahead[0], monotonic=lambda: ahead[0])
    ahead[0] = 3600
    station.idle._timer.setInterval(20)


def press_ctrl_l(widget: QWidget) -> None:
    from PySide6.QtTest import QTest

    QTest.keyClick(widget, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


@dataclass
class Locked:
    dialog: QDialog | None = None
    typed_into: QLineEdit | None = None
    returned: object = None
    hung: bool = False
    over: bool = False  # the action that opened the dialog has returned
    visible_while_locked: list[str] = field(default_factory=list)


def shown_dialog(kind: type[QDialog]) -> QDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return found[-1] if found else None


def lock_while_open(
    qtbot,
    station,
    kind: type[QDialog],
    open_it: Callable[[], object],
    how: str,
    text: str = "",
) -> Locked:
    """Open a dialog of ``kind`` with ``open_it``; type ``text`` into its first line edit, then lock
    ``how`` ("idle" or "ctrl_l"). Returns when ``open_it`` has returned and the station is locked."""
    locked = Locked()

    def when_open() -> None:
        dialog = shown_dialog(kind)
        if dialog is None:
            QTimer.singleShot(20, when_open)
            return
        if not dialog.isActiveWindow():  # typed and pressed keys go to the active window
            dialog.activateWindow()
            QTimer.singleShot(20, when_open)
            return
        locked.dialog = dialog
        edits = [edit for edit in dialog.findChildren(QLineEdit) if edit.isVisible() and edit.isEnabled()]
        if text and edits:
            locked.typed_into = edits[0]
            edits[0].setFocus()
            type_text(edits[0], text)
        if how == "idle":
            let_idle_lock_fire(station)
        else:
            press_ctrl_l(QApplication.focusWidget() or dialog)
        QTimer.singleShot(3000, give_up)

    def give_up() -> None:
        if locked.over:
            return
        locked.hung = True  # the lock never came, or came and left the dialog's loop running
        station.lock()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isModal() and widget.isVisible():
                widget.reject()

    QTimer.singleShot(0, when_open)
    locked.returned = open_it()
    locked.over = True
    qtbot.waitUntil(lambda: not station.session.is_open, timeout=5000)
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    locked.visible_while_locked = [w.windowTitle() for w in shown if w is not station.unlock_window]
    return locked
