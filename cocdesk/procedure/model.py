"""The response procedure as data: steps, fields, guidance, deadlines and the risk x impact matrix.

The wizard, the paper forms and the exports are all generated from one ``Procedure``, so they cannot
drift apart, and an event can adapt its procedure by editing a TOML file instead of code.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, model_validator

from cocdesk.domain.case import AnswerValue, Level, Party
from cocdesk.domain.common import LONG_TEXT_MAX, SHORT_TEXT_MAX, Model

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


class StepRole(StrEnum):
    RESPONDER = "responder"
    COC_TEAM = "coc_team"
    EVENT_LEAD = "event_lead"
    SAFETY_OFFICER = "safety_officer"

    @property
    def label(self) -> str:
        return {
            "responder": "Responder",
            "coc_team": "CoC team",
            "event_lead": "Event Lead Organiser",
            "safety_officer": "Safety and Diversity Officer",
        }[self.value]


class Part(StrEnum):
    """Steps whose record is one of the case's structured parts rather than free fields alone."""

    CONSENT = "consent"
    MEETING = "meeting"
    PLACEMENT = "placement"
    DECISION = "decision"
    AGREEMENT = "agreement"
    ACTIONS = "actions"
    TALK = "talk"
    INFORM_REPORTER = "inform_reporter"
    FILING = "filing"
    ANNOUNCEMENT = "announcement"


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

    @model_validator(mode="after")
    def _kind_needs(self) -> FieldSpec:
        if self.kind in CHOICE_KINDS and len(self.choices) < 2:
            raise ValueError(f"a {self.kind.value} field needs at least two choices")
        if self.kind not in CHOICE_KINDS and self.choices:
            raise ValueError(f"only choice fields have choices, not {self.kind.value}")
        if self.kind in PARTY_KINDS and self.party is None:
            raise ValueError("a person field says which party it records (reporter, reported or witness)")
        if self.kind not in PARTY_KINDS and self.party is not None:
            raise ValueError("only person fields record a party")
        return self

    def check(self, value: AnswerValue) -> AnswerValue:
        """The value in its stored form, or ValueError with a sentence a responder understands."""
        if value is None or value == "" or value == []:
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
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValueError(f"'{self.label}' takes a number")
            return value
        if kind == FieldKind.CHOICE:
            if value not in self.choices:
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
    return moment.isoformat()


class ChecklistItem(Model):
    id: Slug
    text: Text
    required: bool = False


class Guidance(Model):
    do: list[Text] = Field(default_factory=list)
    dont: list[Text] = Field(default_factory=list)
    say: list[Text] = Field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (self.do or self.dont or self.say)


class DeadlineRule(Model):
    """A time limit counted from when the report was received, met when a step is done."""

    id: Slug
    label: Text
    hours: float = Field(gt=0, le=24 * 60)
    anchor: Literal["received"] = "received"
    met_by_step: Slug


class Step(Model):
    id: Slug
    title: Text
    purpose: Text
    role: StepRole = StepRole.RESPONDER
    part: Part | None = None
    items: list[ChecklistItem] = Field(default_factory=list)
    fields: list[FieldSpec] = Field(default_factory=list)
    guidance: Guidance = Field(default_factory=Guidance)
    deadline: Slug | None = None  # the id of a DeadlineRule shown on this step

    @model_validator(mode="after")
    def _unique_ids(self) -> Step:
        _no_repeats("checklist item", [i.id for i in self.items])
        _no_repeats("field", [f.id for f in self.fields])
        return self

    def field(self, field_id: str) -> FieldSpec:
        for spec in self.fields:
            if spec.id == field_id:
                return spec
        raise KeyError(f"step '{self.id}' has no field '{field_id}'")


class Axis(Model):
    name: Text
    question: Text
    low: Text
    high: Text
    signs: list[Text] = Field(default_factory=list)  # questions that help a team place a case


class QuadrantSpec(Model):
    risk: Level
    impact: Level
    example: Text
    response: Text


class Matrix(Model):
    title: Text
    source: str = ""
    risk: Axis
    impact: Axis
    quadrants: list[QuadrantSpec]

    @model_validator(mode="after")
    def _four_quadrants(self) -> Matrix:
        seen = sorted((q.risk.value, q.impact.value) for q in self.quadrants)
        every = sorted((r.value, i.value) for r in Level for i in Level)
        if seen != every:
            raise ValueError("the matrix needs exactly one quadrant for each pair of risk and impact")
        return self

    def quadrant(self, risk: Level, impact: Level) -> QuadrantSpec:
        return next(q for q in self.quadrants if q.risk == risk and q.impact == impact)


class ResponseOption(Model):
    id: Slug
    label: Text
    description: str = ""


class Announcement(Model):
    template: Text
    guidance: list[Text] = Field(default_factory=list)
    banned_phrases: list[Text] = Field(default_factory=list)


class Procedure(Model):
    name: Text
    version: int = Field(ge=1)
    source: str = ""
    advice: list[Text] = Field(default_factory=list)
    steps: list[Step] = Field(min_length=1)
    deadlines: list[DeadlineRule] = Field(default_factory=list)
    matrix: Matrix
    response_ladder: list[ResponseOption] = Field(min_length=1)
    announcement: Announcement
    attendee_information: list[Text] = Field(default_factory=list)

    @model_validator(mode="after")
    def _references_hold(self) -> Procedure:
        step_ids = [s.id for s in self.steps]
        _no_repeats("step", step_ids)
        _no_repeats("deadline", [d.id for d in self.deadlines])
        _no_repeats("response", [r.id for r in self.response_ladder])
        deadline_ids = {d.id for d in self.deadlines}
        for rule in self.deadlines:
            if rule.met_by_step not in step_ids:
                raise ValueError(f"deadline '{rule.id}' is met by step '{rule.met_by_step}', which is not a step")
        for step in self.steps:
            if step.deadline and step.deadline not in deadline_ids:
                raise ValueError(f"step '{step.id}' shows deadline '{step.deadline}', which is not a deadline")
        return self

    def step(self, step_id: str) -> Step:
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(f"the procedure has no step '{step_id}'")

    def step_with_part(self, part: Part) -> Step | None:
        return next((s for s in self.steps if s.part == part), None)


def _no_repeats(what: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            raise ValueError(f"two {what}s have the id '{item}'")
        seen.add(item)
