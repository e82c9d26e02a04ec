"""Held reports: kept at the reporter's request and acted on only if someone else reports the same
person. No deadline runs while held, the board does not show it, and a later report naming the same
person (in another script) tells the CoC team lead at once, with what to do next."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from cocdesk.board.cards import card_for
from cocdesk.board.filters import BoardFilter, Look, Scope
from cocdesk.desk import Desk, InvalidEdit, NotAllowed
from cocdesk.domain import now
from cocdesk.flow.engine import Flow
from cocdesk.flow.persons import HELD_NEXT_STEP
from tests.station_vaults import EVENT_LEAD, REPORTER, create_team_vault, desk_as
from tests.test_persons import report

WORDS = "Зоя asked: keep it, act only if somebody else reports him"


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return create_team_vault(tmp_path / "summit.cocdesk", with_cases=False)


@pytest.fixture
def desk(path: Path) -> Iterator[Desk]:
    with desk_as(path) as opened:
        yield opened


def test_a_held_case_has_no_deadline_running_and_is_off_the_board(desk: Desk) -> None:
    held = report(desk, "Łukasz Nowak", hours_ago=30)  # every deadline long passed
    other = report(desk, "Ελένη Παπαδοπούλου", hours_ago=30)
    rows = {row.id: row for row in desk.cases()}
    assert rows[held.id].overdue(now()) and rows[other.id].overdue(now())

    desk.hold(held.id, WORDS)
    case = desk.case(held.id)
    assert case.held and case.hold.words == WORDS and case.next_deadline() is None
    assert Flow(desk.procedure, case, now()).overdue() == []
    rows = {row.id: row for row in desk.cases()}
    assert not rows[held.id].overdue(now()) and rows[held.id].next_due is None
    assert rows[other.id].overdue(now())  # the others' clocks still run
    assert desk.held_ids() == {str(held.id)}
    card = card_for(rows[held.id], held=str(held.id) in desk.held_ids())
    assert BoardFilter().look(card) == Look.HIDDEN
    assert BoardFilter(scope=Scope.ALL).look(card) == Look.HIDDEN
    assert BoardFilter().look(card_for(rows[other.id])) == Look.SHOWN
    assert any("Held at the reporter's request" in e.what for e in case.timeline)


def test_holding_needs_the_reporters_words_and_the_team(path: Path) -> None:
    with desk_as(path) as lead:
        case = report(lead, "李明")
        with pytest.raises(InvalidEdit, match="reporter's words"):
            lead.hold(case.id, "  ")
        lead.hold(case.id, WORDS)
        with pytest.raises(InvalidEdit, match="already held"):
            lead.hold(case.id, WORDS)
    with desk_as(path, EVENT_LEAD) as event_lead:
        shown = event_lead.case(case.id)
        assert shown.held and WORDS not in shown.model_dump_json()  # the reporter's words are theirs
        with pytest.raises(NotAllowed):
            event_lead.release(case.id)


def test_a_matching_report_alerts_the_lead_and_the_held_case_shows_the_next_step(desk: Desk) -> None:
    held = report(desk, "Łukasz Nowak", description="badge says nightowl", hours_ago=5)
    desk.hold(held.id, WORDS)
    unrelated = report(desk, "José Ramírez")
    assert desk.held_alerts_for(unrelated.id) == [] and desk.held_alerts() == []

    later = report(desk, "Лукаш Новак")
    alerts = desk.held_alerts_for(later.id)
    assert [(a.held_code, a.matching, a.confirmed) for a in alerts] == [(held.code, (later.code,), False)]
    assert held.code in alerts[0].text and later.code in alerts[0].text
    for name in ("Łukasz", "Лукаш", REPORTER, "nightowl"):
        assert name not in alerts[0].text
    assert desk.held_alerts() == alerts  # listed again for the lead at the next unlock

    hint = desk.suggestions(later.id)[0]
    desk.confirm_same_person(later.id, hint.person_id, hint.other_case_id, hint.other_person_id)
    assert [a.confirmed for a in desk.held_alerts()] == [True]  # a confirmed link still alerts
    assert "go back to the reporter" in HELD_NEXT_STEP


def test_a_description_match_alerts_too(desk: Desk) -> None:
    held = report(desk, description="green hoodie, badge says nightowl", hours_ago=2)
    desk.hold(held.id, WORDS)
    later = report(desk, description="The person writing as nightowl in the chat")
    assert [a.held_code for a in desk.held_alerts_for(later.id)] == [held.code]


def test_releasing_the_hold_resumes_the_deadlines_by_the_time_held(desk: Desk) -> None:
    case = report(desk, "Зоя Иванова", hours_ago=1)
    before = {d.id: d.due_at for d in desk.case(case.id).deadlines}
    desk.hold(case.id, WORDS)
    held_at = desk.case(case.id).hold.held_at
    assert held_at is not None
    desk.release(case.id)
    after = desk.case(case.id)
    assert not after.held and after.hold.released_at is not None
    assert after.next_deadline() is not None
    paused = after.hold.released_at - held_at
    for deadline in after.deadlines:
        assert deadline.due_at - before[deadline.id] == paused
    assert desk.held_ids() == set() and desk.held_alerts() == []
    with pytest.raises(InvalidEdit, match="not held"):
        desk.release(case.id)
    assert paused < timedelta(minutes=1)
