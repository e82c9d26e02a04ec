"""The triage board with 500 open cases: how long it takes to paint, and to handle a card move.

"Paints" is reading the cases afresh and repainting the whole window; "a move" is from the drop until
Qt is idle again: the placement written to the vault (on the system's temporary disk, as a station's
is), and the two quadrants and the side panel repainted. The reason prompt is answered at once.
Medians.

The measuring runs in a child process, so that a crash inside Qt is reported as a failed row instead
of ending the whole benchmark run.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from itertools import cycle
from pathlib import Path

from PySide6.QtWidgets import QApplication

from cocdesk.desk import Desk
from cocdesk.domain import Level
from cocdesk.gui.board import BoardWindow, prompts
from cocdesk.gui.session import Session
from tests.board_samples import add_open_cases
from tests.station_vaults import FAST, summit_event

Row = tuple[str, float | str, str, bool]
CASES = 500
QUADRANTS = [(risk, impact) for risk in Level for impact in Level]


def milliseconds(work: Callable[[], object], runs: int) -> list[float]:
    taken = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        taken.append((time.perf_counter() - started) * 1000)
    return taken


def run() -> list[Row]:
    command = [sys.executable, "-m", "tests.benchmarks.board_bench", "--measure"]
    child = subprocess.run(command, capture_output=True, text=True, check=False)
    if child.returncode != 0:
        sys.stderr.write(child.stderr[-2000:])
        ended = f"board: did not finish (the Qt process ended with {child.returncode})"
        return [(ended, "error", "—", False)]
    return [(metric, value, target, passed) for metric, value, target, passed in json.loads(child.stdout)]


def answer(parent: object, question: str, *, on_screen: bool = False) -> str:
    return "Benchmark: moved by the team"


def measure() -> list[Row]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([])
    prompts.ask_rationale = answer
    with tempfile.TemporaryDirectory(prefix="cocdesk-bench-") as folder:
        desk = Desk.create(Path(folder) / "board.cocdesk", summit_event(), "Łukasz Nowak", "żółw", kdf=FAST)
        with desk:
            add_open_cases(desk, CASES)
            session = Session()
            session.open(desk)
            board = BoardWindow(session)
            board.resize(1280, 800)

            def first_paint() -> None:
                board.show()
                board.repaint()

            def paint_afresh() -> None:
                board.refresh()
                board.repaint()

            opened = milliseconds(first_paint, 1)[0]
            app.processEvents()
            assert len(board.shown_cards()) == CASES
            paints = milliseconds(paint_afresh, 15)
            cards = cycle([card.case_id for card in board.shown_cards() if card.quadrant is not None])
            targets = cycle(QUADRANTS)

            def move() -> None:
                case_id = next(cards)
                view = board.surface.view_of(case_id)
                to = next(t for t in targets if view is None or t != view.where)
                assert board.mover.drop(case_id, to)
                for _ in range(3):  # the lists lay out again, then Qt repaints what changed
                    app.processEvents()

            moves = milliseconds(move, 41)
            board.close()
    paint, moved = statistics.median(paints), statistics.median(moves)
    return [
        (f"board: first paint with {CASES} open cases (ms)", opened, "—", True),
        (f"board: paint with {CASES} open cases (ms)", paint, "≤ 100", paint <= 100),
        (f"board: a card move handled, {CASES} open cases (ms)", moved, "≤ 16", moved <= 16),
    ]


if __name__ == "__main__":
    if "--measure" in sys.argv:
        print(json.dumps(measure()))
    else:
        for metric, measured, target, passed in run():
            print(f"{metric}: {measured} (target {target}) {'pass' if passed else 'FAIL'}")
