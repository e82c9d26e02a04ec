"""The risk x impact matrix that places a case, and the ladder of responses a team can choose from."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field, model_validator

from cocdesk.domain.case import Level
from cocdesk.domain.common import Model
from cocdesk.procedure.fields import Slug, Text
from cocdesk.procedure.located import LocatedError


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
    suggests: list[Slug] = Field(default_factory=list)  # ids of the response ladder's rungs it calls for


class Matrix(Model):
    title: Text
    source: str = ""
    risk: Axis
    impact: Axis
    quadrants: list[QuadrantSpec]

    @model_validator(mode="after")
    def _four_quadrants(self) -> Matrix:
        seen: set[tuple[Level, Level]] = set()
        for index, quadrant in enumerate(self.quadrants):
            pair = (quadrant.risk, quadrant.impact)
            where = f"{quadrant.risk.value} risk and {quadrant.impact.value} impact"
            if pair in seen:
                raise LocatedError(
                    f"a second quadrant for {where}: the matrix has exactly four, one for each pair",
                    "quadrants",
                    index,
                )
            seen.add(pair)
        missing = [f"{r.value} risk and {i.value} impact" for r in Level for i in Level if (r, i) not in seen]
        if missing:
            raise LocatedError(f"the matrix has no quadrant for {' or '.join(missing)}")
        return self

    def quadrant(self, risk: Level, impact: Level) -> QuadrantSpec:
        return next(q for q in self.quadrants if q.risk == risk and q.impact == impact)

    def name(self, risk: Level, impact: Level) -> str:
        """ "Low risk, high impact", in the procedure's own words for the axes: the one way a quadrant
        is named on screen, on paper and on the command line."""
        risk_words = self.risk.high if risk == Level.HIGH else self.risk.low
        impact_words = self.impact.high if impact == Level.HIGH else self.impact.low
        return f"{risk_words}, {impact_words[:1].lower()}{impact_words[1:]}"


class PublicOutcome(StrEnum):
    """How the public transparency report counts a response once it was carried out."""

    NOT_A_VIOLATION = "not_a_violation"
    OUT_OF_SCOPE = "out_of_scope"
    NO_ACTION = "no_action"
    WARNED = "warned"
    REMOVED = "removed"
    BANNED = "banned"
    OTHER = "other"


class ResponseOption(Model):
    id: Slug
    label: Text
    description: str = ""
    counts_as: PublicOutcome = PublicOutcome.OTHER
