"""A case opened from the list: its summary, answers step by step and timeline; its actions; and copied
case text leaving the clipboard again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.drive import sign_in
from tests.station_vaults import LEAD, REPORTER, WITNESS


def open_social_case(qtbot, station, member=LEAD):
    window = sign_in(qtbot, station, member)
    row = next(r for r in window.case_list.model.rows if r.title.startswith("Remarks"))
    window.open_case(row.id)
    return window, window.case_view, row


def test_the_summary_answers_and_timeline_show_what_was_recorded(qtbot, station) -> None:
    _, view, row = open_social_case(qtbot, station)
    summary = view.ui.summary_browser.toPlainText()
    assert view.ui.code_label.text() == row.code
    assert "Calls for: public apology, remove person from event." in summary  # from the procedure file
    assert "“Repeated remarks in public”" in summary
    assert "Act within half a day of the report" in summary and "left" in summary
    assert REPORTER in summary and WITNESS in summary
    answers = view.ui.answers_browser.toPlainText()
    assert "1. Safety first — not started" in answers
    assert "2. Gather information — in progress" in answers
    assert "He kept commenting on her accent at the bar." in answers
    order = [answers.index(step) for step in ("1. Safety first", "2. Gather", "14. Inform attendees")]
    assert order == sorted(order)
    timeline = view.ui.timeline_table
    entries = [tuple(timeline.item(r, c).text() for c in range(3)) for r in range(timeline.rowCount())]
    assert entries[-1][1:] == (LEAD, "Report received")
    assert any(
        what.startswith("Placed from ") and "to Low risk, high impact" in what for _, _, what in entries
    )


def test_copied_case_text_is_cleared_from_the_clipboard_and_recorded(qtbot, station) -> None:
    station.clipboard.clear_after_ms = 300
    window, view, row = open_social_case(qtbot, station)
    qtbot.mouseClick(view.ui.copy_button, Qt.MouseButton.LeftButton)
    clipboard = QApplication.clipboard()
    assert clipboard.text().startswith(row.code) and REPORTER in clipboard.text()
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)
    window.open_case(row.id)
    whats = [view.ui.timeline_table.item(r, 2).text() for r in range(view.ui.timeline_table.rowCount())]
    assert whats[0] == "Copied the case summary as text"


def test_text_copied_with_ctrl_c_from_the_case_is_cleared_too(qtbot, station) -> None:
    station.clipboard.clear_after_ms = 300
    _, view, _ = open_social_case(qtbot, station)
    browser = view.ui.summary_browser
    browser.setFocus()
    browser.selectAll()
    browser.copy()
    assert REPORTER in QApplication.clipboard().text()
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == "", timeout=2000)


def test_the_clipboard_waits_thirty_seconds_by_default(station) -> None:
    from cocdesk.gui.clipboard import CLEAR_AFTER_MS

    assert CLEAR_AFTER_MS == 30_000 and station.clipboard.clear_after_ms == 30_000


def test_locking_clears_copied_case_text_at_once(qtbot, station) -> None:
    _, view, _ = open_social_case(qtbot, station)
    qtbot.mouseClick(view.ui.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text()
    station.lock()
    assert QApplication.clipboard().text() == ""
