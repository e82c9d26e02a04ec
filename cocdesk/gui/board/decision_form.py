"""The decision capture of the "decide" step, on the board: what, for when, which response, who."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from cocdesk.board.cards import Quadrant
from cocdesk.board.decisions import Horizon, record_decision, responses_for
from cocdesk.vault import Vault, VaultError


@dataclass
class Draft:
    text: str = ""
    later: bool = False
    response: str = ""
    owner: str = ""


class DecisionForm(QWidget):
    recorded = Signal(object)  # case id
    failed = Signal(str)  # a sentence to show

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.case_id: UUID | None = None
        self.drafts: dict[UUID, Draft] = {}
        self.now_button = QRadioButton("For right &now", self)
        self.later_button = QRadioButton("For &later", self)
        self.now_button.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.now_button)
        group.addButton(self.later_button)
        self.response = QComboBox(self)
        self.response.setAccessibleName("Response from the ladder")
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("decision_text")
        self.text.setAccessibleName("What was decided")
        self.text.setPlaceholderText("What the team decided")
        self.text.setFixedHeight(64)
        self.owner = QComboBox(self)
        self.owner.setEditable(True)
        self.owner.setAccessibleName("Who carries it out")
        self.owner.addItems([""] + [m.name for m in vault.members()])
        self.record = QPushButton("&Record the decision", self)
        self.record.clicked.connect(self._record)
        when = QHBoxLayout()
        when.addWidget(self.now_button)
        when.addWidget(self.later_button)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow("When", when)
        form.addRow("&Response", self.response)
        form.addRow("&Decision", self.text)
        form.addRow("Carried out &by", self.owner)
        form.addRow(self.record)

    def show_case(self, case_id: UUID | None, quadrant: Quadrant | None) -> None:
        """Keep what was typed for the case being left; show the draft of the next one (or nothing)."""
        if self.case_id is not None:
            self.drafts[self.case_id] = self._draft()
        self.case_id = case_id
        self.response.clear()
        for option in responses_for(self.vault.procedure, quadrant):
            self.response.addItem(option.label, option.id)
        draft = self.drafts.get(case_id, Draft()) if case_id else Draft()
        self.text.setPlainText(draft.text)
        (self.later_button if draft.later else self.now_button).setChecked(True)
        if draft.response:
            self.response.setCurrentIndex(max(0, self.response.findData(draft.response)))
        self.owner.setCurrentText(draft.owner)

    def _draft(self) -> Draft:
        return Draft(
            text=self.text.toPlainText(),
            later=self.later_button.isChecked(),
            response=str(self.response.currentData() or ""),
            owner=self.owner.currentText(),
        )

    def _record(self) -> None:
        if self.case_id is None:
            return
        draft = self._draft()
        horizon: Horizon = "later" if draft.later else "now"
        try:
            record_decision(
                self.vault,
                self.case_id,
                text=draft.text,
                horizon=horizon,
                response=draft.response,
                owner=draft.owner.strip(),
            )
        except VaultError as error:
            self.failed.emit(str(error))
            return
        self.drafts.pop(self.case_id, None)
        self.text.clear()
        self.owner.setCurrentText("")
        self.recorded.emit(self.case_id)
