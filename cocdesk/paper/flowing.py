"""Many short entries set line by line, flowing over as many pages as they need.

A reportlab Paragraph costs about a third of a millisecond (markup parsing, frames, fragments); a
transparency report over thousands of cases has thousands of short descriptions that need none of
it. This lays them out with a greedy line breaker and a width cache instead, several times faster.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from cocdesk.paper.fonts import BOLD, CJK, REGULAR, Ink
from cocdesk.paper.page import INK

Run = tuple[str, str]  # (font name, text)
Line = tuple[list[Run], float]  # the line's runs, and the space after it (more after an entry's last line)
_TOKENS = re.compile(r"\S+|\s+")


def entry_runs(ink: Ink, lead: str, text: str) -> list[Run]:
    """One entry: ``lead`` in bold, then ``text``, each in the fonts its characters need."""
    runs = [(face or BOLD, run) for face, run in ink.runs(lead)]
    return runs + [(face or REGULAR, run) for face, run in ink.runs(" " + text)]


class FlowingEntries(Flowable):
    def __init__(
        self, entries: Sequence[list[Run]], *, size: float = 9.5, leading: float = 13, gap: float = 5.5
    ):
        super().__init__()
        self.entries, self.size, self.leading, self.gap = entries, size, leading, gap
        self.lines: list[Line] | None = None
        self.total = 0.0
        self.widths: dict[Run, float] = {}

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self.lines is None:
            self.lines = [line for entry in self.entries for line in self._break(entry, availWidth)]
            self.total = sum(self.leading + after for _, after in self.lines)
        self.width, self.height = availWidth, self.total
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        assert self.lines is not None
        used, fits = 0.0, 0
        for _, after in self.lines:
            if used + self.leading > availHeight:
                break
            used += self.leading + after
            fits += 1
        if fits == 0:
            return []
        if fits < len(self.lines):  # rather than leave one or two lines of an entry behind, move them over
            ends = [n + 1 for n in range(max(0, fits - 3), fits) if self.lines[n][1] > 0]
            if ends and ends[-1] != fits:
                fits = ends[-1]
                used = sum(self.leading + after for _, after in self.lines[:fits])
        # the gap after the page's last entry is not drawn: counted, it could make the part taller than
        # the room it was measured for, and reportlab gives up on the whole document
        first = used - self.lines[fits - 1][1]
        return [self._part(self.lines[:fits], first), self._part(self.lines[fits:], self.total - used)]

    def _part(self, lines: list[Line], height: float) -> FlowingEntries:
        part = FlowingEntries([], size=self.size, leading=self.leading, gap=self.gap)
        part.lines, part.total, part.widths = lines, height, self.widths
        return part

    def draw(self) -> None:
        assert self.lines is not None
        text = self.canv.beginText()
        text.setFillColor(INK)
        y = self.height - self.size
        font = ""
        for runs, after in self.lines:
            text.setTextOrigin(0, y)
            for face, run in runs:
                if face != font:
                    text.setFont(face, self.size, self.leading)
                    font = face
                text.textOut(run)
            y -= self.leading + after
        self.canv.drawText(text)

    def _width(self, face: str, token: str) -> float:
        key = (face, token)
        found = self.widths.get(key)
        if found is None:
            found = self.widths[key] = pdfmetrics.stringWidth(token, face, self.size)
        return found

    def _cut(self, face: str, token: str, width: float) -> int:
        x = 0.0
        for n, char in enumerate(token):
            x += self._width(face, char)
            if x > width:
                return max(n, 1)
        return len(token)

    def _break(self, entry: list[Run], width: float) -> list[Line]:
        """Greedy line breaking at spaces, anywhere in CJK text, and inside words longer than a line."""
        lines: list[Line] = []
        line: list[tuple[str, list[str]]] = []
        x = 0.0
        space = self._width(REGULAR, " ")
        for face, run in entry:
            for token in list(run) if face == CJK else _TOKENS.findall(run):
                if token.isspace():
                    if line:
                        _add(line, face, " ")
                        x += space
                    continue
                w = self._width(face, token)
                if x + w > width and line:
                    lines.append((_joined(line), 0.0))
                    line, x = [], 0.0
                while w > width:
                    cut = self._cut(face, token, width)
                    lines.append(([(face, token[:cut])], 0.0))
                    token = token[cut:]
                    w = self._width(face, token)
                _add(line, face, token)
                x += w
        if line:
            lines.append((_joined(line), 0.0))
        if lines:
            lines[-1] = (lines[-1][0], self.gap)
        return lines


def _add(line: list[tuple[str, list[str]]], face: str, token: str) -> None:
    if line and line[-1][0] == face:
        line[-1][1].append(token)
    else:
        line.append((face, [token]))


def _joined(line: list[tuple[str, list[str]]]) -> list[Run]:
    runs = [(face, "".join(tokens)) for face, tokens in line]
    runs[-1] = (runs[-1][0], runs[-1][1].rstrip())
    return runs
