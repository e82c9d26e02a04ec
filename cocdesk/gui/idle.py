"""Watching for input, and asking for a lock once the event's idle period has passed.

Every key press, click, scroll or touch anywhere in the app counts as input. The check runs on a timer
and again whenever the app comes back to the foreground (after a laptop wakes, say), comparing clocks
rather than trusting that the timer ran all along (see ``cocdesk.flow.idle``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from cocdesk.flow.idle import IdleClock

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)
CHECK_MS = 5_000


class IdleWatcher(QObject):
    idle = Signal()  # the period has passed without input

    def __init__(self, clock: IdleClock, check_ms: int = CHECK_MS) -> None:
        super().__init__()
        self.clock = clock
        self._timer = QTimer(self, interval=check_ms)
        self._timer.timeout.connect(self.check)
        self._running = False

    def start(self, limit_seconds: float | None = None) -> None:
        if limit_seconds is not None:
            self.clock.limit_seconds = limit_seconds
        self.clock.touch()
        if not self._running:
            app = QGuiApplication.instance()
            if isinstance(app, QGuiApplication):
                app.installEventFilter(self)
                app.applicationStateChanged.connect(self._state_changed)
            self._running = True
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._running:
            app = QGuiApplication.instance()
            if isinstance(app, QGuiApplication):
                app.removeEventFilter(self)
                app.applicationStateChanged.disconnect(self._state_changed)
            self._running = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self.clock.touch()
        return False

    def check(self) -> None:
        if self._running and self.clock.expired():
            self.stop()
            self.idle.emit()

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()
