"""File the report: the export for the Safety and Diversity Officer, saved where the user chooses and
recorded with its SHA-256. Nothing of the case reaches the disk before that deliberate choice.

One act of the desk writes the export and marks the case filed together; the names go in only when
the member's role may send them and the reporter agreed the officer may know who they are."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from cocdesk.desk import Act, policy
from cocdesk.domain import Case
from cocdesk.domain.case import Recipient
from cocdesk.gui import dialogs
from cocdesk.gui.wizard.common import WrappingCheck, local_text, name_it, note
from cocdesk.gui.wizard.open_case import OpenCase


def choose_export_path(parent: QWidget, suggested: str) -> str | None:
    """Ask where to save the export; None when the user cancels."""
    return dialogs.pdf_path(parent, "Save the export for the Safety and Diversity Officer", suggested)


class FilingEditor(QWidget):
    def __init__(self, open_case: OpenCase) -> None:
        super().__init__()
        self.open_case = open_case
        officer = open_case.event_details.safety_officer.name or "the Safety and Diversity Officer"
        names_row = WrappingCheck(
            "Include the reporter's and witnesses' names (the reporter agreed to share)"
        )
        self.with_names = names_row.box
        name_it(self.with_names, "Include the names in the export")
        # the officer's name (as long as a contact may be) goes on a label that wraps, not on the button
        self.officer_note = QLabel(f"The report goes to {officer}.")
        self.officer_note.setTextFormat(Qt.TextFormat.PlainText)
        self.officer_note.setWordWrap(True)
        self.export_button = QPushButton("E&xport the report…")
        name_it(self.export_button, "Export the report for the Safety and Diversity Officer")
        self.export_button.clicked.connect(self.export)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            note("The export is a PDF of the whole report. Hand it to the officer; keep no other copy.")
        )
        layout.addWidget(self.officer_note)
        layout.addWidget(names_row)
        layout.addWidget(self.export_button)
        layout.addWidget(self.status)
        self.load(open_case.case)

    def export(self) -> None:
        open_case = self.open_case
        path = choose_export_path(self, f"{open_case.case.code}-report.pdf")
        if not path:
            return
        case_id, with_names = open_case.case_id, self.with_names.isChecked() and self.with_names.isEnabled()
        open_case.save(lambda desk: desk.file_report(case_id, path, with_names=with_names))

    def names_refusal(self, case: Case) -> str:
        """Empty when the names may go to the officer; otherwise why not."""
        refusal = self.open_case.why_not(Act.EXPORT_WITH_NAMES)
        if refusal:
            return refusal
        recipient = Recipient.SAFETY_OFFICER
        if not policy.consent_covers(case.consent, recipient):
            return f"The reporter did not agree that the {recipient.label} may know who they are."
        return ""

    def load(self, case: Case) -> None:
        refusal = self.names_refusal(case)
        self.with_names.setEnabled(not refusal)
        self.with_names.setToolTip(refusal)
        if refusal:
            self.with_names.setChecked(False)
        filing = self.open_case.why_not(Act.FILE)
        self.export_button.setEnabled(not filing)
        self.export_button.setToolTip(filing)
        filed = [c for c in case.communications if c.kind == "filing"]
        if filed:
            last = filed[-1]
            self.status.setText(
                f"Filed {local_text(last.at, self.open_case.zone)} by {last.by}: {last.summary}"
            )
        else:
            self.status.setText("Not filed yet.")
