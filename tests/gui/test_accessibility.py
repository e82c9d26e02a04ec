"""Every screen works for everyone: each control has a name a screen reader speaks, the underlined letters
on one screen never clash, the focus shows, text follows the system size, and high contrast is a key away."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
)

from cocdesk.gui import style
from tests.gui.drive import sign_in
from tests.station_vaults import LEAD

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractSpinBox,
    QTextEdit,
    QProgressBar,
    QTabWidget,
)


def unnamed_controls(screen: QWidget) -> list[str]:
    """Visible controls a screen reader would announce without a name."""
    missing = []
    for control in screen.findChildren(QWidget):
        if (
            not isinstance(control, CONTROLS)
            or isinstance(control, QHeaderView)
            or not control.isVisibleTo(screen)
        ):
            continue
        if control.parent() is not None and isinstance(control.parent(), QComboBox | QAbstractSpinBox):
            continue  # a box's own inner editor or list: the box carries the name
        accessible = QAccessible.queryAccessibleInterface(control)
        name = accessible.text(QAccessible.Text.Name) if accessible else ""
        if not (name or "").strip():
            missing.append(f"{type(control).__name__} {control.objectName()!r}")
    return missing


def mnemonics(screen: QWidget) -> list[str]:
    """The Alt+letter keys on one screen (labels, buttons, group boxes and tabs shown together)."""
    letters = []
    texts = []
    for widget in screen.findChildren(QWidget):
        if not widget.isVisibleTo(screen):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton | QGroupBox):
            texts.append(widget.text() if isinstance(widget, QAbstractButton) else widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
    for text in texts:
        found = re.search(r"&([^&\s])", text.replace("&&", ""))
        if found:
            letters.append(found.group(1).casefold())
    return letters


def screens(qtbot, station):
    """Every screen of the station, each as it appears to someone using it."""
    yield "unlock", station.unlock_window
    window = sign_in(qtbot, station, LEAD)
    yield "case list", window
    window.open_case(window.case_list.model.rows[0].id)
    yield "case view", window
    window.team.open_members()
    yield "members", window.team.dialog
    window.team.dialog._add()
    yield "add member", window.team.dialog.add_dialog
    window.team.dialog.add_dialog.reject()
    window.team.dialog.reject()
    window.team.open_change_passphrase()
    yield "change passphrase", window.team.dialog
    window.team.dialog.reject()
    window.team.open_event_settings()
    settings = window.team.dialog
    for tab in range(settings.ui.settings_tabs.count()):
        settings.ui.settings_tabs.setCurrentIndex(tab)
        yield f"settings tab {tab}", settings
    settings.reject()


def test_every_control_on_every_screen_has_an_accessible_name(qtbot, station) -> None:
    problems = {name: unnamed_controls(screen) for name, screen in screens(qtbot, station)}
    assert {name: missing for name, missing in problems.items() if missing} == {}


def test_no_two_underlined_letters_clash_on_a_screen(qtbot, station) -> None:
    clashes = {}
    for name, screen in screens(qtbot, station):
        letters = mnemonics(screen)
        if isinstance(screen, type(station.window)) and screen is station.window:
            letters += [m for m in mnemonics(screen.menuBar())]
            letters += ["s", "t", "e", "v"]  # the menu bar's own: Station, Team, Event, View
        repeated = sorted({letter for letter in letters if letters.count(letter) > 1})
        if repeated:
            clashes[name] = repeated
    assert clashes == {}


def test_the_first_run_pages_are_named_and_clash_free(qtbot, app, tmp_path) -> None:
    from cocdesk.gui.first_run import FirstRunWizard

    wizard = FirstRunWizard(tmp_path / "new.cocdesk")
    qtbot.addWidget(wizard)
    wizard.show()
    for index in range(len(wizard.pages)):
        page = wizard.pages[index]
        wizard.setStartId(wizard.pageIds()[index])
        wizard.restart()
        assert unnamed_controls(wizard) == [], page.title()
        letters = mnemonics(wizard)
        assert len(letters) == len(set(letters)), (page.title(), letters)
    assert wizard.button(QWizard.WizardButton.NextButton).accessibleName() == "Next"


def test_focus_is_visible(qtbot, station) -> None:
    screen = station.unlock_window
    qtbot.waitUntil(screen.ui.member_combo.isEnabled)
    screen.ui.unlock_button.setFocus()
    qtbot.waitUntil(lambda: not screen.ui.passphrase_edit.hasFocus())
    unfocused = screen.ui.passphrase_edit.grab().toImage()
    screen.activateWindow()
    screen.ui.passphrase_edit.setFocus()
    qtbot.waitUntil(screen.ui.passphrase_edit.hasFocus)
    focused = screen.ui.passphrase_edit.grab().toImage()
    edge = (1, focused.height() // 2)  # the frame's left edge, half way down
    assert focused.pixelColor(*edge) != unfocused.pixelColor(*edge)
    assert focused.pixelColor(*edge).saturation() > 150  # a strong colour, not a shade of grey


def test_high_contrast_is_one_shortcut_away_and_remembered(qtbot, app, station) -> None:
    window = sign_in(qtbot, station, LEAD)
    normal = app.styleSheet()
    qtbot.keyClick(
        window.case_list.ui.case_table,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    try:
        assert style.look().high_contrast
        assert app.styleSheet() != normal
        assert "#ffff00" in app.styleSheet()
        assert style.settings().value(style.HIGH_CONTRAST_SETTING, type=bool) is True
        assert style.Look().high_contrast  # a new start reads it back
        image = window.grab().toImage()
        assert image.pixelColor(image.width() // 2, image.height() // 2).lightness() < 40  # dark ground
    finally:
        style.look().set_high_contrast(False)


@pytest.mark.parametrize("points", [9, 16])
def test_headings_follow_the_system_font_size(app, qtbot, team_vault, points) -> None:
    from cocdesk.gui.unlock import UnlockWindow

    before = QApplication.font()
    QApplication.setFont(QFont(before.family(), points))
    try:
        from cocdesk.gui.session import Session

        screen = UnlockWindow(Session, team_vault)
        qtbot.addWidget(screen)
        assert screen.ui.title_label.font().pointSizeF() == pytest.approx(points * 2.0)
        assert screen.ui.passphrase_edit.font().pointSizeF() == pytest.approx(points)
    finally:
        QApplication.setFont(before)
