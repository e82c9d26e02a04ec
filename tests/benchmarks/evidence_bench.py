"""Evidence at the size a phone's photo can reach: a 10 MB image attached to a case (hashed, its type
told, sealed, written in one transaction) and shown again (read, unsealed, decoded for the viewer).
Medians of several runs, on a vault in the system's temporary folder."""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from cocdesk.desk import Desk
from tests.evidence_samples import big_image
from tests.station_vaults import LEAD, PASSPHRASES, create_team_vault

Row = tuple[str, float, str, bool]
RUNS = 5
ATTACH_MS, READ_MS, SHOW_MS = 1500, 500, 1500


def median_ms(work: Callable[[], object], runs: int = RUNS) -> float:
    taken = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        taken.append(time.perf_counter() - started)
    return statistics.median(taken) * 1000


def run() -> list[Row]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])  # a widgets one: the benchmarks after it need it
    folder = Path(tempfile.mkdtemp(prefix="cocdesk-evidence-bench-"))
    try:
        image = big_image(10)
        print(f"  a {len(image) / 1e6:.1f} MB PNG", file=sys.stderr)
        path = create_team_vault(folder / "summit.cocdesk", with_cases=False)
        with Desk.open(path, LEAD, PASSPHRASES[LEAD]) as desk:
            code = desk.take_report(title="Screenshots of the messages").code
            attached = []
            attach = median_ms(lambda: attached.append(desk.attach(code, "Зоя-photo.png", image)))
            shown = attached[0].attachment.id
            read = median_ms(lambda: desk.attachment_bytes(code, shown))

            def show() -> None:
                decoded = QImage.fromData(desk.attachment_bytes(code, shown))
                assert not decoded.isNull()

            decode = median_ms(show)
        del app
        return [
            ("evidence: attach a 10 MB image (ms, median)", attach, f"< {ATTACH_MS}", attach < ATTACH_MS),
            ("evidence: read and unseal it (ms, median)", read, f"< {READ_MS}", read < READ_MS),
            ("evidence: show it (read, unseal, decode; ms)", decode, f"< {SHOW_MS}", decode < SHOW_MS),
        ]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
