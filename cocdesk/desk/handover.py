"""The shift handover at the desk: the list as it stands, handing it over, taking it over, its sheet.

The member going off shift hands over: the open cases as a shared screen shows them are kept as a
record (a note beside the cases) with who handed them over and when. Each member taking over confirms
it. Both acts are one transaction with an entry in the audit log and one in the timeline of every
case handed over. A member of the team who has not confirmed the latest handover is shown it at
unlock (``handover_to_show``).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from cocdesk import paper
from cocdesk.desk.policy import Act, Read
from cocdesk.domain.case import Case
from cocdesk.domain.common import now
from cocdesk.flow.handover import Confirmation, Handover, MemberShown, handed_cases
from cocdesk.identity.rendition import hider
from cocdesk.identity.team import as_role, team_in
from cocdesk.vault import InvalidEdit
from cocdesk.vault.writes import CaseWrites

if TYPE_CHECKING:
    from cocdesk.desk.desk import Desk


class HandoverChanged(InvalidEdit):
    """The open cases are not what the member was shown when they confirmed handing them over."""

    def __init__(self) -> None:
        super().__init__("The open cases changed since you opened the handover: look again.")


HANDOVER_NOTE = "handover:"
SAVED = "Saved the shift handover sheet"


def _key(number: int) -> str:
    return f"{HANDOVER_NOTE}{number:06d}"


class Handovers:
    """The handover half of the desk. ``Desk`` supplies the vault and the policy."""

    def _desk(self) -> Desk:
        return self  # type: ignore[return-value]

    # reads

    def handovers(self) -> list[Handover]:
        """Every handover made at this event, oldest first."""
        desk = self._desk()
        desk.require(Read.HANDOVER)
        notes = desk.vault.notes(HANDOVER_NOTE)
        return [Handover.model_validate(notes[key]) for key in sorted(notes)]

    def latest_handover(self) -> Handover | None:
        made = self.handovers()
        return made[-1] if made else None

    def handover_now(self) -> Handover:
        """The open cases as they stand, as the next handover would hand them over (not yet made)."""
        desk = self._desk()
        desk.require(Read.HANDOVER)
        at = now()
        rows = [s for s in desk.vault.list_cases(sealed=False) if s.status.is_open]
        whole = [desk._whole(s.id) for s in rows]
        shared = [desk.as_shared(case) for case in whole]
        answered = {s.code: desk.vault.answered(s.id) for s in rows}
        team = desk._member_names()
        members = {case.code: _members_shown(case, team) for case in whole}
        latest = self.latest_handover()
        number = latest.number + 1 if latest else 1
        cases = handed_cases(desk.procedure, shared, at, answered, members)
        return Handover(number=number, made_at=at, cases=cases)

    def handover_to_show(self) -> Handover | None:
        """The latest handover when this member has not confirmed it (shown at unlock); else None,
        as for a new vault or a role that does not work shifts at the desk."""
        desk = self._desk()
        if not desk.may(Read.HANDOVER):
            return None
        latest = self.latest_handover()
        return latest if latest is not None and not latest.seen_by(desk.member.name) else None

    # acts

    def hand_over(self, shown: Handover | None = None) -> Handover:
        """Hand the shift over: the open cases as they stand now, recorded with this member's name.

        ``shown``: the list the member read (``handover_now``) when they confirmed. What is recorded in
        their name is what they read: ``HandoverChanged`` when a case was opened, closed or changed
        since, or another handover was made (the front end shows the list again)."""
        desk = self._desk()
        desk.require(Act.HAND_OVER)
        draft = self.handover_now()
        if shown is not None and (shown.number, shown.cases) != (draft.number, draft.cases):
            raise HandoverChanged()
        made = draft.model_copy(update={"outgoing": Confirmation(member=desk.member.name, at=draft.made_at)})
        codes = [c.code for c in made.cases]
        count = f"{len(codes)} open case{'' if len(codes) == 1 else 's'}"

        def write(w: CaseWrites) -> None:
            w.note(_key(made.number), made.model_dump(mode="json"))

        desk.vault.write_across(
            codes,
            "shift.hand_over",
            f"Handed over the shift (handover {made.number}, {count})",
            write,
            handover=made.number,
            cases=codes,
        )
        return made

    def take_over(self, number: int | None = None) -> Handover:
        """Confirm taking over the latest handover (or the one numbered ``number``, which must be the
        latest: an older list is out of date)."""
        desk = self._desk()
        desk.require(Act.TAKE_OVER)
        latest = self.latest_handover()
        if latest is None:
            raise InvalidEdit("No shift has been handed over yet, so there is nothing to take over.")
        if number is not None and number != latest.number:
            raise InvalidEdit(
                f"Handover {number} is not the latest (handover {latest.number} is): take over that one."
            )
        me = desk.member.name
        if latest.outgoing is not None and latest.outgoing.member == me:
            raise InvalidEdit("You handed this shift over; the member taking over confirms it.")
        if latest.seen_by(me):
            raise InvalidEdit(f"You have already taken over handover {latest.number}.")
        taken = latest.model_copy(update={"incoming": [*latest.incoming, Confirmation(member=me, at=now())]})
        here = _codes_here(desk)
        codes = [c.code for c in taken.cases if c.code in here]
        outgoing = latest.outgoing.member if latest.outgoing else "the last shift"

        def write(w: CaseWrites) -> None:
            w.note(_key(taken.number), taken.model_dump(mode="json"))

        desk.vault.write_across(
            codes,
            "shift.take_over",
            f"Took over the shift from {outgoing} (handover {taken.number})",
            write,
            handover=taken.number,
        )
        return taken

    # the sheet

    def handover_sheet(self, handover: Handover | None = None) -> paper.Document:
        """The printed handover: ``handover``, or the open cases as they stand now."""
        desk = self._desk()
        desk.require(Act.PRINT)
        shown = handover if handover is not None else self.handover_now()
        return paper.handover_sheet(desk.event, shown)

    def save_handover_sheet(self, path: str | os.PathLike[str], number: int | None = None) -> str:
        """Save the sheet (a recorded handover by ``number``, else the list as it stands); its SHA-256."""
        desk = self._desk()
        handover = None
        if number is not None:
            handover = next((h for h in self.handovers() if h.number == number), None)
            if handover is None:
                raise InvalidEdit(f"There is no handover {number} in this vault.")
        return desk.save_document(self.handover_sheet(handover), path, "paper.save", SAVED)


def _members_shown(case: Case, team: Sequence[str]) -> MemberShown:
    """How the handover names a team member in ``case`` (its whole self): a member it names as the
    reporter or a witness as their role there, as a shared screen shows them everywhere else."""
    members = team_in(case, team, everyone=True)
    if not members.parties:
        return lambda name: name
    hide = hider(case, everyone=True, team=members)
    return lambda name: as_role(name, hide) if members.is_party(name) else name


def _codes_here(desk: Desk) -> set[str]:
    """The codes of the cases in the vault (a case handed over may have been removed since)."""
    return {s.code for s in desk.vault.list_cases(sealed=False)}
