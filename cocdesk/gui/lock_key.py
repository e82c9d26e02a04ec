"""The lock key (Ctrl+L) in every window and dialog of the station, not only the main window.

The main window's Lock action has the key as its shortcut, but a shortcut does not reach past a modal
dialog, nor from the board's own window: there the key press is delivered as a plain key press, which
this filter turns into a lock. The same filter, with another key, switches high contrast
(``window_keys.contrast_by_keys``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence


class LockKey(QObject):
    pressed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.sequence = QKeySequence()
        self._watching = False

    def start(self, sequence: QKeySequence) -> None:
        self.sequence = sequence
        app = QGuiApplication.instance()
        if not self._watching and app is not None:
            app.installEventFilter(self)
            self._watching = True

    def stop(self) -> None:
        app = QGuiApplication.instance()
        if self._watching and app is not None:
            app.removeEventFilter(self)
        self._watching = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or self.sequence.isEmpty():
            return False
        assert isinstance(event, QKeyEvent)
        pressed = QKeySequence(event.keyCombination())
        if pressed.matches(self.sequence) != QKeySequence.SequenceMatch.ExactMatch:
            return False
        self.pressed.emit()
        return True
