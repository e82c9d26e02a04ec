"""High contrast (and the everyday look) on every screen, measured on the grabbed pixels: the unlock
screen, the first run, the case list, a case, the members dialog and the wizard's steps (someone in
danger answered Yes). Every line of text is at least 4.5:1 against its ground; a checked box and a
chosen radio button show their mark; a control with the keyboard's focus looks different from one
without."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cocdesk.gui import style
from cocdesk.gui.first_run import FirstRunWizard
from cocdesk.gui.wizard import WizardWidget
from cocdesk.gui.wizard.field_choice import YesNoField
from cocdesk.gui.wizard.name_echo import NameEcho
from tests.gui.contrast import differing_pixels, mark_pixels, measure, too_faint
from tests.gui.drive import sign_in, unlock_screen
from tests.gui.wizard_screens import sample_case
from tests.gui.wizard_support import desk_vault, fields_of, open_as, show_wizard
from tests.station_vaults import FAST, LEAD

WIZARD_STEPS = ("safety", "gather", "identity", "meeting", "assess", "decide", "act", "announce")


@pytest.fixture(params=[True, False], ids=["high contrast", "everyday"])
def high_contrast(request, app) -> Iterator[None]:
    """High contrast, which is what these tests are for; and the everyday look, which must hold too."""
    style.look().set_high_contrast(request.param)
    yield
    style.look().set_high_contrast(False)


def assert_legible(window: QWidget, least: int = 5) -> None:
    """At least ``least`` lines of text measured, and none below 4.5:1."""
    QApplication.processEvents()
    measured = measure(window)
    assert len(measured) >= least, f"only {len(measured)} lines of text found in {window.objectName()}"
    faint = too_faint(window)
    assert not faint, "\n".join(faint)


def test_the_unlock_screen(qtbot, station, high_contrast) -> None:
    screen = unlock_screen(station)
    qtbot.waitExposed(screen)
    assert_legible(screen)


def test_the_first_run_pages(qtbot, app, tmp_path: Path, monkeypatch, high_contrast) -> None:
    from cocdesk.gui.station import Station

    monkeypatch.setattr(FirstRunWizard, "vault_options", lambda self: {"kdf": FAST})
    station = Station(tmp_path / "event.cocdesk")
    station.start()
    wizard = station.first_run
    qtbot.waitExposed(wizard)
    try:
        wizard.event_form.ui.event_name_edit.setText("Konferencja Łódź · Зима · 李")
        wizard.event_form.ui.venue_edit.setText("Hala Expo, ul. Kilińskiego")
        for page in wizard.pages:
            assert wizard.currentPage() is page
            assert_legible(wizard, least=3)
            if page is not wizard.pages[-1]:
                wizard.next()
    finally:
        station.quit()


def test_the_case_list_a_case_and_the_members(qtbot, station, high_contrast) -> None:
    window = sign_in(qtbot, station, LEAD)
    window.resize(1280, 800)
    assert_legible(window)
    row = next(r for r in window.case_list.model.rows if r.title.startswith("Remarks"))
    window.open_case(row.id)
    assert_legible(window)
    window.team.open_members()
    dialog = window.team.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert_legible(dialog)


@pytest.fixture
def danger_wizard(qtbot, tmp_path: Path, high_contrast) -> Iterator[WizardWidget]:
    session = open_as(desk_vault(tmp_path), LEAD)
    case = session.desk.take_report(title="Remarks to Зоя by Łukasz at the 李 stand")
    wizard = show_wizard(qtbot, session, case.code)
    yield wizard
    wizard.close()
    session.close()


def danger_field(wizard: WizardWidget) -> YesNoField:
    editor = fields_of(wizard, "safety").editors["in_danger"]
    assert isinstance(editor, YesNoField)
    return editor


def test_the_wizards_steps_with_someone_in_danger(qtbot, tmp_path: Path, high_contrast) -> None:
    session = open_as(desk_vault(tmp_path), LEAD)
    code = sample_case(session.desk)  # in danger: Yes; Зоя, 王伟 and Łucja named, their names in the account
    wizard = show_wizard(qtbot, session, code)
    try:
        wizard.go("safety", focus=True)
        assert danger_field(wizard).yes.isChecked()
        danger = wizard.page("safety").danger
        assert danger is not None
        qtbot.waitUntil(danger.isVisible)
        assert_legible(wizard)
        for step in WIZARD_STEPS[1:]:
            wizard.go(step, focus=True)
            if step == "gather":  # a name in the account: tinted in the text, echoed under it
                account = fields_of(wizard, "gather").editors["what_happened"]
                account.text.setPlainText("Зоя Смирнова says 王伟 followed her to the lift.")  # type: ignore[attr-defined]
                qtbot.waitUntil(lambda: any(e.isVisible() for e in wizard.findChildren(NameEcho)))
            assert_legible(wizard)
    finally:
        wizard.close()
        session.close()


def test_the_danger_answer_shows_which_button_is_chosen(qtbot, danger_wizard) -> None:
    wizard = danger_wizard
    wizard.go("safety")
    field = danger_field(wizard)
    unanswered = field.yes.grab().toImage()
    field.yes.setChecked(True)
    wizard.flush()
    answered_yes, left_no = field.yes.grab().toImage(), field.no.grab().toImage()
    assert mark_pixels(field.no) >= 20, "an unchosen button does not show where it is"
    assert differing_pixels(unanswered, answered_yes) >= 20, "Yes looks the same chosen or not"
    assert differing_pixels(answered_yes, left_no) >= 20, "Yes chosen looks like No left"


@dataclass
class States:
    """A check box or radio button in a dialog, grabbed unchecked, checked, and checked with focus."""

    dialog: QDialog
    box: int  # the unchecked box's pixels that stand out from the ground
    unchecked: QImage
    checked: QImage
    focused: QImage


def states(kind: type[QCheckBox] | type[QRadioButton]) -> States:
    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    button, other = kind("Łukasz was told — Зоя 李"), QPushButton("Elsewhere")
    layout.addWidget(button)
    layout.addWidget(other)
    dialog.show()
    other.setFocus()
    QApplication.processEvents()
    box, unchecked = mark_pixels(button), button.grab().toImage()
    button.setChecked(True)
    checked = button.grab().toImage()
    button.setFocus()
    QApplication.processEvents()
    return States(dialog, box, unchecked, checked, button.grab().toImage())


@pytest.mark.parametrize("kind", [QCheckBox, QRadioButton])
@pytest.mark.parametrize("contrast", [True, False], ids=["high contrast", "everyday"])
def test_checked_and_focused_are_seen(qtbot, app, kind, contrast) -> None:
    style.look().set_high_contrast(contrast)
    try:
        seen = states(kind)
        qtbot.addWidget(seen.dialog)
        assert seen.box >= 20, "an unchecked box does not show where it is"
        assert differing_pixels(seen.unchecked, seen.checked) >= 20, "checked looks like unchecked"
        assert differing_pixels(seen.checked, seen.focused) >= 20, "focused looks like unfocused"
        assert_legible(seen.dialog, least=2)
    finally:
        style.look().set_high_contrast(False)


def test_a_focused_button_and_field_are_seen(qtbot, station, high_contrast) -> None:
    window = sign_in(qtbot, station, LEAD)
    shown = [w for w in window.findChildren(QWidget) if w.isVisible() and w.isEnabled()]
    buttons = [w for w in shown if isinstance(w, QToolButton) and w.text()]
    targets = [*buttons[:2], *[w for w in shown if isinstance(w, QLineEdit)][:1]]
    assert len(targets) == 3
    for target in targets:
        window.case_list.setFocus()
        QApplication.processEvents()
        before = target.grab().toImage()
        target.setFocus()
        QApplication.processEvents()
        assert target.hasFocus()
        assert differing_pixels(before, target.grab().toImage()) >= 20, (
            f"{target.objectName()} shows no focus"
        )
