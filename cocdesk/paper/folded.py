"""A sheet folded twice into a four-page card: A4 folds to A6 (Letter to a quarter of Letter).

The sheet is printed on one side, with the fold lines marked. Fold 1 (across the middle, print outside)
takes the top half behind the bottom one; fold 2 (down the middle) takes the left half behind the right.
The card's front is then the bottom right quarter, its inside pages the top right and top left (printed
upside down, so they read upright once folded), and its back the bottom left.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame

from cocdesk.paper.fonts import REGULAR, Ink
from cocdesk.paper.page import MUTED, PAGE_SIZES, RULE, Document, PaperSize, draw_text

PANEL_MARGIN = 7 * mm  # inside each quarter: clear of the fold and of the printer's unprintable edge
FOLD_NOTE = 8  # points: the smallest type on the card


@dataclass(frozen=True)
class Panel:
    """One quarter of the sheet, as the card's ``page`` (front, inside left, inside right, back)."""

    page: str
    column: int  # 0 left, 1 right, on the printed sheet
    row: int  # 0 bottom, 1 top
    upside_down: bool


PANELS = (
    Panel("front", 1, 0, False),
    Panel("inside left", 1, 1, True),
    Panel("inside right", 0, 1, True),
    Panel("back", 0, 0, False),
)


class PanelsFull(Exception):
    """A flowable that no empty panel can hold."""


def panel_size(paper: PaperSize) -> tuple[float, float]:
    """The room for text on one panel."""
    width, height = PAGE_SIZES[paper]
    return width / 2 - 2 * PANEL_MARGIN, height / 2 - 2 * PANEL_MARGIN


def folded_card(
    sections: Sequence[list[Flowable]], ink: Ink, paper: PaperSize, title: str, *, back_note: str = ""
) -> Document:
    """Lay ``sections`` on the panels in card order, each section starting a panel; more sheets when
    they need them. ``back_note`` is set at the foot of the back page, below anything that flows."""
    buffer = io.BytesIO()
    width, height = PAGE_SIZES[paper]
    options: dict[str, object] = {"initialFontName": REGULAR}  # else Helvetica is listed among its fonts
    canvas = Canvas(buffer, pagesize=(width, height), invariant=1, **options)  # type: ignore[arg-type]
    canvas.setTitle(title)
    canvas.setCreator("CoC Desk")
    pending = [list(section) for section in sections if section]
    sheets = 0
    while pending:
        sheets += 1
        _fold_lines(canvas, ink, width, height)
        for panel in PANELS:  # the back's note on every sheet, whether or not anything flows there
            note = back_note if panel.page == "back" else ""
            if pending or note:
                _fill(canvas, ink, panel, pending, width, height, note)
            while pending and not pending[0]:
                pending.pop(0)
        canvas.showPage()
    canvas.save()
    return Document(pdf=buffer.getvalue(), pages=sheets, uncovered=ink.uncovered_sorted())


def _fill(
    canvas: Canvas,
    ink: Ink,
    panel: Panel,
    pending: list[list[Flowable]],
    width: float,
    height: float,
    note: str,
) -> None:
    w, h = width / 2, height / 2
    canvas.saveState()
    if panel.upside_down:
        canvas.translate((panel.column + 1) * w, (panel.row + 1) * h)
        canvas.rotate(180)
    else:
        canvas.translate(panel.column * w, panel.row * h)
    reserved = 0.0
    if note:
        canvas.setFillColor(MUTED)
        lines = note.split("\n")
        for n, line in enumerate(reversed(lines)):
            draw_text(canvas, ink, PANEL_MARGIN, PANEL_MARGIN + n * 10, line, FOLD_NOTE)
        reserved = len(lines) * 10 + 3 * mm
    frame = Frame(
        PANEL_MARGIN,
        PANEL_MARGIN + reserved,
        w - 2 * PANEL_MARGIN,
        h - 2 * PANEL_MARGIN - reserved,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        showBoundary=0,
    )
    section = pending[0] if pending else []
    first = True
    while section:
        head = section[0]
        if frame.add(head, canvas, trySplit=0):
            del section[0]
        else:
            parts = frame.split(head, canvas)
            if len(parts) < 2 or not frame.add(parts[0], canvas, trySplit=0):
                if first:
                    raise PanelsFull("a part of the card is too tall for a panel of the card")
                break
            section[0:1] = parts[1:]
        first = False
    canvas.restoreState()


def _fold_lines(canvas: Canvas, ink: Ink, width: float, height: float) -> None:
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.setDash(4, 3)
    canvas.line(0, height / 2, width, height / 2)
    canvas.line(width / 2, 0, width / 2, height)
    canvas.setFillColor(MUTED)
    draw_text(canvas, ink, 3 * mm, height / 2 + 1.5 * mm, "fold 1", FOLD_NOTE)
    draw_text(canvas, ink, width / 2 + 1.5 * mm, height - 5 * mm, "fold 2", FOLD_NOTE)
    canvas.restoreState()
