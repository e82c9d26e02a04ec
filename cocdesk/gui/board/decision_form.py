"""The decision capture of the "decide" step, on the board: what, for when, which response, who.

Recording is the desk's act, run through the session, which announces the case as changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from cocdesk.board.cards import Quadrant
from cocdesk.board.decisions import Horizon, responses_for
from cocdesk.gui.forms.ui_decision_form import Ui_DecisionForm
from cocdesk.gui.session import Session


@dataclass
class Draft:
    text: str = ""
    later: bool = False
    response: str = ""
    owner: str = ""


class DecisionForm(QWidget):
    """The layout is ui/decision_form.ui; ``response``, ``text``, ``owner`` and ``record`` name its
    controls for the panel (and the tests) that fill and press them."""

    sig_recorded = Signal(object)  # case id

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DecisionForm()
        self.ui.setupUi(self)
        self.session = session
        self.case_id: UUID | None = None
        self.drafts: dict[UUID, Draft] = {}
        self.now_button, self.later_button = self.ui.now_button, self.ui.later_button
        self.response = self.ui.response_combo
        self.text = self.ui.decision_text
        self.owner = self.ui.owner_combo
        self.record = self.ui.record_button
        self.set_members(session.read(lambda desk: [m.name for m in desk.members()], []))
        self.record.clicked.connect(self._record)

    def set_members(self, names: list[str]) -> None:
        """Who can carry a decision out: the team's members (typing another name works too)."""
        typed = self.owner.currentText()
        self.owner.clear()
        self.owner.addItems(["", *names])
        self.owner.setCurrentText(typed)

    def show_case(self, case_id: UUID | None, quadrant: Quadrant | None) -> None:
        """Keep what was typed for the case being left; show the draft of the next one (or nothing)."""
        if self.case_id is not None:
            self.drafts[self.case_id] = self._draft()
        self.case_id = case_id
        self.response.clear()
        procedure = self.session.read(lambda desk: desk.procedure, None)
        for option in responses_for(procedure, quadrant) if procedure else []:
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
        case_id = self.case_id
        if case_id is None:
            return
        draft = self._draft()
        horizon: Horizon = "later" if draft.later else "now"
        decision = self.session.run(
            lambda desk: desk.record_decision(
                case_id, text=draft.text, horizon=horizon, response=draft.response, owner=draft.owner.strip()
            ),
            changed=[case_id],
            parent=self,
            title="Not recorded",
        )
        if decision is None:
            return  # the session said why; what was typed stays
        self.drafts.pop(case_id, None)
        if self.case_id == case_id:
            self.text.clear()
            self.owner.setCurrentText("")
        self.sig_recorded.emit(case_id)
