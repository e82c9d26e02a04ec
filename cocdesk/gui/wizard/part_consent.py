"""Identity: private to the CoC team unless the reporter explicitly said otherwise, in their words."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QWidget

from cocdesk.domain import Case, Consent
from cocdesk.domain.common import SHORT_TEXT_MAX
from cocdesk.gui.wizard.common import name_it, note
from cocdesk.gui.wizard.field_text import LongTextField
from cocdesk.gui.wizard.open_case import OpenCase

PRIVATE = "The reporter's identity stays within the CoC team."
NEEDS_WHOM = "Say with whom they agreed it may be shared; until then it stays private."


class ConsentEditor(QWidget):
    def __init__(self, open_case: OpenCase) -> None:
        super().__init__()
        self.open_case = open_case
        self.share = QCheckBox(
            "The reporter explicitly agreed their identity may be shared beyond the CoC team"
        )
        name_it(self.share, "The reporter agreed their identity may be shared")
        self.share.clicked.connect(lambda _checked: self._save(at_once=True))
        self.with_whom = QLineEdit()
        self.with_whom.setMaxLength(SHORT_TEXT_MAX)
        name_it(self.with_whom, "With whom it may be shared")
        self.with_whom.textEdited.connect(lambda _text: self._save())
        self.words = LongTextField("The reporter's consent, exactly as given", lines=3)
        self.words.edited.connect(self._save)
        self.state = QLabel()
        self.state.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.share)
        form.addRow("With whom", self.with_whom)
        form.addRow("Their words, exactly", self.words)
        form.addRow(
            note("Write what they said, word for word. Only what they explicitly asked or showed counts.")
        )
        form.addRow(self.state)
        self.load(open_case.case)

    def consent(self) -> Consent:
        whom = self.with_whom.text().strip()
        share = self.share.isChecked() and bool(whom)
        return Consent(share_identity=share, with_whom=whom, words=str(self.words.value()))

    def _save(self, at_once: bool = False) -> None:
        if self.open_case.redacted:
            return
        consent = self.consent()
        self.open_case.part(
            "consent", "consent", lambda _case: consent, "Recorded the reporter's consent", at_once=at_once
        )
        self._show_state()

    def _show_state(self) -> None:
        if self.share.isChecked() and not self.with_whom.text().strip():
            self.state.setText(NEEDS_WHOM)
        elif self.share.isChecked():
            self.state.setText(f"May be shared with {self.with_whom.text().strip()}.")
        else:
            self.state.setText(PRIVATE)

    def load(self, case: Case) -> None:
        consent = case.consent
        wanted_share = consent.share_identity or (self.share.isChecked() and not consent.with_whom)
        self.share.setChecked(wanted_share)
        if self.with_whom.text().strip() != consent.with_whom:
            self.with_whom.setText(consent.with_whom)
        self.words.show_value(consent.words)
        for widget in (self.share, self.with_whom, self.words):
            widget.setEnabled(not self.open_case.redacted)
        self._show_state()
