"""The writes one desk act makes inside its single transaction.

The desk composes an act from these (a step's record, a part, the list columns, a note kept in the
meta table) and the vault runs them with the act's one audit entry, all committed together or not at
all.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from cocdesk.domain.case import Case
from cocdesk.vault import records


class CaseWrites:
    def __init__(self, connection: Any) -> None:
        self._db = connection

    def case(self, case_id: str) -> Case | None:
        """The case as stored at this point of the transaction."""
        return records.read_case(self._db, case_id)

    def create(self, case: Case) -> None:
        records.write_case(self._db, case)

    def step(self, case_id: str, step_id: str, done_at: datetime | None, done_by: str) -> None:
        self._db.execute(
            "INSERT INTO steps (case_id, step_id, done_at, done_by) VALUES (?,?,?,?) ON CONFLICT"
            " (case_id, step_id) DO UPDATE SET done_at = excluded.done_at, done_by = excluded.done_by",
            (case_id, step_id, done_at.isoformat() if done_at else None, done_by),
        )

    def part(self, case_id: str, name: str, value: object) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO case_parts (case_id, part, body) VALUES (?,?,?)",
            (case_id, name, records.dump_part(name, value)),
        )

    def header(self, case: Case) -> None:
        """The list columns and header of ``case``: its status, title, quadrant, next deadline."""
        records.refresh_index(self._db, case)

    def note(self, key: str, value: object | None) -> None:
        """A small record kept beside the cases (an act in progress); None removes it."""
        if value is None:
            self._db.execute("DELETE FROM meta WHERE key = ?", (key,))
        else:
            self._db.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, json.dumps(value))
            )
