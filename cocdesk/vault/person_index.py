"""The index of reported people (schema migration 6), kept in the transaction of every write of a
case's people, so that the reports naming or describing someone are found among thousands at once.

It holds what the people part holds in the clear (the rendition): the reported person's code, their
name as every member may read it, the codes the team said are someone else, and their keys
(``cocdesk.vault.described``). Reporters and witnesses are not in it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from cocdesk.domain.case import Party, Person
from cocdesk.identity.described import keys_of
from cocdesk.identity.person_keys import NAME_KEY

QUERY_CHUNK = 400  # keys per query, well inside SQLite's limit on parameters


@dataclass(frozen=True)
class Indexed:
    """One reported person in the index, with the case that names them."""

    case_id: str
    person_id: str
    code: str
    name: str
    not_same: tuple[str, ...]
    case_code: str
    status: str
    received_at: str


def write_people(connection: Any, case_id: str, people: Iterable[Person]) -> None:
    """Index ``case_id``'s reported people as given (the rendition), replacing what was indexed. A
    database not yet at the schema that has the index (being migrated) is left as it is."""
    if not _has_index(connection):
        return
    connection.execute("DELETE FROM person_codes WHERE case_id = ?", (case_id,))
    connection.execute("DELETE FROM person_keys WHERE case_id = ?", (case_id,))
    for person in people:
        if person.party != Party.REPORTED:
            continue
        person_id = str(person.id)
        connection.execute(
            "INSERT OR REPLACE INTO person_codes (case_id, person_id, person_code, name, not_same)"
            " VALUES (?,?,?,?,?)",
            (case_id, person_id, person.person_code, person.name, json.dumps(list(person.not_same))),
        )
        connection.executemany(
            "INSERT OR IGNORE INTO person_keys (key, case_id, person_id) VALUES (?,?,?)",
            [(key, case_id, person_id) for key in sorted(keys_of(person.name, person.description))],
        )


def write_hold(connection: Any, case_id: str, held: bool) -> None:
    """Keep the list of held cases in step with a case's hold (see ``Hold.active``)."""
    if not _has_index(connection):
        return
    if held:
        connection.execute("INSERT OR IGNORE INTO held (case_id) VALUES (?)", (case_id,))
    else:
        connection.execute("DELETE FROM held WHERE case_id = ?", (case_id,))


def held_ids(connection: Any) -> set[str]:
    return {str(row[0]) for row in connection.execute("SELECT case_id FROM held")}


def held_sharing(connection: Any, case_id: str, most: float) -> set[str]:
    """The held cases (other than ``case_id``) whose reported people share a name key, a description
    key carried by at most ``most`` people (a commoner word matches no one), or a person code with
    ``case_id``'s: the only held cases a change of its people can bring into a match. A few indexed
    lookups, however many cases the vault holds."""
    keys = [
        str(row[0]) for row in connection.execute("SELECT key FROM person_keys WHERE case_id = ?", (case_id,))
    ]
    counts = key_counts(connection, [k for k in keys if not k.startswith(NAME_KEY)])
    wanted = [k for k in keys if k.startswith(NAME_KEY) or counts.get(k, 0) <= most]
    found: set[str] = set()
    for chunk in _chunks(wanted):
        marks = ",".join("?" * len(chunk))
        found.update(
            str(row[0])
            for row in connection.execute(
                "SELECT DISTINCT case_id FROM person_keys WHERE case_id IN (SELECT case_id FROM held)"
                f" AND case_id != ? AND key IN ({marks})",
                (case_id, *chunk),
            )
        )
    linked = connection.execute(
        "SELECT DISTINCT case_id FROM person_codes WHERE case_id IN (SELECT case_id FROM held)"
        " AND case_id != ?1 AND person_code IN (SELECT person_code FROM person_codes WHERE case_id = ?1)",
        (case_id,),
    )
    return found | {str(row[0]) for row in linked}


def _has_index(connection: Any) -> bool:
    found = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'person_keys'"
    ).fetchone()
    return found is not None


def parts_named(connection: Any, name: str) -> Iterable[tuple[str, Any]]:
    """Every case's part ``name`` as stored in the clear: what the index is built again from."""
    for case_id, body in connection.execute("SELECT case_id, body FROM case_parts WHERE part = ?", (name,)):
        yield case_id, json.loads(body)


def key_counts(connection: Any, keys: Sequence[str]) -> dict[str, int]:
    """How many indexed people carry each of ``keys`` (how common a word is among the reports)."""
    counts: dict[str, int] = {}
    for chunk in _chunks(keys):
        marks = ",".join("?" * len(chunk))
        for key, count in connection.execute(
            f"SELECT key, count(*) FROM person_keys WHERE key IN ({marks}) GROUP BY key", chunk
        ):
            counts[key] = count
    return counts


def holders(connection: Any, keys: Sequence[str]) -> list[tuple[str, str, str]]:
    """(key, case id, person id) for every indexed person carrying one of ``keys``."""
    rows: list[tuple[str, str, str]] = []
    for chunk in _chunks(keys):
        marks = ",".join("?" * len(chunk))
        rows.extend(
            connection.execute(
                f"SELECT key, case_id, person_id FROM person_keys WHERE key IN ({marks})", chunk
            )
        )
    return rows


def people_count(connection: Any) -> int:
    return int(connection.execute("SELECT count(*) FROM person_codes").fetchone()[0])


_INDEXED = (
    "SELECT p.case_id, p.person_id, p.person_code, p.name, p.not_same, c.code, c.status, c.received_at"
    " FROM person_codes p JOIN cases c ON c.id = p.case_id"
)


def indexed(connection: Any, pairs: Iterable[tuple[str, str]]) -> list[Indexed]:
    """The indexed people ``pairs`` (case id, person id) names."""
    found: list[Indexed] = []
    for case_id, person_id in pairs:
        row = connection.execute(
            _INDEXED + " WHERE p.case_id = ? AND p.person_id = ?", (case_id, person_id)
        ).fetchone()
        if row is not None:
            found.append(_row(row))
    return found


def by_codes(connection: Any, codes: Sequence[str]) -> list[Indexed]:
    """Every indexed person bearing one of ``codes`` (the reports a confirmed link joins)."""
    found: list[Indexed] = []
    for chunk in _chunks(codes):
        marks = ",".join("?" * len(chunk))
        found.extend(
            _row(row) for row in connection.execute(_INDEXED + f" WHERE p.person_code IN ({marks})", chunk)
        )
    return found


def linked_people(connection: Any) -> list[Indexed]:
    """The indexed people who share their code with someone in another report (a confirmed link)."""
    shared = (
        " WHERE p.person_code IN (SELECT person_code FROM person_codes GROUP BY person_code"
        " HAVING count(DISTINCT case_id) > 1)"
    )
    return [_row(row) for row in connection.execute(_INDEXED + shared)]


def _row(row: Sequence[Any]) -> Indexed:
    case_id, person_id, code, name, not_same, case_code, status, received_at = row
    return Indexed(
        case_id, person_id, code, name, tuple(json.loads(not_same)), case_code, status, received_at
    )


def _chunks(items: Sequence[str]) -> Iterable[list[str]]:
    unique = list(dict.fromkeys(items))
    for start in range(0, len(unique), QUERY_CHUNK):
        yield unique[start : start + QUERY_CHUNK]
