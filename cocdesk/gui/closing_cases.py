"""The first part of closing the event: the cases not yet filed or closed, each to open and finish, or
to leave unfinished with the team's reason (typed here, not in a pop-up, so a lock loses nothing).

The widgets are the ``unfinished_cases_box`` of ui/closing_dialog.ui; this is their behaviour."""

from __future__ import annotations

from uuid import UUID
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem

from cocdesk.desk import CaseSummary
from cocdesk.domain.common import SHORT_TEXT_MAX
from cocdesk.gui.case_html import when
from cocdesk.gui.forms.ui_closing_dialog import Ui_CloseEventDialog


class UnfinishedCases(QObject):
    sig_open_case = Signal(object)  # the case's UUID: finish it in the main window
    sig_leave = Signal(object, str)  # the case's UUID and the reason to leave it unfinished

    def __init__(self, ui: Ui_CloseEventDialog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.ids: list[UUID] = []
        header = ui.unfinished_table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        ui.unfinished_table.itemSelectionChanged.connect(self._enable)
        ui.unfinished_table.doubleClicked.connect(lambda _index: self._open())
        ui.open_case_button.clicked.connect(self._open)
        ui.leave_reason_edit.setMaxLength(SHORT_TEXT_MAX)
        ui.leave_reason_edit.textChanged.connect(lambda _text: self._enable())
        ui.leave_reason_edit.returnPressed.connect(self._leave)
        ui.leave_button.clicked.connect(self._leave)
        self._enable()

    def show_cases(self, cases: list[CaseSummary], zone: ZoneInfo) -> None:
        """The cases still open, keeping the selected one selected while it is still there."""
        ui, table = self.ui, self.ui.unfinished_table
        chosen = self.selected()
        self.ids = [case.id for case in cases]
        table.setRowCount(len(cases))
        for row, case in enumerate(cases):
            cells = (case.code, case.status.label, when(case.received_at, zone), case.title)
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        if chosen in self.ids:
            table.selectRow(self.ids.index(chosen))
        elif cases:
            table.selectRow(0)
        for widget in (
            ui.unfinished_explain_label,
            table,
            ui.open_case_button,
            ui.leave_reason_label,
            ui.leave_reason_edit,
            ui.leave_button,
        ):
            widget.setVisible(bool(cases))
        ui.cases_done_label.setVisible(not cases)
        self._enable()

    def selected(self) -> UUID | None:
        rows = self.ui.unfinished_table.selectionModel().selectedRows()
        return self.ids[rows[0].row()] if rows and rows[0].row() < len(self.ids) else None

    def select(self, code: str) -> None:
        table = self.ui.unfinished_table
        for row in range(table.rowCount()):
            item = table.item(row, 0)
            if item is not None and item.text() == code:
                table.selectRow(row)

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.ui.open_case_button.setEnabled(chosen)
        self.ui.leave_button.setEnabled(chosen and bool(self.ui.leave_reason_edit.text().strip()))

    def _open(self) -> None:
        case_id = self.selected()
        if case_id is not None:
            self.sig_open_case.emit(case_id)

    def _leave(self) -> None:
        case_id, why = self.selected(), self.ui.leave_reason_edit.text().strip()
        if case_id is not None and why:
            self.sig_leave.emit(case_id, why)

    def left(self) -> None:
        """The case was left: the reason is used up, the next case is for the next decision."""
        self.ui.leave_reason_edit.clear()
        self.ui.unfinished_table.setFocus(Qt.FocusReason.OtherFocusReason)
