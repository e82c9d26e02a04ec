"""The triage board on paper: one landscape page, the 2×2 of risk and impact with each quadrant's
response and example, and the codes and neutral titles of the cases placed there.

Only codes and titles are printed, never a name: the page is made from the board's cards, which
carry no party's name, and the holder on each card is left out too. However many cases there are, it
stays one page: the type shrinks to a floor, then each list ends with how many more there are.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from cocdesk.board.cards import UNTITLED, Card, by_urgency
from cocdesk.domain import Event, Level
from cocdesk.paper.fonts import REGULAR, Ink, coverage
from cocdesk.paper.occasion import Occasion
from cocdesk.paper.page import INK, MUTED, PAGE_SIZES, RULE, Document, PaperSize, draw_text, fit
from cocdesk.procedure.matrix import Matrix

TITLE = "Triage board"
MARK = "Codes and titles only"
MARGIN = 14 * mm
AXIS = 16 * mm  # room for the impact labels on the left and the risk labels on top
TRAY_HEIGHT = 20 * mm
SIZES = (9.0, 8.0, 7.0, 6.0)
LEADING = 1.3  # the card lines shrink through these before any are left out
LEVELS = (Level.LOW, Level.HIGH)


@dataclass(frozen=True)
class Box:
    x: float
    y: float  # bottom edge
    width: float
    height: float


def board_pdf(
    matrix: Matrix,
    cards: Sequence[Card],
    at: datetime,
    *,
    event: Event | None = None,
    paper: PaperSize | None = None,
) -> Document:
    """The board as it stands at ``at``, on one page of the event's paper size."""
    when = Occasion.of(event, paper)
    ink = Ink()
    buffer = io.BytesIO()
    width, height = landscape(PAGE_SIZES[when.paper])
    coverage()  # registers the bundled fonts
    options: dict[str, Any] = {"initialFontName": REGULAR}  # else the page lists Helvetica among its fonts
    canvas = Canvas(buffer, pagesize=(width, height), invariant=1, **options)
    canvas.setTitle(TITLE)
    canvas.setCreator("CoC Desk")
    _heading(canvas, ink, when, at, width, height)
    grid = Box(MARGIN + AXIS, MARGIN + TRAY_HEIGHT + 4 * mm, width - 2 * MARGIN - AXIS, 0)
    grid = Box(grid.x, grid.y, grid.width, height - MARGIN - 12 * mm - AXIS / 2 - grid.y)
    ordered = by_urgency([c for c in cards if c.is_open], at)
    _axes(canvas, ink, matrix, grid)
    for column, risk in enumerate(LEVELS):
        for row, impact in enumerate(LEVELS):
            cell = Box(
                grid.x + column * grid.width / 2,
                grid.y + (1 - row) * grid.height / 2,
                grid.width / 2,
                grid.height / 2,
            )
            spec = matrix.quadrant(risk, impact)
            held = [c for c in ordered if c.quadrant == (risk, impact)]
            _cell(canvas, ink, cell, spec.response, f"For example: {spec.example}", held)
    tray = [c for c in ordered if c.quadrant is None]
    _tray(canvas, ink, Box(MARGIN, MARGIN, width - 2 * MARGIN, TRAY_HEIGHT), tray)
    canvas.showPage()
    canvas.save()
    return Document(pdf=buffer.getvalue(), pages=1, uncovered=ink.uncovered_sorted())


def _heading(canvas: Canvas, ink: Ink, when: Occasion, at: datetime, width: float, height: float) -> None:
    top = height - MARGIN - 4 * mm
    canvas.setFillColor(INK)
    draw_text(canvas, ink, MARGIN, top, TITLE, 14, bold=True)
    subtitle = f"{when.running_title}   printed {when.time(at)}".strip()
    draw_text(canvas, ink, MARGIN + ink.width(TITLE + "    ", 14, bold=True), top, subtitle, 9)
    canvas.setFillColor(MUTED)
    draw_text(canvas, ink, width - MARGIN, top, MARK, 9, bold=True, align="right")


def _axes(canvas: Canvas, ink: Ink, matrix: Matrix, grid: Box) -> None:
    canvas.setFillColor(INK)
    for column, words in enumerate((matrix.risk.low, matrix.risk.high)):
        centre = grid.x + (column + 0.5) * grid.width / 2
        draw_text(
            canvas,
            ink,
            centre - ink.width(words, 10, bold=True) / 2,
            grid.y + grid.height + 3,
            words,
            10,
            bold=True,
        )
    for row, words in enumerate((matrix.impact.low, matrix.impact.high)):
        middle = grid.y + (1.5 - row) * grid.height / 2
        for line, part in enumerate(words.split(" ", 1)):
            draw_text(canvas, ink, MARGIN, middle + 6 - line * 12, part, 10, bold=True)


def _cell(canvas: Canvas, ink: Ink, box: Box, response: str, example: str, cards: list[Card]) -> None:
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.8)
    canvas.rect(box.x + 2, box.y + 2, box.width - 4, box.height - 4)
    left, room = box.x + 3 * mm, box.width - 6 * mm
    top = box.y + box.height - 2 - 5 * mm
    canvas.setFillColor(INK)
    draw_text(canvas, ink, left, top, fit(ink, response, 10, room), 10, bold=True)
    canvas.setFillColor(MUTED)
    draw_text(canvas, ink, left, top - 12, fit(ink, example, 8, room), 8)
    _card_lines(canvas, ink, Box(left, box.y + 2 + 2 * mm, room, top - 18 - box.y - 2 - 2 * mm), cards)


def _tray(canvas: Canvas, ink: Ink, box: Box, cards: list[Card]) -> None:
    canvas.setFillColor(INK)
    draw_text(canvas, ink, box.x, box.y + box.height - 8, "Not yet placed", 10, bold=True)
    _card_lines(canvas, ink, Box(box.x, box.y, box.width, box.height - 14), cards, most_columns=4)


def _card_lines(canvas: Canvas, ink: Ink, box: Box, cards: list[Card], most_columns: int = 2) -> None:
    """The cards as "CODE  Title" lines, in as few columns and as large a size as fit them all."""
    if not cards:
        canvas.setFillColor(MUTED)
        draw_text(canvas, ink, box.x, box.y + box.height - 9, "None", 8)
        return

    def rows(size: float) -> int:
        return max(1, int(box.height // (size * LEADING)))

    size = next((s for s in SIZES if most_columns * rows(s) >= len(cards)), SIZES[-1])
    per_column = rows(size)
    columns = min(most_columns, -(-len(cards) // per_column))
    room = columns * per_column
    shown = cards if len(cards) <= room else cards[: room - 1]
    lines = [(c.code, c.title or UNTITLED) for c in shown]
    if len(shown) < len(cards):
        lines.append(("", f"… and {len(cards) - len(shown)} more on the station's board"))
    column_width = box.width / columns
    code_width = ink.width("WWW-WWW  ", size, bold=True)
    canvas.setFillColor(INK)
    for index, (code, title) in enumerate(lines):
        x = box.x + (index // per_column) * column_width
        y = box.y + box.height - size - (index % per_column) * size * LEADING
        draw_text(canvas, ink, x, y, code, size, bold=True)
        draw_text(canvas, ink, x + code_width, y, fit(ink, title, size, column_width - code_width - 6), size)
