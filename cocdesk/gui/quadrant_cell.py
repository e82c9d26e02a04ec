"""One quadrant of the risk × impact matrix (``matrix.MatrixWidget``): the response it calls for, the
procedure's example, whatever the owner holds in it, and in picker mode the radio button that chooses
it — the keyboard's focus and a screen reader's way in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QRadioButton, QVBoxLayout

from cocdesk.desk import Quadrant
from cocdesk.procedure.matrix import Matrix

if TYPE_CHECKING:
    from cocdesk.gui.matrix import MatrixWidget

STEPS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}
CHOOSING_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class QuadrantCell(QFrame):
    """One quadrant: the response it calls for, the example, and whatever the owner puts in it."""

    def __init__(self, owner: MatrixWidget, matrix: Matrix, quadrant: Quadrant) -> None:
        super().__init__(owner)
        self.owner, self.quadrant = owner, quadrant
        spec = matrix.quadrant(*quadrant)
        risk, impact = quadrant
        self.setObjectName(f"quadrant_{risk.value}_{impact.value}")
        self.setProperty("quadrant", True)
        self.response = self._label(spec.response, "response")
        self.example = self._label(f"For example: {spec.example}", "example")
        self.badge = self._label("✓ Chosen", "badge")
        self.badge.setWordWrap(False)
        self.badge.hide()
        self.body = QVBoxLayout()
        self.body.setContentsMargins(0, 4, 0, 0)
        self.body.addStretch(1)  # keeps the words at the top until something is held
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(2)
        layout.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignLeft)
        self.choice: QRadioButton | None = None
        if owner.picker:
            self.choice = QRadioButton(matrix.name(*quadrant), self)
            self.choice.setAccessibleName(f"{matrix.name(*quadrant)}. Response: {spec.response}")
            self.choice.setAccessibleDescription(f"For example: {spec.example}")
            self.choice.toggled.connect(self._toggled)
            self.choice.installEventFilter(_ChoiceKeys(self))
            self.setFocusProxy(self.choice)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            layout.addWidget(self.choice)
        layout.addWidget(self.response)
        layout.addWidget(self.example)
        layout.addLayout(self.body, 1)
        self.setAccessibleName(f"{matrix.name(*quadrant)}. Response: {spec.response}")
        self.setAccessibleDescription(f"For example: {spec.example}")

    def _toggled(self, on: bool) -> None:
        """The radio button was checked (a click on it, a screen reader's Toggle): choose this quadrant,
        unless ``choose`` is what checked it."""
        if on and self.owner.chosen() != self.quadrant:
            self.choose()

    def choose(self) -> None:
        self.owner.choose(*self.quadrant)

    def move_focus(self, key: Qt.Key) -> None:
        self.owner.neighbour(self.quadrant, *STEPS[key]).setFocus(Qt.FocusReason.TabFocusReason)

    def _label(self, text: str, role: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setProperty("role", role)
        return label

    def set_flag(self, name: str, on: bool) -> None:
        if bool(self.property(name)) != on:
            self.setProperty(name, on)
            self.style().unpolish(self)
            self.style().polish(self)

    def show_chosen(self, chosen: bool) -> None:
        self.set_flag("chosen", chosen)
        self.badge.setVisible(chosen)
        self.setAccessibleDescription(("Chosen. " if chosen else "") + self.example.text())
        if self.choice is not None and self.choice.isChecked() != chosen:
            self.choice.setChecked(chosen)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.owner.picker and event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.choose()
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if self.owner.picker and key in STEPS:
            self.move_focus(key)
        elif self.owner.picker and key in CHOOSING_KEYS:
            self.choose()
        else:
            super().keyPressEvent(event)


class _ChoiceKeys(QObject):
    """A quadrant's radio button keeps the matrix's keys: an arrow moves to the next quadrant without
    choosing it (a radio group's own arrows would choose), Space and Enter choose; its quadrant's
    border shows where the keyboard is."""

    def __init__(self, cell: QuadrantCell) -> None:
        super().__init__(cell)
        self.cell = cell

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.cell.set_flag("focused", kind == QEvent.Type.FocusIn)
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and not event.modifiers():
            key = Qt.Key(event.key())
            if key in STEPS:
                self.cell.move_focus(key)
                return True
            if key in CHOOSING_KEYS:
                self.cell.choose()
                return True
        return False
