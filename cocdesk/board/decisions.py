"""The decision capture the board shares with the wizard's "decide" step: the ladder of responses in
the order the quadrant suggests them. Recording a decision is the desk's act, ``Desk.record_decision``."""

from __future__ import annotations

from typing import Literal

from cocdesk.desk import Quadrant
from cocdesk.procedure.matrix import ResponseOption
from cocdesk.procedure.model import Procedure

Horizon = Literal["now", "later"]


def responses_for(procedure: Procedure, quadrant: Quadrant | None) -> list[ResponseOption]:
    """The response ladder with the rungs the quadrant suggests first, in the ladder's own order."""
    ladder = procedure.response_ladder
    if quadrant is None:
        return list(ladder)
    suggested = set(procedure.matrix.quadrant(*quadrant).suggests)
    return [r for r in ladder if r.id in suggested] + [r for r in ladder if r.id not in suggested]
