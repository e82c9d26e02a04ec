"""The team in a case's rendition: which members the case names as a reporter or a witness, and
which are none of them.

A member who is a withheld party is not identifiable to a role without identity: they leave the
meeting's present list and its conflicts as if they had not been there (a gap or a "(withheld)" in
place of a known member would name them by elimination; the count of those deciding stays the
team's), and a field that names them as a team member (``MEMBER_NAMED``: who took the report, who
handles it, an owner, who recorded, approved or completed something, who did what in the timeline)
reads as their role in the case, however their name was written there. Every other member is shown
whole, their full name in free text too, even when they share a word of a name with the reporter:
"[reporter] Иванова" would give the reporter's first name away. A member-named field the matcher
touches otherwise (someone who left the team, words typed beside a name) reads "(withheld)" whole.

A role without identity reads a rendition, where the parties' names are gone: which members the case
withholds, and as whom, is kept beside it (``roles``) so that what is read at that moment (the
timeline, from the audit log) follows the same rule.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from cocdesk.domain.case import HIDDEN, Case, Party
from cocdesk.flow.conflicts import same_person
from cocdesk.identity.case_names import LABEL, REPORTED, labels

WITHHELD_PARTIES = (Party.REPORTER, Party.WITNESS)
MEMBER_NAMED = frozenset(
    {"by", "owner", "received_by", "handler", "approved_by", "done_by", "who", "removed_by"}
)
"""Keys whose values are a team member's name: a member the case withholds reads as their role."""


def key(name: str) -> str:
    """A member's name as compared: spacing and case do not count."""
    return " ".join(name.split()).casefold()


@dataclass(frozen=True)
class Team:
    """The team's names as one case's rendition treats them."""

    parties: frozenset[str] = frozenset()  # members the case withholds, by ``key``
    spared: tuple[str, ...] = ()  # every other member's name, as written
    named: tuple[tuple[str, str], ...] = ()  # each member the case withholds, as written, and their role

    def is_party(self, name: str) -> bool:
        return bool(self.parties) and key(name) in self.parties

    def role_of(self, name: str) -> str:
        """The role ``name`` reads as, when it names a member the case withholds; else ""."""
        wanted = key(name)
        return next((role for member, role in self.named if key(member) == wanted), "")

    def shown(self, name: str, hide: Callable[[str], str]) -> str:
        """A field naming a team member, by the one rule: a member the case withholds as their role,
        anyone else whole, and a name the matcher touches otherwise as "(withheld)" whole."""
        role = self.role_of(name)
        if role:
            return role
        if self.is_party(name):
            return as_role(name, hide)
        return name if hide(name) == name else HIDDEN

    @property
    def roles(self) -> dict[str, str]:
        """What is kept beside the rendition: each member the case withholds, and as whom."""
        return dict(self.named)


NO_TEAM = Team()


def team_in(case: Case, members: Iterable[str], *, everyone: bool = False) -> Team:
    """``members`` split into those ``case`` names as a reporter or a witness (with ``everyone``, as
    a reported person too) and the rest."""
    kinds = (*WITHHELD_PARTIES, Party.REPORTED) if everyone else WITHHELD_PARTIES
    role = labels(case)
    people = [
        (person.name, role.get(str(person.id), REPORTED))
        for kind in kinds
        for person in case.parties(kind)
        if person.name
    ]
    parties: set[str] = set()
    spared: list[str] = []
    named: list[tuple[str, str]] = []
    for member in members:
        found = next((label for name, label in people if same_person(member, name)), "")
        if found:
            parties.add(key(member))
            named.append((member, found))
        else:
            spared.append(member)
    return Team(frozenset(parties), tuple(spared), tuple(named))


def team_kept(roles: Mapping[str, str], members: Iterable[str]) -> Team:
    """The team as a rendition kept beside it says (``Team.roles``): for a reader of the rendition,
    where the parties' names are gone. Members who joined since are spared; a member the case
    withholds is withheld however they are written now."""
    named = tuple((name, label) for name, label in roles.items() if isinstance(label, str) and label)
    parties = frozenset(key(name) for name, _ in named)
    spared = tuple(m for m in members if key(m) not in parties)
    return Team(parties, spared, named)


def as_role(name: str, hide: Callable[[str], str]) -> str:
    """A team member the case withholds, as their role alone ("[reporter]"): never a word of the rest."""
    found = LABEL.search(hide(name))
    return found.group(0) if found else HIDDEN
