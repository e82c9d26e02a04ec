"""The first run, by keyboard: the event, its crisis contacts, its Event Lead and Officer, and the first
member with a strength-checked passphrase. Finishing creates a vault that opens with that passphrase."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cocdesk.domain import Role
from cocdesk.gui import dialogs
from cocdesk.gui.first_run import FirstRunWizard
from cocdesk.vault import Vault
from tests.gui.drive import type_text
from tests.station_vaults import FAST

LEAD_NAME, PASSPHRASE = "Ελένη Łukasz-李", "lanterns over the river at dusk"


@pytest.fixture
def fast_vaults(monkeypatch) -> None:
    monkeypatch.setattr(FirstRunWizard, "vault_options", lambda self: {"kdf": FAST})


@pytest.fixture
def first_run(app, qtbot, tmp_path: Path, fast_vaults):
    from cocdesk.gui.station import Station

    station = Station(tmp_path / "event.cocdesk")
    station.start()
    wizard = station.first_run
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    yield station, wizard
    station.quit()


def next_page(qtbot, wizard) -> None:
    press_mnemonic(qtbot, wizard, Qt.Key.Key_N)  # "&Next"


def create(qtbot, wizard) -> None:
    press_mnemonic(qtbot, wizard, Qt.Key.Key_C)  # "&Create the vault"


def press_mnemonic(qtbot, wizard, key: Qt.Key) -> None:
    """Alt + the underlined letter; a button pressed by its mnemonic clicks a moment later."""
    qtbot.keyClick(QApplication.focusWidget() or wizard, key, Qt.KeyboardModifier.AltModifier)
    qtbot.wait(250)


def fill_event(qtbot, wizard) -> None:
    form = wizard.event_form.ui
    form.event_name_edit.setFocus()
    type_text(form.event_name_edit, "Konferencja Łódź 2026 · Зима")
    qtbot.keyClick(form.event_name_edit, Qt.Key.Key_Tab)
    form.time_zone_combo.setCurrentText("Europe/Warsaw")
    form.venue_edit.setFocus()
    type_text(form.venue_edit, "Hala Expo, ul. Kilińskiego")
    form.attendees_spin.setFocus()
    form.attendees_spin.selectAll()
    qtbot.keyClicks(form.attendees_spin, "1240")  # the event's size, for the transparency report


def test_the_whole_first_run_by_keyboard_creates_a_vault_and_opens_the_station(qtbot, first_run) -> None:
    station, wizard = first_run
    fill_event(qtbot, wizard)
    next_page(qtbot, wizard)
    contacts = wizard.contacts_form.ui
    assert wizard.currentPage().title() == "Crisis contacts"
    contacts.venue_security_name_edit.setFocus()
    type_text(contacts.venue_security_name_edit, "Ochrona hali")
    qtbot.keyClick(contacts.venue_security_name_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is contacts.venue_security_phone_edit
    type_text(contacts.venue_security_phone_edit, "+48 42 555 01 00")
    next_page(qtbot, wizard)
    leads = wizard.leads_form.ui
    leads.event_lead_name_edit.setFocus()
    type_text(leads.event_lead_name_edit, "Зоя Петрова")
    leads.safety_officer_name_edit.setFocus()
    type_text(leads.safety_officer_name_edit, "李娜")
    next_page(qtbot, wizard)
    member = wizard.member_form
    member.name_edit.setFocus()
    type_text(member.name_edit, LEAD_NAME)
    qtbot.keyClick(member.name_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is member.passphrase.ui.new_passphrase_edit
    type_text(member.passphrase.ui.new_passphrase_edit, PASSPHRASE)
    qtbot.keyClick(member.passphrase.ui.new_passphrase_edit, Qt.Key.Key_Tab)
    type_text(member.passphrase.ui.repeat_passphrase_edit, PASSPHRASE)
    assert member.passphrase.ui.strength_bar.format() in ("Strong", "Very strong")
    assert member.passphrase.ui.strength_warning_label.text() == ""
    create(qtbot, wizard)
    qtbot.waitUntil(lambda: station.window is not None and station.window.isVisible())
    window = station.window
    assert window.signed_in.text() == f"Signed in: {LEAD_NAME} · CoC team lead"
    assert window.windowTitle() == "CoC Desk — Konferencja Łódź 2026 · Зима"
    assert not wizard.isVisible()
    station.quit()
    with Vault.open(station.vault_path, LEAD_NAME, PASSPHRASE) as vault:
        event = vault.event
        assert vault.member.role == Role.COC_LEAD
    assert event.time_zone == "Europe/Warsaw" and event.venue == "Hala Expo, ul. Kilińskiego"
    assert event.crisis_contacts.venue_security.phone == "+48 42 555 01 00"
    assert event.event_lead.name == "Зоя Петрова" and event.safety_officer.name == "李娜"
    assert event.attendees == 1240


def test_the_event_needs_a_name_before_going_on(qtbot, first_run) -> None:
    _, wizard = first_run
    next_page(qtbot, wizard)
    assert wizard.currentPage().title() == "The event"
    assert wizard.message().text() == "Give the event a name."


def test_a_weak_passphrase_is_graded_and_needs_a_yes(qtbot, first_run, monkeypatch) -> None:
    station, wizard = first_run
    answers = iter([False, True])
    monkeypatch.setattr(dialogs, "ask", lambda *args, **kwargs: next(answers))
    fill_event(qtbot, wizard)
    for _ in range(3):
        next_page(qtbot, wizard)
    member = wizard.member_form
    type_text(member.name_edit, LEAD_NAME)
    type_text(member.passphrase.ui.new_passphrase_edit, "Łódź2026!")
    assert member.passphrase.ui.strength_bar.format() in ("Very weak", "Weak")
    assert member.passphrase.ui.strength_warning_label.text()
    type_text(member.passphrase.ui.repeat_passphrase_edit, "Łódź2026!")
    create(qtbot, wizard)
    assert wizard.isVisible() and station.window is None  # the first answer was "choose another"
    assert not station.vault_path.exists()
    create(qtbot, wizard)
    qtbot.waitUntil(lambda: station.window is not None)


def test_refused_and_mismatched_passphrases_say_why(qtbot, first_run) -> None:
    _, wizard = first_run
    fill_event(qtbot, wizard)
    for _ in range(3):
        next_page(qtbot, wizard)
    member = wizard.member_form
    type_text(member.name_edit, LEAD_NAME)
    type_text(member.passphrase.ui.new_passphrase_edit, "kurz")
    create(qtbot, wizard)
    assert "too short" in wizard.message().text()
    type_text(member.passphrase.ui.new_passphrase_edit, " und doch länger")
    type_text(member.passphrase.ui.repeat_passphrase_edit, "something else entirely")
    create(qtbot, wizard)
    assert "not the same" in wizard.message().text()
    assert wizard.isVisible()


def test_an_event_whose_size_is_not_counted_has_no_size(qtbot, first_run) -> None:
    _station, wizard = first_run
    form = wizard.event_form
    assert form.ui.attendees_spin.text() == "Not counted"
    assert form.values()["attendees"] is None
    form.ui.attendees_spin.setValue(350)
    assert form.values()["attendees"] == 350
