"""`cocdesk vault ...` driven as a user would: create, team changes, verify, backup, destroy."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from cocdesk.domain import CaseStatus, Level, Role
from cocdesk.vault import Vault, VaultFiles, db
from cocdesk.vault.keyfile import KeyFile
from tests.cli_support import LEAD, LEAD_PASSPHRASE, REPORTER, Cli, cli, make_vault, one_line, run_process

__all__ = ["cli"]
ZOYA, ZOYA_PASSPHRASE = "Зоя Смирнова", "тихий вечер у моря"
ELENI, NEW = "Ελένη Παπαδοπούλου", "ΕλένηΠ: νέο συνθηματικό"


def test_version(cli: Cli) -> None:
    assert cli("--version").out.strip() == "cocdesk 0.1.0"
    assert run_process("--version").out.strip() == "cocdesk 0.1.0"


def test_create_then_list_an_empty_vault(tmp_path: Path, cli: Cli) -> None:
    path = str(tmp_path / "summit.cocdesk")
    made = cli(
        "vault", "create", path, "--event", "Σύνοδος 2026", "--member", ZOYA, passphrases=[ZOYA_PASSPHRASE]
    )
    assert made.code == 0 and f"{ZOYA} is its CoC team lead" in made.out
    assert Vault.member_names(path) == [ZOYA]
    listed = cli("case", "list", path, "--member", "зоя смирнова", "--json", passphrases=[ZOYA_PASSPHRASE])
    assert listed.code == 0 and json.loads(listed.out) == []
    again = cli("vault", "create", path, "--event", "X", "--member", "Y", passphrases=["another passphrase"])
    assert "There is already a vault" in one_line(again)
    with Vault.open(path, ZOYA, ZOYA_PASSPHRASE) as vault:
        assert vault.event.name == "Σύνοδος 2026" and vault.member.role == Role.COC_LEAD


@pytest.mark.parametrize("passphrase", ["kurz", "李明李明李明7", "       "])
def test_a_weak_passphrase_creates_nothing(tmp_path: Path, cli: Cli, passphrase: str) -> None:
    path = str(tmp_path / "weak.cocdesk")
    ran = cli("vault", "create", path, "--event", "E", "--member", LEAD, passphrases=[passphrase])
    assert "Nothing was changed" in one_line(ran)
    assert list(tmp_path.iterdir()) == []


def test_prompted_passphrases_must_match(tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    answers = iter(["żółta łódź płynie", "żółta łódź płynie!"])
    prompts: list[str] = []

    def prompt(text: str) -> str:
        prompts.append(text)
        return next(answers)

    monkeypatch.setattr("getpass.getpass", prompt)
    path = tmp_path / "v.cocdesk"
    ran = cli("vault", "create", str(path), "--event", "E", "--member", LEAD)
    assert one_line(ran) == "The two passphrases differ. Nothing was changed."
    assert prompts == [f"New passphrase for {LEAD}: ", "The same passphrase again: "]
    assert not path.exists()


def test_add_member_then_unlock_as_them(tmp_path: Path, cli: Cli) -> None:
    path = str(tmp_path / "v.cocdesk")
    code = make_vault(Path(path))
    argv = ("vault", "add-member", path, "--member", LEAD, "--new-member", ELENI, "--role", "event_lead")
    added = cli(*argv, passphrases=[LEAD_PASSPHRASE, NEW])
    assert added.code == 0 and "Event Lead Organiser" in added.out
    listed = cli("case", "list", path, "--member", ELENI, passphrases=[NEW])
    assert listed.code == 0 and code in listed.out
    argv = ("vault", "add-member", path, "--member", ELENI, "--new-member", "李明", "--role", "responder")
    refused = cli(*argv, passphrases=[NEW])  # refused before the newcomer's passphrase is asked for
    assert one_line(refused) == (
        "Signed in as Event Lead Organiser, you may not add or remove members and change roles."
        " Ask a member whose role may."
    )
    assert "李明" not in Vault.member_names(path)


def test_removed_members_kept_key_file_opens_nothing(tmp_path: Path, cli: Cli) -> None:
    path = tmp_path / "v.cocdesk"
    make_vault(path)
    with Vault.open(path, LEAD, LEAD_PASSPHRASE) as vault:
        vault.add_member("Zoë Ødegård", Role.RESPONDER, NEW, identity=True)
    files = VaultFiles.at(path)
    kept = tmp_path / "kept.keys"
    shutil.copy(files.keys, kept)
    removed = cli.as_lead("vault", "remove-member", str(path), "--remove", "Zoë Ødegård")
    assert removed.code == 0 and "re-keyed" in removed.out
    again = cli("case", "list", str(path), "--member", "Zoë Ødegård", passphrases=[NEW])
    assert "'Zoë Ødegård' is not a member of this vault" in one_line(again)
    old = KeyFile.from_bytes(kept.read_bytes())
    old_key = (
        old.slot("Zoë Ødegård").unlock(NEW, old.vault_id).database
    )  # the copy still yields the old key...
    with pytest.raises(db.DatabaseError):
        db.connect(files.database, old_key)  # ...which no longer opens the database


def test_passwd_changes_one_members_passphrase(tmp_path: Path, cli: Cli) -> None:
    path = str(tmp_path / "v.cocdesk")
    make_vault(Path(path))
    assert cli("vault", "passwd", path, "--member", LEAD, passphrases=[LEAD_PASSPHRASE, NEW]).code == 0
    old = cli.as_lead("case", "list", path)
    assert one_line(old) == "That passphrase does not open this vault."
    assert cli("case", "list", path, "--member", LEAD, passphrases=[NEW]).code == 0
    short = cli("vault", "passwd", path, "--member", LEAD, passphrases=[NEW, "short"])
    assert "at least 8 characters" in one_line(short)


def test_demo_vault_holds_every_quadrant_and_status(tmp_path: Path, cli: Cli) -> None:
    path = str(tmp_path / "demo.cocdesk")
    made = cli("vault", "demo", path, passphrases=["demo passphrase"])
    assert made.code == 0 and "Demo Responder" in made.out
    listed = cli(
        "case", "list", path, "--member", "Demo Responder", "--json", passphrases=["demo passphrase"]
    )
    rows = json.loads(listed.out)
    assert {row["status"] for row in rows} == {status.value for status in CaseStatus}
    placed = {(row["quadrant"]["risk"], row["quadrant"]["impact"]) for row in rows if row["quadrant"]}
    assert placed == {(risk.value, impact.value) for risk in Level for impact in Level}
    assert any(row["overdue"] for row in rows)
    table = cli("case", "list", path, "--member", "Demo Responder", passphrases=["demo passphrase"])
    assert "OVERDUE" in table.out and f"{len(rows)} cases, 1 overdue." in table.out


def test_verify_finds_a_tampered_audit_log(tmp_path: Path, cli: Cli) -> None:
    path = tmp_path / "v.cocdesk"
    make_vault(path)
    whole = cli.as_lead("vault", "verify", str(path))
    assert whole.code == 0 and "The vault is whole" in whole.out
    with Vault.open(path, LEAD, LEAD_PASSPHRASE) as vault:
        vault._connection.execute("UPDATE audit SET member = 'Mallory' WHERE seq = 2")
    broken = cli.as_lead("vault", "verify", str(path))
    assert broken.code != 0 and "entry 2 was changed after it was written" in broken.out
    assert "The vault is not whole: 1 problem found" in one_line(broken)


def test_backup_opens_with_the_same_passphrase(tmp_path: Path, cli: Cli) -> None:
    path, copy = tmp_path / "v.cocdesk", tmp_path / "elsewhere" / "copy.cocdesk"
    copy.parent.mkdir()
    code = make_vault(path)
    made = cli.as_lead("vault", "backup", str(path), str(copy))
    assert made.code == 0 and "copy.cocdesk.keys" in made.out
    assert REPORTER.encode() not in copy.read_bytes()
    assert code in cli.as_lead("case", "list", str(copy)).out
    again = cli.as_lead("vault", "backup", str(path), str(copy))
    assert "There is already a vault" in one_line(again)


def test_destroy_leaves_no_file(tmp_path: Path, cli: Cli) -> None:
    path = tmp_path / "v.cocdesk"
    make_vault(path)
    asked = cli("vault", "destroy", str(path))
    assert "Nothing was destroyed" in one_line(asked) and path.exists()
    assert cli("vault", "destroy", str(path), "--yes").code == 0
    assert list(tmp_path.iterdir()) == []


def test_destroy_refuses_a_file_that_is_not_a_vault(tmp_path: Path, cli: Cli) -> None:
    thesis = tmp_path / "thesis.pdf"
    thesis.write_bytes(b"%PDF-1.7 my only copy")
    assert "is not a CoC Desk vault" in one_line(cli("vault", "destroy", str(thesis), "--yes"))
    assert thesis.read_bytes() == b"%PDF-1.7 my only copy"


def test_a_planted_slot_stops_every_command_until_the_lead_repairs_the_key_file(
    tmp_path: Path, cli: Cli
) -> None:
    from cocdesk import keystore
    from cocdesk.vault.keyslots import KdfParams, new_slot

    path = tmp_path / "v.cocdesk"
    make_vault(path)
    files = VaultFiles.at(path)
    keyfile = KeyFile.from_bytes(files.keys.read_bytes())
    planted = new_slot(
        "f" * 32, "Mallory", "mallory's own", b"\x01" * 32, keyfile.vault_id, KdfParams(iterations=1)
    )
    area = keystore.read(files.keys)
    assert area is not None
    content = json.loads(area[1])
    content["slots"].append(json.loads(planted.model_dump_json()))
    keystore.overwrite(files.keys, json.dumps(content).encode("utf-8"))

    for argv in (
        ("vault", "verify", str(path)),
        ("case", "list", str(path)),
        ("vault", "backup", str(path), str(tmp_path / "b.cocdesk")),
    ):
        refused = cli.as_lead(*argv)
        assert refused.code != 0
        assert "was changed outside CoC Desk (a key slot for “Mallory” was added" in one_line(refused)
    repaired = cli.as_lead("vault", "repair-keys", str(path))
    assert repaired.code == 0, repaired.err
    assert "holds only the key slots the vault made" in repaired.out
    assert "Mallory" not in Vault.member_names(path)
    assert cli.as_lead("vault", "verify", str(path)).code == 0
