"""Below the page: what the step still needs, and the way on: print, back, mark done, next."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cocdesk.domain import Case
from cocdesk.flow.engine import Flow, StepState
from cocdesk.gui.wizard.common import name_it


class StepFooter(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setAccessibleName("Still needed")
        self.print_button = QPushButton("Print this step's paper &form…")
        name_it(self.print_button, "Print this step's paper form")
        self.back_button = QPushButton("◀ &Back")
        name_it(self.back_button, "Previous step", "Alt+Left")
        self.done_button = QPushButton()
        self.next_button = QPushButton("&Next ▶")
        name_it(self.next_button, "Next step", "Alt+Right")
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addStretch(1)
        for button in (self.back_button, self.done_button, self.next_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.missing)
        layout.addLayout(row)

    def show_step(self, flow: Flow, case: Case, step_id: str | None, *, refusal: str = "") -> None:
        """The footer for ``step_id``; None (the advice page) hides what belongs to a step.
        ``refusal``: why the signed-in member may not mark steps done or reopen them, if they may not."""
        self.setVisible(step_id is not None)
        if step_id is None:
            return
        status = flow.status(step_id)
        done = status.state == StepState.DONE
        self.done_button.setText("&Reopen this step" if done else "&Mark done (Ctrl+Enter)")
        self.done_button.setEnabled(not refusal and (done or status.can_complete))
        self.done_button.setToolTip(refusal)
        name_it(self.done_button, "Reopen this step" if done else "Mark this step done", "Ctrl+Enter")
        record = case.steps.get(step_id)
        if done and record is not None:
            self.missing.setText(
                f"Done by {record.done_by or 'someone'}. You can still change anything here."
            )
        elif status.missing:
            self.missing.setText("Still needed: " + "; ".join(status.missing))
        else:
            self.missing.setText("Everything this step needs is here: mark it done (Ctrl+Enter).")
        self.back_button.setEnabled(flow.previous(step_id) is not None)
        self.next_button.setEnabled(flow.following(step_id) is not None)
