"""The page every document shares: paper size, margins, running header and footer, page X of Y.

Documents are built in memory and handed back as a ``Document``; nothing reaches the disk until the
caller saves it where the user chose.
"""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from cocdesk.paper.fonts import BOLD, REGULAR, Ink
from cocdesk.private_files import write_owner_only

PaperSize = Literal["a4", "letter"]
PAGE_SIZES = {"a4": A4, "letter": LETTER}
MARGIN_SIDE = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
FRAME_PADDING = 6  # reportlab's frames keep this much inside the margins on every side
INK = colors.HexColor("#1d1d1f")
MUTED = colors.HexColor("#5f6368")
RULE = colors.HexColor("#9aa0a6")
ALERT = colors.HexColor("#a50e0e")
HEADER_LEADING = 3.6 * mm
HEADER_LOWEST = 20 * mm  # from the top edge: the running header's last line stays above the text


@dataclass(frozen=True)
class Document:
    """A finished PDF, in memory. ``uncovered`` names characters no bundled font could print."""

    pdf: bytes
    pages: int
    uncovered: tuple[str, ...] = ()

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.pdf).hexdigest()

    def save(self, path: str | Path) -> str:
        """Write the PDF (readable by its owner only) and return its SHA-256 for the audit log."""
        return write_owner_only(Path(path), self.pdf)


@dataclass(frozen=True)
class PageSetup:
    title: str  # the document's name, top left on every page
    subtitle: str = ""  # usually the event, after the title
    paper: PaperSize = "a4"
    confidential: str = ""  # top right on every page, in red, when set
    footer: str = ""  # bottom left; a SetFooter flowable changes it from its page on


class SetFooter(Flowable):
    """Changes the footer from the page this lands on: each case of an export marks its own pages."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.footer_text = self.text  # type: ignore[attr-defined]


def draw_text(
    canvas: Canvas,
    ink: Ink,
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    bold: bool = False,
    align: Literal["left", "right"] = "left",
) -> None:
    """A single line in the bundled fonts, switching to the CJK font where the text needs it."""
    if align == "right":
        x -= ink.width(text, size, bold=bold)
    for face, run in ink.runs(text):
        name = face or (BOLD if bold else REGULAR)
        canvas.setFont(name, size)
        canvas.drawString(x, y, run)
        x += canvas.stringWidth(run, name, size)


_BREAKS = re.compile(
    r"\s+|[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]|[^\s\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]+"
)


def wrap_text(ink: Ink, text: str, size: float, room: float) -> list[str]:
    """``text`` broken into lines no wider than ``room``: at spaces, anywhere in CJK text, and inside
    a word longer than a line. Nothing is left out."""
    lines: list[str] = []
    line = ""
    for token in _BREAKS.findall(text):
        if token.isspace():
            line += " " if line else ""
            continue
        while ink.width(token, size) > room:  # a word wider than the line: as much as fits, then on
            cut = next(n for n in range(len(token), 0, -1) if ink.width(token[:n], size) <= room or n == 1)
            if line.strip():
                lines.append(line.rstrip())
            lines.append(token[:cut])
            line, token = "", token[cut:]
        if line.strip() and ink.width(line + token, size) > room:
            lines.append(line.rstrip())
            line = ""
        line += token
    if line.strip():
        lines.append(line.rstrip())
    return lines


def fit(ink: Ink, text: str, size: float, room: float) -> str:
    """``text`` shortened with an ellipsis until it fits in ``room`` points, or nothing if it can't."""
    if ink.width(text, size) <= room:
        return text
    while text and ink.width(text + "…", size) > room:
        text = text[:-1]
    return text.rstrip() + "…" if len(text) > 3 else ""


class _PagedCanvas(Canvas):
    """Holds pages back until the end, so each can say "Page X of Y" and carry its running marks."""

    def __init__(self, setup: PageSetup, ink: Ink, *args: Any, **kwargs: Any) -> None:
        kwargs["initialFontName"] = REGULAR  # else every page lists Helvetica among its fonts
        super().__init__(*args, **kwargs)
        self.setup, self.ink = setup, ink
        self.footer_text = setup.footer
        self.held: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self.held.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]

    def save(self) -> None:
        total = len(self.held)
        for number, state in enumerate(self.held, start=1):
            self.__dict__.update(state)
            self._marks(number, total)
            super().showPage()
        super().save()

    def _marks(self, number: int, total: int) -> None:
        width, height = self._pagesize  # type: ignore[attr-defined]
        left, right = MARGIN_SIDE + FRAME_PADDING, width - MARGIN_SIDE - FRAME_PADDING
        bottom = 12 * mm
        setup, ink = self.setup, self.ink
        title_end = left + ink.width(setup.title + "   ", 8.5, bold=True)
        room = right - title_end - ink.width(setup.confidential + "   ", 8.5, bold=True)
        beside = ink.width(setup.subtitle, 8.5) <= room
        below = [] if beside else wrap_text(ink, setup.subtitle, 8.5, right - left)
        # a subtitle too long to sit beside the title goes whole on the lines below it, never cut
        top = height - min(13 * mm, HEADER_LOWEST - len(below) * HEADER_LEADING)
        self.saveState()
        self.setFillColor(INK)
        draw_text(self, ink, left, top, setup.title, 8.5, bold=True)
        if beside and setup.subtitle:
            draw_text(self, ink, title_end, top, setup.subtitle, 8.5)
        for n, line in enumerate(below, start=1):
            draw_text(self, ink, left, top - n * HEADER_LEADING, line, 8.5)
        if setup.confidential:
            self.setFillColor(ALERT)
            draw_text(self, ink, right, top, setup.confidential, 8.5, bold=True, align="right")
        rule = top - len(below) * HEADER_LEADING - 2.5 * mm
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(left, rule, right, rule)
        self.line(left, bottom + 4 * mm, right, bottom + 4 * mm)
        self.setFillColor(MUTED)
        draw_text(self, ink, left, bottom, self.footer_text, 8)
        self.setFillColor(INK)
        draw_text(self, ink, right, bottom, f"Page {number} of {total}", 8, bold=True, align="right")
        self.restoreState()


def frame_width(paper: PaperSize) -> float:
    return PAGE_SIZES[paper][0] - 2 * (MARGIN_SIDE + FRAME_PADDING)


def printable_height(paper: PaperSize) -> float:
    """The height a page's text may fill, between the running header and footer."""
    return PAGE_SIZES[paper][1] - MARGIN_TOP - MARGIN_BOTTOM - 2 * FRAME_PADDING


def render(story: list[Flowable], setup: PageSetup, ink: Ink) -> Document:
    """Lay out ``story`` on pages described by ``setup`` and return the finished PDF."""
    buffer = io.BytesIO()
    template = SimpleDocTemplate(
        buffer,
        pagesize=PAGE_SIZES[setup.paper],
        leftMargin=MARGIN_SIDE,
        rightMargin=MARGIN_SIDE,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=setup.title,
        creator="CoC Desk",
        invariant=1,
    )

    def canvas(*args: Any, **kwargs: Any) -> _PagedCanvas:
        return _PagedCanvas(setup, ink, *args, **kwargs)

    template.build(story, canvasmaker=canvas)
    return Document(pdf=buffer.getvalue(), pages=template.page, uncovered=ink.uncovered_sorted())
