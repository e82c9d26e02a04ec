"""The wizard's flow over one case: where the responder is, what is done, waiting or late."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from cocdesk.domain.case import Case, Deadline
from cocdesk.flow.requirements import missing
from cocdesk.procedure.model import Procedure, Step


class StepState(StrEnum):
    DONE = "done"
    WAITING = "waiting"
    LATE = "late"


@dataclass(frozen=True)
class StepStatus:
    step: Step
    state: StepState
    missing: list[str]
    deadline: Deadline | None

    @property
    def can_complete(self) -> bool:
        return not self.missing


class Flow:
    """Plain Python over a case and the procedure; the wizard pages only show it."""

    def __init__(self, procedure: Procedure, case: Case, at: datetime) -> None:
        self.procedure, self.case, self.at = procedure, case, at

    def status(self, step_id: str) -> StepStatus:
        step = self.procedure.step(step_id)
        record = self.case.steps.get(step_id)
        deadline = next((d for d in self.case.deadlines if d.id == step.deadline), None)
        if record is not None and record.done_at is not None:
            state = StepState.DONE
        elif deadline is not None and not self.case.held and deadline.overdue(self.at):
            state = StepState.LATE
        else:
            state = StepState.WAITING
        return StepStatus(step, state, missing(step, self.case), deadline)

    def overview(self) -> list[StepStatus]:
        return [self.status(step.id) for step in self.procedure.steps]

    def next_step(self) -> Step | None:
        """The first step not yet done, in the procedure's order; None when every step is done."""
        return next((s.step for s in self.overview() if s.state != StepState.DONE), None)

    def previous(self, step_id: str) -> Step | None:
        index = self._index(step_id)
        return self.procedure.steps[index - 1] if index > 0 else None

    def following(self, step_id: str) -> Step | None:
        index = self._index(step_id)
        steps = self.procedure.steps
        return steps[index + 1] if index + 1 < len(steps) else None

    def overdue(self) -> list[Deadline]:
        """The deadlines passed; none while the case is held (no deadline runs then)."""
        return [] if self.case.held else [d for d in self.case.deadlines if d.overdue(self.at)]

    def _index(self, step_id: str) -> int:
        return [s.id for s in self.procedure.steps].index(step_id)
