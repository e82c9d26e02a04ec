"""Reading and editing cases. Every edit is its own transaction with its own audit entry."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, TypeVar
from uuid import UUID, uuid4

from pydantic import ValidationError

from cocdesk.domain.case import AnswerValue, Case, CaseStatus, Deadline, new_code
from cocdesk.domain.common import explain, now
from cocdesk.domain.event import Event, Member
from cocdesk.domain.text import quoted
from cocdesk.procedure.model import Procedure
from cocdesk.vault import records
from cocdesk.vault.db import guarded
from cocdesk.vault.errors import InvalidEdit, VaultError
from cocdesk.vault.files import VaultFiles
from cocdesk.vault.records import CaseSummary
from cocdesk.vault.sealed import ABSENT, SAME, Seal, header_piece
from cocdesk.vault.writes import CaseWrites

T = TypeVar("T")
CaseRef = UUID | str
LISTED_SEALED = ("title", "handler")
"""The list columns that may hold a name (the title typed, the handler a member the case withholds)."""
EDITABLE_HEADER = ("title", "handler", "status", "paper_reference", "public_summary")


class CaseNotFound(VaultError):
    def __init__(self, ref: CaseRef) -> None:
        super().__init__(f"There is no case {quoted(str(ref))} in this vault.")


class CaseEditing:
    """The case half of a vault; ``Vault`` supplies the connection, the member and the audit log."""

    member: Member
    files: VaultFiles
    identity_key: bytes | None
    _identity_id: str | None
    _connection: Any

    @property
    def identity_established(self) -> bool:
        """Whether this vault seals identity (a vault made before sealing has no identity key yet)."""
        return self._identity_id is not None

    def _seal(self) -> Seal:
        established = self._identity_id is not None
        return Seal(key=self.identity_key if established else None, established=established)

    @property
    def procedure(self) -> Procedure:
        raise NotImplementedError

    @property
    def event(self) -> Event:
        raise NotImplementedError

    def _write(
        self, action: str, what: str, case_id: str | None, detail: dict[str, Any], body: Callable[[Any], T]
    ) -> T:
        raise NotImplementedError

    @guarded
    def list_cases(self, *, sealed: bool = True) -> list[CaseSummary]:
        """Every case's list row; with the identity key, each title and handler as written rather than
        withheld."""
        rows = records.list_cases(self._connection)
        seal = self._seal() if sealed else None
        if seal is None or seal.key is None:
            return rows
        opened: dict[str, dict[str, Any]] = {}
        for field in LISTED_SEALED:
            piece = header_piece(field)
            for case_id, body in self._connection.execute(
                "SELECT case_id, body FROM sealed WHERE piece = ?", (piece,)
            ):
                opened.setdefault(case_id, {})[field] = seal.open(case_id, piece, body)
        if not opened:
            return rows
        return [row.model_copy(update=opened[str(row.id)]) if str(row.id) in opened else row for row in rows]

    @guarded
    def resolve(self, ref: CaseRef) -> str:
        """The id of a case given its id or its code."""
        if isinstance(ref, UUID):
            return str(ref)
        found = self._connection.execute(
            "SELECT id FROM cases WHERE code = ? OR id = ?", (ref.strip().upper(), ref.strip())
        ).fetchone()
        if found is None:
            raise CaseNotFound(ref)
        return str(found[0])

    @guarded
    def answered(self, ref: CaseRef) -> dict[tuple[str, str], tuple[datetime, str]]:
        """When and by whom each of the case's answers was last given, by (step, field), from the
        audit log (an answer holds no time of its own)."""
        found: dict[tuple[str, str], tuple[datetime, str]] = {}
        rows = self._connection.execute(
            "SELECT at, member, detail FROM audit WHERE case_id = ? AND action = 'case.answer' ORDER BY seq",
            (self.resolve(ref),),
        )
        for at, member, detail in rows:
            said = json.loads(detail)
            step, field = said.get("step"), said.get("field")
            if isinstance(step, str) and isinstance(field, str):
                found[(step, field)] = (datetime.fromisoformat(at), member)
        return found

    @guarded
    def status_of(self, ref: CaseRef) -> tuple[str, CaseStatus]:
        """The id and status of a case given its id or its code: one indexed row, for every edit."""
        key = str(ref) if isinstance(ref, UUID) else ref.strip()
        found = self._connection.execute(
            "SELECT id, status FROM cases WHERE code = ? OR id = ?", (key.upper(), key)
        ).fetchone()
        if found is None:
            raise CaseNotFound(ref)
        return str(found[0]), CaseStatus(found[1])

    @guarded
    def case(self, ref: CaseRef, *, timeline: bool = True, sealed: bool = True) -> Case:
        """The case; without its timeline (read from the audit log) when a document does not need it.

        With the identity key, the full case (every sealed piece opened); without it, or with
        ``sealed=False``, the withheld rendition stored for members who may not see identity."""
        unseal = self._seal() if sealed else None
        case = records.read_case(self._connection, self.resolve(ref), timeline=timeline, unseal=unseal)
        if case is None:
            raise CaseNotFound(ref)
        return case

    @guarded
    def part(self, ref: CaseRef, name: str, *, sealed: bool = True) -> Any:
        """One part of a case (full with the identity key, else its rendition), read cheaply."""
        if name not in records.PARTS:
            raise InvalidEdit(f"a case has no part '{name}'")
        return records.read_part(self._connection, self.resolve(ref), name, self._seal() if sealed else None)

    def new_case(
        self,
        *,
        title: str = "",
        received_at: datetime | None = None,
        paper_reference: str = "",
        deadlines: list[Deadline] | None = None,
        withheld: Mapping[str, object] | None = None,
    ) -> Case:
        """A new case received by the signed-in member, with the deadlines the desk worked out;
        ``withheld`` gives the rendition of a header field that names someone (e.g. the title)."""
        received = received_at or now()
        case = _valid(
            lambda: Case(
                code=self._free_code(),
                title=title,
                received_at=received,
                received_by=self.member.name,
                handler=self.member.name,
                paper_reference=paper_reference,
                deadlines=deadlines or [],
            )
        )
        shown = _with_header(case, withheld) if withheld else None
        return self._store(case, shown, "Report received")

    def import_case(self, case: Case, withheld_case: Case | None = None, what: str = "Case imported") -> Case:
        """Store a case from outside (JSON); it gets a new code, or id, where one is taken here;
        ``what`` is the timeline's entry."""
        changes: dict[str, object] = {"timeline": []}
        if self._connection.execute("SELECT 1 FROM cases WHERE code = ?", (case.code,)).fetchone():
            changes["code"] = self._free_code()
        if self._connection.execute("SELECT 1 FROM cases WHERE id = ?", (str(case.id),)).fetchone():
            changes["id"] = uuid4()
        shown = withheld_case.model_copy(update=changes) if withheld_case is not None else None
        return self._store(case.model_copy(update=changes), shown, what)

    def _store(self, case: Case, withheld_case: Case | None, what: str) -> Case:
        seal = self._seal()
        self._write(
            "case.create", what, str(case.id), {}, lambda db: CaseWrites(db, seal).create(case, withheld_case)
        )
        return self.case(case.id)

    @guarded
    def _free_code(self) -> str:
        code = new_code()
        while self._connection.execute("SELECT 1 FROM cases WHERE code = ?", (code,)).fetchone():
            code = new_code()
        return code

    def set_answer(
        self, ref: CaseRef, step_id: str, field_id: str, value: AnswerValue, withheld: object = SAME
    ) -> None:
        """One answer: a plain row holding ``withheld`` (the value itself by default; ``ABSENT`` for
        none) and, when the value differs from it, one sealed row."""
        case_id = self.resolve(ref)
        try:
            spec = self.procedure.step(step_id).field(field_id)
            checked = spec.check(value)
        except (KeyError, ValueError) as error:
            raise InvalidEdit(str(error).strip("'\"")) from None

        seal = self._seal()

        def save(db: Any) -> None:
            CaseWrites(db, seal).answer(case_id, step_id, field_id, checked, withheld)

        detail = {"step": step_id, "field": field_id}
        self._write("case.answer", f"Answered “{spec.label}”", case_id, detail, save)

    def set_checked(self, ref: CaseRef, step_id: str, item_id: str, checked: bool) -> None:
        case_id = self.resolve(ref)
        try:
            item = next(i for i in self.procedure.step(step_id).items if i.id == item_id)
        except (KeyError, StopIteration):
            raise InvalidEdit(f"step '{step_id}' has no checklist item '{item_id}'") from None

        def save(db: Any) -> None:
            row = db.execute(
                "SELECT checked FROM steps WHERE case_id=? AND step_id=?", (case_id, step_id)
            ).fetchone()
            ticked = [i for i in (json.loads(row[0]) if row else []) if i != item_id]
            ticked += [item_id] if checked else []
            db.execute(
                "INSERT INTO steps (case_id, step_id, checked) VALUES (?,?,?) ON CONFLICT (case_id, step_id)"
                " DO UPDATE SET checked = excluded.checked",
                (case_id, step_id, json.dumps(ticked)),
            )

        what = f"{'Ticked' if checked else 'Unticked'} “{item.text}”"
        self._write("case.check", what, case_id, {"step": step_id, "item": item_id}, save)

    def set_part(
        self, ref: CaseRef, name: str, value: object, what: str = "", withheld: object = SAME
    ) -> None:
        """Replace one structured part of a case (people, consent, meeting, decisions, actions...)."""
        case_id = self.resolve(ref)
        if name not in records.PARTS:
            raise InvalidEdit(f"a case has no part '{name}'")
        try:
            valid = records.part_adapter(name).validate_python(value)
            shown = withheld
            if withheld is not SAME and withheld is not ABSENT:
                shown = records.part_adapter(name).validate_python(withheld)
        except ValidationError as error:
            raise InvalidEdit(explain(error)) from None
        seal = self._seal()

        def save(db: Any) -> None:
            CaseWrites(db, seal).part(case_id, name, valid, shown)
            if name in ("placements", "deadlines"):
                case = records.read_case(db, case_id)
                assert case is not None
                records.refresh_index(db, case)

        self._write("case.part", what or f"Changed the {name}", case_id, {"part": name}, save)

    def write(
        self,
        ref: CaseRef | None,
        action: str,
        what: str,
        body: Callable[[CaseWrites], T],
        **detail: object,
    ) -> T:
        """Run ``body``'s writes and one audit entry as one transaction (the desk's composed acts)."""
        case_id = self.resolve(ref) if ref is not None else None
        seal = self._seal()
        return self._write(action, what, case_id, dict(detail), lambda db: body(CaseWrites(db, seal)))

    def update_case(self, ref: CaseRef, withheld: Any = None, **changes: object) -> Case:
        """Change the case's title, handler, status, paper reference or public summary; ``withheld``
        (a mapping) gives the rendition of a changed field that names someone (the value itself
        otherwise). Typed ``Any`` so that callers may still pass ``**changes`` of plain objects."""
        if withheld is not None and not isinstance(withheld, Mapping):
            raise InvalidEdit("withheld must map a field to its rendition")
        unknown = set(changes) - set(EDITABLE_HEADER)
        if unknown:
            raise InvalidEdit(f"these cannot be changed here: {', '.join(sorted(unknown))}")
        case = self.case(ref)
        updated = _valid(lambda: Case.model_validate({**case.model_dump(), **changes}))
        plain = self.case(ref, sealed=False)
        shown = _valid(lambda: Case.model_validate({**plain.model_dump(), **changes, **(withheld or {})}))
        seal = self._seal()
        said = ", ".join(
            f"{k.replace('_', ' ')} to {changes[k]}" for k in changes if k in ("status", "handler")
        )
        what = f"Changed {said}" if said else f"Changed the {', '.join(k.replace('_', ' ') for k in changes)}"
        self._write(
            "case.update",
            what,
            str(case.id),
            {"fields": sorted(changes)},
            lambda db: CaseWrites(db, seal).header(updated, shown),
        )
        return updated


def _with_header(case: Case, withheld: Mapping[str, object]) -> Case:
    unknown = set(withheld) - set(records.HEADER_FIELDS)
    if unknown:
        raise InvalidEdit(f"these have no rendition: {', '.join(sorted(unknown))}")
    return _valid(lambda: Case.model_validate({**case.model_dump(), **withheld}))


def _valid(build: Callable[[], T]) -> T:
    try:
        return build()
    except ValidationError as error:
        raise InvalidEdit(explain(error)) from None
