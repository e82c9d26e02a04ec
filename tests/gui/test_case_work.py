"""The wizard and the board from the station: a new report (Ctrl+N), continuing a case, the board
(Ctrl+B) and placing a case on it; what is typed in the wizard survives a lock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from tests.gui.drive import sign_in, type_text, visible_windows
from tests.station_vaults import EVENT_LEAD, LEAD, OFFICER, ZOYA, open_as

WHAT_HAPPENED = "Он сказал это дважды, at the Café Ålborg stand; 李 saw it."


def shortcut(qtbot, window, key: Qt.Key, modifiers=Qt.KeyboardModifier.ControlModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifiers)


def what_happened_box(wizard) -> QPlainTextEdit:
    wizard.go("gather", focus=True)
    editor = wizard.page("gather").fields.editor("what_happened")
    box: QPlainTextEdit = editor.findChild(QPlainTextEdit)
    return box


def test_ctrl_n_takes_a_new_report_in_the_wizard_and_the_list_shows_it(qtbot, station) -> None:
    window = sign_in(qtbot, station, ZOYA)
    before = window.case_list.model.rowCount()
    shortcut(qtbot, window, Qt.Key.Key_N)
    wizard = window.work.wizard
    assert wizard is not None and window.ui.pages.currentWidget() is wizard
    assert window.windowTitle() == "CoC Desk — Zürich Summit 2026"
    shortcut(qtbot, window, Qt.Key.Key_1)  # back to the cases
    assert window.ui.pages.currentWidget() is window.case_list
    assert window.case_list.model.rowCount() == before + 1


def test_what_is_typed_in_the_wizard_survives_a_lock_and_is_saved(qtbot, station, team_vault) -> None:
    window = sign_in(qtbot, station, ZOYA)
    window.work.new_report()
    wizard = window.work.wizard
    box = what_happened_box(wizard)
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    type_text(box, WHAT_HAPPENED)
    case_id = wizard.open_case.case_id
    station.lock()  # at once: no pause for the wizard's own saving
    assert visible_windows() == [station.unlock_window]
    with open_as(team_vault, LEAD) as vault:
        assert vault.case(case_id).steps["gather"].values["what_happened"] == WHAT_HAPPENED
    sign_in(qtbot, station, ZOYA)
    assert window.ui.pages.currentWidget() is wizard
    assert box.toPlainText() == WHAT_HAPPENED
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)


def test_continue_in_the_wizard_opens_that_case(qtbot, station) -> None:
    window = sign_in(qtbot, station, LEAD)
    row = next(r for r in window.case_list.model.rows if r.title.startswith("Remarks"))
    window.open_case(row.id)
    qtbot.mouseClick(window.case_view.ui.continue_button, Qt.MouseButton.LeftButton)
    wizard = window.work.wizard
    assert window.ui.pages.currentWidget() is wizard
    assert str(wizard.open_case.case_id) == str(row.id)
    assert what_happened_box(wizard).toPlainText() == "He kept commenting on her accent at the bar."


def test_the_board_opens_beside_the_window_and_goes_with_the_lock(qtbot, station) -> None:
    window = sign_in(qtbot, station, LEAD)
    row = next(r for r in window.case_list.model.rows if r.title.startswith("Remarks"))
    window.open_case(row.id)
    qtbot.mouseClick(window.case_view.ui.place_button, Qt.MouseButton.LeftButton)
    board = window.work.board
    assert board is not None and board.isVisible()
    assert board.surface.selected() is not None and board.surface.selected().case_id == row.id
    station.lock()
    assert not board.isVisible()
    sign_in(qtbot, station, LEAD)
    assert board.isVisible() and board.session is station.session and station.session.is_open


def test_the_officer_neither_takes_reports_nor_works_cases(qtbot, station) -> None:
    window = sign_in(qtbot, station, OFFICER)
    assert not window.ui.new_report_action.isVisible()
    window.open_case(window.case_list.model.rows[0].id)
    assert not window.case_view.ui.continue_button.isVisible()


def test_the_event_lead_continues_a_case_to_agree_but_takes_no_reports(qtbot, station) -> None:
    window = sign_in(qtbot, station, EVENT_LEAD)
    assert not window.ui.new_report_action.isVisible()
    window.open_case(window.case_list.model.rows[0].id)
    assert window.case_view.ui.continue_button.isVisible()


def test_a_move_on_the_desk_shows_in_the_list_and_the_case_view_without_a_reload(qtbot, station) -> None:
    from cocdesk.domain import Level
    from cocdesk.gui.case_table import QUADRANT

    window = sign_in(qtbot, station, ZOYA)
    model = window.case_list.model
    row = next(r for r in model.rows if r.title.startswith("Remarks"))  # low risk, high impact
    window.open_case(row.id)
    assert "Low risk, high impact" in window.case_view.ui.summary_browser.toPlainText()
    session = station.session
    moved = session.run(
        lambda desk: desk.place(row.id, Level.HIGH, Level.HIGH, "Зоя: Łukasz heard of two more; 李 agrees"),
        changed=[row.id],
    )
    assert moved is not None

    def shown_in_list() -> str:
        number = next(n for n, r in enumerate(model.rows) if r.id == row.id)
        return str(model.text(number, QUADRANT))

    qtbot.waitUntil(lambda: shown_in_list() == "High risk, high impact", timeout=2000)
    summary = window.case_view.ui.summary_browser.toPlainText()
    assert "High risk, high impact" in summary and "Łukasz heard of two more" in summary
    timeline = window.case_view.ui.timeline_table
    assert "to High risk, high impact: Зоя: Łukasz heard of two more" in timeline.item(0, 2).text()
