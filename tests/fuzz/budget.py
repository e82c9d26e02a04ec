"""How long the fuzzers run: a short budget in ``make test``, a long one under ``make fuzz``.

``COCDESK_FUZZ=long`` (set by ``make fuzz``) gives every fuzzer its long budget; ``COCDESK_FUZZ=300``
runs each for that many examples. On CI (``CI=true``) the examples
are derandomized and no example database is kept, so a run is repeatable; elsewhere the database lives
in ``.hypothesis/`` (git-ignored) and a failure found once is tried first the next time.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager

from hypothesis import HealthCheck, event, settings
from hypothesis.control import currently_in_test_context

CHOSEN = os.environ.get("COCDESK_FUZZ", "")
LONG = CHOSEN == "long"
ON_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

HANG_SECONDS = 20.0
"""No single input may take longer than this: far above what any of them needs on a slow machine."""


def fuzz(examples: int, long_examples: int = 5000) -> settings:
    """Settings for one fuzz test: ``examples`` in the short run, ``long_examples`` under ``make fuzz``."""
    chosen = settings(
        max_examples=int(CHOSEN) if CHOSEN.isdigit() else long_examples if LONG else examples,
        deadline=None,  # a hang is caught by ``no_hang``; timing one example is too flaky on 2 shared cores
        derandomize=ON_CI,
        suppress_health_check=list(HealthCheck),
        print_blob=True,
    )
    return settings(chosen, database=None) if ON_CI else chosen


class Hang(Exception):
    """An input kept the code busy longer than ``HANG_SECONDS``."""


@contextmanager
def no_hang(seconds: float = HANG_SECONDS) -> Iterator[None]:
    """Fail the example with ``Hang`` when its body runs longer than ``seconds`` (main thread, Unix)."""

    def stop(signum: int, frame: object) -> None:
        raise Hang(f"an input kept the code busy for more than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def note_outcome(what: str) -> None:
    """Count how an example ended, for ``--hypothesis-show-statistics`` (a plain test counts nothing)."""
    if currently_in_test_context():
        event(what)
