"""A conversation the team records: the talk with the reported person, telling the reporter the outcome.

Each is one record of its kind in ``Case.communications``: when, by whom, how, and what was said.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from cocdesk.desk import Act
from cocdesk.domain import Case, Communication, now
from cocdesk.gui.wizard.common import name_it, note
from cocdesk.gui.wizard.field_text import LongTextField
from cocdesk.gui.wizard.field_time import DateTimeField
from cocdesk.gui.wizard.name_echo import NameEcho
from cocdesk.gui.wizard.open_case import OpenCase
from cocdesk.procedure import FieldKind

Kind = Literal["talk", "inform_reporter"]
TITLES: dict[str, tuple[str, str, str]] = {
    "talk": ("The talk", "Where and how (in person, two team members)", "What was said"),
    "inform_reporter": ("Telling the reporter", "How they were told", "What they were told"),
}
NOT_AT_ALL = "Not at all"


class CommunicationEditor(QWidget):
    def __init__(self, open_case: OpenCase, kind: Kind) -> None:
        super().__init__()
        self.open_case, self.kind = open_case, kind
        self.loading = True  # filling the boxes is not an edit
        title, how_label, summary_label = TITLES[kind]
        self.when = DateTimeField(f"{title}: when", open_case.zone)
        self.when.sig_edited.connect(self._save)
        team = open_case.team()
        self.by = self._combo(f"{title}: by whom", team)
        self.how = self._combo(f"{title}: {how_label.lower()}", self._ways())
        self.summary = LongTextField(f"{title}: {summary_label.lower()}", lines=3)
        self.summary.sig_edited.connect(self._save)
        self.preference = QLabel()
        self.preference.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        if kind == "inform_reporter":
            form.addRow(self.preference)
        form.addRow("When", self.when)
        form.addRow("By whom", self.by)
        form.addRow(how_label, self.how)
        how_line = self.how.lineEdit()
        assert how_line is not None  # the combo is editable
        self.how_echo = NameEcho(open_case, how_line)  # the names typed in each, as they will read
        form.addRow("", self.how_echo)
        form.addRow(summary_label, self.summary)
        self.summary_echo = NameEcho(open_case, self.summary.text)
        form.addRow("", self.summary_echo)
        if kind == "inform_reporter":
            form.addRow(note("Tell them what the team did, in general terms."))
        self.loading = False
        self.load(open_case.case)

    def _combo(self, name: str, items: list[str]) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.addItems(["", *items])
        name_it(combo, name)
        combo.editTextChanged.connect(lambda _text: self._save())
        return combo

    def _ways(self) -> list[str]:
        """For the reporter, the ways the gathering step offered them; for the talk, none to pick."""
        if self.kind != "inform_reporter":
            return ["In person, two team members"]
        for step in self.open_case.procedure.steps:
            for spec in step.fields:
                if spec.id == "contact_preference" and spec.kind == FieldKind.CHOICE:
                    return [c for c in spec.choices if c != NOT_AT_ALL]
        return []

    def _reporter_wish(self, case: Case) -> str:
        wishes = [record.values.get("contact_preference") for record in case.steps.values()]
        return next((wish for wish in wishes if isinstance(wish, str)), "")

    def record(self) -> Communication | None:
        texts = (
            self.by.currentText().strip(),
            self.how.currentText().strip(),
            str(self.summary.value()).strip(),
        )
        if not any(texts) and self.when.moment() is None:
            return None
        if self.when.moment() is None:
            self.when.set_now()
        at = self.when.moment() or now()
        return Communication(kind=self.kind, at=at, by=texts[0], how=texts[1], summary=texts[2])

    def _save(self) -> None:
        if self.loading or not self.open_case.may(Act.COMMUNICATE):
            return
        mine = self.record()

        def communications(case: Case) -> list[Communication]:
            others = [c for c in case.communications if c.kind != self.kind]
            return [*others, mine] if mine else others

        self.open_case.part(
            f"communication:{self.kind}",
            "communications",
            communications,
            f"Recorded {TITLES[self.kind][0].lower()}",
        )

    def load(self, case: Case) -> None:
        wish = self._reporter_wish(case)
        if wish == NOT_AT_ALL:
            self.preference.setText(
                "The reporter asked not to be contacted at all. Respect it: record that here."
            )
        else:
            self.preference.setText(
                f"They asked to be contacted: {wish}."
                if wish
                else "How they wish to be contacted was not recorded."
            )
        refusal = self.open_case.why_not(Act.COMMUNICATE)
        self.when.set_read_only(bool(refusal))
        self.summary.set_read_only(bool(refusal))
        for combo in (self.by, self.how):
            combo.setEnabled(not refusal)
            combo.setToolTip(refusal)
        current = next((c for c in case.communications if c.kind == self.kind), None)
        if current is None:
            return
        self.when.show_value(current.at.isoformat())
        self.loading = True
        try:
            for combo, text in ((self.by, current.by), (self.how, current.how)):
                if combo.currentText().strip() != text:
                    combo.setEditText(text)
        finally:
            self.loading = False
        self.summary.show_value(current.summary)
