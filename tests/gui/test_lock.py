"""Locking: now (Ctrl+L), after a while without input (time asleep counts), and resuming where you were."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cocdesk.flow.idle import IdleClock
from tests.gui.drive import sign_in, type_text, visible_windows
from tests.station_vaults import LEAD, ZOYA


def test_ctrl_l_hides_every_case_window_and_closes_the_vault(qtbot, station) -> None:
    window = sign_in(qtbot, station, LEAD)
    vault = station.session.desk
    window.case_list.ui.case_table.setFocus()
    qtbot.keyClick(window.case_list.ui.case_table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert visible_windows() == [station.unlock_window]
    assert not vault.is_open
    assert station.unlock_window.ui.member_combo.currentText() == LEAD
    assert station.unlock_window.windowTitle() == "CoC Desk — locked"


def test_the_lock_button_locks_too(qtbot, station) -> None:
    window = sign_in(qtbot, station, LEAD)
    button = window.ui.tool_bar.widgetForAction(window.ui.lock_action)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert visible_windows() == [station.unlock_window]


def test_locking_mid_typing_and_unlocking_again_returns_exactly_where_you_were(qtbot, station) -> None:
    window = sign_in(qtbot, station, LEAD)
    window.team.open_event_settings()
    settings = window.team.dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is settings)
    venue = settings.event_form.ui.venue_edit
    venue.setFocus()
    type_text(venue, "Kongresshaus, Saal Ελένη 李")
    venue.setCursorPosition(5)
    station.lock()
    assert visible_windows() == [station.unlock_window]
    sign_in(qtbot, station, LEAD)
    assert station.window is window and window.isVisible()
    assert settings.isVisible()
    assert venue.text() == "Kongresshaus, Saal Ελένη 李"
    assert venue.cursorPosition() == 5
    qtbot.waitUntil(lambda: QApplication.focusWidget() is venue)
    settings.reject()


def test_search_typed_before_the_lock_is_still_there_after_it(qtbot, station) -> None:
    window = sign_in(qtbot, station, LEAD)
    search = window.case_list.ui.search_edit
    search.setFocus()
    type_text(search, "Social")
    window.case_list.ui.case_table.selectRow(0)
    station.lock()
    sign_in(qtbot, station, LEAD)
    assert search.text() == "Social"
    assert window.case_list.filter.rowCount() == 1
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search)


def test_an_open_case_is_still_open_after_unlocking(qtbot, station) -> None:
    window = sign_in(qtbot, station, LEAD)
    window.case_list.ui.case_table.setFocus()
    window.case_list.ui.case_table.selectRow(1)
    qtbot.keyClick(window.case_list.ui.case_table, Qt.Key.Key_Return)
    opened = window.case_view.case_id
    assert window.ui.pages.currentWidget() is window.case_view
    window.case_view.ui.case_tabs.setCurrentIndex(2)
    station.lock()
    sign_in(qtbot, station, LEAD)
    assert window.ui.pages.currentWidget() is window.case_view
    assert window.case_view.case_id == opened
    assert window.case_view.ui.case_tabs.currentIndex() == 2
    assert window.case_view.ui.timeline_table.rowCount() > 0


def test_another_member_gets_their_own_view_not_the_last_ones(qtbot, station) -> None:
    window = sign_in(qtbot, station, LEAD)
    window.team.open_members()
    type_text(window.case_list.ui.search_edit, "Remarks")
    station.lock()
    assert not window.team.dialog.isVisible()
    theirs = sign_in(qtbot, station, ZOYA)
    assert theirs is not window
    assert theirs.signed_in.text().startswith(f"Signed in: {ZOYA}")
    assert theirs.case_list.ui.search_edit.text() == ""
    assert [w for w in visible_windows() if w.windowTitle() == "Members"] == []


def test_no_input_for_the_events_period_locks_the_station(qtbot, station) -> None:
    sign_in(qtbot, station, LEAD)
    assert station.idle.clock.limit_seconds == 5 * 60
    wall, mono = [0.0], [0.0]
    station.idle.clock = IdleClock(300, wall=lambda: wall[0], monotonic=lambda: mono[0])
    mono[0] = wall[0] = 290
    station.idle.check()
    assert station.window.isVisible()
    qtbot.keyClick(station.window.case_list.ui.case_table, Qt.Key.Key_Down)  # input resets the clock
    mono[0] = wall[0] = 500
    station.idle.check()
    assert station.window.isVisible()
    mono[0] = wall[0] = 591
    station.idle.check()
    assert visible_windows() == [station.unlock_window]
    assert not station.session.is_open


def test_time_asleep_counts_even_when_timers_did_not_run(qtbot, station) -> None:
    sign_in(qtbot, station, LEAD)
    wall, mono = [1000.0], [1000.0]
    station.idle.clock = IdleClock(300, wall=lambda: wall[0], monotonic=lambda: mono[0])
    station.idle._timer.setInterval(20)
    wall[0] += 3600  # an hour with the lid closed: the monotonic clock did not move
    qtbot.waitUntil(lambda: not station.session.is_open, timeout=2000)
    assert visible_windows() == [station.unlock_window]


def test_the_idle_period_comes_from_the_event(qtbot, station) -> None:
    window = sign_in(qtbot, station, LEAD)
    event = station.session.desk.event.model_copy(update={"auto_lock_minutes": 12})
    station.session.desk.update_event(event)
    station.lock()
    sign_in(qtbot, station, LEAD)
    assert station.idle.clock.limit_seconds == 12 * 60
    assert "Locks after 12 minutes" in window.statusBar().currentMessage()
