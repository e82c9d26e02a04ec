"""The tray and the side panel fold away when the board is narrow, so the matrix keeps at least half
the width (a 1024 px netbook, the window at its smallest) — as the wizard folds its step list and
guidance.

Wide, both show beside the matrix. Narrower, the tray folds first, then the side panel. Two toggles
in the line above ("Not yet placed", "Case view") bring either back; when there is no room for both
beside the matrix, opening one folds the other. A pane the member folded stays folded until they open
it again. While presenting, the side panel stays away whatever the width.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton, QWidget

TRAY, PANEL = "tray", "panel"
SPACING = 34  # the board's margins and the gaps between the tray, the matrix and the panel


class BoardFolding(QObject):
    """Which of ``panes`` (the tray's, the side panel) show at the board's width; ``allowed(pane)``:
    whether the pane may show at all now (not the panel while presenting)."""

    def __init__(self, panes: dict[str, QWidget], allowed: Callable[[str], bool], parent: QObject) -> None:
        super().__init__(parent)
        self.panes, self.allowed = panes, allowed
        self.width = 0
        self.folded_by_member: set[str] = set()
        self.preferred = PANEL  # the pane kept when only one fits: the one the member opened last
        self.shown = {TRAY: True, PANEL: True}
        self.toggles = {
            TRAY: self._toggle("Not yet pl&aced", "Show or fold the cases not yet placed", TRAY),
            PANEL: self._toggle("Case &view", "Show or fold the selected case and its decisions", PANEL),
        }

    def _toggle(self, text: str, description: str, pane: str) -> QPushButton:
        button = QPushButton(text)
        button.setCheckable(True)
        button.setChecked(True)
        button.setAccessibleName(text.replace("&", ""))
        button.setAccessibleDescription(description)
        button.toggled.connect(lambda on: self.choose(pane, on))  # toggled: the screen reader's Toggle too
        return button

    def beside(self, pane: str) -> int:
        widget = self.panes[pane]
        return max(widget.minimumWidth(), widget.minimumSizeHint().width())

    def fits(self, shown: dict[str, bool]) -> bool:
        """The matrix keeps at least half the board's width with these panes beside it."""
        taken = sum(self.beside(pane) for pane, on in shown.items() if on)
        return self.width - taken - SPACING >= self.width / 2

    def resized(self, width: int) -> None:
        """The board is ``width`` wide now: fold what does not fit, unfold what the width folded."""
        self.width = width
        shown = {pane: pane not in self.folded_by_member and self.allowed(pane) for pane in self.panes}
        for pane in (TRAY, PANEL) if self.preferred == PANEL else (PANEL, TRAY):
            if not self.fits(shown):
                shown[pane] = False
        self._show(shown)

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
        shown[pane] = on and self.allowed(pane)
        other = TRAY if pane == PANEL else PANEL
        if on and not self.fits(shown):
            shown[other] = False
        self._show(shown)

    def _show(self, shown: dict[str, bool]) -> None:
        self.shown = shown
        for pane, button in self.toggles.items():
            button.blockSignals(True)
            button.setChecked(shown[pane])
            button.blockSignals(False)
            self.panes[pane].setVisible(shown[pane])

    def buttons(self) -> list[QPushButton]:
        return [self.toggles[TRAY], self.toggles[PANEL]]
