"""A fast vault for every test: real SQLCipher files, with the key derivation's cost at its minimum.

The team in these tests: Łukasz leads; Зоя and Ελένη are responders added by ``team_vault``.
The event points at ``procedure.toml`` beside this file, a small procedure with every kind of field.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cocdesk.domain import Event, Role
from cocdesk.vault import KdfParams, Vault, VaultFiles, db
from cocdesk.vault.keyfile import KeyFile

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PROCEDURE = HERE / "procedure.toml"

LEAD, LEAD_PASSPHRASE = "Łukasz", "żółta łódź płynie"
ZOYA, ZOYA_PASSPHRASE = "Зоя", "тихий вечер у моря"
ELENI, ELENI_PASSPHRASE = "Ελένη", "καλημέρα κόσμε 李"
PASSPHRASES = {LEAD: LEAD_PASSPHRASE, ZOYA: ZOYA_PASSPHRASE, ELENI: ELENI_PASSPHRASE}
FAST = KdfParams(iterations=1)


def summit_event(**changes: Any) -> Event:
    fields: dict[str, Any] = {"name": "Kraków Summit 2026 · 李", "procedure_file": str(PROCEDURE)}
    return Event(**{**fields, **changes})


def create_vault(path: Path) -> Vault:
    return Vault.create(path, summit_event(), LEAD, LEAD_PASSPHRASE, kdf=FAST)


def open_as(path: Path, member: str = LEAD) -> Vault:
    return Vault.open(path, member, PASSPHRASES[member])


def key_of(path: Path, member: str, passphrase: str, keys: Path | None = None) -> bytes:
    """The database key that ``member``'s slot in ``keys`` (the vault's key file by default) unwraps."""
    files = VaultFiles.at(path)
    keyfile = KeyFile.from_bytes((keys or files.keys).read_bytes())
    return keyfile.slot(member).unlock(passphrase, keyfile.vault_id).database


def raw_connection(path: Path, member: str = LEAD) -> Any:
    """The vault's database opened directly with its key, bypassing the vault: for tampering."""
    return db.connect(VaultFiles.at(path).database, key_of(path, member, PASSPHRASES[member]))


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def run_child(*args: str, stdin: str = "", timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """``tests/vault/child.py`` in a process of its own (see its docstring for the commands)."""
    return subprocess.run(
        [sys.executable, "-m", "tests.vault.child", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def start_child(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.vault.child", *args],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
    )


def expect_line(child: subprocess.Popen[str], wanted: str) -> None:
    assert child.stdout is not None
    line = child.stdout.readline().strip()
    if line != wanted:
        _, err = child.communicate(timeout=30)
        pytest.fail(f"the child said {line!r} instead of {wanted!r}; stderr:\n{err}")


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "desk" / "summit.cocvault"


@pytest.fixture
def vault(vault_path: Path) -> Iterator[Vault]:
    opened = create_vault(vault_path)
    yield opened
    opened.close()


@pytest.fixture
def team_vault(vault: Vault) -> Vault:
    vault.add_member(ZOYA, Role.RESPONDER, ZOYA_PASSPHRASE, identity=True)
    vault.add_member(ELENI, Role.RESPONDER, ELENI_PASSPHRASE, identity=True)
    return vault
