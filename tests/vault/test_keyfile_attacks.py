"""Someone who can write the key file but knows no passphrase: whatever they change is refused, named,
and never trusted; no database key is ever sealed to a slot they planted."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from cocdesk import keystore
from cocdesk.domain import Role
from cocdesk.vault import (
    KdfParams,
    KeyFileChanged,
    KeysOfAnotherVault,
    TooManyAttempts,
    Vault,
    VaultError,
    VaultFiles,
    WrongPassphrase,
)
from cocdesk.vault.keyfile import KeyFile
from cocdesk.vault.keyslots import InvalidTag, new_slot
from tests.vault.conftest import (
    ELENI,
    ELENI_PASSPHRASE,
    LEAD,
    LEAD_PASSPHRASE,
    ZOYA,
    ZOYA_PASSPHRASE,
    create_vault,
    open_as,
    raw_connection,
    summit_event,
)

MALLORY = "Mallory Ørsted"


def tamper(path: Path, change: Callable[[dict[str, Any]], None]) -> None:
    """Edit the key file as an attacker would: its JSON, rewritten in place with the project's own
    writer (no seal can be made without the database key)."""
    keys = VaultFiles.at(path).keys
    area = keystore.read(keys)
    assert area is not None
    content = json.loads(area[1])
    change(content)
    keystore.overwrite(keys, json.dumps(content).encode("utf-8"))


def planted_slot(path: Path) -> tuple[dict[str, Any], X25519PrivateKey]:
    """A slot for an outsider: their own key pair, and a database key they made up (they know no real one)."""
    keyfile = KeyFile.from_bytes(VaultFiles.at(path).keys.read_bytes())
    slot = new_slot(
        "f" * 32, MALLORY, "mallory's own", b"\x00" * 32, keyfile.vault_id, KdfParams(iterations=1)
    )
    private = X25519PrivateKey.generate()
    forged = slot.model_copy(update={"public_key": private.public_key().public_bytes_raw()})
    return json.loads(forged.model_dump_json()), private


def opens_with(private: X25519PrivateKey, path: Path) -> list[bytes]:
    """Every database key that any slot of the key file on disk seals to ``private``."""
    keyfile = KeyFile.from_bytes(VaultFiles.at(path).keys.read_bytes())
    found = []
    for slot in keyfile.slots:
        for ephemeral, sealed in (
            (slot.ephemeral_key, slot.database_key),
            (slot.next_ephemeral_key, slot.next_database_key),
        ):
            if ephemeral is None or sealed is None:
                continue
            try:
                found.append(slot._open_database_key(private, keyfile.vault_id, ephemeral, sealed))
            except (InvalidTag, ValueError):
                continue
    return found


@pytest.fixture
def team(vault_path: Path) -> Path:
    with create_vault(vault_path) as vault:
        vault.add_member(ZOYA, Role.RESPONDER, ZOYA_PASSPHRASE, identity=True)
        vault.add_member(ELENI, Role.RESPONDER, ELENI_PASSPHRASE, identity=True)
        vault.new_case(title="Зоя’s report")
    return vault_path


def test_a_planted_slot_is_refused_at_unlock_by_every_member(team: Path) -> None:
    slot, _ = planted_slot(team)
    tamper(team, lambda content: content["slots"].append(slot))
    for member, passphrase in ((LEAD, LEAD_PASSPHRASE), (ZOYA, ZOYA_PASSPHRASE), (ELENI, ELENI_PASSPHRASE)):
        with pytest.raises(KeyFileChanged, match=f"a key slot for “{MALLORY}” was added"):
            Vault.open(team, member, passphrase)


def test_a_slot_planted_while_the_vault_is_open_is_named_by_verify_and_never_given_a_key(team: Path) -> None:
    with open_as(team) as lead:
        slot, mallory = planted_slot(team)
        tamper(team, lambda content: content["slots"].append(slot))
        assert any(f"a key slot for “{MALLORY}” was added" in problem for problem in lead.verify())
        lead.remove_member(ELENI)  # a re-key: a new database key, sealed to every slot the vault trusts
        lead.add_member("Łucja", Role.RESPONDER, "nowe hasło łucji", identity=True)
        lead.change_passphrase(LEAD_PASSPHRASE, "inne hasło 李")
        assert lead.verify() == []
    assert opens_with(mallory, team) == []
    assert MALLORY not in Vault.member_names(team)
    Vault.open(team, LEAD, "inne hasło 李").close()


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (lambda c: c["slots"].pop(1), f"the key slot of {ZOYA} was removed"),
        (lambda c: c["slots"].reverse(), "the key slots were put in another order"),
        (lambda c: c["slots"][2]["kdf"].update(iterations=2), f"the key slot of {ELENI} was changed"),
        (lambda c: c["slots"][1].update(name="Зоя Мошенница"), "was changed"),
        (lambda c: c["cost"].update(memory_kib=65536, iterations=1, lanes=1), "settings or sealed keys"),
        (lambda c: c.update(seal=""), "replaced by a key file without a seal"),
    ],
)
def test_an_edited_reordered_or_removed_slot_is_named(
    team: Path, change: Callable[[dict[str, Any]], None], named: str
) -> None:
    tamper(team, change)
    with pytest.raises(KeyFileChanged, match=named) as refused:
        Vault.open(team, LEAD, LEAD_PASSPHRASE)
    assert "was not opened" in str(refused.value)


def test_a_cost_beyond_the_ceiling_is_refused_before_any_derivation(team: Path) -> None:
    tamper(team, lambda c: c["slots"][0]["kdf"].update(memory_kib=2**31))
    with pytest.raises(KeyFileChanged, match="2147483648 KiB"):
        Vault.open(team, LEAD, LEAD_PASSPHRASE)


def test_a_cost_below_the_floor_is_refused(team: Path) -> None:
    tamper(team, lambda c: c["slots"][1]["kdf"].update(memory_kib=8))
    with pytest.raises(KeyFileChanged, match="allowed: 64 MiB"):
        Vault.open(team, ZOYA, ZOYA_PASSPHRASE)


def test_a_new_member_gets_the_vaults_calibrated_cost_not_the_first_slots(vault_path: Path) -> None:
    cost = KdfParams(iterations=2, lanes=2)
    with Vault.create(vault_path, summit_event(), LEAD, LEAD_PASSPHRASE, kdf=cost) as vault:
        vault.add_member(ZOYA, Role.RESPONDER, ZOYA_PASSPHRASE, identity=True)
    keyfile = KeyFile.from_bytes(VaultFiles.at(vault_path).keys.read_bytes())
    zoya = keyfile.slot(ZOYA).kdf
    assert (zoya.iterations, zoya.lanes, zoya.memory_kib) == (2, 2, cost.memory_kib)
    assert zoya.salt != keyfile.slot(LEAD).kdf.salt


def test_a_lowered_count_of_wrong_passphrases_is_noticed(team: Path) -> None:
    for _ in range(4):
        with pytest.raises((WrongPassphrase, TooManyAttempts)):
            Vault.open(team, ZOYA, "не тот пароль")
    keyfile = KeyFile.from_bytes(VaultFiles.at(team).keys.read_bytes())
    zoya = keyfile.slot(ZOYA).member_id
    with pytest.raises(TooManyAttempts):
        Vault.open(team, ZOYA, ZOYA_PASSPHRASE)  # four wrong tries: the fourth imposes a wait
    tamper(team, lambda c: c["failures"].pop(zoya))  # unsealed, so the wait is gone ...
    tamper(team, lambda c: c["failures"].update({zoya: {"total": 6, "last": None}}))  # two more, no wait
    open_as(team, ZOYA).close()  # the unlock seals the six tries as seen ...
    assert "after 6 wrong passphrases" in last_audit(team)
    tamper(team, lambda c: c["failures"].pop(zoya))  # ... so a count lowered below that shows
    with open_as(team, LEAD) as lead:
        problems = lead.verify()
    assert any(f"wrong passphrases for {ZOYA} was lowered" in p for p in problems), problems


def test_another_vaults_key_file_is_named_as_such(tmp_path: Path, team: Path) -> None:
    other = tmp_path / "other.cocvault"
    create_vault(other).close()
    VaultFiles.at(team).keys.write_bytes(VaultFiles.at(other).keys.read_bytes())
    with pytest.raises(KeysOfAnotherVault, match="belongs to another vault"):
        Vault.open(team, LEAD, LEAD_PASSPHRASE)
    with pytest.raises(KeysOfAnotherVault):
        Vault.open(team, LEAD, "any passphrase at all")


def test_a_passphrase_opens_in_either_unicode_form(vault_path: Path) -> None:
    composed = unicodedata.normalize("NFC", "Zoë Ødegård łódź")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    with create_vault(vault_path) as vault:
        vault.add_member(ZOYA, Role.RESPONDER, decomposed, identity=True)
    Vault.open(vault_path, ZOYA, composed).close()
    Vault.open(vault_path, ZOYA, decomposed).close()


def test_a_key_file_of_the_first_release_is_sealed_at_the_first_unlock(team: Path) -> None:
    files = VaultFiles.at(team)
    keyfile = KeyFile.from_bytes(files.keys.read_bytes())
    legacy = {
        "format": "cocdesk-keys",
        "version": 1,
        "vault_id": keyfile.vault_id,
        "slots": [json.loads(slot.model_dump_json()) for slot in keyfile.slots],
        "failures": {},
    }
    files.keys.write_text(json.dumps(legacy), encoding="utf-8")
    with pytest.raises(KeyFileChanged, match="without a seal"):  # this vault's key file was sealed before
        Vault.open(team, LEAD, LEAD_PASSPHRASE)
    connection = raw_connection(team)  # as a vault of the first release, which never recorded a seal
    connection.execute("DELETE FROM meta WHERE key LIKE 'keyfile.%'")
    connection.close()
    with open_as(team) as lead:
        assert lead.verify() == []
    raw = files.keys.read_bytes()
    assert len(raw) == keystore.FILE_BYTES and raw.startswith(keystore.MAGIC)


def last_audit(path: Path) -> str:
    connection = raw_connection(path)
    try:
        return str(connection.execute("SELECT detail FROM audit ORDER BY seq DESC LIMIT 1").fetchone()[0])
    finally:
        connection.close()


def test_the_lead_repairs_a_planted_key_file_and_keeps_every_real_member(team: Path) -> None:
    from cocdesk.desk import Desk, NotAllowed

    slot, mallory = planted_slot(team)
    tamper(team, lambda content: content["slots"].insert(1, slot))
    with pytest.raises(NotAllowed):  # a responder may not: the lead decides what the team is
        Desk.open_repairing(team, ZOYA, ZOYA_PASSPHRASE)
    with Desk.open_repairing(team, LEAD, LEAD_PASSPHRASE) as desk:
        assert desk.vault.verify() == []
    assert Vault.member_names(team) == [LEAD, ZOYA, ELENI]
    for member, passphrase in ((ZOYA, ZOYA_PASSPHRASE), (ELENI, ELENI_PASSPHRASE)):
        Vault.open(team, member, passphrase).close()
    assert opens_with(mallory, team) == []
    assert "a key slot for “Mallory Ørsted” was added" in last_audit_of(team, "vault.keys.repaired")


def last_audit_of(path: Path, action: str) -> str:
    connection = raw_connection(path)
    try:
        row = connection.execute(
            "SELECT detail FROM audit WHERE action = ? ORDER BY seq DESC LIMIT 1", (action,)
        ).fetchone()
        return str(row[0])
    finally:
        connection.close()


def test_upgrading_a_first_release_key_file_survives_a_kill_after_either_area(team: Path) -> None:
    from tests.vault.steps import Steps

    files = VaultFiles.at(team)
    keyfile = KeyFile.from_bytes(files.keys.read_bytes())
    legacy = {"format": "cocdesk-keys", "version": 1, "vault_id": keyfile.vault_id, "failures": {}}
    legacy["slots"] = [json.loads(slot.model_dump_json()) for slot in keyfile.slots]
    original = json.dumps(legacy).encode("utf-8")

    class Killed(Exception):
        pass

    for stop in (1, 2):  # killed before the first area is written, then before the second
        connection = raw_connection(team)  # a vault of the first release: it never recorded a seal
        connection.execute("DELETE FROM meta WHERE key LIKE 'keyfile.%'")
        connection.close()
        files.keys.write_bytes(original)

        writes = 0

        def die(n: int, kind: str, at: int = stop) -> None:
            nonlocal writes
            writes += kind == "key file"
            if writes == at:
                raise Killed  # the write is not made, as if the power went before it

        with pytest.raises(Killed), Steps(die).installed():
            open_as(team)
        assert Vault.member_names(team) == [LEAD, ZOYA, ELENI]
        with open_as(team) as lead:
            assert lead.verify() == []
        assert files.keys.read_bytes().startswith(keystore.MAGIC)


def test_an_older_copy_of_the_key_file_put_back_is_refused_and_put_right(team: Path) -> None:
    from cocdesk.desk import Desk

    keys = VaultFiles.at(team).keys
    kept = keys.read_bytes()  # before Зоя changes her passphrase and Ana joins
    with open_as(team, ZOYA) as zoya:
        zoya.change_passphrase(ZOYA_PASSPHRASE, "новый пароль Зои")
    with open_as(team) as lead:
        lead.add_member("Ana Núñez", Role.RESPONDER, "contraseña de Ana", identity=True)
    keys.write_bytes(kept)
    with pytest.raises(KeyFileChanged, match="an older copy of it was put back"):
        Vault.open(team, ZOYA, ZOYA_PASSPHRASE)  # her old passphrase opens nothing any more
    with Desk.open_repairing(team, LEAD, LEAD_PASSPHRASE) as desk:
        slotless = sorted(p.split(" has no key slot")[0] for p in desk.verify())
        assert slotless == ["Ana Núñez", ZOYA]  # still listed; their slots went with the copy
        desk.add_member("Ana Núñez", Role.RESPONDER, "nowe hasło Any")  # each given a new one
        desk.add_member(ZOYA, Role.RESPONDER, "третий пароль")
        assert desk.verify() == []
    Vault.open(team, "Ana Núñez", "nowe hasło Any").close()
    with open_as(team, LEAD) as lead:
        assert [c.title for c in lead.list_cases()] == ["Зоя’s report"]
    with pytest.raises(WrongPassphrase):
        Vault.open(team, ZOYA, ZOYA_PASSPHRASE)
    Vault.open(team, ZOYA, "третий пароль").close()


def test_a_slot_planted_under_the_leads_name_in_other_letters_is_named_not_taken_for_theirs(
    team: Path,
) -> None:
    slot, _ = planted_slot(team)
    slot["name"] = LEAD.lower()
    tamper(team, lambda content: content["slots"].insert(0, slot))
    for typed in (LEAD, LEAD.lower()):
        with pytest.raises(KeyFileChanged, match=f"a key slot for “{LEAD.lower()}” was added"):
            Vault.open(team, typed, LEAD_PASSPHRASE)


def test_a_replaced_database_key_in_a_members_slot_is_named(team: Path) -> None:
    tamper(team, lambda c: c["slots"][1].update(database_key=c["slots"][2]["database_key"]))
    with pytest.raises(KeyFileChanged, match=f"the key slot of {ZOYA} was changed"):
        Vault.open(team, LEAD, LEAD_PASSPHRASE)


def test_a_key_file_that_cannot_be_written_lets_no_passphrase_be_tried(
    team: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    def read_only(descriptor: int, offset: int, data: bytes) -> None:
        raise PermissionError(errno.EACCES, "Read-only file system")

    monkeypatch.setattr(keystore, "_write_at", read_only)
    for passphrase in ("не тот", ZOYA_PASSPHRASE):
        with pytest.raises(VaultError, match="cannot write"):
            Vault.open(team, ZOYA, passphrase)


def test_a_vault_whose_lock_file_was_removed_refuses_to_write(team: Path) -> None:
    from cocdesk.vault import LockLost

    with open_as(team) as lead:
        VaultFiles.at(team).lock.unlink()  # "a stale lock", removed by hand
        with Vault.open(team, ZOYA, ZOYA_PASSPHRASE) as zoya:  # another copy gets in ...
            zoya.new_case(title="Зоя’s second report")
        with pytest.raises(LockLost, match="was removed while the vault was open here"):
            lead.new_case(title="lost?")  # ... and this copy refuses rather than write over it
    with open_as(team) as lead:
        assert sorted(s.title for s in lead.list_cases()) == ["Зоя’s report", "Зоя’s second report"]
        assert lead.verify() == []


@pytest.mark.parametrize(
    "failures",
    [
        {"total": 9, "last": "9999-12-31T23:59:59Z"},  # a wait that would outlast the event
        {"total": 9, "last": "2026-12-01T15:00:00"},  # a time without its zone
        {"total": 5000, "last": "2099-01-01T00:00:00Z"},  # a doubling beyond any float
    ],
)
def test_no_edit_of_the_unsealed_counts_makes_a_wait_longer_than_five_minutes(
    team: Path, failures: dict[str, Any]
) -> None:
    lead = KeyFile.from_bytes(VaultFiles.at(team).keys.read_bytes()).slot(LEAD).member_id
    tamper(team, lambda c: c["failures"].update({lead: failures}))
    with pytest.raises(TooManyAttempts) as refused:
        Vault.open(team, LEAD, LEAD_PASSPHRASE)
    assert refused.value.retry_after <= 300


def test_repair_takes_the_cost_for_new_members_from_the_vaults_record_not_the_file(vault_path: Path) -> None:
    from cocdesk.desk import Desk

    cost = KdfParams(iterations=3, lanes=2)
    Vault.create(vault_path, summit_event(), LEAD, LEAD_PASSPHRASE, kdf=cost).close()
    tamper(vault_path, lambda c: c["cost"].update(iterations=1, lanes=1))
    with Desk.open_repairing(vault_path, LEAD, LEAD_PASSPHRASE) as desk:
        desk.add_member(ZOYA, Role.RESPONDER, ZOYA_PASSPHRASE)
    zoya = KeyFile.from_bytes(VaultFiles.at(vault_path).keys.read_bytes()).slot(ZOYA).kdf
    assert (zoya.iterations, zoya.lanes) == (3, 2)


def test_a_key_file_that_is_a_pipe_or_nests_without_end_is_refused_at_once(team: Path) -> None:
    import os

    from cocdesk import keynames
    from cocdesk.vault import KeyFileDamaged, destroy_files

    keys = VaultFiles.at(team).keys
    keys.write_bytes(keystore.encode_area(3, b'{"slots":' + b"[" * 30000 + b"]" * 30000 + b"}") * 2)
    assert keynames.member_names(team) == []
    with pytest.raises(KeyFileDamaged, match="its contents cannot be read"):
        Vault.open(team, LEAD, LEAD_PASSPHRASE)
    keys.unlink()
    os.mkfifo(keys)  # nobody ever writes to it: reading it would wait for ever
    assert keynames.member_names(team) == []
    with pytest.raises(KeyFileDamaged, match="not a regular file"):
        Vault.open(team, LEAD, LEAD_PASSPHRASE)
    destroy_files(VaultFiles.at(team))
    assert not keys.exists() and not team.exists()
