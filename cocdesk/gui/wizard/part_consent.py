"""Identity: private to the CoC team unless the reporter explicitly said otherwise, in their words.

Whom they agreed may know is ticked from the desk's list of recipients (what every export and print
asks); someone they named is written out beside it, and their words are kept exactly as given.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from cocdesk.desk import Act
from cocdesk.domain import Case, Consent
from cocdesk.domain.case import Recipient
from cocdesk.domain.common import SHORT_TEXT_MAX
from cocdesk.gui.wizard.common import name_it, note
from cocdesk.gui.wizard.field_text import LongTextField
from cocdesk.gui.wizard.open_case import OpenCase

PRIVATE = "The reporter's identity stays within the CoC team."
NEEDS_WHOM = "Say with whom they agreed it may be shared; until then it stays private."
NEEDS_NAMED = "Write whom they named under “Someone they named”; until then that person is left out."


class ConsentEditor(QWidget):
    def __init__(self, open_case: OpenCase) -> None:
        super().__init__()
        self.open_case = open_case
        self._loading = False
        self.share = QCheckBox(
            "The reporter explicitly agreed their identity may be shared beyond the CoC team"
        )
        name_it(self.share, "The reporter agreed their identity may be shared")
        self.share.toggled.connect(self._toggled)
        self.recipients: dict[Recipient, QCheckBox] = {}
        whom = QVBoxLayout()
        whom.setContentsMargins(0, 0, 0, 0)
        whom.setSpacing(2)
        for recipient in Recipient:
            box = QCheckBox(recipient.label[:1].upper() + recipient.label[1:])
            name_it(box, f"It may be shared with: {recipient.label}")
            box.toggled.connect(self._toggled)
            whom.addWidget(box)
            self.recipients[recipient] = box
        self.with_whom = QLineEdit()
        self.with_whom.setMaxLength(SHORT_TEXT_MAX)
        self.with_whom.setPlaceholderText("The person they named, and anyone else in their words")
        name_it(self.with_whom, "With whom it may be shared, in their words")
        self.with_whom.textChanged.connect(self._typed)
        self.words = LongTextField("The reporter's consent, exactly as given", lines=3)
        self.words.sig_edited.connect(self._save)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setAccessibleName("Whom the identity may reach")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.share)
        form.addRow("May know who they are", whom)
        form.addRow("Someone they named", self.with_whom)
        form.addRow("Their words, exactly", self.words)
        form.addRow(
            note("Write what they said, word for word. Only what they explicitly asked or showed counts.")
        )
        form.addRow(self.state)
        self.load(open_case.case)

    def _toggled(self, _checked: bool) -> None:
        if not self._loading:
            self._save(at_once=True)

    def _typed(self, _text: str) -> None:
        if not self._loading:
            self._save()

    def ticked(self) -> list[Recipient]:
        return [recipient for recipient, box in self.recipients.items() if box.isChecked()]

    def consent(self) -> Consent:
        """The consent as shown, kept valid: a named person counts only once their name is written."""
        whom = self.with_whom.text().strip()
        recipients = [r for r in self.ticked() if r != Recipient.NAMED or whom]
        share = self.share.isChecked() and bool(recipients or whom)
        return Consent(
            share_identity=share,
            recipients=recipients if share else [],
            with_whom=whom,
            words=str(self.words.value()),
        )

    def _save(self, at_once: bool = False) -> None:
        if not self.open_case.may(Act.EDIT_REPORT):
            return
        consent = self.consent()
        self.open_case.part(
            "consent", "consent", lambda _case: consent, "Recorded the reporter's consent", at_once=at_once
        )
        self._show_state()

    def _show_state(self) -> None:
        consent = self.consent()
        whom = self.with_whom.text().strip()
        for box in self.recipients.values():
            box.setEnabled(self.share.isChecked() and self.share.isEnabled())
        if not self.share.isChecked():
            self.state.setText(PRIVATE)
        elif not consent.share_identity:
            self.state.setText(NEEDS_WHOM)
        elif Recipient.NAMED in self.ticked() and not whom:
            self.state.setText(NEEDS_NAMED)
        else:
            reach = [r.label for r in consent.recipients if r != Recipient.NAMED]
            if whom:
                reach.append(whom)
            self.state.setText(f"May be shared with: {', '.join(reach)}.")

    def load(self, case: Case) -> None:
        consent = case.consent
        self._loading = True
        try:
            wanted_share = consent.share_identity or (
                self.share.isChecked() and not (consent.with_whom or consent.recipients)
            )
            self.share.setChecked(wanted_share)
            named_waiting = Recipient.NAMED in self.ticked() and not consent.with_whom
            for recipient, box in self.recipients.items():
                waiting = recipient == Recipient.NAMED and named_waiting and self.share.isChecked()
                box.setChecked(recipient in consent.recipients or waiting)
            if self.with_whom.text().strip() != consent.with_whom:
                self.with_whom.setText(consent.with_whom)
        finally:
            self._loading = False
        self.words.show_value(consent.words)
        refusal = self.open_case.why_not(Act.EDIT_REPORT)
        for widget in (self.share, self.with_whom, self.words):
            widget.setEnabled(not refusal)
            widget.setToolTip(refusal)
        self._show_state()
