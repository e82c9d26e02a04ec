"""Close the event: the CoC team lead's handover over ``cocdesk.closing.Closing``, in three parts.

1. every case not yet filed or closed is finished (opened in the main window) or left with a reason;
2. the Officer's export of the filed cases and the transparency report (PDF and Markdown) are saved
   where the lead chooses;
3. the event's name, typed exactly, destroys the vault.

The dialog stays beside the main window (not blocking it) so that a case can be finished there.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from uuid import UUID

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cocdesk.closing import Closing, ClosingNotReady, Saved
from cocdesk.gui import paper_actions, style
from cocdesk.gui.closing_cases import UnfinishedCases
from cocdesk.vault import VaultError

INTRO = (
    "Closing the event is the team's last act at the desk. Reports are not passed on to successive "
    "teams: once the documents below are saved, the vault is destroyed and no one can read its reports again."
)


class CloseEventDialog(QDialog):
    open_case = Signal(object)  # a case's UUID, to finish in the main window
    cases_changed = Signal()  # a case was left unfinished: the lists are out of date
    destroying = Signal()  # about to destroy the vault: save whatever is being typed now
    closed = Signal(str)  # the vault is destroyed; the sentence to tell the team

    def __init__(self, vault: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.closing = Closing(vault)
        self.setObjectName("close_event_dialog")
        self.setWindowTitle("Close the event")
        intro = QLabel(INTRO, self)
        intro.setWordWrap(True)
        self.cases = UnfinishedCases(self)
        self.cases.open_case.connect(self.open_case)
        self.cases.leave.connect(self._leave)
        self.problem = QLabel(self)
        self.problem.setObjectName("closing_problem")
        self.problem.setWordWrap(True)
        style.mark_problem(self.problem, True)
        self.problem.hide()
        close = QPushButton("Not &now", self)
        close.setAutoDefault(False)
        close.setToolTip("Close this window; the handover carries on where it was when you come back")
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        self.main_layout = layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.cases, 1)
        layout.addWidget(self._documents())
        layout.addWidget(self._destruction())
        layout.addWidget(self.problem)
        layout.addStretch(0)  # takes the room the cases leave once there are none
        layout.addLayout(bottom)
        self.resize(900, 720)

    @property
    def vault(self) -> Any:
        return self.closing.vault

    @vault.setter
    def vault(self, vault: Any) -> None:
        """The same lead unlocked again after a lock: carry on with the reopened vault."""
        self.closing.vault = vault

    def _documents(self) -> QGroupBox:
        box = QGroupBox("2. The last documents", self)
        self.officer_button = QPushButton("Save the &Officer's export of the filed cases…", box)
        self.officer_button.setObjectName("officer_export_button")
        self.officer_button.clicked.connect(self.save_officer_export)
        self.report_button = QPushButton("Save the &transparency report (PDF and Markdown)…", box)
        self.report_button.setObjectName("transparency_button")
        self.report_button.clicked.connect(self.save_transparency_report)
        self.officer_saved, self.report_saved = QLabel(box), QLabel(box)
        grid = QGridLayout(box)
        for row, (button, label) in enumerate(
            ((self.officer_button, self.officer_saved), (self.report_button, self.report_saved))
        ):
            button.setAutoDefault(False)
            label.setWordWrap(True)
            grid.addWidget(button, row, 0)
            grid.addWidget(label, row, 1)
        grid.setColumnStretch(1, 1)
        return box

    def _destruction(self) -> QGroupBox:
        box = QGroupBox("3. Destroy the vault", self)
        name = self.vault.event.name
        self.still = QLabel(box)
        self.still.setObjectName("still_to_do")
        self.still.setWordWrap(True)
        self.name_edit = QLineEdit(box)
        self.name_edit.setObjectName("event_name_edit")
        self.name_edit.setAccessibleName("The event's name, typed to confirm")
        self.name_edit.textChanged.connect(lambda _text: self._enable_destroy())
        label = QLabel(f"To destroy the vault, type the event's name, “{name}”:", box)
        label.setWordWrap(True)
        label.setBuddy(self.name_edit)
        self.destroy_button = QPushButton("&Destroy the vault and close the event", box)
        self.destroy_button.setObjectName("destroy_button")
        self.destroy_button.setAutoDefault(False)
        self.destroy_button.clicked.connect(self.destroy_vault)
        row = QHBoxLayout()
        row.addWidget(self.destroy_button)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        for widget in (self.still, label, self.name_edit):
            layout.addWidget(widget)
        layout.addLayout(row)
        return box

    # keeping up with the main window

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.refresh()  # back from finishing a case in the main window

    def refresh(self) -> None:
        if not self.vault.is_open:  # locked: the dialog is hidden until the same lead unlocks
            return
        try:
            unfinished = self.closing.unfinished()
            left = self.closing.still_to_do()
        except VaultError as error:
            self._say(str(error))
            return
        self.cases.show_cases(unfinished, self.vault.event.zone)
        self.main_layout.setStretchFactor(self.cases, 1 if unfinished else 0)
        self.main_layout.setStretch(self.main_layout.count() - 2, 0 if unfinished else 1)
        self.still.setText(
            "Still to do:\n" + "\n".join(f"• {sentence}" for sentence in left)
            if left
            else "✓ The handover is done. Destroying the vault cannot be undone."
        )
        self._enable_destroy()

    def _enable_destroy(self) -> None:
        ready = self.vault.is_open and not self.closing.still_to_do()
        self.name_edit.setEnabled(ready)
        self.destroy_button.setEnabled(ready and self.name_edit.text().strip() == self.vault.event.name)

    def _say(self, sentence: str) -> None:
        self.problem.setText(sentence)
        self.problem.setVisible(bool(sentence))

    # the three parts

    def _leave(self, case_id: UUID, reason: str) -> None:
        try:
            self.closing.leave_unfinished(case_id, reason)
        except VaultError as error:
            self._say(str(error))
            return
        self._say("")
        self.cases.left()
        self.cases_changed.emit()
        self.refresh()

    def save_officer_export(self) -> None:
        title = "Save the Officer's export of the filed cases"
        path = paper_actions.choose_export_path(self, title, "officer-export.pdf")
        if path is None:
            return
        try:
            saved = self.closing.save_officer_export(path)
        except (OSError, VaultError) as error:
            self._say(_not_saved(error))
            return
        self._say("")
        self.officer_saved.setText(
            _saved_text([saved]) if saved else "No case was filed: there is nothing to export."
        )
        self.refresh()

    def save_transparency_report(self) -> None:
        title = "Save the transparency report"
        path = paper_actions.choose_export_path(self, title, "transparency-report.pdf")
        if path is None:
            return
        try:
            saved = self.closing.save_transparency_report(path, Path(path).with_suffix(".md"))
        except (OSError, VaultError) as error:
            self._say(_not_saved(error))
            return
        self._say("")
        self.report_saved.setText(_saved_text(saved))
        self.refresh()

    def destroy_vault(self) -> None:
        self.destroying.emit()
        try:
            sentence = self.closing.destroy(self.name_edit.text())
        except ClosingNotReady as error:
            self._say(str(error))
            return
        except VaultError as error:
            self._say(f"The vault could not be destroyed: {error}")
            return
        self.accept()
        self.closed.emit(sentence)


def _saved_text(saved: list[Saved]) -> str:
    return "\n".join(f"✓ Saved {os.path.basename(s.path)} (SHA-256 {s.sha256[:12]}…)" for s in saved)


def _not_saved(error: Exception) -> str:
    if isinstance(error, OSError):
        return f"Not saved: {error.strerror or error}. Choose another folder."
    return f"Not saved: {error}"
