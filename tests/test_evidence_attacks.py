"""Findings of an outside test of the evidence promises (issue 14, part 1): each test fails on the
code as it is, for a reason a reporter, a responder or an attacker would notice."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from PIL import Image

from cocdesk.desk import Desk
from cocdesk.desk.evidence import too_large
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


def test_a_16_bit_png_leaves_the_station_as_a_blank_white_image(station: tuple[Path, str]) -> None:
    """A 16-bit PNG (scanners, some phone apps) is 'stripped' for the Officer's export by converting
    its 0..65535 values to 8 bits without scaling: every value over 255 is clipped to white, so the
    export prints an all-white rectangle in place of the evidence, under a caption saying it is the
    image. The Officer receives no evidence and nobody is told."""
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


def test_a_file_listed_as_26_2_mb_is_kept_under_a_25_mb_limit(station: tuple[Path, str]) -> None:
    """The limit is 25 MiB (25*1024*1024 bytes) but every sentence speaks decimal megabytes: a file of
    exactly 26,214,400 bytes is accepted and listed as "26.2 MB", while one byte more is refused as
    "26.2 MB, larger than the 25 MB a file may be". The user sees the same size accepted and refused,
    and a kept file listed above the stated limit."""
    path, code = station
    kept = b"\0" * MOST_BYTES
    with desk_as(path) as desk:
        attached = desk.attach(code, "Łukasz-video.bin", kept).attachment
    refusal = too_large("José.gif", MOST_BYTES + 1)
    shown = size_text(attached.size)
    assert shown not in refusal, f"kept as {shown!r}, yet refused as: {refusal}"
    assert float(shown.split()[0]) <= 25.0, f"a file of {shown} was kept under a limit of 25 MB"


def test_a_name_with_a_right_to_left_override_is_kept_and_reads_as_another_file(
    station: tuple[Path, str],
) -> None:
    """A file named "Łukasz-chat<U+202E>gnp.exe" is stored with the override: the strip, the viewer,
    the export and the removal question show it as "Łukasz-chatexe.png". A member's name refuses
    "marks that reorder text" for exactly this reason; an attachment's name (which the CoC team reads
    to decide what a file is) does not, so a planted file can pass for a harmless screenshot."""
    path, code = station
    with desk_as(path) as desk:
        attached = desk.attach(code, "Łukasz-chat\u202egnp.exe", b"MZ" + bytes(200)).attachment
        listed = desk.attachments(code)[-1]
    assert not BIDI & set(attached.name), f"stored name {attached.name!a} keeps a reordering mark"
    assert not BIDI & set(listed.name)


def test_a_file_whose_name_is_not_utf8_cannot_be_attached_from_the_command_line(
    tmp_path: Path, cli: Cli
) -> None:
    """ "José.gif" copied from a camera card or a Windows USB stick has a Latin-1 name (b"Jos\\xe9.gif");
    Linux hands it to Python as 'Jos\\udce9.gif'. `case attach` refuses the evidence outright with
    "Name: Input should be a valid string, unable to parse raw data as a unicode string." (a pydantic
    message that names neither the file nor what to do). The reporter's file cannot be kept."""
    path = tmp_path / "v.cocdesk"
    code = make_vault(path)
    raw = os.fsencode(str(tmp_path)) + b"/Jos\xe9.gif"
    with open(raw, "wb") as out:
        out.write(gif())
    ran = cli.as_lead("case", "attach", str(path), code, os.fsdecode(raw))
    assert ran.code == 0, f"refused: {ran.err.strip()}"
    with Desk.open(path, LEAD, LEAD_PASSPHRASE) as desk:
        assert len(desk.attachments(code)) == 1


def test_a_file_whose_name_holds_a_control_character_cannot_be_attached(tmp_path: Path, cli: Cli) -> None:
    """A file name may hold any byte but '/' and NUL; one with an escape (a name made on purpose, or
    garbled by a chat app) is refused with "Name: a text cannot hold control characters." — the desk
    cleans white space out of names but not controls, so the evidence itself is turned away because of
    its name, in a sentence that names no file and says nothing of what to do."""
    path = tmp_path / "v.cocdesk"
    code = make_vault(path)
    file = tmp_path / "Зоя\x1b[2J.png"
    file.write_bytes(PNG)
    ran = cli.as_lead("case", "attach", str(path), code, str(file))
    assert ran.code == 0, f"refused: {ran.err.strip()}"
    with Desk.open(path, LEAD, LEAD_PASSPHRASE) as desk:
        names = [a.name for a in desk.attachments(code)]
    assert len(names) == 1 and "\x1b" not in names[0]


def big_phone_photo() -> bytes:
    """A photo as a 108- or 200-megapixel phone camera takes it in full resolution (here 12000x8000,
    96 megapixels): a JPEG of a few MB, well under the 25 MB limit."""
    image = Image.new("RGB", (12000, 8000), (70, 110, 160))
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=80)
    return out.getvalue()


def test_a_high_resolution_phone_photo_is_dropped_from_the_export_as_unreadable(
    tmp_path: Path,
) -> None:
    """Today's phones (108 and 200 megapixel cameras) take photos over ``imaging.MOST_PIXELS`` (80
    million). Such a photo is attached and listed as a JPEG, yet the Officer's export with names
    prints "This image could not be read, so it is listed only." and no image: the evidence is not
    damaged, only large, and the one document meant to carry it leaves without it (it could be
    decoded reduced, as Pillow's ``draft`` does for a JPEG, instead of refused)."""
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


def test_the_export_says_an_image_is_printed_below_when_it_is_not(tmp_path: Path) -> None:
    """A damaged screenshot (a PNG cut short in transfer) is listed in the Officer's export with
    "Kept: printed below", and below it the export says "This image could not be read, so it is listed
    only." The Officer reads that an image was printed, searches the pages for it, and the paper
    record of what was handed over contradicts itself."""
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
