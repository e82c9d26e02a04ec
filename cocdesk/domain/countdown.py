"""How a deadline reads at a glance: time left, or how long it has been overdue."""

from __future__ import annotations

from datetime import datetime

OVERDUE = "OVERDUE"


def is_overdue(due: datetime, at: datetime) -> bool:
    """Past its deadline: strictly after the moment it was due. The one definition of overdue."""
    return at > due


def span(seconds: float) -> str:
    """A length of time in the two largest units that matter: 2 d 4 h, 3 h 05 min, 12 min."""
    minutes = int(seconds // 60)
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    if days:
        return f"{days} d {hours} h"
    if hours:
        return f"{hours} h {minutes:02d} min"
    return f"{minutes} min" if minutes else "under a minute"


def countdown(due: datetime, at: datetime) -> str:
    """'3 h 05 min left', or 'OVERDUE by 1 h 20 min' once the deadline has passed."""
    seconds = (due - at).total_seconds()
    if seconds >= 0:
        return f"{span(seconds)} left"
    return f"{OVERDUE} by {span(-seconds)}"
