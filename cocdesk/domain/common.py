"""Building blocks shared by every model: strict base model, text and list limits, aware times."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sized
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Annotated, Any, Self, cast

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    GetCoreSchemaHandler,
    StringConstraints,
    ValidationError,
)
from pydantic_core import CoreSchema, PydanticCustomError, core_schema

from cocdesk.domain.text import BIDI_CONTROLS, MESSAGE_MAX, one_line, quoted

SHORT_TEXT_MAX = 300
LONG_TEXT_MAX = 20_000


TOO_MANY = "too_many"
"""The type of the validation error ``AtMost`` raises."""


@dataclass(frozen=True)
class AtMost:
    """How many items a list (or entries a mapping) may hold, and the sentence said when there are
    more: ``Annotated[list[Placement], AtMost(1000, "a case can have at most 1,000 placements")]``.

    The count is checked before any item is validated, so a file holding 200,000 of them is refused
    at once; the JSON Schema states it as ``maxItems``."""

    count: int
    sentence: str

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        schema = handler(source)
        if schema["type"] in ("list", "dict"):
            cast(dict[str, Any], schema)["max_length"] = self.count
        return core_schema.no_info_before_validator_function(self.check, schema)

    def check(self, value: Any) -> Any:
        if isinstance(value, Sized) and not isinstance(value, str) and len(value) > self.count:
            raise PydanticCustomError(TOO_MANY, self.sentence)
        return value


class Model(BaseModel):
    """Every model that crosses a boundary: unknown keys are refused, assignment is validated, and
    a copy keeps the list limits (``AtMost``) as validation does."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, str_strip_whitespace=True)

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """A copy with ``update`` applied; an update that passes a list's limit is refused with the
        same ValidationError (and sentence) as validating it would give."""
        limits = _limits(type(self))
        for name, value in (update or {}).items():
            limit = limits.get(name)
            if limit is not None:
                try:
                    limit.check(value)
                except PydanticCustomError as error:
                    details: Any = {"type": error, "loc": (name,), "input": value}
                    raise ValidationError.from_exception_data(type(self).__name__, [details]) from None
        return super().model_copy(update=update, deep=deep)


@cache
def _limits(model: type[BaseModel]) -> dict[str, AtMost]:
    return {
        name: limit
        for name, field in model.model_fields.items()
        for limit in field.metadata
        if isinstance(limit, AtMost)
    }


EARLIEST_YEAR, LATEST_YEAR = (
    1900,
    2200,
)  # a report's times; far enough apart, and far from the calendar's ends


def _aware(value: datetime) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("a time needs its time zone (for example 2026-06-01T14:30:00+02:00)")
    return in_range(value)


def in_range(value: datetime) -> datetime:
    """``value``, refused when it lies where no event is (and where time zones overflow)."""
    if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise ValueError(f"a time must fall between the years {EARLIEST_YEAR} and {LATEST_YEAR}")
    return value


# searched once per text saved or read: a pattern, not a loop over every character in Python
CONTROLS_IN_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
CONTROLS_IN_NAME = re.compile("[\x00-\x1f\x7f-\x9f" + "".join(sorted(BIDI_CONTROLS)) + "]")


def _no_controls_in_text(value: str) -> str:
    """Tabs and line breaks, as pasted text has them; no other control character (ESC, BEL, the C1
    controls), which would act on a terminal that shows the text."""
    if CONTROLS_IN_TEXT.search(value):
        raise ValueError("a text cannot hold control characters")
    return value


AwareDatetime = Annotated[datetime, AfterValidator(_aware)]
ShortText = Annotated[str, StringConstraints(max_length=SHORT_TEXT_MAX), AfterValidator(_no_controls_in_text)]
LongText = Annotated[str, StringConstraints(max_length=LONG_TEXT_MAX), AfterValidator(_no_controls_in_text)]


def _no_controls(value: str) -> str:
    if CONTROLS_IN_NAME.search(value):
        raise ValueError("a name cannot hold control characters or marks that reorder text")
    return value


Name = Annotated[str, StringConstraints(min_length=1, max_length=120), AfterValidator(_no_controls)]


def now() -> datetime:
    """The current time, aware, in UTC: every stored time is aware."""
    return datetime.now(UTC)


EXPLAINED_MAX = MESSAGE_MAX - 60
"""What ``explain`` may say, leaving room for the sentence a caller puts around it."""


def explain(error: ValidationError) -> str:
    """The first problem of a validation error as one sentence a responder can act on: escaped,
    one line, and short, whatever the input held."""
    first = error.errors(include_url=False, include_input=False)[0]
    kind = first["type"]
    where = ".".join(quoted(part) for part in first["loc"] if not isinstance(part, int))
    where = where.replace("_", " ")
    if kind == TOO_MANY:
        message = str(first["msg"])
    elif kind == "string_too_long":
        most = first.get("ctx", {}).get("max_length")
        message = f"{where or 'the text'} is too long: at most {most:,} characters"
    else:
        message = str(first["msg"]).removeprefix("Value error, ")
        message = f"{where}: {message}" if where else message
    return one_line(message, EXPLAINED_MAX)
