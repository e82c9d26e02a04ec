"""A vault over its life: older schemas are migrated, backups open, settings hold, destroy leaves nothing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from cocdesk.procedure.loader import ProcedureError
from cocdesk.vault import Vault, VaultError, VaultExists, VaultMissing, schema
from cocdesk.vault import sealed as sealed_module
from cocdesk.vault import vault as vault_module
from tests.vault.conftest import (
    ELENI,
    FAST,
    LEAD,
    PROCEDURE,
    ZOYA,
    create_vault,
    files_in,
    open_as,
    raw_connection,
    summit_event,
)


def as_made_at_schema(monkeypatch: pytest.MonkeyPatch, version: int) -> None:
    """Vaults created from here on are as an older release made them: ``version`` migrations, and
    (before schema 4) no identity key recorded in the database."""
    monkeypatch.setattr(
        vault_module, "migrate", lambda connection, path: schema.migrate(connection, path, upto=version)
    )
    if version < 4:
        monkeypatch.setattr(sealed_module, "set_key_id", lambda connection, key: None)


def schema_version(path: Path) -> int:
    connection = raw_connection(path)
    try:
        return int(connection.execute("PRAGMA user_version").fetchone()[0])
    finally:
        connection.close()


def has_index(path: Path, name: str) -> bool:
    connection = raw_connection(path)
    try:
        found = connection.execute("SELECT 1 FROM sqlite_master WHERE type='index' AND name=?", (name,))
        return found.fetchone() is not None
    finally:
        connection.close()


def test_a_vault_at_schema_version_1_is_migrated_when_opened(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The vault as the first release made it: only the first migration applied.
    as_made_at_schema(monkeypatch, 1)
    with create_vault(vault_path) as old:
        case = old.new_case(title="Zoë’s report")
        old.set_answer(case.id, "gather", "what_happened", "Зоя saw it")
    monkeypatch.undo()
    assert schema_version(vault_path) == 1
    assert not has_index(vault_path, "audit_by_case")

    with open_as(vault_path) as vault:
        assert vault.case(case.code).steps["gather"].values == {"what_happened": "Зоя saw it"}
        assert [entry.what for entry in vault.case(case.code).timeline][:1] == ["Report received"]
        assert vault.verify() == []
    assert schema_version(vault_path) == schema.SCHEMA_VERSION
    assert has_index(vault_path, "audit_by_case")


def test_decisions_stored_without_ids_get_distinct_ids_that_stay_when_opened(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A vault at schema 2, whose decisions were stored before a decision had an id.
    as_made_at_schema(monkeypatch, 2)
    with create_vault(vault_path) as old:
        case = old.new_case(title="Зоя’s report")
        other = old.new_case(title="Łukasz’s second report")
    monkeypatch.undo()
    texts = ["Speak with him before the keynote", "Ask Зоя whether she wants a follow-up", "李明 informs"]
    stored = [
        {"text": text, "owner": "Ana Núñez-Øby", "by": LEAD, "at": "2026-05-04T10:00:00+00:00"}
        for text in texts
    ]
    connection = raw_connection(vault_path)
    try:
        for case_id, decisions in ((case.id, stored), (other.id, stored[:1])):
            connection.execute(
                "INSERT OR REPLACE INTO case_parts (case_id, part, body) VALUES (?, 'decisions', ?)",
                (str(case_id), json.dumps(decisions)),
            )
        bodies = [row[0] for row in connection.execute("SELECT body FROM case_parts WHERE part='decisions'")]
    finally:
        connection.close()
    assert schema_version(vault_path) == 2
    assert all('"id"' not in body for body in bodies)

    with open_as(vault_path) as vault:
        first = vault.case(case.code).decisions
        again = vault.case(case.code).decisions
        theirs = vault.case(other.code).decisions
        assert vault.verify() == []
    assert schema_version(vault_path) == schema.SCHEMA_VERSION
    assert [d.text for d in first] == texts
    assert [d.owner for d in first] == ["Ana Núñez-Øby"] * 3
    ids = [d.id for d in first] + [d.id for d in theirs]
    assert len(set(ids)) == 4
    assert [d.id for d in again] == [d.id for d in first]
    with open_as(vault_path) as reopened:
        assert [d.id for d in reopened.case(case.code).decisions] == [d.id for d in first]
        assert [d.id for d in reopened.case(other.code).decisions] == [d.id for d in theirs]


def test_a_vault_with_no_decisions_or_decisions_with_ids_is_migrated_unchanged(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    as_made_at_schema(monkeypatch, 2)
    with create_vault(vault_path) as old:
        empty = old.new_case(title="Nothing decided yet")
        decided = old.new_case(title="Decided")
        old.set_part(decided.id, "decisions", [{"text": "A warning from 李明", "by": LEAD}])
        kept = old.case(decided.id).decisions[0].id
    monkeypatch.undo()
    with open_as(vault_path) as vault:
        assert vault.case(empty.code).decisions == []
        assert [d.id for d in vault.case(decided.code).decisions] == [kept]


def test_a_vault_from_a_newer_version_is_refused_and_left_alone(vault: Vault) -> None:
    path = vault.files.database
    vault.close()
    newer = schema.SCHEMA_VERSION + 1
    connection = raw_connection(path)
    connection.execute(f"PRAGMA user_version = {newer}")
    connection.close()
    with pytest.raises(VaultError, match="newer CoC Desk") as refused:
        open_as(path)
    assert "damaged" not in str(refused.value)
    assert schema_version(path) == newer
    assert files_in(path.parent) == [path.name, f"{path.name}.keys"]


def test_a_backup_opens_with_the_same_passphrases(team_vault: Vault, tmp_path: Path) -> None:
    case = team_vault.new_case(title="Ελένη’s report")
    team_vault.set_answer(case.id, "gather", "where_happened", "Łódź hall B")
    destination = tmp_path / "backups" / "summit-backup.cocvault"
    destination.parent.mkdir()
    made = team_vault.backup(destination)
    assert sorted(p.name for p in made) == ["summit-backup.cocvault", "summit-backup.cocvault.keys"]
    assert all(p.stat().st_mode & 0o077 == 0 for p in made)
    with pytest.raises(VaultExists):
        team_vault.backup(destination)
    team_vault.set_answer(case.id, "gather", "where_happened", "after the backup")
    team_vault.close()

    shutil.rmtree(team_vault.files.database.parent)  # the station is lost; the backup is what is left
    for member in (LEAD, ZOYA, ELENI):
        with open_as(destination, member) as restored:
            assert restored.case(case.code).steps["gather"].values == {"where_happened": "Łódź hall B"}
            assert restored.verify() == []


def test_destroy_leaves_nothing_to_open(team_vault: Vault, tmp_path: Path) -> None:
    path = team_vault.files.database
    kept_keys = tmp_path / "kept.keys"
    shutil.copy(team_vault.files.keys, kept_keys)
    team_vault.new_case(title="Зоя’s report")
    team_vault.close()

    open_as(path, LEAD).destroy()

    assert files_in(path.parent) == []
    with pytest.raises(VaultMissing):
        open_as(path)
    # Putting the kept key file back gives nothing to open either.
    shutil.copy(kept_keys, path.with_name(path.name + ".keys"))
    with pytest.raises(VaultMissing):
        open_as(path)


def test_a_malformed_procedure_file_is_refused_and_the_old_settings_kept(
    vault: Vault, tmp_path: Path
) -> None:
    broken = tmp_path / "our-procedure.toml"
    text = PROCEDURE.read_text(encoding="utf-8").replace('kind = "yes_no"', 'kind = "maybe"')
    broken.write_text(text, encoding="utf-8")
    line = text.splitlines().index('kind = "maybe"') + 1

    with pytest.raises(ProcedureError, match=f"our-procedure.toml, line {line}"):
        vault.update_event(summit_event(procedure_file=str(broken), venue="Ελληνικό Κέντρο"))
    assert vault.event.procedure_file == str(PROCEDURE)
    assert vault.event.venue == ""
    assert [step.id for step in vault.procedure.steps] == ["gather", "act"]

    vault.update_event(summit_event(venue="Ελληνικό Κέντρο"))
    vault.close()
    with open_as(vault.files.database) as reopened:
        assert reopened.event.venue == "Ελληνικό Κέντρο"
        assert reopened.event.procedure_file == str(PROCEDURE)


def test_a_vault_refused_for_its_member_name_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "event.cocdesk"
    with pytest.raises(VaultError, match="name"):
        Vault.create(target, summit_event(), "   ", "a long enough passphrase", kdf=FAST)
    assert list(tmp_path.iterdir()) == []


def test_a_link_beside_the_vault_never_leads_an_unlock_or_destroy_to_its_target(tmp_path: Path) -> None:
    from cocdesk.vault import VaultFiles, destroy_files

    thesis = tmp_path / "thesis.txt"
    thesis.write_text("Rozdział 1: Зоя и 李娜", encoding="utf-8")
    path = tmp_path / "desk" / "summit.cocvault"
    create_vault(path).close()
    files = VaultFiles.at(path)
    for leftover in (*files.temporaries, files.rekeyed, files.keys_pending):
        leftover.symlink_to(thesis)
    open_as(path).close()  # an unlock tidies leftovers away
    assert thesis.read_text(encoding="utf-8") == "Rozdział 1: Зоя и 李娜"
    for sidecar in files.sqlite_sidecars:
        if not sidecar.exists():
            sidecar.symlink_to(thesis)
    destroy_files(files)
    assert thesis.read_text(encoding="utf-8") == "Rozdział 1: Зоя и 李娜"
    assert sorted(p.name for p in path.parent.iterdir()) == []


def test_a_new_vault_never_takes_someone_elses_file_beside_it(tmp_path: Path) -> None:
    from cocdesk.vault import VaultExists

    path = tmp_path / "notes"
    for name in ("notes.lock", "notes-wal", "notes-journal"):
        (tmp_path / name).write_text(f"my {name}", encoding="utf-8")
        with pytest.raises(VaultExists, match=f"There is a file {name} where the vault notes"):
            create_vault(path)
        assert (tmp_path / name).read_text(encoding="utf-8") == f"my {name}"
        assert not path.exists()
        (tmp_path / name).unlink()
