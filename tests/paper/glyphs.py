"""Text read back from a PDF with where it stands and how large it prints, as pypdf sees each run."""

from __future__ import annotations

import io
import math
from dataclasses import dataclass

from pypdf import PdfReader

from cocdesk.paper import Document


@dataclass(frozen=True)
class Run:
    page: int
    text: str
    size: float  # the printed size in points: the font's size scaled by the text and page matrices
    x: float
    y: float  # the baseline, from the foot of the page


def _times(a: list[float], b: list[float]) -> list[float]:
    return [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]


def runs(document: Document) -> list[Run]:
    out: list[Run] = []
    for number, page in enumerate(PdfReader(io.BytesIO(document.pdf)).pages, start=1):

        def visit(
            text: str, cm: list[float], tm: list[float], font: object, size: float, page: int = number
        ) -> None:
            if text.strip():
                m = _times([float(v) for v in tm], [float(v) for v in cm])
                scale = math.sqrt(abs(m[0] * m[3] - m[1] * m[2]))
                out.append(Run(page, text, float(size) * scale, m[4], m[5]))

        page.extract_text(visitor_text=visit)
    return out


def rectangles(document: Document, page: int) -> list[tuple[float, float]]:
    """(width, height) of every rectangle drawn on ``page``: boxes to write in, table frames."""
    reader = PdfReader(io.BytesIO(document.pdf))
    content = reader.pages[page - 1].get_contents()
    assert content is not None
    return [
        (abs(float(operands[2])), abs(float(operands[3])))
        for operands, operator in content.operations
        if operator == b"re"
    ]
