"""What a step still needs before it can be marked done, as sentences a responder can act on."""

from __future__ import annotations

from collections.abc import Callable

from cocdesk.domain.case import Case
from cocdesk.procedure.model import PARTY_KINDS, Part, Procedure, Step

ODD_TEAM_SIZES = (3, 5)


def missing(step: Step, case: Case) -> list[str]:
    """Everything ``step`` asks for that the case does not have yet; empty when it can be completed."""
    record = case.steps.get(step.id)
    values = record.values if record else {}
    ticked = set(record.checked) if record else set()
    gaps = [f"Tick “{item.text}”" for item in step.items if item.required and item.id not in ticked]
    for spec in step.fields:
        if not spec.required:
            continue
        if spec.kind in PARTY_KINDS:
            if spec.party is not None and not case.parties(spec.party):
                gaps.append(f"Add {spec.label.lower()}")
        elif values.get(spec.id) in (None, "", []):
            gaps.append(f"Answer “{spec.label}”")
    if step.part is not None:
        gaps += PART_RULES[step.part](case)
    return gaps


def in_danger(procedure: Procedure, case: Case) -> bool:
    """The danger branch: a crisis question (in the default procedure, the safety step's) was answered yes."""
    return any(
        case.steps[step.id].values.get(spec.id) is True
        for step in procedure.steps
        if step.id in case.steps
        for spec in step.fields
        if spec.crisis
    )


def _consent(case: Case) -> list[str]:
    consent = case.consent
    if consent.share_identity and not consent.words:
        return ["Record the reporter's consent to share their identity, exactly as they gave it"]
    return []


def _meeting(case: Case) -> list[str]:
    meeting = case.meeting
    if not meeting.present:
        return ["List the team members present at the meeting"]
    size = len(meeting.voting)
    if size not in ODD_TEAM_SIZES and not meeting.size_reason:
        return [f"The team should be 3 or 5 people deciding (now {size}): add members or give the reason"]
    return []


def _placement(case: Case) -> list[str]:
    return [] if case.placements else ["Place the case on the risk and impact matrix, with a one-line reason"]


def _decision(case: Case) -> list[str]:
    now_decisions = [d for d in case.decisions if d.horizon == "now"]
    if not now_decisions:
        return ["Record the decision for right now"]
    if not any(d.owner for d in now_decisions):
        return ["Say who will carry out the decision"]
    return []


def _agreement(case: Case) -> list[str]:
    agreement = case.agreement
    if agreement.agreed is None or not agreement.by:
        return ["Record the Event Lead Organiser's answer: who, and whether they agreed"]
    return []


def _actions(case: Case) -> list[str]:
    if not case.actions:
        return ["Record the action taken"]
    if not any(action.done_at for action in case.actions):
        return ["Mark the action as done once it is taken"]
    return []


def _communication(kind: str, sentence: str) -> Callable[[Case], list[str]]:
    def rule(case: Case) -> list[str]:
        return [] if any(c.kind == kind for c in case.communications) else [sentence]

    return rule


def _announcement(case: Case) -> list[str]:
    if not case.announcement.text:
        return ["Draft the announcement"]
    if not case.announcement.approved_by:
        return ["The Event Lead Organiser approves the announcement"]
    return []


PART_RULES: dict[Part, Callable[[Case], list[str]]] = {
    Part.CONSENT: _consent,
    Part.MEETING: _meeting,
    Part.PLACEMENT: _placement,
    Part.DECISION: _decision,
    Part.AGREEMENT: _agreement,
    Part.ACTIONS: _actions,
    Part.TALK: _communication("talk", "Record how the talk with the reported person went"),
    Part.INFORM_REPORTER: _communication(
        "inform_reporter", "Record when, how and by whom the reporter was told"
    ),
    Part.FILING: _communication("filing", "Export the report for the Safety and Diversity Officer"),
    Part.ANNOUNCEMENT: _announcement,
}
