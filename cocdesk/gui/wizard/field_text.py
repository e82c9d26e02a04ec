"""Editors for typed answers: a line, a few paragraphs, a number. Qt's own undo works in each."""

from __future__ import annotations

from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from cocdesk.domain import AnswerValue
from cocdesk.domain.common import SHORT_TEXT_MAX
from cocdesk.gui.wizard.common import FieldEditor


class ShortTextField(FieldEditor):
    def __init__(self, label: str) -> None:
        super().__init__()
        self.line = QLineEdit()
        self.line.setMaxLength(SHORT_TEXT_MAX)
        self.line.setAccessibleName(label)
        self._loading = False
        self.line.textChanged.connect(self._changed)
        _single(self, self.line)

    def _changed(self) -> None:
        if not self._loading:
            self.sig_edited.emit()

    def value(self) -> AnswerValue:
        return self.line.text()

    def set_value(self, value: AnswerValue) -> None:
        self._loading = True
        try:
            self.line.setText(value if isinstance(value, str) else "")
        finally:
            self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        self.line.setReadOnly(read_only)


class LongTextField(FieldEditor):
    """A few paragraphs. Tab moves on to the next question, as everywhere else in the wizard."""

    def __init__(self, label: str, lines: int = 5) -> None:
        super().__init__()
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(label)
        height = self.text.fontMetrics().lineSpacing() * lines + 12
        self.text.setMinimumHeight(height)
        self.text.setMaximumHeight(height * 2)
        self._loading = False
        self.text.textChanged.connect(self._changed)
        _single(self, self.text)

    def _changed(self) -> None:
        if not self._loading:
            self.sig_edited.emit()

    def value(self) -> AnswerValue:
        return self.text.toPlainText()

    def set_value(self, value: AnswerValue) -> None:
        self._loading = True
        try:
            self.text.setPlainText(value if isinstance(value, str) else "")
        finally:
            self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        self.text.setReadOnly(read_only)


class NumberField(FieldEditor):
    def __init__(self, label: str) -> None:
        super().__init__()
        self.line = QLineEdit()
        self.line.setValidator(QDoubleValidator())
        self.line.setAccessibleName(label)
        self._loading = False
        self.line.textChanged.connect(self._changed)
        _single(self, self.line)

    def _changed(self) -> None:
        if not self._loading:
            self.sig_edited.emit()

    def value(self) -> AnswerValue:
        text = self.line.text().strip().replace(",", ".")
        if not text:
            return None
        try:
            number = float(text)
        except ValueError:
            return None
        return int(number) if number.is_integer() and "." not in text else number

    def set_value(self, value: AnswerValue) -> None:
        shown = "" if value is None or isinstance(value, bool) else f"{value}"
        self._loading = True
        try:
            self.line.setText(shown if isinstance(value, int | float) else "")
        finally:
            self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        self.line.setReadOnly(read_only)


def _single(editor: FieldEditor, inner: QWidget) -> None:
    layout = QVBoxLayout(editor)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(inner)
