"""The line above the board: which cases it shows, and its commands (undo, print, present)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from cocdesk.board.cards import Quadrant
from cocdesk.board.filters import BoardFilter, Scope
from cocdesk.gui.matrix import LEVELS
from cocdesk.procedure.matrix import Matrix

EVERYONE = "Everyone"
EVERY_QUADRANT = "Every quadrant"


class FilterBar(QWidget):
    sig_changed = Signal(object)  # BoardFilter

    def __init__(self, matrix: Matrix, members: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filter_bar")
        self.labelled: list[tuple[QLabel, QComboBox]] = []
        self._quiet = False
        self.scopes = list(Scope)
        self.quadrants: list[Quadrant | None] = [None, *((r, i) for r in LEVELS for i in LEVELS)]
        self.members: list[str | None] = [None, *members]
        self.scope = self._combo("&Show", "Which cases", [scope.label for scope in self.scopes])
        quadrants = [matrix.name(*q) if q else EVERY_QUADRANT for q in self.quadrants]
        self.quadrant = self._combo("&Quadrant", "Only one quadrant", quadrants)
        self.member = self._combo("&Held by", "Only the cases one member holds", [EVERYONE, *members])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label, combo in self.labelled:
            layout.addWidget(label)
            layout.addWidget(combo)
            combo.currentIndexChanged.connect(self._changed)
        layout.addStretch(1)
        self.buttons = layout

    def _combo(self, text: str, accessible: str, items: list[str]) -> QComboBox:
        combo = QComboBox(self)
        combo.addItems(items)
        combo.setAccessibleName(accessible)
        label = QLabel(text, self)
        label.setBuddy(combo)
        self.labelled.append((label, combo))
        return combo

    def _changed(self) -> None:
        if not self._quiet:
            self.sig_changed.emit(self.current())

    def set_members(self, members: list[str]) -> None:
        """The team changed (or another member unlocked): offer its members, keeping the choice if it
        is still one of them."""
        chosen = self.members[self.member.currentIndex()]
        self._quiet = True
        try:
            self.members = [None, *members]
            self.member.clear()
            self.member.addItems([EVERYONE, *members])
            self.member.setCurrentIndex(self.members.index(chosen) if chosen in self.members else 0)
        finally:
            self._quiet = False
        if chosen not in self.members:
            self.sig_changed.emit(self.current())

    def add_command(self, action: QAction) -> QPushButton:
        """A button for ``action`` that follows whether it can be used now."""
        button = QPushButton(action.text().split(" (")[0], self)
        button.setToolTip(action.toolTip())
        button.setEnabled(action.isEnabled())
        button.clicked.connect(action.trigger)
        action.enabledChanged.connect(button.setEnabled)
        if action.isCheckable():  # a toggle: the button shows whether it is on, whoever turned it
            button.setCheckable(True)
            button.setChecked(action.isChecked())
            action.toggled.connect(button.setChecked)
        button.setVisible(action.isVisible())
        action.visibleChanged.connect(lambda: button.setVisible(action.isVisible()))
        self.buttons.addWidget(button)
        return button

    def current(self) -> BoardFilter:
        return BoardFilter(
            scope=self.scopes[self.scope.currentIndex()],
            quadrant=self.quadrants[self.quadrant.currentIndex()],
            member=self.members[self.member.currentIndex()],
        )

    def show_only(self, board_filter: BoardFilter) -> None:
        """Set the three choices as a user would pick them."""
        self.scope.setCurrentIndex(self.scopes.index(board_filter.scope))
        self.quadrant.setCurrentIndex(self.quadrants.index(board_filter.quadrant))
        self.member.setCurrentIndex(self.members.index(board_filter.member))
