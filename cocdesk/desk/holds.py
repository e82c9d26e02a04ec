"""Held reports: kept at the reporter's request, acted on only if someone else reports the same
person. No deadline runs while a case is held and the board does not show it for action; when another
report's reported person matches a held case's, the CoC team lead is told (``held_alerts``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from cocdesk.desk.policy import Act, Read
from cocdesk.domain.case import CaseStatus, Hold, Party
from cocdesk.domain.common import now
from cocdesk.flow.deadlines import resumed
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
        after = case.model_copy(update={"hold": hold, "deadlines": deadlines})

        def write(w: CaseWrites) -> None:
            desk._put(w, after, "hold")
            w.part(str(case.id), "deadlines", deadlines)
            desk._head(w, after)

        desk.vault.write(case.id, "case.released", "Released the hold; the deadlines run again", write)

    def held_ids(self) -> set[str]:
        """The cases held now (by id): off the board, no deadline running."""
        desk = self._holds_desk()
        desk.require(Read.CASES)
        return desk.vault.held_case_ids()

    def held_alerts(self) -> list[HeldAlert]:
        """Each held case whose reported person another report names (confirmed) or may name (a
        suggestion): what the CoC team lead is told at once, and at unlock."""
        desk = self._holds_desk()
        alerts: list[HeldAlert] = []
        for held_id in sorted(self.held_ids()):
            linked = [code for codes in desk.also_reported_in(held_id).values() for code in codes]
            suggested = [s.other_code for s in desk.suggestions(held_id)]
            matching = tuple(dict.fromkeys([*linked, *suggested]))
            if matching:
                alerts.append(
                    HeldAlert(
                        held_code=desk.vault.case_code(held_id),
                        held_id=held_id,
                        matching=matching,
                        confirmed=bool(linked),
                    )
                )
        return alerts

    def held_alerts_for(self, ref: CaseRef) -> list[HeldAlert]:
        """The held cases the reported people of ``ref`` match: asked when a report's people are
        written, so the lead is told at once."""
        desk = self._holds_desk()
        case_id = desk.resolve(ref)
        held = self.held_ids() - {case_id}
        if not held:
            return []
        people = [p for p in desk.vault.part(case_id, "people", sealed=False) if p.party == Party.REPORTED]
        if not people:
            return []
        code = desk.vault.case_code(case_id)
        return [a for a in self.held_alerts() if a.held_id in held and code in a.matching]
