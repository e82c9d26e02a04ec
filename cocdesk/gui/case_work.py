"""The wizard and the board as the main window opens them.

A report taken or continued in the wizard is a page of the main window, like the list and the case
view; the board is a window of its own, beside it. Both hold the session, not a desk: after a lock and
an unlock as the same member they carry on with the reopened desk, and what they change reaches the
list and the case view through ``session.sig_cases_changed``. Before a lock the wizard saves what is
being typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from uuid import UUID

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStackedWidget, QWidget

from cocdesk.gui.session import Session


class CaseWork(QObject):
    def __init__(self, session: Session, pages: QStackedWidget, owner: QWidget) -> None:
        super().__init__(owner)
        self.session = session
        self.pages, self.owner = pages, owner
        self.wizard: Any = None
        self.board: Any = None

    # the wizard

    def new_report(self) -> None:
        from cocdesk.gui.wizard import new_report

        self._open_wizard(lambda: new_report(self.session, self.pages))

    def enter_paper_form(self) -> None:
        from cocdesk.gui.wizard import enter_paper_form

        self._open_wizard(lambda: enter_paper_form(self.session, self.pages))

    def continue_case(self, case_id: UUID) -> None:
        if self.wizard is not None and str(self.wizard.open_case.case_id) == str(case_id):
            self.show_wizard()
            return
        from cocdesk.gui.wizard import WizardWidget

        self._open_wizard(lambda: WizardWidget(self.session, case_id, self.pages))

    def _open_wizard(self, make: Callable[[], Any]) -> None:
        """``make`` builds the wizard (taking a report first, for a new one); a refusal is said once. The
        lists read again, as a new case may be on them."""
        self.flush()
        wizard = self.session.run(lambda _desk: make(), changed=[], parent=self.owner)
        if wizard is None:  # refused, or the paper form's questions were cancelled
            return
        self._discard_wizard()
        self.wizard = wizard
        self.pages.addWidget(wizard)
        self.show_wizard()

    def show_wizard(self) -> None:
        if self.wizard is not None:
            self.pages.setCurrentWidget(self.wizard)
            self.wizard.focus_step()  # typing goes into the step at once (Ctrl+N, then words)

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
            self.board = BoardWindow(self.session, self.owner)
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
