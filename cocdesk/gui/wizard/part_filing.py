"""File the report: the export for the Safety and Diversity Officer, saved where the user chooses and
recorded with its SHA-256. Nothing of the case reaches the disk before that deliberate choice."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QCheckBox, QFileDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from cocdesk.domain import Case, Communication
from cocdesk.exports import save_recorded
from cocdesk.gui.wizard.common import local_text, name_it, note
from cocdesk.gui.wizard.open_case import OpenCase
from cocdesk.paper import officer_export
from cocdesk.vault import VaultError

EXPORTED_HOW = "PDF export for the Safety and Diversity Officer"


def choose_export_path(parent: QWidget, suggested: str) -> str | None:
    """Ask where to save the export; None when the user cancels."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        "Save the export for the Safety and Diversity Officer",
        str(Path(folder) / suggested),
        "PDF (*.pdf)",
    )
    return path or None


class FilingEditor(QWidget):
    def __init__(self, open_case: OpenCase) -> None:
        super().__init__()
        self.open_case = open_case
        officer = open_case.event_details.safety_officer.name or "the Safety and Diversity Officer"
        self.with_names = QCheckBox(
            "Include the reporter's and witnesses' names (the reporter agreed to share)"
        )
        name_it(self.with_names, "Include the names in the export")
        self.export_button = QPushButton(f"&Export the report for {officer}…")
        name_it(self.export_button, "Export the report for the Safety and Diversity Officer")
        self.export_button.clicked.connect(self.export)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            note("The export is a PDF of the whole report. Hand it to the officer; keep no other copy.")
        )
        layout.addWidget(self.with_names)
        layout.addWidget(self.export_button)
        layout.addWidget(self.status)
        self.load(open_case.case)

    def export(self) -> None:
        open_case = self.open_case
        path = choose_export_path(self, f"{open_case.case.code}-report.pdf")
        if not path:
            return
        open_case.flush()
        case = open_case.fresh()
        document = officer_export(
            open_case.procedure,
            open_case.event_details,
            [case],
            exporter=open_case.member,
            with_names=self.with_names.isChecked(),
        )
        names = "with names" if self.with_names.isChecked() else "names withheld"
        what = f"Exported the report for the Safety and Diversity Officer ({names})"
        try:
            digest = save_recorded(open_case.vault, document, path, "case.export", what, open_case.case_id)
        except OSError as error:
            open_case.problem.emit(f"The export could not be saved: {error.strerror}. Choose another folder.")
            return
        except VaultError as error:
            open_case.problem.emit(str(error))
            return
        filed = Communication(
            kind="filing", by=open_case.member.name, how=EXPORTED_HOW, summary=f"{names}; SHA-256 {digest}"
        )
        open_case.part(
            "filing", "communications", lambda c: [*c.communications, filed], "Filed the report", at_once=True
        )

    def load(self, case: Case) -> None:
        self.with_names.setEnabled(case.consent.share_identity and not self.open_case.redacted)
        if not case.consent.share_identity:
            self.with_names.setChecked(False)
        filed = [c for c in case.communications if c.kind == "filing"]
        if filed:
            last = filed[-1]
            self.status.setText(
                f"Filed {local_text(last.at, self.open_case.zone)} by {last.by}: {last.summary}"
            )
        else:
            self.status.setText("Not filed yet.")
