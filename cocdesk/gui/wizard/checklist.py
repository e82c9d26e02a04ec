"""A step's checklist: each tick is saved as it is made and shows in the timeline."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from cocdesk.desk import Act
from cocdesk.domain import Case
from cocdesk.gui.wizard.common import WrappingCheck
from cocdesk.gui.wizard.open_case import OpenCase
from cocdesk.procedure import Step


class ChecklistSection(QWidget):
    def __init__(self, open_case: OpenCase, step: Step) -> None:
        super().__init__()
        self.open_case, self.step = open_case, step
        self.boxes: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for item in step.items:
            row = WrappingCheck(item.text + (" *" if item.required else ""))
            box = row.box
            box.setAccessibleName(item.text)
            if item.required:
                box.setAccessibleDescription("Required")
            box.toggled.connect(lambda checked, item_id=item.id: self._ticked(item_id, checked))
            layout.addWidget(row)
            self.boxes[item.id] = box
        self.load(open_case.case)

    def _ticked(self, item_id: str, checked: bool) -> None:
        self.open_case.tick(self.step.id, item_id, checked)

    def load(self, case: Case) -> None:
        record = case.steps.get(self.step.id)
        ticked = set(record.checked) if record else set()
        refusal = self.open_case.why_not(Act.EDIT_REPORT)
        for item_id, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(item_id in ticked)
            box.blockSignals(False)
            box.setEnabled(not refusal)
            box.setToolTip(refusal)
