"""Nothing readable reaches the disk: every file the vault writes is scanned for what a reporter said."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from tests.vault.child import CONFIDENCES
from tests.vault.conftest import expect_line, files_in, raw_connection, start_child


def encodings(word: str) -> dict[str, bytes]:
    """The forms a word takes when stored as text: as is, in UTF-16, and escaped inside JSON."""
    return {
        "UTF-8": word.encode("utf-8"),
        "UTF-16-LE": word.encode("utf-16-le"),
        "UTF-16-BE": word.encode("utf-16-be"),
        "JSON": json.dumps(word)[1:-1].encode("ascii"),
    }


def readable(folders: list[Path], words: list[str]) -> list[str]:
    """Every word found in any file under ``folders``, as 'file: word (encoding)'."""
    found = []
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            content = path.read_bytes()
            for word in words:
                found += [
                    f"{path.name}: {word} ({name})"
                    for name, form in encodings(word).items()
                    if form in content
                ]
    return found


def private_to_owner(folder: Path) -> dict[str, str]:
    """The vault's files that others may read or write, with their modes."""
    return {
        path.name: oct(stat.S_IMODE(path.stat().st_mode))
        for path in folder.iterdir()
        if stat.S_IMODE(path.stat().st_mode) & 0o077
    }


def test_no_file_the_vault_writes_holds_a_readable_word_of_a_report(
    tmp_path: Path, private_home: Path
) -> None:
    run = tmp_path / "run"
    desk, temporary = run / "desk", run / "tmp"
    desk.mkdir(parents=True)
    temporary.mkdir()
    vault_path = desk / "summit.cocvault"
    scanned = [run, private_home]
    # The report is written by a process whose temporary files land where the scan looks.
    child = start_child(
        "confide", str(vault_path), env={"TMPDIR": str(temporary), "SQLITE_TMPDIR": str(temporary)}
    )
    try:
        expect_line(child, "open")
        wal = desk / "summit.cocvault-wal"
        assert wal.exists() and wal.stat().st_size > 0, files_in(desk)
        assert readable(scanned, CONFIDENCES) == []
        assert private_to_owner(desk) == {}

        assert child.stdin is not None
        child.stdin.write("go on\n")
        child.stdin.flush()
        expect_line(child, "closed")
    finally:
        child.kill()
        child.communicate(timeout=30)
    assert files_in(desk) == [
        "backup.cocvault",
        "backup.cocvault.keys",
        "summit.cocvault",
        "summit.cocvault.keys",
    ]
    assert readable(scanned, CONFIDENCES) == []
    assert private_to_owner(desk) == {}

    # The same scan finds every word once the vault's content is written out in the clear.
    control = tmp_path / "control" / "plain.db"
    control.parent.mkdir()
    connection = raw_connection(vault_path)
    connection.execute("ATTACH DATABASE ? AS plain KEY ''", (str(control),))
    connection.execute("SELECT sqlcipher_export('plain')")
    connection.execute("DETACH DATABASE plain")
    connection.close()
    found = readable([control.parent], CONFIDENCES)
    assert {line.split(": ", 1)[1].rsplit(" (", 1)[0] for line in found} == set(CONFIDENCES)


def test_the_scan_reads_utf16_and_json_escapes(tmp_path: Path) -> None:
    (tmp_path / "a").write_bytes(b"xx" + "Зоя".encode("utf-16-le") + b"yy")
    (tmp_path / "b").write_bytes(b'{"name": "\\u674e"}')
    assert readable([tmp_path], ["Зоя", "李", "Ελένη"]) == ["a: Зоя (UTF-16-LE)", "b: 李 (JSON)"]
