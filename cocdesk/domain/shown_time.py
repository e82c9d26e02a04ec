"""A moment as the desk shows it back ("Monday 30 November, 21:30"), and the rules for a past moment.

The long form is what a responder reads to catch a misreading, so it spells the weekday and the month
out, and it is itself readable by ``cocdesk.domain.typed_time``: what is shown can be typed back.
The year is added when it is not the current one (or when the day without it would read as last
year's); the zone's abbreviation is added in the hour a clock change repeats, which is the only way
to tell its two halves apart.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo

from cocdesk.domain.common import EARLIEST_YEAR, LATEST_YEAR

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
FUTURE_GRACE = timedelta(minutes=15)
"""How far ahead of now a past moment may lie: a clock a little fast, a time rounded up."""
AHEAD_DAYS = 1
"""A day typed without its year is this year's unless it lies more than this many days ahead."""


def local(moment: datetime, zone: tzinfo) -> datetime:
    return moment.astimezone(zone)


def repeated_hour(wall: datetime) -> bool:
    """Whether the wall-clock time ``wall`` (aware, in its zone) happens twice, as the clocks go back."""
    return wall.replace(fold=0).utcoffset() != wall.replace(fold=1).utcoffset()


def day_text(day: datetime, with_year: bool) -> str:
    year = f" {day.year}" if with_year else ""
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}{year}"


def needs_year(day: datetime, today: datetime) -> bool:
    """A day is shown with its year unless, typed without one, it would read as this very day."""
    return day.year != today.year or (day.date() - today.date()).days > AHEAD_DAYS


def long_form(moment: datetime, zone: tzinfo, now: datetime) -> str:
    """``moment`` in the event's zone, e.g. "Monday 30 November, 21:30" (the year when not this one)."""
    wall = local(moment, zone)
    text = f"{day_text(wall, needs_year(wall, local(now, zone)))}, {wall:%H:%M}"
    if wall.second:
        text += f":{wall.second:02d}"
    if repeated_hour(wall):
        text += f" {wall.tzname()}"
    return text


def minute(moment: datetime) -> datetime:
    return moment.replace(second=0, microsecond=0)


def past_problem(moment: datetime, zone: tzinfo, now: datetime, not_before: datetime | None = None) -> str:
    """Why ``moment`` cannot be when something already happened, or "" when it can.

    Not ahead of now by more than a few minutes, not before ``not_before`` (the minute it fell in),
    and within the years any record holds."""
    if not EARLIEST_YEAR <= moment.astimezone(UTC).year <= LATEST_YEAR:
        return f"A time must fall between the years {EARLIEST_YEAR} and {LATEST_YEAR}."
    if moment > now + FUTURE_GRACE:
        return f"That is later than now ({long_form(minute(now), zone, now)}).{other_half(moment, zone)}"
    if not_before is not None and moment < minute(not_before):
        received = long_form(not_before, zone, now)
        return f"That is before the report was received ({received}).{other_half(moment, zone)}"
    return ""


def other_half(moment: datetime, zone: tzinfo) -> str:
    """In the hour the clocks repeat, how to type the other of the two: " For the other 02:30, add CET." """
    wall = local(moment, zone)
    if not repeated_hour(wall):
        return ""
    return f" For the other {wall:%H:%M}, add {wall.replace(fold=1 - wall.fold).tzname()}."
