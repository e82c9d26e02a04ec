"""One step's page: what it is for, its checklist, its questions and its part, with guidance beside.

The page is laid out in the paper form's order (checklist, questions, then the part), so a responder
typing in a paper form meets each box where the form has it. A page that asks whether anyone is in
danger asks it first, on paper as at the desk.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from cocdesk.domain import Case
from cocdesk.flow.requirements import in_danger
from cocdesk.gui.evidence import EvidenceStrip
from cocdesk.gui.window_keys import focus_first
from cocdesk.gui.wizard.checklist import ChecklistSection
from cocdesk.gui.wizard.common import focus_order, heading, note, separator
from cocdesk.gui.wizard.danger import DangerPanel
from cocdesk.gui.wizard.fields import FieldsSection
from cocdesk.gui.wizard.guidance import GuidanceBox
from cocdesk.gui.wizard.open_case import OpenCase
from cocdesk.gui.wizard.part_actions import CountdownBanner
from cocdesk.gui.wizard.parts import part_editor
from cocdesk.procedure import Step

EVIDENCE_FIELD = "evidence"
"""The question of the procedure that asks what evidence exists: its step shows the evidence strip."""


class StepPage(QWidget):
    def __init__(
        self, open_case: OpenCase, step: Step, number: int, total: int, *, paper: bool = False
    ) -> None:
        super().__init__()
        self.open_case, self.step = open_case, step
        self.setAccessibleName(f"Step {number}: {step.title}")
        self.danger: DangerPanel | None = None
        self.countdown: CountdownBanner | None = None
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(16, 12, 16, 16)
        column.addWidget(note(f"Step {number} of {total} · {step.role.label}"))
        column.addWidget(heading(step.title, 1.6))
        purpose = QLabel(step.purpose)
        purpose.setWordWrap(True)
        column.addWidget(purpose)
        if any(spec.crisis for spec in step.fields):
            self.danger = DangerPanel(open_case, step.id)
            column.addWidget(self.danger)
        if step.deadline:
            self.countdown = CountdownBanner(open_case, step.deadline)
            column.addWidget(self.countdown)
        self.checklist = ChecklistSection(open_case, step) if step.items else None
        self.fields = FieldsSection(open_case, step) if step.fields else None
        self.part = part_editor(open_case, step.part) if step.part else None
        order = [self.checklist, self.fields, self.part]
        if self.danger is not None:  # the danger question comes first, as on the paper form
            order = [self.fields, self.checklist, self.part]
        for section in order:
            if section is not None:
                column.addWidget(separator())
                column.addWidget(section)
        self.evidence: EvidenceStrip | None = None
        if any(spec.id == EVIDENCE_FIELD for spec in step.fields):  # the step that asks what exists
            column.addWidget(separator())
            column.addWidget(heading("Evidence", 1.2))
            self.evidence = EvidenceStrip(open_case.session)
            self.evidence.catch_drops_on(self)
            column.addWidget(self.evidence)
        column.addStretch(1)
        wrap_forms(body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.guidance = GuidanceBox(step)
        self.guidance.setFixedWidth(290)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.guidance)
        self.load(open_case.case)

    def load(self, case: Case) -> None:
        if self.evidence is not None:
            self.evidence.show_case(case.id, case.attachments)
        for section in (self.checklist, self.fields, self.part):
            load = getattr(section, "load", None)
            if load is not None:
                load(case)
        if self.danger is not None:
            self.danger.setVisible(in_danger(self.open_case.procedure, case))
            self.danger.load()
        if self.countdown is not None:
            self.countdown.refresh()

    def leave(self) -> None:
        """Leaving the page: anything that waits for a deliberate act (a placement) is done now."""
        commit = getattr(self.part, "commit", None)
        if commit is not None:
            commit()

    def focus_first(self) -> None:
        """Put the keyboard in the page's first control, as if tabbed into: the danger question,
        where the page asks it first, is a yes or no, not a field to type in."""
        focus_first(self, fields_only=False, among=focus_order(self))

    def set_guidance_visible(self, visible: bool) -> None:
        self.guidance.setVisible(visible)


def wrap_forms(body: QWidget) -> None:
    """Labels beside fields wrap, and a field goes under its label when both do not fit beside: the
    page gets narrower with the window instead of scrolling sideways."""
    for form in body.findChildren(QFormLayout):
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                label.setWordWrap(True)
