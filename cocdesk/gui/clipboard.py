"""Text copied from the station leaves the clipboard again after 30 seconds, and when the station locks;
an image pasted as evidence leaves it once it is attached (``release_image``), and at the lock.

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


_guards: list[ClipboardGuard] = []


def took_image() -> None:
    """The station read the image on the clipboard as evidence: whatever becomes of it, the lock
    clears it if it is still there."""
    for guard in _guards:
        guard.image_taken = True


def release_image(clipboard: QClipboard) -> bool:
    """Once an image pasted as evidence is kept, sealed, it leaves the clipboard: otherwise the next
    person at the desk pastes it anywhere, and a clipboard manager writes it to disk. True when it
    was cleared; if it cannot be now, the guard clears it at the lock."""
    held = clipboard.mimeData()
    if held is None or not held.hasImage():
        return False
    clipboard.clear()
    held = clipboard.mimeData()
    return held is None or not held.hasImage()


class ClipboardGuard(QObject):
    def __init__(self, clipboard: QClipboard, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__()
        self.clipboard = clipboard
        self.image_taken = False
        """An image the station put on the clipboard or took from it is there: cleared at the lock."""
        _guards.append(self)
        self.destroyed.connect(lambda: _guards.remove(self) if self in _guards else None)
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
        image = self.clipboard.mimeData()
        if image is None or not image.hasImage():
            self.image_taken = False
        elif self.clipboard.ownsClipboard():
            self.image_taken = True
        elif not active:
            self.image_taken = False  # another program copied an image since
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
        held = self.clipboard.mimeData()
        if self.holds_ours or (self.image_taken and held is not None and held.hasImage()):
            self.clipboard.clear()
        self.image_taken = False
        self._ours = None
        self._timer.stop()


def _marked_secret(data: QMimeData) -> QMimeData:
    """A copy of ``data`` (every format the view offered: plain text, HTML, ...) with the hint."""
    marked = QMimeData()
    for kind in data.formats():
        marked.setData(kind, data.data(kind))
    marked.setData(SECRET_HINT, SECRET)
    return marked
