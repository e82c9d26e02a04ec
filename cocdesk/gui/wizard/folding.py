"""The step list and the guidance fold away when the wizard is narrow, so the page being filled keeps at
least half the width (on a 1024 px laptop, or the window at its smallest).

Wide, both show beside the page. Narrower, the step list folds first, then the guidance. Two toggles
above the page ("Step list", "Guidance") bring either back; when there is no room for both beside the
page, opening one folds the other. A pane the member folded stays folded until they open it again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton, QWidget

STEPS, GUIDANCE = "steps", "guidance"
GUIDANCE_WIDTH = 290
SPACING = 40  # the wizard's margins and the gaps between the panes
PAGE_WIDTH = 620  # what the widest page needs (the crisis contacts' numbers) to show without sliding


class Folding(QObject):
    """Which side panes show at the wizard's width: the step list ``steps``, and the guidance of each
    page ``pages()`` gives (each with ``set_guidance_visible``)."""

    def __init__(
        self, steps: QWidget, pages: Callable[[], Iterable[Any]], *, guidance: bool, parent: QObject
    ) -> None:
        """``guidance=False``: the wizard shows no guidance at all (typing in a paper form)."""
        super().__init__(parent)
        self.steps, self.pages = steps, pages
        self.widths = {STEPS: steps.maximumWidth(), GUIDANCE: GUIDANCE_WIDTH if guidance else 0}
        self.has_guidance = guidance
        self.width = 0
        self.folded_by_member: set[str] = set()
        self.preferred = GUIDANCE  # the pane kept when only one fits: the one the member opened last
        self.shown = {STEPS: True, GUIDANCE: guidance}
        self.toggles = {
            STEPS: self._toggle("Step l&ist", "Show or fold the list of steps", STEPS),
            GUIDANCE: self._toggle("&Guidance", "Show or fold the guidance beside the page", GUIDANCE),
        }
        self.toggles[GUIDANCE].setVisible(guidance)

    def _toggle(self, text: str, description: str, pane: str) -> QPushButton:
        button = QPushButton(text)
        button.setCheckable(True)
        button.setChecked(True)
        button.setAccessibleName(text.replace("&", ""))
        button.setAccessibleDescription(description)
        button.toggled.connect(lambda on: self.choose(pane, on))
        return button

    def fits(self, steps: bool, guidance: bool) -> bool:
        """The page keeps at least half the width with these panes beside it, and room for its widest
        line."""
        beside = (self.widths[STEPS] if steps else 0) + (self.widths[GUIDANCE] if guidance else 0)
        return self.width - beside - SPACING >= max(self.width / 2, PAGE_WIDTH)

    def resized(self, width: int) -> None:
        """The wizard is ``width`` wide now: fold what does not fit, unfold what the width folded.
        The pane the member opened last stays; by default the step list folds first (Back, Next and
        the page's "Step n of m" remain), the guidance after it."""
        self.width = width
        shown = {STEPS: STEPS not in self.folded_by_member, GUIDANCE: GUIDANCE not in self.folded_by_member}
        shown[GUIDANCE] = shown[GUIDANCE] and self.has_guidance
        for pane in (STEPS, GUIDANCE) if self.preferred == GUIDANCE else (GUIDANCE, STEPS):
            if not self.fits(shown[STEPS], shown[GUIDANCE]):
                shown[pane] = False
        self._show(shown[STEPS], shown[GUIDANCE])

    def choose(self, pane: str, on: bool) -> None:
        """The member opened or folded ``pane``; opening one folds the other when both do not fit."""
        if on == self.shown[pane]:
            return
        if on:
            self.folded_by_member.discard(pane)
            self.preferred = pane
        else:
            self.folded_by_member.add(pane)
        shown = dict(self.shown)
        shown[pane] = on
        other = GUIDANCE if pane == STEPS else STEPS
        if on and not self.fits(shown[STEPS], shown[GUIDANCE]):
            shown[other] = False
        self._show(shown[STEPS], shown[GUIDANCE] and self.has_guidance)

    def _show(self, steps: bool, guidance: bool) -> None:
        self.shown = {STEPS: steps, GUIDANCE: guidance}
        for pane, button in self.toggles.items():
            button.blockSignals(True)
            button.setChecked(self.shown[pane])
            button.blockSignals(False)
        self.steps.setVisible(steps)
        for page in self.pages():
            page.set_guidance_visible(guidance)

    def buttons(self) -> list[QWidget]:
        return [self.toggles[STEPS], self.toggles[GUIDANCE]]
