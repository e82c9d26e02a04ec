"""Case text on the clipboard carries the password-manager hint, so that clipboard managers keep it out
of their history, however it was copied; it still leaves the clipboard after its time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.drive import sign_in
from tests.station_vaults import LEAD, REPORTER

HINT = "x-kde-passwordManagerHint"


def open_social_case(qtbot, station):
    window = sign_in(qtbot, station, LEAD)
    row = next(r for r in window.case_list.model.rows if r.title.startswith("Remarks"))
    window.open_case(row.id)
    return window.case_view, row


def hint_on_clipboard() -> bytes | None:
    held = QApplication.clipboard().mimeData()
    return bytes(held.data(HINT).data()) if held is not None and held.hasFormat(HINT) else None


def test_the_copy_button_marks_the_case_text_secret(qtbot, station) -> None:
    station.clipboard.clear_after_ms = 300
    view, row = open_social_case(qtbot, station)
    qtbot.mouseClick(view.ui.copy_button, Qt.MouseButton.LeftButton)
    clipboard = QApplication.clipboard()
    assert clipboard.text().startswith(row.code) and REPORTER in clipboard.text()
    assert hint_on_clipboard() == b"secret"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)
    assert hint_on_clipboard() is None


def test_ctrl_c_in_a_view_is_marked_secret_and_keeps_its_formatting(qtbot, station) -> None:
    station.clipboard.clear_after_ms = 300
    view, _ = open_social_case(qtbot, station)
    browser = view.ui.summary_browser
    browser.setFocus()
    browser.selectAll()
    qtbot.keyClick(browser, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    held = QApplication.clipboard().mimeData()
    assert REPORTER in held.text()
    assert REPORTER in held.html()  # what the view offered, rich text included, is all still there
    assert hint_on_clipboard() == b"secret"
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == "", timeout=2000)


def test_text_copied_from_a_field_is_marked_secret_too(qtbot, station) -> None:
    window = sign_in(qtbot, station, LEAD)
    search = window.case_list.ui.search_edit
    search.setText("Зоя 李娜")
    search.selectAll()
    search.copy()
    assert QApplication.clipboard().text() == "Зоя 李娜"
    assert hint_on_clipboard() == b"secret"
