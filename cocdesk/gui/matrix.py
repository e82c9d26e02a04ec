"""The risk × impact matrix as a widget, shared by the triage board and the wizard's "assess" step.

The four quadrants are laid out like the procedure's table: risk across (low, high), impact down
(low, high). Each quadrant shows the procedure's example and the response it calls for; every word
comes from the procedure data.

    matrix = MatrixWidget(procedure.matrix, picker=True)   # the wizard: choose a quadrant
    matrix.quadrantChosen.connect(lambda risk, impact: ...)  # Level, Level
    matrix.choose(Level.HIGH, Level.LOW); matrix.chosen()   # -> (Level.HIGH, Level.LOW) or None

    board = MatrixWidget(procedure.matrix)                 # the board: quadrants that hold cards
    board.hold(Level.LOW, Level.HIGH, card_list)           # any widget, below the example
    board.mark((Level.HIGH, Level.HIGH))                   # outline a quadrant (None: no outline)
    board.set_presenting(True)                             # large type, the projector's colours

In picker mode each quadrant holds a radio button, one of four in a group: the keyboard's focus and a
screen reader's way in (its Toggle chooses, its checked state says which is chosen). The arrow keys move
between quadrants without choosing, Space or Enter chooses, and so does a click anywhere in the
quadrant; all of them choose through ``choose``. Without it the quadrants only frame what they hold.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QWidget

from cocdesk.board.keys import LEVELS
from cocdesk.desk import Quadrant
from cocdesk.domain import Level
from cocdesk.gui import palette
from cocdesk.gui.quadrant_cell import QuadrantCell
from cocdesk.procedure.matrix import Matrix

__all__ = ["LEVELS", "MatrixWidget", "QuadrantCell"]
DESK_STYLE = """
QFrame[quadrant="true"] {{ border: 1px solid {p.edge}; border-radius: 6px; }}
QFrame[quadrant="true"][chosen="true"] {{ border: 3px solid {p.selected}; }}
QFrame[quadrant="true"][marked="true"] {{ border: 3px dashed {p.selected}; }}
QFrame[quadrant="true"][focused="true"] {{ border: 3px dotted {p.focus}; }}
QFrame[quadrant="true"][chosen="true"][focused="true"] {{ border: 3px solid {p.focus}; }}
QRadioButton {{ background: transparent; color: {p.ink}; font-weight: bold; }}
QLabel {{ background: transparent; }}
QLabel[role="badge"] {{
    color: {p.badge_ink}; background: {p.badge_paper}; border-radius: 3px; padding: 1px 6px;
}}
QLabel[role="axis"] {{ font-weight: bold; color: {p.ink}; }}
QLabel[role="response"] {{ font-weight: bold; color: {p.heading}; }}
QLabel[role="example"] {{ color: {p.muted}; }}
{tints}
"""
PRESENTING_STYLE = """
QFrame[quadrant="true"] {{ background: {p.paper}; border: 2px solid {p.edge}; border-radius: 6px; }}
QFrame[quadrant="true"][marked="true"] {{ border: 5px solid {p.selected}; }}
QLabel {{ color: {p.ink}; background: transparent; }}
QLabel[role="axis"] {{ font-size: 20pt; font-weight: bold; }}
QLabel[role="response"] {{ font-size: 16pt; font-weight: bold; color: {p.heading}; }}
QLabel[role="example"] {{ font-size: 13pt; color: {p.muted}; }}
QLabel[role="badge"] {{
    color: {p.badge_ink}; background: {p.badge_paper}; font-size: 15pt; padding: 1px 6px;
}}
"""


def sheet(presenting: bool) -> str:
    """The matrix's stylesheet in the current look's colours (or the projector's)."""
    colours = palette.board(presenting)
    if presenting:
        return PRESENTING_STYLE.format(p=colours)
    tints = "\n".join(
        f"QFrame#quadrant_{r.value}_{i.value} {{ background: {colours.tint((r, i))}; }}"
        for r in LEVELS
        for i in LEVELS
    )
    return DESK_STYLE.format(p=colours, tints=tints)


class MatrixWidget(QWidget):
    quadrantChosen = Signal(object, object)  # (risk: Level, impact: Level)

    def __init__(self, matrix: Matrix, *, picker: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix, self.picker = matrix, picker
        self._chosen: Quadrant | None = None
        self.setObjectName("matrix")
        self.setAccessibleName(matrix.title)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        self.axis_labels: list[QLabel] = []
        for column, risk in enumerate(LEVELS, start=1):
            words = matrix.risk.high if risk == Level.HIGH else matrix.risk.low
            grid.addWidget(self._axis(words, matrix.risk.question), 0, column, Qt.AlignmentFlag.AlignHCenter)
        for row, impact in enumerate(LEVELS, start=1):
            words = matrix.impact.high if impact == Level.HIGH else matrix.impact.low
            label = self._axis(words.replace(" ", "\n", 1), matrix.impact.question)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignVCenter)
        self.cells: dict[Quadrant, QuadrantCell] = {}
        self.choices = QButtonGroup(self)  # the quadrants' radio buttons in picker mode: one chosen
        for column, risk in enumerate(LEVELS, start=1):
            for row, impact in enumerate(LEVELS, start=1):
                cell = QuadrantCell(self, matrix, (risk, impact))
                if cell.choice is not None:
                    self.choices.addButton(cell.choice)
                self.cells[(risk, impact)] = cell
                grid.addWidget(cell, row, column)
                grid.setColumnStretch(column, 1)
                grid.setRowStretch(row, 1)
        self.presenting = False
        self.set_presenting(False)

    def _axis(self, text: str, question: str) -> QLabel:
        label = QLabel(text, self)
        label.setProperty("role", "axis")
        label.setToolTip(question)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setContentsMargins(4, 0, 4, 0)
        self.axis_labels.append(label)
        return label

    def cell(self, risk: Level, impact: Level) -> QuadrantCell:
        return self.cells[(risk, impact)]

    def hold(self, risk: Level, impact: Level, widget: QWidget) -> None:
        body = self.cells[(risk, impact)].body
        last = body.itemAt(body.count() - 1) if body.count() else None
        if last is not None and last.spacerItem() is not None:
            body.takeAt(body.count() - 1)
        body.addWidget(widget, 1)

    def neighbour(self, quadrant: Quadrant, across: int, down: int) -> QuadrantCell:
        """The quadrant ``across`` columns and ``down`` rows away, staying inside the matrix."""
        risk, impact = quadrant
        column = min(1, max(0, LEVELS.index(risk) + across))
        row = min(1, max(0, LEVELS.index(impact) + down))
        return self.cells[(LEVELS[column], LEVELS[row])]

    def choose(self, risk: Level, impact: Level) -> None:
        self._chosen = (risk, impact)
        for quadrant, cell in self.cells.items():
            cell.show_chosen(quadrant == self._chosen)
        self.quadrantChosen.emit(risk, impact)

    def chosen(self) -> Quadrant | None:
        return self._chosen

    def clear_choice(self) -> None:
        self._chosen = None
        self.choices.setExclusive(False)  # an exclusive group keeps one button checked
        for cell in self.cells.values():
            cell.show_chosen(False)
        self.choices.setExclusive(True)

    def mark(self, quadrant: Quadrant | None) -> None:
        for key, cell in self.cells.items():
            cell.set_flag("marked", key == quadrant)

    def set_presenting(self, presenting: bool) -> None:
        self.presenting = presenting
        self._restyle()

    def _restyle(self) -> None:
        wanted = sheet(self.presenting)
        if self.styleSheet() != wanted:
            self.setStyleSheet(wanted)

    def changeEvent(self, event: QEvent) -> None:
        """The look changed (the window's stylesheet did): paint in its colours."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange:
            self._restyle()
