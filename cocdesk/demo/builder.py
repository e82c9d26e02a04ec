"""Building whole cases as a team would have left them: steps done in order, on a plausible clock."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from cocdesk.domain.case import AnswerValue, Case, CaseStatus, StepRecord
from cocdesk.domain.event import Event
from cocdesk.flow.deadlines import after_step, deadlines_for
from cocdesk.procedure.model import Part, Procedure

# Minutes after the report at which each step of the shipped procedure is typically done.
STEP_MINUTES = {
    "safety": 4,
    "gather": 30,
    "police": 34,
    "identity": 38,
    "report_form": 45,
    "meeting": 120,
    "assess": 135,
    "decide": 160,
    "event_lead": 190,
    "act": 250,
    "talk": 280,
    "inform_reporter": 320,
    "file": 540,
    "announce": 720,
}

# The last step a case in each status has done, by the part that step records.
LAST_PART_DONE = {
    CaseStatus.ASSESSING: Part.PLACEMENT,
    CaseStatus.DECIDED: Part.AGREEMENT,
    CaseStatus.ACTED: Part.INFORM_REPORTER,
    CaseStatus.FILED: Part.FILING,
}


def last_step_done(procedure: Procedure, status: CaseStatus) -> str | None:
    """The id of the last step a case in ``status`` has done, or None when it has just come in."""
    if status == CaseStatus.CLOSED:
        return procedure.steps[-1].id
    if status == CaseStatus.RECEIVED:
        meeting = procedure.step_with_part(Part.MEETING)
        index = procedure.steps.index(meeting) if meeting else 1
        return procedure.steps[max(0, index - 1)].id
    step = procedure.step_with_part(LAST_PART_DONE[status])
    return step.id if step else procedure.steps[-1].id


class Draft:
    """One case in the making, received at ``received`` by ``by``."""

    def __init__(self, procedure: Procedure, event: Event, received: datetime, by: str) -> None:
        self.procedure, self.event, self.received, self.by = procedure, event, received, by

    def at(self, minutes: float) -> datetime:
        return self.received + timedelta(minutes=minutes)

    def step_time(self, step_id: str) -> datetime:
        index = [s.id for s in self.procedure.steps].index(step_id)
        return self.at(STEP_MINUTES.get(step_id, 30 * (index + 1)))

    def case(
        self,
        *,
        status: CaseStatus,
        done_through: str | None,
        answers: dict[str, dict[str, AnswerValue]],
        **parts: Any,
    ) -> Case:
        """The case with every step up to ``done_through`` done (items ticked), and the given answers."""
        steps: dict[str, StepRecord] = {}
        deadlines = deadlines_for(self.procedure, self.event, self.received)
        done = done_through is not None
        for step in self.procedure.steps:
            values = {k: v for k, v in answers.get(step.id, {}).items() if v is not None}
            if done:
                at = self.step_time(step.id)
                items = [item.id for item in step.items]
                steps[step.id] = StepRecord(values=values, checked=items, done_at=at, done_by=self.by)
                deadlines = after_step(self.procedure, deadlines, step.id, at)
            elif values:
                steps[step.id] = StepRecord(values=values)
            done = done and step.id != done_through
        return Case(
            received_at=self.received,
            received_by=self.by,
            handler=parts.pop("handler", self.by),
            status=status,
            steps=steps,
            deadlines=deadlines,
            **parts,
        )
