"""The team: the lead adds, re-roles and removes members (the vault re-keys); anyone changes their own
passphrase. Each change is checked by unlocking again, as the people concerned would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cocdesk.domain import Role
from cocdesk.gui import dialogs
from cocdesk.vault import Vault
from tests.gui.drive import sign_in, type_text, unlock
from tests.station_vaults import EVENT_LEAD, LEAD, PASSPHRASES, ZOYA

NEWCOMER, NEWCOMER_PASSPHRASE = "Ngozi Ọlá Adéyẹmí", "lagos rain on a tin roof"


def members_dialog(qtbot, station):
    window = sign_in(qtbot, station, LEAD)
    window.team.open_members()
    dialog = window.team.dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def table_rows(dialog) -> list[tuple[str, str]]:
    table = dialog.ui.members_table
    return [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]


def select(dialog, name: str) -> None:
    rows = [row[0].removesuffix(" (you)") for row in table_rows(dialog)]
    dialog.ui.members_table.selectRow(rows.index(name))


def add(qtbot, dialog, name: str, role: Role, passphrase: str):
    qtbot.mouseClick(dialog.ui.add_member_button, Qt.MouseButton.LeftButton)
    adding = dialog.add_dialog
    qtbot.waitUntil(adding.isVisible)
    adding.ui.member_name_edit.setFocus()
    type_text(adding.ui.member_name_edit, name)
    adding.ui.member_role_combo.setCurrentIndex(adding.ui.member_role_combo.findData(role))
    type_text(adding.passphrase.ui.new_passphrase_edit, passphrase)
    type_text(adding.passphrase.ui.repeat_passphrase_edit, passphrase)
    qtbot.keyClick(adding.passphrase.ui.repeat_passphrase_edit, Qt.Key.Key_Return)
    return adding


def test_the_lead_adds_a_member_who_can_then_unlock(qtbot, station) -> None:
    dialog = members_dialog(qtbot, station)
    adding = add(qtbot, dialog, NEWCOMER, Role.RESPONDER, NEWCOMER_PASSPHRASE)
    assert not adding.isVisible()
    assert (NEWCOMER, "Responder") in table_rows(dialog)
    assert NEWCOMER in dialog.ui.members_message.text()
    station.lock()
    assert NEWCOMER in [
        station.unlock_window.ui.member_combo.itemText(i)
        for i in range(station.unlock_window.ui.member_combo.count())
    ]
    unlock(qtbot, station, NEWCOMER, NEWCOMER_PASSPHRASE)
    qtbot.waitUntil(lambda: station.window is not None and station.window.member.name == NEWCOMER)


def test_a_weak_passphrase_for_a_new_member_needs_a_yes(qtbot, station, monkeypatch) -> None:
    asked = []

    def refuse(*args: object, **kwargs: object) -> bool:
        asked.append(str(args[2]))
        return False

    monkeypatch.setattr(dialogs, "ask", refuse)
    dialog = members_dialog(qtbot, station)
    adding = add(qtbot, dialog, NEWCOMER, Role.RESPONDER, "password123")
    assert adding.isVisible()
    assert adding.passphrase.ui.strength_bar.format() == "Very weak"
    assert "one of the most common passwords" in adding.passphrase.ui.strength_warning_label.text()
    assert asked and "Use it anyway?" in asked[0]
    assert NEWCOMER not in [row[0] for row in table_rows(dialog)]
    adding.reject()


def test_mismatched_or_short_passphrases_are_refused_with_a_reason(qtbot, station) -> None:
    dialog = members_dialog(qtbot, station)
    adding = add(qtbot, dialog, NEWCOMER, Role.RESPONDER, "kurz")
    assert "too short" in adding.ui.add_member_message.text()
    adding.passphrase.clear()
    type_text(adding.passphrase.ui.new_passphrase_edit, NEWCOMER_PASSPHRASE)
    type_text(adding.passphrase.ui.repeat_passphrase_edit, NEWCOMER_PASSPHRASE + "!")
    qtbot.keyClick(adding.passphrase.ui.repeat_passphrase_edit, Qt.Key.Key_Return)
    assert "not the same" in adding.ui.add_member_message.text()
    assert adding.isVisible()
    adding.reject()


def test_the_lead_changes_a_members_role(qtbot, station, team_vault) -> None:
    dialog = members_dialog(qtbot, station)
    select(dialog, ZOYA)
    dialog.ui.role_combo.setCurrentIndex(dialog.ui.role_combo.findData(Role.EVENT_LEAD))
    qtbot.mouseClick(dialog.ui.change_role_button, Qt.MouseButton.LeftButton)
    assert (ZOYA, "Event Lead Organiser") in table_rows(dialog)
    station.lock()
    window = sign_in(qtbot, station, ZOYA)
    assert window.signed_in.text().endswith("Event Lead Organiser")


def test_removing_a_member_re_keys_the_vault_so_their_passphrase_opens_nothing(
    qtbot, station, team_vault, monkeypatch
) -> None:
    monkeypatch.setattr(dialogs, "ask", lambda *args, **kwargs: True)
    old_keys = (team_vault.parent / (team_vault.name + ".keys")).read_bytes()
    dialog = members_dialog(qtbot, station)
    select(dialog, EVENT_LEAD)
    qtbot.mouseClick(dialog.ui.remove_member_button, Qt.MouseButton.LeftButton)
    assert EVENT_LEAD not in [row[0] for row in table_rows(dialog)]
    assert f"{EVENT_LEAD} was removed." == dialog.ui.members_message.text()
    station.quit()
    assert EVENT_LEAD not in Vault.member_names(team_vault)
    (team_vault.parent / (team_vault.name + ".keys")).write_bytes(old_keys)  # a kept copy of the old slots
    with pytest.raises(Exception):  # noqa: B017 - whichever way it fails, it must not open
        Vault.open(team_vault, EVENT_LEAD, PASSPHRASES[EVENT_LEAD]).close()


def test_the_lead_cannot_remove_themselves(qtbot, station) -> None:
    dialog = members_dialog(qtbot, station)
    select(dialog, LEAD)
    assert not dialog.ui.remove_member_button.isEnabled()


def test_any_member_changes_their_own_passphrase(qtbot, station) -> None:
    window = sign_in(qtbot, station, ZOYA)
    window.team.open_change_passphrase()
    change = window.team.dialog
    qtbot.waitUntil(change.isVisible)
    new = "ночной поезд на север"
    type_text(change.ui.current_passphrase_edit, "не тот")
    type_text(change.passphrase.ui.new_passphrase_edit, new)
    type_text(change.passphrase.ui.repeat_passphrase_edit, new)
    qtbot.keyClick(change.passphrase.ui.repeat_passphrase_edit, Qt.Key.Key_Return)
    assert "does not open this vault" in change.ui.change_message.text()
    type_text(change.ui.current_passphrase_edit, PASSPHRASES[ZOYA])
    qtbot.keyClick(change.ui.current_passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not change.isVisible())
    station.lock()
    unlock(qtbot, station, ZOYA)
    assert "does not open this vault" in station.unlock_window.ui.message_label.text()
    unlock(qtbot, station, ZOYA, new)
    qtbot.waitUntil(lambda: station.session.is_open)
