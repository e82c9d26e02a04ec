"""The first part of closing the event: the cases not yet filed or closed, each to open and finish, or
to leave unfinished with the team's reason (typed here, not in a pop-up, so a lock loses nothing)."""

from __future__ import annotations

from uuid import UUID
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cocdesk.desk import CaseSummary
from cocdesk.domain.common import SHORT_TEXT_MAX
from cocdesk.gui.case_html import when

COLUMNS = ("Case", "Status", "Received", "Title")


class UnfinishedCases(QGroupBox):
    open_case = Signal(object)  # the case's UUID: finish it in the main window
    leave = Signal(object, str)  # the case's UUID and the reason to leave it unfinished

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("1. Cases not yet filed or closed", parent)
        self.setObjectName("unfinished_cases")
        self.ids: list[UUID] = []
        self.explain = QLabel(
            "Finish each case (open it and carry on in the wizard), or leave it unfinished with a reason: "
            "it is closed as it stands, and the reason goes into its timeline."
        )
        self.explain.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("unfinished_table")
        self.table.setAccessibleName("Cases not yet filed or closed")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.doubleClicked.connect(lambda _index: self._open())
        self.open_button = QPushButton("&Open the case", self)
        self.open_button.setObjectName("open_case_button")
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self._open)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("leave_reason")
        self.reason.setMaxLength(SHORT_TEXT_MAX)
        self.reason.setPlaceholderText("Why it is left unfinished, in a line")
        self.reason.setAccessibleName("Reason to leave the case unfinished")
        self.reason.textChanged.connect(lambda _text: self._enable())
        self.reason.returnPressed.connect(self._leave)
        self.leave_button = QPushButton("&Leave it unfinished", self)
        self.leave_button.setObjectName("leave_button")
        self.leave_button.setAutoDefault(False)
        self.leave_button.clicked.connect(self._leave)
        self.reason_label = QLabel("&Reason:", self)
        self.reason_label.setBuddy(self.reason)
        self.done = QLabel("✓ Every case is filed or closed.", self)
        self.done.setObjectName("cases_done")
        self.done.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addSpacing(16)
        row.addWidget(self.reason_label)
        row.addWidget(self.reason, 1)
        row.addWidget(self.leave_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.done)
        self._enable()

    def show_cases(self, cases: list[CaseSummary], zone: ZoneInfo) -> None:
        """The cases still open, keeping the selected one selected while it is still there."""
        chosen = self.selected()
        self.ids = [case.id for case in cases]
        self.table.setRowCount(len(cases))
        for row, case in enumerate(cases):
            cells = (case.code, case.status.label, when(case.received_at, zone), case.title)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if chosen in self.ids:
            self.table.selectRow(self.ids.index(chosen))
        elif cases:
            self.table.selectRow(0)
        for widget in (self.explain, self.table, self.open_button, self.reason_label, self.reason):
            widget.setVisible(bool(cases))
        self.leave_button.setVisible(bool(cases))
        self.done.setVisible(not cases)
        self._enable()

    def selected(self) -> UUID | None:
        rows = self.table.selectionModel().selectedRows()
        return self.ids[rows[0].row()] if rows and rows[0].row() < len(self.ids) else None

    def select(self, code: str) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.text() == code:
                self.table.selectRow(row)

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.leave_button.setEnabled(chosen and bool(self.reason.text().strip()))

    def _open(self) -> None:
        case_id = self.selected()
        if case_id is not None:
            self.open_case.emit(case_id)

    def _leave(self) -> None:
        case_id, why = self.selected(), self.reason.text().strip()
        if case_id is not None and why:
            self.leave.emit(case_id, why)

    def left(self) -> None:
        """The case was left: the reason is used up, the next case is for the next decision."""
        self.reason.clear()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
