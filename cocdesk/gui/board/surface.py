"""The board's surface: the tray of cases not yet placed, beside the matrix whose quadrants hold cards.

It keeps one selected card across all five lists and moves a card's row when its case moves.
"""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cocdesk.board.cards import Card, Quadrant
from cocdesk.board.filters import BoardFilter, Look
from cocdesk.gui.board.delegate import DESK_SIZE, PRESENTING_SIZE
from cocdesk.gui.board.views import CardListView
from cocdesk.gui.matrix import LEVELS, MatrixWidget
from cocdesk.procedure.matrix import Matrix

TRAY_TITLE = "Not yet placed"


class BoardSurface(QWidget):
    sig_card_selected = Signal(object)  # Card | None
    sig_card_dropped = Signal(object, object)  # (case id, quadrant)

    def __init__(self, matrix: Matrix, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix_widget = MatrixWidget(matrix, parent=self)
        self.tray = CardListView(None, TRAY_TITLE, self)
        self.views: dict[Quadrant | None, CardListView] = {None: self.tray}
        for risk in LEVELS:
            for impact in LEVELS:
                view = CardListView((risk, impact), f"Cards at {matrix.name(risk, impact)}", self)
                self.matrix_widget.hold(risk, impact, view)
                self.views[(risk, impact)] = view
        for view in self.views.values():
            view.sig_card_selected.connect(lambda card, source=view: self._selected(source, card))
            view.sig_card_dropped.connect(self.sig_card_dropped)
        self.tray_title = QLabel(TRAY_TITLE)
        self.tray_title.setProperty("role", "axis")
        self.tray_pane = QWidget(self)  # folds away when the board is narrow (``folding``)
        tray_box = QVBoxLayout(self.tray_pane)
        tray_box.setContentsMargins(0, 0, 0, 0)
        tray_box.addWidget(self.tray_title)
        tray_box.addWidget(self.tray, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tray_pane)
        layout.addWidget(self.matrix_widget, 1)
        self.tray.setFixedWidth(DESK_SIZE.width() + 16)
        self._selected_card: Card | None = None
        self._quiet = False  # set while the surface itself moves the selection between lists

    def load(self, cards: list[Card], board_filter: BoardFilter, at: datetime) -> None:
        """Show ``cards`` as the filter says; the selection survives if its card is still shown."""
        keep = self._selected_card.case_id if self._selected_card else None
        focused = any(view.hasFocus() for view in self.views.values())
        looks = {card.case_id: board_filter.look(card) for card in cards}
        faded = {case_id for case_id, look in looks.items() if look is Look.FADED}
        self._quiet = True
        try:
            for where, view in self.views.items():
                shown = [c for c in cards if c.quadrant == where and looks[c.case_id] is not Look.HIDDEN]
                view.cards.reset(shown, faded, at)
        finally:
            self._quiet = False
        self._selected_card = None
        if keep is None or not self.select(keep, focus=focused):
            self.sig_card_selected.emit(None)

    def tick(self, at: datetime) -> None:
        for view in self.views.values():
            view.cards.tick(at)

    def set_presenting(self, presenting: bool) -> None:
        self.matrix_widget.set_presenting(presenting)
        self.tray.setFixedWidth(PRESENTING_SIZE.width() + 16 if presenting else DESK_SIZE.width() + 16)
        for view in self.views.values():
            view.set_presenting(presenting)

    def view_of(self, case_id: UUID) -> CardListView | None:
        return next((v for v in self.views.values() if v.cards.row_of(case_id) >= 0), None)

    def select(self, case_id: UUID, *, focus: bool = True) -> bool:
        """Select the case's card (and give its list the keyboard); False when it is not shown."""
        view = self.view_of(case_id)
        if view is None:
            return False
        view.select(case_id)
        if focus:
            view.setFocus()
        return True

    def set_movable(self, movable: bool) -> None:
        for view in self.views.values():
            view.set_movable(movable)

    def selected(self) -> Card | None:
        return self._selected_card

    def clear_selection(self) -> None:
        for view in self.views.values():
            view.clearSelection()

    def place(self, case_id: UUID, to: Quadrant | None) -> None:
        """Show the case's card in ``to`` (None: the tray), still selected if it was."""
        view = self.view_of(case_id)
        if view is None or view.where == to:
            return
        was_selected = self._selected_card is not None and self._selected_card.case_id == case_id
        self._quiet = True
        try:
            card = view.cards.take(case_id)
            if card is None:
                return
            self.views[to].cards.put(card.placed(to))
            if was_selected:
                self.select(case_id)
        finally:
            self._quiet = False
        if was_selected:
            self._selected_card = self.views[to].selected_card()

    def _selected(self, source: CardListView, card: Card | None) -> None:
        """One card is selected across all the lists; a card changing lists stays selected quietly."""
        if self._quiet:
            return
        if card is None:
            self._selected_card = None
            self.sig_card_selected.emit(None)
            return
        self._quiet = True
        try:
            for view in self.views.values():
                if view is not source:
                    view.clearSelection()
        finally:
            self._quiet = False
        self._selected_card = card
        self.sig_card_selected.emit(card)
