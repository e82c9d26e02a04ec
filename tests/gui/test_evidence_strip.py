"""Evidence in the window: a file dropped on the case view or the wizard's step, an image pasted from
the clipboard, a file chosen; thumbnails shown; the viewer opening an image and a PDF from memory
(no new file anywhere in the temporary folder); what a role without identity sees; every control
reached by the keyboard and by assistive technology."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QScrollArea

from cocdesk.gui.evidence import strip as strip_module
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
from tests.gui.drive import sign_in
from tests.station_vaults import EVENT_LEAD, LEAD, desk_as

SHOTS = Path(os.environ.get("COCDESK_SHOTS", tempfile.gettempdir()))


def open_case(qtbot, station, member=LEAD, title="Remarks"):
    window = sign_in(qtbot, station, member)
    row = next(r for r in window.case_list.model.rows if r.title.startswith(title))
    window.open_case(row.id)
    return window, window.case_view, row


def drop(target, paths: list[Path]) -> None:
    """Drop ``paths`` on ``target`` as a file manager does: a drag entering, then the drop."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    where = QPointF(target.rect().center())
    actions, buttons, keys = (
        Qt.DropAction.CopyAction,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    entering = QDragEnterEvent(where.toPoint(), actions, mime, buttons, keys)
    QApplication.sendEvent(target, entering)
    assert entering.isAccepted(), "the view does not take the drag"
    QApplication.sendEvent(target, QDropEvent(where, actions, mime, buttons, keys))


def press(qtbot, widget) -> None:
    """A button pressed by assistive technology, through its accessible action (which clicks it a
    moment later, as a click that shows)."""
    face = QAccessible.queryAccessibleInterface(widget)
    assert face is not None and face.actionInterface() is not None
    face.actionInterface().doAction(QAccessibleActionInterface.pressAction())
    qtbot.wait(250)


def timeline(view) -> list[str]:
    table = view.ui.timeline_table
    return [table.item(r, 2).text() for r in range(table.rowCount())]


def temp_entries() -> set[str]:
    return set(os.listdir(tempfile.gettempdir()))


def test_files_dropped_on_the_case_view_show_as_thumbnails(qtbot, station, tmp_path) -> None:
    window, view, _ = open_case(qtbot, station)
    files = {PNG_NAME: PNG, JPEG_NAME: jpeg_with_gps(), PDF_NAME: pdf(), GIF_NAME: gif()}
    paths = []
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        paths.append(tmp_path / name)
    drop(view, paths)
    strip = view.evidence
    assert [strip.list.item(i).text() for i in range(strip.list.count())] == list(files)
    for i in range(strip.list.count()):
        icon = strip.list.item(i).icon().pixmap(88, 88).toImage()
        assert not icon.isNull() and icon.width() > 10
    assert strip.note.text() == "Attached 4 files."
    qtbot.waitUntil(lambda: timeline(view)[0].startswith("Attached a GIF image ("))  # the view reads again
    assert not any(name in " ".join(timeline(view)) for name in files)
    window.resize(1024, 600)
    window.grab().save(str(SHOTS / "evidence-case.png"))


def test_a_file_the_station_cannot_show_is_kept_with_its_warning_and_a_large_one_refused(
    qtbot, station, tmp_path
) -> None:
    _, view, _ = open_case(qtbot, station)
    notes = tmp_path / "José-notes.docx"
    notes.write_bytes(OPAQUE)
    drop(view, [notes])
    assert "is not an image or a PDF the station can show" in view.evidence.note.text()
    big = tmp_path / "Зоя-video.png"
    with big.open("wb") as out:
        out.write(PNG)
        out.truncate(26 << 20)
    drop(view, [big])
    assert view.evidence.note.text().startswith("“Зоя-video.png” is 27.3 MB, larger than the 25 MB")
    assert view.evidence.list.count() == 1


def test_an_image_pasted_from_the_clipboard_is_attached(qtbot, station) -> None:
    _, view, _ = open_case(qtbot, station)
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    QApplication.clipboard().setImage(image)
    press(qtbot, view.evidence.paste_button)
    strip = view.evidence
    assert strip.list.count() == 1 and strip.attachments[0].name.startswith("Pasted image ")
    assert strip.attachments[0].media_type == "image/png"
    # the evidence, kept sealed, leaves the clipboard, and the strip says so
    assert strip.note.text().endswith("The image was cleared from the clipboard.")
    held = QApplication.clipboard().mimeData()
    assert held is None or not held.hasImage()
    # Ctrl+V with no text field in focus pastes too
    QApplication.clipboard().setImage(image)
    view.ui.back_button.setFocus()
    qtbot.keyClick(view.ui.back_button, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: strip.list.count() == 2)


def test_a_file_chosen_with_the_button_is_attached(qtbot, station, tmp_path, monkeypatch) -> None:
    _, view, _ = open_case(qtbot, station)
    chosen = tmp_path / PDF_NAME
    chosen.write_bytes(pdf())
    monkeypatch.setattr(strip_module, "choose_files", lambda parent: [str(chosen)])
    view.evidence.attach_button.setFocus()
    qtbot.keyClick(view.evidence.attach_button, Qt.Key.Key_Space)
    assert [a.name for a in view.evidence.attachments] == [PDF_NAME]


def test_the_viewer_opens_an_image_and_a_pdf_from_memory(qtbot, station, tmp_path) -> None:
    _, view, _ = open_case(qtbot, station)
    for name, data in ((PNG_NAME, PNG), (PDF_NAME, pdf())):
        (tmp_path / name).write_bytes(data)
    drop(view, [tmp_path / PNG_NAME, tmp_path / PDF_NAME])
    strip = view.evidence
    before = temp_entries()
    strip.list.setFocus()
    strip.list.setCurrentRow(0)
    qtbot.keyClick(strip.list, Qt.Key.Key_Return)
    viewer = strip.viewer
    assert viewer is not None and viewer.isVisible() and viewer.shows == "image"
    assert viewer.windowTitle() == "Evidence" and PNG_NAME not in viewer.windowTitle()
    assert viewer.image is not None and viewer.image.size().width() == 64
    viewer.grab().save(str(SHOTS / "evidence-viewer-image.png"))
    viewer.accept()
    strip.list.setCurrentRow(1)
    press(qtbot, strip.open_button)
    viewer = strip.viewer
    assert viewer is not None and viewer.shows == "pdf" and viewer.pdf is not None
    assert viewer.pdf.pageCount() == 1
    viewer.resize(900, 640)
    qtbot.wait(50)
    viewer.grab().save(str(SHOTS / "evidence-viewer.png"))
    viewer.accept()
    assert temp_entries() == before, "the viewer wrote a file"


def test_removing_asks_why_and_the_timeline_says_so(qtbot, station, tmp_path, monkeypatch) -> None:
    _, view, _ = open_case(qtbot, station)
    (tmp_path / PNG_NAME).write_bytes(PNG)
    drop(view, [tmp_path / PNG_NAME])
    monkeypatch.setattr(strip_module, "ask_reason", lambda parent, label: "Зоя asked for it back")
    strip = view.evidence
    strip.list.setCurrentRow(0)
    press(qtbot, strip.remove_button)
    assert strip.attachments[0].removed and strip.note.text() == f"Removed “{PNG_NAME}”: its file is deleted."
    assert not strip.open_button.isEnabled()
    removed = "Removed attachment 1 (PNG image); its file is deleted: Зоя asked for it back"
    qtbot.waitUntil(lambda: timeline(view)[0] == removed)


def test_a_role_without_identity_sees_the_list_but_no_name_and_opens_nothing(
    qtbot, team_vault, station
) -> None:
    with desk_as(team_vault) as desk:
        code = next(s.code for s in desk.cases() if s.title.startswith("Remarks"))
        desk.attach(code, PNG_NAME, PNG)
    _, view, _ = open_case(qtbot, station, EVENT_LEAD)
    strip = view.evidence
    assert strip.list.count() == 1
    assert strip.list.item(0).text().startswith("Attachment 1")
    assert PNG_NAME not in strip.list.item(0).toolTip()
    assert not strip.attach_button.isVisible() and not strip.remove_button.isVisible()
    strip.list.setCurrentRow(0)
    assert not strip.open_button.isEnabled()
    strip.open_selected()
    assert strip.viewer is None and strip.note.text() == "Evidence is identity: listed, not shown."
    view.window().resize(1024, 600)
    view.window().grab().save(str(SHOTS / "evidence-withheld.png"))


def test_the_wizard_step_that_asks_for_evidence_has_the_strip_and_takes_drops(
    qtbot, station, tmp_path
) -> None:
    window, _, row = open_case(qtbot, station)
    window.work.continue_case(row.id)
    wizard = window.work.wizard
    wizard.go("gather")
    page = wizard.page("gather")
    assert page.evidence is not None
    steps = wizard.open_case.procedure.steps
    assert [s.id for s in steps if wizard.page(s.id).evidence is not None] == ["gather"]
    wizard.go("gather")
    (tmp_path / JPEG_NAME).write_bytes(jpeg_with_gps())
    drop(page, [tmp_path / JPEG_NAME])
    assert [a.name for a in page.evidence.attachments] == [JPEG_NAME]
    page.evidence.attach_button.setFocus()
    assert page.evidence.attach_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    window.resize(1024, 600)
    qtbot.wait(50)
    page.findChild(QScrollArea).ensureWidgetVisible(page.evidence)
    qtbot.wait(50)
    window.grab().save(str(SHOTS / "evidence-wizard.png"))


@pytest.mark.parametrize("name", ["attach_button", "paste_button", "open_button", "remove_button", "list"])
def test_every_control_has_an_accessible_name_and_takes_the_keyboard(qtbot, station, name) -> None:
    _, view, _ = open_case(qtbot, station)
    widget = getattr(view.evidence, name)
    assert widget.accessibleName()
    assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_locking_closes_the_viewer_and_forgets_every_thumbnail(qtbot, station, tmp_path) -> None:
    _, view, _ = open_case(qtbot, station)
    (tmp_path / PNG_NAME).write_bytes(PNG)
    drop(view, [tmp_path / PNG_NAME])
    strip = view.evidence
    strip.list.setCurrentRow(0)
    strip.open_selected()
    assert strip.viewer is not None and strip._thumbs
    station.lock()
    assert strip.viewer is None and not strip._thumbs and strip.list.count() == 0
