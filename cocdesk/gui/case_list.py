"""The list of the event's cases: search, filter by status and quadrant, sort, open with Enter."""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QWidget

from cocdesk.desk import CaseSummary
from cocdesk.domain import CaseStatus, Level
from cocdesk.gui.case_table import ID_ROLE, RECEIVED, CaseFilter, CaseTableModel, QuadrantName
from cocdesk.gui.forms.ui_case_list import Ui_CaseList

TICK_MS = 30_000  # how often the countdowns are redrawn
# Code, Status, Received, Quadrant, Next deadline, Handler; the Title takes the rest. Together they leave
# the Title a readable width at 1024 px without a sideways scroll bar.
COLUMN_WIDTHS = (88, 104, 124, 160, 204, 150)


class CaseListPage(QWidget):
    open_case = Signal(object)  # the UUID of the case to open

    def __init__(self, texts: Callable[[], dict[UUID, str]], parent: QWidget | None = None) -> None:
        """An empty list; ``configure`` fits it to the event and the role of whoever unlocked."""
        super().__init__(parent)
        self.ui = Ui_CaseList()
        self.ui.setupUi(self)
        self.model = CaseTableModel(ZoneInfo("UTC"))
        self.filter = CaseFilter(texts)
        self.filter.setSourceModel(self.model)
        table = self.ui.case_table
        table.setModel(self.filter)
        table.sortByColumn(RECEIVED, Qt.SortOrder.DescendingOrder)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(COLUMN_WIDTHS):
            table.setColumnWidth(column, width)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
        table.activated.connect(self._activated)
        self._statuses: list[CaseStatus] = []
        self._fill_quadrants(self.model.quadrant_name)
        self.ui.search_edit.textChanged.connect(self._search)
        self.ui.status_filter_combo.currentIndexChanged.connect(self._status_chosen)
        self.ui.quadrant_filter_combo.currentIndexChanged.connect(self._quadrant_chosen)
        self._recount = QTimer(self, singleShot=True, interval=0)  # once per change, not once per row
        self._recount.timeout.connect(self._count)
        for changed in (self.filter.layoutChanged, self.filter.rowsInserted, self.filter.rowsRemoved):
            changed.connect(self._recount.start)
        self.filter.modelReset.connect(self._recount.start)
        self.model.dataChanged.connect(self._recount.start)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        self._ticker = QTimer(self, interval=TICK_MS)
        self._ticker.timeout.connect(self.model.tick)
        self._ticker.start()

    def configure(self, zone: ZoneInfo, statuses: list[CaseStatus], quadrant_name: QuadrantName) -> None:
        """Times in the event's zone; quadrants in the procedure's words; the statuses the role sees."""
        self.model.zone = zone
        if quadrant_name != self.model.quadrant_name:
            self.model.quadrant_name = quadrant_name
            self._fill_quadrants(quadrant_name)
        if statuses == self._statuses:
            return  # the same role again: keep the filter as it was
        self._statuses = statuses
        status = self.ui.status_filter_combo
        status.blockSignals(True)
        status.clear()
        status.addItem("Every status", None)
        if any(s.is_open for s in statuses):
            status.addItem("Open cases", CaseFilter.OPEN)
        for each in statuses:
            status.addItem(each.label, each)
        status.blockSignals(False)
        self.filter.set_status(None)

    def _fill_quadrants(self, name: QuadrantName) -> None:
        quadrant = self.ui.quadrant_filter_combo
        chosen = quadrant.currentIndex()
        quadrant.blockSignals(True)
        quadrant.clear()
        quadrant.addItem("Every quadrant", None)
        quadrant.addItem("Not placed yet", CaseFilter.UNPLACED)
        for risk in Level:
            for impact in Level:
                quadrant.addItem(name(risk, impact), (risk, impact))
        quadrant.setCurrentIndex(max(chosen, 0))
        quadrant.blockSignals(False)

    def _status_chosen(self) -> None:
        value = self.ui.status_filter_combo.currentData()  # Qt hands a string enum back as a plain string
        self.filter.set_status(value if value in (None, CaseFilter.OPEN) else CaseStatus(value))
        self._count()

    def _quadrant_chosen(self) -> None:
        self.filter.set_quadrant(self.ui.quadrant_filter_combo.currentData())
        self._count()

    def show_cases(self, rows: list[CaseSummary]) -> None:
        """Replace the rows, keeping the selection and the scroll position where they were."""
        selected = self.selected_id()
        scroll = self.ui.case_table.verticalScrollBar().value()
        self.model.set_rows(rows)
        if selected is None or not self.select(selected):
            self.ui.case_table.selectRow(0)
        self.ui.case_table.verticalScrollBar().setValue(scroll)
        self._count()

    def select(self, case_id: UUID) -> bool:
        for row in range(self.filter.rowCount()):
            index = self.filter.index(row, 0)
            if index.data(ID_ROLE) == case_id:
                self.ui.case_table.selectRow(row)
                self.ui.case_table.scrollTo(index)
                return True
        return False

    def selected_id(self) -> UUID | None:
        rows = self.ui.case_table.selectionModel().selectedRows()
        value = rows[0].data(ID_ROLE) if rows else None
        return value if isinstance(value, UUID) else None

    def focus_search(self) -> None:
        self.ui.search_edit.setFocus()
        self.ui.search_edit.selectAll()

    def _search(self, text: str) -> None:
        self.filter.set_query(text)
        self._count()

    def _activated(self, index: QModelIndex) -> None:
        case_id = index.data(ID_ROLE)
        if isinstance(case_id, UUID):
            self.open_case.emit(case_id)

    def _count(self) -> None:
        shown, total = self.filter.rowCount(), self.model.rowCount()
        overdue = sum(1 for row in self.model.rows if self.model.overdue(row))
        text = (
            f"{shown} of {total} cases shown"
            if shown != total
            else f"{total} case{'' if total == 1 else 's'}"
        )
        if overdue:
            text += f" · {overdue} overdue"
        self.ui.count_label.setText(text)
        self.ui.case_table.setAccessibleDescription(f"{text}. Press Enter to open the selected case.")
