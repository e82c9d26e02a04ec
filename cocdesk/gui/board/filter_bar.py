"""The line above the board: which cases it shows, and its commands (undo, print, present)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cocdesk.board.cards import Quadrant
from cocdesk.board.filters import BoardFilter, Scope
from cocdesk.gui.matrix import LEVELS
from cocdesk.gui.toggles import toggle_button
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
        self.choices = QHBoxLayout()
        self.choices.setContentsMargins(0, 0, 0, 0)
        for label, combo in self.labelled:
            self.choices.addWidget(label)
            self.choices.addWidget(combo)
            combo.currentIndexChanged.connect(self._changed)
        self.choices.addStretch(1)
        self.commands = QWidget(self)  # beside the choices when there is room, else on a line below
        self.buttons = QHBoxLayout(self.commands)
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons.addStretch(1)
        self.lines = QVBoxLayout(self)
        self.lines.setContentsMargins(0, 0, 0, 0)
        self.lines.addLayout(self.choices)
        self.lines.addWidget(self.commands)
        self.one_line = False

    def _line_width(self, layout: QHBoxLayout) -> int:
        items = (layout.itemAt(i) for i in range(layout.count()))
        widgets = (item.widget() for item in items if item is not None)
        shown = [w for w in widgets if w is not None and not w.isHidden()]
        return sum(w.sizeHint().width() for w in shown) + layout.spacing() * max(0, len(shown) - 1)

    def minimumSizeHint(self) -> QSize:
        """As narrow as the wider of its two lines: the commands go below the choices to fit."""
        hint = super().minimumSizeHint()
        return QSize(max(self._line_width(self.choices), self._line_width(self.buttons)), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wanted = self._line_width(self.choices) + self._line_width(self.buttons) + 24
        self.arrange(event.size().width() >= wanted)

    def arrange(self, one_line: bool) -> None:
        """The commands beside the choices (``one_line``) or on a line of their own below them."""
        if one_line == self.one_line:
            return
        self.one_line = one_line
        if one_line:
            self.lines.removeWidget(self.commands)
            self.choices.addWidget(self.commands)
        else:
            self.choices.removeWidget(self.commands)
            self.lines.addWidget(self.commands)

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
        text = action.text().split(" (")[0]
        if action.isCheckable():
            # a toggle, both ways: the button shows whether it is on, whoever turned it, and a screen
            # reader's Toggle turns it as the mouse does
            button = toggle_button(text, action.isChecked(), action.setChecked, self)
            action.toggled.connect(button.setChecked)
        else:
            button = QPushButton(text, self)
            button.clicked.connect(action.trigger)
        button.setToolTip(action.toolTip())
        button.setEnabled(action.isEnabled())
        action.enabledChanged.connect(button.setEnabled)
        button.setVisible(action.isVisible())
        action.visibleChanged.connect(lambda: button.setVisible(action.isVisible()))
        self.buttons.addWidget(button)
        self.updateGeometry()
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
