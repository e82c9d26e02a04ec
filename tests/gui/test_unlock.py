"""Unlocking the station: the right passphrase, a wrong one, another member, and vaults that cannot open."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from cocdesk.gui import dialogs
from cocdesk.vault import Vault
from tests.gui.drive import type_text, unlock, unlock_screen, visible_windows
from tests.station_vaults import EVENT_LEAD, LEAD, OFFICER, ZOYA, open_as


def test_the_right_passphrase_opens_the_case_list_signed_in_by_name(qtbot, station) -> None:
    screen = unlock_screen(station)
    assert screen.isVisible()
    assert screen.ui.member_combo.count() == 4
    unlock(qtbot, station, LEAD)
    qtbot.waitUntil(lambda: station.window is not None and station.window.isVisible())
    window = station.window
    assert not screen.isVisible()
    assert window.signed_in.text() == f"Signed in: {LEAD} · CoC team lead"
    assert window.windowTitle() == "CoC Desk — Zürich Summit 2026"
    assert window.case_list.model.rowCount() == 4
    assert screen.ui.passphrase_edit.text() == ""


def test_a_wrong_passphrase_says_so_and_then_makes_you_wait(qtbot, station) -> None:
    screen = unlock_screen(station)
    unlock(qtbot, station, ZOYA, "не тот пароль")
    assert "That passphrase does not open this vault." in screen.ui.message_label.text()
    assert station.window is None and screen.isVisible()
    assert screen.ui.passphrase_edit.text() == ""
    unlock(qtbot, station, ZOYA, "и этот не тот")
    unlock(qtbot, station, ZOYA, "третий тоже мимо")
    assert "Wait 2 seconds before the next try." in screen.ui.message_label.text()
    assert not screen.ui.unlock_button.isEnabled()
    assert not screen.ui.passphrase_edit.isEnabled()
    qtbot.waitUntil(screen.ui.unlock_button.isEnabled, timeout=4000)
    assert "You can try again now." in screen.ui.message_label.text()
    assert "Traceback" not in screen.ui.message_label.text()
    unlock(qtbot, station, ZOYA)
    qtbot.waitUntil(lambda: station.window is not None)
    assert station.window is not None and station.window.member.name == ZOYA


@pytest.mark.parametrize(("member", "role"), [(ZOYA, "Responder"), (EVENT_LEAD, "Event Lead Organiser")])
def test_another_member_unlocks_with_their_own_passphrase_and_role(qtbot, station, member, role) -> None:
    unlock(qtbot, station, member)
    qtbot.waitUntil(lambda: station.window is not None)
    window = station.window
    assert window.signed_in.text() == f"Signed in: {member} · {role}"
    assert not window.ui.members_action.isVisible()
    assert not window.ui.event_settings_action.isVisible()


def test_a_vault_open_in_another_copy_says_who_has_it_and_what_to_do(qtbot, app, team_vault) -> None:
    from cocdesk.gui.station import Station

    elsewhere = open_as(team_vault, OFFICER)
    try:
        station = Station(team_vault)
        station.start()
        screen = unlock_screen(station)
        qtbot.waitUntil(screen.ui.problem_actions.isVisible)
        message = screen.ui.message_label.text()
        assert "already open in another copy of CoC Desk" in message
        assert OFFICER in message and "Close it there first." in message
        assert not screen.ui.unlock_button.isEnabled()
    finally:
        elsewhere.close()
    qtbot.mouseClick(screen.ui.retry_button, Qt.MouseButton.LeftButton)
    assert screen.ui.unlock_button.isEnabled() and not screen.ui.problem_actions.isVisible()
    assert screen.ui.message_label.text() == ""
    station.quit()


def test_a_vault_gone_from_under_the_unlock_screen_is_made_again_at_the_same_path(
    qtbot, app, team_vault: Path, tmp_path: Path
) -> None:
    from cocdesk.gui.first_run import FirstRunWizard
    from cocdesk.gui.station import Station

    station = Station(team_vault)
    station.start()
    screen = unlock_screen(station)
    qtbot.waitUntil(screen.ui.member_combo.isEnabled)
    for part in team_vault.parent.iterdir():
        part.unlink()  # the vault's files are gone (an unplugged stick, a tidy-up) before anyone unlocks
    screen.check_vault()
    qtbot.waitUntil(screen.ui.problem_actions.isVisible)
    assert "There is no vault at" in screen.ui.message_label.text()
    asked: list[object] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dialogs, "new_vault_path", lambda parent: asked.append(parent))  # says None: cancelled
        qtbot.mouseClick(screen.ui.create_vault_button, Qt.MouseButton.LeftButton)
    assert asked == []  # no second path to pick: the one it looked for
    assert isinstance(station.first_run, FirstRunWizard) and station.first_run.isVisible()
    assert station.first_run.vault_path == team_vault
    station.quit()


def test_a_damaged_vault_is_reported_and_left_as_it_was(qtbot, app, team_vault: Path) -> None:
    from cocdesk.gui.station import Station

    with team_vault.open("r+b") as database:
        database.seek(4096)
        database.write(b"\x00" * 8192)
    before = team_vault.read_bytes()
    station = Station(team_vault)
    station.start()
    unlock(qtbot, station, LEAD)
    screen = unlock_screen(station)
    qtbot.waitUntil(screen.ui.problem_actions.isVisible)
    assert (
        "damaged" in screen.ui.message_label.text()
        or "not a CoC Desk vault" in screen.ui.message_label.text()
    )
    assert station.window is None
    assert team_vault.read_bytes() == before
    station.quit()


def test_no_vault_at_the_default_place_starts_the_first_run(qtbot, app, tmp_path: Path) -> None:
    from cocdesk.gui.station import Station

    station = Station(tmp_path / "event.cocdesk")
    station.start()
    assert station.first_run is not None and station.first_run.isVisible()
    assert station.unlock_window is None
    station.first_run.reject()
    station.quit()


def test_unlocking_by_keyboard_alone(qtbot, station) -> None:
    screen = unlock_screen(station)
    qtbot.waitUntil(screen.ui.member_combo.isEnabled)
    screen.activateWindow()
    screen.ui.member_combo.setFocus()
    qtbot.keyClick(screen.ui.member_combo, Qt.Key.Key_Down)  # names are sorted as the key file has them
    chosen = screen.ui.member_combo.currentText()
    qtbot.keyClick(screen.ui.member_combo, Qt.Key.Key_Tab)
    assert screen.focusWidget() is screen.ui.passphrase_edit
    from tests.station_vaults import PASSPHRASES

    type_text(screen.ui.passphrase_edit, PASSPHRASES[chosen])
    qtbot.keyClick(screen.ui.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: station.window is not None)
    assert station.window.member.name == chosen
    assert [w for w in visible_windows() if w is station.window]


def test_the_unlock_screen_paints_before_the_vault_package_is_needed(qtbot, app, team_vault) -> None:
    from cocdesk.gui.session import Session
    from cocdesk.gui.unlock import UnlockWindow

    screen = UnlockWindow(Session, team_vault)  # no session is used before an unlock
    qtbot.addWidget(screen)
    assert [screen.ui.member_combo.itemText(i) for i in range(4)] == Vault.member_names(team_vault)


def test_a_malformed_procedure_file_stops_the_unlock_with_its_line(qtbot, app, team_vault: Path) -> None:
    from cocdesk.gui.station import Station
    from cocdesk.procedure.loader import default_procedure_text

    procedure = team_vault.parent / "ours.toml"
    procedure.write_text(default_procedure_text(), encoding="utf-8")
    with open_as(team_vault, LEAD) as vault:
        vault.update_event(vault.event.model_copy(update={"procedure_file": str(procedure)}))
    text = default_procedure_text().replace('kind = "long_text"', 'kind = "essay"', 1)
    procedure.write_text(text, encoding="utf-8")
    broken_line = text.splitlines().index('kind = "essay"') + 1

    station = Station(team_vault)
    station.start()
    unlock(qtbot, station, LEAD)
    screen = unlock_screen(station)
    qtbot.waitUntil(lambda: "ours.toml" in screen.ui.message_label.text())
    said = screen.ui.message_label.text()
    assert f"line {broken_line}" in said and "kind" in said
    assert station.window is None and not station.session.is_open

    procedure.write_text(default_procedure_text(), encoding="utf-8")
    unlock(qtbot, station, LEAD)
    qtbot.waitUntil(lambda: station.window is not None and station.window.isVisible())
    station.quit()


def test_a_key_file_changed_outside_the_app_is_named_on_the_unlock_screen(
    qtbot, app, team_vault, tmp_path
) -> None:
    import json

    from cocdesk import keystore
    from cocdesk.gui.station import Station
    from cocdesk.vault import KdfParams, VaultFiles
    from cocdesk.vault.keyfile import KeyFile
    from cocdesk.vault.keyslots import new_slot

    keys = VaultFiles.at(team_vault).keys
    vault_id = KeyFile.from_bytes(keys.read_bytes()).vault_id
    planted = new_slot("e" * 32, "Mallory", "not a member", b"\x02" * 32, vault_id, KdfParams(iterations=1))
    area = keystore.read(keys)
    assert area is not None
    content = json.loads(area[1])
    content["slots"].append(json.loads(planted.model_dump_json()))
    keystore.overwrite(keys, json.dumps(content).encode("utf-8"))

    station = Station(team_vault)
    station.start()
    try:
        unlock(qtbot, station, LEAD)
        said = unlock_screen(station).ui.message_label.text()
        assert "was changed outside CoC Desk (a key slot for “Mallory” was added" in said
        assert "cocdesk vault repair-keys" in said and station.window is None
        unlock_screen(station).grab().save(str(tmp_path / "unlock-key-file-changed.png"))
    finally:
        station.quit()
