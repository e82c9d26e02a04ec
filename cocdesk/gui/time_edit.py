"""A day and time typed as people write it ("yesterday 21:30", "30 Nov 21:30"), read back at once.

Under the line the reading is spelled out ("Monday 30 November, 21:30") so a misreading is seen before
it matters, or the one sentence why the text cannot be read; the typed text is never replaced, and
nothing changes until it reads. Beside it: a calendar (Alt+Down or F4 from the line), Now and Clear.
The reading itself is the core's (``cocdesk.domain.typed_time``), so every front end reads alike.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, tzinfo

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cocdesk.domain import now
from cocdesk.domain.shown_time import day_text, long_form, minute
from cocdesk.domain.typed_time import Reading, read_time
from cocdesk.gui.style import mark_problem

HINT = "For example 21:30, yesterday 21:30, 30 Nov 21:30 or 30/11/2026 21:30"
DESCRIPTION = "Day and time in the event's time zone, typed as you would say it."
TYPED_MAX = 80


class CalendarPopup(QFrame):
    """A month to pick a day from, by arrows and Enter or by a click; Esc closes it."""

    sig_picked = Signal(object)  # a date

    def __init__(self, parent: QWidget, label: str) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setAccessibleName(f"{label}: pick a day")
        self.calendar.activated.connect(self._pick)
        self.calendar.clicked.connect(self._pick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.calendar)

    def _pick(self, picked: object) -> None:
        day = picked.toPython() if hasattr(picked, "toPython") else picked
        self.close()
        self.sig_picked.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)


class TimeEdit(QWidget):
    """``sig_changed`` fires on the person's change once it reads (blank included), never on ``show``."""

    sig_changed = Signal()
    sig_read = Signal()  # the text read again, readable or not: ``problem`` says which

    def __init__(
        self,
        label: str,
        zone: tzinfo,
        *,
        clearable: bool = True,
        check: Callable[[datetime], str] | None = None,
        blank_problem: str = "",
    ) -> None:
        super().__init__()
        self.zone, self.label, self.check, self.blank_problem = zone, label, check, blank_problem
        self._moment: datetime | None = None
        self._showing = False
        self.problem = ""
        self.line = QLineEdit()
        self.line.setMaxLength(TYPED_MAX)
        self.line.setPlaceholderText(HINT)
        self.line.setAccessibleName(label)
        self.line.setAccessibleDescription(DESCRIPTION)
        self.line.setMinimumWidth(
            self.line.fontMetrics().horizontalAdvance("Wednesday 30 September 2026, 21:30 ")
        )
        self.line.textChanged.connect(self._typed)  # typed, pasted or set by assistive technology
        self.line.installEventFilter(self)
        self.calendar_button = QPushButton("Calendar")
        self.calendar_button.setToolTip("Pick a day (Alt+Down)")
        self.calendar_button.setAccessibleName(f"{label}: calendar")
        self.calendar_button.clicked.connect(self.open_calendar)
        self.now_button = QPushButton("Now")
        self.now_button.setAccessibleName(f"{label}: now")
        self.now_button.clicked.connect(self.set_now)
        self.clear_button = QPushButton("Clear")
        self.clear_button.setAccessibleName(f"{label}: clear")
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setVisible(clearable)
        self.echo = QLabel()
        self.echo.setObjectName("time_echo")
        self.echo.setWordWrap(True)
        self.echo.setAccessibleName(f"{label}: read as")
        self.popup: CalendarPopup | None = None
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line, 1)
        for button in (self.calendar_button, self.now_button, self.clear_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.echo)
        self._say("")

    # reading

    def moment(self) -> datetime | None:
        """The last reading of what was typed (what is saved); not changed by text that does not read."""
        return self._moment

    def reading(self) -> Reading:
        reading = read_time(self.line.text(), self.zone, now())
        if reading.moment is None and reading.readable and self.blank_problem:
            return Reading(problem=self.blank_problem)
        if reading.moment is not None and self.check is not None and (problem := self.check(reading.moment)):
            return Reading(problem=problem)
        return reading

    def _typed(self, _text: str = "") -> None:
        if self._showing:
            return
        reading = self.reading()
        if not reading.readable:
            self._say(reading.problem)
            return
        changed = reading.moment != self._moment
        self._moment = reading.moment
        self._say("")
        if changed:
            self.sig_changed.emit()

    def _say(self, problem: str) -> None:
        self.problem = problem
        if problem:
            text = problem
        elif self._moment is None:
            text = "Not given"
        else:
            text = f"Read as {long_form(self._moment, self.zone, now())}"
        self.echo.setText(text)
        mark_problem(self.echo, bool(problem))
        font = self.echo.font()
        font.setBold(bool(problem))
        self.echo.setFont(font)
        self.line.setAccessibleDescription(f"{DESCRIPTION} {'Cannot read it: ' if problem else ''}{text}")
        self.sig_read.emit()

    # showing and the person's quick changes

    def show_moment(self, moment: datetime | None) -> None:
        """Show a stored moment, in the long form (which reads back the same); not a change."""
        self._moment = moment
        self._showing = True
        try:
            self.line.setText(long_form(moment, self.zone, now()) if moment else "")
        finally:
            self._showing = False
        self._say("")

    def _replace(self, text: str) -> None:
        """Put ``text`` in the line as the person's own edit (Ctrl+Z takes it back), and read it."""
        self.line.selectAll()
        self.line.insert(text)
        self._typed()

    def set_now(self) -> None:
        self._replace(long_form(minute(now()), self.zone, now()))

    def clear(self) -> None:
        self._replace("")

    def open_calendar(self) -> None:
        if self.line.isReadOnly():
            return
        self.popup = popup = CalendarPopup(self, self.label)
        shown = (
            self._moment.astimezone(self.zone).date() if self._moment else now().astimezone(self.zone).date()
        )
        popup.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        popup.sig_picked.connect(self.pick_day)
        popup.move(self.line.mapToGlobal(QPoint(0, self.line.height())))
        popup.show()
        popup.calendar.setFocus()

    def pick_day(self, day: date) -> None:
        """The picked day at the time already given; without one, the day and the cursor for the time."""
        wall = datetime(day.year, day.month, day.day)
        if self._moment is None:
            self._replace(f"{day_text(wall, True)}, ")
        else:
            self._replace(f"{day_text(wall, True)}, {self._moment.astimezone(self.zone):%H:%M}")
        self.line.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    def set_read_only(self, read_only: bool) -> None:
        self.line.setReadOnly(read_only)
        for button in (self.calendar_button, self.now_button, self.clear_button):
            button.setEnabled(not read_only)
