"""The type and the building blocks every document is made of: styles, paragraphs, tick boxes,
spaces to write in, tables. All text goes through the document's ``Ink`` so any script prints."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from cocdesk.paper.fonts import BOLD, REGULAR, Ink, coverage
from cocdesk.paper.page import INK, MUTED, RULE
from cocdesk.paper.para import Para as Para
from cocdesk.paper.writing import FAINT
from cocdesk.paper.writing import LINE_GAP as LINE_GAP
from cocdesk.paper.writing import WritingSpace as WritingSpace

BOX = "\u2610"  # ☐
TICKED = "\u2612"  # ☒
CHOICE_BOX = 11  # the tick box's size in points, beside a label in the body's size
CHOICE_GAP = 6 * mm  # between one choice and the next box on its line
SHADE = colors.HexColor("#f1f3f4")


@cache
def styles() -> dict[str, ParagraphStyle]:
    coverage()  # the fonts must be registered before a style names them
    body = ParagraphStyle(
        "body", fontName=REGULAR, fontSize=9.5, leading=13, textColor=INK, splitLongWords=True
    )
    return {
        "body": body,
        "title": ParagraphStyle("title", body, fontName=BOLD, fontSize=18, leading=22, spaceAfter=4 * mm),
        "h1": ParagraphStyle(
            "h1",
            body,
            fontName=BOLD,
            fontSize=13,
            leading=16,
            spaceBefore=6 * mm,
            spaceAfter=1.5 * mm,
            keepWithNext=True,
        ),
        "h2": ParagraphStyle(
            "h2",
            body,
            fontName=BOLD,
            fontSize=10.5,
            leading=13.5,
            spaceBefore=3.5 * mm,
            spaceAfter=1 * mm,
            keepWithNext=True,
        ),
        "label": ParagraphStyle(
            "label",
            body,
            fontName=BOLD,
            fontSize=9,
            leading=12,
            spaceBefore=2.5 * mm,
            spaceAfter=0.5 * mm,
            keepWithNext=True,
        ),
        "small": ParagraphStyle("small", body, fontSize=8, leading=10.5, textColor=MUTED),
        "tick": ParagraphStyle(
            "tick",
            body,
            leftIndent=5 * mm,
            bulletIndent=0,
            bulletFontName=REGULAR,
            bulletFontSize=11,
            spaceBefore=1,
        ),
        "bullet": ParagraphStyle(
            "bullet",
            body,
            fontSize=8.5,
            leading=11,
            leftIndent=4 * mm,
            bulletIndent=0,
            bulletFontName=REGULAR,
            textColor=MUTED,
        ),
        "answer": ParagraphStyle(
            "answer",
            body,
            leftIndent=3 * mm,
            borderPadding=1.5 * mm,
            backColor=SHADE,
            spaceBefore=1 * mm,
            spaceAfter=1.5 * mm,
        ),
        "missing": ParagraphStyle("missing", body, textColor=MUTED, leftIndent=3 * mm),
        "cell": ParagraphStyle("cell", body, fontSize=8.5, leading=11),
        "step": ParagraphStyle("step", body, fontSize=8.5, leading=11, spaceAfter=1.2 * mm),
        "case": ParagraphStyle("case", body, spaceAfter=2 * mm),
        "cellhead": ParagraphStyle("cellhead", body, fontName=BOLD, fontSize=8.5, leading=11),
        "big": ParagraphStyle("big", body, fontSize=14, leading=20, spaceAfter=4 * mm),
    }


def table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """A table style in the bundled font: reportlab's default would add Helvetica to the file."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


@dataclass
class Typeset:
    """One document's typesetter: user text in, flowables out."""

    ink: Ink = field(default_factory=Ink)

    def markup(self, text: str) -> str:
        return self.ink.markup(text)

    def para(self, text: str, style: str = "body") -> Paragraph:
        return Para(self.ink.markup(text), styles()[style])

    def rich(self, markup: str, style: str = "body") -> Paragraph:
        """A paragraph from markup whose user text already went through ``markup``."""
        return Para(markup, styles()[style])

    def labelled(self, label: str, value: str) -> Paragraph:
        return self.rich(f"<b>{self.markup(label)}:</b> {self.markup(value)}")

    def tick(self, text: str, ticked: bool = False, style: str = "tick") -> Paragraph:
        return Para(self.ink.markup(text), styles()[style], bulletText=TICKED if ticked else BOX)

    def choice_grid(self, choices: Sequence[str], width: float, chosen: Sequence[str] = ()) -> list[Flowable]:
        """Choices side by side in as many columns as the widest fits in ``width``, each box on the
        line of its label: measured, so no label wraps away from its box. Too wide for two columns,
        they go one under the other, the box as the bullet of its label."""
        size = styles()["body"].fontSize
        widest = max(self.ink.width(BOX, CHOICE_BOX) + self.ink.width("\u00a0" + c, size) for c in choices)
        widest += 1  # rounding: a label measured to fit must not wrap by a hair
        step = widest + CHOICE_GAP
        columns = min(len(choices), 1 + int((width - widest) // step)) if widest <= width else 1
        if columns < 2:
            return [self.tick(c, c in chosen) for c in choices]
        cells: list[Flowable | str] = [
            self.rich(
                f"<font size='{CHOICE_BOX}'>{TICKED if c in chosen else BOX}</font>\u00a0{self.markup(c)}"
            )
            for c in choices
        ]
        cells += [""] * (-len(cells) % columns)
        rows = [cells[n : n + columns] for n in range(0, len(cells), columns)]
        table = Table(rows, colWidths=[step] * (columns - 1) + [widest], hAlign="LEFT")
        table.setStyle(
            table_style(
                [
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        return [table]

    def bullets(self, items: Sequence[str], lead: str) -> list[Flowable]:
        return [
            Para(f"<b>{lead}</b> {self.markup(item)}", styles()["bullet"], bulletText="•") for item in items
        ]

    def answer(self, text: str) -> Paragraph:
        if not text.strip():
            return self.para("Not answered", "missing")
        return self.para(text, "answer")

    def field(self, label: str, lines: int = 1, *, boxed: bool = False, hint: str = "") -> list[Flowable]:
        """A labelled space to write in; the label's keepWithNext holds the two on one page."""
        head = self.para(label, "label")
        if hint:
            head = self.rich(
                f"{self.markup(label)} <font name='{REGULAR}' color='#5f6368' size='8'>"
                f"{self.markup(hint)}</font>",
                "label",
            )
        return [head, WritingSpace(lines, boxed=boxed)]

    def write_ins(self, labels: Sequence[str], width: float) -> Table:
        """Short blanks side by side on one row, like "When ____  By ____"."""
        share = width / len(labels)
        cells: list[Flowable | str] = []
        widths: list[float] = []
        for number, label in enumerate(labels):
            label_width = min(self.ink.width(label, 8.5, bold=True) + 2 * mm, share * 0.45)
            gutter = 5 * mm if number < len(labels) - 1 else 0
            cells += [self.para(label, "cellhead"), ""]
            widths += [label_width, share - label_width - gutter]
            if gutter:
                cells.append("")
                widths.append(gutter)
        table = Table([cells], colWidths=widths, rowHeights=[LINE_GAP])
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]
        commands += [("LINEBELOW", (n, 0), (n, 0), 0.5, RULE) for n in range(1, len(cells), 3)]
        table.setStyle(table_style(commands))
        return table

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]) -> Table:
        body = [[self.para(h, "cellhead") for h in header]]
        body += [[self.para(cell, "cell") for cell in row] for row in rows]
        table = Table(body, colWidths=list(widths), repeatRows=1, hAlign="LEFT", splitInRow=1)
        table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, FAINT),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return table


def gap(height: float = 3 * mm) -> Spacer:
    return Spacer(1, height)
