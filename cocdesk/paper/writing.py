"""Room to write by hand: a few ruled lines for an answer, or most of a page for an account."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from cocdesk.paper.fonts import REGULAR
from cocdesk.paper.page import MUTED, RULE

LINE_GAP = 7.5 * mm  # room for one line of handwriting
FAINT = colors.HexColor("#dadce0")
MOST_OF_A_PAGE = 0.62
"""The least share of the page's printable height an account's ruled box takes: else it starts a page."""
_MEASURING = 0xFFFF  # reportlab asks for a keep-together group's height with "any height" available
_TAIL = 7 * mm  # below the box: the line that says where to go on


class WritingSpace(Flowable):
    """Room to write by hand: ``lines`` ruled lines, boxed for long answers."""

    def __init__(self, lines: int = 1, *, boxed: bool = False) -> None:
        super().__init__()
        self.lines, self.boxed = lines, boxed

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, self.lines * LINE_GAP + (2 * mm if self.boxed else 0)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setLineWidth(0.5)
        if self.boxed:
            canvas.setStrokeColor(RULE)
            canvas.rect(0, 0, self.width, self.height)
            _ruled(canvas, self.lines, self.width)
        else:
            canvas.setStrokeColor(RULE)
            for n in range(self.lines):
                canvas.line(0, n * LINE_GAP, self.width, n * LINE_GAP)


def _ruled(canvas: Canvas, lines: int, width: float) -> None:
    canvas.setStrokeColor(FAINT)
    for n in range(1, lines):
        canvas.line(2 * mm, n * LINE_GAP + 1 * mm, width - 2 * mm, n * LINE_GAP + 1 * mm)


class PageOfRoom(Flowable):
    """A ruled box that takes the rest of the page, at least ``MOST_OF_A_PAGE`` of its printable
    height (where less is left, it starts the next page), with ``then`` below it in small type:
    where to go on writing."""

    def __init__(self, printable_height: float, then: str) -> None:
        super().__init__()
        self.least = MOST_OF_A_PAGE * printable_height
        self.then = then
        self.box = 0.0
        self.lines = 1

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        room = availHeight - _TAIL
        self.box = room if self.least <= room < _MEASURING else self.least
        self.lines = max(1, int((self.box - 2 * mm) // LINE_GAP))
        self.width, self.height = availWidth, self.box + _TAIL
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []  # never in pieces: on the next page, whole

    def draw(self) -> None:
        canvas = self.canv
        canvas.setLineWidth(0.5)
        canvas.setStrokeColor(RULE)
        canvas.rect(0, _TAIL, self.width, self.box)
        canvas.saveState()
        canvas.translate(0, _TAIL)
        _ruled(canvas, self.lines, self.width)
        canvas.restoreState()
        if self.then:
            canvas.setFillColor(MUTED)
            canvas.setFont(REGULAR, 8.5)
            canvas.drawRightString(self.width, 2 * mm, self.then)
