"""The acts on a case's decisions and the actions carrying them out: one method, one transaction, one
audit entry, the policy asked first (a mixin of ``CaseActs``)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from cocdesk.desk.action_links import refuse_undoing, refuse_unlinked, without_stale_links
from cocdesk.desk.case_checks import check_structure, member_named, valid
from cocdesk.desk.policy import Act
from cocdesk.domain.case import Action, Case, Decision
from cocdesk.domain.common import SHORT_TEXT_MAX, now
from cocdesk.domain.shown_time import past_problem
from cocdesk.domain.text import clipped
from cocdesk.identity.rendition import withheld_part
from cocdesk.vault import InvalidEdit
from cocdesk.vault.cases import CaseRef
from cocdesk.vault.writes import CaseWrites

if TYPE_CHECKING:
    from cocdesk.desk.desk import Desk


class DecisionActs:
    """Decisions and actions. ``Desk`` supplies the vault, the member and the policy."""

    def _desk(self) -> Desk:
        return self  # type: ignore[return-value]

    def _put(self, w: CaseWrites, case: Case, name: str) -> None:
        """Part ``name`` of ``case`` (as it is after the act), with its rendition."""
        team = self._desk()._member_names()
        w.part(str(case.id), name, getattr(case, name), withheld_part(case, name, team=team))

    def record_decision(
        self, ref: CaseRef, *, text: str, horizon: str = "now", response: str = "", owner: str = ""
    ) -> Decision:
        """Add a decision: for right now (with who carries it out) or for later."""
        desk = self._desk()
        desk.require(Act.DECIDE)
        if not text.strip():
            raise InvalidEdit("write down what was decided")
        case = desk._whole(desk.resolve(ref))
        desk.refuse_recused(case)
        decision = valid(
            lambda: Decision.model_validate(
                {
                    "horizon": horizon,
                    "text": text,
                    "response": response,
                    "owner": owner,
                    "by": desk.member.name,
                }
            )
        )
        check_structure(desk, case, "decisions", [decision])
        when = "right now" if decision.horizon == "now" else "later"
        # a typed owner may be anyone: only a member is named
        member = member_named(owner, desk._member_names())
        whom = f", carried out by {member}" if member else ""
        after = valid(lambda: case.model_copy(update={"decisions": [*case.decisions, decision]}))
        said = clipped(f"Decided for {when}{whom}", SHORT_TEXT_MAX)
        desk.vault.write(case.id, "case.decision", said, lambda w: self._put(w, after, "decisions"))
        return decision

    def edit_decision(self, ref: CaseRef, decision_id: UUID, **changes: Any) -> Decision:
        """Change one decision; it becomes the editor's, and every other decision keeps its own.

        Once an action carrying it out is done, its response and its being for right now are refused:
        the warning given stays a warning, and a ban decided after it is recorded as a new decision,
        taken only when its own action is done. A mistaken rung is corrected by marking the action not
        done first, so the team sees that it changes what was done. Its words may change any time."""
        desk = self._desk()
        desk.require(Act.DECIDE)
        case = desk._whole(desk.resolve(ref))
        old = next((d for d in case.decisions if d.id == decision_id), None)
        if old is None:
            raise InvalidEdit(f"case {case.code} has no such decision")
        desk.refuse_recused(case)
        edited = valid(lambda: Decision.model_validate({**old.model_dump(), **changes}))
        check_structure(desk, case, "decisions", [edited])
        decisions = [edited if d.id == decision_id else d for d in case.decisions]
        refuse_undoing(case, decisions)
        kept = keep_authors(case.decisions, decisions, desk.member.name)
        after = without_stale_links(case.model_copy(update={"decisions": kept}))

        def write(w: CaseWrites) -> None:
            self._put(w, after, "decisions")
            if after.actions != case.actions:
                self._put(w, after, "actions")

        desk.vault.write(case.id, "case.decision", "Changed a decision", write)
        return next(d for d in kept if d.id == decision_id)

    def add_action(
        self,
        ref: CaseRef,
        *,
        text: str,
        owner: str = "",
        due: datetime | None = None,
        carries_out: UUID | None = None,
    ) -> Action:
        """Add an action, with the decision for right now it carries out (its id), if any."""
        desk = self._desk()
        desk.require(Act.ACT_ON)
        case = desk._whole(desk.resolve(ref))
        action = valid(lambda: Action(text=text, owner=owner, due=due, carries_out=carries_out))
        after = valid(lambda: case.model_copy(update={"actions": [*case.actions, action]}))
        refuse_unlinked(after)
        member = member_named(owner, desk._member_names())
        said = clipped(f"Added an action for {member}" if member else "Added an action", SHORT_TEXT_MAX)
        desk.vault.write(case.id, "case.action", said, lambda w: self._put(w, after, "actions"))
        return action

    def action_done(self, ref: CaseRef, action_id: UUID, done_at: datetime | None) -> None:
        """Mark an action done at ``done_at`` (when it really happened), or not done with None; on an
        action already done, correct when. Not later than now nor before the report was received."""
        desk = self._desk()
        desk.require(Act.ACT_ON)
        case = desk._whole(desk.resolve(ref))
        before = next((a for a in case.actions if a.id == action_id), None)
        if before is None:
            raise InvalidEdit(f"case {case.code} has no such action")
        if done_at is not None and (
            problem := past_problem(done_at, desk.event.zone, now(), case.received_at)
        ):
            raise InvalidEdit(problem)
        actions = [
            a.model_copy(update={"done_at": done_at}) if a.id == action_id else a for a in case.actions
        ]
        what = "Marked an action done" if done_at else "Marked an action not done"
        times: dict[str, str] = {"done_at": done_at.isoformat()} if done_at else {}
        if done_at and before.done_at:
            what = "Changed when an action was done"  # a correction: "he left at 22:40", not at the click
            times["was_done_at"] = before.done_at.isoformat()
        after = case.model_copy(update={"actions": actions})
        desk.vault.write(case.id, "case.action", what, lambda w: self._put(w, after, "actions"), **times)


def _same_decision(a: Decision, b: Decision) -> bool:
    return (a.horizon, a.text, a.response, a.owner) == (b.horizon, b.text, b.response, b.owner)


def keep_authors(before: list[Decision], after: list[Decision], editor: str) -> list[Decision]:
    """Each decision keeps its author and time unless its content changed; a changed or new one is
    the editor's, now."""
    old = {d.id: d for d in before}
    kept: list[Decision] = []
    for decision in after:
        previous = old.get(decision.id)
        if previous is not None and _same_decision(previous, decision):
            kept.append(previous)
        else:
            kept.append(decision.model_copy(update={"by": editor, "at": now()}))
    return kept
