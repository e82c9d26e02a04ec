"""The desk's part in conflicts of interest: which members a case flags, as the reader may learn it,
and the refusal of a decision recorded by, or counted with, a member who stands aside.

The rule itself is ``cocdesk.flow.conflicts``; here the desk applies it, once, for every front end:
the wizard's decisions, the board's decision form and the command line all pass through
``refuse_recused``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from cocdesk.desk.case_checks import team_names
from cocdesk.desk.policy import Act, Read
from cocdesk.domain.case import Case, Meeting
from cocdesk.flow.conflicts import (
    WITHHELD_PARTIES,
    as_members,
    decision_refusal,
    flags,
    recused,
    with_recusals,
)
from cocdesk.vault import InvalidEdit
from cocdesk.vault.cases import CaseRef

if TYPE_CHECKING:
    from cocdesk.desk.desk import Desk


class FlagShown(BaseModel):
    """A member flagged in a case, and why, in words the reader may read."""

    model_config = ConfigDict(frozen=True)

    member: str
    reason: str
    stands_aside: bool


class ConflictRules:
    def _conflict_desk(self) -> Desk:
        return self  # type: ignore[return-value]

    def _member_names(self) -> list[str]:
        return team_names(self._conflict_desk())

    def conflict_flags(self, ref: CaseRef) -> list[FlagShown]:
        """The team members ``ref`` names (as reporter, witness or reported person). A reader who may
        not learn who the reporter or the witnesses are reads only those named as the reported person:
        a member flagged as a reporter or witness is not singled out to them at all (their case leaves
        that member out of its meeting, see ``cocdesk.identity.team``)."""
        desk = self._conflict_desk()
        desk.require(Read.CASES)
        case = desk._whole(desk.resolve(ref))
        names = self._member_names()
        aside = recused(case, names)
        sees = desk.may(Read.IDENTITY)
        return [
            FlagShown(
                member=flag.member, reason=flag.reason(sees_identity=sees), stands_aside=flag.member in aside
            )
            for flag in flags(case, names)
            if sees or not WITHHELD_PARTIES & set(flag.parties)
        ]

    def _with_recusals(self, case: Case, meeting: Meeting) -> Meeting:
        """The meeting to store: every flagged member present stands aside unless the team cleared them."""
        members = self._member_names()
        present = as_members(meeting.present, members)
        return with_recusals(meeting.model_copy(update={"present": present}), flags(case, members))

    def decision_refusal(self, ref: CaseRef) -> str:
        """Why this member may not record a decision on ``ref`` now (a conflict of interest, theirs or
        one the meeting still counts); empty when they may. Asked before, refused at the act."""
        desk = self._conflict_desk()
        if not desk.may(Act.DECIDE):
            return ""  # the policy's own refusal says it
        return decision_refusal(desk._whole(desk.resolve(ref)), self._member_names(), desk.member.name)

    def refuse_recused(self, case: Case) -> None:
        """Refuse a decision on ``case`` recorded by a member who stands aside from it, or while the
        meeting counts such a member as deciding."""
        desk = self._conflict_desk()
        desk.require(Act.DECIDE)
        refusal = decision_refusal(case, self._member_names(), desk.member.name)
        if refusal:
            raise InvalidEdit(refusal)
