"""The lock when the desk is left, attacked where an outside tester found it failed: the bus daemon
restarts, the desk is left while the unlock is still deriving the key, a program of the session sends
a screen saver signal with the wrong arguments, and the station runs without XDG_SESSION_ID."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import ClassInfo, QObject, Qt, Slot
from PySide6.QtDBus import QDBusConnection, QDBusObjectPath

from cocdesk.desk import Desk, KdfParams
from cocdesk.gui.desk_left import Buses, login_session_path, why_left
from tests.gui.drive import sign_in, type_text, visible_windows
from tests.gui.test_lock_desk_left import (  # noqa: F401  (the fixtures)
    DBUS_DAEMON,
    SPEAKERS,
    bus,
    emit,
    needs_dbus,
    signed_in_typing,
    speaker,
    station_on,
)
from tests.station_vaults import LEAD, PASSPHRASES, ZOYA, summit_event

LOGIN, LOGIN_PATH = "org.freedesktop.login1", "/org/freedesktop/login1"
MANAGER = "org.freedesktop.login1.Manager"


def start_daemon(socket: Path) -> subprocess.Popen[str]:
    assert DBUS_DAEMON is not None
    daemon = subprocess.Popen(
        [DBUS_DAEMON, "--session", "--nofork", "--print-address", f"--address=unix:path={socket}"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None and daemon.stdout.readline().startswith("unix:")
    return daemon


@needs_dbus
def test_after_the_bus_restarts_the_desk_left_is_heard_again(qtbot, app, team_vault, tmp_path) -> None:
    """The bus daemon dies and comes back (dbus-daemon restarted, a package upgrade, a crashed session
    bus restarted by systemd). The station keeps its dead connections and never listens again: the
    machine goes to sleep and the station stays unlocked with case data on the screen, for the rest
    of the event, and nobody is told that the lock on leaving no longer works."""
    from cocdesk.gui.station import Station

    socket = tmp_path / "restart-bus"
    daemon = start_daemon(socket)
    address = f"unix:path={socket}"
    station = Station(team_vault, buses=Buses(system=address, session=address))
    station.start()
    second = None
    try:
        signed_in_typing(qtbot, station)
        assert station.desk_left.listening
        daemon.terminate()
        daemon.wait(timeout=10)
        qtbot.wait(500)
        second = start_daemon(socket)
        qtbot.wait(1500)  # time enough to notice and connect again
        logind = speaker(address, LOGIN)
        emit(logind, LOGIN_PATH, MANAGER, "PrepareForSleep", True)
        qtbot.wait(2000)
        assert not station.session.is_open, "the machine went to sleep and the station stayed unlocked"
        assert visible_windows() == [station.unlock_window]
    finally:
        station.quit()
        for name in SPEAKERS:
            QDBusConnection.disconnectFromBus(name)
        SPEAKERS.clear()
        for running in (daemon, second):
            if running is not None and running.poll() is None:
                running.terminate()
                running.wait(timeout=10)


@needs_dbus
def test_leaving_while_the_unlock_is_still_working_is_forgotten(qtbot, app, tmp_path, bus) -> None:  # noqa: F811
    """A member types their passphrase, presses Enter and closes the lid (or the screen saver comes
    on) while the key is still being derived. The signal is dropped because nothing is open yet, and
    a moment later the station opens the case list on an unattended, "left" desk — and stays open
    until the idle timer runs out. The desk was left after the unlock was asked for: it must lock (or
    not open)."""
    from cocdesk.gui.station import Station

    path = tmp_path / "slow.cocdesk"
    with Desk.create(path, summit_event(), LEAD, PASSPHRASES[LEAD], kdf=KdfParams(iterations=12)) as desk:
        desk.take_report(title="Remarks at the bar")
    station = Station(path, buses=Buses(system=bus, session=bus))
    station.start()
    try:
        # the first unlock starts the listening; lock again at once so the next unlock is the one left
        screen = station.unlock_window
        assert screen is not None
        qtbot.waitUntil(lambda: screen.ui.member_combo.isEnabled() and screen.ui.member_combo.count() > 0)
        screen.ui.member_combo.setCurrentText(LEAD)
        type_text(screen.ui.passphrase_edit, PASSPHRASES[LEAD])
        qtbot.keyClick(screen.ui.passphrase_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: station.session.is_open, timeout=60_000)
        assert station.desk_left.listening
        station.lock()
        assert station.unlock_window is screen
        screen.ui.member_combo.setCurrentText(LEAD)
        type_text(screen.ui.passphrase_edit, PASSPHRASES[LEAD])
        qtbot.keyClick(screen.ui.passphrase_edit, Qt.Key.Key_Return)
        assert screen.unlocking, "the key is derived off the GUI thread"
        heard: list[bool] = []  # whether the unlock was still working when the signal came
        station.desk_left.left.connect(lambda why: heard.append(screen.unlocking))
        logind = speaker(bus, LOGIN)
        emit(logind, LOGIN_PATH, MANAGER, "PrepareForSleep", True)  # the lid closes while it works
        qtbot.waitUntil(lambda: bool(heard), timeout=10_000)
        assert heard == [True], "the signal came while the unlock was working"
        qtbot.waitUntil(lambda: not screen.unlocking, timeout=60_000)
        qtbot.wait(500)
        assert not (station.window is not None and station.window.isVisible()), (
            "the machine went to sleep during the unlock and woke up to the open case list"
        )
    finally:
        station.quit()


CHILD = r"""
import sys, time
sys.path.insert(0, {root!r})
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from cocdesk.gui import app as station_app
from cocdesk.gui.desk_left import Buses, login_session_path, why_left
from cocdesk.gui.station import Station
from tests.station_vaults import LEAD, PASSPHRASES

application = station_app.application()
from pathlib import Path
station = Station(Path({vault!r}), buses=Buses(system={bus!r}, session={bus!r}))
station.start()

def until(condition, seconds):
    end = time.monotonic() + seconds
    while not condition() and time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)
    return condition()

screen = station.unlock_window
until(lambda: screen.ui.member_combo.isEnabled() and screen.ui.member_combo.count() > 0, 20)
screen.ui.member_combo.setCurrentText(LEAD)
screen.ui.passphrase_edit.setText(PASSPHRASES[LEAD])
QTest.keyClick(screen.ui.passphrase_edit, Qt.Key.Key_Return)
assert until(lambda: station.session.is_open and station.desk_left.listening, 30), "not unlocked"
print("READY", flush=True)
until(lambda: False, 3)
print("locked" if not station.session.is_open else "open", flush=True)
station.quit()
"""


@needs_dbus
def test_a_screen_saver_signal_with_a_wrong_argument_kills_the_station(team_vault, bus, tmp_path) -> None:  # noqa: F811
    """A client on the session bus that owns a screen saver's name (org.mate.ScreenSaver, unowned on
    most desktops, so any program of the session may take it) sends ActiveChanged with an array of
    booleans instead of one boolean. The station does not ignore it: Qt prints "Internal error:
    demarshalling function for type 'bool' (1) failed!" and the whole app aborts (SIGABRT), taking
    the open desk with it, with no sentence and no orderly close. A malformed signal must be ignored
    (or taken as the desk left), never crash the station."""
    import os
    import sys

    script = tmp_path / "station_child.py"
    script.write_text(CHILD.format(root=str(Path.cwd()), vault=str(team_vault), bus=bus), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONFAULTHANDLER": ""}
    child = subprocess.Popen(
        [sys.executable, str(script)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    try:
        assert child.stdout is not None
        ready = child.stdout.readline().strip()
        assert ready == "READY", child.communicate(timeout=30)[1][-2000:]
        saver = "org.mate.ScreenSaver"
        emit(speaker(bus, saver), "/org/mate/ScreenSaver", saver, "ActiveChanged", [True])
        _, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == 0, f"the station died (exit {child.returncode}): {err.strip()[-300:]}"


@ClassInfo({"D-Bus Interface": MANAGER})  # type: ignore[call-arg]  # PySide's stubs
class Logind(QObject):  # type: ignore[operator]
    """logind as far as the station asks it: which login session the caller runs in."""

    def __init__(self, session: str) -> None:
        super().__init__()
        self.session = session
        self.asked: list[str] = []

    @Slot(str, result=QDBusObjectPath)
    def GetSession(self, name: str) -> QDBusObjectPath:
        self.asked.append(name)
        return QDBusObjectPath(login_session_path(self.session))


@needs_dbus
def test_without_xdg_session_id_logind_names_the_session_whose_lock_locks(
    qtbot,
    team_vault,
    app,
    bus,  # noqa: F811
    monkeypatch,
) -> None:
    """Started from a launcher that does not pass XDG_SESSION_ID on, the station asks logind which
    session it runs in, and locking that session (not another) locks the station."""
    from cocdesk.gui.station import Station

    monkeypatch.delenv("XDG_SESSION_ID", raising=False)
    logind = speaker(bus, LOGIN)
    answering = Logind("c3")
    assert logind.registerObject(LOGIN_PATH, answering, QDBusConnection.RegisterOption.ExportAllSlots)
    station = Station(team_vault, buses=Buses(system=bus, session=bus))
    station.start()
    try:
        sign_in(qtbot, station, ZOYA)
        qtbot.waitUntil(lambda: "org.freedesktop.login1.Session.Lock" in station.desk_left.listening)
        assert answering.asked == ["auto"]
        emit(logind, login_session_path("c4"), "org.freedesktop.login1.Session", "Lock")
        qtbot.wait(300)
        assert station.session.is_open
        emit(logind, login_session_path("c3"), "org.freedesktop.login1.Session", "Lock")
        qtbot.waitUntil(lambda: not station.session.is_open, timeout=5000)
    finally:
        station.quit()


def never_unpacked() -> list[object]:
    raise AssertionError("the arguments of a malformed signal were unpacked")


def test_only_the_arguments_each_signal_carries_count() -> None:
    saver = "org.gnome.ScreenSaver"
    assert why_left(saver, "ActiveChanged", "b", lambda: [True]) == "the screen saver came on"
    assert why_left(saver, "ActiveChanged", "b", lambda: [False]) == ""
    for signature in ("ab", "av", "bi", "s", ""):
        assert why_left(saver, "ActiveChanged", signature, never_unpacked) == ""
        assert why_left(MANAGER, "PrepareForSleep", signature, never_unpacked) == ""
    assert why_left(MANAGER, "PrepareForSleep", "b", lambda: [True]) == "the machine is going to sleep"
    assert why_left("org.freedesktop.login1.Session", "Lock", "", list) == "the session was locked"
    assert why_left("org.freedesktop.login1.Session", "Lock", "b", lambda: [True]) == ""
    assert why_left("org.example.Stranger", "ActiveChanged", "b", lambda: [True]) == ""
