"""The station's main window: the case list, the case view and the wizard, the signed-in member's
name, and the actions their role allows. The window title names the event, never a case."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow

from cocdesk.domain.access import (
    as_seen_by,
    identifying_fields,
    manages_team,
    sees_case,
    shown_statuses,
    takes_reports,
    works_on_cases,
)
from cocdesk.gui import dialogs, retention_banner, style
from cocdesk.gui.case_list import CaseListPage
from cocdesk.gui.case_view import CaseView
from cocdesk.gui.case_work import CaseWork
from cocdesk.gui.clipboard import ClipboardGuard
from cocdesk.gui.forms.ui_main_window import Ui_MainWindow
from cocdesk.gui.paper_actions import PaperActions
from cocdesk.gui.search_index import SearchIndex
from cocdesk.gui.team_dialogs import TeamDialogs
from cocdesk.vault import VaultError


class MainWindow(QMainWindow):
    lock_requested = Signal()
    quit_requested = Signal()
    locking = Signal()  # about to lock: whatever is being typed must be saved now
    event_closed = Signal(str)  # the event was closed and its vault destroyed; the sentence to show

    def __init__(self, clipboard: ClipboardGuard, demo: bool = False) -> None:
        """The window without a vault: built while the member types, ``attach`` fills it on unlocking."""
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.vault: Any = None
        self.member: Any = None
        self.clipboard = clipboard
        self.search_index = SearchIndex()
        self.team = TeamDialogs(self)
        self.work = CaseWork(self.ui.pages, self)
        self.paper = PaperActions(self)
        self._stale = False  # the wizard or the board changed cases since the list was read
        self.setWindowIcon(style.icon("app"))
        self.ui.demo_banner.setVisible(demo)
        self._set_icons()
        self.signed_in = QLabel()
        self.signed_in.setObjectName("signed_in_label")
        self.signed_in.setAccessibleName("Signed in as")
        self.ui.status_bar.addPermanentWidget(self.signed_in)
        self.case_list = CaseListPage(self._search_texts)
        self.case_view = CaseView()
        self.ui.pages.addWidget(self.case_list)
        self.ui.pages.addWidget(self.case_view)
        self._connect()
        self.resize(1280, 800)

    def attach(self, vault: Any) -> None:
        """The vault just unlocked: show its cases as the signed-in member may see them."""
        self.vault, self.member = vault, vault.member
        self.team.vault = vault
        self.work.attach(vault)
        self.paper.attach(vault)
        self.case_list.configure(vault.event.zone, shown_statuses(self.member.role))
        self.apply_member()
        self.refresh()
        notice = retention_banner.show_retention(self.ui.retention_banner, vault.event)
        if notice is not None and notice.passed:
            retention_banner.warn_passed(self, notice.sentence)  # at every unlock, until the event is closed

    def _set_icons(self) -> None:
        for action, name in (
            (self.ui.new_report_action, "new-report"),
            (self.ui.board_action, "board"),
            (self.ui.case_list_action, "cases"),
            (self.ui.lock_action, "lock"),
        ):
            action.setIcon(style.icon(name))

    def _high_contrast(self, on: bool) -> None:
        style.look().set_high_contrast(on)
        self._set_icons()
        if self.ui.pages.currentWidget() is self.case_view and self.case_view.case_id:
            self.open_case(self.case_view.case_id)  # its text carries colours of its own

    def _connect(self) -> None:
        ui = self.ui
        work, team = self.work, self.team
        ui.new_report_action.triggered.connect(work.new_report)
        ui.paper_form_action.triggered.connect(work.enter_paper_form)
        ui.board_action.triggered.connect(lambda: work.show_board())
        ui.case_list_action.triggered.connect(self.show_list)
        ui.lock_action.triggered.connect(self.lock_requested)
        ui.quit_action.triggered.connect(self.quit_requested)
        ui.members_action.triggered.connect(team.open_members)
        ui.change_passphrase_action.triggered.connect(team.open_change_passphrase)
        ui.event_settings_action.triggered.connect(team.open_event_settings)
        ui.close_event_action.triggered.connect(self.close_event)
        self.paper.wire(ui, self.case_view)
        self.paper.said.connect(lambda sentence: self.ui.status_bar.showMessage(sentence, 15_000))
        self.paper.problem.connect(lambda sentence: dialogs.tell(self, "CoC Desk", sentence))
        team.team_changed.connect(self._team_changed)
        team.event_changed.connect(self.apply_member)
        work.changed.connect(self._cases_changed)
        work.problem.connect(lambda sentence: dialogs.tell(self, "CoC Desk", sentence))
        ui.high_contrast_action.setChecked(style.look().high_contrast)
        ui.high_contrast_action.toggled.connect(self._high_contrast)
        self.case_list.open_case.connect(self.open_case)
        view = self.case_view
        view.back.connect(self.show_list)
        view.continue_wizard.connect(work.continue_case)
        view.place_on_board.connect(work.show_board)
        view.copy_summary.connect(self.copy_case_text)

    def apply_member(self) -> None:
        """Show what the signed-in member's role allows, and their name."""
        role = self.member.role
        self.setWindowTitle(f"CoC Desk — {self.vault.event.name}")
        self.signed_in.setText(f"Signed in: {self.member.name} · {role.label}")
        lead = manages_team(role)
        for action in (self.ui.members_action, self.ui.event_settings_action, self.ui.close_event_action):
            action.setVisible(lead)
        self.paper.apply_role(self.ui, role)
        retention_banner.show_retention(self.ui.retention_banner, self.vault.event)  # the date may change
        self.ui.event_menu.menuAction().setVisible(lead)
        self.ui.new_report_action.setVisible(takes_reports(role))
        self.ui.paper_form_action.setVisible(takes_reports(role))
        self.case_view.allow(edit=works_on_cases(role), place=works_on_cases(role))
        minutes = self.vault.event.auto_lock_minutes
        self.ui.status_bar.showMessage(f"Locks after {minutes} minutes without input · Ctrl+L locks now")

    # the cases

    def refresh(self) -> None:
        self._stale = False
        rows = [row for row in self.vault.list_cases() if sees_case(self.member.role, row.status)]
        self.search_index.rebuild(self.vault)
        self.case_list.show_cases(rows)
        if self.ui.pages.currentWidget() is self.case_view and self.case_view.case_id:
            self.open_case(self.case_view.case_id)

    def _search_texts(self) -> dict[UUID, str]:
        return self.search_index.all_texts()

    def open_case(self, case_id: UUID) -> None:
        try:
            case = self.vault.case(case_id)
        except VaultError as error:
            dialogs.tell(self, "The case cannot be opened", str(error))
            return
        role, procedure = self.member.role, self.vault.procedure
        if not sees_case(role, case.status):
            return
        hidden = frozenset() if role.sees_names else identifying_fields(procedure)
        self.case_view.show_case(as_seen_by(case, role, procedure), procedure, self.vault.event.zone, hidden)
        if self.ui.pages.currentWidget() is not self.case_view:
            self.ui.pages.setCurrentWidget(self.case_view)
            self.case_view.ui.back_button.setFocus()

    def _cases_changed(self) -> None:
        self._stale = True

    def show_list(self) -> None:
        self.work.flush()
        if self._stale:
            self.refresh()
        self.ui.pages.setCurrentWidget(self.case_list)
        if self.case_view.case_id:
            self.case_list.select(self.case_view.case_id)
        self.case_list.ui.case_table.setFocus()

    def copy_case_text(self, case_id: UUID, text: str) -> None:
        self.clipboard.copy(text)
        self.vault.record("case.copy", "Copied the case summary as text", str(case_id))
        self.ui.status_bar.showMessage("Copied. The clipboard is cleared in 30 seconds.", 10_000)

    # locking and resuming

    def prepare_to_lock(self) -> None:
        """Save what is being typed, and let go of what holds case words, before the vault closes."""
        self.work.flush()
        self.locking.emit()
        self.search_index.stop()

    def resume(self, vault: Any) -> None:
        """The same member unlocked again: the newly opened vault, and everything where it was."""
        self.team.resume(vault)
        self.attach(vault)
        self.work.resume(vault)

    # the end of the event

    def close_event(self) -> None:
        """The CoC team lead's handover, beside the window: cases can be finished while it is open."""
        from cocdesk.gui.closing_dialog import CloseEventDialog

        dialog = self.findChild(CloseEventDialog)  # the one opened before, where it was left
        if dialog is None:
            dialog = CloseEventDialog(self.vault, self)
            dialog.open_case.connect(self._finish_case)
            dialog.cases_changed.connect(self.refresh)
            dialog.destroying.connect(self.work.flush)
            dialog.closed.connect(self.event_closed)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _finish_case(self, case_id: UUID) -> None:
        self.open_case(case_id)
        self.raise_()
        self.activateWindow()

    def _team_changed(self) -> None:
        self.member = self.vault.member
        self.apply_member()
        self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.quit_requested.emit()
