"""Filing is two things at once: the export written for the Safety and Diversity Officer, and the case
marked filed. A process killed anywhere between them leaves both or neither after the next unlock.

Each test runs a real second process that files the report and SIGKILLs itself at a chosen point
(``python -m tests.test_desk_filing PATH TARGET POINT``), then opens the desk and looks.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from cocdesk.desk import Desk, KdfParams
from cocdesk.domain import CaseStatus, Event, Party, Person

ROOT = Path(__file__).resolve().parent.parent
FAST = KdfParams(iterations=1)
LEAD, PASSPHRASE = "Łukasz", "żółta łódź płynie nocą"
TITLE = "Messages after the keynote"


def kill_myself() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def child(path: str, target: str, point: str) -> None:
    """File the one case of the vault at ``path`` to ``target`` and die at ``point``:
    before-file (the intent is noted, nothing written), half-written (the file written and synced under
    its temporary name, not yet renamed), after-file (the file in place, the case not yet filed), or
    never (a filing that completes)."""
    from cocdesk.paper import page

    save = page.Document.save
    replace = os.replace

    def save_then(document: page.Document, where: str | Path) -> str:
        if point == "before-file":
            kill_myself()
        digest = save(document, where)
        if point == "after-file":
            kill_myself()
        return digest

    def replace_then(source: Any, destination: Any) -> None:
        if point == "half-written" and Path(destination) == Path(target):
            kill_myself()
        replace(source, destination)

    patch = pytest.MonkeyPatch()  # this process dies; nothing is undone
    patch.setattr(page.Document, "save", save_then)
    patch.setattr(os, "replace", replace_then)
    desk = Desk.open(path, LEAD, PASSPHRASE)
    code = desk.cases()[0].code
    print("filing", flush=True)
    desk.file_report(code, target)
    print("filed", flush=True)
    desk.close()


def make_vault(folder: Path) -> Path:
    path = folder / "summit.cocdesk"
    event = Event(name="Zürich Summit 2026", time_zone="Europe/Zurich")
    with Desk.create(path, event, LEAD, PASSPHRASE, kdf=FAST) as desk:
        case = desk.take_report(title=TITLE)
        desk.set_part(case.id, "people", [Person(party=Party.REPORTER, name="Зоя Ковалёва")])
        desk.answer(case.id, "gather", "what_happened", "李明 sent messages after the keynote")
        desk.tick(case.id, "file", "file_with_officer", True)
    return path


def run_child(path: Path, target: Path, point: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tests.test_desk_filing", str(path), str(target), point],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def audit(desk: Desk, action: str) -> list[dict[str, Any]]:
    rows = desk.vault._connection.execute("SELECT detail FROM audit WHERE action = ? ORDER BY seq", (action,))
    return [json.loads(row[0]) for row in rows]


def outcome(path: Path, target: Path) -> str:
    """'both' or 'neither', after checking that the vault says exactly what the disk holds."""
    with Desk.open(path, LEAD, PASSPHRASE) as desk:
        case = desk.case(desk.cases()[0].id)
        filings = [c for c in case.communications if c.kind == "filing"]
        exports = audit(desk, "case.export")
        assert desk.vault.notes("filing:") == {}, "no filing is left half done"
        assert desk.verify() == []
        if case.status == CaseStatus.FILED:
            assert target.is_file(), "filed, but the export is not there"
            digest = hashlib.sha256(target.read_bytes()).hexdigest()
            assert [e["sha256"] for e in exports] == [digest]
            assert len(filings) == 1 and digest in filings[0].summary
            assert case.steps["file"].done_at is not None
            assert target.stat().st_mode & 0o077 == 0, "only its owner may read the export"
            result = "both"
        else:
            assert case.status == CaseStatus.RECEIVED
            assert not target.exists(), "an export is there, but the case is not filed"
            assert exports == [] and filings == []
            assert case.steps["file"].done_at is None
            result = "neither"
    leftovers = [p.name for p in target.parent.iterdir() if p.name != target.name]
    assert leftovers == [], f"a partial copy of the export was left behind: {leftovers}"
    return result


@pytest.mark.slow
@pytest.mark.parametrize(
    ("point", "expected"),
    [("before-file", "neither"), ("half-written", "neither"), ("after-file", "both"), ("never", "both")],
)
def test_a_filing_killed_at_any_point_leaves_both_or_neither(
    tmp_path: Path, point: str, expected: str
) -> None:
    path = make_vault(tmp_path / "vault")
    out = tmp_path / "for the Officer"
    out.mkdir()
    target = out / "filing Зоя.pdf"

    ran = run_child(path, target, point)

    if point == "never":
        assert ran.returncode == 0, ran.stderr
        assert ran.stdout.split() == ["filing", "filed"]
    else:
        assert ran.returncode == -signal.SIGKILL, ran.stderr
        assert ran.stdout.split() == ["filing"]
    assert outcome(path, target) == expected
    # A second unlock finds nothing more to do, and says the same.
    assert outcome(path, target) == expected


if __name__ == "__main__":
    child(*sys.argv[1:4])
