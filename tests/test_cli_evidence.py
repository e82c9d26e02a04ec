"""`cocdesk case attach` and the attachments in `case show --json`: name, type, size and SHA-256,
never the bytes; the name withheld for a role without identity."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

from cocdesk.desk import Desk
from cocdesk.domain import Role
from tests.cli_support import LEAD, LEAD_PASSPHRASE, Cli, cli, make_vault, one_line
from tests.evidence_samples import (
    GIF_NAME,
    JPEG_NAME,
    OPAQUE,
    PDF_NAME,
    PNG,
    PNG_NAME,
    gif,
    jpeg_with_gps,
    pdf,
)

__all__ = ["cli"]
EVENT_LEAD, EVENT_LEAD_PASSPHRASE = "Άννα Γεωργίου", "καλημέρα κόσμε"


def attach(cli: Cli, path: Path, code: str, file: Path) -> tuple[int, str, str]:
    ran = cli.as_lead("case", "attach", str(path), code, str(file))
    return ran.code, ran.out, ran.err


def test_files_are_attached_and_listed_in_the_json_without_their_bytes(tmp_path: Path, cli: Cli) -> None:
    path = tmp_path / "v.cocdesk"
    code = make_vault(path)
    files = {PNG_NAME: PNG, JPEG_NAME: jpeg_with_gps(), PDF_NAME: pdf(), GIF_NAME: gif()}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        status, out, err = attach(cli, path, code, tmp_path / name)
        assert status == 0, err
        digest = hashlib.sha256(data).hexdigest()
        assert out.startswith(f"Attached “{name}” to case {code}: ") and out.strip().endswith(f"{digest}.")
    shown = cli.as_lead("case", "show", str(path), code, "--json").out
    listed = json.loads(shown)["attachments"]
    assert [(a["name"], a["media_type"], a["size"], a["sha256"]) for a in listed] == [
        (name, kind, len(data), hashlib.sha256(data).hexdigest())
        for (name, data), kind in zip(
            files.items(), ["image/png", "image/jpeg", "application/pdf", "image/gif"], strict=True
        )
    ]
    for data in files.values():  # never the bytes, in any form
        assert base64.b64encode(data[:60]).decode() not in shown and data[8:40].hex() not in shown

    with Desk.open(path, LEAD, LEAD_PASSPHRASE) as desk:
        desk.add_member(EVENT_LEAD, Role.EVENT_LEAD, EVENT_LEAD_PASSPHRASE)
    ran = cli(
        "case", "show", str(path), code, "--json", "--member", EVENT_LEAD, passphrases=[EVENT_LEAD_PASSPHRASE]
    )
    hidden = json.loads(ran.out)["attachments"]
    assert [a["name"] for a in hidden] == ["Attachment 1", "Attachment 2", "Attachment 3", "Attachment 4"]
    assert [a["sha256"] for a in hidden] == [a["sha256"] for a in listed]
    assert not any(name in ran.out for name in files)


def test_an_opaque_file_is_kept_with_a_warning(tmp_path: Path, cli: Cli) -> None:
    path = tmp_path / "v.cocdesk"
    code = make_vault(path)
    file = tmp_path / "José-notes.docx"
    file.write_bytes(OPAQUE)
    status, out, _ = attach(cli, path, code, file)
    assert status == 0
    assert out.splitlines()[1] == (
        "“José-notes.docx” is not an image or a PDF the station can show: it is kept as a file, listed"
        " with its size and SHA-256, and never opened here."
    )


def test_a_file_over_the_limit_is_one_line_and_asks_for_no_passphrase(tmp_path: Path, cli: Cli) -> None:
    path = tmp_path / "v.cocdesk"
    code = make_vault(path)
    file = tmp_path / "Зоя-video.png"
    with file.open("wb") as out:
        out.write(PNG)
        out.truncate(26_200_000)
    ran = cli("case", "attach", str(path), code, str(file), "--member", LEAD)  # no passphrase given
    assert one_line(ran) == (
        "“Зоя-video.png” is 26.2 MB, larger than the 25 MB a file can be: attach a smaller copy"
        " (a screenshot, or the pages that matter). Nothing was written."
    )
    missing = cli.as_lead("case", "attach", str(path), code, str(tmp_path / "李.png"))
    assert "李.png" in one_line(missing)


def test_the_event_lead_may_not_attach(tmp_path: Path, cli: Cli) -> None:
    path = tmp_path / "v.cocdesk"
    code = make_vault(path)
    with Desk.open(path, LEAD, LEAD_PASSPHRASE) as desk:
        desk.add_member(EVENT_LEAD, Role.EVENT_LEAD, EVENT_LEAD_PASSPHRASE)
    file = tmp_path / PNG_NAME
    file.write_bytes(PNG)
    ran = cli(
        "case",
        "attach",
        str(path),
        code,
        str(file),
        "--member",
        EVENT_LEAD,
        passphrases=[EVENT_LEAD_PASSPHRASE],
    )
    assert one_line(ran).endswith("you may not attach evidence to a case. Ask a member whose role may.")
