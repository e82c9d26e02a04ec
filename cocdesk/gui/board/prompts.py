"""The board's modal questions, each a small function that tests replace."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from cocdesk.domain.common import SHORT_TEXT_MAX
from cocdesk.gui import dialogs


class RationaleDialog(QDialog):
    def __init__(self, parent: QWidget | None, question: str, *, on_screen: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle("Why move it?")
        self.setObjectName("rationale_dialog")
        label = QLabel(question, self)
        label.setWordWrap(True)
        self.line = QLineEdit(self)
        self.line.setObjectName("rationale")
        self.line.setMaxLength(SHORT_TEXT_MAX)
        self.line.setPlaceholderText("One line: why the case goes there")
        self.line.setAccessibleName("Reason for the move")
        label.setBuddy(self.line)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("&Move")
        self.ok.setEnabled(False)
        self.line.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.line)
        if on_screen:
            warning = QLabel("This is on the big screen: keep it general, no names.", self)
            warning.setWordWrap(True)
            layout.addWidget(warning)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())


def ask_rationale(parent: QWidget | None, question: str, *, on_screen: bool = False) -> str | None:
    """The one-line reason for a move, or None when the move is cancelled."""
    dialog = RationaleDialog(parent, question, on_screen=on_screen)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    text = dialog.line.text().strip()
    return text or None


def tell(parent: QWidget | None, title: str, sentence: str) -> None:
    """One sentence that says what happened and what to do, as the station says it."""
    dialogs.tell(parent, title, sentence)
