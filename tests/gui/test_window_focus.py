"""Every window, dialog and wizard step opens with the keyboard in its first field, so the first words
typed land somewhere; windows beside the main one close with Esc or Ctrl+W."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from cocdesk.gui.first_run import FirstRunWizard
from cocdesk.gui.wizard.common import focus_order
from tests.gui.drive import sign_in, type_text, unlock_screen
from tests.station_vaults import LEAD, ZOYA


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def first_control(page: QWidget) -> QWidget:
    """The page's first control in its layout's order, found independently of the station's helper."""
    return next(w for w in focus_order(page) if w.isVisibleTo(page) and w.isEnabled())


def test_ctrl_n_puts_the_keyboard_in_the_first_steps_first_control(qtbot, station) -> None:
    window = sign_in(qtbot, station, ZOYA)
    qtbot.keyClick(focused() or window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    wizard = window.work.wizard
    page = wizard.stack.currentWidget()
    qtbot.waitUntil(lambda: focused() is first_control(page))
    assert page.isAncestorOf(focused())


def test_every_wizard_step_opens_on_its_first_control(qtbot, station) -> None:
    window = sign_in(qtbot, station, LEAD)
    window.work.new_report()
    wizard = window.work.wizard
    for step in wizard.open_case.procedure.steps:
        wizard.go(step.id, focus=True)
        page = wizard.page(step.id)
        assert focused() is first_control(page), step.id


def test_continuing_a_case_lands_in_its_step_not_on_the_wizard(qtbot, station) -> None:
    window = sign_in(qtbot, station, LEAD)
    row = next(r for r in window.case_list.model.rows if r.title.startswith("Remarks"))
    window.work.continue_case(row.id)
    page = window.work.wizard.stack.currentWidget()
    qtbot.waitUntil(lambda: focused() is first_control(page))


def test_after_a_lock_the_passphrase_takes_what_is_typed_even_after_a_problem(qtbot, station) -> None:
    sign_in(qtbot, station, ZOYA)
    station.lock()
    screen = unlock_screen(station)
    qtbot.waitUntil(lambda: focused() is screen.ui.passphrase_edit)
    screen._problem("The vault is open in another copy of CoC Desk.")  # as when the check fails once
    assert focused() is screen.ui.retry_button
    screen.check_vault()  # checked again, and fine: the buttons of the problem go away
    assert focused() is screen.ui.passphrase_edit
    type_text(focused(), "Зоя types")
    assert screen.ui.passphrase_edit.text() == "Зоя types"


def test_each_first_run_page_opens_on_its_first_field_the_name_last(qtbot, app, tmp_path: Path) -> None:
    wizard = FirstRunWizard(tmp_path / "new.cocdesk")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: focused() is wizard.event_form.ui.event_name_edit)
    wizard.event_form.ui.event_name_edit.setText("Łódź Zima 2026")
    wizard.event_form.ui.venue_edit.setText("Hala Expo")
    wizard.next()
    assert focused() is wizard.contacts_form.ui.venue_security_name_edit
    wizard.next()
    assert focused() is wizard.leads_form.ui.event_lead_name_edit
    wizard.next()
    assert focused() is wizard.ui.your_name_edit  # not "Show what I type"
    wizard.back()
    wizard.next()
    assert focused() is wizard.ui.your_name_edit


def test_team_dialogs_open_on_their_first_field(qtbot, station) -> None:
    window = sign_in(qtbot, station, LEAD)
    window.team.open_members()
    members = window.team.dialog
    qtbot.waitUntil(members.isVisible)
    qtbot.waitUntil(lambda: focused() is members.ui.members_table)
    members.ui.add_member_button.click()
    adding = members.add_dialog
    qtbot.waitUntil(adding.isVisible)
    qtbot.waitUntil(lambda: focused() is adding.ui.member_name_edit)
    adding.reject()
    members.reject()
    window.team.open_change_passphrase()
    changing = window.team.dialog
    qtbot.waitUntil(changing.isVisible)
    qtbot.waitUntil(lambda: focused() is changing.ui.current_passphrase_edit)
    changing.reject()
    window.team.open_event_settings()
    settings = window.team.dialog
    qtbot.waitUntil(settings.isVisible)
    qtbot.waitUntil(lambda: focused() is settings.event_form.ui.event_name_edit)
    settings.reject()


def test_the_handover_opens_on_its_first_field_and_esc_or_ctrl_w_put_it_away(qtbot, station) -> None:
    from cocdesk.gui.closing_dialog import CloseEventDialog

    window = sign_in(qtbot, station, LEAD)
    window.close_event()
    dialog = window.findChild(CloseEventDialog)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(lambda: focused() is dialog.ui.unfinished_table)
    dialog.ui.leave_reason_edit.setFocus()
    qtbot.keyClick(dialog.ui.leave_reason_edit, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    window.close_event()
    qtbot.waitUntil(dialog.isVisible)
    dialog.ui.event_name_edit.setFocus()
    qtbot.keyClick(dialog.ui.event_name_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_board_has_a_close_button_and_closes_with_esc_and_ctrl_w(qtbot, station) -> None:
    window = sign_in(qtbot, station, LEAD)
    window.work.show_board()
    board = window.work.board
    qtbot.waitUntil(board.isActiveWindow)
    qtbot.waitUntil(lambda: focused() is board.filter_bar.scope)  # its first field: which cases it shows
    close = board.close_button
    assert close.isVisible() and close.text().replace("&", "") == "Close the board"
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not board.isVisible()
    plain, ctrl = Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier
    keys = ((Qt.Key.Key_Escape, plain), (Qt.Key.Key_W, ctrl))
    for key, modifier in keys:
        window.work.show_board()
        qtbot.waitUntil(board.isActiveWindow)
        qtbot.keyClick(focused() or board, key, modifier)
        assert not board.isVisible()
