"""Scrubbing the team's descriptions for the public transparency report: no name, contact or time of day.

Every name and contact the station knows is withheld, with e-mail addresses, phone numbers and times of
day. The people of every case (reporters, witnesses and reported people) are found by one name matcher
over them all, in any script, spelling or ending: a description may name someone of another case.

A word a team said is not a name in its case ("will" beside a witness Will) is withheld all the same:
a public page rather withholds a word too many than publishes a name, and the team reads the draft.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from cocdesk.domain import Case, Event
from cocdesk.identity import NameMatcher, Person
from cocdesk.identity.case_names import matcher_for

WITHHELD = "[withheld]"


def everyones_matcher(cases: Sequence[Case]) -> NameMatcher:
    """One matcher of the people of every case (names and contacts, each person once) and of every
    stretch a team marked; every match reads "[withheld]": a public page says no role either. Its
    ``withhold`` is the case's text with every mention withheld."""
    people: dict[Person, None] = {}
    marked: dict[str, None] = {}
    seen: set[object] = set()
    for case in cases:
        people_of = tuple((p.party, p.name, p.contact, p.contact_preference) for p in case.people)
        own = (people_of, tuple(case.identity.marked))
        if own in seen:  # generated or copied cases: the same people, matched once
            continue
        seen.add(own)
        found = matcher_for(case, everyone=True)
        people |= dict.fromkeys(replace(person, label=WITHHELD) for person in found.people)
        marked |= dict.fromkeys(found.marked)
    return NameMatcher(list(people), marked=list(marked))


def known_names(event: Event | None, cases: Iterable[Case]) -> set[str]:
    """Every name and contact detail the station holds: of the parties, the team and the event's contacts."""
    names: list[str] = [event.event_lead.name, event.safety_officer.name] if event else []
    for case in cases:
        names += [n for p in case.people for n in (p.name, p.contact)]
        names += [case.received_by, case.handler, case.agreement.by, case.announcement.approved_by]
        names += case.meeting.present
        names += [c.member for c in case.meeting.conflicts] + [p.by for p in case.placements]
        names += [d.by for d in case.decisions] + [d.owner for d in case.decisions]
        names += [a.owner for a in case.actions] + [c.by for c in case.communications]
        names += [e.who for e in case.timeline]
    return {n for n in set(names) if n}


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<!\w)\+?\d(?:[\s().\-/]?\d){6,}(?!\w)")
_ISO_TIME = re.compile(r"(\d{4}-\d{2}-\d{2})[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")
_CLOCK = re.compile(r"(?<!\w)\d{1,2}[:.h]\d{2}(?:\s?[ap]\.?m\.?)?(?!\w)", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_CJK = re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_NAME_PART = re.compile(r"\w+")
SHORT_NAME_PART = 3


class Scrubber:
    """Withholds e-mail addresses, phone numbers and times of day, then every mention ``matcher`` finds
    (the people of the cases, however typed), then every part of the known names and contacts."""

    def __init__(self, names: set[str], matcher: NameMatcher | None = None) -> None:
        self.matcher = matcher
        tokens = {t for name in names for t in _NAME_PART.findall(name) if self._name_like(t)}
        # A short part of a name ("Al", "At") is only itself with its capital: "at" is a word, not a name.
        self.exact = {t for t in tokens if not _has_cjk(t) and len(t) <= SHORT_NAME_PART}
        self.words = {t.casefold() for t in tokens if not _has_cjk(t) and len(t) > SHORT_NAME_PART}
        # Chinese, Japanese and Korean names stand between other characters with no space around them.
        cjk = sorted((t for t in tokens if _has_cjk(t)), key=len, reverse=True)
        self.cjk = re.compile("|".join(map(re.escape, cjk))) if cjk else None

    @staticmethod
    def _name_like(token: str) -> bool:
        if len(token) < 2 or not any(ch.isalpha() for ch in token):
            return False
        return _has_cjk(token) or not token[0].islower()

    def __call__(self, text: str) -> str:
        # contacts whole first: a name inside an address ("zoya@…") withheld alone would leave the rest
        if "@" in text:
            text = _EMAIL.sub(WITHHELD, text)
        if _DIGIT.search(text):
            text = _ISO_TIME.sub(r"\1", text)
            text = _PHONE.sub(WITHHELD, text)
            text = _CLOCK.sub(WITHHELD, text)
        if self.matcher is not None:  # whole names before their parts: "Зоя Смирнова" is one "[withheld]"
            text = self.matcher.withhold(text)
        if self.cjk is not None and _has_cjk(text):
            text = self.cjk.sub(WITHHELD, text)
        found = _NAME_PART.findall(text)
        if self.words.isdisjoint(w.casefold() for w in found) and self.exact.isdisjoint(found):
            return text
        return _NAME_PART.sub(lambda m: WITHHELD if self._is_name(m.group(0)) else m.group(0), text)

    def _is_name(self, word: str) -> bool:
        return word in self.exact or word.casefold() in self.words


def _has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None
