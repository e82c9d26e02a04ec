"""The paper commands: forms with and without a vault, the Officer's export, the transparency report."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from pypdf import PdfReader

from cocdesk.domain import CaseStatus
from cocdesk.vault import Vault
from tests.cli_support import (
    EVENT,
    LEAD,
    LEAD_PASSPHRASE,
    REPORTED,
    REPORTER,
    WITNESS,
    Cli,
    cli,
    make_vault,
    one_line,
)

__all__ = ["cli"]


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def audit_details(vault_path: Path, action: str) -> list[dict[str, object]]:
    with Vault.open(vault_path, LEAD, LEAD_PASSPHRASE) as vault:
        rows = vault._connection.execute("SELECT detail FROM audit WHERE action = ? ORDER BY seq", (action,))
        return [json.loads(row[0]) for row in rows]


def test_a_blank_form_needs_no_vault(tmp_path: Path, cli: Cli) -> None:
    out = tmp_path / "blank.pdf"
    ran = cli("forms", "blank", str(out), "--paper", "letter")
    assert ran.code == 0, ran.err
    reader = PdfReader(out)
    assert len(reader.pages) > 1
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert (round(width), round(height)) == (612, 792)
    assert "Safety first" in text_of(out)
    assert f"{len(reader.pages)} pages" in ran.out


def test_one_step_alone_and_an_unknown_step(tmp_path: Path, cli: Cli) -> None:
    out = tmp_path / "gather.pdf"
    assert cli("forms", "blank", str(out), "--step", "gather").code == 0
    text = text_of(out)
    assert "Gather information" in text and "Safety first" not in text
    refused = one_line(cli("forms", "blank", str(tmp_path / "x.pdf"), "--step", "gossip"))
    assert "no step 'gossip'" in refused and "gather" in refused
    assert not (tmp_path / "x.pdf").exists()


def test_sheets_take_the_events_details_from_the_vault(tmp_path: Path, cli: Cli) -> None:
    vault_path = tmp_path / "event.cocdesk"
    make_vault(vault_path)
    for form in ("info-sheet", "pocket-card"):
        out = tmp_path / f"{form}.pdf"
        ran = cli(
            "forms",
            form,
            str(out),
            "--vault",
            str(vault_path),
            "--member",
            LEAD,
            passphrases=[LEAD_PASSPHRASE],
        )
        assert ran.code == 0, ran.err
        assert EVENT in text_of(out)
    saved = audit_details(vault_path, "paper.save")
    assert len(saved) == 2
    assert saved[0]["sha256"] == hashlib.sha256((tmp_path / "info-sheet.pdf").read_bytes()).hexdigest()


def test_a_vault_without_a_member_is_one_clear_line(tmp_path: Path, cli: Cli) -> None:
    vault_path = tmp_path / "event.cocdesk"
    make_vault(vault_path)
    assert "--member" in one_line(
        cli("forms", "info-sheet", str(tmp_path / "s.pdf"), "--vault", str(vault_path))
    )


def test_the_officer_export_is_recorded_and_withholds_names_unless_asked(tmp_path: Path, cli: Cli) -> None:
    vault_path = tmp_path / "event.cocdesk"
    code = make_vault(vault_path)
    plain, named = tmp_path / "export.pdf", tmp_path / "named.pdf"
    assert cli.as_lead("export", str(vault_path), "--case", code, str(plain)).code == 0
    assert cli.as_lead("export", str(vault_path), "--case", code, "--with-names", str(named)).code == 0
    hidden, shown = text_of(plain), text_of(named)
    assert code in hidden and "Confidential" in hidden
    for name in (REPORTER, WITNESS):
        assert name not in hidden
        assert name in shown
    assert REPORTED in shown
    exports = audit_details(vault_path, "case.export")
    assert [e["sha256"] for e in exports] == [
        hashlib.sha256(plain.read_bytes()).hexdigest(),
        hashlib.sha256(named.read_bytes()).hexdigest(),
    ]
    assert plain.stat().st_mode & 0o077 == 0


def test_all_filed_needs_a_filed_case(tmp_path: Path, cli: Cli) -> None:
    vault_path = tmp_path / "event.cocdesk"
    code = make_vault(vault_path)
    out = tmp_path / "filed.pdf"
    assert "No case is filed" in one_line(cli.as_lead("export", str(vault_path), "--all-filed", str(out)))
    with Vault.open(vault_path, LEAD, LEAD_PASSPHRASE) as vault:
        vault.update_case(code, status=CaseStatus.FILED)
    assert cli.as_lead("export", str(vault_path), "--all-filed", str(out)).code == 0
    assert code in text_of(out)


def test_the_transparency_report_has_no_names_and_comes_as_markdown(tmp_path: Path, cli: Cli) -> None:
    vault_path = tmp_path / "event.cocdesk"
    make_vault(vault_path)
    pdf, markdown = tmp_path / "report.pdf", tmp_path / "report.md"
    ran = cli.as_lead("report", "transparency", str(vault_path), str(pdf), "--markdown", str(markdown))
    assert ran.code == 0, ran.err
    text, md = text_of(pdf), markdown.read_text(encoding="utf-8")
    for name in (REPORTER, REPORTED, WITNESS, "Зоя", "李明"):
        assert name not in text and name not in md
    assert "fewer than 3" in text and "fewer than 3" in md
    assert "draft" not in text.casefold()


def test_the_closing_ceremony_draft_is_titled_as_one(tmp_path: Path, cli: Cli) -> None:
    vault_path = tmp_path / "event.cocdesk"
    make_vault(vault_path)
    pdf = tmp_path / "Зоя's closing.pdf"
    ran = cli.as_lead("report", "transparency", str(vault_path), str(pdf), "--draft")
    assert ran.code == 0, ran.err
    text = " ".join(text_of(pdf).split())
    assert "draft for the closing ceremony" in text and "as of" in text


def test_a_wrong_passphrase_writes_no_file(tmp_path: Path, cli: Cli) -> None:
    vault_path = tmp_path / "event.cocdesk"
    code = make_vault(vault_path)
    out = tmp_path / "export.pdf"
    ran = cli("export", str(vault_path), "--member", LEAD, "--case", code, str(out), passphrases=["wrong"])
    assert "passphrase" in one_line(ran)
    assert not out.exists()


def test_saving_over_a_readable_file_makes_it_owner_only(tmp_path: Path, cli: Cli) -> None:
    out = tmp_path / "blank.pdf"
    out.write_bytes(b"old")
    out.chmod(0o644)
    assert cli("forms", "blank", str(out), "--force").code == 0
    assert out.stat().st_mode & 0o077 == 0
    assert out.read_bytes().startswith(b"%PDF")
