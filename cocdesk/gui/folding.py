"""Two side panes beside what a window is for (the board's matrix, the wizard's page) that fold away
when the window is narrow.

Wide, both show. Narrower, the first pane folds first, then the second. A toggle for each brings it
back; when there is no room for both, opening one folds the other. A pane the member folded stays
folded until they open it again. The window says how wide the panes may be (``fits``) and whether a
pane may show at all now (``allowed``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton

from cocdesk.gui.toggles import toggle_button


@dataclass(frozen=True)
class Pane:
    """A pane that folds: its ``name``, its toggle's ``text`` (with its mnemonic) and ``description``,
    and how to ``show`` or fold it."""

    name: str
    text: str
    description: str
    show: Callable[[bool], None]


class Folding(QObject):
    """Which of two panes show at the window's width. ``fits(width, shown)``: whether what the window
    is for keeps its room at ``width`` with the panes ``shown`` (by name) beside it."""

    def __init__(
        self,
        first: Pane,
        second: Pane,
        fits: Callable[[int, Mapping[str, bool]], bool],
        parent: QObject,
        allowed: Callable[[str], bool] = lambda pane: True,
    ) -> None:
        super().__init__(parent)
        self.first, self.second = first.name, second.name
        self.panes = {first.name: first, second.name: second}
        self._fits, self.allowed = fits, allowed
        self.width = 0
        self.folded_by_member: set[str] = set()
        self.preferred = second.name  # the pane kept when only one fits: the one the member opened last
        self.shown = {name: allowed(name) for name in self.panes}
        self.toggles = {name: self._toggle(pane) for name, pane in self.panes.items()}

    def _toggle(self, pane: Pane) -> QPushButton:
        button = toggle_button(pane.text, True, lambda on: self.choose(pane.name, on))
        button.setAccessibleName(pane.text.replace("&", ""))
        button.setAccessibleDescription(pane.description)
        return button

    def fits(self, shown: Mapping[str, bool]) -> bool:
        return self._fits(self.width, shown)

    def resized(self, width: int) -> None:
        """The window is ``width`` wide now: fold what does not fit, unfold what the width folded.
        The pane the member opened last stays; by default the first folds first."""
        self.width = width
        shown = {name: name not in self.folded_by_member and self.allowed(name) for name in self.panes}
        order = (self.first, self.second) if self.preferred == self.second else (self.second, self.first)
        for name in order:
            if not self.fits(shown):
                shown[name] = False
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
        other = self.first if pane == self.second else self.second
        if on and not self.fits(shown):
            shown[other] = False
        self._show(shown)

    def _show(self, shown: dict[str, bool]) -> None:
        self.shown = shown
        for name, button in self.toggles.items():
            button.blockSignals(True)
            button.setChecked(shown[name])
            button.blockSignals(False)
            self.panes[name].show(shown[name])

    def buttons(self) -> list[QPushButton]:
        return [self.toggles[self.first], self.toggles[self.second]]
