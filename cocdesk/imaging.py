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
"""The most pixels an image other than a JPEG may decode to in full (a 25 MB file can claim a
billion)."""
MOST_PHOTO_PIXELS = 250_000_000
"""The most pixels a JPEG may claim: a 200-megapixel phone photo is decoded reduced (``draft``, at
a half, a quarter or an eighth of its size), never in full."""
LONGEST_SIDE = 4096
"""The longest side of an image as it leaves: plenty for a page, a few MB at most."""
Image.MAX_IMAGE_PIXELS = MOST_PHOTO_PIXELS  # Pillow's own bomb check stays on, above our limits
SIXTEEN_BIT = ("I;16", "I;16L", "I;16B", "I;16N", "I")


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


def too_many_pixels(pixels: int) -> str:
    return f"it holds {pixels / 1e6:.0f} million pixels, more than the station decodes"


def stripped(data: bytes) -> CleanImage:
    """``data`` (an image) written again with its pixels only: no EXIF, GPS, XMP, ICC or text."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as source:
                photo = source.format == "JPEG"
                pixels_claimed = source.width * source.height
                if pixels_claimed > (MOST_PHOTO_PIXELS if photo else MOST_PIXELS):
                    raise NotAnImage(too_many_pixels(pixels_claimed))
                if photo:
                    source.draft("RGB", (LONGEST_SIDE, LONGEST_SIDE))
                upright = ImageOps.exif_transpose(source)
                if upright.mode in SIXTEEN_BIT:  # 0..65535: scaled to 0..255, not clipped to white
                    upright = upright.convert("I").point(lambda v: v * (1 / 256)).convert("L")
                converted = upright.convert("RGB" if photo else "RGBA")
                converted.thumbnail((LONGEST_SIDE, LONGEST_SIDE), Image.Resampling.LANCZOS)
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
