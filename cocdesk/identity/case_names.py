"""The people one case keeps private, as a name matcher: its reporters and witnesses, their names and
contacts, and the stretches the team marked (or unmarked) in the case's text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from cocdesk.domain.case import Case, Party
from cocdesk.identity.matcher import NameMatcher, Person

REPORTER = "[reporter]"
WITNESS = "[witness]"
CONTACT_HINTS = ("@", "+")
MIN_CONTACT_DIGITS = 6


def labels(case: Case) -> dict[str, str]:
    """How each reporter and witness reads when withheld, by person id: "[reporter]", "[witness]" or,
    when there are several witnesses, "[witness 1]", "[witness 2]"…"""
    witnesses = case.parties(Party.WITNESS)
    named = {str(p.id): REPORTER for p in case.parties(Party.REPORTER)}
    for number, person in enumerate(witnesses, start=1):
        named[str(person.id)] = WITNESS if len(witnesses) == 1 else f"[witness {number}]"
    return named


REPORTED = "[reported person]"
LABEL = re.compile(r"\[(?:reporter|witness(?: \d+)?|withheld|reported person)\]")
"""A role a name was withheld as: in a text read from a rendition, where a name was."""


def matcher_for(
    case: Case,
    *,
    everyone: bool = False,
    spared: Sequence[str] = (),
    members: Sequence[tuple[str, str]] = (),
) -> NameMatcher:
    """The matcher of ``case``'s reporters and witnesses (names and contacts) and its marks; with
    ``everyone``, of the reported people too (a public text names no one). ``spared``: the whole
    names of team members who are none of them, left whole wherever they are written. ``members``:
    team members the case withholds and their roles, found however they are written (a rendition's
    people have no names left, yet its timeline is read from the log as it was written)."""
    named = labels(case)
    if everyone:
        named |= {str(p.id): REPORTED for p in case.parties(Party.REPORTED)}
    people = [
        Person(
            label=named[str(person.id)],
            names=(person.name,) if person.name else (),
            contacts=tuple(c for c in (person.contact, person.contact_preference) if _is_contact(c)),
        )
        for person in case.people
        if str(person.id) in named
    ]
    people += [Person(label=label, names=(name,), contacts=()) for name, label in members]
    return NameMatcher(people, marked=case.identity.marked, unmarked=case.identity.unmarked, spared=spared)


def _is_contact(text: str) -> bool:
    """A contact detail rather than a way of contacting ("by e-mail"): an address, a handle, a number."""
    text = text.strip()
    digits = sum(ch.isdigit() for ch in text)
    return bool(text) and (any(hint in text for hint in CONTACT_HINTS) or digits >= MIN_CONTACT_DIGITS)
