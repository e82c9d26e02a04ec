"""The command line never destroys a file by accident: it never writes over a vault's own files, with or
without --force, and over any other existing file only with --force. Each command runs in its own
process, as a user's shell runs it, pointed at the files of a real vault."""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from cocdesk.desk import Desk
from cocdesk.outputs import OutputExists, OutputRefused, check_output_path
from tests.cli_support import LEAD, LEAD_PASSPHRASE, REPORTER, Ran, make_vault, one_line, run_process

PASSPHRASE = f"{LEAD_PASSPHRASE}\n"
Command = Callable[[Path, Path], list[str]]  # (the vault, the file to write) -> the arguments


def as_lead(*argv: str) -> list[str]:
    return [*argv, "--member", LEAD, "--passphrase-stdin"]


COMMANDS: dict[str, Command] = {
    "forms blank": lambda vault, out: ["forms", "blank", str(out)],
    "forms info-sheet": lambda vault, out: ["forms", "info-sheet", str(out)],
    "forms pocket-card from the vault": lambda vault, out: as_lead(
        "forms", "pocket-card", str(out), "--vault", str(vault)
    ),
    "export": lambda vault, out: as_lead("export", str(vault), "--case", CODE, str(out)),
    "report transparency": lambda vault, out: as_lead("report", "transparency", str(vault), str(out)),
    "handover": lambda vault, out: as_lead("handover", str(vault), str(out)),
    "report transparency --markdown": lambda vault, out: as_lead(
        "report", "transparency", str(vault), str(vault.parent / "report-Зоя.pdf"), "--markdown", str(out)
    ),
}
CODE = ""  # the vault's one case, set by the fixture


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    global CODE
    path = tmp_path_factory.mktemp("event") / "event.cocdesk"
    CODE = make_vault(path)
    return path


def fingerprints(folder: Path) -> dict[str, str]:
    """Every file in the folder and its SHA-256: what a refusal must leave exactly as it was."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()
    }


def still_opens(vault: Path) -> None:
    with Desk.open(vault, LEAD, LEAD_PASSPHRASE) as desk:
        assert REPORTER in desk.case(CODE).model_dump_json()


def run(argv: list[str]) -> Ran:
    return run_process(*argv, stdin=PASSPHRASE if "--passphrase-stdin" in argv else "")


@pytest.fixture(autouse=True)
def no_leftovers(vault: Path):
    """Each test leaves the vault's folder as it found it, but for the vault's own files."""
    yield
    for path in vault.parent.iterdir():
        if not path.name.startswith("event.cocdesk"):
            path.unlink()


# the vault's own files


# every command at both files, and --force tried on two of them: the rule is the same for all
AT_THE_VAULT = [
    *((command, target, False) for command in COMMANDS for target in ("event.cocdesk", "event.cocdesk.keys")),
    ("forms blank", "event.cocdesk", True),
    ("report transparency --markdown", "event.cocdesk.keys", True),
]


@pytest.mark.parametrize("command, target, force", AT_THE_VAULT)
def test_a_command_pointed_at_the_vaults_files_is_refused_and_the_vault_is_untouched(
    vault: Path, command: str, target: str, force: bool
) -> None:
    before = fingerprints(vault.parent)
    argv = COMMANDS[command](vault, vault.parent / target) + (["--force"] if force else [])
    error = one_line(run(argv))
    assert error == (
        f"{vault.parent / target} belongs to the vault event.cocdesk, so nothing was written;"
        " choose another file name."
    )
    assert fingerprints(vault.parent) == before
    still_opens(vault)


@pytest.mark.parametrize("sibling", [".lock", "-wal", "-shm", "-journal", ".keys.new", ".rekey", ".keys.tmp"])
def test_a_file_named_for_the_vault_is_refused_though_it_is_not_there_yet(vault: Path, sibling: str) -> None:
    target = vault.parent / f"event.cocdesk{sibling}"
    with pytest.raises(OutputRefused, match=r"belongs to the vault event\.cocdesk"):
        check_output_path(target, force=True)
    assert not target.exists()


def test_a_key_file_is_known_by_what_it_holds_wherever_it_lies(vault: Path, tmp_path: Path) -> None:
    kept = tmp_path / "keys – Зоя.json"
    shutil.copy(vault.with_name("event.cocdesk.keys"), kept)
    before = kept.read_bytes()
    error = one_line(run(["forms", "info-sheet", str(kept), "--force"]))
    assert error.startswith(f"{kept} belongs to the vault") and "nothing was written" in error
    assert kept.read_bytes() == before


def test_a_key_file_in_the_binary_format_is_known_by_its_magic(tmp_path: Path) -> None:
    kept = tmp_path / "李娜.keys.bak"
    kept.write_bytes(b"CDKEYS\x00\x02" + os.urandom(200))
    with pytest.raises(OutputRefused, match="belongs to the vault"):
        check_output_path(kept, force=True)
    kept.write_bytes(b"%PDF-1.4 " + os.urandom(200))
    assert check_output_path(kept, force=True) == kept


def test_a_link_to_the_database_is_refused(vault: Path, tmp_path: Path) -> None:
    link = tmp_path / "report.pdf"
    link.symlink_to(vault)
    with pytest.raises(OutputRefused, match=r"belongs to the vault event\.cocdesk"):
        check_output_path(link, force=True)


def test_a_folder_is_not_a_file_to_write(tmp_path: Path) -> None:
    folder = tmp_path / "Зоя"
    folder.mkdir()
    with pytest.raises(OutputRefused) as refused:
        check_output_path(folder, force=True)
    assert str(refused.value) == f"{folder} is a folder, so nothing was written; name a file in it."


def test_an_unrelated_file_beside_a_vault_is_not_the_vaults(vault: Path) -> None:
    other = vault.parent / "event.pdf"
    assert check_output_path(other, force=False) == other
    other.write_bytes(b"%PDF")
    with pytest.raises(OutputExists):
        check_output_path(other, force=False)
    assert check_output_path(other, force=True) == other


def test_a_backup_is_a_vault_too(vault: Path, tmp_path: Path) -> None:
    backup = tmp_path / "backup.cocdesk"
    ran = run(as_lead("vault", "backup", str(vault), str(backup)))
    assert ran.code == 0, ran.err
    before = fingerprints(tmp_path)
    for target in (backup, backup.with_name("backup.cocdesk.keys")):
        assert "belongs to the vault backup.cocdesk" in one_line(
            run(["forms", "blank", str(target), "--force"])
        )
    assert fingerprints(tmp_path) == before


def test_a_backup_never_takes_the_name_of_a_vaults_own_file(vault: Path) -> None:
    before = fingerprints(vault.parent)
    lock = vault.with_name("event.cocdesk.lock")
    error = one_line(run(as_lead("vault", "backup", str(vault), str(lock))))
    assert "belongs to the vault event.cocdesk" in error
    assert fingerprints(vault.parent) == before
    still_opens(vault)


# any other existing file


@pytest.mark.parametrize("command", COMMANDS)
def test_an_existing_file_is_replaced_only_with_force(vault: Path, command: str) -> None:
    out = vault.parent / "notes – Łukasz.pdf"
    out.write_bytes(b"the minutes of the CoC team, not to be lost")
    out.chmod(0o644)
    before = fingerprints(vault.parent)
    argv = COMMANDS[command](vault, out)
    assert one_line(run(argv)) == f"{out} already exists, so nothing was written; add --force to replace it."
    assert fingerprints(vault.parent) == before

    ran = run([*argv, "--force"])
    assert ran.code == 0, ran.err
    assert out.read_bytes() != b"the minutes of the CoC team, not to be lost"
    assert out.stat().st_mode & 0o777 == 0o600
    if command.endswith("--markdown"):
        assert "transparency report" in out.read_text(encoding="utf-8")
    else:
        assert len(PdfReader(out).pages) >= 1
    still_opens(vault)


def test_the_pdf_and_the_markdown_cannot_be_one_file(vault: Path) -> None:
    out = vault.parent / "report.pdf"
    before = fingerprints(vault.parent)
    argv = as_lead("report", "transparency", str(vault), str(out), "--markdown", str(out), "--force")
    assert one_line(run(argv)) == f"The PDF and the Markdown would both be {out}: give them different names."
    assert fingerprints(vault.parent) == before


def test_a_new_file_needs_no_force_and_is_owner_only(vault: Path) -> None:
    out = vault.parent / "李娜 card.pdf"
    ran = run(COMMANDS["forms pocket-card from the vault"](vault, out))
    assert ran.code == 0, ran.err
    assert out.stat().st_mode & 0o777 == 0o600


def test_a_link_to_a_key_file_is_named_for_the_vault_not_for_the_link(vault: Path, tmp_path: Path) -> None:
    link = tmp_path / "handover Łukasz.pdf"
    link.symlink_to(vault.with_name("event.cocdesk.keys"))
    with pytest.raises(OutputRefused) as refused:
        check_output_path(link, force=True)
    assert str(refused.value).startswith(f"{link} belongs to the vault event.cocdesk,"), str(refused.value)


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_place_that_takes_no_file_is_refused_by_name_before_the_passphrase(
    vault: Path, command: str
) -> None:
    """/proc exists and root may "write" there, but it takes no new file: said with the user's own
    file name (not the hidden one a save writes first) and before the passphrase is read."""
    out = Path("/proc/李 out.pdf")
    said = one_line(run_process(*COMMANDS[command](vault, out)))  # no passphrase on its input
    assert said == f"{out} cannot be written: /proc does not take new files, so nothing was written;" + (
        " choose another folder."
    )
