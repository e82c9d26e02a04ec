"""Searching every case of a vault at once, for the case list's search box.

The search reads the stored JSON directly instead of building each case, a few hundred cases at a
time, so that memory stays flat however large the vault, and a window can index a vault a piece at a
time while the member works. What a role may not read is left out by the same rule that redacts a
case on screen (``cocdesk.domain.access``).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from typing import Any
from uuid import UUID

from cocdesk.domain.access import readable_text
from cocdesk.domain.event import Role
from cocdesk.vault.vault import Vault

CHUNK = 250


def case_ids(vault: Vault) -> list[str]:
    connection: Any = vault._connection
    return [] if connection is None else [row[0] for row in connection.execute("SELECT id FROM cases")]


def searchable_texts(
    vault: Vault, role: Role | None = None, ids: Sequence[str] | None = None
) -> dict[UUID, str]:
    """The readable words of each case (of ``ids``, or every case) for ``role`` (the signed-in
    member's by default), case-folded."""
    wanted = case_ids(vault) if ids is None else list(ids)
    texts: dict[UUID, str] = {}
    for start in range(0, len(wanted), CHUNK):
        texts.update(_texts(vault, role or vault.member.role, wanted[start : start + CHUNK]))
    return texts


def _texts(vault: Vault, role: Role, ids: list[str]) -> dict[UUID, str]:
    connection: Any = vault._connection
    if connection is None or not ids:
        return {}
    marks = ",".join("?" * len(ids))
    parts: dict[str, list[tuple[str, Any]]] = defaultdict(list)
    for case_id, name, body in connection.execute(
        f"SELECT case_id, part, body FROM case_parts WHERE case_id IN ({marks})", ids
    ):
        parts[case_id].append((name, json.loads(body)))
    answers: dict[str, list[tuple[str, str, Any]]] = defaultdict(list)
    for case_id, step_id, field_id, value in connection.execute(
        f"SELECT case_id, step_id, field_id, value FROM answers WHERE case_id IN ({marks})", ids
    ):
        answers[case_id].append((step_id, field_id, json.loads(value)))
    procedure = vault.procedure
    return {
        UUID(case_id): readable_text(
            role, procedure, json.loads(header), parts[case_id], answers[case_id]
        ).casefold()
        for case_id, header in connection.execute(f"SELECT id, header FROM cases WHERE id IN ({marks})", ids)
    }


def matches(text: str, query: str) -> bool:
    """Every word of the query appears somewhere in the text (both compared case-folded)."""
    return all(word in text for word in query.casefold().split())
