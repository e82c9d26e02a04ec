"""Locking when the desk is left: the machine is about to sleep, the screen saver comes on, the login
session is locked. Each is heard on D-Bus, here a bus of the test's own that stands for both the
system and the session bus, with logind and a screen saver played by the test under their bus names."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from cocdesk.gui.desk_left import Buses, login_session_path
from tests.gui.drive import sign_in, type_text, visible_windows
from tests.station_vaults import LEAD, ZOYA

DBUS_DAEMON = shutil.which("dbus-daemon")
needs_dbus = pytest.mark.skipif(
    DBUS_DAEMON is None, reason="dbus-daemon is not installed (Debian package dbus)"
)


@pytest.fixture
def bus(tmp_path: Path) -> Iterator[str]:
    """A private D-Bus daemon on a socket under the test's folder; its address."""
    assert DBUS_DAEMON is not None
    daemon = subprocess.Popen(
        [DBUS_DAEMON, "--session", "--nofork", "--print-address", f"--address=unix:path={tmp_path}/bus"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    assert address.startswith("unix:"), "the private bus did not start"
    yield address
    for name in SPEAKERS:
        QDBusConnection.disconnectFromBus(name)
    SPEAKERS.clear()
    daemon.terminate()
    daemon.wait(timeout=10)


@pytest.fixture
def station_on(app, qtbot, team_vault, bus) -> Iterator[Any]:
    from cocdesk.gui.station import Station

    made = Station(team_vault, buses=Buses(system=bus, session=bus))
    made.start()
    yield made
    made.quit()


SPEAKERS: list[str] = []  # the test's own connections, closed with the bus


def speaker(address: str, service: str) -> QDBusConnection:
    """A connection that owns ``service`` on the bus, as logind or a screen saver would."""
    SPEAKERS.append(f"test-{service}")
    connection = QDBusConnection.connectToBus(address, SPEAKERS[-1])
    assert connection.isConnected()
    assert connection.registerService(service)
    return connection


def emit(connection: QDBusConnection, path: str, interface: str, name: str, *arguments: object) -> None:
    message = QDBusMessage.createSignal(path, interface, name)
    message.setArguments(list(arguments))
    assert connection.send(message)


def signed_in_typing(qtbot, station) -> Any:
    window = sign_in(qtbot, station, LEAD)
    type_text(window.case_list.ui.search_edit, "Łukasz 李")
    return window


@needs_dbus
def test_the_machine_about_to_sleep_locks_the_station(qtbot, station_on, bus) -> None:
    window = signed_in_typing(qtbot, station_on)
    vault = station_on.session.desk
    logind = speaker(bus, "org.freedesktop.login1")
    emit(logind, "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", True)
    qtbot.waitUntil(lambda: not vault.is_open, timeout=5000)
    assert visible_windows() == [station_on.unlock_window]
    assert station_on.unlock_window.ui.member_combo.currentText() == LEAD
    sign_in(qtbot, station_on, LEAD)
    assert window.case_list.ui.search_edit.text() == "Łukasz 李"


@needs_dbus
def test_waking_up_does_not_lock_and_the_sleep_after_it_does(qtbot, station_on, bus) -> None:
    signed_in_typing(qtbot, station_on)
    heard: list[str] = []
    station_on.desk_left.left.connect(heard.append)
    logind = speaker(bus, "org.freedesktop.login1")
    emit(logind, "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", False)
    qtbot.wait(300)
    assert station_on.session.is_open and station_on.window.isVisible()
    emit(logind, "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", True)
    qtbot.waitUntil(lambda: not station_on.session.is_open, timeout=5000)
    assert heard == ["the machine is going to sleep"]  # one message in order after the other: once


@needs_dbus
@pytest.mark.parametrize(
    "saver", ["org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver", "org.mate.ScreenSaver"]
)
def test_the_screen_saver_coming_on_locks_the_station(qtbot, station_on, bus, saver) -> None:
    signed_in_typing(qtbot, station_on)
    screen_saver = speaker(bus, saver)
    path = "/" + saver.replace(".", "/")
    emit(screen_saver, path, saver, "ActiveChanged", False)
    qtbot.wait(300)
    assert station_on.session.is_open
    emit(screen_saver, path, saver, "ActiveChanged", True)
    qtbot.waitUntil(lambda: not station_on.session.is_open, timeout=5000)
    assert visible_windows() == [station_on.unlock_window]


@needs_dbus
def test_locking_the_login_session_locks_the_station_and_another_session_does_not(
    qtbot, team_vault, app, bus, monkeypatch
) -> None:
    from cocdesk.gui.station import Station

    monkeypatch.setenv("XDG_SESSION_ID", "2")
    station = Station(team_vault, buses=Buses(system=bus, session=bus))
    station.start()
    try:
        sign_in(qtbot, station, ZOYA)
        logind = speaker(bus, "org.freedesktop.login1")
        emit(logind, login_session_path("7"), "org.freedesktop.login1.Session", "Lock")
        qtbot.wait(300)
        assert station.session.is_open
        emit(logind, "/org/freedesktop/login1/session/_32", "org.freedesktop.login1.Session", "Lock")
        qtbot.waitUntil(lambda: not station.session.is_open, timeout=5000)
    finally:
        station.quit()


@needs_dbus
def test_someone_else_on_the_bus_cannot_pass_for_logind(qtbot, station_on, bus) -> None:
    signed_in_typing(qtbot, station_on)
    stranger = speaker(bus, "org.example.Stranger")
    emit(stranger, "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", True)
    qtbot.wait(300)
    assert station_on.session.is_open


def test_no_bus_on_the_machine_is_harmless(qtbot, app, team_vault, tmp_path) -> None:
    from cocdesk.gui.station import Station

    nowhere = f"unix:path={tmp_path}/no-bus-here"
    station = Station(team_vault, buses=Buses(system=nowhere, session=nowhere))
    station.start()
    try:
        window = sign_in(qtbot, station, LEAD)
        assert station.desk_left.listening == []
        station.lock()
        assert not station.session.is_open
        sign_in(qtbot, station, LEAD)
        assert station.window is window and window.isVisible()
    finally:
        station.quit()


def test_the_login_sessions_path_is_the_id_escaped_as_logind_does() -> None:
    assert login_session_path("2") == "/org/freedesktop/login1/session/_32"
    assert login_session_path("c1") == "/org/freedesktop/login1/session/c1"
    assert login_session_path("12") == "/org/freedesktop/login1/session/_312"
    assert login_session_path("a-b") == "/org/freedesktop/login1/session/a_2db"
    assert login_session_path("") == ""
