"""What a second copy of the app does, run in a process of its own by the vault tests.

python -m tests.vault.child open PATH MEMBER        (passphrase on stdin) prints the outcome as JSON
python -m tests.vault.child write-stream PATH       new cases one by one, each number printed once saved
python -m tests.vault.child remove PATH MEMBER N crash|pause
                                                    removes MEMBER; before the Nth durable step (see
                                                    tests.vault.steps) it dies (crash) or waits for a line
python -m tests.vault.child change-role PATH MEMBER ROLE POINT
                                                    the lead changes MEMBER's role; it dies at POINT of
                                                    the identity key's rotation: step:N (before the Nth
                                                    durable step) or reseal (inside the transaction)
python -m tests.vault.child membership PATH MEMBER ACT N
                                                    one membership change, killed before step N
python -m tests.vault.child confide PATH            writes a report full of CONFIDENCES, keeps the vault
                                                    open until a line arrives, edits more, closes
python -m tests.vault.child fill-disk PATH          writes until the disk is full, then reopens the vault
python -m tests.vault.child open-full PATH          fills the disk beside a vault, then opens it
python -m tests.vault.child read-only PATH OTHER    opens PATH in a read-only folder, creates a vault
                                                    there, and backs the writable vault OTHER up there
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cocdesk.desk import policy
from cocdesk.domain import Action, Consent, Decision, Meeting, Party, Person, Role
from cocdesk.vault import KdfParams, Vault, VaultError, sealed
from tests.vault.conftest import LEAD, PASSPHRASES, ZOYA, ZOYA_PASSPHRASE, open_as, summit_event
from tests.vault.steps import Steps

# What a reporter confides: every one of these must stay off the disk in readable form.
CONFIDENCES = [
    "Brzęczyszczykiewicz",
    "Агафья Тихоновна",
    "Παρασκευή Ζαχαρίου",
    "欧阳娜娜",
    "Quetzalcoatl lounge",
    "behind the ölçüm booth",
    "grabbed my wrist twice",
    "ash-blond beard, green lanyard",
    "+48 601 234 567",
    "wiktoria.zielińska@example.org",
]


def _say(value: object) -> None:
    print(value if isinstance(value, str) else json.dumps(value, ensure_ascii=False), flush=True)


def _wait_for_go() -> None:
    sys.stdin.readline()


def open_vault(path: str, member: str) -> None:
    passphrase = sys.stdin.readline().rstrip("\n")
    try:
        Vault.open(path, member, passphrase).close()
    except VaultError as error:
        _say({"error": type(error).__name__, "message": str(error)})
    else:
        _say({"opened": True})


def write_stream(path: str) -> None:
    with open_as(Path(path)) as vault:
        for number in range(1, 100_000):
            vault.new_case(title=f"Edit {number} · Зоя")
            _say(str(number))


def _stop_at(nth: int, how: str) -> Callable[[int, str], None]:
    def before(step: int, _kind: str) -> None:
        if step == nth:
            if how == "crash":
                os._exit(70)  # no clean-up at all, as when the power goes
            _say("paused")
            _wait_for_go()

    return before


def remove(path: str, member: str, nth_step: str, how: str) -> None:
    """Remove ``member``, interrupted before the ``nth_step``-th durable step (see tests.vault.steps)."""
    with open_as(Path(path)) as vault, Steps(_stop_at(int(nth_step), how)).installed():
        vault.remove_member(member)
    _say("removed")


def change_role(path: str, member: str, role: str, point: str) -> None:
    """Change ``member``'s role as the lead, dying at ``point`` of the identity key's rotation:
    step:N (before the Nth durable step) or reseal (inside the transaction, every row re-encrypted)."""
    real_reseal = sealed.reseal

    def resealed_then_dead(connection: Any, old: bytes, new: bytes) -> int:
        resealed = real_reseal(connection, old, new)
        if point == "reseal":
            os._exit(70)  # every row re-encrypted, nothing committed
        return resealed

    nth = int(point.removeprefix("step:")) if point.startswith("step:") else 0
    with open_as(Path(path)) as vault, Steps(_stop_at(nth, "crash")).installed():
        sealed.reseal = resealed_then_dead
        try:
            vault.change_role(member, Role(role), identity=policy.sees_identity(Role(role)))
        finally:
            sealed.reseal = real_reseal
    _say("changed")


def membership(path: str, member: str, act: str, nth_step: str) -> None:
    """As ``member``, one membership change (see tests.vault.test_membership_crash.ACTS), killed
    before its ``nth_step``-th durable step; with 0, it runs whole and prints how many steps it took."""
    from tests.vault.test_membership_crash import ACTS

    with open_as(Path(path), member) as vault, Steps(_stop_at(int(nth_step), "crash")).installed() as steps:
        ACTS[act].run(vault)
        taken = steps.count
    _say({"steps": taken})


def confide(path: str) -> None:
    with Vault.create(path, summit_event(), LEAD, PASSPHRASES[LEAD], kdf=KdfParams(iterations=1)) as vault:
        vault.add_member(ZOYA, Role.RESPONDER, ZOYA_PASSPHRASE, identity=True)
        words = CONFIDENCES
        case = vault.new_case(title=f"Report about {words[5]}")
        vault.set_answer(case.id, "gather", "what_happened", f"{words[1]} said he {words[6]} ({words[7]}).")
        vault.set_answer(case.id, "gather", "where_happened", words[4])
        people = [
            Person(party=Party.REPORTER, name=words[1], contact=words[8]),
            Person(party=Party.REPORTED, name=words[0], description=words[7]),
            Person(party=Party.WITNESS, name=words[2], contact=words[9]),
        ]
        vault.set_part(case.id, "people", people)
        vault.set_part(case.id, "consent", Consent(share_identity=True, with_whom=words[3]))
        _say("open")
        _wait_for_go()
        vault.set_answer(case.id, "gather", "what_happened", f"Later: {words[3]} saw {words[0]} again.")
        vault.set_part(case.id, "decisions", [Decision(text=f"Ask {words[0]} to leave {words[4]}")])
        vault.set_part(case.id, "actions", [Action(text=f"Call {words[8]}", due=datetime.now(UTC))])
        vault.set_part(case.id, "meeting", Meeting(present=[LEAD, ZOYA], size_reason=words[6]))
        vault.update_case(case.id, public_summary=f"A report about {words[6]}")
        vault.remove_member(ZOYA)  # a re-key writes the whole database anew
        vault.backup(Path(path).with_name("backup.cocvault"))
    _say("closed")


def fill_disk(path: str) -> None:
    """On a small disk: edits until one is refused as DiskFull; then, once some space is freed as the
    refusal asks (a ballast file goes), every saved edit must be there. Whether the unlock's own audit
    entry fits in the last free page of a full disk depends on page layout, so space is freed first."""
    saved: list[str] = []
    outcome: dict[str, Any] = {}
    ballast = Path(path).with_name("ballast")
    ballast.write_bytes(os.urandom(64 * 1024))
    try:
        with Vault.create(
            path, summit_event(), LEAD, PASSPHRASES[LEAD], kdf=KdfParams(iterations=1)
        ) as vault:
            for number in range(10_000):
                title = f"Ελένη {number}"
                case = vault.new_case(title=title)
                vault.set_answer(case.id, "gather", "what_happened", f"{number} 李 " + os.urandom(6000).hex())
                saved.append(title)
    except VaultError as error:
        outcome["refused"] = type(error).__name__
    except Exception as error:
        outcome["refused"] = f"crashed: {error!r}"
    ballast.unlink()
    try:
        with open_as(Path(path)) as vault:
            titles = {summary.title for summary in vault.list_cases()}
            outcome["lost"] = sorted(set(saved) - titles)
            outcome["saved"] = len(saved)
            outcome["problems"] = vault.verify()
    except Exception as error:
        outcome["reopened"] = f"failed: {error!r}"
    _say(outcome)


def open_full(path: str) -> None:
    """A vault on a disk then filled to the last byte: what a wrong and a right passphrase are told."""
    with Vault.create(path, summit_event(), LEAD, PASSPHRASES[LEAD], kdf=KdfParams(iterations=1)) as vault:
        vault.new_case(title="Зоя’s report")
    try:
        with open(Path(path).with_name("ballast"), "wb") as ballast:
            while True:
                ballast.write(os.urandom(4096))
                ballast.flush()
    except OSError:
        pass
    outcome = {}
    for which, passphrase in (("wrong", "не тот"), ("right", PASSPHRASES[LEAD])):
        try:
            Vault.open(path, LEAD, passphrase).close()
            outcome[which] = "opened"
        except VaultError as error:
            outcome[which] = f"{type(error).__name__}: {error}"
    _say(outcome)


def _backup(source: Path, destination: Path) -> None:
    with open_as(source) as vault:
        vault.backup(destination)


def read_only(path: str, writable: str) -> None:
    """In a folder nobody may write to: every attempt to write is refused with ReadOnlyLocation."""
    folder = Path(path).parent
    outcomes: dict[str, str] = {}
    attempts: dict[str, Callable[[], object]] = {
        "open": lambda: open_as(Path(path)).close(),
        "create": lambda: Vault.create(
            folder / "another.cocvault", summit_event(), LEAD, PASSPHRASES[LEAD], kdf=KdfParams(iterations=1)
        ),
        "backup": lambda: _backup(Path(writable), folder / "copy.cocvault"),
    }
    for name, attempt in attempts.items():
        try:
            attempt()
            outcomes[name] = "succeeded"
        except VaultError as error:
            outcomes[name] = type(error).__name__
        except Exception as error:
            outcomes[name] = f"crashed: {error!r}"
    outcomes["files"] = " ".join(sorted(p.name for p in folder.iterdir()))
    _say(outcomes)


COMMANDS: dict[str, Callable[..., None]] = {
    "open": open_vault,
    "write-stream": write_stream,
    "remove": remove,
    "change-role": change_role,
    "membership": membership,
    "confide": confide,
    "fill-disk": fill_disk,
    "open-full": open_full,
    "read-only": read_only,
}

if __name__ == "__main__":
    COMMANDS[sys.argv[1]](*sys.argv[2:])
