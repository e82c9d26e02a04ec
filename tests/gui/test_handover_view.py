"""The shift handover on screen: opened from the Station menu (Ctrl+Shift+O), handed over by the member
going off shift, shown at unlock over the main window to a member who has not confirmed it and not
again once they take over; driven by the mouse, the keyboard and a screen reader; printed through the
preview; and never naming a reporter or witness."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QKeySequence
from PySide6.QtWidgets import QApplication, QPushButton

from cocdesk.gui import handover_dialog
from cocdesk.gui.handover_dialog import HandoverDialog
from tests.gui.drive import sign_in
from tests.station_vaults import LEAD, REPORTER, WITNESS, ZOYA

NAMES = [*REPORTER.split(), *WITNESS.split(), "Søren"]  # the sample cases' reporters and witnesses


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def press(qtbot, button: QPushButton) -> None:
    """As a screen reader presses it: an animated click, done a moment later."""
    actions = QAccessible.queryAccessibleInterface(button).actionInterface()
    assert QAccessibleActionInterface.pressAction() in actions.actionNames()
    with qtbot.waitSignal(button.clicked, timeout=5_000):
        actions.doAction(QAccessibleActionInterface.pressAction())
    settle()


def shown_dialog(window) -> HandoverDialog | None:
    found = window.findChild(HandoverDialog)
    return found if found is not None and found.isVisible() else None


def hand_over_as_lead(qtbot, station, monkeypatch, *, close: bool = True) -> HandoverDialog:
    monkeypatch.setattr(handover_dialog, "confirm_hand_over", lambda parent, count: True)
    window = sign_in(qtbot, station, LEAD)
    assert shown_dialog(window) is None  # a new vault has no handover: nothing is shown
    action = window.handover.action
    assert action.shortcut() == QKeySequence("Ctrl+Shift+O") and action in window.ui.station_menu.actions()
    action.trigger()
    dialog = shown_dialog(window)
    assert dialog is not None and "as they stand" in dialog.ui.heading_label.text()
    assert not dialog.ui.take_over_button.isVisible()
    press(qtbot, dialog.ui.hand_over_button)
    assert "Handover 1" in dialog.ui.heading_label.text()
    assert f"Handed over by {LEAD}" in dialog.ui.confirmed_label.text()
    assert not dialog.ui.hand_over_button.isVisible()
    if close:
        dialog.ui.close_button.click()
    return dialog


def test_the_next_member_is_shown_it_at_unlock_and_not_again_after_taking_over(
    qtbot, station, monkeypatch
) -> None:
    hand_over_as_lead(qtbot, station, monkeypatch)
    station.lock()
    window = sign_in(qtbot, station, ZOYA)
    dialog = shown_dialog(window)
    assert dialog is not None, "the handover is shown at unlock"
    assert dialog.windowModality() == Qt.WindowModality.WindowModal and dialog.parent() == window
    assert QApplication.activeModalWidget() is dialog  # the case list waits until it is dealt with
    text = dialog.ui.cases_browser.toPlainText()
    codes = [row.code for row in window.case_list.model.rows if row.status.is_open]
    assert codes and all(code in text for code in codes)
    assert not any(name in text for name in NAMES)
    take = dialog.ui.take_over_button
    assert take.isVisible() and take.hasFocus() and take.accessibleName() == "I take over"
    qtbot.keyClick(take, Qt.Key.Key_Space)  # the keyboard: Space on the focused button
    settle()
    assert f"Taken over by {ZOYA}" in dialog.ui.confirmed_label.text()
    assert not take.isVisible()
    case = window.session.desk.case(codes[0])
    assert [e.who for e in case.timeline if "shift" in e.what] == [LEAD, ZOYA]
    dialog.ui.close_button.click()
    station.lock()
    window = sign_in(qtbot, station, ZOYA)
    assert shown_dialog(window) is None, "not shown again after taking over"
    station.lock()
    window = sign_in(qtbot, station, LEAD)
    assert shown_dialog(window) is None, "the one who handed over has seen it"


def test_print_opens_the_sheet_in_the_preview_without_names(qtbot, station, monkeypatch) -> None:
    from cocdesk.gui.print_preview import PrintPreview

    def printed() -> str:
        preview = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, PrintPreview) and w.isVisible()
        )
        pages = PdfReader(io.BytesIO(preview.document.pdf)).pages
        preview.reject()
        settle()
        return " ".join(" ".join(page.extract_text().split()) for page in pages)

    dialog = hand_over_as_lead(qtbot, station, monkeypatch, close=False)
    press(qtbot, dialog.ui.print_button)  # the handover just made
    text = printed()
    assert "Shift handover" in text and "Handover 1" in text and f"Handed over by: {LEAD}" in text
    assert not any(name in text for name in NAMES)
    dialog.ui.close_button.click()
    station.window.handover.open_view()  # later: the cases as they stand, and the last handover
    assert "Handover 1 was handed over by" in dialog.ui.confirmed_label.text()
    press(qtbot, dialog.ui.print_button)
    text = printed()
    assert "not handed over yet" in text and not any(name in text for name in NAMES)


def test_every_control_has_a_name_and_takes_the_keyboard(qtbot, station, monkeypatch) -> None:
    dialog = hand_over_as_lead(qtbot, station, monkeypatch)
    station.window.handover.open_view()
    ui = dialog.ui
    for widget in (
        ui.cases_browser,
        ui.hand_over_button,
        ui.print_button,
        ui.close_button,
        ui.take_over_button,
    ):
        assert widget.accessibleName(), widget.objectName()
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget.objectName()
    assert ui.cases_label.buddy() is ui.cases_browser
    assert dialog.windowTitle() == "Shift handover"  # a window title never holds case content
