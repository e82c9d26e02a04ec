"""A lock while the station waits for an answer in a modal dialog (the dialog runs its own event loop):
the idle lock or Ctrl+L cancels the question cleanly, nothing is half-saved, and nobody sees the
dialog again; the member who asked finds the window they asked from, as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QAbstractPrintDialog
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from cocdesk.domain import CaseStatus, Level
from cocdesk.gui import print_preview, printing
from cocdesk.gui.board.prompts import RationaleDialog
from cocdesk.gui.board.views import CardListView
from cocdesk.gui.print_preview import PrintPreview
from cocdesk.gui.wizard.start import PaperFormDialog
from tests.gui.board_fixtures import card_titles, drag
from tests.gui.drive import sign_in, visible_windows
from tests.gui.modal_lock import LOCKS, lock_while_open
from tests.station_vaults import LEAD, PASSPHRASES, ZOYA, open_as

SOCIAL = "Remarks at the social evening"  # placed at low risk, high impact
WHO = pytest.mark.parametrize("who", [LEAD, ZOYA], ids=["same member", "another member"])
HOW = pytest.mark.parametrize("how", LOCKS)


def unlock_as(qtbot, station, locked, who: str) -> list[str]:
    """Unlock as ``who`` after the lock; the titles of the windows then on screen."""
    assert not locked.hung, "the lock left the dialog's own event loop running"
    assert locked.visible_while_locked == [], "case windows stayed on screen while locked"
    sign_in(qtbot, station, who)
    return sorted(w.windowTitle() for w in visible_windows())


def printed(station) -> int:
    rows = station.session.desk.vault._connection.execute(
        "SELECT count(*) FROM audit WHERE action LIKE '%print%'"
    )
    return int(rows.fetchone()[0])


def main_title(station) -> str:
    return str(station.window.windowTitle())


@WHO
@HOW
def test_the_boards_reason_prompt_is_cancelled_and_the_card_stays(qtbot, station, who, how) -> None:
    # cancelled: a move needs its reason; after unlocking the member drops the card again
    window = sign_in(qtbot, station, LEAD)
    window.work.show_board()
    board = window.work.board
    low_high = board.findChild(CardListView, "cards_low_high")
    high_high = board.findChild(CardListView, "cards_high_high")
    move = lambda: drag(low_high, SOCIAL, high_high)  # noqa: E731
    locked = lock_while_open(qtbot, station, RationaleDialog, move, how, "Ελένη saw it, 李 too")
    assert locked.typed_into is not None
    shown = unlock_as(qtbot, station, locked, who)
    assert "Why move it?" not in shown
    social = next(s for s in station.session.desk.cases() if s.title == SOCIAL)
    assert station.session.desk.case(social.id).quadrant == (Level.LOW, Level.HIGH)
    if who == LEAD:
        assert shown == sorted([main_title(station), board.windowTitle()])
        assert SOCIAL in card_titles(low_high)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is board)
    else:
        assert shown == [main_title(station)]


@WHO
@HOW
def test_the_paper_forms_first_question_is_cancelled_and_no_case_is_made(qtbot, station, who, how) -> None:
    # cancelled: the case is made only once the number is given; it is asked again from the menu
    window = sign_in(qtbot, station, LEAD)
    before = len(station.session.desk.cases())
    paper_form = window.ui.paper_form_action.trigger
    locked = lock_while_open(qtbot, station, PaperFormDialog, paper_form, how, "Nº 0042-Ł")
    assert locked.typed_into is not None
    shown = unlock_as(qtbot, station, locked, who)
    assert shown == [main_title(station)]
    assert len(station.session.desk.cases()) == before
    assert station.window.ui.pages.currentWidget() is station.window.case_list


@WHO
@HOW
def test_a_yes_or_no_question_is_answered_no(qtbot, station, who, how) -> None:
    # cancelled as "no": removing a member is asked again; the Members dialog itself stays for its member
    window = sign_in(qtbot, station, LEAD)
    window.team.open_members()
    members = window.team.dialog
    qtbot.waitUntil(members.isVisible)
    members.ui.members_table.selectRow([m.name for m in members.members].index(ZOYA))
    remove = members.ui.remove_member_button.click
    locked = lock_while_open(qtbot, station, QMessageBox, remove, how)
    assert locked.dialog is not None and locked.dialog.windowTitle() == "Remove a member"
    shown = unlock_as(qtbot, station, locked, who)
    assert "Remove a member" not in shown
    assert ZOYA in [m.name for m in station.session.desk.members()]
    if who == LEAD:
        assert shown == sorted([main_title(station), "Members"])
        assert ZOYA in [m.name for m in members.members]


@WHO
@HOW
def test_a_message_is_closed_and_not_shown_again(qtbot, station, who, how) -> None:
    # closed: it told of nothing exported; exporting again says it again
    window = sign_in(qtbot, station, LEAD)
    for row in window.case_list.model.rows:
        if row.status in (CaseStatus.FILED, CaseStatus.CLOSED):
            window.session.desk.vault.update_case(row.id, status=CaseStatus.ACTED)
    export = window.ui.export_filed_action.trigger
    locked = lock_while_open(qtbot, station, QMessageBox, export, how)
    assert isinstance(locked.dialog, QMessageBox) and "nothing to export" in locked.dialog.text()
    assert unlock_as(qtbot, station, locked, who) == [main_title(station)]


@WHO
@HOW
def test_the_print_dialog_is_cancelled_and_nothing_is_printed(qtbot, station, who, how) -> None:
    # cancelled: nothing printed or recorded; the preview opened beside the window stays for its member
    window = sign_in(qtbot, station, LEAD)
    window.ui.blank_form_action.trigger()
    preview = next(w for w in visible_windows() if isinstance(w, PrintPreview))
    locked = lock_while_open(qtbot, station, QAbstractPrintDialog, preview.print_button.click, how)
    shown = unlock_as(qtbot, station, locked, who)
    assert not any(title.startswith("Print the") for title in shown)
    expected = [main_title(station), preview.windowTitle()] if who == LEAD else [main_title(station)]
    assert shown == sorted(expected)
    assert printed(station) == 0


@WHO
@HOW
def test_the_save_dialog_is_cancelled_and_nothing_written(qtbot, station, tmp_path: Path, who, how) -> None:
    # cancelled: no file, no record; the preview stays for its member
    window = sign_in(qtbot, station, LEAD)
    window.ui.pocket_card_action.trigger()
    preview = next(w for w in visible_windows() if isinstance(w, PrintPreview))
    name = str(tmp_path / "card — Зоя.pdf")
    locked = lock_while_open(qtbot, station, QFileDialog, preview.save_button.click, how, name)
    shown = unlock_as(qtbot, station, locked, who)
    assert list(tmp_path.glob("*.pdf")) == []
    expected = [main_title(station), preview.windowTitle()] if who == LEAD else [main_title(station)]
    assert shown == sorted(expected)
    if who == LEAD:
        assert preview.saved.isHidden()


@HOW
def test_a_warning_box_and_a_preview_waited_for_are_cancelled_too(qtbot, station, how) -> None:
    # the station's other waiting questions, opened as their callers open them: each ends "cancelled"
    from cocdesk import paper

    window = sign_in(qtbot, station, LEAD)
    vault = station.session.desk
    warn = lambda: printing.tell(window, "The printer Ελένη chose is out of paper.")  # noqa: E731
    locked = lock_while_open(qtbot, station, QMessageBox, warn, how)
    assert unlock_as(qtbot, station, locked, LEAD) == [main_title(station)]
    codes = lambda: printing.confirm_uncovered(window, "李 prints as a code.")  # noqa: E731
    locked = lock_while_open(qtbot, station, QMessageBox, codes, how)
    assert locked.returned is False
    assert unlock_as(qtbot, station, locked, LEAD) == [main_title(station)]
    document = paper.pocket_card(vault.procedure, vault.event)
    waited = lambda: print_preview.preview(window, document, "the pocket card")  # noqa: E731
    locked = lock_while_open(qtbot, station, PrintPreview, waited, how)
    assert unlock_as(qtbot, station, locked, LEAD) == [main_title(station)]


def test_the_passphrase_is_unchanged_when_the_weak_warning_is_cut_short(qtbot, station) -> None:
    # cancelled as "choose another": nothing changes; the Change passphrase dialog stays for its member
    window = sign_in(qtbot, station, ZOYA)
    window.team.open_change_passphrase()
    change = window.team.dialog
    qtbot.waitUntil(change.isVisible)
    change.ui.current_passphrase_edit.setText(PASSPHRASES[ZOYA])
    change.passphrase.ui.new_passphrase_edit.setText("тихий вечер")
    change.passphrase.ui.repeat_passphrase_edit.setText("тихий вечер")
    save = change.ui.change_buttons.accepted.emit
    locked = lock_while_open(qtbot, station, QMessageBox, save, "idle")
    assert locked.dialog is not None and locked.dialog.windowTitle() == "A weak passphrase"
    assert unlock_as(qtbot, station, locked, ZOYA) == sorted([main_title(station), change.windowTitle()])
    assert change.passphrase.passphrase() == "тихий вечер"
    station.quit()
    with open_as(station.vault_path, ZOYA) as vault:
        assert vault.member.name == ZOYA
