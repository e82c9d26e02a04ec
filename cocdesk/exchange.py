"""Cases as JSON: the schema, and an import checked before it is stored.

The export, plaintext on purpose and recorded in the audit log, is the desk's ``export_case_json``. An
import is all or nothing: a file that is not JSON, does not fit the case model, or answers questions
the procedure does not ask is refused with the field and the reason, and nothing of it is written.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from cocdesk.domain.case import Case, StepRecord
from cocdesk.procedure.loader import dotted, shown
from cocdesk.procedure.model import FieldKind, Procedure

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"

_EARLIEST = datetime.min.replace(tzinfo=UTC) + timedelta(days=1)
_LATEST = datetime.max.replace(tzinfo=UTC) - timedelta(days=1)
FAR_TIME = "this time is too near the calendar's ends (year 1 or 9999) to be shown in every time zone"


class CaseFileError(ValueError):
    """A case file that cannot be imported. ``str()`` is the one sentence to show."""

    def __init__(self, source: str, where: str, reason: str) -> None:
        self.source, self.where, self.reason = source, where, reason
        field = f"{shown(where, 80)}: " if where else ""
        message = f"{shown(source, 120)} cannot be imported: {field}{shown(reason, 180)}"
        super().__init__(f"{message}. Nothing was written.")


def case_schema() -> dict[str, Any]:
    """The JSON Schema that an exported case follows and an imported one must follow."""
    schema = Case.model_json_schema()
    # what ``case show --json`` adds beside each reported person, read again (and dropped) on import
    schema["$defs"]["Person"]["properties"]["suggested_matches"] = {
        "type": "array",
        "items": {"type": "string"},
        "title": "Suggested matches",
        "description": "The codes of other cases whose reported person may be this person.",
    }
    return {"$schema": SCHEMA_DIALECT, **schema}


def read_case_json(text: str | bytes, procedure: Procedure, source: str) -> Case:
    """The case in ``text`` with its answers in their stored form, or CaseFileError.

    Store it with ``Desk.import_case``, which gives it a new code where its code is taken.
    """
    try:
        case = Case.model_validate_json(text)
    except ValidationError as error:
        first = error.errors()[0]
        loc = tuple(first["loc"])
        raise CaseFileError(source, dotted(loc) if loc else "", _reason(first)) from None
    for loc, moment in _times(case):
        if not _showable(moment):
            raise CaseFileError(source, dotted(loc), FAR_TIME)
    steps: dict[str, StepRecord] = {}
    for step_id, record in case.steps.items():
        where = f"steps.{step_id}"
        try:
            step = procedure.step(step_id)
        except KeyError:
            raise CaseFileError(source, where, f"the procedure has no step '{step_id}'") from None
        items = {item.id for item in step.items}
        for item_id in record.checked:
            if item_id not in items:
                reason = f"'{item_id}' is not a checklist item of the step “{step.title}”"
                raise CaseFileError(source, f"{where}.checked", reason)
        values: dict[str, Any] = {}
        for field_id, value in record.values.items():
            try:
                stored = step.field(field_id).check(value)
            except KeyError:
                reason = f"the step “{step.title}” has no field '{field_id}'"
                raise CaseFileError(source, f"{where}.values.{field_id}", reason) from None
            except ValueError as error:
                raise CaseFileError(source, f"{where}.values.{field_id}", str(error)) from None
            if _far_answer(step.field(field_id).kind, stored):
                raise CaseFileError(source, f"{where}.values.{field_id}", FAR_TIME)
            if stored is not None:
                values[field_id] = stored
        steps[step_id] = record.model_copy(update={"values": values})
    return case.model_copy(update={"steps": steps})


def _far_answer(kind: FieldKind, stored: Any) -> bool:
    if kind != FieldKind.DATETIME or not isinstance(stored, str):
        return False
    return not _showable(datetime.fromisoformat(stored))


def _showable(moment: datetime) -> bool:
    """Whether the time can be shown in every time zone: near year 1 or 9999 the conversion overflows."""
    try:
        return _EARLIEST <= moment <= _LATEST
    except OverflowError:
        return False


def _times(
    model: BaseModel | list[Any] | dict[str, Any], at: tuple[int | str, ...] = ()
) -> Iterator[tuple[tuple[int | str, ...], datetime]]:
    """Every time in the case, with where it is."""
    items = (
        model
        if isinstance(model, BaseModel)
        else model.items()
        if isinstance(model, dict)
        else enumerate(model)
    )
    for key, value in items:
        if isinstance(value, datetime):
            yield (*at, key), value
        elif isinstance(value, BaseModel | list | dict):
            yield from _times(value, (*at, key))


_PLAIN_REASONS = {
    "missing": "this is required and missing",
    "extra_forbidden": "this is not a field of a case (a misspelling?)",
}


def _reason(error: ErrorDetails) -> str:
    if error["type"] == "json_invalid":
        return f"it is not valid JSON ({error['ctx']['error']})"
    if error["type"] == "model_type" and not error["loc"]:
        return "it should hold one case, as a JSON object"
    return _PLAIN_REASONS.get(error["type"]) or error["msg"].removeprefix("Value error, ")
