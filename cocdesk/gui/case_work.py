"""The wizard and the board as the main window opens them.

A report taken or continued in the wizard is a page of the main window, like the list and the case
view; the board is a window of its own, beside it. Before a lock the wizard saves what is being typed;
after unlocking as the same member both carry on with the reopened vault.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from cocdesk.vault import VaultError


class CaseWork(QObject):
    changed = Signal()  # a case was saved in the wizard or moved on the board: lists are out of date
    problem = Signal(str)  # one sentence to show

    def __init__(self, pages: QStackedWidget, owner: QWidget) -> None:
        super().__init__(owner)
        self.pages, self.owner = pages, owner
        self.vault: Any = None
        self.wizard: Any = None
        self.board: Any = None

    def attach(self, vault: Any) -> None:
        self.vault = vault

    # the wizard

    def new_report(self) -> None:
        from cocdesk.gui.wizard import new_report

        self._open_wizard(lambda: new_report(self.vault, self.pages))

    def enter_paper_form(self) -> None:
        from cocdesk.gui.wizard import enter_paper_form

        self._open_wizard(lambda: enter_paper_form(self.vault, self.pages))

    def continue_case(self, case_id: UUID) -> None:
        if self.wizard is not None and str(self.wizard.open_case.case_id) == str(case_id):
            self.show_wizard()
            return
        from cocdesk.gui.wizard import WizardWidget

        self._open_wizard(lambda: WizardWidget(self.vault, case_id, self.pages))

    def _open_wizard(self, make: Any) -> None:
        self.flush()
        try:
            wizard = make()
        except VaultError as error:
            self.problem.emit(str(error))
            return
        if wizard is None:  # the paper form's questions were cancelled
            return
        self._discard_wizard()
        self.wizard = wizard
        wizard.case_changed.connect(self.changed)
        self.pages.addWidget(wizard)
        self.changed.emit()  # a new case is on the list
        self.show_wizard()

    def show_wizard(self) -> None:
        if self.wizard is not None:
            self.pages.setCurrentWidget(self.wizard)
            self.wizard.setFocus()

    def _discard_wizard(self) -> None:
        if self.wizard is not None:
            self.wizard.flush()
            self.pages.removeWidget(self.wizard)
            self.wizard.deleteLater()
            self.wizard = None

    # the board

    def show_board(self, case_id: UUID | None = None) -> None:
        from cocdesk.gui.board import BoardWindow

        self.flush()
        if self.board is None:
            self.board = BoardWindow(self.vault, self.owner)
            self.board.resize(1280, 800)
        else:
            self.board.refresh()
        self.board.show()
        self.board.raise_()
        self.board.activateWindow()
        if case_id is not None:
            self.board.select_case(case_id)

    # locking

    def flush(self) -> None:
        """Save whatever is being typed in the wizard: before a lock, a quit, or opening anything else."""
        if self.wizard is not None:
            self.wizard.flush()

    def resume(self, vault: Any) -> None:
        self.vault = vault
        if self.wizard is not None:
            self.wizard.resume(vault)
        if self.board is not None:
            self.board.resume(vault)
