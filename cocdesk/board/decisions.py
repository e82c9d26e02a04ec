"""The decision capture the board shares with the wizard's "decide" step."""

from __future__ import annotations

from typing import Literal
from uuid import UUID

from pydantic import ValidationError

from cocdesk.board.cards import Quadrant
from cocdesk.domain.case import Decision
from cocdesk.domain.common import explain
from cocdesk.procedure.matrix import ResponseOption
from cocdesk.procedure.model import Procedure
from cocdesk.vault import InvalidEdit, Vault

Horizon = Literal["now", "later"]


def responses_for(procedure: Procedure, quadrant: Quadrant | None) -> list[ResponseOption]:
    """The response ladder with the rungs the quadrant suggests first, in the ladder's own order."""
    ladder = procedure.response_ladder
    if quadrant is None:
        return list(ladder)
    suggested = set(procedure.matrix.quadrant(*quadrant).suggests)
    return [r for r in ladder if r.id in suggested] + [r for r in ladder if r.id not in suggested]


def record_decision(
    vault: Vault, case_id: UUID, *, text: str, horizon: Horizon = "now", response: str = "", owner: str = ""
) -> Decision:
    """Add a decision to the case: for right now (with who carries it out) or for later."""
    if not text.strip():
        raise InvalidEdit("write down what was decided")
    case = vault.case(case_id)
    try:
        decision = Decision(horizon=horizon, text=text, response=response, owner=owner, by=vault.member.name)
    except ValidationError as error:
        raise InvalidEdit(explain(error)) from None
    when = "right now" if horizon == "now" else "later"
    whom = f", carried out by {owner}" if owner.strip() else ""
    vault.set_part(case.id, "decisions", [*case.decisions, decision], f"Decided for {when}{whom}")
    return decision
