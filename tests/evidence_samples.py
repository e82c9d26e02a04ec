"""Files a reporter might bring, made in memory: a screenshot (PNG), a phone photo with EXIF and GPS
(JPEG), a GIF, a PDF, and a file the station cannot show. Names in four scripts."""

from __future__ import annotations

import io
import random

from PIL import Image, PngImagePlugin
from reportlab.pdfgen import canvas

PNG_NAME, JPEG_NAME, PDF_NAME, GIF_NAME = "Łukasz-chat.png", "Зоя.jpg", "李.pdf", "José.gif"
PLACE = "Bahnhofstrasse 1, Zürich"  # where the photo was taken, as its text chunk or comment says
CAMERA = "PixelPhone 9 Ωmega"


def png(width: int = 64, height: int = 48, seed: int = 7, text: str = "") -> bytes:
    """A screenshot of noise: its compressed bytes are unlike anything else in a file."""
    rng = random.Random(seed)
    image = Image.frombytes("RGB", (width, height), rng.randbytes(width * height * 3))
    info = PngImagePlugin.PngInfo()
    if text:
        info.add_text("Comment", text)
    out = io.BytesIO()
    image.save(out, format="PNG", pnginfo=info)
    return out.getvalue()


def jpeg_with_gps(width: int = 320, height: int = 240) -> bytes:
    """A phone's photo: EXIF with the camera, the time and where it was taken (GPS)."""
    image = Image.new("RGB", (width, height), (30, 120, 200))
    for x in range(0, width, 8):
        image.putpixel((x, height // 2), (250, 250, 0))
    exif = Image.Exif()
    exif[0x010F] = "Phonemaker"  # Make
    exif[0x0110] = CAMERA  # Model
    exif[0x0132] = "2026:06:12 22:41:07"  # DateTime
    exif[0x8825] = {  # GPSInfo
        1: "N",
        2: (47.0, 22.0, 12.5),
        3: "E",
        4: (8.0, 32.0, 25.1),
    }
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif.tobytes(), comment=PLACE.encode())
    return out.getvalue()


def gif() -> bytes:
    out = io.BytesIO()
    Image.new("P", (40, 30), 3).save(out, format="GIF")
    return out.getvalue()


def pdf(text: str = "Messages from the night of the social") -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, text)
    page.showPage()
    page.save()
    return out.getvalue()


def big_image(megabytes: float = 10, seed: int = 3) -> bytes:
    """A PNG of noise about ``megabytes`` large (noise does not compress)."""
    side = int((megabytes * 1_000_000 / 3) ** 0.5)
    return png(side, side, seed=seed)


OPAQUE = b"PK\x03\x04" + bytes(range(256)) * 4  # a zip (a .docx, say): kept, never opened
PNG = png()
