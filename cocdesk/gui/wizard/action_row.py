"""One action on the take-action step: what, who takes it, whether it is done and when.

Ticking it done says now; the time stays editable, then and later, for when it really happened.
"Carries out" says which decision for right now the action carries out: only a decision whose action
is done counts as taken in the public report. With exactly one decision for right now, a new action
carries out that one unless the team says otherwise.
"""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFrame, QGridLayout, QLabel, QPushButton

from cocdesk.domain import Action, Case, now
from cocdesk.domain.shown_time import minute, past_problem
from cocdesk.gui.time_edit import TimeEdit
from cocdesk.gui.wizard.common import name_it
from cocdesk.gui.wizard.field_text import LongTextField
from cocdesk.gui.wizard.name_echo import NameEcho
from cocdesk.gui.wizard.open_case import OpenCase


class ActionRow(QFrame):
    sig_edited = Signal()  # its words, who takes it, or the decision it carries out
    sig_done = Signal()  # ticked done, or not done
    sig_done_time = Signal()  # when it was done, typed or picked
    sig_removed = Signal(object)

    def __init__(self, open_case: OpenCase, action_id: UUID | None, number: int) -> None:
        super().__init__()
        self.action_id = action_id  # None until the desk has added it
        self.done_at: datetime | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title = f"Action {number}"
        self.text = LongTextField(f"{title}: what", lines=2)
        self.text.sig_edited.connect(self.sig_edited)
        self.owner = QComboBox()
        self.owner.setEditable(True)
        self.owner.addItems(["", *open_case.team()])
        name_it(self.owner, f"{title}: who")
        self.owner.editTextChanged.connect(lambda _text: self.sig_edited.emit())
        self.carries = QComboBox()
        name_it(self.carries, f"{title}: carries out", "The decision for right now this action carries out")
        self.carries_label = QLabel("Carries out")
        self.carries_label.setBuddy(self.carries)
        self.show_decisions(open_case.case, default=True)
        self.carries.currentIndexChanged.connect(lambda _index: self.sig_edited.emit())
        self.done = QCheckBox("Done")
        name_it(self.done, f"{title}: done")
        self.done.toggled.connect(self._done_toggled)
        self.zone = open_case.zone
        self.when = TimeEdit(
            f"{title}: done at",
            self.zone,
            clearable=False,
            check=lambda moment: past_problem(moment, self.zone, now(), open_case.case.received_at),
            blank_problem="Give when it was done, or untick Done.",
        )
        self.when.sig_changed.connect(self._done_time_typed)
        self.when_label = QLabel("Done at")
        remove = QPushButton("Remove")
        name_it(remove, f"{title}: remove")
        remove.clicked.connect(lambda: self.sig_removed.emit(self))
        grid = QGridLayout(self)
        grid.addWidget(QLabel(title), 0, 0)
        grid.addWidget(self.text, 0, 1, 1, 3)
        self.echo = NameEcho(open_case, self.text.text)  # the names typed in it, as they will read
        grid.addWidget(self.echo, 1, 1, 1, 3)
        grid.addWidget(QLabel("Who"), 2, 0)
        grid.addWidget(self.owner, 2, 1)
        grid.addWidget(self.carries_label, 3, 0)
        grid.addWidget(self.carries, 3, 1, 1, 3)
        grid.addWidget(self.done, 2, 2)
        grid.addWidget(self.when_label, 4, 0)  # added before Remove: Tab goes from Done to its time
        grid.addWidget(self.when, 4, 1, 1, 3)
        grid.addWidget(remove, 2, 3)
        grid.setColumnStretch(1, 1)
        self._show_when()

    def _show_when(self) -> None:
        for widget in (self.when_label, self.when):
            widget.setVisible(self.done_at is not None)

    def _done_toggled(self, checked: bool) -> None:
        self.done_at = minute(now()) if checked else None
        self.when.show_moment(self.done_at)
        self._show_when()
        self.sig_done.emit()

    def _done_time_typed(self) -> None:
        if self.when.moment() is not None:
            self.done_at = self.when.moment()
            self.sig_done_time.emit()

    def typed(self) -> tuple[str, str]:
        return str(self.text.value()).strip(), self.owner.currentText()

    def carries_out(self) -> UUID | None:
        found = self.carries.currentData()
        return UUID(found) if isinstance(found, str) and found else None

    def show_decisions(self, case: Case, *, default: bool = False) -> None:
        """The case's decisions for right now to choose from, keeping the one chosen; with ``default``
        and exactly one of them, that one."""
        chosen = self.carries_out()
        for_now = [d for d in case.decisions if d.horizon == "now"]
        if default and len(for_now) == 1:
            chosen = for_now[0].id
        self.carries.blockSignals(True)  # the choices changing is not an edit
        self.carries.clear()
        self.carries.addItem("None of the decisions", "")
        for number, decision in enumerate(for_now, start=1):
            words = " ".join(decision.text.split())
            words = words if len(words) <= 60 else words[:59] + "…"
            self.carries.addItem(f"Decision {number}: {words}", str(decision.id))
        self.carries.setCurrentIndex(max(0, self.carries.findData(str(chosen))) if chosen else 0)
        self.carries.blockSignals(False)

    def show_action(self, action: Action) -> None:
        self.text.show_value(action.text)
        for control in (self.owner, self.done, self.carries):
            control.blockSignals(True)  # showing what is stored is not an edit
        if self.owner.currentText().strip() != action.owner:
            self.owner.setEditText(action.owner)
        linked = str(action.carries_out) if action.carries_out else ""
        self.carries.setCurrentIndex(max(0, self.carries.findData(linked)))
        self.done_at = action.done_at
        self.done.setChecked(action.done_at is not None)
        for control in (self.owner, self.done, self.carries):
            control.blockSignals(False)
        if self.when.moment() != action.done_at:  # text that does not read yet stays as typed
            self.when.show_moment(action.done_at)
        self._show_when()
