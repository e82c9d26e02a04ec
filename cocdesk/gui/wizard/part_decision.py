"""Decide: what to do right now and who does it, and the longer-term actions for later.

A new decision starts from the response the case's quadrant suggests; the response ladder is beside
it. Each decision is a row saved as it is typed; decisions recorded on the board appear here too.
A row keeps its decision's id, so changing one decision never touches another's author or time.
"""

from __future__ import annotations

from typing import Literal
from uuid import UUID, uuid4

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
from cocdesk.desk import Act
from cocdesk.domain import Case, Decision
from cocdesk.flow.briefing import current_quadrant
from cocdesk.gui.wizard.common import heading, keep_tab_order, name_it, note
from cocdesk.gui.wizard.field_text import LongTextField
from cocdesk.gui.wizard.name_echo import NameEcho
from cocdesk.gui.wizard.open_case import OpenCase
from cocdesk.gui.wizard.part_meeting import FLAG_STYLE

Horizon = Literal["now", "later"]
HORIZONS: dict[Horizon, str] = {"now": "Right now", "later": "Later"}
NO_RUNG = "— not from the ladder"
NOT_PLACED = "Place the case on the matrix (the assess step) to see the response its quadrant suggests."


class DecisionRow(QFrame):
    sig_edited = Signal()
    sig_removed = Signal(object)

    def __init__(self, open_case: OpenCase, horizon: Horizon, number: int, decision_id: UUID) -> None:
        super().__init__()
        self.horizon, self.decision_id = horizon, decision_id
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title = f"{HORIZONS[horizon]} {number}"
        self.response = QComboBox()
        name_it(self.response, f"{title}: response")
        self.response.addItem(NO_RUNG, "")
        quadrant = open_case.case.quadrant
        suggested = set(open_case.procedure.matrix.quadrant(*quadrant).suggests) if quadrant else set()
        for rung in responses_for(open_case.procedure, quadrant):
            self.response.addItem(rung.label + ("  (suggested)" if rung.id in suggested else ""), rung.id)
        self.response.currentIndexChanged.connect(lambda _index: self.sig_edited.emit())
        self.text = LongTextField(f"{title}: what will be done", lines=2)
        self.text.sig_edited.connect(self.sig_edited)
        self.owner = QComboBox()
        self.owner.setEditable(True)
        self.owner.addItems(["", *open_case.team()])
        name_it(self.owner, f"{title}: who will do it")
        self.owner.editTextChanged.connect(lambda _text: self.sig_edited.emit())
        remove = QPushButton("Remove")
        name_it(remove, f"{title}: remove")
        remove.clicked.connect(lambda: self.sig_removed.emit(self))
        form = QFormLayout(self)
        form.addRow(heading(title, 1.0))
        form.addRow("Response", self.response)
        form.addRow("What will be done", self.text)
        self.echo = NameEcho(open_case, self.text.text)  # the names typed in it, as they will read
        form.addRow("", self.echo)
        owner_row = QHBoxLayout()
        owner_row.addWidget(self.owner, 1)
        owner_row.addWidget(remove)
        form.addRow("Who will do it", owner_row)

    def start_from(self, rung_id: str) -> None:
        """Show ``rung_id`` as the response; the suggestion or the stored one, not an edit."""
        self.response.blockSignals(True)
        self.response.setCurrentIndex(max(self.response.findData(rung_id), 0))
        self.response.blockSignals(False)

    def decision(self, by: str) -> Decision | None:
        """The decision as typed, under its own id; None while nothing is written."""
        text = str(self.text.value()).strip()
        if not text:
            return None
        return Decision(
            id=self.decision_id,
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
            self.owner.blockSignals(True)  # showing what is stored is not an edit
            self.owner.setEditText(decision.owner)
            self.owner.blockSignals(False)


class DecisionEditor(QWidget):
    def __init__(self, open_case: OpenCase) -> None:
        super().__init__()
        self.open_case = open_case
        self.rows: list[DecisionRow] = []
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        self.conflict = QLabel()  # why this member may not decide this case: a conflict of interest
        self.conflict.setWordWrap(True)
        self.conflict.setStyleSheet(FLAG_STYLE)
        self.conflict.setAccessibleName("Conflict of interest")
        self.conflict.hide()
        self.list = QVBoxLayout()
        add_now = QPushButton("Add a &decision for right now")
        name_it(add_now, "Add a decision for right now")
        add_now.clicked.connect(lambda: self._add_clicked("now"))
        add_later = QPushButton("Add a longer-term action for &later")
        name_it(add_later, "Add a longer-term action for later")
        add_later.clicked.connect(lambda: self._add_clicked("later"))
        self.add_buttons = (add_now, add_later)
        buttons = QHBoxLayout()
        buttons.addWidget(add_now)
        buttons.addWidget(add_later)
        buttons.addStretch(1)
        self.ladder = QLabel()
        self.ladder.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.conflict)
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

    def _add(self, horizon: Horizon, decision_id: UUID | None = None) -> DecisionRow:
        number = 1 + sum(1 for row in self.rows if row.horizon == horizon)
        row = DecisionRow(self.open_case, horizon, number, decision_id or uuid4())
        row.sig_edited.connect(lambda row=row: self._save(row))
        row.sig_removed.connect(self._remove)
        self.list.addWidget(row)
        self.rows.append(row)
        row.show()  # at once, not when the event loop next runs: the keyboard may already be on it
        keep_tab_order(self)
        return row

    def _remove(self, row: DecisionRow) -> None:
        self.rows.remove(row)
        row.deleteLater()
        gone = row.decision_id

        def decisions(case: Case) -> list[Decision]:
            return [d for d in case.decisions if d.id != gone]

        if self.open_case.may(Act.DECIDE):
            what = "Removed a decision"
            self.open_case.part(f"decision:{gone}", "decisions", decisions, what, at_once=True)

    def _save(self, row: DecisionRow) -> None:
        """Save this row's decision into the decisions as stored when the save runs; every other
        decision is left as it is, its author and time with it."""
        if not self.open_case.may(Act.DECIDE):
            return
        mine = row.decision(self.open_case.member.name)
        key = row.decision_id

        def decisions(case: Case) -> list[Decision]:
            others = [d for d in case.decisions if d.id != key]
            if mine is None:
                return others
            if len(others) == len(case.decisions):  # a new decision
                return [*case.decisions, mine]
            return [mine if d.id == key else d for d in case.decisions]

        self.open_case.part(f"decision:{key}", "decisions", decisions, "Recorded the decisions")

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
        shown = {row.decision_id: row for row in self.rows}
        for decision in case.decisions:
            row = shown.get(decision.id) or self._add(decision.horizon, decision.id)
            row.show_decision(decision)
        case_id = self.open_case.case_id
        conflict = self.open_case.session.read(lambda desk: desk.decision_refusal(case_id), "")
        refusal = self.open_case.why_not(Act.DECIDE) or (f"{conflict}." if conflict else "")
        self.conflict.setText(f"⚠ {conflict}." if conflict else "")
        self.conflict.setVisible(bool(conflict))
        if not self.rows and not refusal:
            self._start_now_row()
        for widget in (*self.rows, *self.add_buttons):
            widget.setEnabled(not refusal)
            widget.setToolTip(refusal)
