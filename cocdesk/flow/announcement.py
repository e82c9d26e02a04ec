"""The attendee announcement: the procedure's template filled in, and checked to keep it general.

Every name, contact detail and distinctive detail stored in the case is looked for in the draft, and
so are the glib phrases the procedure banishes. Each hit is flagged before the draft can be approved.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from cocdesk.domain.case import Case
from cocdesk.identity.case_names import LABEL, matcher_for
from cocdesk.procedure.model import FieldKind, Procedure

FlagKind = Literal["name", "contact", "detail", "phrase"]
REASONS: dict[FlagKind, str] = {
    "name": "names someone involved",
    "contact": "is someone's contact detail",
    "detail": "is a detail that could identify the people involved",
    "phrase": "is a glib phrase the procedure asks us to banish",
}
PLACEHOLDERS = ("thing", "action", "location", "contact")


@dataclass(frozen=True)
class Flag:
    kind: FlagKind
    term: str
    start: int
    end: int

    @property
    def reason(self) -> str:
        return f"“{self.term}” {REASONS[self.kind]}"


def fill(template: str, **values: str) -> str:
    """The template with {thing}, {action}, {location} and {contact} replaced; others are left alone."""
    text = template
    for key in PLACEHOLDERS:
        if values.get(key):
            text = text.replace("{" + key + "}", values[key])
    return text


def check(text: str, case: Case, procedure: Procedure) -> list[Flag]:
    """Every place in ``text`` that gives away who or what, in reading order.

    Names and contacts are found by the case's name matcher (every person, in any script, spelling
    or ending, and what the team marked); a role a name was withheld as ("[reporter]") counts as a
    name, so that a draft read from a rendition is flagged where a name was."""
    terms: list[tuple[FlagKind, str]] = [*_case_terms(case, procedure)]
    terms += [("phrase", phrase) for phrase in procedure.announcement.banned_phrases]
    flags = {flag for kind, term in terms for flag in _find(text, kind, term)}
    for match in matcher_for(case, everyone=True).find(text):
        term = match.text(text)
        flags.add(Flag("contact" if _is_contact(term) else "name", term, match.start, match.end))
    flags |= {Flag("name", m.group(0), m.start(), m.end()) for m in LABEL.finditer(text)}
    return sorted(_widest(flags), key=lambda f: (f.start, f.end))


def _widest(flags: set[Flag]) -> list[Flag]:
    """A flag inside a wider one of the same kind is said once, by the wider one."""
    return [
        flag
        for flag in flags
        if not any(
            other != flag and other.kind == flag.kind and other.start <= flag.start and flag.end <= other.end
            for other in flags
        )
    ]


def _case_terms(case: Case, procedure: Procedure) -> list[tuple[FlagKind, str]]:
    terms: list[tuple[FlagKind, str]] = []
    for person in case.people:
        if person.name:
            terms.append(("name", person.name))
            terms += [("name", part) for part in re.split(r"[\s,.\-]+", person.name) if _long_enough(part)]
        for contact in (person.contact, person.contact_preference):
            terms += [("contact", token) for token in re.split(r"[\s,;]+", contact) if _is_contact(token)]
            terms += [("contact", token.split("@")[0]) for token in contact.split() if "@" in token]
    for step in procedure.steps:
        record = case.steps.get(step.id)
        if record is None:
            continue
        for spec in step.fields:
            value = record.values.get(spec.id)
            if spec.kind == FieldKind.SHORT_TEXT and isinstance(value, str) and _long_enough(value):
                terms.append(("detail", value))
            elif spec.kind == FieldKind.DATETIME and isinstance(value, str):
                terms += [("detail", form) for form in _date_forms(value)]
    return terms


def _date_forms(value: str) -> list[str]:
    moment = datetime.fromisoformat(value)
    month = moment.strftime("%B")
    return [
        moment.date().isoformat(),
        f"{moment.day} {month}",
        f"{month} {moment.day}",
        moment.strftime("%H:%M"),
    ]


def _long_enough(term: str) -> bool:
    term = term.strip()
    if any(unicodedata.east_asian_width(ch) in "WF" for ch in term):
        return len(term) >= 2
    return len(term) >= 3


def _is_contact(token: str) -> bool:
    digits = sum(ch.isdigit() for ch in token)
    return "@" in token or digits >= 6 or token.startswith(("http", "@"))


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).replace("’", "'").replace("‘", "'").casefold()


def _find(text: str, kind: FlagKind, term: str) -> list[Flag]:
    needle = _fold(term.strip())
    if not needle:
        return []
    haystack = _fold(text)
    if len(haystack) != len(text):  # case folding changed lengths (ß): search the unfolded text instead
        haystack, needle = unicodedata.normalize("NFC", text).lower(), term.strip().lower()
    found = []
    start = haystack.find(needle)
    while start >= 0:
        end = start + len(needle)
        if _bounded(haystack, start, end):
            found.append(Flag(kind, text[start:end], start, end))
        start = haystack.find(needle, start + 1)
    return found


def _bounded(text: str, start: int, end: int) -> bool:
    """A hit is a whole word (or run of words), except in scripts written without spaces."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    wide = unicodedata.east_asian_width(text[start]) in "WF"
    return wide or (not before.isalnum() and not after.isalnum())
