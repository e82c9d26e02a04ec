"""Take action: the half-day countdown from the report, and each action, who takes it, when it is done.

A new action is added through the desk once something is written in it; ticking it done records it
done now, and the time can be typed over at once or later ("he left at 22:40", not the click's time);
changing its words or who takes it changes that action alone.
"""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cocdesk.desk import Act, Desk
from cocdesk.domain import Action, Case, Deadline, now
from cocdesk.domain.countdown import countdown
from cocdesk.gui.wizard.action_row import ActionRow
from cocdesk.gui.wizard.common import keep_tab_order, local_text, name_it, scaled_font
from cocdesk.gui.wizard.open_case import OpenCase

TICK_MS = 20_000
LATE_STYLE = "background: #b3261e; color: white; border-radius: 6px; padding: 8px;"
ON_TIME_STYLE = "border: 2px solid palette(mid); border-radius: 6px; padding: 8px;"


class CountdownBanner(QLabel):
    """The deadline a step shows, counting down; red once it is missed; stopped while the report is
    held at the reporter's request."""

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
        if self.open_case.case.held:  # no deadline runs while the report is held
            self.overdue = False
            self.setText(f"{deadline.label}: on hold at the reporter's request, no deadline runs")
        elif deadline.met_at is not None:
            self.overdue = False
            self.setText(f"{deadline.label}: met {local_text(deadline.met_at, zone)}")
        else:
            self.overdue = deadline.overdue(now())
            due = local_text(deadline.due_at, zone)
            self.setText(f"{deadline.label}: {countdown(deadline.due_at, now())} (due {due})")
        self.setStyleSheet(LATE_STYLE if self.overdue else ON_TIME_STYLE)
        self.setAccessibleName(self.text())


class ActionsEditor(QWidget):
    def __init__(self, open_case: OpenCase) -> None:
        super().__init__()
        self.open_case = open_case
        self.rows: list[ActionRow] = []
        self.list = QVBoxLayout()
        self.add_button = QPushButton("&Add an action")
        name_it(self.add_button, "Add an action")
        self.add_button.clicked.connect(self._add_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.list)
        layout.addLayout(buttons)
        self.load(open_case.case)

    def _add_clicked(self) -> None:
        self._add(None).text.setFocus()

    def _add(self, action_id: UUID | None) -> ActionRow:
        row = ActionRow(self.open_case, action_id, len(self.rows) + 1)
        row.sig_edited.connect(lambda row=row: self._edited(row))
        row.sig_done.connect(lambda row=row: self._done(row))
        row.sig_done_time.connect(lambda row=row: self._done_time(row))
        row.sig_removed.connect(self._remove)
        self.list.addWidget(row)
        self.rows.append(row)
        row.show()  # at once, not when the event loop next runs: the keyboard may already be on it
        keep_tab_order(self)
        return row

    def _edited(self, row: ActionRow, at_once: bool = False) -> None:
        """The words or who: a new action is added, a stored one changed, in the case as it is then."""
        if not self.open_case.may(Act.ACT_ON):
            return
        case_id = self.open_case.case_id
        text, owner = row.typed()
        carries_out = row.carries_out()

        def edit(desk: Desk) -> None:
            if row.action_id is None:
                if text:
                    added = desk.add_action(case_id, text=text, owner=owner, carries_out=carries_out)
                    row.action_id = added.id
                    if row.done_at is not None:
                        desk.action_done(case_id, added.id, row.done_at)
                return
            actions = desk.case(case_id).actions
            if text:
                update = {"text": text, "owner": owner, "carries_out": carries_out}
                changed = [a.model_copy(update=update) if a.id == row.action_id else a for a in actions]
            else:
                changed = [a for a in actions if a.id != row.action_id]
                row.action_id = None
            desk.set_part(case_id, "actions", changed, "Changed an action")

        if at_once:
            self.open_case.save(edit)
        else:
            self.open_case.queue(f"action:{id(row)}", edit)

    def _done(self, row: ActionRow) -> None:
        if not self.open_case.may(Act.ACT_ON):
            return
        self.open_case.flush()  # words still waiting add the action first
        if row.action_id is None:  # nothing stored yet: the tick goes in with the words
            self._edited(row, at_once=True)
            return
        case_id, action_id, done_at = self.open_case.case_id, row.action_id, row.done_at
        self.open_case.save(lambda desk: desk.action_done(case_id, action_id, done_at))

    def _done_time(self, row: ActionRow) -> None:
        """A typed correction of when it was done: saved once typing stops, as an answer is."""
        if not self.open_case.may(Act.ACT_ON) or row.action_id is None or row.done_at is None:
            return  # not stored yet: the time goes in with the words
        case_id, action_id, done_at = self.open_case.case_id, row.action_id, row.done_at
        self.open_case.queue(f"done:{id(row)}", lambda desk: desk.action_done(case_id, action_id, done_at))

    def _remove(self, row: ActionRow) -> None:
        self.rows.remove(row)
        row.deleteLater()
        gone = row.action_id
        if gone is None or not self.open_case.may(Act.ACT_ON):
            return

        def actions(case: Case) -> list[Action]:
            return [a for a in case.actions if a.id != gone]

        self.open_case.part(f"action:{gone}", "actions", actions, "Removed an action", at_once=True)

    def load(self, case: Case) -> None:
        shown = {row.action_id: row for row in self.rows if row.action_id is not None}
        for row in self.rows:
            row.show_decisions(case, default=row.action_id is None)
        for action in case.actions:
            (shown.get(action.id) or self._add(action.id)).show_action(action)
        if not self.rows:
            self._add(None)
        refusal = self.open_case.why_not(Act.ACT_ON)
        self.add_button.setEnabled(not refusal)
        self.add_button.setToolTip(refusal)
        for row in self.rows:
            row.setEnabled(not refusal)
            row.setToolTip(refusal)
