"""The shift handover: what one shift passes to the next, computed from the open cases.

A handover lists every open case by its code with the step that comes next, who holds it, its next
deadline, what was promised to the reporter and when, and whatever is overdue. It is made from the
cases as a shared screen shows them (no one named), so the list and its printed sheet can lie on the
desk. The record keeps that list as it was handed over, and who confirmed it when.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from uuid import UUID, uuid4

from pydantic import Field

from cocdesk.domain.case import Case, CaseCode, CaseStatus, Deadline
from cocdesk.domain.common import AwareDatetime, LongText, Model, ShortText
from cocdesk.domain.countdown import is_overdue
from cocdesk.flow.engine import Flow
from cocdesk.procedure.fields import FieldKind, FieldSpec
from cocdesk.procedure.model import Procedure

TOLD_THE_REPORTER = "Told the reporter"
"""Where a promise comes from when it was recorded as a message to the reporter."""
REPORTER_KINDS = frozenset({"inform_reporter"})
HELD_STEP = "Held at the reporter's request"
"""A held case's next step: none to act on (nothing is overdue while it is held)."""
"""The communications that are with the reporter (the talk is with the reported person)."""


Answered = Mapping[tuple[str, str], tuple[datetime, str]]
"""When and by whom each answer of a case was given, by (step id, field id)."""
MemberShown = Callable[[str], str]
"""A team member's name as the handover shows it: a member the case names as its reporter or a
witness reads as their role there ("[reporter]"), never by name."""


def _as_written(name: str) -> str:
    return name


class Promise(Model):
    """Something the team told the reporter it would do."""

    source: ShortText  # the question it answers, or TOLD_THE_REPORTER
    what: LongText
    at: AwareDatetime | None = None
    by: ShortText = ""


class Late(Model):
    """A deadline or an action that is past due."""

    what: ShortText
    due_at: AwareDatetime


class HandedCase(Model):
    code: CaseCode
    title: ShortText = ""
    status: CaseStatus
    next_step: ShortText = ""  # the step's title; empty when every step is done
    owner: ShortText = ""
    deadline: Deadline | None = None
    promises: list[Promise] = Field(default_factory=list)
    overdue: list[Late] = Field(default_factory=list)


class Confirmation(Model):
    member: ShortText
    at: AwareDatetime


class Handover(Model):
    """One handover as it was made: the cases handed over, the member who handed them over, and
    each member who confirmed taking them over."""

    id: UUID = Field(default_factory=uuid4)
    number: int = Field(ge=1)
    made_at: AwareDatetime
    cases: list[HandedCase] = Field(default_factory=list)
    outgoing: Confirmation | None = None  # None: the list as it stands, not handed over yet
    incoming: list[Confirmation] = Field(default_factory=list)

    def seen_by(self, member: str) -> bool:
        """Whether ``member`` confirmed it, handing over or taking over."""
        handed = self.outgoing is not None and self.outgoing.member == member
        return handed or any(c.member == member for c in self.incoming)

    @property
    def overdue(self) -> int:
        return sum(1 for c in self.cases if c.overdue)


def handed_cases(
    procedure: Procedure,
    cases: list[Case],
    at: datetime,
    answered: Mapping[str, Answered] | None = None,
    members: Mapping[str, MemberShown] | None = None,
) -> list[HandedCase]:
    """The open ones of ``cases`` (as a shared screen shows them), overdue first, then by deadline;
    ``answered`` gives, by case code, when and by whom each answer was given, ``members`` how each
    case shows a team member's name (its owner, who told the reporter)."""
    answered, members = answered or {}, members or {}
    listed = [
        handed_case(procedure, case, at, answered.get(case.code, {}), members.get(case.code, _as_written))
        for case in cases
        if case.status.is_open
    ]
    far = datetime.max.replace(tzinfo=at.tzinfo)
    return sorted(listed, key=lambda c: (not c.overdue, c.deadline.due_at if c.deadline else far, c.code))


def handed_case(
    procedure: Procedure,
    case: Case,
    at: datetime,
    answered: Answered | None = None,
    member: MemberShown = _as_written,
) -> HandedCase:
    flow = Flow(procedure, case, at)
    step = flow.next_step()
    late = [Late(what=d.label, due_at=d.due_at) for d in flow.overdue()]
    late += [
        Late(what=_clip(f"Action: {a.text}"), due_at=a.due)
        for a in case.actions
        if a.done_at is None and a.due is not None and is_overdue(a.due, at) and not case.held
    ]
    return HandedCase(
        code=case.code,
        title=case.title,
        status=case.status,
        next_step=HELD_STEP if case.held else step.title if step else "",
        owner=member(case.handler) if case.handler else "",
        deadline=case.next_deadline(),
        promises=[
            p.model_copy(update={"by": member(p.by)}) if p.by else p
            for p in promises(procedure, case, answered)
        ],
        overdue=sorted(late, key=lambda item: item.due_at),
    )


def promises(procedure: Procedure, case: Case, answered: Answered | None = None) -> list[Promise]:
    """What the reporter was told, oldest first: the answers the procedure marks as promises (when
    and by whom ``answered`` says, else when their step was done), and the messages recorded as sent
    to the reporter. Those whose time is not known come first."""
    found: list[Promise] = []
    for step in procedure.steps:
        record = case.steps.get(step.id)
        if record is None:
            continue
        for spec in step.fields:
            text = _answer(spec, record.values.get(spec.id)) if spec.promise else ""
            if text:
                at, by = (answered or {}).get((step.id, spec.id), (record.done_at, record.done_by))
                source = f"{step.title} ({spec.label[:1].lower()}{spec.label[1:]})"
                found.append(Promise(source=source, what=text, at=at, by=by if at else ""))
    for message in case.communications:
        if message.kind in REPORTER_KINDS and (message.summary or message.how):
            what = message.summary or message.how
            found.append(Promise(source=TOLD_THE_REPORTER, what=what, at=message.at, by=message.by))
    dated = sorted((p for p in found if p.at is not None), key=lambda p: p.at or case.received_at)
    return [*(p for p in found if p.at is None), *dated]


def _answer(spec: FieldSpec, value: object) -> str:
    if value is None or value == "" or value == []:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if spec.kind in (FieldKind.PERSON, FieldKind.PEOPLE):
        return ""
    return str(value)


def _clip(text: str, limit: int = 300) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
