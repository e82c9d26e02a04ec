"""The questions a step asks: their kinds, and how an answer is checked before it is stored."""

from __future__ import annotations

import math
from datetime import datetime, tzinfo
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, model_validator

from cocdesk.domain.case import AnswerValue, Party
from cocdesk.domain.common import LONG_TEXT_MAX, SHORT_TEXT_MAX, Model, in_range
from cocdesk.domain.shown_time import past_problem
from cocdesk.procedure.located import LocatedError

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=40)]
Text = Annotated[str, StringConstraints(min_length=1, max_length=2000)]


class FieldKind(StrEnum):
    SHORT_TEXT = "short_text"
    LONG_TEXT = "long_text"
    CHOICE = "choice"
    MULTI_CHOICE = "multi_choice"
    YES_NO = "yes_no"
    DATETIME = "datetime"
    PERSON = "person"
    PEOPLE = "people"
    NUMBER = "number"


CHOICE_KINDS = (FieldKind.CHOICE, FieldKind.MULTI_CHOICE)
PARTY_KINDS = (FieldKind.PERSON, FieldKind.PEOPLE)


class FieldSpec(Model):
    """One question a step asks. Person fields record parties (kept apart in ``Case.people``)."""

    id: Slug
    label: Text
    kind: FieldKind
    help: str = ""
    required: bool = False
    choices: list[Text] = Field(default_factory=list)
    party: Party | None = None
    identifying: bool = False  # may identify someone: hidden from the Event Lead and the projector
    crisis: bool = False  # a yes/no whose "yes" fills the page with the event's crisis contacts
    room: Literal["lines", "page"] = "lines"  # on the blank form: a few ruled lines, or most of a page
    ahead: bool = False  # a datetime field about what is still to come; others record the past
    promise: bool = False  # its answer is something the team told the reporter: the shift handover lists it

    @model_validator(mode="after")
    def _kind_needs(self) -> FieldSpec:
        if self.kind in CHOICE_KINDS and len(self.choices) < 2:
            raise LocatedError(f"a {self.kind.value} field needs at least two choices", "choices")
        if self.kind not in CHOICE_KINDS and self.choices:
            raise LocatedError(f"only choice fields have choices, not {self.kind.value}", "choices")
        for index, choice in enumerate(self.choices):
            if choice in self.choices[:index]:
                raise LocatedError(f"the choice '{choice}' is listed twice", "choices", index)
        if self.kind in PARTY_KINDS and self.party is None:
            raise LocatedError("a person field says which party it records (reporter, reported or witness)")
        if self.kind not in PARTY_KINDS and self.party is not None:
            raise LocatedError("only person fields record a party", "party")
        if self.crisis and self.kind != FieldKind.YES_NO:
            raise LocatedError("only a yes/no field can call up the crisis contacts", "crisis")
        if self.room == "page" and self.kind != FieldKind.LONG_TEXT:
            raise LocatedError("only a long_text field can have a page of room", "room")
        if self.ahead and self.kind != FieldKind.DATETIME:
            raise LocatedError("only a datetime field can lie ahead", "ahead")
        if self.promise and self.kind in PARTY_KINDS:
            raise LocatedError("a person field records someone, not a promise to the reporter", "promise")
        return self

    def time_problem(self, moment: datetime, zone: tzinfo, now: datetime) -> str:
        """Why ``moment``, typed now, cannot be this field's answer ("" when it can): a time field
        records what already happened, so not later than now by more than a few minutes."""
        return "" if self.ahead else past_problem(moment, zone, now)

    def answer_problem(self, value: AnswerValue, zone: tzinfo, now: datetime) -> str:
        """The same for an answer as stored (ISO 8601 text); "" for anything that is not a time."""
        if self.kind != FieldKind.DATETIME or not isinstance(value, str):
            return ""
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return ""  # check() says what is wrong with it
        return self.time_problem(moment, zone, now) if moment.tzinfo else ""

    def check(self, value: AnswerValue) -> AnswerValue:
        """The value in its stored form, or ValueError with a sentence a responder understands.

        Nothing, blank text and an empty list all mean "not answered" and are stored as None.
        """
        if value is None or value == [] or (isinstance(value, str) and not value.strip()):
            return None
        kind = self.kind
        if kind in PARTY_KINDS:
            raise ValueError(f"'{self.label}' records people: add them as people of the case")
        if kind in (FieldKind.SHORT_TEXT, FieldKind.LONG_TEXT):
            limit = SHORT_TEXT_MAX if kind == FieldKind.SHORT_TEXT else LONG_TEXT_MAX
            if not isinstance(value, str):
                raise ValueError(f"'{self.label}' takes text")
            if len(value) > limit:
                raise ValueError(f"'{self.label}' is too long: at most {limit:,} characters")
            return value
        if kind == FieldKind.YES_NO:
            if not isinstance(value, bool):
                raise ValueError(f"'{self.label}' is answered yes or no")
            return value
        if kind == FieldKind.NUMBER:
            if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
                raise ValueError(f"'{self.label}' takes a number")
            return value
        if kind == FieldKind.CHOICE:
            if not isinstance(value, str) or value not in self.choices:
                raise ValueError(f"'{self.label}': choose one of {', '.join(self.choices)}")
            return value
        if kind == FieldKind.MULTI_CHOICE:
            if not isinstance(value, list) or any(v not in self.choices for v in value):
                raise ValueError(f"'{self.label}': choose from {', '.join(self.choices)}")
            return [c for c in self.choices if c in value]
        return _check_time(self.label, value)


def _check_time(label: str, value: AnswerValue) -> str:
    if not isinstance(value, str):
        raise ValueError(f"'{label}' takes a date and time")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"'{label}': '{value}' is not a date and time") from None
    if moment.tzinfo is None:
        raise ValueError(f"'{label}' needs its time zone")
    return in_range(moment).isoformat()
