"""The window's fonts: the ones bundled for paper, lent to the window so every script shows.

A desk names people in any script ("Łukasz", "Зоя", "李"). A system without a CJK font draws 李 as an
empty box, and Qt's fallback (fontconfig's) does not look at fonts an application adds. So the bundled
DejaVu Sans (Latin, Greek, Cyrillic) and Droid Sans Fallback (Chinese, Japanese kana, Korean) are
added to the font database and named as the substitutes of the families the window asks for: a glyph
its own font lacks is then drawn from them.

    fonts.lend()          # once, after the QApplication exists; adding them is memory-mapped (< 1 ms)
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

FOLDER = Path(__file__).resolve().parent.parent / "paper" / "fonts"
FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DroidSansFallback.ttf")
FALLBACKS = ("DejaVu Sans", "Droid Sans Fallback")  # in the order a missing glyph is looked for
_lent: list[str] = []


def lend() -> list[str]:
    """Add the bundled fonts and make them the fallbacks of the window's families; the families added."""
    if _lent:
        return _lent
    for name in FILES:
        font_id = QFontDatabase.addApplicationFont(str(FOLDER / name))
        _lent.extend(f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in _lent)
    fallbacks = [f for f in FALLBACKS if f in _lent]
    for family in asked_families():
        QFont.insertSubstitutions(family, [f for f in fallbacks if f != family])
    return _lent


def asked_families() -> list[str]:
    """The families the window asks for (the system's, as named and as resolved, and the fixed one)."""
    general = QApplication.font()
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    named = [*general.families(), QFontInfo(general).family(), *fixed.families(), QFontInfo(fixed).family()]
    return list(dict.fromkeys(f for f in named if f))
