"""The response procedure as data: steps, fields, guidance, deadlines and the risk x impact matrix.

The wizard, the paper forms and the exports are all generated from one ``Procedure``, so they cannot
drift apart, and an event can adapt its procedure by editing a TOML file instead of code.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, StringConstraints, model_validator
from pydantic_core import PydanticCustomError

from cocdesk.domain.case import MOST_ANSWERS, MOST_DEADLINES, MOST_STEPS
from cocdesk.domain.common import AtMost, Model
from cocdesk.procedure.fields import CHOICE_KINDS, PARTY_KINDS, FieldKind, FieldSpec, Slug, Text
from cocdesk.procedure.located import LocatedError, no_repeats
from cocdesk.procedure.matrix import Axis, Matrix, QuadrantSpec, ResponseOption

__all__ = [
    "CHOICE_KINDS",
    "PARTY_KINDS",
    "Announcement",
    "Axis",
    "ChecklistItem",
    "DeadlineRule",
    "FieldKind",
    "FieldSpec",
    "Guidance",
    "Matrix",
    "Part",
    "Procedure",
    "QuadrantSpec",
    "ResponseOption",
    "Step",
    "StepRole",
]


MOST_LINES = 100
"""The most entries of advice, guidance or attendee information one list of a procedure holds."""
MOST_ITEMS = MOST_ANSWERS
MOST_FIELDS = MOST_ANSWERS
MOST_RUNGS = 50
"""A procedure's limits stay within a case's (``cocdesk.domain.case``): a case records a step's
fields and ticks, and gets the procedure's deadlines, without passing its own."""


ID_RULE = (
    "an id is a lowercase letter followed by lowercase letters, digits or underscores,"
    " at most 40 characters (for example police_answer)"
)
_ID = re.compile(r"[a-z][a-z0-9_]{0,39}")


def _id(value: Any) -> Any:
    """Refuse an id that is not a slug with one sentence, before anything of it is echoed."""
    if isinstance(value, str) and not _ID.fullmatch(value):
        raise PydanticCustomError("procedure_id", ID_RULE)
    return value


Id = Annotated[Slug, BeforeValidator(_id)]
"""A step's, checklist item's or deadline's id: what a case and the wizard refer to it by."""


def _lines(where: str) -> AtMost:
    return AtMost(MOST_LINES, f"{where} can have at most {MOST_LINES} entries")


Lines = list[Text]
MOST_FIRST_MINUTE = 12
"""The most lines of first-minute coaching: they are printed on one panel of the pocket card."""
CardLine = Annotated[str, StringConstraints(min_length=1, max_length=240)]


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


class ChecklistItem(Model):
    id: Id
    text: Text
    required: bool = False


class Guidance(Model):
    do: Annotated[Lines, _lines("a step's guidance on what to do")] = Field(default_factory=list)
    dont: Annotated[Lines, _lines("a step's guidance on what not to do")] = Field(default_factory=list)
    say: Annotated[Lines, _lines("a step's guidance on what to say")] = Field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (self.do or self.dont or self.say)


class DeadlineRule(Model):
    """A time limit counted from when the report was received, met when a step is done."""

    id: Id
    label: Text
    hours: float = Field(gt=0, le=24 * 60)
    anchor: Literal["received"] = "received"
    met_by_step: Id


class Step(Model):
    id: Id
    title: Text
    purpose: Text
    role: StepRole = StepRole.RESPONDER
    part: Part | None = None
    items: Annotated[
        list[ChecklistItem], AtMost(MOST_ITEMS, f"a step can have at most {MOST_ITEMS} checklist items")
    ] = Field(default_factory=list)
    fields: Annotated[
        list[FieldSpec], AtMost(MOST_FIELDS, f"a step can ask at most {MOST_FIELDS} questions")
    ] = Field(default_factory=list)
    guidance: Guidance = Field(default_factory=Guidance)
    deadline: Id | None = None  # the id of a DeadlineRule shown on this step

    @model_validator(mode="after")
    def _unique_ids(self) -> Step:
        no_repeats("checklist item", [i.id for i in self.items], "items")
        no_repeats("field", [f.id for f in self.fields], "fields")
        return self

    @property
    def asks_danger(self) -> bool:
        """Whether the step asks if anyone is in danger: then its questions come before its checklist."""
        return any(spec.crisis for spec in self.fields)

    @property
    def key_item(self) -> str:
        """The one line that says what the step is for at a glance (the pocket card's): its first
        required checklist item, else its first item, else its first guidance, else its purpose."""
        for item in self.items:
            if item.required:
                return item.text
        if self.items:
            return self.items[0].text
        first = [*self.guidance.do, *self.guidance.dont]
        return first[0] if first else self.purpose

    def field(self, field_id: str) -> FieldSpec:
        for spec in self.fields:
            if spec.id == field_id:
                return spec
        raise KeyError(f"step '{self.id}' has no field '{field_id}'")


class Announcement(Model):
    template: Text
    approved_by: Literal["event_lead", "coc_lead", "responder"] = "event_lead"  # the role that approves
    guidance: Annotated[Lines, _lines("the announcement's guidance")] = Field(default_factory=list)
    banned_phrases: Annotated[Lines, _lines("the announcement's banned phrases")] = Field(
        default_factory=list
    )


class Procedure(Model):
    name: Text
    version: int = Field(ge=1)
    source: str = ""
    advice: Annotated[Lines, _lines("the procedure's advice")] = Field(default_factory=list)
    first_minute: Annotated[
        list[CardLine],
        AtMost(MOST_FIRST_MINUTE, f"the first minute's coaching can have at most {MOST_FIRST_MINUTE} lines"),
    ] = Field(default_factory=list)
    """What matters most in the first minute with a reporter, for the pocket card. None given: the
    first step's guidance stands in for it."""
    steps: Annotated[list[Step], AtMost(MOST_STEPS, f"a procedure can have at most {MOST_STEPS} steps")] = (
        Field(min_length=1)
    )
    deadlines: Annotated[
        list[DeadlineRule],
        AtMost(MOST_DEADLINES, f"a procedure can have at most {MOST_DEADLINES} deadlines"),
    ] = Field(default_factory=list)
    matrix: Matrix
    response_ladder: Annotated[
        list[ResponseOption], AtMost(MOST_RUNGS, f"the response ladder can have at most {MOST_RUNGS} rungs")
    ] = Field(min_length=1)
    announcement: Announcement
    attendee_information: Annotated[Lines, _lines("the attendee information")] = Field(default_factory=list)

    @model_validator(mode="after")
    def _references_hold(self) -> Procedure:
        step_ids = [s.id for s in self.steps]
        no_repeats("step", step_ids, "steps")
        no_repeats("deadline", [d.id for d in self.deadlines], "deadlines")
        no_repeats("response", [r.id for r in self.response_ladder], "response_ladder")
        for index, rule in enumerate(self.deadlines):
            if rule.met_by_step not in step_ids:
                message = f"deadline '{rule.id}' is met by step '{rule.met_by_step}', which is not a step"
                raise LocatedError(message, "deadlines", index, "met_by_step")
        deadline_ids = {d.id for d in self.deadlines}
        for index, step in enumerate(self.steps):
            if step.deadline and step.deadline not in deadline_ids:
                message = f"step '{step.id}' shows deadline '{step.deadline}', which is not a deadline"
                raise LocatedError(message, "steps", index, "deadline")
        self._one_step_per_part()
        self._quadrants_suggest_rungs()
        return self

    def _one_step_per_part(self) -> None:
        parts = [s.part.value if s.part else "" for s in self.steps]
        for index, part in enumerate(parts):
            if part and part in parts[:index]:
                raise LocatedError(f"two steps record the part '{part}'", "steps", index, "part")

    def _quadrants_suggest_rungs(self) -> None:
        rungs = {r.id for r in self.response_ladder}
        for index, quadrant in enumerate(self.matrix.quadrants):
            for rung in quadrant.suggests:
                if rung not in rungs:
                    message = f"a quadrant suggests '{rung}', which is not on the response ladder"
                    raise LocatedError(message, "matrix", "quadrants", index, "suggests")

    @property
    def first_minute_coaching(self) -> list[str]:
        """The pocket card's coaching: the procedure's own, or its first step's guidance."""
        if self.first_minute:
            return list(self.first_minute)
        first = self.steps[0].guidance
        return [*first.do, *first.dont][:MOST_FIRST_MINUTE]

    def step(self, step_id: str) -> Step:
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(f"the procedure has no step '{step_id}'")

    def step_with_part(self, part: Part) -> Step | None:
        return next((s for s in self.steps if s.part == part), None)
