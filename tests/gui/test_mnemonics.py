"""One Alt+letter per letter in each window: a walk over every window and dialog of the station (the
main window with its menus and the wizard at each step, the board, the unlock screen, the first run's
pages, the team's dialogs, the settings, the handover, the print preview; the wizard again with every
step done, reopened, and for a filed case) collects the underlined
letters of what is reachable together and finds no letter twice. Alt+E on a step's Export button must
export, not open the Event menu."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabBar,
    QTabWidget,
    QWidget,
)

from cocdesk.domain import now
from cocdesk.gui.first_run import FirstRunWizard
from cocdesk.paper import blank_form
from tests.gui.drive import sign_in, unlock_screen
from tests.station_vaults import LEAD

MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def letter(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Each underlined letter of ``window`` now → the texts that carry it. Only what is shown counts:
    a hidden page, a tab not chosen, a menu inside a menu are not reachable from here."""
    found: dict[str, list[str]] = defaultdict(list)

    def add(text: str) -> None:
        key = letter(text)
        if key:
            found[key].append(text)

    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if action.isVisible():
                add(action.text())
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        add(own_text(widget))
        if isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    add(widget.tabText(index))
    return dict(found)


def own_text(widget: QWidget) -> str:
    """The text whose underlined letter reaches ``widget``: a button's, a label's for its buddy, a
    group's title."""
    if isinstance(widget, QAbstractButton):
        return widget.text()
    if isinstance(widget, QLabel) and widget.buddy() is not None:
        return widget.text()
    return widget.title() if isinstance(widget, QGroupBox) else ""


def clashes(window: QWidget) -> dict[str, list[str]]:
    return {key: texts for key, texts in mnemonics(window).items() if len(texts) > 1}


def check(where: str, window: QWidget, seen: dict[str, dict[str, list[str]]]) -> None:
    QApplication.processEvents()
    found = clashes(window)
    if found:
        seen[where] = found


def test_no_letter_is_underlined_twice_in_any_window(qtbot, station, tmp_path: Path) -> None:
    seen: dict[str, dict[str, list[str]]] = {}
    window = sign_in(qtbot, station, LEAD)
    check("case list", window, seen)
    row = next(r for r in window.case_list.model.rows if r.title.startswith("Remarks"))
    window.open_case(row.id)
    check("case view", window, seen)
    window.work.continue_case(row.id)
    wizard = window.work.wizard
    for step in wizard.open_case.procedure.steps:
        wizard.go(step.id)
        check(f"wizard, step {step.id}", window, seen)
    window.work.new_report()  # a fresh case shows other buttons (no danger yet, nothing filed)
    wizard = window.work.wizard
    for step in wizard.open_case.procedure.steps:
        wizard.go(step.id)
        check(f"new report, step {step.id}", window, seen)
    window.work.show_board()
    board = window.work.board
    check("board", board, seen)
    board.select_case(board.shown_cards()[0].case_id)  # the side panel shows the case and its form
    check("board, a card selected", board, seen)
    window.work.board.close()
    team = window.team
    team.open_members()
    check("members", team.dialog, seen)
    team.dialog.ui.add_member_button.click()
    adding = team.dialog.add_dialog
    check("add a member", adding, seen)
    adding.reject()
    team.dialog.reject()
    team.open_change_passphrase()
    check("change passphrase", team.dialog, seen)
    team.dialog.reject()
    team.open_event_settings()
    settings = team.dialog
    for tabs in settings.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            check(f"settings, tab {tabs.tabText(index)}", settings, seen)
    settings.reject()
    window.close_event()
    from cocdesk.gui.closing_dialog import CloseEventDialog

    closing = window.findChild(CloseEventDialog)
    check("closing", closing, seen)
    closing.close()
    window.handover.open_view()
    from cocdesk.gui.handover_dialog import HandoverDialog

    handover = window.findChild(HandoverDialog)
    check("shift handover, the cases as they stand", handover, seen)
    made = window.session.desk.hand_over()
    from_another = made.model_copy(update={"outgoing": made.outgoing.model_copy(update={"member": "Зоя"})})
    handover.show_unseen(from_another)  # as the next member sees it at unlock: "I take over" shown
    assert handover.ui.take_over_button.isVisible()
    check("shift handover, to take over", handover, seen)
    handover.reject()
    preview = preview_of(qtbot, window)
    check("print preview", preview, seen)
    preview.reject()
    station.lock()
    screen = unlock_screen(station)
    check("unlock", screen, seen)
    screen._problem("The vault is damaged.")
    check("unlock with a problem", screen, seen)
    first_run = FirstRunWizard(tmp_path / "new.cocdesk")
    qtbot.addWidget(first_run)
    first_run.show()
    first_run.event_form.ui.event_name_edit.setText("Łódź 2026")
    first_run.event_form.ui.venue_edit.setText("Hala")
    for page in range(4):
        check(f"first run, page {page + 1}", first_run, seen)
        first_run.next()
    assert seen == {}


def every_step_done(desk, case_id: str) -> None:
    """Every step of the case marked done, as after days of work: set on the storage directly, as the
    sample cases' statuses are (the desk's act wants each step's answers first)."""
    for step in desk.procedure.steps:
        desk.vault.write(
            case_id,
            "case.step",
            "Completed",
            lambda w, step_id=step.id: w.step(str(case_id), step_id, now(), LEAD),
        )


def walk_steps(window, case_id: str, where: str, seen: dict[str, dict[str, list[str]]]) -> None:
    window.work.continue_case(case_id)
    wizard = window.work.wizard
    for step in wizard.open_case.procedure.steps:
        wizard.go(step.id)
        check(f"{where}, step {step.id}", window, seen)


def test_no_letter_is_underlined_twice_once_steps_are_done_reopened_or_filed(qtbot, station) -> None:
    """A done step's footer offers "&Reopen this step" beside the page's own buttons; a reopened step
    and a filed case show others again."""
    seen: dict[str, dict[str, list[str]]] = {}
    window = sign_in(qtbot, station, LEAD)
    desk = window.session.desk
    rows = {r.title.split()[0]: r.id for r in window.case_list.model.rows}
    social, filed = rows["Remarks"], rows["Messages"]
    every_step_done(desk, social)
    walk_steps(window, social, "every step done", seen)
    assert window.work.wizard.footer.done_button.text() == "&Reopen this step"
    wizard = window.work.wizard
    for step in desk.procedure.steps:  # reopened from the footer, as a responder does
        wizard.go(step.id)
        wizard.footer.done_button.click()
        assert wizard.footer.done_button.text().startswith("&Mark done"), step.id
        check(f"step {step.id} reopened", window, seen)
    walk_steps(window, filed, "a filed case", seen)
    assert seen == {}


def preview_of(qtbot, window):
    from cocdesk.gui.print_preview import PrintPreview

    desk = window.session.desk
    preview = PrintPreview(blank_form(desk.procedure, None), "the blank incident report form", window)
    qtbot.addWidget(preview)
    preview.show()
    return preview
