"""Moving a case between quadrants with the team's one-line reason, and taking the last move back.

The board keeps only the history of its own moves; every write goes through the desk, the one writer
of placements, which records each move in the case's timeline as "Moved from X to Y: reason" (who and
when come with every entry). Undo never erases a placement that was moved on from: it places the case
back ("Moved back from Y to X"). Only a first placement, taken straight back, is removed, since there
is no quadrant to return to; the timeline still shows both the placement and its undoing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from uuid import UUID

from cocdesk.desk import TRAY, Desk, InvalidEdit, Quadrant
from cocdesk.domain.case import Placement


class UndoRefused(InvalidEdit):
    """``str(error)`` says why the last move cannot be taken back."""


@dataclass(frozen=True)
class Move:
    case_id: UUID
    code: str
    before: Quadrant | None
    after: Quadrant
    placement: Placement  # the one this move recorded


class MoveBook:
    """The moves made on this board since it opened, newest last.

    ``desk`` is the open desk, or a function giving the one open now (after a lock and an unlock, the
    reopened desk), so that the history outlives a lock.
    """

    def __init__(self, desk: Desk | Callable[[], Desk]) -> None:
        self._desk = desk
        self.moves: list[Move] = []

    @property
    def desk(self) -> Desk:
        return self._desk if isinstance(self._desk, Desk) else self._desk()

    def _where(self, desk: Desk, quadrant: Quadrant | None) -> str:
        return desk.procedure.matrix.name(*quadrant) if quadrant else TRAY

    def move(self, case_id: UUID, to: Quadrant, rationale: str) -> Move | None:
        """Place the case in ``to``; None when it is there already. The desk refuses a blank reason."""
        desk = self.desk
        case = desk.case(case_id)
        if case.quadrant == to:
            return None
        placement = desk.place(case.id, to[0], to[1], rationale, verb="Moved")
        move = Move(case.id, case.code, case.quadrant, to, placement)
        self.moves.append(move)
        return move

    @property
    def last(self) -> Move | None:
        return self.moves[-1] if self.moves else None

    def undo(self) -> Move:
        """Take back the last move. Refused (and forgotten) when the case was placed again since."""
        if not self.moves:
            raise UndoRefused("There is no move to undo.")
        move = self.moves.pop()
        desk = self.desk
        case = desk.case(move.case_id)
        if case.placement != move.placement:
            raise UndoRefused(
                f"{move.code} has been placed again since that move, so it was not undone. "
                "Move it by hand if it should go back."
            )
        back = f"Undid the move to {self._where(desk, move.after)}"
        if move.before is None:
            desk.take_back_placement(case.id, move.placement, f"{back}: back in {TRAY}")
        else:
            desk.place(case.id, move.before[0], move.before[1], back, verb="Moved back")
        return move
