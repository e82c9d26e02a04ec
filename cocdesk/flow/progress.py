"""A case's status, following the steps that are done: received, assessing, decided, acted, filed."""

from __future__ import annotations

from cocdesk.domain.case import Case, CaseStatus
from cocdesk.procedure.model import Part, Procedure

# The furthest part done decides the status; the order is the order of the response.
STATUS_BY_PART = (
    (Part.FILING, CaseStatus.FILED),
    (Part.ACTIONS, CaseStatus.ACTED),
    (Part.DECISION, CaseStatus.DECIDED),
    (Part.PLACEMENT, CaseStatus.ASSESSING),
    (Part.MEETING, CaseStatus.ASSESSING),
)


def status_from_steps(procedure: Procedure, case: Case) -> CaseStatus:
    """The status the steps done so far call for. A closed case stays closed."""
    if case.status == CaseStatus.CLOSED:
        return case.status
    done = {step_id for step_id, record in case.steps.items() if record.done_at is not None}
    for part, status in STATUS_BY_PART:
        step = procedure.step_with_part(part)
        if step is not None and step.id in done:
            return status
    return CaseStatus.RECEIVED
