"""The response wizard for one case: the step list, the step's page, and the way between steps.

    wizard = WizardWidget(session, case.code)     # continue a case, at its first step not done
    wizard.flush()                                # before locking or closing: saves what was typed

The wizard keeps the station's session, never a desk: after an unlock by the same member it reads the
case again and carries on, cursor and all. What the signed-in member may change follows the desk's
policy; everything else is shown read-only.

Alt+Right / Alt+Left (or Ctrl+PgDown / Ctrl+PgUp) move between steps, Ctrl+Enter marks the step
done and moves on, F1 opens the general advice.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cocdesk.desk import Act
from cocdesk.domain import now
from cocdesk.flow.engine import Flow, StepState
from cocdesk.gui import paper_out
from cocdesk.gui.paper_out import Paper
from cocdesk.gui.session import Session
from cocdesk.gui.wizard.common import WIZARD_NAME, order_tabs
from cocdesk.gui.wizard.folding import GUIDANCE, wizard_folding
from cocdesk.gui.wizard.footer import StepFooter
from cocdesk.gui.wizard.guidance import AdvicePage
from cocdesk.gui.wizard.header import CaseHeader
from cocdesk.gui.wizard.open_case import OpenCase
from cocdesk.gui.wizard.page import StepPage
from cocdesk.gui.wizard.step_list import ADVICE, StepList
from cocdesk.paper import blank_form

REFRESH_MS = 30_000
PROBLEM_STYLE = "background: #f9dedc; color: #410e0b; padding: 6px; border-radius: 4px;"


class WizardWidget(QWidget):
    sig_case_changed = Signal(object)  # the case's id, after each save or re-read

    def __init__(
        self,
        session: Session,
        case_ref: Any,
        parent: QWidget | None = None,
        *,
        step_id: str | None = None,
        paper: bool = False,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.open_case = OpenCase(session, case_ref, self)
        self.paper = paper
        self.pages: dict[str, StepPage] = {}
        self.current = ""
        self.setAccessibleName("Response wizard")
        self.setObjectName(WIZARD_NAME)
        self.steps = StepList()
        self.steps.sig_chosen.connect(self.go)
        self.stack = QStackedWidget()
        self.advice = AdvicePage(self.open_case.procedure)
        self.stack.addWidget(self.advice)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.setAccessibleName("Problem")
        self.problem.hide()
        self.header = CaseHeader(self.open_case, paper)
        self.header.sig_advice_wanted.connect(lambda: self.go(ADVICE))
        self.footer = StepFooter()
        self.footer.print_button.clicked.connect(self.print_step_form)
        self.footer.back_button.clicked.connect(self.previous)
        self.footer.done_button.clicked.connect(self.toggle_done)
        self.footer.next_button.clicked.connect(self.following)
        self.folding = wizard_folding(self.steps, self.pages.values, guidance=not paper, parent=self)
        for toggle in self.folding.buttons():
            self.header.toggles.addWidget(toggle)
        middle = QHBoxLayout()
        middle.addWidget(self.steps)
        middle.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.problem)
        layout.addLayout(middle, 1)
        layout.addWidget(self.footer)
        self._shortcuts()
        self.open_case.sig_changed.connect(self._show_case)
        self.open_case.sig_changed.connect(self._announce_change)
        self.open_case.sig_problem.connect(self.show_problem)
        self.ticker = QTimer(self)
        self.ticker.timeout.connect(self._tick)
        self.ticker.start(REFRESH_MS)
        flow = self.flow()
        first = step_id or (flow.next_step() or self.open_case.procedure.steps[0]).id
        self._show_case()
        self.go(first, focus=True)

    def _shortcuts(self) -> None:
        keys = {
            "Alt+Right": self.following,
            "Ctrl+PgDown": self.following,
            "Alt+Left": self.previous,
            "Ctrl+PgUp": self.previous,
            "Ctrl+Return": self.mark_done,
            "Ctrl+Enter": self.mark_done,
            "F1": lambda: self.go(ADVICE),
        }
        for sequence, slot in keys.items():
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # moving

    def flow(self) -> Flow:
        return Flow(self.open_case.procedure, self.open_case.case, now())

    def page(self, step_id: str) -> StepPage:
        page = self.pages.get(step_id)
        if page is None:
            procedure = self.open_case.procedure
            step = procedure.step(step_id)
            number = procedure.steps.index(step) + 1
            page = StepPage(self.open_case, step, number, len(procedure.steps), paper=self.paper)
            page.set_guidance_visible(self.folding.shown[GUIDANCE])
            self.pages[step_id] = page
            self.stack.addWidget(page)
            order_tabs(self)
        return page

    def go(self, step_id: str, focus: bool = False) -> None:
        """Show ``step_id`` (or ADVICE); ``focus`` puts the keyboard in the page's first control."""
        if step_id == self.current:
            return
        self.flush()
        self.current = step_id
        self.problem.hide()
        if step_id == ADVICE:
            self.stack.setCurrentWidget(self.advice)
        else:
            page = self.page(step_id)
            page.load(self.open_case.case)
            self.stack.setCurrentWidget(page)
            if focus:
                page.focus_first()
        self.steps.select(step_id)
        self._show_status()

    def focus_step(self) -> None:
        """The keyboard in the shown step's first control, unless it is in the step already."""
        page = self.stack.currentWidget()
        focused = QApplication.focusWidget()
        if isinstance(page, StepPage) and not (focused is not None and page.isAncestorOf(focused)):
            page.focus_first()

    def following(self) -> None:
        if self.current == ADVICE:
            return
        step = self.flow().following(self.current)
        if step is not None:
            self.go(step.id, focus=True)

    def previous(self) -> None:
        if self.current == ADVICE:
            return
        step = self.flow().previous(self.current)
        if step is not None:
            self.go(step.id, focus=True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.folding.resized(self.width())

    # done, saved, shown

    def mark_done(self) -> None:
        """Ctrl+Enter: mark the step done and move on; a step still missing something says what."""
        if self.current == ADVICE:
            return
        self.flush()
        status = self.flow().status(self.current)
        if status.state == StepState.DONE:
            self.following()
            return
        if not status.can_complete:
            self.show_problem("This step still needs: " + "; ".join(status.missing) + ".")
            return
        if self.open_case.complete_step(self.current, True):
            self.following()

    def toggle_done(self) -> None:
        if self.flow().status(self.current).state == StepState.DONE:
            self.open_case.complete_step(self.current, False)
        else:
            self.mark_done()

    def flush(self) -> bool:
        """Save everything typed so far. The station calls this before it locks or closes the desk."""
        if not self.open_case.is_mine:
            return not self.open_case.has_pending
        page = self.pages.get(self.current)
        if page is not None:
            page.leave()
        return self.open_case.flush()

    def _announce_change(self) -> None:
        self.sig_case_changed.emit(self.open_case.case.id)

    def _tick(self) -> None:
        """Every half minute: read the case again (the board may have placed it) and let steps turn late."""
        if self.open_case.is_mine and not self.open_case.has_pending:
            self.open_case.reload()

    def refresh(self) -> None:
        """Read the case again and show it (typing still waiting to be saved is saved first)."""
        if self.open_case.is_mine:
            self.flush()
            self.open_case.reload()

    def _show_case(self) -> None:
        """Show the case as last read; locked, the pages keep what they show until the unlock."""
        if not self.open_case.is_mine:
            return
        self.steps.show_steps(self.flow().overview())
        self.steps.select(self.current)
        page = self.pages.get(self.current)
        if page is not None:
            page.load(self.open_case.case)
        self._show_status()

    def _show_status(self) -> None:
        step_id = None if self.current in ("", ADVICE) else self.current
        refusal = self.open_case.why_not(Act.COMPLETE_STEP)
        self.footer.show_step(self.flow(), self.open_case.case, step_id, refusal=refusal)

    def show_problem(self, sentence: str) -> None:
        self.problem.setText(sentence)
        self.problem.show()

    def print_step_form(self) -> None:
        """The step's blank paper form in the print preview: it holds nothing of the case."""
        if self.current in ("", ADVICE):
            return
        open_case = self.open_case
        document = blank_form(open_case.procedure, open_case.event_details, step_id=self.current)
        form = Paper("the paper form for this step", file_name=f"form-{self.current}.pdf")
        paper_out.show(self, document, form, self.session)

    # leaving

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        self.open_case.detach()  # a closed wizard no longer reads the case again at every change
        super().closeEvent(event)

    @property
    def current_step(self) -> str:
        return self.current
