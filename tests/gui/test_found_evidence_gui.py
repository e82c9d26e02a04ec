"""Findings of an outside test of the evidence promises in the window (issue 14, part 1): each test
fails on the code as it is, for a reason a responder would notice."""

from __future__ import annotations

import io

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from tests.gui.drive import sign_in
from tests.station_vaults import LEAD, desk_as


def open_case(qtbot, station, member=LEAD, title="Remarks"):
    window = sign_in(qtbot, station, member)
    row = next(r for r in window.case_list.model.rows if r.title.startswith(title))
    window.open_case(row.id)
    return window, window.case_view, row


def portrait_phone_photo() -> bytes:
    """A phone held upright: the sensor's pixels are stored 160 wide and 80 high, and EXIF
    orientation 6 says "turn 90° clockwise to show" (every phone camera writes portrait photos so)."""
    image = Image.new("RGB", (160, 80), (200, 30, 30))
    exif = Image.Exif()
    exif[0x0112] = 6
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif.tobytes())
    return out.getvalue()


def test_a_portrait_phone_photo_shows_sideways_in_the_thumbnail_and_the_viewer(
    qtbot, team_vault, station
) -> None:
    """The export turns a photo upright by its EXIF orientation (``imaging.stripped``), but the strip's
    thumbnail and the station's viewer decode it with ``QImage.fromData``, which ignores orientation:
    every portrait photo from a phone is shown lying on its side, so the team reads a photographed
    message or badge at 90°, and what they see differs from what the Officer's export prints."""
    with desk_as(team_vault) as desk:
        code = next(s.code for s in desk.cases() if s.title.startswith("Remarks"))
        desk.attach(code, "Зоя-badge.jpg", portrait_phone_photo())
    _, view, _ = open_case(qtbot, station)
    strip = view.evidence
    thumb = strip._thumbs[strip.attachments[0].id]
    assert thumb is not None
    strip.list.setCurrentRow(0)
    strip.open_selected()
    viewer = strip.viewer
    assert viewer is not None and viewer.image is not None
    shown = viewer.image.size()
    viewer.accept()
    assert thumb.height() > thumb.width() and shown.height() > shown.width(), (
        f"thumbnail {thumb.width()}x{thumb.height()}, viewer"
        f" {shown.width()}x{shown.height()}: the upright photo (80 wide, 160 high) lies on its side"
    )
    assert shown.height() > shown.width(), (
        f"the upright photo (80 wide, 160 high) is shown {shown.width()}x{shown.height()}: on its side"
    )


def test_an_image_pasted_as_evidence_stays_on_the_clipboard_after_the_station_locks(
    qtbot, station
) -> None:
    """Pasting a screenshot of the reporter's messages attaches it, sealed, but leaves it on the
    clipboard, with no password-manager hint, for as long as nothing replaces it: the 30-second
    guard and the lock only clear text the station copied. After Ctrl+L the next person at the
    laptop pastes the evidence into any program, and a clipboard manager has already written it to
    its history on disk, outside the vault."""
    _, view, _ = open_case(qtbot, station)
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    QApplication.clipboard().setImage(image)
    view.evidence.paste()
    assert view.evidence.list.count() == 1 and view.evidence.attachments[0].name.startswith("Pasted image")
    station.lock()
    held = QApplication.clipboard().mimeData()
    assert held is None or not held.hasImage(), "the pasted evidence is still on the clipboard after the lock"
