"""The vault's reads of the index of reported people (see ``cocdesk.vault.person_index``)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from cocdesk.vault import person_index
from cocdesk.vault.db import guarded
from cocdesk.vault.files import VaultFiles
from cocdesk.vault.person_index import Indexed


class PeopleIndex:
    """Mixed into ``Vault``, which supplies the connection."""

    files: VaultFiles
    _connection: Any

    @guarded
    def person_key_counts(self, keys: Sequence[str]) -> dict[str, int]:
        return person_index.key_counts(self._connection, keys)

    @guarded
    def person_holders(self, keys: Sequence[str]) -> list[tuple[str, str, str]]:
        return person_index.holders(self._connection, keys)

    @guarded
    def people_count(self) -> int:
        return person_index.people_count(self._connection)

    @guarded
    def indexed_people(self, pairs: Iterable[tuple[str, str]]) -> list[Indexed]:
        return person_index.indexed(self._connection, pairs)

    @guarded
    def people_by_codes(self, codes: Sequence[str]) -> list[Indexed]:
        return person_index.by_codes(self._connection, codes)

    @guarded
    def linked_people(self) -> list[Indexed]:
        return person_index.linked_people(self._connection)

    @guarded
    def held_case_ids(self) -> set[str]:
        """The cases held at their reporter's request (a hold not yet released)."""
        return person_index.held_ids(self._connection)

    @guarded
    def held_sharing(self, case_id: str, most: float) -> set[str]:
        """The held cases whose reported people share a key (one carried by at most ``most``
        people, or a name's) or a code with ``case_id``'s."""
        return person_index.held_sharing(self._connection, case_id, most)

    @guarded
    def case_code(self, case_id: str) -> str:
        row = self._connection.execute("SELECT code FROM cases WHERE id = ?", (case_id,)).fetchone()
        return str(row[0]) if row else ""
