"""One copy of the app per vault: a second one is told who has it open, and nothing is corrupted."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import IO

import pytest

from cocdesk.vault import Vault, VaultInUse, destroy_files, lock
from tests.vault.conftest import (
    ELENI,
    LEAD,
    PASSPHRASES,
    ZOYA,
    expect_line,
    files_in,
    open_as,
    run_child,
    start_child,
)


def open_elsewhere(path: Path, member: str) -> dict[str, object]:
    """What a copy of the app in another process is told when it tries to open the vault."""
    done = run_child("open", str(path), member, stdin=PASSPHRASES[member] + "\n")
    assert done.returncode == 0, done.stderr
    outcome: dict[str, object] = json.loads(done.stdout)
    return outcome


def test_a_second_copy_is_told_who_has_the_vault_open(team_vault: Vault) -> None:
    path = team_vault.files.database
    case = team_vault.new_case(title="Зоя’s report")

    outcome = open_elsewhere(path, ZOYA)
    assert outcome["error"] == "VaultInUse"
    message = str(outcome["message"])
    assert f"by {LEAD}, process {os.getpid()}" in message
    assert "Close it there first" in message

    # The first copy carries on as if nothing happened, and the vault is whole.
    team_vault.set_answer(case.id, "gather", "where_happened", "by the 李 stand")
    assert team_vault.verify() == []
    team_vault.close()

    assert open_elsewhere(path, ZOYA) == {"opened": True}
    with open_as(path, ELENI) as vault:
        assert vault.case(case.code).steps["gather"].values["where_happened"] == "by the 李 stand"
        assert vault.verify() == []


def test_a_vault_left_by_a_crashed_copy_opens(team_vault: Vault) -> None:
    # The lock file stays behind after a crash; the lock itself died with the process.
    path = team_vault.files.database
    team_vault.close()
    team_vault.files.lock.write_text('{"pid": 1, "host": "desk", "member": "Зоя"}', encoding="utf-8")
    assert open_elsewhere(path, ELENI) == {"opened": True}


def test_two_copies_never_both_hold_the_lock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first copy closes just after the second opened the lock file but before it locked it."""
    database = tmp_path / "summit.cocvault"
    lock_file = tmp_path / "summit.cocvault.lock"
    first = lock.VaultLock(lock_file, database)
    first.acquire(LEAD)
    real_try_lock = lock._try_lock

    def first_closes_meanwhile(handle: IO[bytes]) -> bool:
        first.release()
        return real_try_lock(handle)

    monkeypatch.setattr(lock, "_try_lock", first_closes_meanwhile)
    second = lock.VaultLock(lock_file, database)
    second.acquire(ZOYA)
    monkeypatch.setattr(lock, "_try_lock", real_try_lock)

    third = lock.VaultLock(lock_file, database)
    with pytest.raises(VaultInUse, match=f"by {ZOYA}"):
        third.acquire(ELENI)
    second.release()
    third.acquire(ELENI)
    third.release()


def test_opening_while_another_copy_re_keys_waits_for_it(team_vault: Vault) -> None:
    """A removal in progress in another copy is not mistaken for an interrupted one and undone."""
    path = team_vault.files.database
    code = team_vault.new_case(title="Ελένη’s report").code
    team_vault.close()
    remover = start_child("remove", str(path), ZOYA, "2", "pause")
    try:
        expect_line(remover, "paused")
        in_progress = files_in(path.parent)
        with pytest.raises(VaultInUse):
            open_as(path, ELENI)
        assert files_in(path.parent) == in_progress
        assert remover.stdin is not None
        remover.stdin.write("go on\n")
        remover.stdin.flush()
        expect_line(remover, "removed")
    finally:
        remover.kill()
        remover.communicate(timeout=30)
    with open_as(path, ELENI) as vault:
        assert [m.name for m in vault.members()] == [LEAD, ELENI]
        assert vault.case(code).title == "Ελένη’s report"
        assert vault.verify() == []


def test_destroy_is_refused_while_the_vault_is_open(vault: Vault) -> None:
    before = files_in(vault.files.database.parent)
    with pytest.raises(VaultInUse):
        destroy_files(vault.files)
    assert files_in(vault.files.database.parent) == before
    assert vault.verify() == []
