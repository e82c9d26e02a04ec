"""Checks the desk applies to a case that arrives whole (an import) or to a part written whole (the
actions list), so that neither is a way around what the single acts refuse.

- An action's done time is not later than now (beyond a few minutes) nor before the report was
  received, however it arrives: ticked, corrected, written with the actions list, or imported.
- The times that record the past (the meeting's, the Event Lead Organiser's, a conversation's, an
  answer's) do not lie ahead of now, beyond a few minutes, however they arrive.
- An imported case is checked field by field as the acts check them: a response on the procedure's
  ladder; a handler, a member who took the report, a member with a conflict, an approver of the
  announcement and a person who answered for the Event Lead Organiser who are on the team (such
  fields are shown to every role as they are, so a typed name there would reach the Event Lead and
  the Officer); and no decision recorded by, or counted with, a member who stands aside from it.
- A member the case names, or who declared a conflict in it, acts on it only as the team allows: they
  do not clear their own conflict (another member records that they stay), do not carry out its
  decision, and do not answer for the Event Lead Organiser on it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import ValidationError

from cocdesk.domain.case import CASE_PARTS, Action, Agreement, Case, Decision, Meeting
from cocdesk.domain.common import explain, now
from cocdesk.domain.shown_time import past_problem
from cocdesk.domain.text import clipped, quoted
from cocdesk.flow.conflicts import flags, recused
from cocdesk.vault import InvalidEdit

if TYPE_CHECKING:
    from cocdesk.desk.desk import Desk

T = TypeVar("T")
FIELD_LABELS = {
    "conflict": "member with a conflict",
    "agreement": "person who answered",
}


def valid(build: Callable[[], T]) -> T:
    """What ``build`` makes, or its validation error as one sentence."""
    try:
        return build()
    except ValidationError as error:
        raise InvalidEdit(explain(error)) from None


def member_named(name: str, members: Iterable[str]) -> str:
    """``name`` as the team member (of ``members``' names) it names, or "" when it names none: only a
    team member's name may go into the audit log (a typed name may be the reporter's)."""
    wanted = " ".join(name.split()).casefold()
    if not wanted:
        return ""
    return next((member for member in members if member.casefold() == wanted), "")


def team_names(desk: Desk) -> list[str]:
    """The names of the team's members."""
    return [member.name for member in desk.vault.members()]


def check_structure(desk: Desk, before: Case, name: str, part: Any) -> None:
    """Refuse typed words in a field that holds a choice, not text: a response that is not on the
    procedure's ladder, or a person who is not on the team (the Event Lead Organiser too, for their
    answer). Such fields are shown to every role as they are, so a name typed there would reach the
    Event Lead, the Officer and the public report. A value already stored is let be."""
    team = team_names(desk)
    if refusal := conflict_refusal(before, name, part, team, desk.member.name):
        raise InvalidEdit(refusal)
    old = _choices(before, name)
    for field, value in _choices_of(name, part):
        if not value.strip() or (field, value) in old:
            continue
        if field == "response":
            if value not in {r.id for r in desk.procedure.response_ladder}:
                raise InvalidEdit(f"“{clipped(value, 40)}” is not a response on the procedure's ladder")
        elif not member_named(value, team) and not (
            field == "agreement" and _same_name(value, desk.event.event_lead.name)
        ):
            who = "a team member or the Event Lead Organiser" if field == "agreement" else "a team member"
            raise InvalidEdit(
                f"“{clipped(value, 40)}” is not {who}: the {FIELD_LABELS[field]} is chosen by name"
                " from the team"
            )


def _same_name(a: str, b: str) -> bool:
    return bool(b.strip()) and " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _choices_of(name: str, part: Any) -> list[tuple[str, str]]:
    """The (field, value) pairs of ``part`` that hold a choice rather than typed text."""
    if name == "decisions":
        return [("response", d.response) for d in part]
    if name == "meeting":
        # those present may include people without an account here; the rendition withholds any of
        # them the matcher touches
        return [("conflict", c.member) for c in part.conflicts]
    if name == "agreement":
        return [("agreement", part.by)]
    return []


def _choices(case: Case, name: str) -> set[tuple[str, str]]:
    return set(_choices_of(name, getattr(case, name))) if name in CASE_PARTS else set()


def refuse_bad_done_times(
    before: Sequence[Action], after: Sequence[Action], zone: tzinfo, received_at: datetime
) -> None:
    """Refuse a done time given or changed in ``after`` that cannot be when the action was done."""
    stored = {action.id: action.done_at for action in before}
    for action in after:
        if action.done_at is None or stored.get(action.id) == action.done_at:
            continue
        if problem := past_problem(action.done_at, zone, now(), received_at):
            raise InvalidEdit(f"“{quoted(action.text, 40)}” is marked done at a time it cannot be: {problem}")


PAST_TIMES = {
    "meeting": (("at", "the meeting"),),
    "agreement": (
        ("presented_at", "the suggestion put to the Event Lead Organiser"),
        ("at", "the Event Lead Organiser's answer"),
    ),
    "communications": (("at", "the conversation"),),
}
"""The times of a part that record what already happened, and what each is the time of."""


def refuse_future_times(before: Case, name: str, part: Any, zone: tzinfo) -> None:
    """Refuse a time given or changed in ``part`` (the case's part ``name``) that records the past yet
    lies ahead of now (beyond a few minutes' clock skew); a time already stored is let be."""
    fields = PAST_TIMES.get(name)
    if fields is None:
        return
    old, new = getattr(before, name), part
    items = new if isinstance(new, list) else [new]
    olds = old if isinstance(old, list) else [old]
    for field, what in fields:
        stored = {getattr(item, field) for item in olds}
        for item in items:
            moment = getattr(item, field)
            if moment is None or moment in stored:
                continue
            if problem := past_problem(moment, zone, now()):
                raise InvalidEdit(f"{what} is recorded at a time that has not come yet: {problem}")


def refuse_future_answers(desk: Desk, case: Case) -> None:
    """Refuse an answer of ``case`` that records the past yet lies ahead, as the act of answering does."""
    for step_id, record in case.steps.items():
        for field_id, value in record.values.items():
            try:
                spec = desk.procedure.step(step_id).field(field_id)
            except KeyError:
                continue  # the vault names the unknown step or field
            if problem := spec.answer_problem(value, desk.event.zone, now()):
                raise InvalidEdit(f"the answer to “{quoted(spec.label, 40)}” cannot be kept: {problem}")


def checked_import(desk: Desk, case: Case) -> Case:
    """``case`` as it may be stored here, with its meeting's recusals; refused with one sentence when a
    field no act would have let through."""
    nothing = case.model_copy(update={"decisions": [], "meeting": Meeting(), "agreement": Agreement()})
    for name in ("decisions", "meeting", "agreement"):
        check_structure(desk, nothing, name, getattr(case, name))
    team_fields = (
        (case.handler, "handler"),
        (case.received_by, "member who took the report"),
        (case.announcement.approved_by, "approver of the announcement"),
    )
    team = team_names(desk)
    for value, field in team_fields:
        if value.strip() and not member_named(value, team):
            raise InvalidEdit(
                f"“{quoted(value, 40)}” is not a team member: the {field} is chosen from the team"
            )
    refuse_bad_done_times([], case.actions, desk.event.zone, case.received_at)
    empty = Case(received_at=case.received_at)
    for name in PAST_TIMES:
        refuse_future_times(empty, name, getattr(case, name), desk.event.zone)
    refuse_future_answers(desk, case)
    case = case.model_copy(update={"meeting": desk._with_recusals(case, case.meeting)})
    aside = recused(case, team)
    for decision in case.decisions:
        if decision.by in aside:
            raise InvalidEdit(
                "the case's decision was recorded by a member who stands aside from it for a conflict of"
                " interest, so it cannot be imported"
            )
    counted = [name for name in case.meeting.voting if name in aside]
    if counted:
        raise InvalidEdit(
            "a member who stands aside from this case for a conflict of interest is counted as deciding"
            " in the imported meeting"
        )
    return case


def conflict_refusal(before: Case, name: str, part: Any, members: list[str], actor: str) -> str:
    """Why writing ``part`` (the case's part ``name``) by ``actor`` would let a member act on a case
    they are named in or declared a conflict in; "" when it would not. What is stored already is let be."""
    flagged = {flag.member for flag in flags(before, members)}
    declared = {c.member for c in before.meeting.conflicts if c.recused}
    if name == "meeting":
        return _clearing_own_conflict(before, part, actor, flagged, declared)
    if name == "decisions":
        return _owner_in_conflict(before, part, flagged | declared)
    if name == "agreement":
        return _answering_in_conflict(before, part, actor, flagged | declared)
    return ""


def _clearing_own_conflict(
    before: Case, meeting: Meeting, actor: str, flagged: set[str], declared: set[str]
) -> str:
    """The meeting written by ``actor``, standing aside, would clear their own conflict."""
    cleared = {c.member for c in before.meeting.conflicts if not c.recused}
    mine = next((c for c in meeting.conflicts if c.member == actor), None)
    stood_aside = actor in declared or (actor in flagged and actor not in cleared)
    if stood_aside and ((mine is not None and not mine.recused) or (mine is None and actor not in flagged)):
        return "you cannot clear your own conflict of interest: another team member records that you stay"
    return ""


def _owner_in_conflict(before: Case, decisions: list[Decision], in_conflict: set[str]) -> str:
    """A decision newly given to a member named in the case or with a conflict in it to carry out."""
    old_owners = {d.id: d.owner for d in before.decisions}
    for decision in decisions:
        if decision.owner in in_conflict and old_owners.get(decision.id) != decision.owner:
            return (
                "the member chosen to carry out the decision is named in this case or declared a conflict"
                " of interest in it, so does not carry out its decision: choose another team member"
            )
    return ""


def _answering_in_conflict(before: Case, agreement: Agreement, actor: str, in_conflict: set[str]) -> str:
    """The Event Lead Organiser's answer recorded by, or newly said to be given by, such a member."""
    answered_by = agreement.by if agreement.by != before.agreement.by else ""
    if actor in in_conflict or answered_by in in_conflict:
        return (
            "a member named in this case, or with a conflict of interest in it, does not answer for the"
            " Event Lead Organiser on it: ask another team member to record the answer"
        )
    return ""
