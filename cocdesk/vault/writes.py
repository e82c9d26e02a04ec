"""The writes one desk act makes inside its single transaction.

The desk composes an act from these (a step's record, a part, the list columns, a note kept in the
meta table) and the vault runs them with the act's one audit entry, all committed together or not at
all.

Every write of a case's content takes the full value and, optionally, its withheld rendition (what a
member without the identity key may read; ``SAME`` by default). The ordinary tables always receive
the rendition; where the full value differs it is also sealed (see ``cocdesk.vault.sealed``). A
rendition of ``ABSENT`` leaves no plain row at all (an answer that identifies the reporter).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from cocdesk.domain.case import Case
from cocdesk.vault import evidence, person_index, records, sealed
from cocdesk.vault.errors import IdentityWithheld
from cocdesk.vault.sealed import ABSENT, SAME, Seal

UNSEALED = Seal(key=None, established=False)
_NOT_STORED = object()  # a piece written for the first time: nothing stored to compare with


class CaseWrites:
    def __init__(self, connection: Any, seal: Seal = UNSEALED) -> None:
        self._db = connection
        self._seal = seal

    def case(self, case_id: str, *, sealed: bool = True) -> Case | None:
        """The case as stored at this point of the transaction (the rendition when ``sealed`` is
        False or the member has no identity key)."""
        return records.read_case(self._db, case_id, unseal=self._seal if sealed else None)

    def create(self, case: Case, withheld_case: Case | None = None) -> None:
        """A whole case: the rendition in the ordinary tables, what differs from it sealed."""
        plain = self._plain_case(case, withheld_case)
        records.write_case(self._db, plain)
        if not self._seal.established:
            return
        case_id = str(case.id)
        self._db.execute("DELETE FROM sealed WHERE case_id = ?", (case_id,))
        if plain is case:
            return
        for step_id, record in case.steps.items():  # who completed a step is kept as written, as
            # ``step`` keeps it; a reader of the rendition reads it through the team's rule
            self._db.execute(
                "UPDATE steps SET done_by = ? WHERE case_id = ? AND step_id = ?",
                (record.done_by, case_id, step_id),
            )
        full_header, plain_header = _header_values(case), _header_values(plain)
        for field, value in full_header.items():
            self._decide(case_id, sealed.header_piece(field), value, plain_header[field], _NOT_STORED)
        for name in records.PARTS:
            full, shown = _part_value(name, getattr(case, name)), _part_value(name, getattr(plain, name))
            self._decide(case_id, sealed.part_piece(name), full, shown, _NOT_STORED)
        for step_id, record in case.steps.items():
            shown_values = plain.steps[step_id].values if step_id in plain.steps else {}
            for field_id, value in record.values.items():
                shown = shown_values.get(field_id, ABSENT)
                self._decide(case_id, sealed.answer_piece(step_id, field_id), value, shown, _NOT_STORED)

    def step(self, case_id: str, step_id: str, done_at: datetime | None, done_by: str) -> None:
        self._db.execute(
            "INSERT INTO steps (case_id, step_id, done_at, done_by) VALUES (?,?,?,?) ON CONFLICT"
            " (case_id, step_id) DO UPDATE SET done_at = excluded.done_at, done_by = excluded.done_by",
            (case_id, step_id, done_at.isoformat() if done_at else None, done_by),
        )

    def part(self, case_id: str, name: str, value: object, withheld: object = SAME) -> None:
        full = _part_value(name, value)
        shown = full if withheld is SAME else ABSENT if withheld is ABSENT else _part_value(name, withheld)
        stored: object = _NOT_STORED
        if self._seal.established and self._seal.key is None:
            row = self._db.execute(
                "SELECT body FROM case_parts WHERE case_id = ? AND part = ?", (case_id, name)
            ).fetchone()
            stored = json.loads(row[0]) if row else ABSENT
        plain = self._decide(case_id, sealed.part_piece(name), full, shown, stored)
        if plain is ABSENT:
            self._db.execute("DELETE FROM case_parts WHERE case_id = ? AND part = ?", (case_id, name))
        else:
            self._db.execute(
                "INSERT OR REPLACE INTO case_parts (case_id, part, body) VALUES (?,?,?)",
                (case_id, name, json.dumps(plain, ensure_ascii=False)),
            )
        if name == "hold" and plain is not ABSENT:
            person_index.write_hold(
                self._db, case_id, records.part_adapter(name).validate_python(plain).active
            )
        if name == "people":  # the index of reported people goes with them, in this transaction
            person_index.write_people(
                self._db, case_id, records.part_adapter(name).validate_python(plain or [])
            )

    def answer(
        self, case_id: str, step_id: str, field_id: str, value: object, withheld: object = SAME
    ) -> None:
        """One answer (None removes it, sealed piece too); the value is checked by the caller."""
        piece = sealed.answer_piece(step_id, field_id)
        key = (case_id, step_id, field_id)
        if value is None:
            if self._seal.established and self._seal.key is None and self._sealed_exists(case_id, piece):
                raise IdentityWithheld()
            self._db.execute("DELETE FROM answers WHERE case_id=? AND step_id=? AND field_id=?", key)
            if self._seal.established:
                sealed.drop(self._db, case_id, piece)
            return
        shown = value if withheld is SAME else withheld
        stored: object = _NOT_STORED
        if self._seal.established and self._seal.key is None:
            row = self._db.execute(
                "SELECT value FROM answers WHERE case_id=? AND step_id=? AND field_id=?", key
            ).fetchone()
            stored = json.loads(row[0]) if row else ABSENT
        plain = self._decide(case_id, piece, value, shown, stored)
        if plain is ABSENT:
            self._db.execute("DELETE FROM answers WHERE case_id=? AND step_id=? AND field_id=?", key)
        else:
            self._db.execute(
                "INSERT OR REPLACE INTO answers (case_id, step_id, field_id, value) VALUES (?,?,?,?)",
                (*key, json.dumps(plain)),
            )

    def header(self, case: Case, withheld_case: Case | None = None) -> None:
        """The list columns and header of ``case``: its status, title, quadrant, next deadline; the
        columns and header hold ``withheld_case`` (the rendition), what differs is sealed."""
        plain = self._plain_case(case, withheld_case)
        case_id = str(case.id)
        if self._seal.established:
            stored_header: dict[str, Any] = {}
            if self._seal.key is None:
                row = self._db.execute("SELECT header FROM cases WHERE id = ?", (case_id,)).fetchone()
                stored_header = json.loads(row[0]) if row else {}
            full_header, plain_header = _header_values(case), _header_values(plain)
            for field, value in full_header.items():
                stored = stored_header.get(field, ABSENT) if self._seal.key is None else _NOT_STORED
                self._decide(case_id, sealed.header_piece(field), value, plain_header[field], stored)
        records.refresh_index(self._db, plain)

    def index_people_again(self) -> int:
        """The index of reported people (and of held cases) made again from every case; how many."""
        people, hold = records.part_adapter("people"), records.part_adapter("hold")
        parts = list(person_index.parts_named(self._db, "people"))
        for case_id, stored in parts:
            person_index.write_people(self._db, case_id, people.validate_python(stored))
        for case_id, stored in person_index.parts_named(self._db, "hold"):
            person_index.write_hold(self._db, case_id, hold.validate_python(stored).active)
        return len(parts)

    def evidence(self, case_id: str, attachment_id: str, data: bytes | None) -> None:
        """An attached file, sealed under the identity key (see ``cocdesk.vault.evidence``); None
        deletes it."""
        if data is None:
            evidence.drop(self._db, case_id, attachment_id)
        else:
            evidence.put(self._db, self._seal, case_id, attachment_id, data)

    def note(self, key: str, value: object | None) -> None:
        """A small record kept beside the cases (an act in progress); None removes it."""
        if value is None:
            self._db.execute("DELETE FROM meta WHERE key = ?", (key,))
        else:
            self._db.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, json.dumps(value))
            )

    # how one piece is stored

    def _plain_case(self, case: Case, withheld_case: Case | None) -> Case:
        if withheld_case is None or not self._seal.established:
            return case
        return withheld_case

    def _decide(self, case_id: str, piece: str, full: Any, shown: Any, stored: object) -> Any:
        """The plain value to store for ``piece``, after sealing (or unsealing) the full value.

        A vault without an identity key yet keeps the full value in the clear. A member without the
        key may write only what they can read: a piece they leave as stored keeps its sealed value; a
        piece they change is theirs, unsealed."""
        if not self._seal.established:  # no sealed rows before the vault has an identity key
            return full
        differs = shown is ABSENT or shown != full
        if self._seal.key is None:
            if stored is not _NOT_STORED and shown == stored:
                return shown
            if differs:
                raise IdentityWithheld()
            sealed.drop(self._db, case_id, piece)
            return shown
        if differs:
            sealed.put(self._db, case_id, piece, self._seal.seal(case_id, piece, full))
        else:
            sealed.drop(self._db, case_id, piece)
        return shown

    def _sealed_exists(self, case_id: str, piece: str) -> bool:
        found = self._db.execute(
            "SELECT 1 FROM sealed WHERE case_id = ? AND piece = ?", (case_id, piece)
        ).fetchone()
        return found is not None


def _part_value(name: str, value: object) -> Any:
    """A part as JSON values (what is stored and compared)."""
    return json.loads(records.dump_part(name, value))


def _header_values(case: Case) -> dict[str, Any]:
    return dict(json.loads(case.model_dump_json(include=set(records.HEADER_FIELDS))))


__all__ = ["ABSENT", "SAME", "CaseWrites"]
