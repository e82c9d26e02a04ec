"""A case's deadlines, from the procedure's rules and the event's overrides."""

from __future__ import annotations

from datetime import datetime, timedelta

from cocdesk.domain.case import Action, Deadline
from cocdesk.domain.event import Event
from cocdesk.procedure.model import Procedure


def deadlines_for(procedure: Procedure, event: Event, received_at: datetime) -> list[Deadline]:
    """Every deadline a new case starts with, counted from when the report was received."""
    return [
        Deadline(
            id=rule.id,
            label=rule.label,
            due_at=received_at + timedelta(hours=event.deadline_hours.get(rule.id, rule.hours)),
        )
        for rule in procedure.deadlines
    ]


def after_step(
    procedure: Procedure, deadlines: list[Deadline], step_id: str, done_at: datetime | None
) -> list[Deadline]:
    """The deadlines once ``step_id`` is marked done (``done_at``) or undone (None)."""
    met_here = {rule.id for rule in procedure.deadlines if rule.met_by_step == step_id}
    return [d.model_copy(update={"met_at": done_at}) if d.id in met_here else d for d in deadlines]


def resumed(deadlines: list[Deadline], held_at: datetime, released_at: datetime) -> list[Deadline]:
    """The deadlines once a hold is released: the clock stood still while the case was held, so each
    deadline not yet met is moved on by as long as the hold lasted."""
    paused = max(released_at - held_at, timedelta(0))
    return [
        d if d.met_at is not None else d.model_copy(update={"due_at": d.due_at + paused}) for d in deadlines
    ]


def resumed_actions(actions: list[Action], held_at: datetime, released_at: datetime) -> list[Action]:
    """The actions once a hold is released: each one not yet done is due as long after as the hold
    lasted, as the deadlines are (``resumed``)."""
    paused = max(released_at - held_at, timedelta(0))
    return [
        a if a.done_at is not None or a.due is None else a.model_copy(update={"due": a.due + paused})
        for a in actions
    ]
