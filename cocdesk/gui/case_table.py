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

from cocdesk.desk import CaseSummary, matches
from cocdesk.domain import CaseStatus, Level, now
from cocdesk.domain.countdown import countdown
from cocdesk.gui import style

COLUMNS = ("Code", "Status", "Received", "Quadrant", "Next deadline", "Handler", "Title")
CODE, STATUS, RECEIVED, QUADRANT, DEADLINE, HANDLER, TITLE = range(len(COLUMNS))
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ORDER = {status: index for index, status in enumerate(CaseStatus)}
Index = QModelIndex | QPersistentModelIndex


QuadrantName = Callable[[Level, Level], str]  # the procedure's ``matrix.name``


def plain_quadrant_name(risk: Level, impact: Level) -> str:
    """Until a desk is open and its procedure's matrix names the quadrants."""
    return f"{risk.value.capitalize()} risk, {impact.value} impact"


def received_text(at: datetime, zone: ZoneInfo) -> str:
    return at.astimezone(zone).strftime("%a %d %b %H:%M")


class CaseTableModel(QAbstractTableModel):
    def __init__(self, zone: ZoneInfo, clock: Callable[[], datetime] = now) -> None:
        super().__init__()
        self.rows: list[CaseSummary] = []
        self._shown: list[list[str]] = []
        self._keys: list[list[Any]] = []
        self._sorting: tuple[int, Qt.SortOrder] = (RECEIVED, Qt.SortOrder.DescendingOrder)
        self.zone, self.clock = zone, clock
        self.held: set[str] = set()  # the cases held at the reporter's request: no deadline runs
        self.quadrant_name: QuadrantName = plain_quadrant_name
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: list[CaseSummary]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._shown = [self._fixed_texts(row) for row in rows]  # all but the countdown, which moves
        self._keys = [self._sort_keys(row, shown) for row, shown in zip(rows, self._shown, strict=True)]
        self._order_rows()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here, by keys worked out once per row: far quicker than a proxy asking every cell."""
        self._sorting = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = {row.id: number for number, row in enumerate(self.rows)}
        self._order_rows()
        after = {row.id: number for number, row in enumerate(self.rows)}
        moved = {before[case_id]: after[case_id] for case_id in before}
        old = self.persistentIndexList()
        new = [self.index(moved[index.row()], index.column()) for index in old]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _order_rows(self) -> None:
        column, order = self._sorting
        if column < 0 or not self.rows:
            return
        ranked = sorted(
            range(len(self.rows)),
            key=lambda number: self._keys[number][column],
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self.rows = [self.rows[number] for number in ranked]
        self._shown = [self._shown[number] for number in ranked]
        self._keys = [self._keys[number] for number in ranked]

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

    def _fixed_texts(self, row: CaseSummary) -> list[str]:
        quadrant = self.quadrant_name(*row.quadrant) if row.quadrant else "Not placed"
        received = received_text(row.received_at, self.zone)
        return [row.code, row.status.label, received, quadrant, "", row.handler, row.title]

    @staticmethod
    def _sort_keys(row: CaseSummary, shown: list[str]) -> list[Any]:
        keys: list[Any] = [text.casefold() for text in shown]
        keys[STATUS] = STATUS_ORDER[row.status]
        keys[RECEIVED] = row.received_at.timestamp()
        keys[QUADRANT] = shown[QUADRANT] if row.quadrant else "~"  # the unplaced last
        chased = row.status.is_open and row.next_due is not None
        keys[DEADLINE] = row.next_due.timestamp() if chased and row.next_due else float("inf")
        return keys

    def overdue(self, row: CaseSummary) -> bool:
        return row.overdue(self.clock())

    def deadline_text(self, row: CaseSummary) -> str:
        if str(row.id) in self.held:
            return HELD
        if not row.status.is_open or row.next_due is None:
            return "—"
        shown = countdown(row.next_due, self.clock())
        return f"⚠ {shown}" if self.overdue(row) else shown

    def text(self, number: int, column: int) -> str:
        """What row ``number`` shows in ``column``."""
        return self.deadline_text(self.rows[number]) if column == DEADLINE else self._shown[number][column]

    def row_text(self, number: int) -> str:
        return " ".join(self.text(number, column) for column in range(len(COLUMNS)))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        number, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.AccessibleTextRole:
            return self.text(number, column)
        if role == SORT_ROLE:
            return self._keys[number][column]
        row = self.rows[number]
        if role == ID_ROLE:
            return row.id
        if column == CODE:
            return self._bold if role == Qt.ItemDataRole.FontRole else None
        if column != DEADLINE or row.next_due is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"Due {received_text(row.next_due, self.zone)}"
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.FontRole):
            if not self.overdue(row):
                return None
            foreground, background = style.look().overdue_colours()
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            return foreground if role == Qt.ItemDataRole.ForegroundRole else background
        return None


HELD = "On hold at the reporter's request"


class CaseFilter(QSortFilterProxyModel):
    """Which rows show: a status (or every open one), a quadrant (or none yet), and a search."""

    OPEN = "open"
    UNPLACED = "unplaced"

    def __init__(self, texts: Callable[[], dict[UUID, str]]) -> None:
        super().__init__()
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

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)  # the rows come sorted; this only filters them

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
        shown = model.row_text(source_row).casefold()
        return matches(f"{shown}\n{self._texts().get(row.id, '')}", self.query)
