"""The station window: how fast it starts, how fast it shows the cases after unlocking, how much memory
it takes with 10,000 cases listed. Medians of several runs, each in a fresh process.

- start: from launching ``cocdesk --vault PATH`` (a new Python process, offscreen) to the unlock screen
  painted; a bare PySide6 window, started the same way, is shown for reference.
- unlock to list: from the vault being open (the passphrase's deliberately slow key derivation is the
  vault's own benchmark) to the case list of 1,000 cases painted; the window itself is built while the
  member types their passphrase, as the station does. Counted in CPU time: the work is single-threaded,
  so this is the wall time on an idle machine without the noise of whatever else is running.
- memory: the largest resident size of a station showing 10,000 cases, searched once (which builds the
  search index over every answer).
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

Row = tuple[str, float | str, str, bool]  # nothing heavy is imported up here: the child processes
# measuring the start import this module too
MODULE = "tests.benchmarks.station_bench"
ROOT = Path(__file__).resolve().parents[2]
BARE_WINDOW = (
    "import sys; from PySide6.QtWidgets import QApplication, QWidget; from PySide6.QtCore import QTimer;"
    "app = QApplication(sys.argv); w = QWidget(); w.resize(1280, 800); w.show();"
    "QTimer.singleShot(0, lambda: (print('painted', flush=True), app.quit())); app.exec()"
)


def make_vault(folder: Path, cases: int) -> Path:
    from cocdesk.demo import generate_cases
    from cocdesk.desk import Desk
    from tests.station_vaults import FAST, LEAD, PASSPHRASES, summit_event

    path = folder / f"cases-{cases}.cocdesk"
    with Desk.create(path, summit_event(), LEAD, PASSPHRASES[LEAD], kdf=FAST) as desk:
        generate_cases(desk.vault, cases)
    return path


def child(*args: str) -> subprocess.Popen[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment
    )


def seconds_to_painted(*args: str) -> float:
    started = time.perf_counter()
    process = child(*args)
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("painted"):
            taken = time.perf_counter() - started
            process.wait(timeout=30)
            return taken
    raise RuntimeError(f"the window never painted: {process.stderr.read() if process.stderr else ''}")


def measured(mode: str, vault: Path) -> float:
    process = child("-m", MODULE, mode, str(vault))
    out, err = process.communicate(timeout=300)
    if process.returncode != 0:
        raise RuntimeError(err.strip().splitlines()[-1] if err.strip() else f"exit {process.returncode}")
    return float(out.strip().splitlines()[-1])


def run() -> list[Row]:
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="station-bench-") as folder:
        small, large = make_vault(Path(folder), 1_000), make_vault(Path(folder), 10_000)
        start = statistics.median(seconds_to_painted("-m", MODULE, "--start", str(small)) for _ in range(7))
        window = statistics.median(seconds_to_painted("-m", MODULE, "--window", str(small)) for _ in range(7))
        bare = statistics.median(seconds_to_painted("-c", BARE_WINDOW) for _ in range(7))
        rows.append(("station: cocdesk start to unlock screen painted (s)", start, "≤ 0.35", start <= 0.35))
        rows.append(("station: the same without the command line's imports (s)", window, "—", True))
        rows.append(("station: a bare PySide6 window, for reference (s)", bare, "—", True))
        listed = statistics.median(measured("--list", small) for _ in range(5))
        rows.append(("station: unlock to 1,000 cases listed, painted (ms)", listed, "≤ 150", listed <= 150))
        memory = measured("--memory", large)
        rows.append(("station: memory with 10,000 cases listed (MiB)", memory, "≤ 300", memory <= 300))
    return rows


# What runs in the child processes.


def painted() -> None:
    from PySide6.QtWidgets import QApplication

    print("painted", flush=True)
    QApplication.quit()


def start(vault: str) -> None:
    """The real start, as ``cocdesk --vault PATH``; says "painted" once the first screen is drawn."""
    import cocdesk.gui.app as station_app
    from cocdesk.cli import main

    station_app.FIRST_PAINT_HOOK = painted
    main(["--vault", vault])


def window_only(vault: str) -> None:
    """The station window started directly, to tell its share of the start from the command line's."""
    import cocdesk.gui.app as station_app

    station_app.FIRST_PAINT_HOOK = painted
    station_app.run(vault, False)


def show_cases(vault: str) -> tuple[float, Any]:
    """Milliseconds from an open vault to its case list painted; and the window."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from cocdesk.desk import Desk
    from cocdesk.gui.app import application
    from cocdesk.gui.station import Station
    from tests.station_vaults import LEAD, PASSPHRASES

    app = application()
    station = Station(Path(vault))
    station.start()  # the unlock screen, which builds the main window while the member types
    while station._spare is None:
        app.processEvents()

    opened = Desk.open(vault, LEAD, PASSPHRASES[LEAD])
    painted: list[float] = []

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and watched.objectName() == "qt_scrollarea_viewport":
                painted.append(time.process_time())
            return False

    watcher = Painted()
    app.installEventFilter(watcher)
    started = time.process_time()
    station.unlocked(opened)
    while not painted:
        app.processEvents()
    app.removeEventFilter(watcher)
    window = station.window
    assert isinstance(window.case_list.model.rowCount(), int) and QApplication.instance() is app
    return (painted[0] - started) * 1000, window


def list_cases(vault: str) -> None:
    taken, _ = show_cases(vault)
    print(f"{taken:.2f}")


def memory(vault: str) -> None:
    _, window = show_cases(vault)
    window.case_list.ui.search_edit.setText("the")  # builds the search index over every case
    rows = window.case_list.filter.rowCount()
    assert rows > 0
    print(f"{peak_kib() / 1024:.1f}")


def peak_kib() -> int:
    """This process's own peak resident size. On Linux ru_maxrss keeps the parent's peak from before
    the exec, so a bench run after others (large parents) would be charged for them; VmHWM is the
    child's own."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


if __name__ == "__main__":
    mode, path = sys.argv[1], sys.argv[2]
    {"--start": start, "--window": window_only, "--list": list_cases, "--memory": memory}[mode](path)
