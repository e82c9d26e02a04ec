"""Starting the wizard: a new report at the desk, or a paper form typed in after the fact.

    wizard = new_report(session, parent)          # New report (Ctrl+N)
    wizard = enter_paper_form(session, parent)    # asks for the form's number and when it was taken

Both take the report through the desk (``take_report``); a refusal is said over ``parent`` and gives None.

A paper form keeps its reference number in the case, and its time of receipt, so the deadline counts
from when the report was really made.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from cocdesk.domain import now
from cocdesk.domain.common import SHORT_TEXT_MAX
from cocdesk.domain.shown_time import minute, past_problem
from cocdesk.gui.session import Session
from cocdesk.gui.time_edit import TimeEdit
from cocdesk.gui.wizard.common import name_it
from cocdesk.gui.wizard.widget import WizardWidget


@dataclass(frozen=True)
class PaperForm:
    reference: str
    received_at: datetime


class PaperFormDialog(QDialog):
    def __init__(self, zone: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.setWindowTitle("Enter a paper form")
        self.reference = QLineEdit()
        self.reference.setMaxLength(SHORT_TEXT_MAX)
        name_it(self.reference, "Reference number on the paper form")
        self.received = TimeEdit(
            "When the report was received",
            zone,
            clearable=False,
            check=lambda moment: past_problem(moment, zone, now()),
            blank_problem="Give when the report was received.",
        )
        self.received.show_moment(minute(now()))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Start typing it in")
        self.ok.setEnabled(False)
        self.reference.textChanged.connect(self._readiness)
        self.received.sig_read.connect(self._readiness)
        form = QFormLayout(self)
        intro = QLabel("Type in a report taken on the paper form. The wizard follows the form's order.")
        intro.setWordWrap(True)
        form.addRow(intro)
        form.addRow("Reference no.", self.reference)
        form.addRow("Received", self.received)
        form.addRow(buttons)

    def _readiness(self) -> None:
        """A reference number, and a time of receipt that reads (or the sentence why not, under it)."""
        self.ok.setEnabled(bool(self.reference.text().strip()) and not self.received.problem)

    def paper_form(self) -> PaperForm:
        return PaperForm(self.reference.text().strip(), self.received.moment() or now())


def ask_paper_form(parent: QWidget | None, zone: tzinfo) -> PaperForm | None:
    """The paper form's number and time of receipt, or None if the user cancels."""
    dialog = PaperFormDialog(zone, parent)
    return dialog.paper_form() if dialog.exec() == QDialog.DialogCode.Accepted else None


def new_report(session: Session, parent: QWidget | None = None) -> WizardWidget | None:
    """A new case taken at the desk, in the wizard; None when the desk refused (it said why)."""
    case = session.run(lambda desk: desk.take_report(), changed=[], parent=parent)
    if case is None:
        return None
    return WizardWidget(session, case.id, parent)


def enter_paper_form(session: Session, parent: QWidget | None = None) -> WizardWidget | None:
    """A case typed in from a paper form; None when cancelled or refused."""
    form = ask_paper_form(parent, session.desk.event.zone)
    if form is None:
        return None
    case = session.run(
        lambda desk: desk.take_report(paper_reference=form.reference, received_at=form.received_at),
        changed=[],
        parent=parent,
    )
    if case is None:
        return None
    return WizardWidget(session, case.id, parent, paper=True)
