"""The step list and the guidance fold away when the wizard is narrow, so the page being filled keeps at
least half the width (on a 1024 px laptop, or the window at its smallest).

Wide, both show beside the page. Narrower, the step list folds first, then the guidance. Two toggles
above the page ("Step list", "Guidance") bring either back; when there is no room for both beside the
page, opening one folds the other. A pane the member folded stays folded until they open it again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from cocdesk.gui.folding import Folding, Pane

STEPS, GUIDANCE = "steps", "guidance"
GUIDANCE_WIDTH = 290
SPACING = 40  # the wizard's margins and the gaps between the panes
PAGE_WIDTH = 620  # what the widest page needs (the crisis contacts' numbers) to show without sliding


def wizard_folding(
    steps: QWidget, pages: Callable[[], Iterable[Any]], *, guidance: bool, parent: QObject
) -> Folding:
    """Which side panes show at the wizard's width: the step list ``steps``, and the guidance of each
    page ``pages()`` gives (each with ``set_guidance_visible``). ``guidance=False``: the wizard shows
    no guidance at all (typing in a paper form)."""
    widths = {STEPS: steps.maximumWidth(), GUIDANCE: GUIDANCE_WIDTH if guidance else 0}

    def fits(width: int, shown: Mapping[str, bool]) -> bool:
        """The page keeps at least half the width with these panes beside it, and room for its widest
        line."""
        beside = sum(widths[pane] for pane, on in shown.items() if on)
        return width - beside - SPACING >= max(width / 2, PAGE_WIDTH)

    def show_guidance(on: bool) -> None:
        for page in pages():
            page.set_guidance_visible(on)

    folding = Folding(
        Pane(STEPS, "Step l&ist", "Show or fold the list of steps", steps.setVisible),
        Pane(GUIDANCE, "&Guidance", "Show or fold the guidance beside the page", show_guidance),
        fits,
        parent,
        allowed=lambda pane: pane != GUIDANCE or guidance,
    )
    folding.toggles[GUIDANCE].setVisible(guidance)
    return folding
