"""The team in a case's rendition: which members the case names as a reporter or a witness, and
which are none of them.

A member who is a withheld party is not identifiable to a role without identity: they leave the
meeting's present list and its conflicts as if they had not been there (a gap or a "(withheld)" in
place of a known member would name them by elimination; the count of those deciding stays the
team's), and a field that names them as a team member (an owner, who recorded something) reads as
their role in the case. Every other member is shown whole, their full name in free text too, even
when they share a word of a name with the reporter: "[reporter] Иванова" would give the reporter's
first name away.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from cocdesk.domain.case import HIDDEN, Case, Party
from cocdesk.flow.conflicts import same_person
from cocdesk.identity.case_names import LABEL

WITHHELD_PARTIES = (Party.REPORTER, Party.WITNESS)
MEMBER_NAMED = frozenset({"by", "owner"})
"""Keys whose values are usually a team member's name: a member the case withholds reads as their role."""


def key(name: str) -> str:
    """A member's name as compared: spacing and case do not count."""
    return " ".join(name.split()).casefold()


@dataclass(frozen=True)
class Team:
    """The team's names as one case's rendition treats them."""

    parties: frozenset[str] = frozenset()  # members the case withholds, by ``key``
    spared: tuple[str, ...] = ()  # every other member's name, as written

    def is_party(self, name: str) -> bool:
        return bool(self.parties) and key(name) in self.parties


NO_TEAM = Team()


def team_in(case: Case, members: Iterable[str], *, everyone: bool = False) -> Team:
    """``members`` split into those ``case`` names as a reporter or a witness (with ``everyone``, as
    a reported person too) and the rest."""
    kinds = (*WITHHELD_PARTIES, Party.REPORTED) if everyone else WITHHELD_PARTIES
    names = [person.name for kind in kinds for person in case.parties(kind) if person.name]
    parties: set[str] = set()
    spared: list[str] = []
    for member in members:
        if any(same_person(member, name) for name in names):
            parties.add(key(member))
        else:
            spared.append(member)
    return Team(frozenset(parties), tuple(spared))


def as_role(name: str, hide: Callable[[str], str]) -> str:
    """A team member the case withholds, as their role alone ("[reporter]"): never a word of the rest."""
    found = LABEL.search(hide(name))
    return found.group(0) if found else HIDDEN
