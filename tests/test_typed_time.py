"""Days and times as a responder types them, read in the event's zone at a fixed "now".

Now is Tuesday 1 December 2026, 17:40 in Warsaw (16:40 UTC); far from UTC, the same instant is
Wednesday 2 December, 06:40 on Kiritimati (UTC+14).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cocdesk.domain.shown_time import long_form, past_problem
from cocdesk.domain.typed_time import read_time

WARSAW = ZoneInfo("Europe/Warsaw")
KIRITIMATI = ZoneInfo("Pacific/Kiritimati")
NOW = datetime(2026, 12, 1, 16, 40, tzinfo=UTC)


def read(text: str, zone: ZoneInfo = WARSAW, now: datetime = NOW) -> datetime:
    reading = read_time(text, zone, now)
    assert reading.readable, reading.problem
    assert reading.moment is not None
    return reading.moment


def problem(text: str, zone: ZoneInfo = WARSAW, now: datetime = NOW) -> str:
    reading = read_time(text, zone, now)
    assert reading.moment is None and reading.problem
    return reading.problem


EVENING = datetime(2026, 11, 30, 21, 30, tzinfo=WARSAW)


@pytest.mark.parametrize(
    "typed",
    [
        "yesterday 21:30",
        "Yesterday at 21:30",
        "30 Nov 21:30",
        "30 November 2026 21:30",
        "Mon 30 Nov 21:30",
        "Nov 30th, 2026 9:30 pm",
        "2026-11-30 21:30",
        "2026-11-30T21:30",
        "30/11/2026 21:30",
        "30/11/26 21:30",
        "30.11.2026 21:30",
        "30.11.2026 21.30",
        "30 Nov 2026 21:30",
        "Monday 30 November 2026, 21:30",
        "Monday 30 November, 21:30",
        "  monday   30  NOVEMBER,21:30 ",
    ],
)
def test_every_typed_form_of_last_night_reads_as_last_night_in_warsaw(typed: str) -> None:
    assert read(typed) == EVENING


def test_a_time_alone_is_todays_when_it_has_passed() -> None:
    assert read("9:05") == datetime(2026, 12, 1, 9, 5, tzinfo=WARSAW)
    assert read("9:30pm", now=datetime(2026, 12, 1, 21, 0, tzinfo=UTC)) == datetime(
        2026, 12, 1, 21, 30, tzinfo=WARSAW
    )


def test_a_time_alone_later_than_now_is_yesterdays_so_2350_typed_at_0010_is_last_night() -> None:
    ten_past_midnight = datetime(2026, 12, 1, 0, 10, tzinfo=WARSAW)
    assert read("23:50", now=ten_past_midnight) == datetime(2026, 11, 30, 23, 50, tzinfo=WARSAW)
    assert read("21:30") == EVENING


def test_a_time_alone_a_few_minutes_ahead_is_still_today_a_clock_may_run_fast() -> None:
    assert read("17:50") == datetime(2026, 12, 1, 17, 50, tzinfo=WARSAW)


def test_today_with_a_later_time_is_today_as_said() -> None:
    assert read("today 23:50") == datetime(2026, 12, 1, 23, 50, tzinfo=WARSAW)


def test_now_is_this_minute() -> None:
    assert read("now") == NOW and read("NOW").utcoffset() == timedelta(hours=1)


def test_a_day_without_its_year_is_this_years_unless_more_than_a_day_ahead_then_last_years() -> None:
    assert read("2 Dec 10:00") == datetime(2026, 12, 2, 10, 0, tzinfo=WARSAW)
    assert read("24 Dec 18:00") == datetime(2025, 12, 24, 18, 0, tzinfo=WARSAW)
    assert read("24/12 18:00") == datetime(2025, 12, 24, 18, 0, tzinfo=WARSAW)


def test_a_weekday_alone_is_the_latest_such_day_today_included() -> None:
    assert read("Mon 21:30") == EVENING
    assert read("tue 9:00") == datetime(2026, 12, 1, 9, 0, tzinfo=WARSAW)
    assert read("Wednesday 9:00") == datetime(2026, 11, 25, 9, 0, tzinfo=WARSAW)


def test_far_from_utc_the_day_is_the_events_own_day() -> None:
    # already Wednesday 06:40 on Kiritimati: "yesterday" there is Tuesday, where Warsaw's is Monday
    assert read("yesterday 21:30", KIRITIMATI) == datetime(2026, 12, 1, 21, 30, tzinfo=KIRITIMATI)
    assert read("21:30", KIRITIMATI) == datetime(2026, 12, 1, 21, 30, tzinfo=KIRITIMATI)
    assert read("2 Dec 05:00", KIRITIMATI).astimezone(UTC) == datetime(2026, 12, 1, 15, 0, tzinfo=UTC)
    assert long_form(NOW, KIRITIMATI, NOW) == "Wednesday 2 December, 06:40"


def test_the_long_form_shows_the_year_only_when_it_is_not_this_one() -> None:
    assert long_form(EVENING, WARSAW, NOW) == "Monday 30 November, 21:30"
    assert long_form(EVENING.replace(year=2025), WARSAW, NOW) == "Sunday 30 November 2025, 21:30"


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("Not given0Nov202621:30", "Cannot read this as a day and time"),
        ("the lift", "Cannot read this as a day and time"),
        ("30 Nov", "Add the time of day"),
        ("25:00", "hours run 0 to 23"),
        ("13pm", "the hour is 1 to 12"),
        ("31 Nov 21:30", "There is no 31 November."),
        ("29/02/2027 10:00", "There is no 29 February in 2027."),
        ("11/30/2026 21:30", "the day comes first"),
        ("Tue 30 Nov 2026 21:30", "is a Monday, not a Tuesday"),
        ("1 Jan 1800 10:00", "between the years 1900 and 2200"),
        ("29 Mar 2026 02:30", "the clocks went forward"),
    ],
)
def test_what_cannot_be_read_gets_one_sentence_saying_why(typed: str, says: str) -> None:
    said = problem(typed)
    assert says in said and said.endswith(".") and "\n" not in said


def test_blank_is_nothing_given_not_a_problem() -> None:
    reading = read_time("   ", WARSAW, NOW)
    assert reading.readable and reading.moment is None


def test_the_hour_the_clocks_repeat_is_the_first_unless_the_zone_says_the_second() -> None:
    first, second = read("25 Oct 2026 02:30"), read("Sunday 25 October 2026, 02:30 CET")
    assert second - first == timedelta(hours=1)
    assert long_form(first, WARSAW, NOW) == "Sunday 25 October, 02:30 CEST"
    assert read(long_form(second, WARSAW, NOW)) == second


def test_a_past_moment_is_not_later_than_now_nor_before_the_report() -> None:
    received = datetime(2026, 11, 30, 20, 0, 30, tzinfo=WARSAW)
    assert past_problem(EVENING, WARSAW, NOW, received) == ""
    assert past_problem(received.replace(second=0), WARSAW, NOW, received) == ""
    assert "later than now" in past_problem(NOW + timedelta(hours=1), WARSAW, NOW, received)
    assert "before the report was received" in past_problem(EVENING.replace(hour=19), WARSAW, NOW, received)


ZONES = st.sampled_from(
    [
        "Europe/Warsaw",
        "UTC",
        "Pacific/Kiritimati",
        "Pacific/Pago_Pago",
        "Asia/Kathmandu",
        "America/St_Johns",
        "Australia/Lord_Howe",
        "America/Santiago",
    ]
).map(ZoneInfo)
MOMENTS = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2060, 12, 31)).map(
    lambda naive: naive.replace(second=0, microsecond=0, tzinfo=UTC)
)


NEAR = st.integers(min_value=-800 * 24 * 60, max_value=800 * 24 * 60).map(lambda m: timedelta(minutes=m))
"""How far the moment shown lies from now: mostly within a year or two, where the year is left out."""


@given(moment=MOMENTS, now=MOMENTS, zone=ZONES)
def test_what_the_desk_shows_reads_back_as_the_same_moment(
    moment: datetime, now: datetime, zone: ZoneInfo
) -> None:
    assert read(long_form(moment, zone, now), zone, now) == moment


@given(now=MOMENTS, away=NEAR, zone=ZONES)
def test_what_the_desk_shows_of_a_moment_near_now_reads_back_the_same(
    now: datetime, away: timedelta, zone: ZoneInfo
) -> None:
    moment = now + away
    assert read(long_form(moment, zone, now), zone, now) == moment


@given(moment=MOMENTS, now=MOMENTS, zone=ZONES)
def test_the_numeric_forms_read_back_as_the_same_wall_clock_time(
    moment: datetime, now: datetime, zone: ZoneInfo
) -> None:
    wall = moment.astimezone(zone)
    for typed in (f"{wall:%Y-%m-%d %H:%M}", f"{wall:%d/%m/%Y %H:%M}", f"{wall:%d.%m.%Y %H.%M}"):
        assert read(typed, zone, now).astimezone(zone).replace(fold=0, tzinfo=None) == wall.replace(
            fold=0, tzinfo=None
        )


TYPING = st.lists(
    st.sampled_from(
        [
            "0",
            "1",
            "2",
            "3",
            "9",
            "12",
            "24",
            "29",
            "30",
            "31",
            "60",
            "2026",
            "1899",
            ":",
            ".",
            "/",
            "-",
            " ",
            ",",
            "am",
            "pm",
            "t",
            "nov",
            "february",
            "mon",
            "sunday",
            "today",
            "yesterday",
            "now",
            "cet",
            "th",
        ]
    ),
    max_size=12,
).map("".join)
"""Text made of what a time is typed with: numbers, separators, names, in any order."""


@given(text=st.one_of(st.text(max_size=40), TYPING), zone=ZONES, now=MOMENTS)
def test_any_text_is_read_or_refused_never_raised_and_a_reading_shown_reads_back(
    text: str, zone: ZoneInfo, now: datetime
) -> None:
    reading = read_time(text, zone, now)
    assert (reading.moment is None) or reading.readable
    if reading.moment is not None:  # and what was read, shown back, reads as the same moment
        assert read(long_form(reading.moment, zone, now), zone, now) == reading.moment
