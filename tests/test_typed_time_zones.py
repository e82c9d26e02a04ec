"""Times typed with a zone: the hour the clocks repeat, and ISO 8601 as the desk itself writes it.

Europe/Warsaw, Sunday 25 October 2026: at 03:00 CEST the clocks go back to 02:00 CET, so 02:30
happens twice; now is 04:00 CET that morning.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from cocdesk.domain.shown_time import past_problem
from cocdesk.domain.typed_time import read_time

WARSAW = ZoneInfo("Europe/Warsaw")
AFTER_THE_CHANGE = datetime(2026, 10, 25, 3, 0, tzinfo=UTC)  # 04:00 CET
FIRST_0230 = datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # 02:30 CEST
SECOND_0230 = datetime(2026, 10, 25, 1, 30, tzinfo=UTC)  # 02:30 CET


@pytest.mark.parametrize(
    "typed", ["02:30 CET", "today 02:30 CET", "2026-10-25 02:30 CET", "2:30 cet", "25/10/2026 2:30 cet"]
)
def test_the_zone_abbreviation_picks_the_second_half_of_the_repeated_hour(typed: str) -> None:
    reading = read_time(typed, WARSAW, AFTER_THE_CHANGE)
    assert reading.moment == SECOND_0230, reading.problem


@pytest.mark.parametrize("typed", ["02:30 CEST", "today 2:30 cest", "2026-10-25 02:30 CEST"])
def test_the_summer_abbreviation_picks_the_first_half(typed: str) -> None:
    assert read_time(typed, WARSAW, AFTER_THE_CHANGE).moment == FIRST_0230


def test_an_abbreviation_the_zone_does_not_use_then_names_the_ones_it_does() -> None:
    reading = read_time("02:30 BST", WARSAW, AFTER_THE_CHANGE)
    assert reading.moment is None
    assert "CEST or CET" in reading.problem, reading.problem


def test_a_done_time_in_the_second_0230_is_refused_with_the_way_to_type_it() -> None:
    """A report taken at 02:20 CET; the action was done ten minutes later. "02:30" alone is the first
    02:30 (CEST), before the report: the refusal says how to mean the other one, and that one is taken."""
    received = datetime(2026, 10, 25, 1, 20, tzinfo=UTC)
    first = read_time("02:30", WARSAW, AFTER_THE_CHANGE)
    assert first.moment == FIRST_0230
    said = past_problem(first.moment, WARSAW, AFTER_THE_CHANGE, received)
    assert "before the report" in said and "add CET" in said, said
    second = read_time("02:30 CET", WARSAW, AFTER_THE_CHANGE)
    assert second.moment is not None, second.problem
    assert past_problem(second.moment, WARSAW, AFTER_THE_CHANGE, received) == ""


def test_a_refusal_outside_the_repeated_hour_has_no_zone_hint() -> None:
    received = datetime(2026, 10, 25, 2, 20, tzinfo=UTC)
    moment = read_time("03:10", WARSAW, AFTER_THE_CHANGE).moment
    assert moment is not None
    said = past_problem(moment, WARSAW, AFTER_THE_CHANGE, received)
    assert "before the report" in said and "add" not in said


@pytest.mark.parametrize(
    "pasted",
    [
        "2026-11-30T21:30:00+01:00",
        "2026-11-30T20:30:00Z",
        "2026-11-30 21:30:00.000",
        "2026-11-30T15:30:00-05:00",
    ],
)
def test_a_time_pasted_as_the_desk_itself_writes_it_is_read_in_the_events_zone(pasted: str) -> None:
    reading = read_time(pasted, WARSAW, datetime(2026, 12, 1, 17, 0, tzinfo=UTC))
    assert reading.moment == datetime(2026, 11, 30, 20, 30, tzinfo=UTC), reading.problem
    assert reading.moment.utcoffset() == WARSAW.utcoffset(datetime(2026, 11, 30, 21, 30))


def test_an_iso_time_with_an_offset_outside_the_years_is_one_sentence() -> None:
    reading = read_time("1066-10-14T09:00:00Z", WARSAW, AFTER_THE_CHANGE)
    assert reading.moment is None and "between the years" in reading.problem
