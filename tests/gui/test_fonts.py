"""Names in any script show in the window: no empty box for 李 where the system has no CJK font."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontInfo, QImage, QRawFont
from PySide6.QtWidgets import QLabel

NAMES = "Łukasz Зоя 李"


def ink(label: QLabel, text: str) -> QImage:
    """``text`` drawn as the label draws it, alone, black on white."""
    probe = QLabel(text)
    probe.setFont(label.font())
    probe.setStyleSheet("color: #000000; background: #ffffff;")
    probe.adjustSize()
    return probe.grab().toImage()


def dark_pixels(image: QImage) -> set[tuple[int, int]]:
    return {
        (x, y)
        for y in range(image.height())
        for x in range(image.width())
        if QColor(image.pixel(x, y)).lightness() < 128
    }


def test_the_windows_font_falls_back_to_a_bundled_font_that_has_li(app, qtbot) -> None:
    label = QLabel(NAMES)
    qtbot.addWidget(label)
    resolved = QFontInfo(label.font()).family()
    assert "droid sans fallback" in [f.lower() for f in QFont.substitutes(resolved)]
    assert QRawFont.fromFont(QFont("Droid Sans Fallback")).supportsCharacter("李")


def test_li_is_drawn_as_its_glyph_not_as_the_empty_box(app, qtbot) -> None:
    label = QLabel(NAMES)
    qtbot.addWidget(label)
    li = dark_pixels(ink(label, "李"))
    missing = dark_pixels(ink(label, "\U000ffffd"))  # a private code point no font has: the empty box
    assert li, "李 draws nothing"
    assert li != missing, "李 is drawn as the box of a missing glyph"
    # a box is an outline: its ink is the rectangle's edge; 李 has strokes across its middle
    assert len(li) > 1.3 * len(missing)
    for name in ("Ł", "З", "я"):
        assert dark_pixels(ink(label, name)) != missing, f"{name} is drawn as a missing glyph"
