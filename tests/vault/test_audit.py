"""The audit log is a hash chain: any edited, removed, reordered or cut entry is named by ``verify``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from cocdesk.desk import Desk
from cocdesk.domain import Level, Party, Person, Role
from cocdesk.vault import Vault
from tests.vault.conftest import ZOYA, ZOYA_PASSPHRASE, open_as, raw_connection


@pytest.fixture
def busy_vault(vault: Vault) -> Vault:
    """A vault with a dozen entries of every kind: create, add member, answers, parts, placement, a
    completed step, an export; written through the desk as the station writes them."""
    desk = Desk(vault)
    desk.add_member(ZOYA, Role.RESPONDER, ZOYA_PASSPHRASE)
    case = desk.take_report(title="Hallway, day two")
    desk.answer(case.id, "gather", "what_happened", "Ελένη was followed to the 李 stand")
    desk.answer(case.id, "gather", "in_danger", False)
    desk.tick(case.id, "gather", "believe", True)
    desk.set_part(case.id, "people", [Person(party=Party.REPORTER, name="Ελένη")])
    desk.place(case.id, Level.HIGH, Level.LOW, "It happened twice")
    desk.complete_step(case.id, "act")
    desk.update_case(case.id, title="Hallway, day two (followed)")
    desk.record_delivery("case.export", "Exported the case as PDF", str(case.id), sha256="0" * 64)
    return vault


def entries(vault: Vault) -> int:
    connection = raw_connection(vault.files.database)
    try:
        return int(connection.execute("SELECT max(seq) FROM audit").fetchone()[0])
    finally:
        connection.close()


def tamper(vault: Vault, *statements: str, parameters: tuple[Any, ...] = ()) -> None:
    """Change the log behind the vault's back, as someone with the database key and a SQL shell could."""
    connection = raw_connection(vault.files.database)
    try:
        for statement in statements:
            connection.execute(statement, parameters if "?" in statement else ())
    finally:
        connection.close()


def test_a_whole_log_verifies_clean_before_and_after_reopening(busy_vault: Vault) -> None:
    assert entries(busy_vault) >= 10
    assert busy_vault.verify() == []
    busy_vault.close()
    with open_as(busy_vault.files.database) as reopened:
        assert reopened.verify() == []


def edit_detail(vault: Vault, seq: int) -> None:
    tamper(
        vault, 'UPDATE audit SET detail = \'{"what":"Nothing happened"}\' WHERE seq = ?', parameters=(seq,)
    )


def edit_member(vault: Vault, seq: int) -> None:
    tamper(vault, "UPDATE audit SET member = 'Зоя' WHERE seq = ?", parameters=(seq,))


def delete(vault: Vault, seq: int) -> None:
    tamper(vault, "DELETE FROM audit WHERE seq = ?", parameters=(seq,))


def swap_with_next(vault: Vault, seq: int) -> None:
    tamper(
        vault,
        f"UPDATE audit SET seq = -1 WHERE seq = {seq}",
        f"UPDATE audit SET seq = {seq} WHERE seq = {seq + 1}",
        f"UPDATE audit SET seq = {seq + 1} WHERE seq = -1",
    )


TAMPERINGS: dict[str, tuple[Callable[[Vault, int], None], list[str]]] = {
    "an edited entry": (edit_detail, ["entry 5 was changed after it was written"]),
    "an entry with another member": (edit_member, ["entry 5 was changed after it was written"]),
    "a removed entry": (
        delete,
        [
            "entry 5 is missing (the next one is 6)",
            "entry 6 does not follow the entry before it (removed or reordered)",
        ],
    ),
    "two swapped entries": (
        swap_with_next,
        [
            "entry 5 does not follow the entry before it (removed or reordered)",
            "entry 5 was changed after it was written",
            "entry 6 does not follow the entry before it (removed or reordered)",
            "entry 6 was changed after it was written",
            "entry 7 does not follow the entry before it (removed or reordered)",
        ],
    ),
}


@pytest.mark.parametrize("kind", TAMPERINGS)
def test_tampering_in_the_middle_is_named(busy_vault: Vault, kind: str) -> None:
    change, expected = TAMPERINGS[kind]
    change(busy_vault, 5)
    assert busy_vault.verify() == expected
    busy_vault.close()
    with open_as(busy_vault.files.database) as reopened:
        assert reopened.verify() == expected


def test_a_cut_tail_is_named(busy_vault: Vault) -> None:
    last = entries(busy_vault)
    tamper(busy_vault, f"DELETE FROM audit WHERE seq > {last - 2}")
    assert busy_vault.verify() == [f"the log ends at entry {last - 2}, but it had reached entry {last}"]
    busy_vault.close()
    with open_as(busy_vault.files.database) as reopened:
        assert any(f"entry {last - 1} is missing" in p for p in reopened.verify())
