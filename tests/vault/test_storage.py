"""When the disk cannot take a write: a full disk, a read-only folder. Each is told; nothing is lost."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cocdesk.vault import DiskFull, Vault
from tests.vault.conftest import ROOT, create_vault, files_in, open_as, run_child


def can_mount_privately() -> bool:
    """Root may mount in a mount namespace of its own; nothing outside the child process sees it."""
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "--mount", "--propagation", "private", "true"], capture_output=True)
    return probe.returncode == 0


def run_child_with_mount(mount: str, folder: Path, *args: str) -> dict[str, object]:
    """``child.py`` in a private mount namespace where ``folder`` is mounted with ``mount`` first."""
    script = f'{mount} && exec "$@"'
    command = [sys.executable, "-m", "tests.vault.child", *args]
    done = subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "sh", "-c", script, "sh", *command],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT), "FOLDER": str(folder)},
    )
    assert done.returncode == 0, done.stderr
    outcome: dict[str, object] = json.loads(done.stdout)
    return outcome


def test_a_full_disk_refuses_the_edit_and_keeps_every_earlier_one(vault: Vault) -> None:
    case = vault.new_case(title="Зоя’s report")
    vault.set_answer(case.id, "gather", "where_happened", "the 李 stand")
    connection = vault._connection  # SQLite's own limit stands in for the disk
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.execute(f"PRAGMA max_page_count = {pages}")

    with pytest.raises(DiskFull, match="The disk is full, so the last change was not saved"):
        vault.set_answer(case.id, "gather", "what_happened", "Ελένη " * 3000)
    assert "what_happened" not in vault.case(case.id).steps["gather"].values
    vault.close()

    with open_as(vault.files.database) as reopened:
        assert reopened.case(case.code).steps["gather"].values == {"where_happened": "the 李 stand"}
        assert reopened.verify() == []
        reopened.set_answer(case.id, "gather", "what_happened", "Ελένη " * 3000)  # room again


@pytest.mark.skipif(not can_mount_privately(), reason="needs root and unshare to mount a small disk")
def test_a_full_disk_is_called_full_and_a_wrong_passphrase_wrong(tmp_path: Path) -> None:
    small = tmp_path / "small"
    small.mkdir()
    outcome = run_child_with_mount(
        'mount -t tmpfs -o size=900k tmpfs "$FOLDER"', small, "open-full", str(small / "summit.cocvault")
    )
    assert outcome["wrong"] == "WrongPassphrase: That passphrase does not open this vault."
    assert outcome["right"] == (
        "DiskFull: The disk is full, so the vault cannot be opened. Free some space and try again."
    )


@pytest.mark.skipif(not can_mount_privately(), reason="needs root and unshare to mount a small disk")
def test_a_really_full_disk_loses_no_saved_edit(tmp_path: Path) -> None:
    small = tmp_path / "small"
    small.mkdir()
    outcome = run_child_with_mount(
        'mount -t tmpfs -o size=600k tmpfs "$FOLDER"', small, "fill-disk", str(small / "summit.cocvault")
    )
    assert outcome["refused"] == "DiskFull"
    assert outcome["lost"] == [] and outcome["problems"] == []
    assert isinstance(outcome["saved"], int) and outcome["saved"] > 0


def test_a_read_only_folder_is_named_and_left_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "usb-stick"
    read_only_vault = folder / "summit.cocvault"
    with create_vault(read_only_vault) as vault:
        code = vault.new_case(title="Ελένη’s report").code
    writable = tmp_path / "desk" / "summit.cocvault"
    create_vault(writable).close()
    before = files_in(folder)
    args = ("read-only", str(read_only_vault), str(writable))

    if can_mount_privately():
        bind_read_only = 'mount --bind "$FOLDER" "$FOLDER" && mount -o remount,bind,ro "$FOLDER" "$FOLDER"'
        outcome = run_child_with_mount(bind_read_only, folder, *args)
    elif os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            done = run_child(*args)
        finally:
            folder.chmod(0o755)
        assert done.returncode == 0, done.stderr
        outcome = json.loads(done.stdout)
    else:
        pytest.skip("root without unshare: no way to make a folder read-only for root")

    assert outcome == {
        "open": "ReadOnlyLocation",
        "create": "ReadOnlyLocation",
        "backup": "ReadOnlyLocation",
        "files": " ".join(before),
    }
    with open_as(read_only_vault) as vault:
        assert vault.case(code).title == "Ελένη’s report"
