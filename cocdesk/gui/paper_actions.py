"""The main window's paper: a case printed or exported for the Safety and Diversity Officer, the Paper
menu's blank form, attendee information sheet and pocket card, and the export of every filed case.

Each document is made in memory; it reaches the disk or a printer only when the user chooses, and each
time the audit log records who, when and the file's SHA-256. The paper and printing modules load on
first use, not while the window is built.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING, Any
from uuid import UUID

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from cocdesk.desk import Act, Desk
from cocdesk.gui import dialogs, paper_out
from cocdesk.gui.paper_out import Paper
from cocdesk.gui.session import Session

if TYPE_CHECKING:
    from cocdesk.paper import Document

MakeDocument = Callable[
    [ModuleType, Desk], "Document"
]  # given ``cocdesk.paper`` (loaded on first use) and the desk


def choose_export_path(parent: QWidget | None, title: str, file_name: str) -> str | None:
    """Where to save an export; None when the user cancels. Tests replace this."""
    return dialogs.pdf_path(parent, title, file_name)


class PaperActions(QObject):
    sig_said = Signal(str)  # a sentence for the status bar

    def __init__(self, session: Session, window: QWidget) -> None:
        super().__init__(window)
        self.session = session
        self.window = window

    def wire(self, ui: Any, case_view: Any) -> None:
        """The main window's Paper menu, and the case view's Print and Export buttons."""
        ui.blank_form_action.triggered.connect(self.blank_form)
        ui.information_sheet_action.triggered.connect(self.information_sheet)
        ui.pocket_card_action.triggered.connect(self.pocket_card)
        ui.export_filed_action.triggered.connect(self.export_filed)
        ui.transparency_draft_action.triggered.connect(self.transparency_draft)
        case_view.print_case.connect(self.print_case)
        case_view.export_case.connect(self.export_case)

    def apply_role(self, ui: Any) -> None:
        ui.export_filed_action.setVisible(self.session.read(lambda desk: desk.may(Act.EXPORT), False))
        ui.transparency_draft_action.setVisible(
            self.session.read(lambda desk: desk.may(Act.TRANSPARENCY), False)
        )

    def _preview(self, make: MakeDocument, what: Paper) -> None:
        from cocdesk import paper
        from cocdesk.gui.printing import PrintFailed

        document = self.session.run(lambda desk: make(paper, desk), changed=None, parent=self.window)
        if document is None:
            return
        try:
            paper_out.show(self.window, document, what, self.session)
        except PrintFailed as error:
            dialogs.tell(self.window, "CoC Desk", str(error))

    # one case

    def print_case(self, case_id: UUID) -> None:
        """The filled report in the print preview, from where it is printed or saved."""
        case = self.session.run(lambda desk: desk.case(case_id), changed=None, parent=self.window)
        if case is None:
            return
        what = Paper("the incident report", "case", str(case.id), f"{case.code}-report.pdf")
        self._preview(lambda _paper, desk: desk.filled_report(case_id), what)

    def export_case(self, case_id: UUID) -> None:
        """The Safety and Diversity Officer's export of this case, names withheld, where the user chooses."""
        case = self.session.run(lambda desk: desk.case(case_id), changed=None, parent=self.window)
        if case is None:
            return
        self._export([str(case.id)], f"{case.code}-officer-export.pdf")

    def _export(self, refs: list[str] | None, file_name: str) -> None:
        title = "Save the export for the Safety and Diversity Officer"
        path = choose_export_path(self.window, title, file_name)
        if path is not None:
            self._save_in_background(
                path, lambda desk: desk.officer_export(path, refs, with_names=False), "Saving the export…"
            )

    def _save_in_background(self, path: str, save: Callable[[Desk], str], busy: str) -> None:
        """A document over many cases saved off the GUI thread; ``save`` returns the file's SHA-256."""

        def done(digest: str) -> None:
            self.sig_said.emit(f"Saved {os.path.basename(path)} (SHA-256 {digest[:12]}…).")

        def failed(sentence: str) -> None:
            dialogs.tell(self.window, "Not saved", sentence)

        if not self.session.is_open:
            return
        desk = self.session.desk
        dialogs.in_background_blocking(
            self.session, self.window.window(), lambda: save(desk), done, busy=busy, failed=failed
        )

    # the Paper menu

    def blank_form(self) -> None:
        what = Paper("the blank incident report form", file_name="incident-report-form.pdf")
        self._preview(lambda p, desk: p.blank_form(desk.procedure, desk.event), what)

    def information_sheet(self) -> None:
        what = Paper("the attendee information sheet", file_name="information-for-attendees.pdf")
        self._preview(lambda p, desk: p.information_sheet(desk.procedure, desk.event), what)

    def pocket_card(self) -> None:
        what = Paper("the responder pocket card", file_name="responder-pocket-card.pdf")
        self._preview(lambda p, desk: p.pocket_card(desk.procedure, desk.event), what)

    def export_filed(self) -> None:
        """Every filed or closed case in one file, for the Officer."""
        filed = self.session.run(lambda desk: desk.filed_cases(), changed=None, parent=self.window)
        if filed is None:
            return
        if not filed:
            dialogs.tell(
                self.window, "CoC Desk", "No case is filed or closed yet, so there is nothing to export."
            )
            return
        self._export(None, "filed-cases-officer-export.pdf")

    def transparency_draft(self) -> None:
        """The transparency report as it stands, for the closing ceremony; the final comes at the close."""
        title = "Save the transparency report's draft for the closing ceremony"
        path = choose_export_path(self.window, title, "transparency-report-draft.pdf")
        if path is not None:
            self._save_in_background(
                path,
                lambda desk: desk.transparency_report(path, final=False)[0][1],
                "Making the transparency report's draft…",
            )
