"""Noticing that the desk was left: the screen saver came on, the session was locked, or the machine is
about to sleep. The station locks then too, as it does after a while without input (``cocdesk.gui.idle``).

On Linux this listens on D-Bus, as password managers do:

- the system bus: logind's ``org.freedesktop.login1.Manager.PrepareForSleep(true)`` (about to sleep, or
  to hibernate) and ``org.freedesktop.login1.Session.Lock`` of this login session (``loginctl lock-session``,
  and what most desktops send when their lock screen comes on);
- the session bus: ``ActiveChanged(true)`` of the screen savers that desktops run under their own names.

A machine without D-Bus (no bus running, no libdbus, no QtDBus in the Qt build) simply has nothing to
hear: no message, no error, the idle lock still runs. Other platforms would use their own notices; each is
a seam here, not yet built: on macOS ``NSWorkspaceWillSleepNotification`` and
``NSWorkspaceScreensDidSleepNotification`` and the ``com.apple.screenIsLocked`` distributed notification;
on Windows ``WM_POWERBROADCAST`` with ``PBT_APMSUSPEND`` and ``WM_WTSSESSION_CHANGE`` with
``WTS_SESSION_LOCK`` (after ``WTSRegisterSessionNotification``), read through a
``QAbstractNativeEventFilter`` installed on the application. Either would emit ``left`` below.
"""

from __future__ import annotations

import os
from typing import NamedTuple

from PySide6.QtCore import SLOT, QObject, Signal, Slot

try:
    from PySide6.QtDBus import QDBusConnection

    HAVE_DBUS = True
except ImportError:  # a Qt built without D-Bus (Windows, macOS): nothing to listen to here
    HAVE_DBUS = False

LOGIN = "org.freedesktop.login1"
LOGIN_PATH = "/org/freedesktop/login1"
MANAGER = "org.freedesktop.login1.Manager"
SESSION = "org.freedesktop.login1.Session"
# the screen savers' bus names; each emits ActiveChanged(b) on the interface of that name, at its path
SCREEN_SAVERS = (
    "org.freedesktop.ScreenSaver",  # KDE, and the common name others answer to
    "org.gnome.ScreenSaver",
    "org.mate.ScreenSaver",
    "org.cinnamon.ScreenSaver",
    "org.xfce.ScreenSaver",
)

# A bus is an address ("unix:path=/run/…") or, by default, the machine's own system or session bus.
Bus = str | None


class Buses(NamedTuple):
    system: Bus = None
    session: Bus = None


class DeskLeftWatcher(QObject):
    left = Signal(str)  # the desk was left; why, in words (never shown with case content)

    def __init__(self, buses: Buses | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.buses = buses or Buses()
        self._connections: list[QDBusConnection] = []
        self.listening: list[str] = []  # the signals subscribed to, for the curious and for tests

    def start(self) -> None:
        """Listen from now on (again calls change nothing). Quiet when there is no bus to listen on."""
        if self._connections or not HAVE_DBUS:
            return
        system = _connect(self.buses.system, "system", id(self))
        if system is not None:
            self._listen(system, LOGIN, LOGIN_PATH, MANAGER, "PrepareForSleep", "sleeping(bool)")
            session_path = login_session_path(os.environ.get("XDG_SESSION_ID", ""))
            if session_path:
                self._listen(system, LOGIN, session_path, SESSION, "Lock", "session_locked()")
        session = _connect(self.buses.session, "session", id(self))
        if session is not None:
            for name in SCREEN_SAVERS:
                path = "/" + name.replace(".", "/")
                self._listen(session, name, path, name, "ActiveChanged", "screen_saver(bool)")

    def stop(self) -> None:
        for connection in self._connections:
            QDBusConnection.disconnectFromBus(connection.name())
        self._connections = []
        self.listening = []

    def _listen(
        self, bus: QDBusConnection, service: str, path: str, interface: str, name: str, slot: str
    ) -> None:
        if not any(bus.name() == known.name() for known in self._connections):
            self._connections.append(bus)
        # the slot goes as the str SLOT() makes; PySide refuses the bytes its type stubs ask for
        if bus.connect(service, path, interface, name, self, SLOT(slot)):  # type: ignore[call-overload]
            self.listening.append(f"{interface}.{name}")

    @Slot(bool)
    def sleeping(self, about_to: bool) -> None:
        if about_to:  # false: the machine woke up; the idle clock counts the time asleep
            self.left.emit("the machine is going to sleep")

    @Slot()
    def session_locked(self) -> None:
        self.left.emit("the session was locked")

    @Slot(bool)
    def screen_saver(self, active: bool) -> None:
        if active:
            self.left.emit("the screen saver came on")


def _connect(bus: Bus, kind: str, owner: int) -> QDBusConnection | None:
    """A connection of the station's own to ``bus``, or None when there is none to be had."""
    name = f"cocdesk-desk-left-{kind}-{owner}"
    if bus is None:
        kinds = {"system": QDBusConnection.BusType.SystemBus, "session": QDBusConnection.BusType.SessionBus}
        connection = QDBusConnection.connectToBus(kinds[kind], name)
    else:
        connection = QDBusConnection.connectToBus(bus, name)
    if not connection.isConnected():
        QDBusConnection.disconnectFromBus(name)
        return None
    return connection


def login_session_path(session_id: str) -> str:
    """logind's object path of the login session ``session_id`` ("" for none): the id escaped as
    systemd escapes a path label, every character but a letter (or a digit after the first) as _xx."""
    if not session_id:
        return ""
    label = "".join(
        c
        if c.isascii() and (c.isalpha() or (i > 0 and c.isdigit()))
        else "".join(f"_{b:02x}" for b in c.encode())
        for i, c in enumerate(session_id)
    )
    return f"{LOGIN_PATH}/session/{label}"
