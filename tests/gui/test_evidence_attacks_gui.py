"""Evidence in the window under attack and at its edges: portrait and 100-megapixel photos, the
clipboard after a paste and a lock, the viewer's zoom, a dropped pipe, and the file chooser's traces."""

from __future__ import annotations

import io
import os

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from cocdesk.gui.clipboard import took_image
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


def test_a_portrait_phone_photo_stands_upright_in_the_thumbnail_and_the_viewer(
    qtbot, team_vault, station
) -> None:
    """The strip and the viewer turn a photo upright by its EXIF orientation, as the Officer's export
    does: a portrait photo of a message or a badge is not read at 90°."""
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


def test_an_image_pasted_as_evidence_leaves_the_clipboard(qtbot, station) -> None:
    """A screenshot pasted as evidence is cleared from the clipboard once it is kept, sealed, and the
    strip says so; one still there at the lock is cleared then: the next person at the laptop cannot
    paste it elsewhere, nor a clipboard manager keep it on disk."""
    _, view, _ = open_case(qtbot, station)
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    QApplication.clipboard().setImage(image)
    view.evidence.paste()
    assert view.evidence.list.count() == 1 and view.evidence.attachments[0].name.startswith("Pasted image")
    assert view.evidence.note.text().endswith("The image was cleared from the clipboard.")
    held = QApplication.clipboard().mimeData()
    assert held is None or not held.hasImage(), "the pasted evidence is still on the clipboard"
    # an image read as evidence that could not be cleared then (another program kept serving it) goes
    # at the lock; one copied by another program since is left alone
    QApplication.clipboard().setImage(image)
    took_image()
    station.lock()
    held = QApplication.clipboard().mimeData()
    assert held is None or not held.hasImage(), "the pasted image is still on the clipboard after the lock"


def test_zooming_in_the_viewer_never_holds_more_than_64_mb(qtbot, team_vault, station) -> None:
    """Zooming in stops at a picture of 4096 pixels a side or 64 MB: held down, Ctrl++ would otherwise
    ask for 8 times the image on each side (3 GB for a 12-megapixel photo)."""
    image = Image.new("RGB", (1000, 750), (240, 240, 240))
    out = io.BytesIO()
    image.save(out, format="PNG")
    with desk_as(team_vault) as desk:
        code = next(s.code for s in desk.cases() if s.title.startswith("Remarks"))
        desk.attach(code, "Łukasz-chat.png", out.getvalue())
    _, view, _ = open_case(qtbot, station)
    strip = view.evidence
    strip.list.setCurrentRow(0)
    strip.open_selected()
    viewer = strip.viewer
    assert viewer is not None and viewer.picture is not None
    for _ in range(12):  # Ctrl++ (QKeySequence.ZoomIn), as a user holds it down
        viewer._zoom(1.25)
    held = viewer.picture.pixmap()
    megabytes = held.width() * held.height() * 4 / 1e6
    viewer.accept()
    assert megabytes <= 64, (
        f"the viewer holds a {held.width()}x{held.height()} pixmap ({megabytes:.0f} MB) for a 1000x750"
        " image: 64 times its pixels, whatever the screen shows"
    )


def test_a_dropped_pipe_is_refused_at_once_and_never_freezes_the_window(tmp_path) -> None:
    """The drop and Attach file… read on the window's thread: a named pipe is refused before it is
    opened (open() would wait for a writer for ever, and the idle auto-lock with it)."""
    import threading

    from cocdesk.gui.evidence import intake

    pipe = tmp_path / "Зоя-chat.png"
    os.mkfifo(pipe)
    done = threading.Event()

    said: list[object] = []

    def read() -> None:
        said.append(intake.from_path(str(pipe)))
        done.set()

    worker = threading.Thread(target=read, daemon=True)
    worker.start()
    finished = done.wait(3)
    if not finished:  # let the stuck reader go: a writer opens the pipe and closes it at once
        os.close(os.open(pipe, os.O_WRONLY))
        worker.join(5)
    assert finished, "reading the dropped file did not return in 3 seconds: the window would hang"
    assert said == [
        "“Зоя-chat.png” cannot be attached: it is not a regular file (a folder, a device or a pipe)."
    ]


def test_a_high_resolution_phone_photo_shows_scaled_in_the_viewer(qtbot, team_vault, station) -> None:
    """A 96-megapixel photo (108 and 200 megapixel phone cameras take larger) is read scaled down as
    it is decoded: the viewer shows it, and never calls it damaged."""
    image = Image.new("RGB", (12000, 8000), (70, 110, 160))
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=80)
    del image
    with desk_as(team_vault) as desk:
        code = next(s.code for s in desk.cases() if s.title.startswith("Remarks"))
        desk.attach(code, "Зоя-hallway.jpg", out.getvalue())
    _, view, _ = open_case(qtbot, station)
    strip = view.evidence
    strip.list.setCurrentRow(0)
    strip.open_selected()
    viewer = strip.viewer
    assert viewer is not None
    shows = viewer.shows
    viewer.accept()
    assert shows == "image", "the viewer calls a valid 96-megapixel JPEG damaged and shows nothing"


def files_under(folder) -> str:
    """Every file under ``folder``, as text (undecodable bytes replaced), joined."""
    texts = []
    for root, _, names in os.walk(folder):
        for name in names:
            with open(os.path.join(root, name), "rb") as file:
                texts.append(file.read().decode("utf-8", "replace"))
    return "\n".join(texts)


def test_picking_a_file_in_the_chooser_leaves_no_trace_of_its_name_or_folder(
    qtbot, station, private_home, tmp_path
) -> None:
    """The chooser is the station's own (Qt's, never the desktop's, which adds every file opened to
    GTK's recently used list), and the folders Qt's dialog saves (its history, the last folder) are
    cleared when it closes: a folder or a file name can name the reporter."""
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QFileDialog

    folder = tmp_path / "Зоя Łukasz messages"
    folder.mkdir()
    chosen = folder / "李-chat.png"
    chosen.write_bytes(portrait_phone_photo())
    _, view, _ = open_case(qtbot, station)
    native: list[bool] = []

    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, pick)
            return
        native.append(not dialog.testOption(QFileDialog.Option.DontUseNativeDialog))
        dialog.setDirectory(str(folder))
        dialog.selectFile(str(chosen))
        dialog.accept()

    QTimer.singleShot(0, pick)
    view.evidence.choose()
    assert native == [False], "the desktop's own chooser was asked for"
    assert [a.name for a in view.evidence.attachments] == ["李-chat.png"]
    settings_file = QSettings(QSettings.Scope.UserScope, "QtProject").fileName()
    written = files_under(private_home / ".config") + files_under(private_home / ".local" / "share")
    if os.path.exists(settings_file):
        written += files_under(os.path.dirname(settings_file))
    for trace in ("李-chat", "Зоя Łukasz messages", "Зоя%20", str(tmp_path)):
        assert trace not in written, f"{trace!r} is written in the private home"
