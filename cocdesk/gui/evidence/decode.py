"""An attached image decoded for the screen, from memory: turned upright as its EXIF orientation
says (as the export turns it), and never larger than it is shown.

A phone's photo of 100 or 200 megapixels is read scaled down as it is decoded (a JPEG is decoded
at a half, a quarter or an eighth by the codec itself), so it shows instead of being called damaged;
what any image may take in memory while it is read is capped (``QImageReader.setAllocationLimit``),
so a small file that claims a billion pixels is refused, not obeyed.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QImageReader

from cocdesk.imaging import LONGEST_SIDE, MOST_PIXELS

ALLOCATION_MB = MOST_PIXELS * 4 // (1 << 20) + 1
"""What reading one image may allocate, in MiB: an image of ``MOST_PIXELS`` at 4 bytes a pixel (the
export's own ceiling for decoding in full)."""


def decoded(data: bytes, longest: int = LONGEST_SIDE) -> QImage | None:
    """The image in ``data``, upright, at most ``longest`` pixels on its longer side; None when it
    does not decode (damaged, not an image, or beyond what the station decodes)."""
    QImageReader.setAllocationLimit(ALLOCATION_MB)
    array = QByteArray(data)
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > longest:
        reader.setScaledSize(size.scaled(longest, longest, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    buffer.close()
    return None if image.isNull() else image
