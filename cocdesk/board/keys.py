"""Moving a card with the keyboard: which quadrant the arrow keys point at next.

The matrix is laid out with risk across (low, high) and impact down (low, high), and the tray sits to
the left of it. A card picked up from the tray can go back to it; a placed card cannot.
"""

from __future__ import annotations

from cocdesk.board.cards import Quadrant
from cocdesk.domain.case import Level

LEVELS = (Level.LOW, Level.HIGH)


def step(target: Quadrant | None, across: int, down: int, *, from_tray: bool) -> Quadrant | None:
    """The quadrant one arrow press away from ``target`` (None: the tray); the edges hold."""
    if target is None:
        return (Level.LOW, Level.LOW) if across > 0 else None
    risk, impact = target
    column = LEVELS.index(risk) + across
    row = min(1, max(0, LEVELS.index(impact) + down))
    if column < 0:
        return None if from_tray else target
    return (LEVELS[min(1, column)], LEVELS[row])
