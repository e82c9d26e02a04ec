"""Noticing that the desk was left: the screen saver came on, the session was locked, or the machine is
about to sleep. The station locks then too, as it does after a while without input (``cocdesk.gui.idle``).

On Linux this listens on D-Bus, as password managers do:

- the system bus: logind's ``org.freedesktop.login1.Manager.PrepareForSleep(true)`` (about to sleep, or
  to hibernate) and ``org.freedesktop.login1.Session.Lock`` of this login session (``loginctl lock-session``,
  and what most desktops send when their lock screen comes on), the session named by ``XDG_SESSION_ID``
  or else the one logind says this process runs in (``GetSession("auto")``);
- the session bus: ``ActiveChanged(true)`` of the screen savers that desktops run under their own names.

Any program of the session may own a screen saver's name, so a signal is taken whole and its arguments
read only when they are the ones it carries; any other is ignored. A bus that goes away (its daemon
stopped or restarted) is asked for again every half second until it is back, and listened to again.

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
from collections.abc import Callable
from typing import Any, NamedTuple

from PySide6.QtCore import SLOT, QObject, QTimer, Signal, Slot

try:
    from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusObjectPath

    HAVE_DBUS = True
except ImportError:  # a Qt built without D-Bus (Windows, macOS): nothing to listen to here
    HAVE_DBUS = False

LOGIN = "org.freedesktop.login1"
LOGIN_PATH = "/org/freedesktop/login1"
MANAGER = "org.freedesktop.login1.Manager"
SESSION = "org.freedesktop.login1.Session"
LOCAL, LOCAL_PATH = "org.freedesktop.DBus.Local", "/org/freedesktop/DBus/Local"
KINDS = ("system", "session")
RETRY_MS = 500  # how often a bus that went away is asked for again
ASK_MS = 2000  # how long logind may take to say which login session this is
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
        self._connections: dict[str, QDBusConnection] = {}  # by kind: "system", "session"
        self._heard: dict[str, list[str]] = {}  # the signals subscribed to on each
        self._lost: set[str] = set()  # buses that went away: asked for again on a timer
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._reconnect)

    @property
    def listening(self) -> list[str]:
        """The signals subscribed to, for the curious and for tests."""
        return [name for kind in KINDS for name in self._heard.get(kind, [])]

    def start(self) -> None:
        """Listen from now on (again calls change nothing). Quiet when there is no bus to listen on."""
        if self._connections or self._lost or not HAVE_DBUS:
            return
        for kind in KINDS:
            self._open(kind)

    def stop(self) -> None:
        self._retry.stop()
        self._lost = set()
        for kind in list(self._connections):
            self._drop(kind)

    def _open(self, kind: str) -> bool:
        """Connect to the ``kind`` bus and listen there; False when it is not there."""
        bus = _connect(self.buses.system if kind == "system" else self.buses.session, kind, id(self))
        if bus is None:
            return False
        self._connections[kind], self._heard[kind] = bus, []
        # libdbus tells of the bus going away (its daemon stopped or restarted) on a local path
        bus.connect("", LOCAL_PATH, LOCAL, "Disconnected", self, SLOT("_bus_lost()"))  # type: ignore[call-overload]
        if kind == "session":
            for name in SCREEN_SAVERS:
                self._listen(kind, name, "/" + name.replace(".", "/"), name, "ActiveChanged")
            return True
        self._listen(kind, LOGIN, LOGIN_PATH, MANAGER, "PrepareForSleep")
        session_path = login_session_path(os.environ.get("XDG_SESSION_ID", ""))
        if session_path:
            self._listen(kind, LOGIN, session_path, SESSION, "Lock")
        else:  # not started from the login session's environment: logind knows the session we are in
            ask = QDBusMessage.createMethodCall(LOGIN, LOGIN_PATH, MANAGER, "GetSession")
            ask.setArguments(["auto"])  # the caller's own session (GetSessionByPID wants a uint32)
            bus.callWithCallback(ask, self, SLOT("_session_found(QDBusMessage)"), ASK_MS)  # type: ignore[call-overload]
        return True

    def _listen(self, kind: str, service: str, path: str, interface: str, name: str) -> None:
        # the slot takes the whole message whatever it carries: Qt aborts the process when it cannot
        # unpack a signal's arguments (an array where one boolean belongs) for a slot's own types;
        # the slot goes as the str SLOT() makes, PySide refuses the bytes its type stubs ask for
        slot = SLOT("_signal(QDBusMessage)")
        if self._connections[kind].connect(service, path, interface, name, self, slot):  # type: ignore[call-overload]
            self._heard[kind].append(f"{interface}.{name}")

    @Slot("QDBusMessage")
    def _session_found(self, reply: QDBusMessage) -> None:
        if "system" not in self._connections or reply.signature() != "o":
            return  # an error: no logind, or this process is in no login session
        found = reply.arguments()[0]
        path = found.path() if isinstance(found, QDBusObjectPath) else str(found)
        if path.startswith(f"{LOGIN_PATH}/session/"):
            self._listen("system", LOGIN, path, SESSION, "Lock")

    @Slot("QDBusMessage")
    def _signal(self, message: QDBusMessage) -> None:
        why = why_left(message.interface(), message.member(), message.signature(), message.arguments)
        if why:
            self.left.emit(why)

    @Slot()
    def _bus_lost(self) -> None:
        for kind in [k for k, bus in self._connections.items() if not bus.isConnected()]:
            self._drop(kind)
            self._lost.add(kind)
        if self._lost:
            self._retry.start()

    def _drop(self, kind: str) -> None:
        QDBusConnection.disconnectFromBus(self._connections.pop(kind).name())
        self._heard.pop(kind, None)

    def _reconnect(self) -> None:
        for kind in sorted(self._lost):
            if self._open(kind):
                self._lost.discard(kind)
        if not self._lost:
            self._retry.stop()


def why_left(interface: str, member: str, signature: str, arguments: Callable[[], list[Any]]) -> str:
    """Why the desk was left, in words, for a signal heard; "" for one that says it was not, or whose
    arguments are not the ones that signal carries (ignored, never unpacked)."""
    if interface == SESSION and member == "Lock":
        return "the session was locked" if signature == "" else ""
    if signature != "b":
        return ""
    if interface == MANAGER and member == "PrepareForSleep":
        # false: the machine woke up; the idle clock counts the time asleep
        return "the machine is going to sleep" if arguments()[0] is True else ""
    if interface in SCREEN_SAVERS and member == "ActiveChanged":
        return "the screen saver came on" if arguments()[0] is True else ""
    return ""


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
