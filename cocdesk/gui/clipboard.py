"""Text copied from the station leaves the clipboard again after 30 seconds, and when the station locks.

Whatever the station puts on the clipboard (the Copy button, or Ctrl+C in any of its views) is watched;
if the clipboard still holds it when the time is up, it is cleared. Something copied elsewhere in the
meantime is left alone.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000


class ClipboardGuard(QObject):
    def __init__(self, clipboard: QClipboard, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__()
        self.clipboard = clipboard
        self.clear_after_ms = clear_after_ms
        self._ours: str | None = None
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.clear_now)
        clipboard.dataChanged.connect(self._changed)

    def copy(self, text: str) -> None:
        self.clipboard.setText(text)
        self._watch(text)  # some platforms do not report our own change

    def _changed(self) -> None:
        active = QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
        ours = self.clipboard.ownsClipboard() or active
        text = self.clipboard.text()
        if ours and text and text != self._ours:
            self._watch(text)

    def _watch(self, text: str) -> None:
        self._ours = text
        self._timer.start(self.clear_after_ms)

    @property
    def holds_ours(self) -> bool:
        return self._ours is not None and self.clipboard.text() == self._ours

    def clear_now(self) -> None:
        if self.holds_ours:
            self.clipboard.clear()
        self._ours = None
        self._timer.stop()
