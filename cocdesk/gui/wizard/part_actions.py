"""Take action: the half-day countdown from the report, and each action, who takes it, when it is done."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID, uuid4

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cocdesk.domain import Action, Case, Deadline, now
from cocdesk.domain.countdown import countdown
from cocdesk.gui.wizard.common import keep_tab_order, local_text, name_it, scaled_font
from cocdesk.gui.wizard.field_text import LongTextField
from cocdesk.gui.wizard.open_case import OpenCase

TICK_MS = 20_000
LATE_STYLE = "background: #b3261e; color: white; border-radius: 6px; padding: 8px;"
ON_TIME_STYLE = "border: 2px solid palette(mid); border-radius: 6px; padding: 8px;"


class CountdownBanner(QLabel):
    """The deadline a step shows, counting down; red once it is missed."""

    def __init__(self, open_case: OpenCase, deadline_id: str) -> None:
        super().__init__()
        self.open_case, self.deadline_id = open_case, deadline_id
        self.overdue = False
        self.setWordWrap(True)
        self.setFont(scaled_font(self, 1.5, bold=True))
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        self.timer.start(TICK_MS)
        self.refresh()

    def deadline(self) -> Deadline | None:
        return next((d for d in self.open_case.case.deadlines if d.id == self.deadline_id), None)

    def refresh(self) -> None:
        deadline = self.deadline()
        if deadline is None:
            self.setVisible(False)
            return
        zone = self.open_case.zone
        if deadline.met_at is not None:
            self.overdue = False
            self.setText(f"{deadline.label}: met {local_text(deadline.met_at, zone)}")
        else:
            self.overdue = now() > deadline.due_at
            due = local_text(deadline.due_at, zone)
            self.setText(f"{deadline.label}: {countdown(deadline.due_at, now())} (due {due})")
        self.setStyleSheet(LATE_STYLE if self.overdue else ON_TIME_STYLE)
        self.setAccessibleName(self.text())


class ActionRow(QFrame):
    edited = Signal()
    removed = Signal(object)

    def __init__(self, open_case: OpenCase, action_id: UUID, number: int) -> None:
        super().__init__()
        self.action_id = action_id
        self.done_at: datetime | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title = f"Action {number}"
        self.text = LongTextField(f"{title}: what", lines=2)
        self.text.edited.connect(self.edited)
        self.owner = QComboBox()
        self.owner.setEditable(True)
        self.owner.addItems(["", *(m.name for m in open_case.vault.members() if m.role.sees_names)])
        name_it(self.owner, f"{title}: who")
        self.owner.editTextChanged.connect(lambda _text: self.edited.emit())
        self.done = QCheckBox("Done")
        name_it(self.done, f"{title}: done")
        self.done.clicked.connect(self._done_clicked)
        self.when = QLabel()
        remove = QPushButton("Remove")
        name_it(remove, f"{title}: remove")
        remove.clicked.connect(lambda: self.removed.emit(self))
        grid = QGridLayout(self)
        grid.addWidget(QLabel(title), 0, 0)
        grid.addWidget(self.text, 0, 1, 1, 4)
        grid.addWidget(QLabel("Who"), 1, 0)
        grid.addWidget(self.owner, 1, 1)
        grid.addWidget(self.done, 1, 2)
        grid.addWidget(self.when, 1, 3)
        grid.addWidget(remove, 1, 4)
        grid.setColumnStretch(1, 1)
        self.zone = open_case.zone

    def _done_clicked(self, checked: bool) -> None:
        self.done_at = now() if checked else None
        self.when.setText(local_text(self.done_at, self.zone))
        self.edited.emit()

    def action(self) -> Action | None:
        text = str(self.text.value()).strip()
        if not text:
            return None
        return Action(id=self.action_id, text=text, owner=self.owner.currentText(), done_at=self.done_at)

    def show_action(self, action: Action) -> None:
        self.text.show_value(action.text)
        if self.owner.currentText().strip() != action.owner:
            self.owner.setEditText(action.owner)
        self.done_at = action.done_at
        self.done.setChecked(action.done_at is not None)
        self.when.setText(local_text(action.done_at, self.zone))


class ActionsEditor(QWidget):
    def __init__(self, open_case: OpenCase) -> None:
        super().__init__()
        self.open_case = open_case
        self.rows: list[ActionRow] = []
        self.list = QVBoxLayout()
        add = QPushButton("&Add an action")
        name_it(add, "Add an action")
        add.clicked.connect(self._add_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.list)
        layout.addLayout(buttons)
        self.load(open_case.case)

    def _add_clicked(self) -> None:
        self._add(uuid4()).text.setFocus()

    def _add(self, action_id: UUID) -> ActionRow:
        row = ActionRow(self.open_case, action_id, len(self.rows) + 1)
        row.edited.connect(self._save)
        row.removed.connect(self._remove)
        self.list.addWidget(row)
        self.rows.append(row)
        row.show()  # at once, not when the event loop next runs: the keyboard may already be on it
        keep_tab_order(self)
        return row

    def _remove(self, row: ActionRow) -> None:
        self.rows.remove(row)
        row.deleteLater()
        self._save(at_once=True)

    def _save(self, at_once: bool = False) -> None:
        actions = [a for a in (row.action() for row in self.rows) if a is not None]
        self.open_case.part(
            "actions", "actions", lambda _case: actions, "Recorded the actions", at_once=at_once
        )

    def load(self, case: Case) -> None:
        shown = {row.action_id: row for row in self.rows}
        for action in case.actions:
            (shown.get(action.id) or self._add(action.id)).show_action(action)
        if not self.rows:
            self._add(uuid4())
        for row in self.rows:
            row.setEnabled(not self.open_case.redacted)
