"""Evidence in the Officer's export: every attachment listed with its name as the Officer may see it,
type, size and SHA-256; the images printed scaled to the page with no EXIF, GPS or text left in
them; a PDF listed, not embedded. Read back with pypdf."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from cocdesk.domain.case import Consent, Recipient
from cocdesk.imaging import stripped
from tests.evidence_samples import (
    CAMERA,
    JPEG_NAME,
    PDF_NAME,
    PLACE,
    PNG_NAME,
    big_image,
    jpeg_with_gps,
    pdf,
    png,
)
from tests.station_vaults import create_team_vault, desk_as

GPS_IFD = 0x8825


@pytest.fixture
def exported(tmp_path: Path) -> tuple[Path, Path, dict[str, bytes]]:
    path = create_team_vault(tmp_path / "summit.cocdesk")
    files = {PNG_NAME: png(text=PLACE), JPEG_NAME: jpeg_with_gps(), PDF_NAME: pdf()}
    with desk_as(path) as desk:
        code = next(s.code for s in desk.cases() if s.title == "Messages after the keynote")
        consent = Consent(share_identity=True, recipients=[Recipient.SAFETY_OFFICER], words="Yes")
        desk.set_part(code, "consent", consent)
        for name, data in files.items():
            desk.attach(code, name, data)
        named, withheld = tmp_path / "named.pdf", tmp_path / "withheld.pdf"
        desk.officer_export(named, [code], with_names=True)
        desk.officer_export(withheld, [code])
    return named, withheld, files


def test_the_photo_leaves_without_exif_or_gps_and_the_screenshot_without_its_text(
    exported: tuple[Path, Path, dict[str, bytes]],
) -> None:
    named, _, files = exported
    original = Image.open(io.BytesIO(files[JPEG_NAME]))
    assert original.getexif().get_ifd(GPS_IFD), "the sample photo must carry GPS to begin with"
    raw = named.read_bytes()
    images = [image for page in PdfReader(named).pages for image in page.images]
    assert len(images) == 2, "the PNG and the JPEG are printed; the PDF is not embedded"
    for image in images:
        decoded = Image.open(io.BytesIO(image.data))
        assert not decoded.getexif(), image.name
        assert not decoded.getexif().get_ifd(GPS_IFD)
        assert "exif" not in decoded.info and "comment" not in decoded.info and "Comment" not in decoded.info
        assert b"Exif" not in image.data and CAMERA.encode() not in image.data
    photo = next(i for i in images if Image.open(io.BytesIO(i.data)).format == "JPEG")
    assert Image.open(io.BytesIO(photo.data)).size == original.size
    for leak in (CAMERA.encode(), PLACE.encode(), b"Phonemaker", b"2026:06:12"):
        assert leak not in raw


def test_every_attachment_is_listed_with_its_hash_and_names_only_where_they_may_go(
    exported: tuple[Path, Path, dict[str, bytes]],
) -> None:
    named, withheld, files = exported
    text = " ".join(page.extract_text() for page in PdfReader(named).pages).replace("\n", " ")
    squeezed = text.replace(" ", "")
    for name, data in files.items():
        assert name in text
        assert hashlib.sha256(data).hexdigest() in squeezed
    assert "PDF document" in text and "listed, not embedded" in text
    hidden = " ".join(page.extract_text() for page in PdfReader(withheld).pages).replace("\n", " ")
    assert not any(name in hidden for name in files)
    assert "Attachment 1" in hidden and "Attachment 3" in hidden
    assert all(hashlib.sha256(d).hexdigest() in hidden.replace(" ", "") for d in files.values())
    assert not [i for page in PdfReader(withheld).pages for i in page.images]
    assert "go out only with the names" in hidden


def test_a_large_image_is_scaled_to_fit_the_page() -> None:
    clean = stripped(big_image(2))
    assert clean.media_type == "image/png" and clean.width > 800
    from cocdesk.paper.evidence import _fitted

    fitted = _fitted(clean, 480, 700)
    assert fitted.drawWidth <= 480 and fitted.drawHeight <= 700
