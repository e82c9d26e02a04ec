"""The vault at the scale of a big event: 10,000 generated cases, a key derivation calibrated on this
machine as a real station's is. Unlock and listing are medians; edits and opening a case are p95.

The vault is built once in the system's temporary folder, on the same kind of disk as a station's;
on a memory-backed folder the edit timings would leave out the wait for the disk.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from cocdesk.demo import generate_cases
from cocdesk.desk import Desk
from cocdesk.domain import Event
from cocdesk.procedure import FieldKind, Procedure
from cocdesk.vault import Vault

Row = tuple[str, float, str, bool]
CASES = 10_000
TIMELINE = 1_000
LEAD, PASSPHRASE = "Łukasz Nowak", "żółw śpi pod dębem"


def timings(work: Callable[[], object], runs: int) -> list[float]:
    """Seconds each of ``runs`` calls took."""
    taken = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        taken.append(time.perf_counter() - started)
    return taken


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[18]


def short_text_field(procedure: Procedure) -> tuple[str, str]:
    """The first short text field of the procedure: the commonest kind of edit at the desk."""
    for step in procedure.steps:
        for spec in step.fields:
            if spec.kind == FieldKind.SHORT_TEXT:
                return step.id, spec.id
    raise LookupError("the procedure has no short text field")


def build(path: Path) -> None:
    started = time.perf_counter()
    with Vault.create(
        path, Event(name="Bench Summit 2026", time_zone="Europe/Warsaw"), LEAD, PASSPHRASE
    ) as v:
        generate_cases(v, CASES)
    size = sum(p.stat().st_size for p in path.parent.iterdir()) / 1e6
    print(
        f"  built {CASES:,} cases in {time.perf_counter() - started:.1f} s ({size:.0f} MB)", file=sys.stderr
    )


def long_case(desk: Desk) -> str:
    """A case with ``TIMELINE`` entries in its timeline, as a long-running case at a big event has."""
    case = desk.take_report(title="Comments at the social evening, day one to five")
    for n in range(TIMELINE - 1):
        desk.record_delivery("case.print", f"Printed copy {n} of the report for Зоя", str(case.id))
    assert len(desk.case(case.id).timeline) >= TIMELINE
    return case.code


def desk_edit(folder: Path) -> float:
    """p95 seconds of one field's answer saved through the desk, in a case with a long timeline."""
    path = folder / "desk.cocdesk"
    event = Event(name="Bench Summit 2026", time_zone="Europe/Warsaw")
    with Desk.create(path, event, LEAD, PASSPHRASE) as desk:
        code = long_case(desk)
        step_id, field_id = short_text_field(desk.procedure)
        edits = [f"Hall {n % 4}, row {n} — Ελένη’s note" for n in range(300)]
        return p95(timings(lambda: desk.answer(code, step_id, field_id, edits.pop()), 300))


def run() -> list[Row]:
    rng = random.Random(1)
    with tempfile.TemporaryDirectory(prefix="cocdesk-bench-") as folder:
        desk = desk_edit(Path(folder))
    with tempfile.TemporaryDirectory(prefix="cocdesk-bench-") as folder:
        path = Path(folder) / "bench.cocdesk"
        build(path)
        unlock = statistics.median(timings(lambda: Vault.open(path, LEAD, PASSPHRASE).close(), 7))
        with Vault.open(path, LEAD, PASSPHRASE) as vault:
            codes = [summary.code for summary in vault.list_cases()]
            assert len(codes) == CASES
            step_id, field_id = short_text_field(vault.procedure)
            edits = [f"Hall {rng.choice('ABCD')}, row {n} — Ελένη’s note" for n in range(300)]
            edit = p95(
                timings(lambda: vault.set_answer(rng.choice(codes), step_id, field_id, edits.pop()), 300)
            )
            listing = statistics.median(timings(vault.list_cases, 15))
            opening = p95(timings(lambda: vault.case(rng.choice(codes)), 300))
    return [
        ("vault: unlock, calibrated key derivation (s)", unlock, "0.3–1.0", 0.3 <= unlock <= 1.0),
        ("vault: save one field edit, p95 (ms)", edit * 1000, "≤ 5", edit <= 0.005),
        (
            f"vault: list {CASES:,} cases with status and quadrant (ms)",
            listing * 1000,
            "≤ 150",
            listing <= 0.15,
        ),
        ("vault: open one case, p95 (ms)", opening * 1000, "≤ 20", opening <= 0.02),
        (
            f"desk: save one field edit, p95 (case with {TIMELINE:,} timeline entries) (ms)",
            desk * 1000,
            "≤ 2",
            desk <= 0.002,
        ),
    ]
