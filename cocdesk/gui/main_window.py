"""The station's main window: the case list, the case view and the wizard, the signed-in member's
name, and the actions their role allows. The window title names the event, never a case."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow

from cocdesk.desk import Act, CaseSummary, Desk, policy
from cocdesk.desk.holds import HeldAlert
from cocdesk.domain.event import Member
from cocdesk.gui import retention_banner, screen_fit, style
from cocdesk.gui.case_list import CaseListPage
from cocdesk.gui.case_view import CaseView
from cocdesk.gui.case_work import CaseWork
from cocdesk.gui.clipboard import ClipboardGuard
from cocdesk.gui.evidence import EvidenceStrip
from cocdesk.gui.forms.ui_main_window import Ui_MainWindow
from cocdesk.gui.handover_dialog import HandoverOpener
from cocdesk.gui.held_banner import HeldBanner
from cocdesk.gui.paper_actions import PaperActions
from cocdesk.gui.person_panel import PersonPanel
from cocdesk.gui.search_index import SearchIndex
from cocdesk.gui.session import Session
from cocdesk.gui.team_dialogs import TeamDialogs
from cocdesk.identity.rendition import identifying_fields

NO_CASES: list[CaseSummary] = []
MINIMUM_WIDTH = 720  # the wizard's widest page (the crisis contacts' numbers) fits without sliding sideways


class MainWindow(QMainWindow):
    sig_lock_requested = Signal()
    sig_quit_requested = Signal()
    sig_locking = Signal()  # about to lock: whatever is being typed must be saved now
    sig_event_closed = Signal(str)  # the event was closed and its vault destroyed; the sentence to show

    def __init__(self, session: Session, clipboard: ClipboardGuard, demo: bool = False) -> None:
        """The window before anyone unlocks: built while the member types, ``opened`` fills it."""
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.session = session
        self.member: Member | None = None  # whose window this is, once ``opened``
        self.clipboard = clipboard
        self.search_index = SearchIndex(session)
        self.team = TeamDialogs(session, self)
        self.work = CaseWork(session, self.ui.pages, self)
        self.paper = PaperActions(session, self)
        self.handover = HandoverOpener(session, self, self.ui.station_menu, self.ui.case_list_action)
        self._changed: set[str] = set()  # cases changed since the list was read ("" for any)
        self._reload = QTimer(self, singleShot=True, interval=0)  # once per turn, however many acts
        self._reload.timeout.connect(self._reload_changed)
        self.setWindowIcon(style.icon("app"))
        self.ui.demo_banner.setVisible(demo)
        self._set_icons()
        self.signed_in = QLabel()
        self.signed_in.setObjectName("signed_in_label")
        self.signed_in.setAccessibleName("Signed in as")
        self.ui.status_bar.addPermanentWidget(self.signed_in)
        self.case_list = CaseListPage(self._search_texts)
        self.case_view = CaseView()
        self.case_view.attach_person_panel(PersonPanel(session))
        self.held_banner = HeldBanner()  # a report matching a held one: the lead is told at once
        self.ui.central_layout.insertWidget(self.ui.central_layout.indexOf(self.ui.pages), self.held_banner)
        self.held_banner.sig_open_case.connect(self.open_case)
        self.case_view.add_evidence(EvidenceStrip(session))
        self.ui.pages.addWidget(self.case_list)
        self.ui.pages.addWidget(self.case_view)
        self._connect()
        self.setMinimumWidth(MINIMUM_WIDTH)
        screen_fit.open_within_screen(self, screen_fit.WINDOW_SIZE)

    def opened(self) -> None:
        """The session's desk was just opened (first, or again after a lock): show its cases as the
        signed-in member may see them. The wizard, the board and the dialogs follow the session."""
        desk = self.session.desk
        self.member = desk.member
        self.case_list.configure(
            desk.event.zone, policy.listed_statuses(desk.role), desk.procedure.matrix.name
        )
        self.apply_member()
        self.refresh()
        self.held_banner.show_alerts(
            self.session.read(held_alerts, list[HeldAlert]())
        )  # listed again at each unlock
        notice = retention_banner.show_retention(self.ui.retention_banner, desk.event)
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
        ui.lock_action.triggered.connect(self.sig_lock_requested)
        ui.quit_action.triggered.connect(self.sig_quit_requested)
        ui.members_action.triggered.connect(team.open_members)
        ui.change_passphrase_action.triggered.connect(team.open_change_passphrase)
        ui.event_settings_action.triggered.connect(team.open_event_settings)
        ui.close_event_action.triggered.connect(self.close_event)
        self.paper.wire(ui, self.case_view)
        self.paper.sig_said.connect(lambda sentence: self.ui.status_bar.showMessage(sentence, 15_000))
        self.session.sig_cases_changed.connect(self._cases_changed)
        self.session.sig_team_changed.connect(self._team_changed)
        self.session.sig_busy.connect(self._busy)
        ui.high_contrast_action.setChecked(style.look().high_contrast)
        ui.high_contrast_action.toggled.connect(self._high_contrast)
        # switched from another window (Ctrl+Shift+H on the board): the tick and the icons follow
        style.look().sig_changed.connect(ui.high_contrast_action.setChecked)
        self.case_list.open_case.connect(self.open_case)
        view = self.case_view
        view.back.connect(self.show_list)
        view.continue_wizard.connect(work.continue_case)
        view.place_on_board.connect(work.show_board)
        view.copy_summary.connect(self.copy_case_text)

    def _is_mine(self) -> bool:
        """The session's desk is open for this window's member (not locked, not someone else's)."""
        member = self.member
        return member is not None and self.session.read(lambda desk: desk.member.id == member.id, False)

    def apply_member(self) -> None:
        """Show what the signed-in member's role allows, and their name."""
        desk = self.session.desk
        role = desk.role
        self.setWindowTitle(f"CoC Desk — {desk.event.name}")
        self.signed_in.setText(f"Signed in: {desk.member.name} · {role.label}")
        self.ui.members_action.setVisible(desk.may(Act.MANAGE_TEAM))
        self.ui.event_settings_action.setVisible(desk.may(Act.EVENT_SETTINGS))
        self.ui.close_event_action.setVisible(desk.may(Act.CLOSE_EVENT))
        self.paper.apply_role(self.ui)
        self.handover.apply_role()
        retention_banner.show_retention(self.ui.retention_banner, desk.event)  # the date may change
        self.ui.event_menu.menuAction().setVisible(desk.may(Act.EVENT_SETTINGS) or desk.may(Act.MANAGE_TEAM))
        self.ui.new_report_action.setVisible(desk.may(Act.TAKE_REPORT))
        self.ui.paper_form_action.setVisible(desk.may(Act.TAKE_REPORT))
        self.case_view.allow(edit=desk.may(Act.EDIT_REPORT) or desk.may(Act.AGREE), place=desk.may(Act.PLACE))
        minutes = desk.event.auto_lock_minutes
        self.ui.status_bar.showMessage(f"Locks after {minutes} minutes without input · Ctrl+L locks now")

    # the cases

    def refresh(self) -> None:
        """Read the list again, and the case shown."""
        self._changed.clear()
        rows = self.session.read(lambda desk: desk.cases(), NO_CASES)
        self.case_list.model.held = self.session.read(lambda desk: desk.held_ids(), set[str]())
        self.search_index.rebuild(row.id for row in rows)
        self.case_list.show_cases(rows)
        self._reload_view()

    def _cases_changed(self, ids: list[str]) -> None:
        """An act (here, in the wizard, on the board, in the closing dialog) changed cases ``ids``."""
        self._changed.update(ids or [""])
        if self._is_mine():
            self._reload.start()

    def _reload_changed(self) -> None:
        if not self._changed or not self._is_mine():
            return
        ids = [i for i in self._changed if i]
        self._changed.clear()
        rows = self.session.read(lambda desk: desk.cases(), NO_CASES)
        self.case_list.model.held = self.session.read(lambda desk: desk.held_ids(), set[str]())
        self.case_list.show_cases(rows)
        self.search_index.update(ids, (row.id for row in rows))
        none: list[HeldAlert] = []
        new = self.session.read(lambda desk: [a for i in ids for a in desk.held_alerts_for(i)], none)
        if new or self.held_banner.alerts:
            told = {a.held_id for a in self.held_banner.alerts}
            self.held_banner.show_alerts(
                self.session.read(held_alerts, none), announce=any(a.held_id not in told for a in new)
            )
            if self.case_view.case_id is not None and str(self.case_view.case_id) not in ids:
                self._reload_view()  # a held case shown: its next step follows the alert
        shown = self.case_view.case_id
        if shown is not None and (not ids or str(shown) in ids):
            self._reload_view()

    def _reload_view(self) -> None:
        if self.ui.pages.currentWidget() is self.case_view and self.case_view.case_id:
            self.open_case(self.case_view.case_id)

    def _search_texts(self) -> dict[UUID, str]:
        return self.search_index.all_texts()

    def open_case(self, case_id: UUID) -> None:
        case = self.session.run(lambda desk: desk.case(case_id), changed=None, parent=self)
        if case is None:
            return
        desk = self.session.desk
        hidden = frozenset() if desk.sees_identity else identifying_fields(desk.procedure)
        self.case_view.show_case(case, desk.procedure, desk.event.zone, hidden)
        if self.ui.pages.currentWidget() is not self.case_view:
            self.ui.pages.setCurrentWidget(self.case_view)
            self.case_view.ui.back_button.setFocus()

    def show_list(self) -> None:
        self.work.flush()
        if self._changed:
            self._reload.stop()
            self._reload_changed()  # what the wizard just saved, before the list shows
        self.ui.pages.setCurrentWidget(self.case_list)
        if self.case_view.case_id:
            self.case_list.select(self.case_view.case_id)
        self.case_list.ui.case_table.setFocus()

    def copy_case_text(self, case_id: UUID, text: str) -> None:
        def copied(desk: Desk) -> bool:
            desk.record_delivery("case.copy", "Copied the case summary as text", str(case_id))
            return True

        recorded = self.session.run(
            copied,
            changed=None,
            parent=self,
            title="Not copied",
        )
        if not recorded:
            return
        self.clipboard.copy(text)
        self.ui.status_bar.showMessage("Copied. The clipboard is cleared in 30 seconds.", 10_000)

    # locking

    def prepare_to_lock(self) -> None:
        """Save what is being typed, and let go of what holds case words, before the desk closes."""
        self.work.flush()
        self.sig_locking.emit()
        self.search_index.stop()
        self._reload.stop()

    # the end of the event

    def close_event(self) -> None:
        """The CoC team lead's handover, beside the window: cases can be finished while it is open."""
        from cocdesk.gui.closing_dialog import CloseEventDialog

        dialog = self.findChild(CloseEventDialog)  # the one opened before, where it was left
        if dialog is None:
            dialog = CloseEventDialog(self.session, self)
            dialog.sig_open_case.connect(self._finish_case)
            dialog.sig_destroying.connect(self.work.flush)
            dialog.sig_closed.connect(self.sig_event_closed)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _finish_case(self, case_id: UUID) -> None:
        self.open_case(case_id)
        self.raise_()
        self.activateWindow()

    def _busy(self, what: str) -> None:
        """Long work starts on the desk: what is being typed is saved first; the status bar says it."""
        if not self._is_mine():
            return
        if what:
            self.work.flush()
            self.ui.status_bar.showMessage(what)
        else:
            self.ui.status_bar.clearMessage()

    def _team_changed(self) -> None:
        if self._is_mine():
            self.member = self.session.desk.member
            self.apply_member()
            self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.sig_quit_requested.emit()


def held_alerts(desk: Desk) -> list[HeldAlert]:
    """The held reports another report may name: the desk tells only the CoC team."""
    return desk.held_alerts()
