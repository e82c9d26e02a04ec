"""The steps beside the page: where the responder is, and which steps are done, waiting or late."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from cocdesk.flow.engine import StepState, StepStatus
from cocdesk.gui import palette, style

ADVICE = "advice"
MARKS = {StepState.DONE: "✓", StepState.WAITING: "○", StepState.LATE: "!", None: "?"}
WORDS = {StepState.DONE: "done", StepState.WAITING: "waiting", StepState.LATE: "late"}


class StepList(QListWidget):
    sig_chosen = Signal(str)  # a step id, or ADVICE for the general advice page

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName("Steps")
        self.setAccessibleDescription("Each step of the response, and whether it is done, waiting or late")
        self.setMinimumWidth(230)
        self.setMaximumWidth(300)
        self.setWordWrap(True)
        self.shown: list[tuple[str, StepState] | None] = []
        self.statuses: list[StepStatus] = []
        self.currentItemChanged.connect(self._current_changed)
        style.look().sig_changed.connect(self._look_changed)

    def _look_changed(self, _high_contrast: bool) -> None:
        """The look changed: paint every step's state in its colours."""
        if not self.statuses:
            return
        self.shown = [None] * len(self.shown)
        self.item(self.count() - 1).setIcon(QIcon())  # the advice's sign too
        self.show_steps(self.statuses)

    def show_steps(self, statuses: list[StepStatus]) -> None:
        """Show each step's state; rows whose step and state are unchanged are left alone."""
        self.statuses = statuses
        if self.count() != len(statuses) + 1:
            self.clear()
            self.shown = [None] * len(statuses)
            for _status in statuses:
                self.addItem(QListWidgetItem())
            advice = QListWidgetItem("General advice")
            advice.setData(Qt.ItemDataRole.UserRole, ADVICE)
            self.addItem(advice)
        for row, status in enumerate(statuses):
            if self.shown[row] == (status.step.id, status.state):
                continue
            self.shown[row] = (status.step.id, status.state)
            item = self.item(row)
            item.setData(Qt.ItemDataRole.UserRole, status.step.id)
            item.setText(f"{row + 1}. {status.step.title}")
            item.setIcon(mark(status.state, self.font()))
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                f"Step {row + 1}, {status.step.title}: {WORDS[status.state]}",
            )
            colour = state_colour(status.state)
            item.setForeground(QBrush(QColor(colour)) if status.state != StepState.WAITING else QBrush())
            font = QFont(self.font())
            font.setBold(status.state == StepState.LATE)
            item.setFont(font)
        self._advice_icon()

    def _advice_icon(self) -> None:
        advice = self.item(self.count() - 1)
        if advice.icon().isNull():
            advice.setIcon(mark(None, self.font()))

    def select(self, step_id: str) -> None:
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == step_id:
                self.blockSignals(True)
                self.setCurrentRow(row)
                self.blockSignals(False)
                return

    def state_of(self, step_id: str) -> str:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == step_id:
                return str(item.data(Qt.ItemDataRole.AccessibleTextRole)).rsplit(": ", 1)[-1]
        raise KeyError(step_id)

    def _current_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.sig_chosen.emit(str(current.data(Qt.ItemDataRole.UserRole)))


@cache
def _mark(state: StepState | None, size: int, family: str, colour: str) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    font = QFont(family)
    font.setPixelSize(int(size * 0.85))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor(colour))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, MARKS[state])
    painter.end()
    return QIcon(pixmap)


def mark(state: StepState | None, font: QFont) -> QIcon:
    """The state as a small coloured sign beside the step, so a wrapped title stays aligned."""
    return _mark(state, QFontMetrics(font).height(), font.family(), state_colour(state))


def state_colour(state: StepState | None) -> str:
    """A step's state in the current look's colours: late and done stand out, the rest is muted."""
    colours = palette.current()
    if state == StepState.LATE:
        return colours.alert
    return colours.done if state == StepState.DONE else colours.muted
