"""The first run for a path where no vault can be made (``cocdesk --vault PATH``): what is wrong with
the place is one sentence on the page, at once when it can be told before trying, and the person
chooses another place without typing the event, the contacts and the passphrase again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWizard

from cocdesk.gui import dialogs
from cocdesk.gui.first_run import FirstRunWizard
from tests.gui.drive import type_text
from tests.station_vaults import FAST

PASSPHRASE = "kolorowy tramwaj jedzie nad Wisłą 42"


@pytest.fixture
def fast_vaults(monkeypatch) -> None:
    monkeypatch.setattr(FirstRunWizard, "vault_options", lambda self: {"kdf": FAST})


def started(path: Path):
    from cocdesk.gui.station import Station

    station = Station(path)
    station.start()
    assert station.first_run is not None, "the first run did not open for a path with no vault"
    return station, station.first_run


def fill_everything(wizard) -> None:
    """The event, then on through the contacts and the leads to the last page, and the lead's name and
    passphrase there (as far as the pages let the person go)."""
    wizard.event_form.ui.event_name_edit.setText("Łódź 2026")
    wizard.event_form.ui.venue_edit.setText("Hala Зоя 李")
    for _ in range(3):
        wizard.next()
        QApplication.processEvents()
    member = wizard.member_form
    member.name_edit.setText("Anna Łęcka")
    member.passphrase.ui.new_passphrase_edit.setFocus()
    type_text(member.passphrase.ui.new_passphrase_edit, PASSPHRASE)
    type_text(member.passphrase.ui.repeat_passphrase_edit, PASSPHRASE)


def said(wizard: FirstRunWizard) -> str:
    return wizard.message(wizard.currentPage()).text()


@pytest.mark.parametrize("where", ["under_a_file", "in_proc"])
def test_a_path_no_vault_can_be_made_at_is_said_in_one_sentence_and_another_place_is_taken(
    qtbot, app, tmp_path, fast_vaults, monkeypatch, where
):
    blocker = tmp_path / "notes.txt"
    blocker.write_text("not a folder")
    path = blocker / "event.cocdesk" if where == "under_a_file" else Path("/proc/event.cocdesk")
    station, wizard = started(path)
    try:
        fill_everything(wizard)
        assert wizard.validateCurrentPage() is False
        sentence = said(wizard)
        assert sentence.startswith("A vault cannot be made at"), sentence
        assert sentence.endswith("Choose another place for it."), sentence
        assert "Creating the vault" not in sentence
        if where == "under_a_file":  # told before anything is typed, on the first page
            assert wizard.currentPage() is wizard.ui.event_page
            assert "notes.txt is a file, not a folder" in sentence
        good = tmp_path / "Łódź" / "event.cocdesk"
        monkeypatch.setattr(dialogs, "new_vault_path", lambda parent: str(good))
        wizard.button(QWizard.WizardButton.CustomButton1).click()
        assert said(wizard) == ""
        assert "Łódź" in wizard.ui.event_page.subTitle()
        for _ in range(3):
            if wizard.currentPage() is not wizard.ui.member_page:
                wizard.next()
        assert wizard.member_form.name_edit.text() == "Anna Łęcka"  # nothing typed again
        assert wizard.validateCurrentPage() is True, said(wizard)
        assert good.exists() and station.vault_path == good
        assert station.session.desk.event.name == "Łódź 2026"
    finally:
        station.quit()


def test_a_leftover_key_file_is_said_on_the_first_page_before_the_whole_setup_is_typed(
    qtbot, app, tmp_path, fast_vaults
):
    """Only ``event.cocdesk.keys`` is there (the database moved or deleted): the first page says so at
    once, as the command line does before it asks for a passphrase, and does not go on."""
    path = tmp_path / "event.cocdesk"
    (tmp_path / "event.cocdesk.keys").write_bytes(b"\0" * 64)
    station, wizard = started(path)
    try:
        assert "There is already a vault at" in said(wizard), said(wizard)
        wizard.event_form.ui.event_name_edit.setText("Łódź 2026")
        wizard.event_form.ui.venue_edit.setText("Hala")
        wizard.next()
        assert wizard.currentPage() is wizard.ui.event_page
        assert "There is already a vault at" in said(wizard)
    finally:
        station.quit()
