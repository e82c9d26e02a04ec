"""The retention date at unlock: silent while far, a reminder in the last week, unmistakable once passed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from cocdesk.domain import Event
from cocdesk.retention import Urgency, retention_notice

UNTIL = date(2026, 6, 14)


def event(until: date | None = UNTIL) -> Event:
    return Event(name="Zjazd Łódź · 李", retention_until=until, time_zone="Europe/Warsaw")


def test_nothing_is_said_while_the_date_is_more_than_a_week_away_or_unset() -> None:
    assert retention_notice(event(), UNTIL - timedelta(days=8)) is None
    assert retention_notice(event(), UNTIL - timedelta(days=400)) is None
    assert retention_notice(event(until=None), UNTIL) is None


@pytest.mark.parametrize(
    ("days_before", "when"),
    [(7, "in 7 days"), (3, "in 3 days"), (1, "tomorrow"), (0, "today")],
)
def test_in_the_last_week_the_team_is_told_the_date_and_what_to_do(days_before: int, when: str) -> None:
    notice = retention_notice(event(), UNTIL - timedelta(days=days_before))
    assert notice is not None and notice.urgency == Urgency.NEAR and not notice.passed
    assert notice.days == days_before
    assert notice.sentence == (
        f"The reports of Zjazd Łódź · 李 are to be destroyed by 14 June 2026, {when}. Save the Officer's "
        "export and the transparency report, then close the event."
    )


@pytest.mark.parametrize(("days_after", "ago"), [(1, "yesterday"), (2, "2 days ago"), (45, "45 days ago")])
def test_a_passed_date_says_so_and_asks_for_the_event_to_be_closed_now(days_after: int, ago: str) -> None:
    notice = retention_notice(event(), UNTIL + timedelta(days=days_after))
    assert notice is not None and notice.passed and notice.days == days_after
    assert notice.sentence.startswith(f"The retention date of Zjazd Łódź · 李 passed {ago} (14 June 2026).")
    assert "must not be kept any longer: close the event now" in notice.sentence


def test_the_month_is_spelled_out_so_no_one_mistakes_the_day_for_the_month() -> None:
    notice = retention_notice(event(date(2027, 1, 2)), date(2026, 12, 30))
    assert notice is not None and "destroyed by 2 January 2027, in 3 days." in notice.sentence


def test_today_defaults_to_the_date_where_the_event_is_held() -> None:
    far = retention_notice(event(date.today() + timedelta(days=30)))
    assert far is None
    passed = retention_notice(event(date.today() - timedelta(days=3)))
    assert passed is not None and passed.passed
