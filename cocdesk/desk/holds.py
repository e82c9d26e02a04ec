"""Held reports: kept at the reporter's request, acted on only if someone else reports the same
person. No deadline runs while a case is held and the board does not show it for action; when another
report's reported person matches a held case's, the CoC team lead is told (``held_alerts``).

A hold is the CoC team's to know: the Officer and the Event Lead Organiser learn nothing of a held
case they may not read, and are told of no match."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from cocdesk.desk import policy
from cocdesk.desk.policy import Act, Read
from cocdesk.domain.case import Case, CaseStatus, Hold
from cocdesk.domain.common import now
from cocdesk.flow.deadlines import resumed, resumed_actions
from cocdesk.flow.persons import HOLD_ASKS_WORDS, held_alert
from cocdesk.vault import InvalidEdit
from cocdesk.vault.cases import CaseRef
from cocdesk.vault.writes import CaseWrites

if TYPE_CHECKING:
    from cocdesk.desk.desk import Desk


class HeldAlert(BaseModel):
    """A held report whose reported person another report may name. Codes only."""

    model_config = ConfigDict(frozen=True)

    held_code: str
    held_id: str
    matching: tuple[str, ...]
    confirmed: bool

    @property
    def text(self) -> str:
        return held_alert(self.held_code, self.matching)


class Holds:
    """The holding half of the desk; ``Desk`` supplies the vault, the member and the policy."""

    def _holds_desk(self) -> Desk:
        return self  # type: ignore[return-value]

    def hold(self, ref: CaseRef, words: str) -> None:
        """Hold the case at the reporter's request, keeping their words: its deadlines stop."""
        desk = self._holds_desk()
        desk.require(Act.HOLD)
        case = desk._whole(desk.resolve(ref))
        if not words.strip():
            raise InvalidEdit(HOLD_ASKS_WORDS)
        if case.status == CaseStatus.CLOSED:
            raise InvalidEdit(f"case {case.code} is closed; it can no longer be held")
        if case.held:
            raise InvalidEdit(f"case {case.code} is already held")
        after = case.model_copy(update={"hold": Hold(held_at=now(), by=desk.member.name, words=words)})

        def write(w: CaseWrites) -> None:
            desk._put(w, after, "hold")
            desk._head(w, after)

        desk.vault.write(case.id, "case.held", "Held at the reporter's request; no deadline runs", write)

    def release(self, ref: CaseRef) -> None:
        """Release the hold: the case goes on as any other, its deadlines moved on by the time held."""
        desk = self._holds_desk()
        desk.require(Act.HOLD)
        case = desk._whole(desk.resolve(ref))
        if not case.held or case.hold.held_at is None:
            raise InvalidEdit(f"case {case.code} is not held")
        at = now()
        hold = case.hold.model_copy(update={"released_at": at, "released_by": desk.member.name})
        deadlines = resumed(case.deadlines, case.hold.held_at, at)
        actions = resumed_actions(case.actions, case.hold.held_at, at)
        after = case.model_copy(update={"hold": hold, "deadlines": deadlines, "actions": actions})

        def write(w: CaseWrites) -> None:
            desk._put(w, after, "hold")
            w.part(str(case.id), "deadlines", deadlines)
            if actions != case.actions:
                desk._put(w, after, "actions")
            desk._head(w, after)

        desk.vault.write(case.id, "case.released", "Released the hold; the deadlines run again", write)

    def held_ids(self) -> set[str]:
        """The cases held now (by id) that this member is shown: off the board, no deadline running."""
        desk = self._holds_desk()
        desk.require(Read.CASES)
        held = desk.vault.held_case_ids()
        if not held or desk.role in policy.TEAM:
            return held
        return {i for i in held if policy.sees_status(desk.role, desk.vault.status_of(i)[1])}

    def held_alerts(self) -> list[HeldAlert]:
        """Each held case whose reported person another report names (confirmed) or may name (a
        suggestion): what the CoC team lead is told at once, and at unlock. Only the CoC team is told."""
        if not self._holds_desk().may(Act.HOLD):
            return []
        return [a for held_id in sorted(self.held_ids()) if (a := self._held_alert(held_id)) is not None]

    def held_alerts_for(self, ref: CaseRef) -> list[HeldAlert]:
        """The held cases the reported people of ``ref`` now match (``ref`` itself among them when it
        is held): asked whenever a report's people are written, so the lead is told at once. Only the
        held cases sharing a key or a code with ``ref`` are looked at, however many cases there are."""
        desk = self._holds_desk()
        case_id = desk.resolve(ref)
        if not desk.may(Act.HOLD):
            return []
        held = desk.vault.held_case_ids()
        if not held:
            return []
        code = desk.vault.case_code(case_id)
        alerts = [self._held_alert(case_id)] if case_id in held else []
        for held_id in sorted(desk.vault.held_sharing(case_id, desk.common_count())):
            alert = self._held_alert(held_id)
            alerts.append(alert if alert is not None and code in alert.matching else None)
        return [a for a in alerts if a is not None]

    def _held_alert(self, held_id: str) -> HeldAlert | None:
        desk = self._holds_desk()
        linked = [code for codes in desk.also_reported_in(held_id).values() for code in codes]
        suggested = [s.other_code for s in desk.suggestions(held_id)]
        matching = tuple(dict.fromkeys([*linked, *suggested]))
        if not matching:
            return None
        return HeldAlert(
            held_code=desk.vault.case_code(held_id),
            held_id=held_id,
            matching=matching,
            confirmed=bool(linked),
        )


def imported_hold(desk: Desk, case: Case) -> str:
    """Refuse, in one sentence, a hold in an imported case file that no one on this CoC team could
    have made: held before the report was received or in the future, released before it was held,
    or by someone not on the team (a hold stops the case's clock, and its release moves every
    deadline on by the time held). What the import's timeline says of a hold kept; "" for none."""
    hold = case.hold
    if hold.held_at is None:
        if hold.released_at is not None or hold.by or hold.released_by:
            raise InvalidEdit("the case file's hold has no time it was made, so the case cannot be imported")
        return ""
    at = now()
    team = {m.name.casefold() for m in desk.vault.members() if m.role in policy.TEAM}
    released = hold.released_at
    if hold.held_at < case.received_at or hold.held_at > at:
        problem = (
            "was made before the report was received" if hold.held_at < case.received_at else "lies ahead"
        )
    elif released is not None and (released < hold.held_at or released > at):
        problem = "was released before it was made" if released < hold.held_at else "is released ahead of now"
    elif " ".join(hold.by.split()).casefold() not in team or (
        released is not None and " ".join(hold.released_by.split()).casefold() not in team
    ):
        problem = "was made or released by someone who is not on the CoC team"
    else:
        problem = ""
    if problem:
        raise InvalidEdit(f"The case file's hold {problem}, so the case cannot be imported.")
    when = hold.held_at.isoformat(timespec="minutes")
    return f"; held at the reporter's request since {when}" + ("" if released is None else ", since released")
