"""How long the paper documents take, on generated cases held in memory. Medians of several runs.

Times are the process's CPU time: the work is single-threaded and CPU-bound, so this is the wall time
on an idle machine, without the noise of whatever else the machine is running at the time.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from cocdesk.domain import Member, Role, now
from cocdesk.flow.transparency import count
from cocdesk.paper import blank_form, filled_report, officer_export, transparency_report
from cocdesk.procedure import default_procedure
from tests.paper.samples import filed_case, sample_event

Row = tuple[str, float, str, bool]


def median_seconds(work: Callable[[], object], runs: int) -> float:
    work()  # fonts load and caches fill once per process, as in the app
    times = []
    for _ in range(runs):
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
    return statistics.median(times)


def run() -> list[Row]:
    procedure, event = default_procedure(), sample_event()
    case = filed_case(1)
    filed = [filed_case(n) for n in range(100)]
    every = [filed_case(n) for n in range(10_000)]  # each with the team's description, the worst case
    exporter = Member(name="Зоя Иванова", role=Role.COC_LEAD)
    rows: list[Row] = []
    blank = median_seconds(lambda: blank_form(procedure, event), 9) * 1000
    rows.append(("paper: blank incident form (ms)", blank, "≤ 80", blank <= 80))
    filled = median_seconds(lambda: filled_report(procedure, event, case), 9) * 1000
    rows.append(("paper: filled incident report (ms)", filled, "≤ 120", filled <= 120))
    export = median_seconds(lambda: officer_export(procedure, event, filed, exporter=exporter), 3)
    rows.append(("paper: Officer export of 100 filed cases (s)", export, "≤ 5", export <= 5))
    counted = median_seconds(lambda: count(every, now(), procedure), 3)  # the outcomes without the layout
    rows.append(("paper: transparency counts over 10,000 cases (s)", counted, "≤ 0.25", counted <= 0.25))
    report = median_seconds(lambda: transparency_report(procedure, event, every), 3)
    rows.append(("paper: transparency report over 10,000 cases (s)", report, "≤ 1", report <= 1))
    return rows


if __name__ == "__main__":
    for metric, measured, target, passed in run():
        print(f"{metric:<52} {measured:>9.3f}  {target:<7} {'pass' if passed else 'FAIL'}")
