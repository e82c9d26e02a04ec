"""The main window's paper: a case printed or exported for the Safety and Diversity Officer, the Paper
menu's blank form, attendee information sheet and pocket card, and the export of every filed case.

Each document is made in memory; it reaches the disk or a printer only when the user chooses, and each
time the audit log records who, when and the file's SHA-256. The paper and printing modules load on
first use, not while the window is built.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any
from uuid import UUID

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from cocdesk.domain import Case
from cocdesk.domain.access import FILED, as_seen_by
from cocdesk.domain.event import Role
from cocdesk.gui import paper_out
from cocdesk.gui.paper_out import Paper
from cocdesk.vault import VaultError

if TYPE_CHECKING:
    from cocdesk.paper import Document

MakeDocument = Callable[[ModuleType], "Document"]  # given ``cocdesk.paper``, loaded on first use
EXPORTS_FILED = frozenset({Role.SAFETY_OFFICER, Role.COC_LEAD})  # the Officer, and the lead at the close


def choose_export_path(parent: QWidget | None, title: str, file_name: str) -> str | None:
    """Where to save an export; None when the user cancels. Tests replace this."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / file_name), "PDF (*.pdf)")
    if path and not path.lower().endswith(".pdf"):
        path += ".pdf"
    return path or None


class PaperActions(QObject):
    said = Signal(str)  # a sentence for the status bar
    problem = Signal(str)  # a sentence for a message box

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.vault: Any = None

    def attach(self, vault: Any) -> None:
        self.vault = vault

    def wire(self, ui: Any, case_view: Any) -> None:
        """The main window's Paper menu, and the case view's Print and Export buttons."""
        ui.blank_form_action.triggered.connect(self.blank_form)
        ui.information_sheet_action.triggered.connect(self.information_sheet)
        ui.pocket_card_action.triggered.connect(self.pocket_card)
        ui.export_filed_action.triggered.connect(self.export_filed)
        case_view.print_case.connect(self.print_case)
        case_view.export_case.connect(self.export_case)

    def apply_role(self, ui: Any, role: Role) -> None:
        ui.export_filed_action.setVisible(role in EXPORTS_FILED)

    def _vault(self) -> Any:
        return self.vault

    def _preview(self, make: MakeDocument, what: Paper) -> None:
        from cocdesk import paper
        from cocdesk.gui.printing import PrintFailed

        try:
            document = make(paper)
            paper_out.show(self.window, document, what, self._vault)
        except (VaultError, PrintFailed, ValueError) as error:
            self.problem.emit(str(error))

    def _case(self, case_id: UUID) -> Case:
        """The case as the signed-in member may see it: the Event Lead's copy leaves out names."""
        vault = self.vault
        return as_seen_by(vault.case(case_id), vault.member.role, vault.procedure)

    # one case

    def print_case(self, case_id: UUID) -> None:
        """The filled report in the print preview, from where it is printed or saved."""

        try:
            case = self._case(case_id)
        except VaultError as error:
            self.problem.emit(str(error))
            return
        what = Paper("the incident report", "case", str(case.id), f"{case.code}-report.pdf")
        self._preview(lambda p: p.filled_report(self.vault.procedure, self.vault.event, case), what)

    def export_case(self, case_id: UUID) -> None:
        """The Safety and Diversity Officer's export of this case, names withheld, where the user chooses."""
        try:
            case = self._case(case_id)
        except VaultError as error:
            self.problem.emit(str(error))
            return
        what = f"Exported {case.code} for the Safety and Diversity Officer"
        self._export([case], f"{case.code}-officer-export.pdf", what, str(case.id))

    def _export(self, cases: list[Case], file_name: str, what: str, case_id: str | None) -> None:
        title = "Save the export for the Safety and Diversity Officer"
        path = choose_export_path(self.window, title, file_name)
        if path is None:
            return
        from cocdesk import paper
        from cocdesk.exports import save_recorded

        vault = self.vault
        try:
            document = paper.officer_export(vault.procedure, vault.event, cases, exporter=vault.member)
            digest = save_recorded(vault, document, path, "case.export", what, case_id)
        except OSError as error:
            self.problem.emit(f"The export was not saved: {error.strerror or error}. Choose another folder.")
            return
        except VaultError as error:
            self.problem.emit(str(error))
            return
        self.said.emit(f"Saved {os.path.basename(path)} ({document.pages} pages, SHA-256 {digest[:12]}…).")

    # the Paper menu

    def blank_form(self) -> None:
        what = Paper("the blank incident report form", file_name="incident-report-form.pdf")
        self._preview(lambda p: p.blank_form(self.vault.procedure, self.vault.event), what)

    def information_sheet(self) -> None:
        what = Paper("the attendee information sheet", file_name="information-for-attendees.pdf")
        self._preview(lambda p: p.information_sheet(self.vault.procedure, self.vault.event), what)

    def pocket_card(self) -> None:
        what = Paper("the responder pocket card", file_name="responder-pocket-card.pdf")
        self._preview(lambda p: p.pocket_card(self.vault.procedure, self.vault.event), what)

    def export_filed(self) -> None:
        """Every filed or closed case in one file, for the Officer."""
        try:
            summaries = sorted(
                (s for s in self.vault.list_cases() if s.status in FILED), key=lambda s: s.received_at
            )
            cases = [self._case(s.id) for s in summaries]
        except VaultError as error:
            self.problem.emit(str(error))
            return
        if not cases:
            self.problem.emit("No case is filed or closed yet, so there is nothing to export.")
            return
        what = f"Exported the {len(cases)} filed cases for the Safety and Diversity Officer"
        self._export(cases, "filed-cases-officer-export.pdf", what, None)
