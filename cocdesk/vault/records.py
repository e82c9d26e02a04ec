"""How a case is laid out in the database: a header row, one row per part, answer and step.

Answers have a row each so that saving one keystroke's change rewrites one small row.
"""

from __future__ import annotations

import json
from datetime import datetime
from functools import cache
from typing import Annotated, Any
from uuid import UUID

from pydantic import TypeAdapter

from cocdesk.domain.case import CASE_PARTS, Case, CaseStatus, Level
from cocdesk.domain.common import Model
from cocdesk.domain.countdown import is_overdue
from cocdesk.vault import person_index, sealed
from cocdesk.vault.sealed import Seal

HEADER_FIELDS = (
    "code",
    "title",
    "received_at",
    "received_by",
    "handler",
    "status",
    "paper_reference",
    "public_summary",
)
PARTS = CASE_PARTS
TIMELINE_MERGE_SECONDS = 600


class CaseSummary(Model):
    """A row of the case list: enough to sort, filter and count, and no names."""

    id: UUID
    code: str
    status: CaseStatus
    received_at: datetime
    risk: Level | None = None
    impact: Level | None = None
    next_due: datetime | None = None
    handler: str = ""
    title: str = ""

    @property
    def quadrant(self) -> tuple[Level, Level] | None:
        return (self.risk, self.impact) if self.risk and self.impact else None

    def overdue(self, at: datetime) -> bool:
        """An open case whose next deadline has passed: the one definition every screen uses."""
        return self.status.is_open and self.next_due is not None and is_overdue(self.next_due, at)


@cache
def part_adapter(name: str) -> TypeAdapter[Any]:
    if name not in PARTS:
        raise KeyError(f"a case has no part '{name}'")
    field = Case.model_fields[name]
    assert field.annotation is not None
    if not field.metadata:
        return TypeAdapter(field.annotation)
    limited: Any = Annotated[field.annotation, *field.metadata]  # the part's limits go with it
    return TypeAdapter(limited)


def dump_part(name: str, value: object) -> str:
    return part_adapter(name).dump_json(value).decode("utf-8")


def index_columns(case: Case) -> tuple[Any, ...]:
    quadrant = case.quadrant
    due = case.next_deadline()
    return (
        case.code,
        case.status.value,
        case.received_at.isoformat(),
        quadrant[0].value if quadrant else None,
        quadrant[1].value if quadrant else None,
        due.due_at.isoformat() if due else None,
        case.handler,
        case.title,
    )


def write_case(connection: Any, case: Case) -> None:
    case_id = str(case.id)
    header = case.model_dump_json(include=set(HEADER_FIELDS))
    # an upsert, never INSERT OR REPLACE: replacing the row would delete it first, and with it (ON DELETE
    # CASCADE) what is kept beside the case and not written here, such as its evidence
    connection.execute(
        "INSERT INTO cases (id, code, status, received_at, risk, impact, next_due, handler, title, header)"
        " VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET code=excluded.code,"
        " status=excluded.status, received_at=excluded.received_at, risk=excluded.risk,"
        " impact=excluded.impact, next_due=excluded.next_due, handler=excluded.handler,"
        " title=excluded.title, header=excluded.header",
        (case_id, *index_columns(case), header),
    )
    for table in ("case_parts", "answers", "steps"):
        connection.execute(f"DELETE FROM {table} WHERE case_id = ?", (case_id,))
    connection.executemany(
        "INSERT INTO case_parts (case_id, part, body) VALUES (?,?,?)",
        [(case_id, name, dump_part(name, getattr(case, name))) for name in PARTS],
    )
    person_index.write_people(connection, case_id, case.people)
    person_index.write_hold(connection, case_id, case.hold.active)
    for step_id, record in case.steps.items():
        connection.executemany(
            "INSERT INTO answers (case_id, step_id, field_id, value) VALUES (?,?,?,?)",
            [(case_id, step_id, field_id, json.dumps(value)) for field_id, value in record.values.items()],
        )
        connection.execute(
            "INSERT INTO steps (case_id, step_id, checked, done_at, done_by) VALUES (?,?,?,?,?)",
            (
                case_id,
                step_id,
                json.dumps(record.checked),
                record.done_at.isoformat() if record.done_at else None,
                record.done_by,
            ),
        )


def refresh_index(connection: Any, case: Case) -> None:
    """Keep the list columns in step with a case whose parts just changed."""
    connection.execute(
        "UPDATE cases SET code=?, status=?, received_at=?, risk=?, impact=?, next_due=?, handler=?, title=?,"
        " header=? WHERE id=?",
        (*index_columns(case), case.model_dump_json(include=set(HEADER_FIELDS)), str(case.id)),
    )


def read_case(
    connection: Any, case_id: str, *, timeline: bool = True, unseal: Seal | None = None
) -> Case | None:
    """The case as stored: the rendition every member may read, overlaid with every sealed piece when
    ``unseal`` holds the identity key."""
    row = connection.execute("SELECT header FROM cases WHERE id = ?", (case_id,)).fetchone()
    if row is None:
        return None
    data: dict[str, Any] = json.loads(row[0])
    data["id"] = case_id
    for name, body in connection.execute("SELECT part, body FROM case_parts WHERE case_id = ?", (case_id,)):
        data[name] = json.loads(body)
    steps: dict[str, dict[str, Any]] = {}
    for step_id, checked, done_at, done_by in connection.execute(
        "SELECT step_id, checked, done_at, done_by FROM steps WHERE case_id = ?", (case_id,)
    ):
        steps[step_id] = {
            "checked": json.loads(checked),
            "done_at": done_at,
            "done_by": done_by,
            "values": {},
        }
    for step_id, field_id, value in connection.execute(
        "SELECT step_id, field_id, value FROM answers WHERE case_id = ?", (case_id,)
    ):
        steps.setdefault(step_id, {"values": {}})["values"][field_id] = json.loads(value)
    if unseal is not None and unseal.key is not None:
        for piece, body in sealed.sealed_rows(connection, case_id):
            _overlay(data, steps, piece, unseal.open(case_id, piece, body))
    data["steps"] = steps
    data["timeline"] = read_timeline(connection, case_id, data) if timeline else []
    return Case.model_validate(data)


def _overlay(data: dict[str, Any], steps: dict[str, dict[str, Any]], piece: str, value: Any) -> None:
    kind, _, name = piece.partition(":")
    if kind in ("part", "header"):
        data[name] = value
    elif kind == "answer":
        step_id, _, field_id = name.partition(":")
        steps.setdefault(step_id, {"values": {}})["values"][field_id] = value
    else:
        raise ValueError(f"a sealed piece of unknown kind: {kind}")


def read_part(connection: Any, case_id: str, name: str, unseal: Seal | None = None) -> Any:
    """One part of a case (its sealed value when ``unseal`` holds the identity key), validated."""
    body: Any = None
    if unseal is not None and unseal.key is not None:
        row = connection.execute(
            "SELECT body FROM sealed WHERE case_id = ? AND piece = ?", (case_id, sealed.part_piece(name))
        ).fetchone()
        if row is not None:
            return part_adapter(name).validate_python(unseal.open(case_id, sealed.part_piece(name), row[0]))
    row = connection.execute(
        "SELECT body FROM case_parts WHERE case_id = ? AND part = ?", (case_id, name)
    ).fetchone()
    if row is not None:
        body = row[0]
        return part_adapter(name).validate_json(body)
    return Case.model_fields[name].get_default(call_default_factory=True)


REASON_PART = "reason_in"
REASON_AT = "reason_at"
"""An audit entry's link to the part that keeps its reason: the part's name and the item's ``at``.
The log itself holds no typed word (a name typed before its person was recorded could never be
withheld from it); the reason is read from the part, as the reader may read it, when the timeline is."""
REASON_FIELDS = {"placements": "rationale", "communications": "summary", "attachments": "reason"}


def read_timeline(connection: Any, case_id: str, parts: dict[str, Any] | None = None) -> list[dict[str, str]]:
    """The case's audit entries, oldest first; a run of the same edit by the same member is one entry.
    An entry linked to a placement or a note (see ``REASON_PART``) ends with that item's reason as
    ``parts`` (the case's parts as the reader reads them) hold it."""
    entries: list[dict[str, str]] = []
    last_at: datetime | None = None
    for at, member, detail in connection.execute(
        "SELECT at, member, detail FROM audit WHERE case_id = ? ORDER BY seq", (case_id,)
    ):
        said = json.loads(detail)
        what = said.get("what", "")
        reason = _reason(said, parts) if parts is not None else ""
        if reason:
            what = f"{what}: {reason}"
        moment = datetime.fromisoformat(at)
        if (
            entries
            and last_at is not None
            and entries[-1]["who"] == member
            and entries[-1]["what"] == what
            and (moment - last_at).total_seconds() < TIMELINE_MERGE_SECONDS
        ):
            entries[-1]["at"] = at
        else:
            entries.append({"at": at, "who": member, "what": what})
        last_at = moment
    return entries


def _reason(detail: dict[str, Any], parts: dict[str, Any]) -> str:
    """The reason of the item an audit entry links to; empty when it is gone (taken back)."""
    part, stamp = detail.get(REASON_PART), detail.get(REASON_AT)
    if not isinstance(part, str) or part not in REASON_FIELDS or not isinstance(stamp, str):
        return ""
    field = REASON_FIELDS[part]
    try:
        wanted = datetime.fromisoformat(stamp)
    except ValueError:
        return ""
    for item in parts.get(part) or []:
        at = item.get("at") if isinstance(item, dict) else None
        if isinstance(at, str) and _same_moment(at, wanted):
            return str(item.get(field, ""))
    return ""


def _same_moment(text: str, wanted: datetime) -> bool:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")) == wanted
    except ValueError:
        return False


def list_cases(connection: Any) -> list[CaseSummary]:
    rows = connection.execute(
        "SELECT id, code, status, received_at, risk, impact, next_due, handler, title FROM cases"
        " ORDER BY received_at DESC"
    ).fetchall()
    return [
        CaseSummary.model_construct(
            id=UUID(row[0]),
            code=row[1],
            status=CaseStatus(row[2]),
            received_at=datetime.fromisoformat(row[3]),
            risk=Level(row[4]) if row[4] else None,
            impact=Level(row[5]) if row[5] else None,
            next_due=datetime.fromisoformat(row[6]) if row[6] else None,
            handler=row[7],
            title=row[8],
        )
        for row in rows
    ]
