"""The bundled fonts, and user text turned into runs that those fonts can actually print.

reportlab's built-in Helvetica prints a black box for Ł, Зоя or 李 without a word, so every document
uses the bundled TrueType fonts: DejaVu Sans for Latin, Greek and Cyrillic (and most symbols), and
Droid Sans Fallback for Chinese, Japanese and Korean. A character neither has is printed as its code
point, like [U+1F9D1], and reported, never left to become a box.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).with_name("fonts")
REGULAR = "CocDeskSans"
BOLD = "CocDeskSans-Bold"
CJK = "CocDeskCJK"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", CJK: "DroidSansFallback.ttf"}


@dataclass(frozen=True)
class Coverage:
    latin: frozenset[int]
    cjk: frozenset[int]


@cache
def coverage() -> Coverage:
    """Register the bundled fonts with reportlab (once) and say which characters each covers."""
    fonts = {name: TTFont(name, str(FONT_DIR / file)) for name, file in _FILES.items()}
    for font in fonts.values():
        pdfmetrics.registerFont(font)
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    pdfmetrics.registerFontFamily(CJK, normal=CJK, bold=CJK, italic=CJK, boldItalic=CJK)
    return Coverage(latin=_glyphs(fonts[REGULAR]) & _glyphs(fonts[BOLD]), cjk=_glyphs(fonts[CJK]))


def _glyphs(font: TTFont) -> frozenset[int]:
    return frozenset(code for code, glyph in font.face.charToGlyph.items() if glyph)


def _invisible(char: str) -> bool:
    """Formatting characters (joiners, variation selectors, controls) that print as nothing anyway."""
    category = unicodedata.category(char)
    return category in ("Cf", "Cc") or 0xFE00 <= ord(char) <= 0xFE0F


def code_point(char: str) -> str:
    return f"[U+{ord(char):04X}]"


@dataclass
class Ink:
    """Turns user text into what a document prints, and notes every character no bundled font has.

    One Ink per document: its ``uncovered`` set is what the caller is told about.
    """

    uncovered: set[str] = field(default_factory=set)

    def runs(self, text: str) -> list[tuple[str | None, str]]:
        """``text`` split into (font, text) runs: None for the Latin font, CJK for the CJK font."""
        text = unicodedata.normalize("NFC", text)
        if text.isascii():
            return [(None, text)] if text else []
        fonts = coverage()
        out: list[tuple[str | None, str]] = []
        current: str | None = None
        chunk: list[str] = []
        for char in text:
            code = ord(char)
            face: str | None
            if code in fonts.latin or char in "\n\t":
                face = None
            elif code in fonts.cjk:
                face = CJK
            elif _invisible(char):
                continue
            else:
                self.uncovered.add(char)
                face, char = None, code_point(char)
            if face != current and chunk:
                out.append((current, "".join(chunk)))
                chunk = []
            current = face
            chunk.append(char)
        if chunk:
            out.append((current, "".join(chunk)))
        return out

    def markup(self, text: str) -> str:
        """``text`` as reportlab paragraph markup: escaped, line breaks kept, CJK runs in the CJK font."""
        parts = []
        for face, run in self.runs(text):
            escaped = escape(run).replace("\r\n", "\n").replace("\n", "<br/>").replace("\t", " ")
            parts.append(f'<font face="{face}">{escaped}</font>' if face else escaped)
        return "".join(parts)

    def width(self, text: str, size: float, *, bold: bool = False) -> float:
        coverage()
        return sum(
            pdfmetrics.stringWidth(run, face or (BOLD if bold else REGULAR), size)
            for face, run in self.runs(text)
        )

    def uncovered_sorted(self) -> tuple[str, ...]:
        return tuple(sorted(self.uncovered))
