"""`make bench`: run every benchmark module here and print one table: metric, measured, target, pass/fail.

A module takes part by defining ``run() -> list[tuple[str, float | str, str, bool]]``. Name modules on
the command line (any part of their name) to run only those: ``python -m tests.benchmarks vault``.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time
import traceback
from pathlib import Path

Row = tuple[str, float | str, str, bool]


def benchmark_modules(wanted: list[str]) -> list[str]:
    names = [info.name for info in pkgutil.iter_modules([str(Path(__file__).parent)])]
    names = [name for name in sorted(names) if not name.startswith("_")]
    return [name for name in names if not wanted or any(part in name for part in wanted)]


def collect(name: str) -> list[Row]:
    print(f"running {name}…", file=sys.stderr, flush=True)
    started = time.perf_counter()
    try:
        module = importlib.import_module(f"{__package__}.{name}")
        runner = getattr(module, "run", None)
        rows: list[Row] = list(runner()) if callable(runner) else []
    except Exception as error:  # one broken benchmark must not hide the others' numbers
        traceback.print_exc()
        return [(f"{name}: did not finish ({type(error).__name__})", "error", "—", False)]
    print(f"  {name} took {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    return rows


def shown(value: float | str) -> str:
    if isinstance(value, str):
        return value
    return f"{value:.0f}" if abs(value) >= 100 else f"{value:.2f}" if abs(value) >= 1 else f"{value:.3f}"


def table(rows: list[Row]) -> str:
    cells = [("metric", "measured", "target", "result")]
    cells += [(metric, shown(value), target, "pass" if ok else "FAIL") for metric, value, target, ok in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(4)]
    lines = [f"{m:<{widths[0]}}  {v:>{widths[1]}}  {t:<{widths[2]}}  {r}" for m, v, t, r in cells]
    lines.insert(1, "-" * len(lines[0]))
    passed = sum(ok for *_, ok in rows)
    return "\n".join([*lines, "", f"{passed} of {len(rows)} pass"])


def main(argv: list[str]) -> int:
    names = benchmark_modules(argv)
    if not names:
        print(f"No benchmark matches {' '.join(argv)}.", file=sys.stderr)
        return 2
    rows = [row for name in names for row in collect(name)]
    print(table(rows))
    return 0 if all(ok for *_, ok in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
