"""Fuzzing the key file: whatever bytes ``NAME.keys`` holds, reading it gives a key file or one of the
vault's own refusals, and unlocking either opens the vault for a member it lists or refuses with one
short sentence; never another exception, never a hang, never a key sealed to a slot the vault did not
make, and never a change to the database."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cocdesk import keystore
from cocdesk.domain import Event, Role
from cocdesk.vault import KdfParams, Vault, VaultError, VaultFiles
from cocdesk.vault.keyfile import KeyFile
from tests.fuzz.budget import fuzz, no_hang, note_outcome
from tests.fuzz.mutations import damaged_bytes, json_bytes, mutated
from tests.fuzz.support import assert_sentence

LEAD, LEAD_PASSPHRASE = "Łukasz Nowak", "żółw śpi pod dębem"
ZOYA, ZOYA_PASSPHRASE = "Зоя Орлова", "тихий вечер у моря"


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, bytes, dict[str, Any]]]:
    """A vault of two members with one case; its key file's bytes, and the JSON of its newest area."""
    path = tmp_path_factory.mktemp("keys") / "summit.cocvault"
    with Vault.create(
        path, Event(name="Kraków Summit"), LEAD, LEAD_PASSPHRASE, kdf=KdfParams(iterations=1)
    ) as v:
        v.add_member(ZOYA, Role.RESPONDER, ZOYA_PASSPHRASE, identity=True)
        v.new_case(title="李娜 saw it")
    keys = VaultFiles.at(path).keys.read_bytes()
    area = keystore.newest(keys)
    assert area is not None
    yield path, keys, json.loads(area[1])


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def unlock_or_refuse(path: Path, keys: bytes) -> None:
    """Put ``keys`` in place, read and unlock as each member: a vault error's sentence, or an open
    vault listing that member whose key file, afterwards, the original members still open."""
    files = VaultFiles.at(path)
    database = digest(files.database)
    files.keys.write_bytes(keys)
    try:
        with no_hang():
            KeyFile.read(files)
    except VaultError as refused:
        note_outcome("unreadable")
        assert_sentence(str(refused))
        return
    for member, passphrase in ((LEAD, LEAD_PASSPHRASE), (ZOYA, ZOYA_PASSPHRASE)):
        try:
            with no_hang(), Vault.open(path, member, passphrase) as opened:
                assert opened.member.name == member
                assert opened.verify() == []
                note_outcome("opened")
        except VaultError as refused:
            note_outcome(type(refused).__name__)
            assert_sentence(str(refused), longest=600)
            assert digest(files.database) == database, "a refused unlock changed the database"


@given(data=st.data())
@fuzz(25, 1000)
def test_a_mutated_key_file_opens_whole_or_is_refused(
    vault: tuple[Path, bytes, dict[str, Any]], data: st.DataObject
) -> None:
    path, original, content = vault
    changed = data.draw(mutated(content))
    payload = json_bytes(changed, ascii_only=False)
    if len(payload) > keystore.CAPACITY:
        payload = payload[: keystore.CAPACITY]
    try:
        unlock_or_refuse(path, keystore.encode_area(7, payload) * keystore.AREAS)
    finally:
        VaultFiles.at(path).keys.write_bytes(original)


@given(data=st.data())
@fuzz(40, 2000)
def test_damaged_key_file_bytes_open_whole_or_are_refused(
    vault: tuple[Path, bytes, dict[str, Any]], data: st.DataObject
) -> None:
    path, original, _ = vault
    damaged = data.draw(damaged_bytes(original))
    try:
        unlock_or_refuse(path, damaged)
    finally:
        VaultFiles.at(path).keys.write_bytes(original)


@given(raw=st.binary(max_size=4096))
@fuzz(60, 5000)
def test_any_bytes_read_as_a_key_file_or_are_refused(
    vault: tuple[Path, bytes, dict[str, Any]], raw: bytes
) -> None:
    path, _, _ = vault
    try:
        with no_hang():
            KeyFile.from_bytes(raw, VaultFiles.at(path))
    except VaultError as refused:
        assert_sentence(str(refused))
