"""Closing the event: every open case finished or left with a reason, the last documents saved and
recorded, the vault destroyed only for the exact name, and nothing of the event left on the disk."""

from __future__ import annotations

import hashlib
import json
import re
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from cocdesk.closing import LEFT_UNFINISHED, OFFICER_EXPORT, TRANSPARENCY, Closing, ClosingNotReady
from cocdesk.demo import DEMO_MEMBER, make_demo_vault
from cocdesk.desk import Desk, InvalidEdit, KdfParams, NotAllowed, VaultError
from cocdesk.domain import CaseStatus, Event
from cocdesk.paths import default_vault_path

FAST = KdfParams(iterations=1)
PASSPHRASE = "ζωή και χαρά 李"
EVENT = "DemoConf 2026"
REASONS = ["Ушёл до разговора; нечего решать", "Reporter asked us to stop · Łukasz 李 agreed"]


@pytest.fixture
def temp_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temporary folder the app sees, so that the test can tell what was left in it."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)
    return folder


@pytest.fixture
def demo_vault() -> Path:
    """The demo event where the station keeps its vault when nobody names a place."""
    path = default_vault_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    make_demo_vault(path, PASSPHRASE, kdf=FAST)
    return path


def audit_rows(desk: Desk, action: str) -> list[dict[str, str]]:
    rows = desk.vault._connection.execute("SELECT detail FROM audit WHERE action = ? ORDER BY seq", (action,))
    return [json.loads(detail) for (detail,) in rows]


def text_of(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(path).pages))


def files_under(*folders: Path) -> list[Path]:
    return sorted(p for folder in folders for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def test_a_demo_event_closed_end_to_end_leaves_only_the_chosen_exports(
    demo_vault: Path, temp_folder: Path, private_home: Path, tmp_path: Path
) -> None:
    chosen = tmp_path / "USB stick — Зоя"
    chosen.mkdir()
    with Desk.open(demo_vault, DEMO_MEMBER, PASSPHRASE) as desk:
        closing = Closing(desk)
        pending = closing.unfinished()
        assert {s.status for s in pending} == {
            CaseStatus.RECEIVED,
            CaseStatus.ASSESSING,
            CaseStatus.DECIDED,
            CaseStatus.ACTED,
        }
        with pytest.raises(ClosingNotReady, match=pending[0].code):
            closing.destroy(EVENT)

        finished, *left = pending
        desk.vault.update_case(finished.id, status=CaseStatus.FILED)  # the team files it in the wizard
        for summary, reason in zip(left, REASONS * len(left), strict=False):
            assert closing.leave_unfinished(summary.code, reason).status == CaseStatus.CLOSED
        assert closing.unfinished() == []
        rows = audit_rows(desk, LEFT_UNFINISHED)  # the log keeps no typed word; the case keeps the reason
        assert len(rows) == len(left) and not any("reason" in row for row in rows)
        reasons = [desk.case(s.id).timeline[-1].what.partition(": ")[2] for s in left]
        assert reasons == (REASONS * len(left))[: len(left)]

        assert closing.still_to_do() == [
            "Save the Safety and Diversity Officer's export of the filed cases.",
            "Save the transparency report.",
        ]
        export = closing.save_officer_export(chosen / "officer.pdf")
        assert export is not None
        report, markdown = closing.save_transparency_report(
            chosen / "transparency.pdf", chosen / "transparency.md"
        )
        recorded = audit_rows(desk, OFFICER_EXPORT)[-1:] + audit_rows(desk, TRANSPARENCY)
        for saved, row in zip((export, report, markdown), recorded, strict=True):
            assert saved.sha256 == row["sha256"] == hashlib.sha256(saved.path.read_bytes()).hexdigest()
            assert saved.path.stat().st_mode & 0o077 == 0  # readable by its owner only
        filed = [s for s in desk.cases() if s.status in (CaseStatus.FILED, CaseStatus.CLOSED)]
        assert len(filed) == 8

        with pytest.raises(ClosingNotReady, match="exactly"):
            closing.destroy("democonf 2026")
        assert desk.is_open
        said = closing.destroy(f"  {EVENT} ")

    assert said.startswith(f"{EVENT} is closed. Its vault was destroyed")
    officer = text_of(export.path)
    assert all(s.code in officer for s in filed) and REASONS[1].split(" · ")[0] in officer
    assert "Demo Responder" in officer and "Łukasz Nowak" not in officer  # the reporter's name withheld
    assert EVENT in text_of(report.path) and "| Reports received | 8 |" in markdown.path.read_text()

    with pytest.raises(VaultError):
        Desk.open(demo_vault, DEMO_MEMBER, PASSPHRASE)
    assert not demo_vault.parent.exists()  # the app's own data folder goes once it is empty
    left_behind = files_under(private_home, temp_folder, demo_vault.parent.parent, chosen)
    assert left_behind == sorted([export.path, report.path, markdown.path])


def test_the_vault_stays_whole_until_the_name_is_typed_exactly(demo_vault: Path, tmp_path: Path) -> None:
    with Desk.open(demo_vault, DEMO_MEMBER, PASSPHRASE) as desk:
        closing = Closing(desk)
        for summary in closing.unfinished():
            closing.leave_unfinished(summary.id, "The event is over")
        closing.save_officer_export(tmp_path / "officer.pdf")
        closing.save_transparency_report(tmp_path / "report.pdf")
        assert closing.still_to_do() == []
        for wrong in ("", "DemoConf", "DEMOCONF 2026", "DemoConf  2026"):
            with pytest.raises(ClosingNotReady, match="“DemoConf 2026”"):
                closing.destroy(wrong)
        assert desk.verify() == []
    assert demo_vault.exists() and demo_vault.with_name(demo_vault.name + ".keys").exists()
    with Desk.open(demo_vault, DEMO_MEMBER, PASSPHRASE) as desk:
        assert len(desk.cases()) == 8


def test_only_the_coc_team_lead_closes_the_event(demo_vault: Path) -> None:
    for member in ("Amélie Durand", "Olusegun Adébáyọ̀"):
        refused = pytest.raises(NotAllowed, match="may not close the event")
        with Desk.open(demo_vault, member, PASSPHRASE) as desk, refused:
            Closing(desk)


def test_a_case_is_left_only_with_a_reason_and_only_while_open(demo_vault: Path) -> None:
    with Desk.open(demo_vault, DEMO_MEMBER, PASSPHRASE) as desk:
        closing = Closing(desk)
        case = closing.unfinished()[0]
        with pytest.raises(InvalidEdit, match="say why"):
            closing.leave_unfinished(case.id, "  \n ")
        assert desk.case(case.id).status == case.status
        filed = next(s for s in desk.cases() if s.status == CaseStatus.FILED)
        with pytest.raises(InvalidEdit, match="already filed"):
            closing.leave_unfinished(filed.code, "No need")
        assert audit_rows(desk, LEFT_UNFINISHED) == []


def test_an_event_without_a_case_closes_with_its_transparency_report_alone(tmp_path: Path) -> None:
    path = tmp_path / "quiet.cocdesk"
    with Desk.create(path, Event(name="Ελληνικό Συνέδριο"), "Ελένη", PASSPHRASE, kdf=FAST) as desk:
        closing = Closing(desk)
        assert closing.unfinished() == []
        assert closing.save_officer_export(tmp_path / "officer.pdf") is None
        assert closing.still_to_do() == ["Save the transparency report."]
        closing.save_transparency_report(tmp_path / "report.pdf")
        closing.destroy("Ελληνικό Συνέδριο")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_names_reach_the_officers_export_only_with_every_reporters_consent(
    demo_vault: Path, tmp_path: Path
) -> None:
    with Desk.open(demo_vault, DEMO_MEMBER, PASSPHRASE) as desk:
        closing = Closing(desk)
        target = tmp_path / "Officer — Зоя.pdf"
        with pytest.raises(InvalidEdit, match="did not agree that the Safety and Diversity Officer"):
            closing.save_officer_export(target, with_names=True)
        assert not target.exists() and closing.saved == []
        assert "Save the Safety and Diversity Officer's export of the filed cases." in closing.still_to_do()
        assert closing.save_officer_export(target) is not None


def test_closing_names_the_backups_it_made_that_still_open(tmp_path: Path) -> None:
    path = tmp_path / "quiet.cocdesk"
    with Desk.create(path, Event(name="Łódź Summit"), "Ελένη", PASSPHRASE, kdf=FAST) as desk:
        desk.backup(tmp_path / "kept" / "monday.cocdesk")
        desk.backup(tmp_path / "gone.cocdesk")
        Desk.destroy_files(tmp_path / "gone.cocdesk")  # one backup destroyed already
        closing = Closing(desk)
        closing.save_transparency_report(tmp_path / "report.pdf")
        said = closing.destroy("Łódź Summit")
    assert "still exist and open with the team's passphrases" in said
    assert str(tmp_path / "kept" / "monday.cocdesk") in said and "gone.cocdesk" not in said
    with Desk.open(tmp_path / "kept" / "monday.cocdesk", "Ελένη", PASSPHRASE) as backup:
        assert backup.event.name == "Łódź Summit"
