"""Starting the station window: ``cocdesk``, ``cocdesk --vault PATH`` and ``cocdesk --demo``.

Only what the first screen needs is imported before it paints; the vault, pydantic and the main
window load while the member types their passphrase.
"""

from __future__ import annotations

import shutil
import signal
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from cocdesk import APP_NAME
from cocdesk.gui import fonts, style
from cocdesk.gui.station import Station

DEMO_PASSPHRASE = "demo desk passphrase"
DEMO_KDF = None  # the key derivation's cost for the demo vault: calibrated on this machine when None
FIRST_PAINT_HOOK: Callable[[], None] | None = None  # called once the first screen is painted
DESKTOP_ID = "io.github.cocdesk.CocDesk"  # the desktop entry's name: docks and task bars match windows by it


class _FirstPaint(QObject):
    """Calls ``FIRST_PAINT_HOOK`` right after the first window has painted (for the start-up benchmark)."""

    def __init__(self, hook: Callable[[], None]) -> None:
        super().__init__()
        self.hook = hook

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and watched.isWindow():
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            QTimer.singleShot(0, self.hook)
        return False


def application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("cocdesk")
    app.setDesktopFileName(DESKTOP_ID)
    fonts.lend()  # 李 and every other script in the window, whatever the system's fonts
    app.setWindowIcon(style.icon("app"))
    app.setQuitOnLastWindowClosed(False)
    style.look().apply(app)
    return app


def make_demo() -> tuple[Path, str]:
    """A throwaway demo vault in a folder of its own; the folder goes when the station closes."""
    from cocdesk.demo import DEMO_MEMBER, make_demo_vault

    folder = Path(tempfile.mkdtemp(prefix="cocdesk-demo-"))
    path = folder / "demo.cocdesk"
    make_demo_vault(path, DEMO_PASSPHRASE, kdf=DEMO_KDF)
    note = f"Unlock as “{DEMO_MEMBER}” (or anyone on the team) with the passphrase “{DEMO_PASSPHRASE}”."
    return path, note


def run(vault_path: str | None, demo: bool) -> int:
    """Run the station until it is closed; the exit status for the command line."""
    app = application()
    note, demo_folder = "", None
    if demo:
        path, note = make_demo()
        demo_folder = path.parent
    elif vault_path:
        path = Path(vault_path).expanduser()
    else:
        from cocdesk.paths import default_vault_path

        path = default_vault_path()
        path.parent.mkdir(parents=True, exist_ok=True)
    station = Station(path, note)  # no vault there yet: the first run sets one up at that path
    station.finished.connect(app.quit)
    previous = _quit_on_signals(station)
    if FIRST_PAINT_HOOK is not None:
        painted = _FirstPaint(FIRST_PAINT_HOOK)
        app.installEventFilter(painted)
    try:
        if demo:
            _open_demo(station, path)
        else:
            station.start()
        return app.exec()
    finally:
        station.quit()
        for number, handler in previous.items():
            signal.signal(number, handler)
        if demo_folder is not None:
            shutil.rmtree(demo_folder, ignore_errors=True)


def _open_demo(station: Station, path: Path) -> None:
    from cocdesk.demo import DEMO_MEMBER
    from cocdesk.desk import Desk

    station.unlocked(Desk.open(path, DEMO_MEMBER, DEMO_PASSPHRASE))


def _quit_on_signals(station: Station) -> dict[int, Any]:
    """Ctrl+C or a polite kill closes the vault (and deletes a demo) instead of leaving it open."""
    previous: dict[int, Any] = {}
    for number in (signal.SIGINT, signal.SIGTERM):
        previous[number] = signal.signal(number, lambda *_: QTimer.singleShot(0, station.quit))
    keep_python_awake = QTimer(station, interval=500)
    keep_python_awake.timeout.connect(lambda: None)  # Python runs signal handlers between Qt events
    keep_python_awake.start()
    return previous
