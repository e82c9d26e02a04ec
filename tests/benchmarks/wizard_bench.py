"""The wizard's speed on a real vault: moving between steps, and saving one keystroke's change (in a
line of text, and in a typed time).

Moving is timed from the call to the page painted (events processed), first visits (the page is built)
and revisits alike. A keystroke is timed from the key event to its answer saved in the vault, the case
read back and the page and step list brought up to date. Wall-clock times, since the user waits for
the disk too; each figure is the median of several rounds' 95th percentiles.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from cocdesk.desk import Desk
from cocdesk.domain import Level, Party, Person
from cocdesk.gui.session import Session
from cocdesk.gui.wizard import WizardWidget
from cocdesk.gui.wizard.field_text import ShortTextField
from cocdesk.gui.wizard.field_time import DateTimeField
from tests.gui.wizard_support import desk_vault, fields_of, open_as
from tests.station_vaults import LEAD

Row = tuple[str, float, str, bool]
APP: QCoreApplication | None = None  # kept for the life of the process: Qt must outlive every widget
MOVE_TARGET_MS, KEY_TARGET_MS = 50.0, 5.0
ROUNDS = 5


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1]


def filled_case(desk: Desk) -> str:
    case = desk.take_report(title="Remarks at the speakers' dinner")
    desk.set_part(
        case.id,
        "people",
        [
            Person(party=Party.REPORTER, name="Зоя Смирнова", contact="zoya@example.org"),
            Person(party=Party.REPORTED, name="王伟", description="grey suit"),
            Person(party=Party.WITNESS, name="Łucja Kowalska"),
        ],
    )
    desk.answer(case.id, "gather", "what_happened", "Он сказал мне «ты здесь лишняя». " * 20)
    desk.answer(case.id, "gather", "where_happened", "Restaurant Zunfthaus")
    desk.place(case.id, Level.LOW, Level.HIGH, "Repeated, in front of others")
    return case.code


def moves(session: Session, code: str, rounds: int) -> list[float]:
    samples = []
    procedure = session.desk.procedure
    for _ in range(rounds):
        wizard = WizardWidget(session, code)
        wizard.resize(1280, 800)
        wizard.show()
        QApplication.processEvents()
        for step in [*procedure.steps[1:], *reversed(procedure.steps[:-1])]:
            start = time.perf_counter()
            wizard.go(step.id, focus=True)
            QApplication.processEvents()
            samples.append((time.perf_counter() - start) * 1000)
        wizard.close()
        wizard.deleteLater()
        QApplication.processEvents()
    return samples


def keystrokes(session: Session, code: str, count: int, field_id: str = "where_happened") -> list[float]:
    """Typing into a line: "Łódź 李 " over and over, or into a time, "yesterday 21:30" over and over
    (each key read as a time by the core's reader, the readable ones saved)."""
    wizard = WizardWidget(session, code, step_id="gather")
    wizard.resize(1280, 800)
    wizard.show()
    QApplication.processEvents()
    editor = fields_of(wizard, "gather").editor(field_id)
    assert isinstance(editor, ShortTextField | DateTimeField)
    line = editor.line
    line.setFocus()
    typed = "Łódź 李 " if isinstance(editor, ShortTextField) else "yesterday 21:30"
    samples = []
    for index in range(count):
        if index % len(typed) == 0 and isinstance(editor, DateTimeField):
            line.selectAll()  # the next key types over it: a new time each round
        char = typed[index % len(typed)]
        start = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                line, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )
        wizard.open_case.flush()
        samples.append((time.perf_counter() - start) * 1000)
    wizard.close()
    wizard.deleteLater()
    QApplication.processEvents()
    return samples


def run() -> list[Row]:
    global APP
    APP = APP or QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        session = open_as(desk_vault(Path(folder)), LEAD)
        try:
            code = filled_case(session.desk)
            move = statistics.median(p95(moves(session, code, rounds=2)) for _ in range(ROUNDS))
            key = statistics.median(p95(keystrokes(session, code, count=100)) for _ in range(ROUNDS))
            timed = statistics.median(
                p95(keystrokes(session, code, count=90, field_id="when_happened")) for _ in range(ROUNDS)
            )
        finally:
            session.close()
    APP.processEvents()  # the closed wizards are deleted while Qt is still whole
    moving, saving = "wizard: moving between steps, p95 (ms)", "wizard: saving a keystroke's change, p95 (ms)"
    return [
        (moving, move, f"≤ {MOVE_TARGET_MS:.0f}", move <= MOVE_TARGET_MS),
        (saving, key, f"≤ {KEY_TARGET_MS:.0f}", key <= KEY_TARGET_MS),
        (
            "wizard: a keystroke in a typed time, p95 (ms)",
            timed,
            f"≤ {KEY_TARGET_MS:.0f}",
            timed <= KEY_TARGET_MS,
        ),
    ]


if __name__ == "__main__":
    for metric, measured, target, passed in run():
        print(f"{metric:<48} {measured:>8.2f}  {target:<6} {'pass' if passed else 'FAIL'}")
