"""Assess impact and risk: the case placed on the same matrix as the board, with a one-line reason.

The risk and impact questions sit below the matrix. Choosing a quadrant and giving the reason
places the case (Enter, the button, or leaving the page); the board shows it at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from cocdesk.desk import Act, Desk
from cocdesk.domain import Case, Level
from cocdesk.flow.persons import risk_sign
from cocdesk.gui.matrix import MatrixWidget
from cocdesk.gui.person_panel import pattern, pattern_text
from cocdesk.gui.wizard.common import heading, local_text, name_it, note
from cocdesk.gui.wizard.open_case import OpenCase
from cocdesk.procedure.matrix import Axis

REASON_LIMIT = 300


class PlacementEditor(QWidget):
    def __init__(self, open_case: OpenCase) -> None:
        super().__init__()
        self.open_case = open_case
        matrix = open_case.procedure.matrix
        self.matrix = MatrixWidget(matrix, picker=True)
        self.matrix.setFixedHeight(300)
        self.matrix.quadrantChosen.connect(lambda _risk, _impact: self._update_button())
        self.reason = QLineEdit()
        self.reason.setMaxLength(REASON_LIMIT)
        self.reason.setPlaceholderText("Why it goes there, in one line")
        name_it(self.reason, "Why, in one line")
        self.reason.textChanged.connect(lambda _text: self._update_button())
        self.reason.returnPressed.connect(self.place)
        self.place_button = QPushButton("P&lace the case here")
        name_it(self.place_button, "Place the case here")
        self.place_button.clicked.connect(self.place)
        self.placed = QLabel()
        self.placed.setWordWrap(True)
        reason_row = QHBoxLayout()
        reason_row.addWidget(self.reason, 1)
        reason_row.addWidget(self.place_button)
        questions = QHBoxLayout()
        questions.addWidget(_questions(matrix.risk), 1)
        questions.addWidget(_questions(matrix.impact), 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note("Arrow keys move between quadrants; Space chooses one."))
        layout.addWidget(self.matrix)
        layout.addWidget(QLabel("Why it goes there"))
        layout.addLayout(reason_row)
        layout.addWidget(self.placed)
        layout.addSpacing(8)
        self.sign = QLabel()  # a sign beside the questions: the reported person in other reports
        self.sign.setWordWrap(True)
        self.sign.setObjectName("pattern_sign")
        layout.addWidget(self.sign)
        layout.addLayout(questions)
        self.load(open_case.case)

    def _update_button(self) -> None:
        chosen = self.matrix.chosen()
        ready = chosen is not None and bool(self.reason.text().strip()) and self.open_case.may(Act.PLACE)
        self.place_button.setEnabled(ready and self._differs())

    def _differs(self) -> bool:
        current = self.open_case.case.placement
        chosen = self.matrix.chosen()
        return (
            current is None
            or chosen != (current.risk, current.impact)
            or self.reason.text().strip() != current.rationale
        )

    def place(self) -> None:
        chosen = self.matrix.chosen()
        reason = self.reason.text().strip()
        if chosen is None or not reason or not self._differs() or not self.open_case.may(Act.PLACE):
            return
        case_id = self.open_case.case_id

        def edit(desk: Desk) -> None:
            before = desk.case(case_id).quadrant
            verb = "Moved" if before is not None and before != chosen else "Placed"
            desk.place(case_id, chosen[0], chosen[1], reason, verb=verb)

        self.open_case.save(edit)

    def commit(self) -> None:
        """Leaving the page with a quadrant chosen and a reason given places the case."""
        if self.place_button.isEnabled():
            self.place()

    def load(self, case: Case) -> None:
        placement = case.placement
        if placement is None:
            self.placed.setText("Not placed yet.")
        else:
            where = self.open_case.procedure.matrix.name(placement.risk, placement.impact)
            when = local_text(placement.at, self.open_case.zone)
            self.placed.setText(f"Placed at {where} by {placement.by}, {when}: {placement.rationale}")
            if self.matrix.chosen() is None:
                self.matrix.choose(placement.risk, placement.impact)
            if not self.reason.text().strip():
                self.reason.setText(placement.rationale)
        confirmed, suggested = pattern(self.open_case.session, case.id)
        sign = risk_sign(confirmed) or (
            f"A sign to weigh: {pattern_text(confirmed, suggested)}." if suggested else ""
        )
        self.sign.setText(f"⚠  {sign}" if sign else "")
        self.sign.setAccessibleName(sign)
        self.sign.setVisible(bool(sign))
        refusal = self.open_case.why_not(Act.PLACE)
        self.matrix.setEnabled(not refusal)
        self.reason.setReadOnly(bool(refusal))
        self.place_button.setToolTip(refusal)
        self._update_button()

    def choose(self, risk: Level, impact: Level) -> None:
        self.matrix.choose(risk, impact)


def _questions(axis: Axis) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setAlignment(Qt.AlignmentFlag.AlignTop)
    layout.addWidget(heading(axis.name, 1.0))
    layout.addWidget(note(axis.question))
    for sign in axis.signs:
        label = QLabel(f"• {sign}")
        label.setWordWrap(True)
        layout.addWidget(label)
    return box
