"""Which cards the board shows: open cases or all of them (closed ones faded), one quadrant, one member."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, StrEnum

from cocdesk.board.cards import Card, Quadrant
from cocdesk.procedure.matrix import Matrix


class Scope(StrEnum):
    OPEN = "open"
    ALL = "all"

    @property
    def label(self) -> str:
        return {"open": "Open cases", "all": "All cases, closed ones faded"}[self.value]


class Look(Enum):
    HIDDEN = "hidden"
    SHOWN = "shown"
    FADED = "faded"


@dataclass(frozen=True)
class BoardFilter:
    scope: Scope = Scope.OPEN
    quadrant: Quadrant | None = None  # only this quadrant; the tray is empty then
    member: str | None = None  # only the cases this member holds

    def look(self, card: Card) -> Look:
        if card.held:  # held at the reporter's request: nowhere on the board, whatever the filter
            return Look.HIDDEN
        if self.quadrant is not None and card.quadrant != self.quadrant:
            return Look.HIDDEN
        if self.member is not None and card.holder.casefold() != self.member.casefold():
            return Look.HIDDEN
        if card.is_open:
            return Look.SHOWN
        return Look.FADED if self.scope == Scope.ALL else Look.HIDDEN

    def describe(self, matrix: Matrix) -> str:
        """The filter in words, for the line above the board: "Open cases · Low risk, low impact"."""
        parts = [self.scope.label]
        if self.quadrant is not None:
            parts.append(matrix.name(*self.quadrant))
        if self.member is not None:
            parts.append(f"held by {self.member}")
        return " · ".join(parts)
