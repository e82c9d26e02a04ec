"""A vault's whole life, from creation to the end of the event, run in a process of its own.

python -m tests.vault.erase_life FOLDER RECORD KEPT

The vault lives in FOLDER (on the file system under test). RECORD (elsewhere) receives, one JSON line
each, every secret the process made or derived: 32 random bytes (database and identity keys), X25519
private keys, and the keys that Argon2id and HKDF derived. KEPT (elsewhere too) receives the documents
saved at the close of the event. The process says ``ready`` before the vault is destroyed and waits
for a line, so that the file system can be looked at while the vault still exists; then it destroys
the vault the way the end of the event does, and says ``destroyed``.

The recorders wrap the libraries the app calls, never the app, so they hold whatever the app does.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any, TextIO

KEY_BYTES = 32
RANDOM = "os.urandom(32)"
EVENT_NAME = "Szczecin Python Days 2026"
LEAD, LEAD_PASSPHRASE = "Agnieszka Kowal", "żółta łódź płynie pod mostem"
LEAD_NEW_PASSPHRASE = "ночной поезд идёт на юг"
STAYS, STAYS_PASSPHRASE = "Ngozi Adeyemi", "καλημέρα κόσμε από τη Θεσσαλονίκη"
LEAVES, LEAVES_PASSPHRASE = "Tomás Herrera", "雨の日の図書館で会いましょう"
WRONG_PASSPHRASE = "żółta łódź płynie pod mostem?"
PASSPHRASES = {
    f"{LEAD} (first)": LEAD_PASSPHRASE,
    f"{LEAD} (changed)": LEAD_NEW_PASSPHRASE,
    STAYS: STAYS_PASSPHRASE,
    f"{LEAVES} (removed)": LEAVES_PASSPHRASE,
}
"""Every passphrase that ever opened a slot of the vault, by whose it was."""

NAMES = ["Łukasz Wiśniewski", "Зоя Орлова", "李娜", "Παπαδοπούλου Ελένη"]
ACCOUNT = "Зоя said the man in the orange hoodie blocked the lift door and would not let her leave."
"""What the reports say; none of it may be readable on the disk once the vault is destroyed."""


OVERWRITING = ("shred", "wipe", "overwrite", "scrub", "erase", "destroy")
"""Random bytes asked for by a function so named are noise written over a file, not a secret."""


class _Recorder:
    def __init__(self, out: TextIO) -> None:
        self.out = out

    def __call__(self, what: str, secret: bytes) -> None:
        caller = sys._getframe(2).f_code
        by = f"{caller.co_filename.rpartition('/')[2]}:{caller.co_name}"
        noise = what == RANDOM and any(word in caller.co_name.casefold() for word in OVERWRITING)
        self.out.write(json.dumps({"what": what, "by": by, "hex": secret.hex(), "noise": noise}) + "\n")
        self.out.flush()


def _record_every_secret(record: Path) -> None:
    """Wrap, before the app is imported, every library call that hands it a secret."""
    from cryptography.hazmat.primitives.asymmetric import x25519
    from cryptography.hazmat.primitives.kdf import argon2, hkdf

    note = _Recorder(record.open("a", encoding="utf-8"))
    real_urandom = os.urandom

    def urandom(size: int) -> bytes:
        value = real_urandom(size)
        if size == KEY_BYTES:
            note(RANDOM, value)
        return value

    os.urandom = urandom

    real_generate = x25519.X25519PrivateKey.generate

    def generate() -> x25519.X25519PrivateKey:
        key = real_generate()
        note("X25519 private key", key.private_bytes_raw())
        return key

    x25519.X25519PrivateKey.generate = staticmethod(generate)  # type: ignore[method-assign]

    def recording(kdf_class: Any, what: str) -> Any:
        class Recorded:
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                self._kdf = kdf_class(*args, **kwargs)

            def derive(self, material: bytes) -> bytes:
                derived: bytes = self._kdf.derive(material)
                note(what, derived)
                return derived

            def __getattr__(self, name: str) -> Any:
                return getattr(self._kdf, name)

        return Recorded

    argon2.Argon2id = recording(argon2.Argon2id, "Argon2id key")
    hkdf.HKDF = recording(hkdf.HKDF, "HKDF key")


def live(folder: Path, kept: Path) -> None:
    from cocdesk.closing import Closing
    from cocdesk.desk import Desk, KdfParams, VaultError
    from cocdesk.domain import Event, Party, Person, Role

    path = folder / "szczecin.cocdesk"
    fast = KdfParams(iterations=1)
    with Desk.create(
        path, Event(name=EVENT_NAME, time_zone="Europe/Warsaw"), LEAD, LEAD_PASSPHRASE, kdf=fast
    ) as desk:
        desk.add_member(STAYS, Role.RESPONDER, STAYS_PASSPHRASE)
        desk.add_member(LEAVES, Role.RESPONDER, LEAVES_PASSPHRASE)
        for number, name in enumerate(NAMES, start=1):
            case = desk.take_report(title=f"Report {number} about {name}")
            desk.answer(case.id, "gather", "what_happened", f"{ACCOUNT} ({name})")
            people = [
                Person(party=Party.REPORTER, name=name, contact=f"+48 601 000 00{number}"),
                Person(party=Party.REPORTED, name=NAMES[number % len(NAMES)], description="orange hoodie"),
            ]
            desk.set_part(case.id, "people", people)
    try:
        Desk.open(path, LEAD, WRONG_PASSPHRASE).close()
    except VaultError:
        pass  # refused, and counted in the key file
    else:
        raise SystemExit("a wrong passphrase opened the vault")
    with Desk.open(path, LEAD, LEAD_PASSPHRASE) as desk:
        desk.remove_member(LEAVES)  # the database is re-keyed for those who stay
        desk.change_passphrase(LEAD_PASSPHRASE, LEAD_NEW_PASSPHRASE)
    with Desk.open(path, STAYS, STAYS_PASSPHRASE) as desk:
        desk.answer(desk.cases()[0].id, "gather", "what_happened", f"{ACCOUNT} Seen again: {NAMES[0]}.")
    with Desk.open(path, LEAD, LEAD_NEW_PASSPHRASE) as desk:
        print("ready", flush=True)
        sys.stdin.readline()
        closing = Closing(desk)
        for summary in closing.unfinished():
            closing.leave_unfinished(summary.id, "The event is over")
        closing.save_officer_export(kept / "officer.pdf")
        closing.save_transparency_report(kept / "transparency.pdf")
        closing.destroy(EVENT_NAME)
    os.sync()
    print("destroyed", flush=True)


if __name__ == "__main__":
    folder, record, kept = (Path(argument) for argument in sys.argv[1:4])
    _record_every_secret(record)
    live(folder, kept)
