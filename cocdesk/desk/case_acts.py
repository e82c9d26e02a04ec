"""Every act on a case: one method, one transaction, one audit entry, the policy asked first."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any
from uuid import UUID

from cocdesk.desk import policy
from cocdesk.desk.action_links import refuse_undoing, refuse_unlinked, without_stale_links
from cocdesk.desk.case_checks import (
    check_structure,
    member_named,
    refuse_bad_done_times,
    refuse_future_times,
    valid,
)
from cocdesk.desk.decision_acts import DecisionActs, keep_authors
from cocdesk.desk.person_codes import keep_codes, no_longer_reported
from cocdesk.desk.policy import Act
from cocdesk.domain.access import FILED
from cocdesk.domain.case import (
    CASE_PARTS,
    LEFT_UNFINISHED,
    Announcement,
    AnswerValue,
    Case,
    CaseStatus,
    Communication,
    Level,
    Placement,
    StepRecord,
)
from cocdesk.domain.common import SHORT_TEXT_MAX, now
from cocdesk.domain.text import clipped
from cocdesk.flow.approval import blockers
from cocdesk.flow.deadlines import after_step, deadlines_for
from cocdesk.flow.progress import status_from_steps
from cocdesk.flow.requirements import missing
from cocdesk.identity.rendition import (
    hider,
    withheld_header,
    withheld_value,
)
from cocdesk.vault import InvalidEdit
from cocdesk.vault.cases import CaseRef
from cocdesk.vault.records import REASON_AT, REASON_PART
from cocdesk.vault.writes import ABSENT, SAME, CaseWrites

Quadrant = tuple[Level, Level]
TRAY = "the tray"
HEADER = ("title", "handler", "paper_reference", "public_summary")
IDENTIFYING_PARTS = frozenset({"people", "identity"})
"""Parts that change what reads as whom: changing one renders every piece of the case again."""
PART_PHRASES = {
    "people": "Changed the people",
    "consent": "Recorded the reporter's consent",
    "meeting": "Recorded the team meeting",
    "decisions": "Recorded the decisions",
    "agreement": "Recorded the Event Lead Organiser's answer",
    "actions": "Changed the actions",
    "communications": "Recorded a conversation",
    "announcement": "Changed the announcement's draft",
    "identity": "Changed what is marked as identifying",
}
"""What the audit log says of a changed part when the front end's words are not the desk's own."""
PHRASES = frozenset(
    {
        *PART_PHRASES.values(),
        "Changed an action",
        "Recorded the talk",
        "Recorded telling the reporter",
        "Marked words as identifying",
        "Said a word is not a name",
        *(f"Changed the {party} details" for party in ("reporter", "reported person", "witness")),
    }
)
"""The desk's own fixed phrases for a part's change. The audit log is plain to every member and can
never be rewritten, so it holds no word a member typed: a name typed before its person is recorded
could not be withheld from it (a caller's ``what`` outside these is replaced by the part's phrase)."""
VERBS = frozenset({"Placed", "Moved", "Moved back"})


class CaseActs(DecisionActs):
    """The case half of the desk (its decisions and actions in ``DecisionActs``). ``Desk`` supplies
    the vault, the member and the policy.

    Every write stores what a role without identity may read (the case's rendition) in the clear and
    hands the vault the full value beside it to seal; every audit entry says what was done in
    withheld words, so the log (the timeline everyone reads) never holds a name."""

    _hiders: dict[str, tuple[Any, Any, Callable[[str], str]]]

    def _hide(self, case_id: str) -> Callable[[str], str]:
        """The case's matcher as a function of one text: cached while its people and marks stay."""
        vault = self._desk().vault
        people, identity = vault.part(case_id, "people"), vault.part(case_id, "identity")
        team = self._desk()._member_names()
        cache: dict[str, tuple[Any, Any, Callable[[str], str]]] = self.__dict__.setdefault("_hiders", {})
        cached = cache.get(case_id)
        if cached is not None and cached[0] == people and cached[1] == (identity, team):
            return cached[2]
        hide = hider(Case(people=people, identity=identity), team=team)
        cache[case_id] = (people, (identity, team), hide)
        return hide

    def _head(self, w: CaseWrites, case: Case) -> None:
        """The list columns and header of ``case``, with the rendition of its typed fields."""
        w.header(case, withheld_header(case, team=self._desk()._member_names()))

    def _rewrite(self, w: CaseWrites, case: Case) -> None:
        """Every piece of ``case`` rendered again: its people or marks changed what reads as whom."""
        self._desk()._render(w, case)

    # taking and keeping a report

    def take_report(
        self, *, title: str = "", received_at: datetime | None = None, paper_reference: str = ""
    ) -> Case:
        desk = self._desk()
        desk.require(Act.TAKE_REPORT)
        received = received_at or now()
        deadlines = deadlines_for(desk.procedure, desk.event, received)
        case = desk.vault.new_case(
            title=title, received_at=received, paper_reference=paper_reference, deadlines=deadlines
        )
        return desk.case(case.id)

    def answer(self, ref: CaseRef, step_id: str, field_id: str, value: AnswerValue) -> None:
        """One field's answer, as typed. The hot path: one small row and one audit entry."""
        desk = self._desk()
        desk.require(Act.EDIT_REPORT)
        case_id = desk.resolve(ref)
        if problem := self._answer_problem(step_id, field_id, value):
            raise InvalidEdit(problem)
        shown = withheld_value(desk.procedure, step_id, field_id, value, self._hide(case_id))
        rendition = ABSENT if shown is None and value is not None else SAME if shown == value else shown
        desk.vault.set_answer(case_id, step_id, field_id, value, rendition)

    def _answer_problem(self, step_id: str, field_id: str, value: AnswerValue) -> str:
        """Why a typed answer cannot be taken now (a time that records the past lying ahead), or ""."""
        desk = self._desk()
        try:
            spec = desk.procedure.step(step_id).field(field_id)
        except KeyError:
            return ""  # the vault names the unknown step or field
        return spec.answer_problem(value, desk.event.zone, now())

    def tick(self, ref: CaseRef, step_id: str, item_id: str, checked: bool) -> None:
        desk = self._desk()
        desk.require(Act.EDIT_REPORT)
        desk.vault.set_checked(desk.resolve(ref), step_id, item_id, checked)

    def update_case(self, ref: CaseRef, **changes: object) -> Case:
        """The title, handler, paper reference or public summary. The status follows the steps."""
        desk = self._desk()
        desk.require(Act.EDIT_REPORT)
        unknown = set(changes) - set(HEADER)
        if unknown:
            raise InvalidEdit(f"these cannot be changed here: {', '.join(sorted(unknown))}")
        case_id = desk.resolve(ref)
        handler = changes.get("handler")
        if isinstance(handler, str) and handler.strip() and not member_named(handler, desk._member_names()):
            raise InvalidEdit("the handler must be a team member, chosen by name")
        hide = self._hide(case_id)
        shown = {k: hide(v) for k, v in changes.items() if isinstance(v, str) and hide(v) != v}
        if isinstance(handler, str) and handler:  # a member, read as the team's rule says
            people = desk.vault.part(case_id, "people")
            team = desk._team_for(Case(id=UUID(case_id), people=people))
            shown.pop("handler", None)
            if (held := withheld_header(Case(handler=handler, people=people), hide, team).handler) != handler:
                shown["handler"] = held
        desk.vault.update_case(case_id, shown or None, **changes)
        return desk.case(ref)

    def complete_step(self, ref: CaseRef, step_id: str, done: bool = True) -> Case:
        """Mark a step done (or reopen it): the step, its deadlines and the case's status together."""
        desk = self._desk()
        desk.require(Act.COMPLETE_STEP)
        case = desk._whole(desk.resolve(ref))
        try:
            step = desk.procedure.step(step_id)
        except KeyError as error:
            raise InvalidEdit(str(error).strip("'\"")) from None
        if case.status == CaseStatus.CLOSED:
            raise InvalidEdit(f"case {case.code} is closed; its steps can no longer change")
        if done:
            gaps = missing(step, case)
            if gaps:
                raise InvalidEdit("this step still needs: " + "; ".join(gaps))
        at = now() if done else None
        deadlines = after_step(desk.procedure, case.deadlines, step_id, at)
        by = desk.member.name if done else ""
        record = case.steps.get(step_id) or StepRecord()
        steps = {**case.steps, step_id: record.model_copy(update={"done_at": at, "done_by": by})}
        after = case.model_copy(update={"deadlines": deadlines, "steps": steps})
        status = status_from_steps(desk.procedure, after)
        after = after.model_copy(update={"status": status})

        def write(w: CaseWrites) -> None:
            w.step(str(case.id), step_id, at, by)
            w.part(str(case.id), "deadlines", deadlines)
            self._head(w, after)

        what = f"{'Completed' if done else 'Reopened'} step “{step.title}”"
        if status != case.status:
            what += f"; the case is now {status.label.lower()}"
        desk.vault.write(case.id, "case.step", clipped(what, SHORT_TEXT_MAX), write, step=step_id, done=done)
        return desk.case(case.id)

    def record_crisis_call(self, ref: CaseRef) -> None:
        desk = self._desk()
        desk.require(Act.CRISIS_CALL)
        desk.vault.write(desk.resolve(ref), "case.crisis_call", "Recorded a crisis call", lambda w: None)

    # the parts of a case

    def set_part(self, ref: CaseRef, name: str, value: object, what: str = "") -> None:
        """Replace one part (people, consent, meeting, decisions, actions, agreement, communications,
        the announcement's draft). Decisions keep their author and time unless they changed; an
        announcement's approval stays only while its text does."""
        desk = self._desk()
        act = policy.PART_ACTS.get(name)
        if act is None:
            raise InvalidEdit(
                f"a case's {name} cannot be changed directly"
                if name in CASE_PARTS
                else f"a case has no part '{name}'"
            )
        desk.require(act)
        case = desk._whole(desk.resolve(ref))
        unlinked = ""
        new = valid(lambda: Case.model_validate({**case.model_dump(), name: value}))
        part = getattr(new, name)
        check_structure(desk, case, name, part)
        refuse_future_times(case, name, part, desk.event.zone)
        if name == "actions":
            refuse_unlinked(new)
        if name == "decisions":
            refuse_undoing(case, part)
            part = keep_authors(case.decisions, part, desk.member.name)
            if part != case.decisions:
                desk.refuse_recused(case)
        elif name == "meeting":
            part = desk._with_recusals(case, part)
        elif name == "people":
            part = keep_codes(case.people, part)
            unlinked = desk.links_dropped(case, no_longer_reported(case.people, part))
        elif name == "announcement":
            part = _keep_approval(case.announcement, part)
        elif name == "actions":
            refuse_bad_done_times(case.actions, part, desk.event.zone, case.received_at)
        after = new.model_copy(update={name: part})
        if name == "decisions":
            after = without_stale_links(after)

        def write(w: CaseWrites) -> None:
            if name in IDENTIFYING_PARTS:
                self._rewrite(w, after)
            else:
                self._put(w, after, name)
            if after.actions != case.actions:
                self._put(w, after, "actions")

        said = what if what in PHRASES else PART_PHRASES.get(name, f"Changed the {name}")
        desk.vault.write(case.id, "case.part", said + unlinked, write, part=name)

    def mark(self, ref: CaseRef, text: str) -> None:
        """Mark a stretch of text as identifying: wherever it is typed in the case, a role without
        identity reads "[withheld]"."""
        stretch = " ".join(text.split())
        if not stretch:
            raise InvalidEdit("choose the words that identify someone")
        identity = self._desk()._whole(ref).identity
        marked = [m for m in identity.marked if m.casefold() != stretch.casefold()] + [stretch]
        unmarked = [w for w in identity.unmarked if w.casefold() != stretch.casefold()]
        self._marks(ref, marked, unmarked, "Marked words as identifying")

    def unmark(self, ref: CaseRef, word: str) -> None:
        """Say that a word is not a name (a false match), or take back a mark."""
        word = " ".join(word.split())
        if not word:
            raise InvalidEdit("choose the word that is not a name")
        identity = self._desk()._whole(ref).identity
        marked = [m for m in identity.marked if m.casefold() != word.casefold()]
        unmarked = identity.unmarked
        if len(marked) == len(identity.marked) and word.casefold() not in {w.casefold() for w in unmarked}:
            unmarked = [*unmarked, word]
        self._marks(ref, marked, unmarked, "Said a word is not a name")

    def _marks(self, ref: CaseRef, marked: list[str], unmarked: list[str], what: str) -> None:
        self.set_part(ref, "identity", {"marked": marked, "unmarked": unmarked}, what)

    def place(
        self, ref: CaseRef, risk: Level, impact: Level, rationale: str, verb: str = "Placed"
    ) -> Placement:
        """Put the case in a quadrant with the team's one-line reason; the one writer of placements."""
        desk = self._desk()
        desk.require(Act.PLACE)
        if not rationale.strip():
            raise InvalidEdit("say in one line why the case goes there")
        case = desk._whole(desk.resolve(ref))
        placement = valid(
            lambda: Placement(risk=risk, impact=impact, rationale=rationale, by=desk.member.name)
        )
        placed = valid(lambda: case.model_copy(update={"placements": [*case.placements, placement]}))
        where = f"from {self._where(case.quadrant)} to {self._where((risk, impact))}"
        # the reason stays in the placement (withheld again whenever people change); the timeline
        # reads it from there through the placement's time
        what = f"{verb if verb in VERBS else 'Moved'} {where}"

        def write(w: CaseWrites) -> None:
            self._put(w, placed, "placements")
            self._head(w, placed)

        desk.vault.write(
            case.id,
            "case.place",
            what,
            write,
            risk=risk.value,
            impact=impact.value,
            **{REASON_PART: "placements", REASON_AT: placement.at.isoformat()},
        )
        return placement

    def take_back_placement(self, ref: CaseRef, placement: Placement, what: str = "") -> None:
        """Remove ``placement`` when it is still the case's latest (undoing a first placement). The
        audit log says so in the desk's words (``what`` is kept for the front ends' sake)."""
        desk = self._desk()
        desk.require(Act.PLACE)
        case = desk._whole(desk.resolve(ref))
        if case.placement != placement:
            raise InvalidEdit(f"{case.code} has been placed again since; move it by hand")
        placed = case.model_copy(update={"placements": case.placements[:-1]})

        def write(w: CaseWrites) -> None:
            self._put(w, placed, "placements")
            self._head(w, placed)

        undone = self._where((placement.risk, placement.impact))
        desk.vault.write(case.id, "case.place", f"Undid the move to {undone}: back in {TRAY}", write)

    def _where(self, quadrant: Quadrant | None) -> str:
        return self._desk().procedure.matrix.name(*quadrant) if quadrant else TRAY

    def approve_announcement(self, ref: CaseRef) -> Announcement:
        """Approve the draft, by the role the procedure names, once nothing in it could identify anyone."""
        desk = self._desk()
        desk.require(Act.APPROVE_ANNOUNCEMENT)
        case = desk._whole(desk.resolve(ref))
        reasons = blockers(case.announcement.text, case, desk.procedure)
        if reasons:
            raise InvalidEdit("the announcement cannot be approved yet: " + "; ".join(reasons))
        approved = case.announcement.model_copy(
            update={"approved_by": desk.member.name, "approved_at": now()}
        )
        after = case.model_copy(update={"announcement": approved})
        desk.vault.write(
            case.id,
            "case.announcement",
            "Approved the announcement",
            lambda w: self._put(w, after, "announcement"),
        )
        return approved

    def leave_unfinished(self, ref: CaseRef, reason: str) -> Case:
        """Close a case as it stands at the end of the event, with the team's reason."""
        desk = self._desk()
        desk.require(Act.CLOSE_EVENT)
        why = " ".join(reason.split())
        if not why:
            raise InvalidEdit("say why this case is left unfinished")
        case = desk._whole(desk.resolve(ref))
        if case.status in FILED:
            raise InvalidEdit(f"case {case.code} is already {case.status.label.lower()}")
        note = valid(
            lambda: Communication(kind="other", by=desk.member.name, how=LEFT_UNFINISHED, summary=why)
        )
        closed = valid(
            lambda: case.model_copy(
                update={"status": CaseStatus.CLOSED, "communications": [*case.communications, note]}
            )
        )

        def write(w: CaseWrites) -> None:
            self._put(w, closed, "communications")
            self._head(w, closed)

        # the reason is kept as a note among the case's messages (withheld like them); the timeline
        # reads it from there
        desk.vault.write(
            case.id,
            "case.left_unfinished",
            f"Left unfinished at the close of the event ({case.status.label.lower()})",
            write,
            status=case.status.value,
            **{REASON_PART: "communications", REASON_AT: note.at.isoformat()},
        )
        return desk.case(case.id)


def _keep_approval(before: Announcement, after: Announcement) -> Announcement:
    """Approval is its own act: a draft keeps the approval while its text is unchanged, loses it when
    the text changes, and never gains one by being saved."""
    if after.text == before.text:
        return after.model_copy(update={"approved_by": before.approved_by, "approved_at": before.approved_at})
    return after.model_copy(update={"approved_by": "", "approved_at": None})


__all__ = ["TRAY", "CaseActs", "Quadrant"]
