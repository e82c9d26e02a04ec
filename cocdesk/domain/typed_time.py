"""A day and time as a person types it at the desk, read in the event's time zone.

Read: "21:30", "9:30pm", "now", "yesterday 21:30", "today 9:05", "30 Nov 21:30", "Mon 30 Nov 21:30",
"30 November 2026 21:30", "Nov 30, 2026 9pm", "2026-11-30 21:30", "30/11/2026 21:30",
"30.11.2026 21.30", the long form the desk shows back ("Monday 30 November 2026, 21:30"), and ISO 8601
as the desk writes it in its files ("2026-11-30T21:30:00+01:00", "2026-11-30T20:30:00Z"), an offset
or "Z" read as that moment and shown in the event's zone.
Numeric days are day first (30/11), as on the paper form.

What a report is about lies in the past, so the gaps are filled in towards it:
- a day without a year is this year's, unless that is more than a day ahead: then last year's;
- a time without a day is today's, unless that is more than a few minutes ahead: then yesterday's
  (a report at 00:10 of "23:50" means the evening before); "today 23:50" says otherwise;
- a weekday alone is the latest such day, today included.
A time the clocks skip is refused; one they repeat is the first of the two, unless the zone's
abbreviation follows it ("02:30 CET", "today 02:30 CET", "2026-10-25 02:30 CET"). Nothing here
raises: what cannot be read gets one sentence.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo

from pydantic import AwareDatetime

from cocdesk.domain.common import EARLIEST_YEAR, LATEST_YEAR, Model
from cocdesk.domain.shown_time import AHEAD_DAYS, FUTURE_GRACE, MONTHS, WEEKDAYS, day_text, local, minute

UNREADABLE = 'Cannot read this as a day and time: try "21:30", "yesterday 21:30" or "30 Nov 21:30".'
RELATIVE = {"today": 0, "yesterday": -1, "tomorrow": 1}
FILLER = frozenset({"at", "on", "of", "the"})

CLOCK = re.compile(r"(?<![\d:.])(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?\s?m\b\.?)?(?![\d:])", re.ASCII)
HOUR_ONLY = re.compile(r"(?<![\d:.])(\d{1,2})\s*([ap])\.?\s?m\b\.?", re.ASCII)
DOTTED = re.compile(
    r"(?:^|\s)(\d{1,2})\.(\d{2})$", re.ASCII
)  # "21.30" at the end, where a day would need a year
ISO_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$", re.ASCII)
NUMERIC_DAY = re.compile(r"^(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?\.?$", re.ASCII)
ORDINAL = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b", re.ASCII)
FRACTION = re.compile(r"(\d:\d{2}:\d{2})[.,]\d+(?!\d)", re.ASCII)  # 21:30:00.000, as JSON writes it
WITH_OFFSET = re.compile(
    r"^\d{4}-\d{2}-\d{2}[t ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})$", re.ASCII
)
ZONE_WORD = re.compile(r"^[a-z]{2,5}$", re.ASCII)


class Reading(Model):
    """What was typed, read: a moment, or blank (nothing given), or the one sentence why not."""

    moment: AwareDatetime | None = None
    problem: str = ""

    @property
    def readable(self) -> bool:
        return not self.problem


def refused(problem: str) -> Reading:
    return Reading(problem=problem)


def read_time(text: str, zone: tzinfo, now: datetime) -> Reading:
    """``text`` as a moment in ``zone``, the gaps filled in relative to ``now`` (see the module)."""
    try:
        return _read(text, zone, now)
    except (ValueError, OverflowError):  # a calendar's edge the rules below did not foresee
        return refused(UNREADABLE)


def _read(text: str, zone: tzinfo, now: datetime) -> Reading:
    typed = " ".join(text.strip().lower().replace(",", " ").split())
    if not typed:
        return Reading()
    if typed in ("now", "right now"):
        return Reading(moment=minute(now).astimezone(zone))
    if WITH_OFFSET.match(typed):
        return _with_offset(typed, zone)
    typed = re.sub(r"(\d)t(\d)", r"\1 \2", typed)  # 2026-11-30T21:30, as ISO writes it
    typed = FRACTION.sub(r"\1", typed)
    clock, rest = _clock(typed)
    if isinstance(clock, str):
        return refused(clock)
    day = _day(rest, local(now, zone).date())
    if isinstance(day, str):
        return refused(day)
    found, abbreviation = day
    if clock is None:
        if found is None:
            return refused(UNREADABLE)
        return refused(f'Add the time of day too, for example "{_day_words(found)} 21:30".')
    return _moment(found, clock, abbreviation, zone, now)


def _with_offset(typed: str, zone: tzinfo) -> Reading:
    """An ISO 8601 moment with its offset or "Z": that very moment, shown in the event's zone."""
    moment = datetime.fromisoformat(typed.upper())
    if not EARLIEST_YEAR <= moment.astimezone(UTC).year <= LATEST_YEAR:
        return refused(f"A time must fall between the years {EARLIEST_YEAR} and {LATEST_YEAR}.")
    wall = moment.astimezone(zone)
    offset = wall.utcoffset()
    assert offset is not None
    return Reading(moment=wall.astimezone(timezone(offset)))


def _clock(typed: str) -> tuple[tuple[int, int, int] | str | None, str]:
    """The time of day in ``typed`` (hour, minute, second) or why it is none, and the text around it."""
    match = CLOCK.search(typed) or HOUR_ONLY.search(typed)
    dotted = None if match else DOTTED.search(typed)
    if dotted and int(dotted[1]) < 24 and int(dotted[2]) < 60:
        match = dotted
    if match is None:
        return None, typed
    rest = (typed[: match.start()] + " " + typed[match.end() :]).strip()
    groups = match.groups()
    if match.re is HOUR_ONLY:
        hour, minutes, seconds, half = int(groups[0]), 0, 0, groups[1]
    elif match.re is DOTTED:
        hour, minutes, seconds, half = int(groups[0]), int(groups[1]), 0, None
    else:
        hour, minutes, seconds, half = int(groups[0]), int(groups[1]), int(groups[2] or 0), groups[3]
    if half:
        if not 1 <= hour <= 12:
            return f"{hour} {half}m is not a time of day: with am or pm the hour is 1 to 12.", rest
        hour = hour % 12 + (12 if half == "p" else 0)
    if hour > 23 or minutes > 59 or seconds > 59:
        return f"{match[0].strip()} is not a time of day: hours run 0 to 23 and minutes 0 to 59.", rest
    return (hour, minutes, seconds), rest


def _day(rest: str, today: date) -> tuple[date | None, str] | str:
    """The day ``rest`` names (None when it names none) and any word left for a zone, or why not."""
    rest = " ".join(word for word in ORDINAL.sub(r"\1", rest).split() if word not in FILLER)
    words = rest.split()
    zone = words.pop() if words and _zone_word(words[-1]) else ""
    found = _plain_day(" ".join(words), today)
    if isinstance(found, str) or not zone:
        return found
    return found[0], zone


def _zone_word(word: str) -> bool:
    """Whether ``word`` can only be a zone's abbreviation ("cet", "cest", "bst"), not a day's word."""
    return bool(ZONE_WORD.match(word)) and word not in RELATIVE and _named(word, WEEKDAYS + MONTHS) is None


def _plain_day(rest: str, today: date) -> tuple[date | None, str] | str:
    """The day ``rest`` names, with no zone word after it, or why not."""
    if not rest:
        return None, ""
    if rest in RELATIVE:
        return today + timedelta(days=RELATIVE[rest]), ""
    if match := ISO_DAY.match(rest):
        return _checked(int(match[1]), int(match[2]), int(match[3]))
    if match := NUMERIC_DAY.match(rest):
        year = int(match[4]) + (2000 if len(match[4]) == 2 else 0) if match[4] else None
        return _dated(int(match[1]), int(match[3]), year, None, today)
    words = [word.rstrip(".") for word in rest.split() if word.rstrip(".") not in FILLER]
    numbers: list[int] = []
    weekday: list[int] = []
    month: list[int] = []
    others: list[str] = []
    for word in words:
        if word.isascii() and word.isdigit():
            numbers.append(int(word))
        elif (named := _named(word, WEEKDAYS)) is not None:
            weekday.append(named)
        elif (named := _named(word, MONTHS)) is not None:
            month.append(named + 1)
        else:
            others.append(word)
    relative = [w for w in others if w in RELATIVE]
    if others or len(weekday) > 1 or len(month) > 1 or relative:
        return UNREADABLE
    if not month:
        if numbers or not weekday:
            return UNREADABLE
        back = (today.weekday() - weekday[0]) % 7
        return today - timedelta(days=back), ""
    days = [n for n in numbers if n <= 31]
    years = [n for n in numbers if n >= 1000]
    if len(days) != 1 or len(years) > 1 or len(numbers) != len(days) + len(years):
        return UNREADABLE
    found = _dated(days[0], month[0], years[0] if years else None, weekday[0] if weekday else None, today)
    return found


def _named(word: str, names: tuple[str, ...]) -> int | None:
    """The index of the name ``word`` begins (three letters at least: "nov", "tues", "sept")."""
    if len(word) >= 3:
        for index, name in enumerate(names):
            if name.lower().startswith(word):
                return index
    return None


def _checked(year: int, month: int, day: int) -> tuple[date, str] | str:
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        return f"A time must fall between the years {EARLIEST_YEAR} and {LATEST_YEAR}."
    if not 1 <= month <= 12:
        return f"There is no month {month}: the day comes first, as in 30/11/2026."
    try:
        return date(year, month, day), ""
    except ValueError:
        return f"There is no {day} {MONTHS[month - 1]} in {year}."


def _dated(
    day: int, month: int, year: int | None, weekday: int | None, today: date
) -> tuple[date, str] | str:
    """The day, the year filled in towards the past when not given, and checked against a weekday."""
    if year is None:
        found = _checked(today.year, month, day)
        if isinstance(found, str) or (found[0] - today).days > AHEAD_DAYS:
            found = _checked(today.year - 1, month, day)
        if isinstance(found, str) and 1 <= month <= 12:
            last = " this year or last" if (month, day) == (2, 29) else ""
            return f"There is no {day} {MONTHS[month - 1]}{last}."
    else:
        found = _checked(year, month, day)
    if isinstance(found, str):
        return found
    if weekday is not None and found[0].weekday() != weekday:
        return f"{_day_words(found[0], True)} is a {WEEKDAYS[found[0].weekday()]}, not a {WEEKDAYS[weekday]}."
    return found


def _day_words(day: date, with_year: bool = False) -> str:
    return day_text(datetime(day.year, day.month, day.day), with_year)


def _moment(
    day: date | None, clock: tuple[int, int, int], abbreviation: str, zone: tzinfo, now: datetime
) -> Reading:
    hour, minutes, seconds = clock
    today = local(now, zone).date()
    wall = datetime.combine(day or today, datetime.min.time()).replace(
        hour=hour, minute=minutes, second=seconds, tzinfo=zone
    )
    if day is None and wall > now + FUTURE_GRACE:
        wall -= timedelta(days=1)  # yesterday, at the same time on the clock
    if wall.astimezone(UTC).astimezone(zone).replace(tzinfo=None, fold=0) != wall.replace(
        tzinfo=None, fold=0
    ):
        return refused(
            f"{hour:02d}:{minutes:02d} on {_day_words(wall.date(), True)} does not exist here:"
            " the clocks went forward."
        )
    if abbreviation:
        names = list(dict.fromkeys(wall.replace(fold=fold).tzname() or "" for fold in (0, 1)))
        folds = [fold for fold in (0, 1) if (wall.replace(fold=fold).tzname() or "").lower() == abbreviation]
        if not folds:
            return refused(
                f'Cannot read "{abbreviation}" here: at that time the clocks read {" or ".join(names)}.'
            )
        wall = wall.replace(fold=folds[-1] if len(folds) == 1 else 0)
    offset = wall.utcoffset()
    assert offset is not None
    return Reading(moment=wall.astimezone(timezone(offset)))
