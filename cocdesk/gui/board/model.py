"""The cards of one quadrant (or of the tray) as a Qt list model.

A card is dragged as its case id and nothing else. What a card says depends on whether the board is
being presented: the model asks the card for its face, so tooltips and screen-reader text are redacted
exactly like the painted card.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from cocdesk.board.cards import Card, by_urgency
from cocdesk.domain import now

CARD_MIME = "application/x-cocdesk-case-id"
CARD_ROLE = Qt.ItemDataRole.UserRole + 1
FACE_ROLE = Qt.ItemDataRole.UserRole + 2
FADED_ROLE = Qt.ItemDataRole.UserRole + 3
Index = QModelIndex | QPersistentModelIndex


def case_id_from(mime: QMimeData) -> UUID | None:
    if not mime.hasFormat(CARD_MIME):
        return None
    try:
        return UUID(bytes(mime.data(CARD_MIME).data()).decode("ascii"))
    except ValueError:
        return None


class CardListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.cards: list[Card] = []
        self.faded: set[UUID] = set()
        self.presenting = False
        self.at: datetime = now()

    def reset(self, cards: list[Card], faded: set[UUID], at: datetime) -> None:
        self.beginResetModel()
        self.at, self.faded = at, faded
        self.cards = by_urgency(cards, at)
        self.endResetModel()

    def row_of(self, case_id: UUID) -> int:
        return next((row for row, card in enumerate(self.cards) if card.case_id == case_id), -1)

    def take(self, case_id: UUID) -> Card | None:
        row = self.row_of(case_id)
        if row < 0:
            return None
        self.beginRemoveRows(QModelIndex(), row, row)
        card = self.cards.pop(row)
        self.endRemoveRows()
        return card

    def put(self, card: Card) -> int:
        """Insert ``card`` where its urgency puts it; its row."""
        row = by_urgency([*self.cards, card], self.at).index(card)
        self.beginInsertRows(QModelIndex(), row, row)
        self.cards.insert(row, card)
        self.endInsertRows()
        return row

    def set_presenting(self, presenting: bool) -> None:
        self.presenting = presenting
        self.tick(self.at)

    def tick(self, at: datetime) -> None:
        """Ages and countdowns move on; the cards stay where they are."""
        self.at = at
        if self.cards:
            self.dataChanged.emit(self.index(0), self.index(len(self.cards) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.cards):
            return None
        card = self.cards[index.row()]
        if role == CARD_ROLE:
            return card
        if role == FADED_ROLE:
            return card.case_id in self.faded
        face = card.face(self.at, presenting=self.presenting)
        if role == FACE_ROLE:
            return face
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{face.code} {face.title}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return "\n".join(face.texts()) if role == Qt.ItemDataRole.ToolTipRole else ". ".join(face.texts())
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [CARD_MIME]

    def mimeData(self, indexes: Any) -> QMimeData:
        mime = QMimeData()
        rows = [i.row() for i in indexes if i.isValid()]
        if rows:
            mime.setData(CARD_MIME, str(self.cards[rows[0]].case_id).encode("ascii"))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction
