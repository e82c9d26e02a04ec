"""Building blocks shared by every model: strict base model, text limits, aware times."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, StringConstraints, ValidationError

SHORT_TEXT_MAX = 300
LONG_TEXT_MAX = 20_000


class Model(BaseModel):
    """Every model that crosses a boundary: unknown keys are refused, assignment is validated."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, str_strip_whitespace=True)


def _aware(value: datetime) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("a time needs its time zone (for example 2026-06-01T14:30:00+02:00)")
    return value


AwareDatetime = Annotated[datetime, AfterValidator(_aware)]
ShortText = Annotated[str, StringConstraints(max_length=SHORT_TEXT_MAX)]
LongText = Annotated[str, StringConstraints(max_length=LONG_TEXT_MAX)]
Name = Annotated[str, StringConstraints(min_length=1, max_length=120)]


def now() -> datetime:
    """The current time, aware, in UTC: every stored time is aware."""
    return datetime.now(UTC)


def explain(error: ValidationError) -> str:
    """The first problem of a validation error as one sentence a responder can act on."""
    first = error.errors()[0]
    message = str(first["msg"]).removeprefix("Value error, ")
    where = ".".join(str(part) for part in first["loc"] if not isinstance(part, int))
    return f"{where.replace('_', ' ')}: {message}" if where else message
