"""When the station should lock itself: after a period without input, time asleep included.

A timer alone is not enough: while a laptop sleeps its timers stop, and the monotonic clock stops
with them on some systems. The idle time is the larger of the monotonic and the wall-clock time since
the last input, so a lid closed for an hour locks the station the moment it opens, and a clock set
back by the network does not keep it open.
"""

from __future__ import annotations

import time
from collections.abc import Callable

Clock = Callable[[], float]


class IdleClock:
    def __init__(self, limit_seconds: float, wall: Clock = time.time, monotonic: Clock = time.monotonic):
        self.limit_seconds = limit_seconds
        self._wall, self._monotonic = wall, monotonic
        self._last_wall, self._last_monotonic = wall(), monotonic()

    def touch(self) -> None:
        """Someone used the station just now."""
        self._last_wall, self._last_monotonic = self._wall(), self._monotonic()

    def idle_seconds(self) -> float:
        return max(self._wall() - self._last_wall, self._monotonic() - self._last_monotonic, 0.0)

    def expired(self) -> bool:
        return self.idle_seconds() >= self.limit_seconds

    def remaining_seconds(self) -> float:
        return max(self.limit_seconds - self.idle_seconds(), 0.0)
