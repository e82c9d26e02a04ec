"""The case list's model and its filter: one row per case, sortable, filtered by status, quadrant and
a search across everything the signed-in member may read."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont

from cocdesk.domain import CaseStatus, Level, now
from cocdesk.domain.countdown import countdown, is_overdue
from cocdesk.gui import style
from cocdesk.vault import CaseSummary
from cocdesk.vault.search import matches

COLUMNS = ("Code", "Status", "Received", "Quadrant", "Next deadline", "Handler", "Title")
CODE, STATUS, RECEIVED, QUADRANT, DEADLINE, HANDLER, TITLE = range(len(COLUMNS))
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ORDER = {status: index for index, status in enumerate(CaseStatus)}
Index = QModelIndex | QPersistentModelIndex


def quadrant_label(risk: Level, impact: Level) -> str:
    return f"{risk.value.capitalize()} risk · {impact.value} impact"


def received_text(at: datetime, zone: ZoneInfo) -> str:
    return at.astimezone(zone).strftime("%a %d %b %H:%M")


class CaseTableModel(QAbstractTableModel):
    def __init__(self, zone: ZoneInfo, clock: Callable[[], datetime] = now) -> None:
        super().__init__()
        self.rows: list[CaseSummary] = []
        self.zone, self.clock = zone, clock
        self._bold = QFont()
        self._bold.setBold(True)
        style.look().changed.connect(self.tick)

    def set_rows(self, rows: list[CaseSummary]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def tick(self) -> None:
        """Time passed: the countdowns change, and so may what is overdue."""
        if self.rows:
            self.dataChanged.emit(self.index(0, DEADLINE), self.index(len(self.rows) - 1, DEADLINE))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def overdue(self, row: CaseSummary) -> bool:
        return row.status.is_open and row.next_due is not None and is_overdue(row.next_due, self.clock())

    def text(self, row: CaseSummary, column: int) -> str:
        if column == CODE:
            return row.code
        if column == STATUS:
            return row.status.label
        if column == RECEIVED:
            return received_text(row.received_at, self.zone)
        if column == QUADRANT:
            return quadrant_label(*row.quadrant) if row.quadrant else "Not placed"
        if column == DEADLINE:
            if not row.status.is_open or row.next_due is None:
                return "—"
            shown = countdown(row.next_due, self.clock())
            return f"⚠ {shown}" if self.overdue(row) else shown
        if column == HANDLER:
            return row.handler
        return row.title

    def sort_key(self, row: CaseSummary, column: int) -> Any:
        if column == STATUS:
            return STATUS_ORDER[row.status]
        if column == RECEIVED:
            return row.received_at.timestamp()
        if column == QUADRANT:
            return quadrant_label(*row.quadrant) if row.quadrant else "~"
        if column == DEADLINE:
            open_due = row.status.is_open and row.next_due is not None
            return row.next_due.timestamp() if open_due and row.next_due else float("inf")
        return self.text(row, column).casefold()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(row, column)
        if role == SORT_ROLE:
            return self.sort_key(row, column)
        if role == ID_ROLE:
            return row.id
        if column == DEADLINE and self.overdue(row):
            foreground, background = style.look().overdue_colours()
            if role == Qt.ItemDataRole.ForegroundRole:
                return foreground
            if role == Qt.ItemDataRole.BackgroundRole:
                return background
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
        if role == Qt.ItemDataRole.FontRole and column == CODE:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and column == DEADLINE and row.next_due:
            return f"Due {received_text(row.next_due, self.zone)}"
        return None


class CaseFilter(QSortFilterProxyModel):
    """Which rows show: a status (or every open one), a quadrant (or none yet), and a search."""

    OPEN = "open"
    UNPLACED = "unplaced"

    def __init__(self, texts: Callable[[], dict[UUID, str]]) -> None:
        super().__init__()
        self.setSortRole(SORT_ROLE)
        self.status: CaseStatus | str | None = None
        self.quadrant: tuple[Level, Level] | str | None = None
        self.query = ""
        self._texts = texts

    def set_status(self, status: CaseStatus | str | None) -> None:
        self.beginFilterChange()
        self.status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_quadrant(self, quadrant: tuple[Level, Level] | str | None) -> None:
        self.beginFilterChange()
        self.quadrant = quadrant
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_query(self, query: str) -> None:
        self.beginFilterChange()
        self.query = query.strip()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, CaseTableModel)
        row = model.rows[source_row]
        if self.status == self.OPEN and not row.status.is_open:
            return False
        if isinstance(self.status, CaseStatus) and row.status != self.status:
            return False
        if self.quadrant == self.UNPLACED and row.quadrant is not None:
            return False
        if isinstance(self.quadrant, tuple) and row.quadrant != self.quadrant:
            return False
        if not self.query:
            return True
        shown = " ".join(model.text(row, column) for column in range(len(COLUMNS))).casefold()
        return matches(f"{shown}\n{self._texts().get(row.id, '')}", self.query)
