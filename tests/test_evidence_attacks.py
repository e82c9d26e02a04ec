"""Evidence under attack and at its edges: odd images (16-bit, 100 megapixels, damaged), the size
limit, names that lie or are not UTF-8, and files that are not files."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from PIL import Image

from cocdesk.desk import Desk, InvalidEdit
from cocdesk.desk.evidence import read_evidence, too_large
from cocdesk.domain.evidence import MOST_BYTES, size_text
from tests.cli_support import LEAD, LEAD_PASSPHRASE, Cli, cli, make_vault
from tests.evidence_samples import PNG, gif
from tests.station_vaults import create_team_vault, desk_as

__all__ = ["cli"]

BIDI = {"\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"}


@pytest.fixture
def station(tmp_path: Path) -> tuple[Path, str]:
    path = create_team_vault(tmp_path / "summit.cocdesk")
    with desk_as(path) as desk:
        code = next(s.code for s in desk.cases() if s.title == "Messages after the keynote")
    return path, code


def sixteen_bit_scan() -> bytes:
    """A 16-bit greyscale PNG (a scanner's or a medical app's output): a gradient from black to white."""
    image = Image.new("I;16", (64, 64))
    for x in range(64):
        for y in range(64):
            image.putpixel((x, y), (x * 64 + y) * 16)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def test_a_16_bit_png_leaves_the_station_scaled_to_8_bits_not_white(station: tuple[Path, str]) -> None:
    """A 16-bit PNG (scanners, some phone apps) is scaled to 8 bits for the Officer's export: values
    clipped at 255 would print an all-white rectangle in place of the evidence."""
    path, code = station
    data = sixteen_bit_scan()
    with desk_as(path) as desk:
        desk.attach(code, "Зоя-scan.png", data)
        case = desk.case(code)
        images = desk.export_images([case])
    clean = next(iter(images.values()))
    assert clean is not None
    shown = Image.open(io.BytesIO(clean.data)).convert("L")
    counts = shown.histogram()
    white = counts[255] / sum(counts)
    assert white < 0.5, f"{white:.1%} of the exported gradient is pure white: the scan is lost"


def test_the_limit_is_25_mb_as_sizes_are_shown(station: tuple[Path, str]) -> None:
    """The limit is 25 MB in decimal, as every size is shown: the largest file kept reads "25.0 MB",
    and one byte more is never refused under the same size text."""
    path, code = station
    kept = b"\0" * MOST_BYTES
    with desk_as(path) as desk:
        attached = desk.attach(code, "Łukasz-video.bin", kept).attachment
    refusal = too_large("José.gif", MOST_BYTES + 1)
    shown = size_text(attached.size)
    assert MOST_BYTES == 25_000_000 and shown == "25.0 MB"
    assert shown not in refusal, f"kept as {shown!r}, yet refused as: {refusal}"
    assert too_large("José.gif", 26_200_000).startswith(
        "“José.gif” is 26.2 MB, larger than the 25 MB a file can be: attach a smaller copy"
    )


def test_a_name_with_a_right_to_left_override_is_kept_without_it(station: tuple[Path, str]) -> None:
    """ "Łukasz-chat<U+202E>gnp.exe" would read as "Łukasz-chatexe.png" in the strip, the viewer and
    the export: the file is kept, its name without any mark that reorders text."""
    path, code = station
    with desk_as(path) as desk:
        attached = desk.attach(code, "Łukasz-chat\u202egnp.exe", b"MZ" + bytes(200)).attachment
        listed = desk.attachments(code)[-1]
    assert not BIDI & set(attached.name), f"stored name {attached.name!a} keeps a reordering mark"
    assert attached.name == listed.name == "Łukasz-chatgnp.exe"


def test_a_file_whose_name_is_not_utf8_is_attached_from_the_command_line(tmp_path: Path, cli: Cli) -> None:
    """ "José.gif" from a camera card or a Windows USB stick has a Latin-1 name (b"Jos\\xe9.gif"),
    which Python reads as 'Jos\\udce9.gif': it is kept, the byte shown as a replacement character."""
    path = tmp_path / "v.cocdesk"
    code = make_vault(path)
    raw = os.fsencode(str(tmp_path)) + b"/Jos\xe9.gif"
    with open(raw, "wb") as out:
        out.write(gif())
    ran = cli.as_lead("case", "attach", str(path), code, os.fsdecode(raw))
    assert ran.code == 0, f"refused: {ran.err.strip()}"
    assert "Attached “Jos\ufffd.gif”" in ran.out
    with Desk.open(path, LEAD, LEAD_PASSPHRASE) as desk:
        assert [a.name for a in desk.attachments(code)] == ["Jos\ufffd.gif"]


def test_a_file_whose_name_holds_a_control_character_is_attached_without_it(tmp_path: Path, cli: Cli) -> None:
    """A name with an escape (made on purpose, or garbled by a chat app) never turns the evidence
    away: it is kept under its name without the control character."""
    path = tmp_path / "v.cocdesk"
    code = make_vault(path)
    file = tmp_path / "Зоя\x1b[2J.png"
    file.write_bytes(PNG)
    ran = cli.as_lead("case", "attach", str(path), code, str(file))
    assert ran.code == 0, f"refused: {ran.err.strip()}"
    with Desk.open(path, LEAD, LEAD_PASSPHRASE) as desk:
        names = [a.name for a in desk.attachments(code)]
    assert names == ["Зоя[2J.png"]


def big_phone_photo() -> bytes:
    """A photo as a 108- or 200-megapixel phone camera takes it in full resolution (here 12000x8000,
    96 megapixels): a JPEG of a few MB, well under the 25 MB limit."""
    image = Image.new("RGB", (12000, 8000), (70, 110, 160))
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=80)
    return out.getvalue()


def test_a_high_resolution_phone_photo_is_printed_in_the_export_scaled_down(tmp_path: Path) -> None:
    """A 96-megapixel photo (108 and 200 megapixel phone cameras take larger) is decoded reduced and
    printed in the Officer's export, not left out as unreadable."""
    from pypdf import PdfReader

    from cocdesk.domain.case import Consent, Recipient

    path = create_team_vault(tmp_path / "summit.cocdesk")
    photo = big_phone_photo()
    assert len(photo) < MOST_BYTES
    out = tmp_path / "named.pdf"
    with desk_as(path) as desk:
        code = next(s.code for s in desk.cases() if s.title == "Messages after the keynote")
        desk.set_part(code, "consent", Consent(share_identity=True, recipients=[Recipient.SAFETY_OFFICER]))
        desk.attach(code, "Зоя-hallway.jpg", photo)
        desk.officer_export(out, [code], with_names=True)
    reader = PdfReader(out)
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    images = [image for page in reader.pages for image in page.images]
    assert "could not be read" not in text and images, (
        "a valid 96-megapixel photo is left out of the export as unreadable"
    )


def test_the_export_never_says_printed_below_for_an_image_it_could_not_read(tmp_path: Path) -> None:
    """A damaged screenshot (a PNG cut short in transfer) is listed as not read, never as "printed
    below": the paper record of what was handed over must not contradict itself."""
    from pypdf import PdfReader

    from cocdesk.domain.case import Consent, Recipient

    path = create_team_vault(tmp_path / "summit.cocdesk")
    out = tmp_path / "named.pdf"
    with desk_as(path) as desk:
        code = next(s.code for s in desk.cases() if s.title == "Messages after the keynote")
        desk.set_part(code, "consent", Consent(share_identity=True, recipients=[Recipient.SAFETY_OFFICER]))
        desk.attach(code, "Łukasz-chat.png", PNG[: len(PNG) // 3])  # cut short: still sniffed as a PNG
        desk.officer_export(out, [code], with_names=True)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert "could not be read" in text, "the sample must reach the unreadable branch"
    assert "printed below" not in text, "the list says the unreadable image is printed below"


@pytest.mark.parametrize("kind", ["pipe", "folder", "device"])
def test_what_is_not_a_regular_file_is_refused_at_once_in_one_sentence(
    tmp_path: Path, cli: Cli, kind: str
) -> None:
    """A named pipe would block the reader for ever (the window's auto-lock with it), a device such
    as /dev/zero fill the memory: each is refused before it is opened, in one sentence, by the
    command line and the window alike (both read through ``read_evidence``)."""
    if kind == "pipe":
        target = tmp_path / "Зоя-chat.png"
        os.mkfifo(target)
    elif kind == "folder":
        target = tmp_path / "Łukasz"
        target.mkdir()
    else:
        target = Path("/dev/zero")
    with pytest.raises(InvalidEdit) as refused:
        read_evidence(str(target))
    assert str(refused.value) == (
        f"“{target.name}” cannot be attached: it is not a regular file (a folder, a device or a pipe)."
    )
    path = tmp_path / "v.cocdesk"
    make_vault(path)
    ran = cli("case", "attach", str(path), "X", str(target), "--member", LEAD)  # asks for no passphrase
    assert ran.code == 1 and str(refused.value) in ran.err and "Traceback" not in ran.err
