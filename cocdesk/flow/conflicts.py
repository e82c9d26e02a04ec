"""Conflicts of interest: a team member who is also a party to a case.

A member whose name matches the case's reporter, a witness or the reported person (however either
was typed: "Łukasz Nowak" and "lukasz nowak", "Зоя Иванова" and "Zoya Ivanova") is flagged at the
meeting and stands aside by default: not counted as deciding, and no decision on that case may be
recorded by them. The team may clear a flag it has looked at (a namesake), by recording that the
member stays; that is the only way a flagged member decides.

Names are matched with the same matcher that withholds them, so a name found here is a name the
rendition hides. Every word of the party's name must be found in the member's; a party named by one
word only (a first name) must also carry every word of the member's name.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from cocdesk.domain.case import Case, Conflict, Meeting, Party
from cocdesk.identity.matcher import WORD, NameMatcher, Person

REASONS = {
    Party.REPORTER: "the reporter",
    Party.WITNESS: "a witness",
    Party.REPORTED: "the reported person",
}
WITHHELD_PARTIES = frozenset({Party.REPORTER, Party.WITNESS})
"""The parties whose identity a role without it may not learn, not even through a flag."""
IN_THIS_CASE = "named in this case"
"""What a default recusal records as its note: no party, so no one learns who the member is here."""


class ConflictFlag(BaseModel):
    """One team member found among a case's people, and as whom."""

    model_config = ConfigDict(frozen=True)

    member: str
    parties: tuple[Party, ...]

    def reason(self, *, sees_identity: bool) -> str:
        """Why the member is flagged, such as "named as a witness". A reader who may not learn who
        the reporter or the witnesses are reads "named in this case" (unless the member is only the
        reported person)."""
        if not sees_identity and WITHHELD_PARTIES & set(self.parties):
            return IN_THIS_CASE
        return "named as " + " and as ".join(REASONS[party] for party in self.parties)


@lru_cache(maxsize=4096)
def same_person(member: str, party_name: str) -> bool:
    """Whether ``party_name`` names the team member ``member``. Kept per pair: every save of the
    meeting or a decision asks again, and the names seldom change."""
    words = WORD.findall(party_name)
    if not words or not WORD.findall(member):
        return False
    if _covered(_matcher(member), party_name):
        return len(words) > 1 or _covered(_matcher(party_name), member)
    # the party written more fully than the member: a middle name or a patronymic ("Зоя Петровна Иванова")
    return len(WORD.findall(member)) > 1 and _covered(_matcher(party_name), member)


def as_members(names: Iterable[str], members: Iterable[str]) -> list[str]:
    """``names`` (those present at a meeting, typed or picked) with each one that names a team member
    written as that member, so "Zoya Ivanova" typed among the others present is Зоя Иванова."""
    team = list(members)
    found: list[str] = []
    for name in names:
        member = name if name in team else next((m for m in team if same_person(m, name)), name)
        if member not in found:
            found.append(member)
    return found


def flags(case: Case, members: Iterable[str]) -> list[ConflictFlag]:
    """Every member among ``members`` who is a party to ``case``, in the order given."""
    found: list[ConflictFlag] = []
    for member in members:
        parties = tuple(
            party
            for party in REASONS
            if any(person.name and same_person(member, person.name) for person in case.parties(party))
        )
        if parties:
            found.append(ConflictFlag(member=member, parties=parties))
    return found


def with_recusals(meeting: Meeting, flagged: Iterable[ConflictFlag]) -> Meeting:
    """``meeting`` with every flagged member present standing aside, unless the team recorded them
    as staying (a cleared flag)."""
    recorded = {conflict.member for conflict in meeting.conflicts}
    added = [
        Conflict(member=flag.member, note=IN_THIS_CASE, recused=True)
        for flag in flagged
        if flag.member in meeting.present and flag.member not in recorded
    ]
    if not added:
        return meeting
    return meeting.model_copy(update={"conflicts": [*meeting.conflicts, *added]})


def recused(case: Case, members: Iterable[str]) -> set[str]:
    """The members kept out of ``case``'s decision: those standing aside at the meeting and those
    flagged whom the team has not cleared."""
    stays = {c.member for c in case.meeting.conflicts if not c.recused}
    aside = {c.member for c in case.meeting.conflicts if c.recused}
    return aside | {flag.member for flag in flags(case, members) if flag.member not in stays}


def decision_refusal(case: Case, members: list[str], recorder: str) -> str:
    """Why a decision on ``case`` may not be recorded by ``recorder`` now; empty when it may. It names
    no one: it may be read on a shared screen (the board), and who stands aside is who the case names
    (the meeting page flags them to the team)."""
    out = recused(case, members)
    if recorder in out:
        return (
            "You stand aside from this case for a conflict of interest, so may not record its decision:"
            " ask another team member"
        )
    counted = [name for name in case.meeting.voting if name in out]
    if counted:
        return (
            "A member counted as deciding at the meeting stands aside from this case for a conflict of"
            " interest: record the meeting again before deciding"
        )
    return ""


def _matcher(name: str) -> NameMatcher:
    return NameMatcher([Person(label="name", names=(name,))])


def _covered(matcher: NameMatcher, text: str) -> bool:
    """Every word of ``text`` lies inside a stretch ``matcher`` finds."""
    spans = [(match.start, match.end) for match in matcher.find(text)]
    return all(any(s <= w.start() and w.end() <= e for s, e in spans) for w in WORD.finditer(text))
