"""The event's retention date: when it is near or passed, the sentence the station shows at every unlock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from cocdesk.domain.common import now
from cocdesk.domain.event import Event

NEAR_DAYS = 7
MONTHS = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)


class Urgency(StrEnum):
    NEAR = "near"
    PASSED = "passed"


@dataclass(frozen=True)
class RetentionNotice:
    urgency: Urgency
    days: int  # days left when near (0 on the day itself), days since when passed
    sentence: str

    @property
    def passed(self) -> bool:
        return self.urgency == Urgency.PASSED


def retention_notice(event: Event, today: date | None = None) -> RetentionNotice | None:
    """What to tell the team about the retention date, or None while it is more than a week away.

    ``today`` is the date in the event's time zone, as the team lives it (the current one by default).
    """
    today = today or now().astimezone(event.zone).date()
    until = event.retention_until
    if until is None:
        return None
    days = (until - today).days
    on = spoken_date(until)
    if days < 0:
        ago = "yesterday" if days == -1 else f"{-days} days ago"
        return RetentionNotice(
            Urgency.PASSED,
            -days,
            f"The retention date of {event.name} passed {ago} ({on}). Its reports must not be kept any "
            "longer: close the event now (Close the event, CoC team lead) to destroy them.",
        )
    if days > NEAR_DAYS:
        return None
    when = "today" if days == 0 else "tomorrow" if days == 1 else f"in {days} days"
    return RetentionNotice(
        Urgency.NEAR,
        days,
        f"The reports of {event.name} are to be destroyed by {on}, {when}. Save the Officer's export and "
        "the transparency report, then close the event.",
    )


def spoken_date(day: date) -> str:
    """14 June 2026: the same in every locale, with no doubt about which number is the month."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
