"""Every membership change, stopped before each of its durable steps, by a kill or a full disk:
the vault verifies and opens for every member it still lists, a removed member's kept key file opens
nothing, and a refused change says what was and was not saved."""

from __future__ import annotations

import errno
import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from cocdesk import keystore
from cocdesk.desk import policy
from cocdesk.domain import Role
from cocdesk.vault import DiskFull, UnknownMember, Vault, VaultError, WrongPassphrase, db
from tests.vault.conftest import (
    ELENI,
    ELENI_PASSPHRASE,
    LEAD,
    PASSPHRASES,
    ZOYA,
    ZOYA_PASSPHRASE,
    create_vault,
    files_in,
    key_of,
    run_child,
)
from tests.vault.steps import Steps

HAKON, HAKON_PASSPHRASE = "Håkon", "nordlys over fjellet"
NGOZI, NGOZI_PASSPHRASE = "Ngozi Adébáyọ̀", "ọjọ́ ayọ̀ ni òní"
NEW_PASSPHRASE = "νέα φράση 李 nowa fraza"
TEAM = {**PASSPHRASES, HAKON: HAKON_PASSPHRASE, NGOZI: NGOZI_PASSPHRASE}
TITLE = "Зоя saw it · Łukasz’s note · 李娜"


@dataclass(frozen=True)
class Act:
    member: str  # who makes the change
    run: Callable[[Vault], object]
    leaving: str | None = None  # whose slot must open nothing once the change is made


def _role(name: str, role: Role) -> Callable[[Vault], None]:
    return lambda vault: vault.change_role(name, role, identity=policy.sees_identity(role))


ACTS = {
    "add": Act(LEAD, lambda v: v.add_member(NGOZI, Role.RESPONDER, NGOZI_PASSPHRASE, identity=True)),
    "remove-holder": Act(LEAD, lambda v: v.remove_member(ZOYA), leaving=ZOYA),
    "remove-officer": Act(LEAD, lambda v: v.remove_member(HAKON), leaving=HAKON),
    "passwd": Act(ELENI, lambda v: v.change_passphrase(ELENI_PASSPHRASE, NEW_PASSPHRASE)),
    "role-lose": Act(LEAD, _role(ZOYA, Role.EVENT_LEAD)),
    "role-gain": Act(LEAD, _role(HAKON, Role.RESPONDER)),
}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Łukasz leads; Зоя and Ελένη respond; Håkon is the Safety and Diversity Officer."""
    path = tmp_path_factory.mktemp("template") / "summit.cocvault"
    with create_vault(path) as vault:
        vault.add_member(ZOYA, Role.RESPONDER, ZOYA_PASSPHRASE, identity=True)
        vault.add_member(ELENI, Role.RESPONDER, ELENI_PASSPHRASE, identity=True)
        vault.add_member(HAKON, Role.SAFETY_OFFICER, HAKON_PASSPHRASE, identity=False)
        vault.new_case(title=TITLE)
    return path


def copy_of(template: Path, folder: Path) -> Path:
    folder.mkdir()
    for name in files_in(template.parent):
        shutil.copy2(template.parent / name, folder / name)
    return folder / template.name


def opens(path: Path, member: str, *passphrases: str) -> Vault:
    """The vault opened as ``member`` with the first of ``passphrases`` that opens it."""
    for passphrase in passphrases[:-1]:
        try:
            return Vault.open(path, member, passphrase)
        except WrongPassphrase:
            continue
    return Vault.open(path, member, passphrases[-1])


def check_whole(path: Path, kept_keys: Path, act: Act) -> list[str]:
    """The vault after an interrupted change: whoever it lists opens it, and it is whole."""
    with opens(path, LEAD, TEAM[LEAD]) as lead:  # the first unlock finishes what was cut short
        listed = [m.name for m in lead.members()]
        assert lead.verify() == []
        assert [c.title for c in lead.list_cases()] == [TITLE]
    for name in listed:
        with opens(path, name, TEAM[name], NEW_PASSPHRASE) as vault:
            assert vault.verify() == [], name
    if act.leaving is not None and act.leaving not in listed:
        with pytest.raises(UnknownMember):
            Vault.open(path, act.leaving, TEAM[act.leaving])
        kept = key_of(path, act.leaving, TEAM[act.leaving], keys=kept_keys)
        with pytest.raises(db.DatabaseError):
            db.connect(path, kept).close()
    assert files_in(path.parent) == [path.name, f"{path.name}.keys"]
    assert keystore.settled(path.with_name(path.name + ".keys")), "an older copy is left in one area"
    return listed


def steps_of(template: Path, tmp_path: Path, act: str) -> int:
    path = copy_of(template, tmp_path / "count")
    done = run_child("membership", str(path), ACTS[act].member, act, "0")
    assert done.returncode == 0, done.stderr
    return int(json.loads(done.stdout.strip().splitlines()[-1])["steps"])


@pytest.mark.parametrize("act", list(ACTS))
def test_a_change_killed_before_any_step_leaves_a_vault_every_listed_member_opens(
    template: Path, tmp_path: Path, act: str
) -> None:
    count = steps_of(template, tmp_path, act)
    assert count >= 2
    outcomes = set()
    for step in range(1, count + 1):
        path = copy_of(template, tmp_path / f"step{step}")
        kept = tmp_path / f"kept{step}.keys"
        shutil.copy2(path.with_name(path.name + ".keys"), kept)
        killed = run_child("membership", str(path), ACTS[act].member, act, str(step))
        assert killed.returncode == 70, f"step {step}: {killed.stderr}"
        outcomes.add(tuple(check_whole(path, kept, ACTS[act])))
    if act.startswith(("add", "remove")):
        assert len(outcomes) == 2, "some kills should land before the change, some after"


@pytest.mark.parametrize("act", list(ACTS))
def test_a_full_disk_at_any_step_says_what_was_saved(template: Path, tmp_path: Path, act: str) -> None:
    count = steps_of(template, tmp_path, act)
    for step in range(1, count + 1):
        path = copy_of(template, tmp_path / f"step{step}")
        kept = tmp_path / f"kept{step}.keys"
        shutil.copy2(path.with_name(path.name + ".keys"), kept)

        def disk_full(n: int, kind: str, at: int = step) -> None:
            if n == at and kind == "transaction":
                raise DiskFull()  # what SQLite's "database or disk is full" becomes
            if n == at:
                raise OSError(errno.ENOSPC, "No space left on device")

        vault = Vault.open(path, ACTS[act].member, TEAM[ACTS[act].member])
        message = "done"  # a step that only tidies may fail without failing the change
        try:
            with Steps(disk_full).installed():
                ACTS[act].run(vault)
        except VaultError as error:
            message = str(error)
            assert "disk is full" in message, message
        vault.close()
        listed = check_whole(path, kept, ACTS[act])
        if act == "add":
            refused = "was not added" in message or "was not saved" in message
            assert (NGOZI in listed) != refused, message
        if act.startswith("remove"):
            gone = ACTS[act].leaving not in listed
            assert gone == ("was removed" in message or message == "done"), message
