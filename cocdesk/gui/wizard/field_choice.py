"""Editors for picked answers: one of a list, several of a list, yes or no."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QCheckBox, QComboBox, QHBoxLayout, QRadioButton, QVBoxLayout

from cocdesk.domain import AnswerValue
from cocdesk.gui.wizard.common import FieldEditor, literal

NOT_ANSWERED = "—"


class ChoiceField(FieldEditor):
    """A drop-down whose first entry means "not answered"; arrow keys pick without opening it."""

    def __init__(self, label: str, choices: list[str]) -> None:
        super().__init__()
        self.combo = QComboBox()
        self.combo.addItems([NOT_ANSWERED, *choices])
        self.combo.setAccessibleName(label)
        self._loading = False
        self.combo.currentIndexChanged.connect(self._changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addStretch(1)

    def _changed(self) -> None:
        if not self._loading:
            self.sig_edited.emit()

    def value(self) -> AnswerValue:
        return self.combo.currentText() if self.combo.currentIndex() > 0 else None

    def set_value(self, value: AnswerValue) -> None:
        self._loading = True
        try:
            index = self.combo.findText(value) if isinstance(value, str) else 0
            self.combo.setCurrentIndex(max(index, 0))
        finally:
            self._loading = False


class MultiChoiceField(FieldEditor):
    """A box to tick for each choice; Space ticks the one with the focus."""

    def __init__(self, label: str, choices: list[str]) -> None:
        super().__init__()
        self.choices = list(choices)
        self.boxes: list[QCheckBox] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for choice in choices:
            box = QCheckBox(literal(choice))
            box.setAccessibleName(f"{label}: {choice}")
            box.toggled.connect(lambda _checked: self._changed())
            layout.addWidget(box)
            self.boxes.append(box)
        self._loading = False

    def _changed(self) -> None:
        if not self._loading:
            self.sig_edited.emit()

    def value(self) -> AnswerValue:
        return [choice for choice, box in zip(self.choices, self.boxes, strict=True) if box.isChecked()]

    def set_value(self, value: AnswerValue) -> None:
        chosen = set(value) if isinstance(value, list) else set()
        self._loading = True
        try:
            for choice, box in zip(self.choices, self.boxes, strict=True):
                box.setChecked(choice in chosen)
        finally:
            self._loading = False


class YesNoField(FieldEditor):
    """Two large buttons, Yes and No, that start with neither chosen."""

    def __init__(self, label: str) -> None:
        super().__init__()
        self.yes, self.no = QRadioButton("Yes"), QRadioButton("No")
        self.group = QButtonGroup(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button, word in ((self.yes, "Yes"), (self.no, "No")):
            button.setAccessibleName(f"{label}: {word}")
            button.toggled.connect(self._toggled)
            self.group.addButton(button)
            layout.addWidget(button)
        layout.addStretch(1)
        self._loading = False

    def _toggled(self, checked: bool) -> None:
        if checked and not self._loading:  # the button chosen; the other one's untoggling is the same edit
            self.sig_edited.emit()

    def value(self) -> AnswerValue:
        if self.yes.isChecked():
            return True
        return False if self.no.isChecked() else None

    def set_value(self, value: AnswerValue) -> None:
        self._loading = True
        try:
            self.group.setExclusive(False)
            self.yes.setChecked(value is True)
            self.no.setChecked(value is False)
            self.group.setExclusive(True)
        finally:
            self._loading = False
