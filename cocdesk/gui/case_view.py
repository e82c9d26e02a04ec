"""One case: its summary, its answers step by step, its timeline, and what can be done with it next."""

from __future__ import annotations

from uuid import UUID
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from cocdesk.domain import Case
from cocdesk.gui import style
from cocdesk.gui.case_html import answers_html, summary_html, when
from cocdesk.gui.evidence import EvidenceStrip
from cocdesk.gui.forms.ui_case_view import Ui_CaseView
from cocdesk.gui.person_panel import PersonPanel
from cocdesk.procedure.model import Procedure


class CaseView(QWidget):
    back = Signal()
    continue_wizard = Signal(object)  # each carries the case's UUID
    place_on_board = Signal(object)
    print_case = Signal(object)
    export_case = Signal(object)
    copy_summary = Signal(object, str)  # the case's UUID and the text to copy

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseView()
        self.ui.setupUi(self)
        self.case_id: UUID | None = None
        self.evidence: EvidenceStrip | None = None
        style.emphasise(self.ui.code_label, 1.6)
        style.emphasise(self.ui.title_label, 1.2, bold=False)
        self.ui.back_button.clicked.connect(self.back)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.back.emit)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self, self.back.emit)
        for button, signal in (
            (self.ui.continue_button, self.continue_wizard),
            (self.ui.place_button, self.place_on_board),
            (self.ui.print_button, self.print_case),
            (self.ui.export_button, self.export_case),
        ):
            button.clicked.connect(lambda _=False, s=signal: self.case_id and s.emit(self.case_id))
        self.ui.copy_button.clicked.connect(self._copy)
        timeline = self.ui.timeline_table
        timeline.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        timeline.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for browser in (self.ui.summary_browser, self.ui.answers_browser):
            browser.setOpenLinks(False)
        self.person_panel: PersonPanel | None = None

    def attach_person_panel(self, panel: PersonPanel) -> None:
        """The reported person in other reports, and the hold: above the tabs."""
        self.person_panel = panel
        self.ui.case_layout.insertWidget(self.ui.case_layout.indexOf(self.ui.case_tabs), panel)

    def add_evidence(self, strip: EvidenceStrip) -> None:
        """The case's evidence under its actions; a file dropped anywhere on the view is attached."""
        self.evidence = strip
        self.ui.case_layout.insertWidget(2, strip)
        strip.catch_drops_on(self)

    def allow(self, *, edit: bool, place: bool) -> None:
        """Actions the signed-in member's role may take on a case."""
        self.ui.continue_button.setVisible(edit)
        self.ui.place_button.setVisible(place)

    def show_case(
        self, case: Case, procedure: Procedure, zone: ZoneInfo, hidden: frozenset[tuple[str, str]]
    ) -> None:
        """Show ``case`` (already redacted for the viewer), keeping the tab and scroll positions."""
        same = case.id == self.case_id
        self.case_id = case.id
        self.ui.code_label.setText(case.code)
        self.ui.status_label.setText(f"  {case.status.label}  ")
        self.ui.title_label.setText(case.title)
        alarm = "#ffff00" if style.look().high_contrast else "#b91c1c"
        self._set_html(self.ui.summary_browser, summary_html(case, procedure, zone, alarm=alarm), same)
        self._set_html(self.ui.answers_browser, answers_html(case, procedure, zone, hidden), same)
        table = self.ui.timeline_table
        table.setRowCount(len(case.timeline))
        for row, entry in enumerate(reversed(case.timeline)):  # the latest first
            for column, text in enumerate((when(entry.at, zone), entry.who, entry.what)):
                table.setItem(row, column, QTableWidgetItem(text))
        if self.person_panel is not None:
            self.person_panel.show_for(case, zone)
        if self.evidence is not None:
            self.evidence.show_case(case.id, case.attachments)
        if not same:
            self.ui.case_tabs.setCurrentIndex(0)

    @staticmethod
    def _set_html(browser: object, html: str, keep_scroll: bool) -> None:
        from PySide6.QtWidgets import QTextBrowser

        assert isinstance(browser, QTextBrowser)
        position = browser.verticalScrollBar().value()
        browser.setHtml(html)
        if keep_scroll:
            browser.verticalScrollBar().setValue(position)

    def _copy(self) -> None:
        if self.case_id is not None:
            text = f"{self.ui.code_label.text()}\n{self.ui.summary_browser.toPlainText()}"
            self.copy_summary.emit(self.case_id, text)
