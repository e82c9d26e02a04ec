"""Members come and go: a removed member's kept key slot opens nothing, even after a crash mid-way."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cocdesk.domain import Role
from cocdesk.vault import UnknownMember, Vault, VaultError, WrongPassphrase, db
from tests.vault.conftest import (
    ELENI,
    LEAD,
    LEAD_PASSPHRASE,
    ZOYA,
    ZOYA_PASSPHRASE,
    files_in,
    key_of,
    open_as,
    run_child,
)


def opens_database(path: Path, key: bytes) -> bool:
    try:
        db.connect(path, key).close()
    except db.DatabaseError:
        return False
    return True


def kept_slot_opens(path: Path, kept_keys: Path) -> bool:
    """Whether the database key in Зоя's kept copy of the key file still opens the database."""
    return opens_database(path, key_of(path, ZOYA, ZOYA_PASSPHRASE, keys=kept_keys))


@pytest.fixture
def kept_keys(team_vault: Vault, tmp_path: Path) -> Path:
    """Зоя's copy of the key file, taken while she was still on the team."""
    kept = tmp_path / "kept.keys"
    shutil.copy(team_vault.files.keys, kept)
    return kept


def test_a_removed_member_cannot_open_the_vault_with_a_kept_key_file(
    team_vault: Vault, kept_keys: Path
) -> None:
    path = team_vault.files.database
    code = team_vault.new_case(title="Ελένη’s report").code
    assert kept_slot_opens(path, kept_keys)

    team_vault.remove_member(ZOYA)
    assert [m.name for m in team_vault.members()] == [LEAD, ELENI]
    assert team_vault.case(code).title == "Ελένη’s report"  # the lead goes on working after the re-key
    team_vault.close()

    assert not kept_slot_opens(path, kept_keys)
    with pytest.raises(UnknownMember):
        open_as(path, ZOYA)
    # Even with her old key file put back beside the database, she gets nothing.
    current = path.with_name(path.name + ".keys")
    saved = current.read_bytes()
    shutil.copy(kept_keys, current)
    with pytest.raises(VaultError):
        open_as(path, ZOYA).close()
    current.write_bytes(saved)

    for member in (LEAD, ELENI):
        with open_as(path, member) as vault:
            assert vault.case(code).title == "Ελένη’s report"
            assert vault.verify() == []


def test_nobody_removes_themselves(team_vault: Vault) -> None:
    path = team_vault.files.database
    team_vault.close()
    with open_as(path, LEAD) as lead, pytest.raises(VaultError, match="cannot remove yourself"):
        lead.remove_member(LEAD)


def test_a_removal_cut_short_before_it_is_recorded_leaves_the_member_in(
    team_vault: Vault, kept_keys: Path
) -> None:
    path = team_vault.files.database
    code = team_vault.new_case(title="Zoë’s report").code
    team_vault.close()

    crashed = run_child("remove", str(path), ZOYA, "1", "crash")
    assert crashed.returncode == 70, crashed.stderr

    for member in (LEAD, ZOYA, ELENI):
        with open_as(path, member) as vault:
            assert vault.case(code).title == "Zoë’s report"
            assert [m.name for m in vault.members()] == [LEAD, ELENI, ZOYA]
            assert vault.identity_key is not None
            assert vault.verify() == []
    assert files_in(path.parent) == [path.name, f"{path.name}.keys"]


def test_changing_a_passphrase_leaves_the_others_alone(team_vault: Vault) -> None:
    path = team_vault.files.database
    team_vault.close()
    with open_as(path, ZOYA) as vault:
        with pytest.raises(WrongPassphrase):
            vault.change_passphrase("не тот", "новая фраза 李")
        vault.change_passphrase(ZOYA_PASSPHRASE, "новая фраза 李")
    with pytest.raises(WrongPassphrase):
        Vault.open(path, ZOYA, ZOYA_PASSPHRASE)
    Vault.open(path, ZOYA, "новая фраза 李").close()
    Vault.open(path, LEAD, LEAD_PASSPHRASE).close()
    open_as(path, ELENI).close()


def test_a_new_member_opens_the_vault_with_their_own_passphrase(vault: Vault) -> None:
    vault.add_member("李 Wei", Role.SAFETY_OFFICER, "月亮 🌙 moon", identity=False)
    with pytest.raises(VaultError, match="already a member called"):
        vault.add_member("李 wei", Role.RESPONDER, "x", identity=True)
    vault.close()
    with Vault.open(vault.files.database, "李 Wei", "月亮 🌙 moon") as officer:
        assert officer.member.role == Role.SAFETY_OFFICER
    assert Vault.member_names(vault.files.database) == [LEAD, "李 Wei"]
