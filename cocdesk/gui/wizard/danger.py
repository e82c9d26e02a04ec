"""The danger branch: when someone is in immediate danger, the crisis contacts fill the page.

The numbers are in large type so they can be read from arm's length while dialling; one button
records the call (made, by whom, when) in the safety step's own answers.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout

from cocdesk.desk import Act
from cocdesk.domain import AnswerValue, Contact, now
from cocdesk.gui.wizard.common import heading, name_it, scaled_font
from cocdesk.gui.wizard.open_case import OpenCase

NO_CONTACTS = (
    "No crisis contacts are set for this event. Call the local emergency number now "
    "(112 in Europe, 911 in North America), then ask the CoC team lead to add the venue's contacts."
)


class DangerPanel(QFrame):
    def __init__(self, open_case: OpenCase, step_id: str) -> None:
        super().__init__()
        self.open_case, self.step_id = open_case, step_id
        self.setObjectName("danger")
        self.setAccessibleName("Someone is in immediate danger: crisis contacts")
        layout = QVBoxLayout(self)
        title = heading("Someone is in danger: call now", 1.8)
        title.setObjectName("danger_title")  # the stylesheets colour it and the frame, for each look
        layout.addWidget(title)
        contacts = open_case.event_details.crisis_contacts.listed()
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(10)
        for row, (label, contact) in enumerate(contacts):
            who = QLabel(label)
            who.setFont(scaled_font(who, 1.4))
            grid.addWidget(who, row, 0)
            number = QLabel(_dial(contact))
            number.setFont(scaled_font(number, 2.2, bold=True))
            number.setAccessibleName(f"{label}: {_dial(contact)}")
            grid.addWidget(number, row, 1)
            extra = QLabel(" · ".join(x for x in (contact.name, contact.email, contact.note) if x))
            extra.setWordWrap(True)
            extra.setFont(scaled_font(extra, 1.2))
            grid.addWidget(extra, row, 2)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        if not contacts:
            missing = QLabel(NO_CONTACTS)
            missing.setWordWrap(True)
            missing.setFont(scaled_font(missing, 1.4, bold=True))
            layout.addWidget(missing)
        self.record_button = QPushButton("We &called: record the call now")
        self.record_button.setFont(scaled_font(self.record_button, 1.2, bold=True))
        name_it(self.record_button, "Record the crisis call", "Records that the call was made, by you, now")
        self.record_button.clicked.connect(self.record_call)
        self.recorded = QLabel()
        self.recorded.setFont(scaled_font(self.recorded, 1.1))
        layout.addWidget(self.record_button)
        layout.addWidget(self.recorded)

    def record_call(self) -> None:
        open_case = self.open_case
        values: dict[str, AnswerValue] = {
            "crisis_call_made": True,
            "crisis_call_by": open_case.member.name,
            "crisis_call_at": now().isoformat(),
        }
        asked = {spec.id for spec in open_case.procedure.step(self.step_id).fields}
        if not asked & set(values):  # an adapted procedure without the call's questions: the timeline has it
            case_id = open_case.case_id
            open_case.save(lambda desk: desk.record_crisis_call(case_id))
        for field_id, value in values.items():
            if field_id in asked:
                open_case.answer(self.step_id, field_id, value, at_once=True)

    def load(self) -> None:
        record = self.open_case.case.steps.get(self.step_id)
        values = record.values if record else {}
        made = values.get("crisis_call_made") is True
        refusal = self.open_case.why_not(Act.EDIT_REPORT) or self.open_case.why_not(Act.CRISIS_CALL)
        self.record_button.setEnabled(not refusal)
        self.record_button.setToolTip(refusal)
        self.recorded.setText("The call is recorded below.")
        self.recorded.setVisible(made)


def _dial(contact: Contact) -> str:
    return contact.phone or contact.email or contact.name
