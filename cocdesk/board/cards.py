"""What a card on the triage board shows, and what it may show on a projector.

A card is made from a case's list row (``CaseSummary``), which holds no party's name. Presentation
mode narrows it further to what the room may see: the code, the neutral title, how long since the
report, the deadline and the quadrant. Status and holder stay on the desk's own screen.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from uuid import UUID

from cocdesk.desk import CaseSummary, Quadrant
from cocdesk.domain.case import Case, CaseStatus
from cocdesk.domain.countdown import countdown, is_overdue, span
from cocdesk.flow.persons import also_reported

__all__ = ["NO_DEADLINE", "UNTITLED", "Card", "Face", "Quadrant", "by_urgency", "card_for", "card_of"]

UNTITLED = "Untitled case"
NO_DEADLINE = "No deadline pending"


@dataclass(frozen=True)
class Face:
    """The lines a card draws. Empty lines are not drawn."""

    code: str
    title: str
    age: str
    deadline: str
    overdue: bool
    status: str = ""
    holder: str = ""
    also: str = ""  # "Also reported in ABC-DEF": other reports naming the same person, by code

    def texts(self) -> tuple[str, ...]:
        lines = (self.code, self.title, self.age, self.deadline, self.also, self.status, self.holder)
        return tuple(line for line in lines if line)


@dataclass(frozen=True)
class Card:
    case_id: UUID
    code: str
    title: str
    status: CaseStatus
    holder: str
    quadrant: Quadrant | None
    received_at: datetime
    due_at: datetime | None
    held: bool = False  # held at the reporter's request: not on the board for action
    also_in: tuple[str, ...] = ()  # the codes of other reports confirmed to name the same person

    @property
    def is_open(self) -> bool:
        return self.status.is_open

    def overdue(self, at: datetime) -> bool:
        return self.due_at is not None and self.is_open and is_overdue(self.due_at, at)

    def face(self, at: datetime, *, presenting: bool) -> Face:
        """What the card draws at ``at``; on a projector, nothing but what the room may see."""
        deadline = countdown(self.due_at, at) if self.due_at is not None and self.is_open else NO_DEADLINE
        seconds = max(0.0, (at - self.received_at).total_seconds())
        shown = Face(
            code=self.code,
            title=self.title or UNTITLED,
            age="just now" if seconds < 60 else f"{span(seconds)} ago",
            deadline=deadline,
            overdue=self.overdue(at),
            also=also_reported(self.also_in),
        )
        if presenting:
            return shown
        holder = f"Held by {self.holder}" if self.holder else "Nobody holds it yet"
        return replace(shown, status=self.status.label, holder=holder)

    def placed(self, quadrant: Quadrant | None) -> Card:
        return replace(self, quadrant=quadrant)


def card_for(summary: CaseSummary, *, held: bool = False, also_in: tuple[str, ...] = ()) -> Card:
    return Card(
        case_id=summary.id,
        code=summary.code,
        title=summary.title,
        status=summary.status,
        holder=summary.handler,
        quadrant=summary.quadrant,
        received_at=summary.received_at,
        due_at=summary.next_due,
        held=held,
        also_in=also_in,
    )


def card_of(case: Case, also_in: tuple[str, ...] = ()) -> Card:
    """The card of a whole case, as its list row would make it."""
    due = case.next_deadline()
    return Card(
        case_id=case.id,
        code=case.code,
        title=case.title,
        status=case.status,
        holder=case.handler,
        quadrant=case.quadrant,
        received_at=case.received_at,
        due_at=due.due_at if due else None,
        held=case.held,
        also_in=also_in,
    )


def by_urgency(cards: list[Card], at: datetime) -> list[Card]:
    """Overdue first, then the nearest deadline, then the oldest report; closed cases last."""

    def key(card: Card) -> tuple[bool, bool, float, float]:
        due = card.due_at.timestamp() if card.due_at and card.is_open else float("inf")
        return (not card.is_open, not card.overdue(at), due, card.received_at.timestamp())

    return sorted(cards, key=key)
