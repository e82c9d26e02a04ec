"""Moving a case between quadrants with the team's one-line reason, and taking the last move back.

Every move is a new placement in the case and an entry in its timeline saying from where, to where
and why (who and when come with every entry). Undo never erases a placement that was moved on from:
it records a new one that puts the case back. Only a first placement, taken straight back, is removed,
since there is no quadrant to return to; the timeline still shows both the placement and its undoing.
"""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from pydantic import ValidationError

from cocdesk.board.cards import Quadrant, quadrant_name
from cocdesk.domain.case import Case, Placement
from cocdesk.domain.common import SHORT_TEXT_MAX, explain
from cocdesk.vault import InvalidEdit, Vault

TRAY = "the tray"


class UndoRefused(Exception):
    """``str(error)`` says why the last move cannot be taken back."""


@dataclass(frozen=True)
class Move:
    case_id: UUID
    code: str
    before: Quadrant | None
    after: Quadrant
    placement: Placement  # the one this move recorded


def clip(text: str, limit: int = SHORT_TEXT_MAX) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class MoveBook:
    """The moves made on this board since it opened, newest last."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.moves: list[Move] = []

    def _where(self, quadrant: Quadrant | None) -> str:
        return quadrant_name(self.vault.procedure.matrix, quadrant) if quadrant else TRAY

    def move(self, case_id: UUID, to: Quadrant, rationale: str) -> Move | None:
        """Place the case in ``to``; None when it is there already. A blank reason is refused."""
        if not rationale.strip():
            raise InvalidEdit("say in one line why the case goes there")
        case = self.vault.case(case_id)
        if case.quadrant == to:
            return None
        placement = self._place(case, to, rationale, "Moved")
        move = Move(case.id, case.code, case.quadrant, to, placement)
        self.moves.append(move)
        return move

    def _place(self, case: Case, to: Quadrant, rationale: str, verb: str) -> Placement:
        try:
            placement = Placement(risk=to[0], impact=to[1], rationale=rationale, by=self.vault.member.name)
        except ValidationError as error:
            raise InvalidEdit(explain(error)) from None
        what = f"{verb} from {self._where(case.quadrant)} to {self._where(to)}: {placement.rationale}"
        self.vault.set_part(case.id, "placements", [*case.placements, placement], clip(what))
        return placement

    @property
    def last(self) -> Move | None:
        return self.moves[-1] if self.moves else None

    def undo(self) -> Move:
        """Take back the last move. Refused (and forgotten) when the case was placed again since."""
        if not self.moves:
            raise UndoRefused("There is no move to undo.")
        move = self.moves.pop()
        case = self.vault.case(move.case_id)
        if case.placement != move.placement:
            raise UndoRefused(
                f"{move.code} has been placed again since that move, so it was not undone. "
                "Move it by hand if it should go back."
            )
        back = f"Undid the move to {self._where(move.after)}"
        if move.before is None:
            self.vault.set_part(case.id, "placements", case.placements[:-1], f"{back}: back in {TRAY}")
            return move
        self._place(case, move.before, back, "Moved back")
        return move
