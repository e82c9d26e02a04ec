"""What is handed to the strip, as (name, bytes): a file dropped or chosen, an image pasted or
dropped from another program. A file beyond the limit is refused by its size, and anything but a
regular file by its kind, before it is opened (``desk.evidence.read_evidence``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData
from PySide6.QtGui import QImage, QImageWriter

from cocdesk.desk import InvalidEdit
from cocdesk.desk.evidence import read_evidence


@dataclass(frozen=True)
class Incoming:
    name: str
    data: bytes


def from_path(path: str) -> Incoming | str:
    """The file at ``path``, or the sentence that says why it cannot be attached."""
    try:
        name, data = read_evidence(path)
    except InvalidEdit as refused:
        return str(refused)
    return Incoming(name, data)


def png_of(image: QImage) -> bytes:
    """A pasted or dropped image, as PNG bytes kept in memory."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"PNG")).write(image)
    buffer.close()
    return bytes(data.data())


def pasted_name(at: datetime | None = None) -> str:
    return f"Pasted image {(at or datetime.now()).strftime('%Y-%m-%d %H.%M.%S')}.png"


def from_mime(mime: QMimeData) -> list[Incoming | str]:
    """Each local file in ``mime`` (a drop, or files copied in a file manager), else its image."""
    files = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
    if files:
        return [from_path(path) for path in files]
    if mime.hasImage():
        image = QImage(mime.imageData())
        if not image.isNull():
            return [Incoming(pasted_name(), png_of(image))]
    return []


def carries_evidence(mime: QMimeData) -> bool:
    return any(url.isLocalFile() for url in mime.urls()) or mime.hasImage()
