"""Render the app icon (resources/icons/app.svg) for the desktop: the SVG and PNGs from 16 to 512 pixels,
laid out as a freedesktop icon theme under packaging/linux/icons/ (the bundle's spec uses the 256 px
PNG on Windows and macOS too).

    python packaging/render_icons.py            write the icons
    python packaging/render_icons.py --check    exit 1 if a committed icon differs from the SVG's render
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "app.svg"
APP_ID = "io.github.cocdesk.CocDesk"
THEME = ROOT / "packaging" / "linux" / "icons" / "hicolor"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


ROUNDING = 2  # per channel, out of 255


def png_path(size: int) -> Path:
    return THEME / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def svg_path() -> Path:
    return THEME / "scalable" / "apps" / f"{APP_ID}.svg"


def render(size: int) -> QImage:
    renderer = QSvgRenderer(str(SOURCE))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def differs(image: QImage, other: QImage) -> bool:
    """More than rounding apart: Qt's rasteriser may place a few edge pixels one step differently on
    another processor, which no one could see; a changed drawing moves many by far more."""
    if image.size() != other.size():
        return True
    a = bytes(image.convertToFormat(QImage.Format.Format_ARGB32).constBits())
    b = bytes(other.convertToFormat(QImage.Format.Format_ARGB32).constBits())
    return any(abs(x - y) > ROUNDING for x, y in zip(a, b, strict=True))


def stale() -> list[Path]:
    """The icons that are missing or no longer what the SVG renders to."""
    out = [svg_path()] if not svg_path().exists() or svg_path().read_bytes() != SOURCE.read_bytes() else []
    for size in SIZES:
        path = png_path(size)
        if not path.exists() or differs(QImage(str(path)), render(size)):
            out.append(path)
    return out


def write() -> None:
    svg_path().parent.mkdir(parents=True, exist_ok=True)
    svg_path().write_bytes(SOURCE.read_bytes())
    for size in SIZES:
        png_path(size).parent.mkdir(parents=True, exist_ok=True)
        png_path(size).write_bytes(png_bytes(render(size)))


def main(argv: list[str]) -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    if argv == ["--check"]:
        old = stale()
        for path in old:
            print(f"stale: {path.relative_to(ROOT)}", file=sys.stderr)
        if old:
            print("Run python packaging/render_icons.py to render them again.", file=sys.stderr)
        return 1 if old else 0
    write()
    print(f"Wrote {len(SIZES)} PNGs and the SVG under {THEME.relative_to(ROOT)}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
