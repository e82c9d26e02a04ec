"""What the transparency report counts: outcomes carried out, open cases apart, and small counts that
no printed total gives away."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from typing import Literal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from cocdesk.domain import Action, Case, CaseStatus, Decision, Event, Party, Person
from cocdesk.domain.case import LEFT_UNFINISHED, Communication
from cocdesk.flow.transparency import (
    AT_LEAST,
    FEWER,
    count,
    counted_as,
    figure,
    outcome,
    people_named,
    table,
)
from cocdesk.paper import transparency_figures
from cocdesk.procedure import default_procedure
from cocdesk.procedure.matrix import PublicOutcome as Outcome

AT = datetime(2026, 6, 4, 18, 0, tzinfo=UTC)
PROCEDURE = default_procedure()
LADDER = counted_as(PROCEDURE)


def case(
    status: CaseStatus = CaseStatus.CLOSED,
    decisions: tuple[tuple[Literal["now", "later"], str], ...] = (),
    done: bool = True,
    reported: tuple[str, ...] = (),
) -> Case:
    """A case with its decisions, each one for right now carried out by an action (done or not)."""
    decided = [Decision(horizon=h, text="Décidé par l'équipe", response=r) for h, r in decisions]
    return Case(
        received_at=AT - timedelta(days=1),
        status=status,
        decisions=decided,
        actions=[
            Action(text="Łukasz spoke to them", done_at=AT if done else None, carries_out=d.id)
            for d in decided
            if d.horizon == "now"
        ],
        people=[Person(party=Party.REPORTED, name=name) for name in reported],
    )


def test_a_ban_decided_for_later_is_not_a_ban_taken() -> None:
    removed_and_ban_later = case(decisions=(("now", "removal_from_event"), ("later", "ban_future_events")))
    assert outcome(removed_and_ban_later, LADDER) == Outcome.REMOVED
    assert outcome(case(decisions=(("now", "ban_future_events"),)), LADDER) == Outcome.BANNED


def test_an_action_never_carried_out_is_not_taken_but_a_finding_stands() -> None:
    assert outcome(case(decisions=(("now", "verbal_warning"),), done=False), LADDER) == Outcome.NO_ACTION
    assert outcome(case(decisions=(("now", "verbal_warning"),)), LADDER) == Outcome.WARNED
    assert (
        outcome(case(decisions=(("now", "not_a_violation"),), done=False), LADDER) == Outcome.NOT_A_VIOLATION
    )
    assert outcome(case(decisions=(("now", "out_of_scope"),), done=False), LADDER) == Outcome.OUT_OF_SCOPE
    assert outcome(case(decisions=(("now", "public_apology"),)), LADDER) == Outcome.OTHER


def test_only_the_decision_an_action_carries_out_is_taken() -> None:
    """A removal and a warning decided; only the warning's action done: warned. An action linked to
    nothing (a vault kept before actions were linked) takes nothing."""
    both = case(decisions=(("now", "verbal_warning"), ("now", "removal_from_event")))
    warning, removal = both.actions
    only_warned = both.model_copy(update={"actions": [warning, removal.model_copy(update={"done_at": None})]})
    assert outcome(only_warned, LADDER) == Outcome.WARNED
    unlinked = [a.model_copy(update={"carries_out": None}) for a in both.actions]
    assert outcome(both.model_copy(update={"actions": unlinked}), LADDER) == Outcome.NO_ACTION


def test_a_case_left_unfinished_is_counted_apart_even_when_something_was_done() -> None:
    note = Communication(kind="other", how=LEFT_UNFINISHED, summary="Зоя left before 李 could finish")
    left = case(decisions=(("now", "verbal_warning"),)).model_copy(update={"communications": [note]})
    assert left.left_unfinished and outcome(left, LADDER) is None
    counts = count([left] * 3 + [case(CaseStatus.RECEIVED, done=False)] * 3 + [case()] * 3, AT, PROCEDURE)
    values = {row.label: row.value for row in counts.outcomes.rows}
    assert values["Left unfinished"] == 3 and values["Still open"] == 3 and values["Warned"] == 0
    assert values["No action taken"] == 3


def test_drafts_and_open_cases_are_still_open_not_an_outcome() -> None:
    draft = case(CaseStatus.RECEIVED, done=False)
    decided = case(CaseStatus.ACTED, decisions=(("now", "removal_from_event"),))
    assert outcome(draft, LADDER) is None and outcome(decided, LADDER) is None
    counts = count([draft, decided, case(decisions=(("now", "verbal_warning"),))], AT, PROCEDURE)
    assert counts.received.value == 3 and counts.still_open == 2
    values = {row.label: row.value for row in counts.outcomes.rows}
    assert values["Removed from the event"] == 0 and values["Still open"] == 2 and values["Warned"] == 1


def test_people_named_are_distinct_people_in_any_script() -> None:
    cases = [
        case(reported=("Зоя Смирнова",)),
        case(reported=("зоя  смирнова", "李伟")),
        case(reported=("Łukasz Wiśniewski",)),
    ]
    assert people_named(cases) == 3


def test_people_named_counts_one_person_once_however_their_name_was_typed() -> None:
    typed = [
        ("Björn Ålstrøm", "Bjorn Alstrom", "Ålstrøm, Björn", "BJÖRN  ÅLSTRØM", "Bjoern Aalstroem"),
        ("Зоя Иванова", "Zoya Ivanova", "Zoja Iwanowa", "Иванова Зоя"),
        ("李明", "Li Ming", "Ming Li", "李 明"),
    ]
    for names in typed:
        counts = count([case(reported=(name,)) for name in names], AT, PROCEDURE)
        assert counts.people_named.value == 1, names
        assert counts.people_named.shown == FEWER
    everyone = [case(reported=names) for names in typed]
    assert people_named(everyone) == 3
    # different people stay apart: another surname, a first name alone, another given name
    others = ("Björn Ålstrøm", "Björn Nilsson", "Björn", "Зоя Смирнова", "李伟", "Li Wei Ming")
    assert people_named([case(reported=others)]) == len(others)


def test_the_event_size_is_optional_and_sane() -> None:
    assert Event(name="PyCon Ελλάδα", attendees=1_240).attendees == 1_240
    assert Event(name="PyCon Ελλάδα").attendees is None
    for wrong in (0, -5, 10_000_000):
        with pytest.raises(ValidationError):
            Event(name="PyCon Ελλάδα", attendees=wrong)


def possible(printed: list[str], total: int, *, listed: int = 0, still_open: int = -1) -> list[set[int]]:
    """Every value each printed count can have, given the others and the total, as a reader works it out;
    and given ``listed`` cases described one by one, when the count at ``still_open`` is what is still
    open: at least that many are finished."""
    domains = [
        range(1, 3) if p == FEWER else range(3, total + 1) if p == AT_LEAST else range(int(p), int(p) + 1)
        for p in printed
    ]
    found: list[set[int]] = [set() for _ in printed]
    for values in itertools.product(*domains):
        if sum(values) == total and (still_open < 0 or total - values[still_open] >= listed):
            for seen, value in zip(found, values, strict=True):
                seen.add(value)
    return found


def test_one_small_count_beside_a_shown_total_hides_a_larger_one_too() -> None:
    rows = table("By outcome", "Outcome", figure("Reports received", 5), [("Warned", 4), ("Banned", 1)]).rows
    assert [r.shown for r in rows] == [AT_LEAST, FEWER]
    two_ones = table("t", "t", figure("all", 7), [("a", 5), ("b", 1), ("c", 1)]).rows
    assert [r.shown for r in two_ones] == [AT_LEAST, FEWER, FEWER]


def test_a_total_below_three_is_not_broken_down() -> None:
    t = table("t", "t", figure("Reports received", 2), [("Warned", 1), ("Banned", 1)])
    assert t.total.shown == FEWER and t.rows == []


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=9), min_size=2, max_size=6))
def test_no_suppressed_count_can_be_worked_out_from_the_printed_ones(values: list[int]) -> None:
    total = figure("all", sum(values))
    t = table("t", "t", total, [(str(i), v) for i, v in enumerate(values)])
    if not t.rows:
        return
    printed = [r.shown for r in t.rows]
    for row, seen in zip(t.rows, possible(printed, total.value), strict=True):
        assert row.value in seen  # every printed range is true
        if row.suppressed:
            assert len(seen) >= 2, (printed, total.value)
        else:
            assert row.shown == str(row.value) and not 0 < row.value < 3


FINDINGS = {
    "open": (),
    "warned": ("verbal_warning",),
    "removed": ("removal_from_event",),
    "not_a_violation": ("not_a_violation",),
    "nothing": (),
}


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.integers(min_value=0, max_value=5), min_size=len(FINDINGS), max_size=len(FINDINGS)),
    st.integers(min_value=0, max_value=3),
)
def test_no_suppressed_count_can_be_worked_out_from_the_list_of_the_cases(
    found: list[int], untold: int
) -> None:
    """The report as a reader sees it: the outcomes, and the finished cases described one by one
    (``untold`` of them without a description), unlabelled."""
    cases = [
        case(
            CaseStatus.ACTED if what == "open" else CaseStatus.CLOSED,
            decisions=tuple(("now", rung) for rung in FINDINGS[what]),
        )
        for what, many in zip(FINDINGS, found, strict=True)
        for _ in range(many)
    ]
    cases = [
        c.model_copy(update={"public_summary": "" if n < untold else "The person was spoken to."})
        for n, c in enumerate(reversed(cases))
    ]
    figures = transparency_figures(PROCEDURE, None, cases)
    outcomes = figures.tables[0]
    described = figures.descriptions
    assert all(len(d) == 2 and d[1] == "The person was spoken to." for d in described)  # a day, no label
    if not outcomes.rows:
        assert described == []
        return
    printed = [r.shown for r in outcomes.rows]
    open_row = [r.label for r in outcomes.rows].index("Still open")
    seen = possible(printed, len(cases), listed=len(described), still_open=open_row)
    for row, values in zip(outcomes.rows, seen, strict=True):
        assert row.value in values
        if row.suppressed:
            assert len(values) >= 2, (printed, len(described), row.label)


def test_what_a_rung_counts_as_is_the_procedures_word_so_an_adapted_ladder_is_counted_truly() -> None:
    rungs = [r.model_copy(update={"id": f"local_{r.id}"}) for r in PROCEDURE.response_ladder]
    adapted = PROCEDURE.model_copy(update={"response_ladder": rungs})
    warned = case(decisions=(("now", "local_verbal_warning"),))
    assert outcome(warned, counted_as(adapted)) == Outcome.WARNED
    assert outcome(warned, LADDER) == Outcome.OTHER  # a rung the procedure no longer has


def test_the_team_can_record_each_finding_the_report_counts() -> None:
    findings = {r.counts_as for r in PROCEDURE.response_ladder}
    assert {Outcome.NOT_A_VIOLATION, Outcome.OUT_OF_SCOPE, Outcome.NO_ACTION} <= findings
