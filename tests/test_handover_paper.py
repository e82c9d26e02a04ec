"""The printed shift handover, from the desk and from `cocdesk handover`: read back, it has every open
case's code and what to do about it, and no reporter's or witness's name in any script."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli_support import Cli, cli, one_line
from tests.handover_vaults import (
    EVENT_LEAD,
    LEAD,
    NAMES,
    PASSPHRASES,
    RESPONDER,
    Codes,
    create_handover_vault,
    desk_as,
)

__all__ = ["cli"]
FIRST_NAMES = [name.split()[0] for name in NAMES] + ["李"]  # Łukasz, Зоя, 李华, José, and 李 alone


@pytest.fixture
def vault(tmp_path: Path) -> tuple[Path, Codes]:
    path = tmp_path / "camp.cocdesk"
    return path, create_handover_vault(path)


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def flat(text: str) -> str:
    return " ".join(text.split())


def saved(path: Path) -> list[dict[str, object]]:
    with desk_as(path) as desk:
        rows = desk.vault._connection.execute(
            "SELECT detail FROM audit WHERE action = 'paper.save' ORDER BY seq"
        ).fetchall()
    return [json.loads(row[0]) for row in rows]


def test_the_sheet_has_the_codes_and_what_to_do_and_no_names(
    vault: tuple[Path, Codes], tmp_path: Path
) -> None:
    path, codes = vault
    out = tmp_path / "handover.pdf"
    with desk_as(path, RESPONDER) as desk:
        desk.hand_over()
    with desk_as(path, LEAD) as desk:
        desk.take_over()
        digest = desk.save_handover_sheet(out, 1)
    text = flat(text_of(out))
    for code in (codes.late, codes.placed, codes.fresh):
        assert code in text
    assert codes.filed not in text and codes.closed not in text
    assert "Handover 1" in text and "Kraków Code Camp 2026" in text
    assert f"Handed over by: {RESPONDER}" in text and f"Taken over by: {LEAD}" in text
    assert "[reporter] hears from us by 18:00 tomorrow" in text
    assert "Yes, with our help" in text
    assert "OVERDUE: Action: Ask the speaker for the slides" in text
    assert f"Owner: {RESPONDER}" in text and "Next step: Safety first" in text
    for name in FIRST_NAMES:
        assert name not in text, name
    assert saved(path)[-1]["sha256"] == digest == hashlib.sha256(out.read_bytes()).hexdigest()


def test_the_sheet_as_things_stand_leaves_lines_to_sign(vault: tuple[Path, Codes], tmp_path: Path) -> None:
    path, _ = vault
    out = tmp_path / "now.pdf"
    with desk_as(path) as desk:
        desk.save_handover_sheet(out)
    text = flat(text_of(out))
    assert "not handed over yet" in text and "3 open cases, 2 with something overdue" in text
    assert "Handed over by" in text and "Taken over by" in text


def test_the_command_prints_it_and_the_log_records_its_hash(
    vault: tuple[Path, Codes], tmp_path: Path, cli: Cli
) -> None:
    path, codes = vault
    out = tmp_path / "handover.pdf"
    ran = cli("handover", str(path), str(out), "--member", RESPONDER, passphrases=[PASSPHRASES[RESPONDER]])
    assert ran.code == 0, ran.err
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    assert digest in ran.out
    text = text_of(out)
    assert codes.late in text and codes.fresh in text
    assert not any(name in text for name in FIRST_NAMES)
    record = saved(path)[-1]
    assert record["sha256"] == digest and record["what"] == "Saved the shift handover sheet"


def test_the_command_refuses_in_one_line(vault: tuple[Path, Codes], tmp_path: Path, cli: Cli) -> None:
    path, _ = vault
    out = tmp_path / "handover.pdf"
    before = len(saved(path))
    refused = one_line(
        cli("handover", str(path), str(out), "--member", EVENT_LEAD, passphrases=[PASSPHRASES[EVENT_LEAD]])
    )
    assert "may not read the shift handover" in refused
    asked = ("handover", str(path), str(out), "--member", LEAD, "--number", "4")
    missing = one_line(cli(*asked, passphrases=[PASSPHRASES[LEAD]]))
    assert missing == "There is no handover 4 in this vault."
    assert not out.exists() and len(saved(path)) == before
