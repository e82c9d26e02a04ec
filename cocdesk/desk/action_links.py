"""Which decision an action carries out, kept true by the desk.

An action may carry out one decision of its case for right now (``Action.carries_out``), and the public
report counts a decision as taken only when such an action is done. So the desk refuses a link to
anything else, refuses changing what a decision decided once its action is done (what was done stays as
it was done), and drops the link of an action not yet done when its decision is taken back.
"""

from __future__ import annotations

from cocdesk.domain.case import Case, Decision
from cocdesk.vault import InvalidEdit


def refuse_unlinked(case: Case) -> None:
    """Refuse an action that says it carries out something other than a decision of its case for right
    now: only such a decision is taken when its action is done."""
    for_now = {d.id for d in case.decisions if d.horizon == "now"}
    stray = {a.carries_out for a in case.actions} - {None} - for_now
    if stray:
        raise InvalidEdit(
            f"an action of case {case.code} can carry out only one of its decisions for right now"
        )


def without_stale_links(case: Case) -> Case:
    """``case`` with every action that carried out a decision no longer there, or no longer for right
    now, carrying out none (only an action not done can be left so: ``refuse_undoing``)."""
    for_now = {d.id for d in case.decisions if d.horizon == "now"}
    actions = [
        a if a.carries_out is None or a.carries_out in for_now else a.model_copy(update={"carries_out": None})
        for a in case.actions
    ]
    return case if actions == case.actions else case.model_copy(update={"actions": actions})


def refuse_undoing(case: Case, decisions: list[Decision]) -> None:
    """Refuse changing what a decision for right now decided (its response, or that it is for now), or
    removing it, once an action carrying it out is done. The desk keeps what was done as it was done:
    the warning given stays a warning, and a ban decided afterwards is a new decision, taken only when
    its own action is done. A mistake is corrected by marking the action not done first."""
    new = {d.id: d for d in decisions}
    for number, action in enumerate(case.actions, start=1):
        old = next((d for d in case.decisions if d.id == action.carries_out), None)
        if action.done_at is None or old is None:
            continue
        kept = new.get(old.id)
        if kept is None or (kept.response, kept.horizon) != (old.response, old.horizon):
            raise InvalidEdit(
                f"Action {number} of case {case.code} carried out this decision and is marked done, so "
                "what was decided stays as it was done. Record what the team decided since as a new "
                "decision, or, to correct a mistake, mark the action not done first."
            )
