"""Text copied from the station leaves the clipboard again after 30 seconds, and when the station locks.

Whatever the station puts on the clipboard (the Copy button, or Ctrl+C in any of its views) is watched;
if the clipboard still holds it when the time is up, it is cleared. Something copied elsewhere in the
meantime is left alone.

It also carries the hint password managers set (``x-kde-passwordManagerHint: secret``), which clipboard
managers (Klipper, and others that follow it) honour by keeping it out of their history: otherwise the
copy would outlive the 30 seconds there, written to the history file on disk. Ctrl+C in a view puts
Qt's own data on the clipboard, without the hint; the station adds it at once, before the change is
served to anyone.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000
SECRET_HINT, SECRET = "x-kde-passwordManagerHint", b"secret"


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
        data = QMimeData()
        data.setText(text)
        data.setData(SECRET_HINT, SECRET)
        self.clipboard.setMimeData(data)
        self._watch(text)  # some platforms do not report our own change

    def _changed(self) -> None:
        active = QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
        ours = self.clipboard.ownsClipboard() or active
        text = self.clipboard.text()
        if not (ours and text):
            return
        held = self.clipboard.mimeData()
        if held is not None and not held.hasFormat(SECRET_HINT):  # copied by a view: Qt's own data
            self.clipboard.setMimeData(_marked_secret(held))
        if text != self._ours:
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


def _marked_secret(data: QMimeData) -> QMimeData:
    """A copy of ``data`` (every format the view offered: plain text, HTML, ...) with the hint."""
    marked = QMimeData()
    for kind in data.formats():
        marked.setData(kind, data.data(kind))
    marked.setData(SECRET_HINT, SECRET)
    return marked
