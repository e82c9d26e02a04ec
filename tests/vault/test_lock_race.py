"""One holder, always: copies of the app racing for one vault never hold it together, so none loses an
acknowledged case or finds the vault damaged.

COCDESK_LOCK_RACE_SECONDS sets how long the three copies race (30 by default)."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import IO, Any

import pytest

from cocdesk.vault import Vault, VaultError, VaultInUse, lock
from tests.vault.conftest import ELENI, LEAD, ROOT, ZOYA, open_as

RACE_SECONDS = float(os.environ.get("COCDESK_LOCK_RACE_SECONDS", "30"))
RACERS = [LEAD, ZOYA, ELENI]


def _start_racer(path: Path, member: str, log: Path, inside: Path) -> subprocess.Popen[str]:
    arguments = [str(path), member, str(RACE_SECONDS), str(log), str(inside)]
    return subprocess.Popen(
        [sys.executable, "-m", "tests.vault.racer", *arguments],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def _events(log: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]


@pytest.mark.slow
def test_three_copies_racing_for_one_vault_lose_nothing(team_vault: Vault, tmp_path: Path) -> None:
    path = team_vault.files.database
    team_vault.close()
    logs = {member: tmp_path / f"racer-{n}.log" for n, member in enumerate(RACERS)}
    inside = tmp_path / "inside"
    racers = {member: _start_racer(path, member, logs[member], inside) for member in RACERS}
    try:
        for racer in racers.values():
            assert racer.stdout is not None
            assert racer.stdout.readline().strip() == "ready", racer.communicate(timeout=30)[1]
        for racer in racers.values():  # all three start at once
            assert racer.stdin is not None
            racer.stdin.write("go\n")
            racer.stdin.flush()
        for member, racer in racers.items():
            _, err = racer.communicate(timeout=RACE_SECONDS + 120)
            assert racer.returncode == 0, f"{member}'s copy crashed:\n{err}"
    finally:
        for racer in racers.values():
            racer.kill()
            racer.communicate(timeout=30)

    events = {member: _events(log) for member, log in logs.items()}
    saved = {member: [e["saved"] for e in seen if "saved" in e] for member, seen in events.items()}
    errors = [(member, e) for member, seen in events.items() for e in seen if "error" in e]
    overlaps = [(member, e["overlap"]) for member, seen in events.items() for e in seen if "overlap" in e]
    refused = sum(e.get("refused", 0) for seen in events.values() for e in seen)
    try:
        with open_as(path) as vault:
            titles = {summary.title for summary in vault.list_cases()}
            problems = vault.verify()
    except VaultError as error:
        titles, problems = set(), [str(error)]
    lost = [title for titles_saved in saved.values() for title in titles_saved if title not in titles]
    kinds = sorted({e["error"] for _, e in errors})
    tally = (
        f"{sum(map(len, saved.values()))} saved, {len(lost)} of them lost, {refused} refused as in use,"
        f" {len(overlaps)} times two holders at once, {len(errors)} errors {kinds}"
    )

    assert not errors, f"{tally}; the first: {errors[:3]}"
    assert not overlaps, f"{tally}; the first: {overlaps[:3]}"
    assert not lost, f"{tally}; the first: {lost[:3]}"
    assert problems == [], tally
    assert all(saved.values()), f"a copy never got the vault in {RACE_SECONDS} s: {tally}"
    assert refused, f"the copies never contended for the vault: {tally}"


def test_a_copy_trying_at_the_moment_of_release_is_refused_or_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first copy releases; a second copy tries the instant its lock file is deleted, a third after.

    Whoever the lock is free for at that instant finds a file nobody will lock again, so it can never
    hold the vault beside the third copy."""
    database = tmp_path / "summit.cocvault"
    lock_file = tmp_path / "summit.cocvault.lock"
    first = lock.VaultLock(lock_file, database)
    first.acquire(LEAD)
    second = lock.VaultLock(lock_file, database)
    deleted: list[bool] = []
    real_unlink = os.unlink

    def second_tries_meanwhile(target: Any, *args: Any, **kwargs: Any) -> None:
        if Path(target) == lock_file and not deleted:
            deleted.append(True)
            with contextlib.suppress(VaultInUse):
                second.acquire(ZOYA)
        real_unlink(target, *args, **kwargs)

    monkeypatch.setattr(os, "unlink", second_tries_meanwhile)
    first.release()
    monkeypatch.setattr(os, "unlink", real_unlink)
    assert deleted, "releasing the lock no longer deletes its file: this test needs another moment"
    assert not first.held
    assert not lock_file.exists()

    third = lock.VaultLock(lock_file, database)
    if second.held:
        with pytest.raises(VaultInUse, match=f"by {ZOYA}"):
            third.acquire(ELENI)
        second.release()
    third.acquire(ELENI)
    assert third.held
    third.release()
    assert not lock_file.exists()


def test_a_copy_that_finds_the_lock_file_deleted_but_still_locked_gets_the_vault(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second copy opened the lock file; the first deleted it and, before it unlocked it, the second
    tried to lock it. The vault is being released, so the second copy is not told it is in use: it takes
    the file now in place, and holds the vault alone."""
    database = tmp_path / "summit.cocvault"
    lock_file = tmp_path / "summit.cocvault.lock"
    first = lock.VaultLock(lock_file, database)
    first.acquire(LEAD)
    real_try_lock, real_unlink = lock._try_lock, os.unlink
    locked_at_that_moment: list[bool] = []

    def first_releases_meanwhile(handle: IO[bytes]) -> bool:
        def second_tries_once_deleted(target: Any, *args: Any, **kwargs: Any) -> None:
            real_unlink(target, *args, **kwargs)
            locked_at_that_moment.append(real_try_lock(handle))

        monkeypatch.setattr(lock, "_try_lock", real_try_lock)
        monkeypatch.setattr(os, "unlink", second_tries_once_deleted)
        first.release()
        monkeypatch.setattr(os, "unlink", real_unlink)
        return locked_at_that_moment[0]

    monkeypatch.setattr(lock, "_try_lock", first_releases_meanwhile)
    second = lock.VaultLock(lock_file, database)
    second.acquire(ZOYA)
    assert locked_at_that_moment == [False], "the first copy unlocked its file before deleting it"
    assert second.held

    third = lock.VaultLock(lock_file, database)
    with pytest.raises(VaultInUse, match=f"by {ZOYA}"):
        third.acquire(ELENI)
    second.release()
    third.acquire(ELENI)
    third.release()
