"""Decide: what to do right now and who does it, and the longer-term actions for later.

A new decision starts from the response the case's quadrant suggests; the response ladder is beside
it. Each decision is a row saved as it is typed; decisions recorded on the board appear here too.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cocdesk.board.decisions import responses_for
from cocdesk.domain import Case, Decision
from cocdesk.flow.briefing import current_quadrant
from cocdesk.gui.wizard.common import heading, keep_tab_order, name_it, note
from cocdesk.gui.wizard.field_text import LongTextField
from cocdesk.gui.wizard.open_case import OpenCase

Horizon = Literal["now", "later"]
HORIZONS: dict[Horizon, str] = {"now": "Right now", "later": "Later"}
NO_RUNG = "— not from the ladder"
NOT_PLACED = "Place the case on the matrix (the assess step) to see the response its quadrant suggests."


class DecisionRow(QFrame):
    edited = Signal()
    removed = Signal(object)

    def __init__(self, open_case: OpenCase, horizon: Horizon, number: int) -> None:
        super().__init__()
        self.horizon = horizon
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title = f"{HORIZONS[horizon]} {number}"
        self.response = QComboBox()
        name_it(self.response, f"{title}: response")
        self.response.addItem(NO_RUNG, "")
        quadrant = open_case.case.quadrant
        suggested = set(open_case.procedure.matrix.quadrant(*quadrant).suggests) if quadrant else set()
        for rung in responses_for(open_case.procedure, quadrant):
            self.response.addItem(rung.label + ("  (suggested)" if rung.id in suggested else ""), rung.id)
        self.response.activated.connect(lambda _index: self.edited.emit())
        self.text = LongTextField(f"{title}: what will be done", lines=2)
        self.text.edited.connect(self.edited)
        self.owner = QComboBox()
        self.owner.setEditable(True)
        self.owner.addItems(["", *(m.name for m in open_case.vault.members() if m.role.sees_names)])
        name_it(self.owner, f"{title}: who will do it")
        self.owner.editTextChanged.connect(lambda _text: self.edited.emit())
        remove = QPushButton("Remove")
        name_it(remove, f"{title}: remove")
        remove.clicked.connect(lambda: self.removed.emit(self))
        form = QFormLayout(self)
        form.addRow(heading(title, 1.0))
        form.addRow("Response", self.response)
        form.addRow("What will be done", self.text)
        owner_row = QHBoxLayout()
        owner_row.addWidget(self.owner, 1)
        owner_row.addWidget(remove)
        form.addRow("Who will do it", owner_row)

    def start_from(self, rung_id: str) -> None:
        self.response.setCurrentIndex(max(self.response.findData(rung_id), 0))

    def decision(self, by: str) -> Decision | None:
        text = str(self.text.value()).strip()
        if not text:
            return None
        return Decision(
            horizon=self.horizon,
            text=text,
            response=self.response.currentData() or "",
            owner=self.owner.currentText(),
            by=by,
        )

    def show_decision(self, decision: Decision) -> None:
        self.text.show_value(decision.text)
        if (self.response.currentData() or "") != decision.response:
            self.start_from(decision.response)
        if self.owner.currentText().strip() != decision.owner:
            self.owner.setEditText(decision.owner)


class DecisionEditor(QWidget):
    def __init__(self, open_case: OpenCase) -> None:
        super().__init__()
        self.open_case = open_case
        self.rows: list[DecisionRow] = []
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        self.list = QVBoxLayout()
        add_now = QPushButton("Add a decision for &right now")
        name_it(add_now, "Add a decision for right now")
        add_now.clicked.connect(lambda: self._add_clicked("now"))
        add_later = QPushButton("Add a longer-term action for &later")
        name_it(add_later, "Add a longer-term action for later")
        add_later.clicked.connect(lambda: self._add_clicked("later"))
        buttons = QHBoxLayout()
        buttons.addWidget(add_now)
        buttons.addWidget(add_later)
        buttons.addStretch(1)
        self.ladder = QLabel()
        self.ladder.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.suggestion)
        layout.addLayout(self.list)
        layout.addLayout(buttons)
        layout.addWidget(heading("The response ladder, mildest first", 1.0))
        layout.addWidget(self.ladder)
        layout.addWidget(note("Decide for right now. Decide longer-term actions later."))
        self.load(open_case.case)

    def _add_clicked(self, horizon: Horizon) -> None:
        row = self._start_now_row() if horizon == "now" else self._add(horizon)
        row.response.setFocus()

    def _start_now_row(self) -> DecisionRow:
        """A decision for right now starts from the response the quadrant suggests."""
        row = self._add("now")
        quadrant = current_quadrant(self.open_case.procedure, self.open_case.case)
        if quadrant and quadrant.suggests:
            row.start_from(quadrant.suggests[0])
        return row

    def _add(self, horizon: Horizon) -> DecisionRow:
        number = 1 + sum(1 for row in self.rows if row.horizon == horizon)
        row = DecisionRow(self.open_case, horizon, number)
        row.edited.connect(self._save)
        row.removed.connect(self._remove)
        self.list.addWidget(row)
        self.rows.append(row)
        row.show()  # at once, not when the event loop next runs: the keyboard may already be on it
        keep_tab_order(self)
        return row

    def _remove(self, row: DecisionRow) -> None:
        self.rows.remove(row)
        row.deleteLater()
        self._save(at_once=True)

    def _save(self, at_once: bool = False) -> None:
        if self.open_case.redacted:
            return
        by = self.open_case.member.name
        decisions = [d for d in (row.decision(by) for row in self.rows) if d is not None]
        self.open_case.part(
            "decisions", "decisions", lambda _case: decisions, "Recorded the decisions", at_once=at_once
        )

    def load(self, case: Case) -> None:
        quadrant = current_quadrant(self.open_case.procedure, case)
        if quadrant:
            self.suggestion.setText(f"The matrix suggests: {quadrant.response} (like “{quadrant.example}”).")
        else:
            self.suggestion.setText(NOT_PLACED)
        suggested = set(quadrant.suggests) if quadrant else set()
        self.ladder.setText(
            "\n".join(
                f"• {r.label}{' (suggested)' if r.id in suggested else ''}: {r.description}"
                for r in self.open_case.procedure.response_ladder
            )
        )
        filled = [row for row in self.rows if row.decision("") is not None]
        for index, decision in enumerate(case.decisions):
            row = filled[index] if index < len(filled) else self._add(decision.horizon)
            row.show_decision(decision)
        if not self.rows and not self.open_case.redacted:
            self._start_now_row()
        for row in self.rows:
            row.setEnabled(not self.open_case.redacted)
