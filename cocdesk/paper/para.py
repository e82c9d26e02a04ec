"""The paragraph every document sets: its layout kept between the two asks for it, its markup parsed once."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

_PARSED: OrderedDict[tuple[str, ParagraphStyle, str | None], tuple[Any, ...]] = OrderedDict()
_PARSED_MOST = 2048
"""Markup parsed once and kept: the blank form sets the same few hundred labels every time it is made,
and parsing is most of what a paragraph costs. Each paragraph gets copies of the parsed pieces."""


class Para(Paragraph):
    """A paragraph that keeps its last layout: a keep-together group and then its frame both ask for it.
    Its markup is parsed once for every paragraph of that text and style."""

    wrapped_for: float | None = None

    def __init__(self, text: str, style: ParagraphStyle, bulletText: str | None = None, **more: Any) -> None:
        if more:  # a piece of a paragraph split over two pages: its pieces are given
            super().__init__(text, style, bulletText, **more)
            return
        key = (text, style, bulletText)
        parsed = _PARSED.get(key)
        if parsed is None:
            super().__init__(text, style, bulletText)
            _PARSED[key] = (self.text, self.style, self.frags, self.bulletText)
            if len(_PARSED) > _PARSED_MOST:
                _PARSED.popitem(last=False)
            return
        self.caseSensitive, self.encoding = 1, "utf8"
        self.text, self.style, frags, bullet = parsed
        self.frags = [frag.clone() for frag in frags]
        self.bulletText = [f.clone() for f in bullet] if isinstance(bullet, list) else bullet  # type: ignore[assignment]
        self.debug = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self.wrapped_for != availWidth or not hasattr(self, "blPara"):  # split() may drop its layout
            super().wrap(availWidth, availHeight)
            self.wrapped_for = availWidth
        return self.width, self.height
