"""An attached image made fit to leave the station: every piece of metadata left behind.

A phone's photo carries where it was taken (GPS), when, on which device; a screenshot's PNG can
carry text chunks; an edited image XMP. None of it leaves: the pixels are decoded and written again
(turned upright first, as the EXIF orientation said), and nothing else is copied. Pillow does the
decoding; it is the library reportlab already depends on.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from PIL import Image, ImageOps

MOST_PIXELS = 80_000_000
"""The most pixels an attached image may decode to (a 25 MB file can claim a billion)."""


@dataclass(frozen=True)
class CleanImage:
    data: bytes  # a JPEG (for a photo) or a PNG, carrying pixels only
    media_type: str
    width: int
    height: int


UNREADABLE = (OSError, ValueError, SyntaxError, Image.DecompressionBombWarning, Image.DecompressionBombError)
"""What Pillow raises for bytes that are not an image it can decode (or would decode into gigabytes)."""


class NotAnImage(ValueError):
    """The bytes do not decode as an image the station can read."""


def stripped(data: bytes) -> CleanImage:
    """``data`` (an image) written again with its pixels only: no EXIF, GPS, XMP, ICC or text."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as source:
                if source.width * source.height > MOST_PIXELS:
                    raise NotAnImage("the image is too large to decode")
                photo = source.format == "JPEG"
                upright = ImageOps.exif_transpose(source)
                converted = upright.convert("RGB" if photo else "RGBA")
                # a new image from the pixels alone: a copy would keep ``info`` (a JPEG's comment,
                # a PNG's text), which Pillow writes out again
                pixels = Image.frombytes(converted.mode, converted.size, converted.tobytes())
    except NotAnImage:
        raise
    except UNREADABLE as error:
        raise NotAnImage(str(error)) from None
    out = io.BytesIO()
    if photo:
        pixels.save(out, format="JPEG", quality=90)
    else:
        pixels.save(out, format="PNG")
    return CleanImage(out.getvalue(), "image/jpeg" if photo else "image/png", pixels.width, pixels.height)
