"""A lock while a dialog is open beside the main window (it does not wait in an event loop of its own):
the idle lock or Ctrl+L typed in the dialog hides it, and it comes back with what was typed, the
cursor where it was, only for the member who opened it. Another member never sees it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from cocdesk.gui.closing_dialog import CloseEventDialog
from cocdesk.gui.member_dialogs import AddMemberDialog, ChangePassphraseDialog
from cocdesk.gui.settings import EventSettingsDialog
from tests.gui.drive import sign_in, visible_windows
from tests.gui.modal_lock import LOCKS, lock_while_open, press_ctrl_l
from tests.station_vaults import LEAD, ZOYA

TYPED = "Ngozi Ọlá, Ελένη 李"


def add_member(window) -> None:
    window.team.open_members()
    window.team.dialog.ui.add_member_button.click()


BESIDE = {
    "add a member": (add_member, AddMemberDialog),
    "event settings": (lambda window: window.team.open_event_settings(), EventSettingsDialog),
    "change the passphrase": (lambda window: window.team.open_change_passphrase(), ChangePassphraseDialog),
    "close the event": (lambda window: window.close_event(), CloseEventDialog),
}


@pytest.mark.parametrize("name", BESIDE)
@pytest.mark.parametrize("how", LOCKS)
def test_the_dialog_comes_back_as_it_was_for_its_member(qtbot, station, name: str, how: str) -> None:
    # kept: the member finds the dialog, the text typed and the cursor at its end, as they left them
    open_it, kind = BESIDE[name]
    window = sign_in(qtbot, station, LEAD)
    locked = lock_while_open(qtbot, station, kind, lambda: open_it(window), how, TYPED)
    assert not locked.hung and locked.visible_while_locked == []
    field = locked.typed_into
    assert field is not None and field.text().endswith(TYPED)
    sign_in(qtbot, station, LEAD)
    assert station.window is window and locked.dialog is not None and locked.dialog.isVisible()
    assert field.text().endswith(TYPED) and field.cursorPosition() == len(field.text())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    assert (
        LEAD in [m.name for m in station.session.desk.members()] and len(station.session.desk.members()) == 4
    )


@pytest.mark.parametrize("name", BESIDE)
@pytest.mark.parametrize("how", LOCKS)
def test_another_member_never_sees_the_dialog(qtbot, station, name: str, how: str) -> None:
    open_it, kind = BESIDE[name]
    window = sign_in(qtbot, station, LEAD)
    locked = lock_while_open(qtbot, station, kind, lambda: open_it(window), how, TYPED)
    assert not locked.hung and locked.visible_while_locked == []
    theirs = sign_in(qtbot, station, ZOYA)
    assert theirs is not window
    assert [w.windowTitle() for w in visible_windows()] == [theirs.windowTitle()]
    qtbot.waitUntil(lambda: not [w for w in QApplication.topLevelWidgets() if isinstance(w, kind)])


def test_ctrl_l_on_the_board_locks_and_the_board_comes_back(qtbot, station) -> None:
    window = sign_in(qtbot, station, LEAD)
    window.work.show_board()
    board = window.work.board
    qtbot.waitUntil(board.isActiveWindow)
    focused = QApplication.focusWidget()
    assert focused is not None and focused.window() is board
    press_ctrl_l(focused)
    assert not station.session.is_open and visible_windows() == [station.unlock_window]
    sign_in(qtbot, station, LEAD)
    assert board.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is focused)
