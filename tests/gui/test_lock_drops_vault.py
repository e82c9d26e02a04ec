"""A lock closes the desk and lets go of it: nothing the station keeps (windows, dialogs, the board,
the wizard, work done off the GUI thread, the last error) still reaches the desk, its vault or the
key, and the passphrase typed to unlock is not kept. Unlocking opens the desk again, and everything
typed before the lock is there and saved.

The vault's lock file goes with the lock: a locked station holds no key, so it cannot write, and
another copy of the app (the command line, say) may open the vault meanwhile. If one still has it open
when the member unlocks, the unlock screen says so, and nothing typed was left unsaved.
"""

from __future__ import annotations

import gc
import sys
import types
import weakref

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from cocdesk.gui import paper_actions
from cocdesk.gui.closing_dialog import CloseEventDialog
from cocdesk.gui.settings import EventSettingsDialog
from tests.gui.drive import finish_background, sign_in, type_text, unlock, visible_windows
from tests.gui.modal_lock import press_ctrl_l
from tests.station_vaults import LEAD, PASSPHRASES, ZOYA, desk_as

ACCOUNT = "Она сказала: he waited at the exit of Saal Ελένη, 李娜 saw it"


def what_happened_box(wizard) -> QPlainTextEdit:
    wizard.go("gather", focus=True)
    box: QPlainTextEdit = wizard.page("gather").fields.editor("what_happened").findChild(QPlainTextEdit)
    return box


def shown(kind):
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def dead_after_collection(*refs: weakref.ref[object]) -> bool:
    gc.collect()
    return all(ref() is None for ref in refs)


def test_a_lock_with_every_window_open_leaves_no_desk_and_no_vault_behind(qtbot, station, team_vault) -> None:
    window = sign_in(qtbot, station, LEAD)
    row = next(r for r in window.case_list.model.rows if r.title.startswith("Remarks"))
    window.open_case(row.id)
    window.work.show_board()
    board = window.work.board
    window.team.open_event_settings()
    window.close_event()
    settings, closing = shown(EventSettingsDialog), shown(CloseEventDialog)
    window.work.new_report()
    wizard = window.work.wizard
    case_id = wizard.open_case.case_id
    box = what_happened_box(wizard)
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    type_text(box, ACCOUNT)  # not saved yet: the wizard saves 400 ms after the first key
    desk = station.session.desk
    refs = (weakref.ref(desk), weakref.ref(desk.vault))
    del desk
    lock_file = team_vault.with_name(f"{team_vault.name}.lock")
    assert lock_file.exists()

    press_ctrl_l(box)

    assert visible_windows() == [station.unlock_window]
    assert not station.session.is_open
    assert dead_after_collection(*refs), "the closed desk or its vault is still reachable"
    assert not lock_file.exists()
    with desk_as(team_vault, ZOYA) as elsewhere:  # the command line, while the station is locked
        assert elsewhere.case(case_id).steps["gather"].values["what_happened"] == ACCOUNT

    sign_in(qtbot, station, LEAD)
    assert station.window is window and window.ui.pages.currentWidget() is wizard
    assert board.isVisible() and settings.isVisible() and closing.isVisible()
    assert box.toPlainText() == ACCOUNT
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)
    box.moveCursor(box.textCursor().MoveOperation.End)
    type_text(box, ". Зоя took the report.")
    assert wizard.flush()
    answers = station.session.desk.case(case_id).steps["gather"].values
    assert answers["what_happened"] == f"{ACCOUNT}. Зоя took the report."
    for dialog in (settings, closing):
        dialog.reject()


def test_each_lock_lets_go_of_the_desk_opened_before_it(qtbot, station) -> None:
    refs = []
    for member in (LEAD, ZOYA, ZOYA, LEAD):  # another member, the same one again, and back
        sign_in(qtbot, station, member)
        refs.append(weakref.ref(station.session.desk))
        station.lock()
        assert dead_after_collection(*refs)
    sign_in(qtbot, station, LEAD)
    assert station.window.case_list.model.rowCount() == 4


def test_a_print_preview_of_a_case_does_not_keep_the_desk(qtbot, station) -> None:
    from cocdesk.gui.print_preview import PrintPreview

    window = sign_in(qtbot, station, LEAD)
    row = next(r for r in window.case_list.model.rows if r.title.startswith("Remarks"))
    window.paper.print_case(row.id)
    qtbot.waitUntil(lambda: any(isinstance(w, PrintPreview) for w in visible_windows()))
    preview = shown(PrintPreview)
    ref = weakref.ref(station.session.desk)
    station.lock()
    assert visible_windows() == [station.unlock_window]
    assert dead_after_collection(ref)
    sign_in(qtbot, station, LEAD)
    assert preview.isVisible()
    preview.reject()


def test_an_export_made_off_the_gui_thread_does_not_keep_the_desk(
    qtbot, station, monkeypatch, tmp_path
) -> None:
    target = tmp_path / "Ελένη" / "export.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(paper_actions, "choose_export_path", lambda parent, title, name: str(target))
    window = sign_in(qtbot, station, LEAD)
    row = next(r for r in window.case_list.model.rows if r.title.startswith("Remarks"))
    window.open_case(row.id)
    window.case_view.ui.export_button.click()
    finish_background(station.session)
    assert target.exists()
    ref = weakref.ref(station.session.desk)
    station.lock()
    assert dead_after_collection(ref)


def test_the_handover_lets_go_of_the_desk_but_keeps_what_was_saved(
    qtbot, station, monkeypatch, tmp_path
) -> None:
    """The closing dialog's walk through the end of the event outlives a lock; the desk it ran on does not."""
    target = tmp_path / "Officer — Ελένη.pdf"
    monkeypatch.setattr(paper_actions, "choose_export_path", lambda parent, title, name: str(target))
    window = sign_in(qtbot, station, LEAD)
    window.close_event()
    dialog = shown(CloseEventDialog)
    while dialog.cases.ids:
        dialog.ui.leave_reason_edit.setText("Ушёл до разговора")
        dialog.ui.leave_button.click()
    dialog.ui.officer_export_button.click()
    finish_background(station.session)
    assert target.exists() and target.name in dialog.ui.officer_saved_label.text()
    ref = weakref.ref(station.session.desk)
    station.lock()
    assert dead_after_collection(ref)
    sign_in(qtbot, station, LEAD)
    assert dialog.isVisible()
    still = dialog.ui.still_to_do_label.text()
    assert "Save the transparency report." in still and "Officer" not in still
    dialog.reject()


def test_an_error_in_a_window_does_not_keep_the_desk_past_the_lock(qtbot, station) -> None:
    """Python keeps the last error of a slot, with every frame it went through, in ``sys.last_traceback``:
    a fault of ours while unlocked must not keep the desk, and the key below it, alive."""
    sign_in(qtbot, station, LEAD)

    def a_fault(desk) -> None:
        raise RuntimeError(f"a fault while {desk.member.name} worked")

    with qtbot.captureExceptions() as caught:
        QTimer.singleShot(0, lambda: station.session.run(a_fault))
        qtbot.waitUntil(lambda: bool(caught))
    assert getattr(sys, "last_traceback", None) is not None  # as Python leaves it after a slot's error
    ref = weakref.ref(station.session.desk)
    caught.clear()
    station.lock()
    assert dead_after_collection(ref)


def test_the_passphrase_typed_to_unlock_is_not_kept(qtbot, station) -> None:
    """Once unlocked, no object of the station holds the passphrase (a Python string cannot be
    overwritten, but it can be let go of): the unlock's work off the GUI thread is dropped when done."""
    passphrase = PASSPHRASES[LEAD]
    sign_in(qtbot, station, LEAD)
    assert station.session.wait_for_background()
    assert not holders_of(passphrase)
    station.lock()
    unlock(qtbot, station, LEAD, passphrase="not the passphrase")
    unlock(qtbot, station, LEAD)
    assert station.session.is_open
    assert not holders_of(passphrase)
    assert not holders_of("not the passphrase")


def holders_of(text: str) -> list[str]:
    """What in the process holds a string equal to ``text``, apart from the tests' own table. (No
    comprehension here: one over ``text`` would hold it in a cell of this very function.)"""
    gc.collect()
    found = []
    tests_own = tables_of_the_tests()
    for thing in gc.get_objects():
        if thing is PASSPHRASES or id(thing) in tests_own:
            continue
        if isinstance(thing, types.CellType):
            values = contents(thing)
        elif isinstance(thing, dict):
            values = list(thing.values())
        elif isinstance(thing, list | tuple):
            values = list(thing)
        else:
            continue
        for value in values:
            if isinstance(value, str) and value == text:
                found.append(f"{type(thing).__name__} {object.__repr__(thing)}")
    return found


def tables_of_the_tests() -> set[int]:
    """The test modules' own globals and the tables in them: other tests name the same passphrases."""
    modules = [m for name, m in list(sys.modules.items()) if name.startswith("tests") and m is not None]
    own = {id(vars(module)) for module in modules}
    for module in modules:
        own |= {id(value) for value in vars(module).values() if isinstance(value, dict | list | tuple)}
    return own


def contents(cell: types.CellType) -> list[object]:
    try:
        return [cell.cell_contents]
    except ValueError:  # a cell not yet filled
        return []
