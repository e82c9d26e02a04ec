"""Each kind of field takes the answers that fit it and refuses the rest with a sentence a responder reads."""

from __future__ import annotations

import math
from typing import Any

import pytest
from pydantic import ValidationError

from cocdesk.domain.case import AnswerValue, Party
from cocdesk.domain.common import LONG_TEXT_MAX, SHORT_TEXT_MAX
from cocdesk.procedure import FieldKind, FieldSpec, default_procedure

NAMES = ["Łukasz Wróbel", "Зоя Петрова", "李小龍", "Ελένη Παπαδοπούλου", "Siobhán Ó Conaill", "محمد"]


def spec(kind: FieldKind, label: str = "Answer", **extra: Any) -> FieldSpec:
    return FieldSpec.model_validate({"id": "answer", "label": label, "kind": kind, **extra})


def refused(field: FieldSpec, value: AnswerValue) -> str:
    with pytest.raises(ValueError) as caught:
        field.check(value)
    return str(caught.value)


@pytest.mark.parametrize("name", NAMES)
def test_names_in_any_script_pass_through_text_fields_intact(name: str) -> None:
    for kind in (FieldKind.SHORT_TEXT, FieldKind.LONG_TEXT):
        assert spec(kind).check(name) == name
    story = f"{name} said: «stop». Then 👋 and left.\nSecond line."
    assert spec(FieldKind.LONG_TEXT).check(story) == story


def test_text_fields_refuse_what_is_not_text_or_too_long() -> None:
    short = spec(FieldKind.SHORT_TEXT, "Where it happened")
    assert short.check("Ł" * SHORT_TEXT_MAX) == "Ł" * SHORT_TEXT_MAX
    too_long = refused(short, "Ł" * (SHORT_TEXT_MAX + 1))
    assert too_long == "'Where it happened' is too long: at most 300 characters"
    assert refused(short, 42) == "'Where it happened' takes text"
    long = spec(FieldKind.LONG_TEXT, "What happened")
    assert "at most 20,000 characters" in refused(long, "李" * (LONG_TEXT_MAX + 1))


@pytest.mark.parametrize("kind", list(FieldKind))
def test_nothing_typed_is_no_answer(kind: FieldKind) -> None:
    extra: dict[str, Any] = {}
    if kind in (FieldKind.CHOICE, FieldKind.MULTI_CHOICE):
        extra = {"choices": ["Yes", "No"]}
    if kind in (FieldKind.PERSON, FieldKind.PEOPLE):
        extra = {"party": "witness"}
    field = spec(kind, **extra)
    blanks: list[AnswerValue] = [None, "", "   \n", []]
    for blank in blanks:
        assert field.check(blank) is None


def test_yes_no_takes_only_yes_or_no() -> None:
    danger = spec(FieldKind.YES_NO, "Is anyone in immediate danger?")
    assert danger.check(True) is True
    assert danger.check(False) is False
    for wrong in ("yes", 1, ["Yes"]):
        assert refused(danger, wrong) == "'Is anyone in immediate danger?' is answered yes or no"


def test_numbers_take_numbers_only() -> None:
    count = spec(FieldKind.NUMBER, "People present")
    assert count.check(5) == 5
    assert count.check(0) == 0
    assert count.check(2.5) == 2.5
    for wrong in (True, "five", math.nan, math.inf):
        assert refused(count, wrong) == "'People present' takes a number"


def test_a_choice_is_one_of_its_choices() -> None:
    ongoing = default_procedure().step("gather").field("ongoing")
    assert ongoing.check("Not sure") == "Not sure"
    message = "'Is it still going on?': choose one of Yes, No, Not sure"
    assert refused(ongoing, "Maybe") == message
    assert refused(ongoing, ["Yes"]) == message
    assert refused(ongoing, True) == message


def test_a_multi_choice_keeps_the_procedures_order_once() -> None:
    called = default_procedure().step("safety").field("crisis_call_to")
    assert called.check(["Police", "Venue security", "Police"]) == ["Venue security", "Police"]
    unknown = refused(called, ["Police", "Ghostbusters"])
    assert unknown.startswith("'Who was called': choose from Venue security")
    assert "choose from" in refused(called, "Police")


def test_a_date_and_time_needs_its_time_zone() -> None:
    when = spec(FieldKind.DATETIME, "When it happened")
    assert when.check("2026-06-01T14:30:00+02:00") == "2026-06-01T14:30:00+02:00"
    assert when.check("2026-06-01 14:30Z") == "2026-06-01T14:30:00+00:00"
    assert refused(when, "2026-06-01T14:30") == "'When it happened' needs its time zone"
    vague = refused(when, "yesterday evening")
    assert vague == "'When it happened': 'yesterday evening' is not a date and time"
    assert refused(when, 1717245000) == "'When it happened' takes a date and time"


def test_person_fields_take_people_not_text() -> None:
    reporter = default_procedure().step("gather").field("reporter")
    assert refused(reporter, "Łukasz") == "'The reporter' records people: add them as people of the case"


@pytest.mark.parametrize(
    ("definition", "reason"),
    [
        ({"kind": "choice", "choices": ["Yes"]}, "a choice field needs at least two choices"),
        ({"kind": "multi_choice"}, "a multi_choice field needs at least two choices"),
        ({"kind": "short_text", "choices": ["A", "B"]}, "only choice fields have choices"),
        ({"kind": "choice", "choices": ["Tak", "Nie", "Tak"]}, "the choice 'Tak' is listed twice"),
        ({"kind": "people"}, "a person field says which party it records"),
        ({"kind": "long_text", "party": Party.REPORTER}, "only person fields record a party"),
        ({"kind": "short_text", "id": "Where"}, "String should match pattern"),
    ],
)
def test_a_field_that_cannot_work_is_refused(definition: dict[str, object], reason: str) -> None:
    with pytest.raises(ValidationError) as caught:
        FieldSpec.model_validate({"id": "answer", "label": "Answer", **definition})
    assert reason in str(caught.value)
