"""What is handed to the strip, as (name, bytes): a file dropped or chosen, an image pasted or
dropped from another program. A file beyond the limit is refused by its size, before it is read."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData
from PySide6.QtGui import QImage, QImageWriter

from cocdesk.desk.evidence import too_large
from cocdesk.domain.evidence import MOST_BYTES
from cocdesk.small_files import TooLarge, read_at_most


@dataclass(frozen=True)
class Incoming:
    name: str
    data: bytes


def from_path(path: str) -> Incoming | str:
    """The file at ``path``, or the sentence that says why it cannot be attached."""
    name = os.path.basename(path) or path
    try:
        size = os.stat(path).st_size
        if size > MOST_BYTES:
            return too_large(name, size)
        return Incoming(name, read_at_most(path, MOST_BYTES))
    except TooLarge as refused:
        return f"“{name}” cannot be attached: {refused}."
    except OSError as error:
        return f"“{name}” cannot be read: {error.strerror or error}."


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
