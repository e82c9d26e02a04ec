"""The Event Lead Organiser: the suggested course of action presented (redacted), and their answer."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cocdesk.desk import Act
from cocdesk.domain import Agreement, Case, Role
from cocdesk.flow.briefing import briefing
from cocdesk.gui.wizard.common import heading, name_it, note, scaled_font
from cocdesk.gui.wizard.field_text import LongTextField
from cocdesk.gui.wizard.field_time import DateTimeField
from cocdesk.gui.wizard.name_echo import NameEcho
from cocdesk.gui.wizard.open_case import OpenCase

REDACTED_NOTE = (
    "This is what the Event Lead Organiser sees: no name or contact of the reporter or the witnesses."
)


class BriefingPanel(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName("The suggested course of action, as the Event Lead Organiser sees it")
        layout = QVBoxLayout(self)
        layout.addWidget(heading("The suggested course of action", 1.1))
        layout.addWidget(note(REDACTED_NOTE))
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        layout.addLayout(self.grid)

    def show_rows(self, rows: list[tuple[str, str]]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for index, (title, text) in enumerate(rows):
            left = QLabel(title)
            left.setFont(scaled_font(left, 1.0, bold=True))
            right = QLabel(text)
            right.setWordWrap(True)
            self.grid.addWidget(left, index, 0)
            self.grid.addWidget(right, index, 1)


class AgreementEditor(QWidget):
    def __init__(self, open_case: OpenCase) -> None:
        super().__init__()
        self.open_case = open_case
        self.briefing = BriefingPanel()
        self.presented = DateTimeField("When it was presented", open_case.zone)
        self.presented.sig_edited.connect(self._save)
        self.agreed, self.refused = QRadioButton("Agreed"), QRadioButton("Did not agree")
        self._loading = False
        self.answer = QButtonGroup(self)
        answer_row = QHBoxLayout()
        for button, word in ((self.agreed, "agreed"), (self.refused, "did not agree")):
            name_it(button, f"The Event Lead Organiser {word}")
            button.toggled.connect(self._answered)
            self.answer.addButton(button)
            answer_row.addWidget(button)
        answer_row.addStretch(1)
        # chosen, never typed: the desk takes only the event's Event Lead contact or a member here
        self.by = QComboBox()
        self.by.setEditable(False)
        self.by.addItems(self._answerers())
        name_it(self.by, "Who answered for the Event Lead Organiser")
        self.by.setCurrentIndex(max(self.by.findText(self._lead_name()), 0))
        self.by.currentIndexChanged.connect(self._chosen)  # picked by mouse, keys or assistive technology
        self.at = DateTimeField("When they answered", open_case.zone)
        self.at.sig_edited.connect(self._save)
        self.changes = LongTextField("Changes they asked for", lines=2)
        self.changes.sig_edited.connect(self._save)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow("Presented", self.presented)
        form.addRow("Their answer", answer_row)
        form.addRow("Who", self.by)
        form.addRow("When", self.at)
        form.addRow("Changes asked for", self.changes)
        self.echo = NameEcho(open_case, self.changes.text)  # the names typed in it, as they will read
        form.addRow("", self.echo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.briefing)
        layout.addLayout(form)
        self.load(open_case.case)

    def agreement(self) -> Agreement:
        agreed = True if self.agreed.isChecked() else (False if self.refused.isChecked() else None)
        by = (self.by.currentText().strip() or self._lead_name()) if agreed is not None else ""
        return Agreement(
            presented_at=self.presented.moment(),
            agreed=agreed,
            by=by,
            at=self.at.moment(),
            changes=str(self.changes.value()),
        )

    def _lead_name(self) -> str:
        """Who answers unless another is chosen: the event's Event Lead contact; without one, the
        Event Lead Organiser signed in."""
        contact = self.open_case.event_details.event_lead.name.strip()
        member = self.open_case.member
        return contact or (member.name if member.role == Role.EVENT_LEAD else "")

    def _answerers(self) -> list[str]:
        """The event's Event Lead contact first (a blank when there is none), then every member."""
        members: list[str] = self.open_case.session.read(lambda desk: [m.name for m in desk.members()], [])
        names = [self.open_case.event_details.event_lead.name.strip(), *members]
        unique: list[str] = []
        for name in names:
            if not any(" ".join(name.split()).casefold() == " ".join(n.split()).casefold() for n in unique):
                unique.append(name)
        return unique

    def _chosen(self, _index: int) -> None:
        if not self._loading:
            self._save()

    def _answered(self, checked: bool) -> None:
        if checked and not self._loading:
            self._save(at_once=True)

    def _save(self, at_once: bool = False) -> None:
        if not self.open_case.may(Act.AGREE):
            return
        if self.agreed.isChecked() or self.refused.isChecked():
            if self.at.moment() is None:
                self.at.blockSignals(True)  # filled in as part of this save: one answer, one save
                self.at.set_now()
                self.at.blockSignals(False)
            if not self.by.currentText().strip() and self._lead_name():
                self._loading = True  # filled in as part of this save, not an edit of its own
                try:
                    self.by.setCurrentIndex(max(self.by.findText(self._lead_name()), 0))
                finally:
                    self._loading = False
        agreement = self.agreement()
        what = "Recorded the Event Lead Organiser's answer"
        self.open_case.part("agreement", "agreement", lambda _case: agreement, what, at_once=at_once)

    def load(self, case: Case) -> None:
        self.briefing.show_rows(briefing(self.open_case.procedure, case, self.open_case.zone))
        agreement = case.agreement
        self.presented.show_value(agreement.presented_at.isoformat() if agreement.presented_at else None)
        self._loading = True
        try:
            self.answer.setExclusive(False)
            self.agreed.setChecked(agreement.agreed is True)
            self.refused.setChecked(agreement.agreed is False)
            self.answer.setExclusive(True)
            if agreement.by and self.by.currentText().strip() != agreement.by:
                if self.by.findText(agreement.by) < 0:  # a name stored before the choice was a list
                    self.by.addItem(agreement.by)
                self.by.setCurrentIndex(self.by.findText(agreement.by))
        finally:
            self._loading = False
        self.at.show_value(agreement.at.isoformat() if agreement.at else None)
        self.changes.show_value(agreement.changes)
        refusal = self.open_case.why_not(Act.AGREE)
        for button in (self.agreed, self.refused):
            button.setEnabled(not refusal)
            button.setToolTip(refusal)
        self.by.setEnabled(not refusal)
        self.by.setToolTip(refusal)
        for editor in (self.presented, self.at, self.changes):
            editor.set_read_only(bool(refusal))
