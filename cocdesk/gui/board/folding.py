"""The tray and the side panel fold away when the board is narrow, so the matrix keeps at least half
the width (a 1024 px netbook, the window at its smallest) — as the wizard folds its step list and
guidance.

Wide, both show beside the matrix. Narrower, the tray folds first, then the side panel. Two toggles
in the line above ("Not yet placed", "Case view") bring either back; when there is no room for both
beside the matrix, opening one folds the other. A pane the member folded stays folded until they open
it again. While presenting, the side panel stays away whatever the width.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from cocdesk.gui.folding import Folding, Pane

TRAY, PANEL = "tray", "panel"
SPACING = 34  # the board's margins and the gaps between the tray, the matrix and the panel


def board_folding(tray: QWidget, panel: QWidget, allowed: Callable[[str], bool], parent: QObject) -> Folding:
    """Which of the tray's pane and the side panel show at the board's width; ``allowed(pane)``:
    whether the pane may show at all now (not the panel while presenting)."""
    panes = {TRAY: tray, PANEL: panel}

    def beside(pane: str) -> int:
        widget = panes[pane]
        return max(widget.minimumWidth(), widget.minimumSizeHint().width())

    def fits(width: int, shown: Mapping[str, bool]) -> bool:
        """The matrix keeps at least half the board's width with these panes beside it."""
        taken = sum(beside(pane) for pane, on in shown.items() if on)
        return width - taken - SPACING >= width / 2

    return Folding(
        Pane(TRAY, "Not yet pl&aced", "Show or fold the cases not yet placed", tray.setVisible),
        Pane(PANEL, "Case &view", "Show or fold the selected case and its decisions", panel.setVisible),
        fits,
        parent,
        allowed=allowed,
    )
