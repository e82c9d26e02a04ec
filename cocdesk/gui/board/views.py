"""A quadrant's (or the tray's) cards as a view that flows them in rows, lets them be dragged, and
takes a card dropped on it."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from cocdesk.board.cards import Card, Quadrant
from cocdesk.gui.board.delegate import CardDelegate
from cocdesk.gui.board.model import CARD_ROLE, CardListModel, case_id_from


class CardListView(QListView):
    """``where`` is the quadrant these cards sit in, or None for the tray."""

    sig_card_dropped = Signal(object, object)  # (case id, quadrant)
    sig_card_selected = Signal(object)  # the Card, or None when the selection is cleared

    def __init__(self, where: Quadrant | None, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.where = where
        self.cards = CardListModel(self)
        self.card_delegate = CardDelegate(self)
        self.setModel(self.cards)
        self.setItemDelegate(self.card_delegate)
        self.setObjectName("tray" if where is None else f"cards_{where[0].value}_{where[1].value}")
        self.setAccessibleName(name)
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setFlow(QListView.Flow.LeftToRight if where else QListView.Flow.TopToBottom)
        self.setWrapping(where is not None)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setSpacing(0)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.set_movable(True)
        self.setDropIndicatorShown(False)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setFrameShape(QListView.Shape.NoFrame)
        self.setStyleSheet("QListView { background: transparent; }")
        self.selectionModel().selectionChanged.connect(self._selection_changed)

    def set_movable(self, movable: bool) -> None:
        """Cards can be dragged out (and dropped in a quadrant), or, read only, neither."""
        modes = QAbstractItemView.DragDropMode
        mode = modes.DragDrop if self.where is not None else modes.DragOnly
        self.setDragEnabled(movable)
        self.setDragDropMode(mode if movable else modes.NoDragDrop)

    def set_presenting(self, presenting: bool) -> None:
        self.card_delegate.presenting = presenting
        self.cards.set_presenting(presenting)
        self._share_out()

    def _share_out(self) -> None:
        """Cards widen to share a row between them rather than leave a ragged gap."""
        scrollbar = self.verticalScrollBar().sizeHint().width()
        self.card_delegate.room = max(0, self.viewport().width() - scrollbar - 2)
        self.scheduleDelayedItemsLayout()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._share_out()

    def card_at(self, row: int) -> Card | None:
        index = self.cards.index(row)
        return index.data(CARD_ROLE) if index.isValid() else None

    def selected_card(self) -> Card | None:
        rows = self.selectionModel().selectedRows()
        return rows[0].data(CARD_ROLE) if rows else None

    def select(self, case_id: UUID) -> bool:
        row = self.cards.row_of(case_id)
        if row < 0:
            return False
        index = self.cards.index(row)
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    def _selection_changed(self) -> None:
        self.sig_card_selected.emit(self.selected_card())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.indexAt(event.position().toPoint()).isValid():
            self.clearSelection()
            self.setCurrentIndex(QModelIndex())
        super().mousePressEvent(event)

    def _wanted(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> UUID | None:
        return case_id_from(event.mimeData()) if self.where is not None else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._wanted(event) is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.dragEnterEvent(event)  # type: ignore[arg-type]

    def dropEvent(self, event: QDropEvent) -> None:
        case_id = self._wanted(event)
        if case_id is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.sig_card_dropped.emit(case_id, self.where)

    def sizeHint(self) -> QSize:
        return QSize(240, 200)
