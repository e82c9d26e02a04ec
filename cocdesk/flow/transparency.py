"""What the public transparency report counts, counted once: reports, people named and outcomes.

An outcome is what the team did, not what it thought of doing. A case still open (a draft the wizard
left, or one not yet filed or closed) has no outcome yet: it is counted apart as "still open". A finished
case's outcome is the most serious of its decisions for right now that were carried out, each counted
as its rung of the procedure's response ladder says (``counts_as``): a conclusion (not a violation, out of
scope, no action) stands once the case is finished; an action (a warning, a removal, a ban) counts only
when an action that carries out that very decision (``Action.carries_out``) is marked done. An action
linked to no decision carries out none (so a vault kept before actions were linked counts nothing taken
until the team links them). A decision for later is an option the team keeps, never something taken at
the event, so it is not counted; a finished case with nothing carried out counts as no action. A case
left unfinished at the close of the event has no outcome either: it is counted apart, as left
unfinished.

People named are the distinct reported people: one person once however their name was typed ("Björn
Ålstrøm", "Bjorn Alstrom", "Ålstrøm, Björn"; "Зоя Иванова", "Zoya Ivanova"; "李明", "Li Ming"), by a key
made of the name's parts folded as the name matcher folds them, in any order.

Counts of 1 or 2 are printed as "fewer than 3", and a table whose shown total would let a suppressed
count be worked out by subtraction hides one more count as "3 or more" (or is not broken down at all).
The finished cases may be listed one by one (``describable``) only when the outcomes print what is still
open as a number: then how many finished cases there are is printed too, and a list of them adds nothing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from uuid import UUID

from cocdesk.domain.case import Case, Party, person_ref
from cocdesk.domain.common import Model
from cocdesk.identity.matcher import HAN, fold, loose
from cocdesk.procedure import Procedure
from cocdesk.procedure.matrix import PublicOutcome as Outcome

SMALLEST_SHOWN = 3
FEWER = f"fewer than {SMALLEST_SHOWN}"
AT_LEAST = f"{SMALLEST_SHOWN} or more"


OUTCOME_LABELS = {
    Outcome.NOT_A_VIOLATION: "Not a violation of the code",
    Outcome.OUT_OF_SCOPE: "Outside the code's scope",
    Outcome.NO_ACTION: "No action taken",
    Outcome.WARNED: "Warned",
    Outcome.REMOVED: "Removed from the event",
    Outcome.BANNED: "Banned from future events",
    Outcome.OTHER: "Other action",
}
STILL_OPEN = "Still open"
LEFT_UNFINISHED = "Left unfinished"

CONCLUSIONS = frozenset({Outcome.NOT_A_VIOLATION, Outcome.OUT_OF_SCOPE, Outcome.NO_ACTION})
"""Outcomes that are the team's finding, with nothing to carry out."""
SEVERITY = (
    Outcome.NOT_A_VIOLATION,
    Outcome.OUT_OF_SCOPE,
    Outcome.NO_ACTION,
    Outcome.WARNED,
    Outcome.OTHER,
    Outcome.REMOVED,
    Outcome.BANNED,
)
"""From the mildest outcome to the most serious: a case counts once, as its most serious."""


def carried_out(case: Case) -> dict[UUID, datetime]:
    """The decisions for right now (by id) that a done action carries out, each with when the first
    of its actions was done (the time the team says it happened, not when it was ticked)."""
    for_now = {d.id for d in case.decisions if d.horizon == "now"}
    done: dict[UUID, datetime] = {}
    for action in case.actions:
        if action.done_at and action.carries_out in for_now:
            decision = action.carries_out
            done[decision] = min(done.get(decision, action.done_at), action.done_at)
    return done


def counted_as(procedure: Procedure) -> dict[str, Outcome]:
    """The response ladder's rungs (by id) as the report's outcomes; a rung no longer there is "other"."""
    return {rung.id: rung.counts_as for rung in procedure.response_ladder}


def outcome(case: Case, ladder: Mapping[str, Outcome]) -> Outcome | None:
    """What the team did about ``case``; None while it is still open or when it was left unfinished.
    ``ladder`` is ``counted_as``'s."""
    if case.status.is_open or case.left_unfinished:
        return None
    done = carried_out(case)
    decided = [
        (d.id, ladder.get(d.response, Outcome.OTHER))
        for d in case.decisions
        if d.horizon == "now" and d.response
    ]
    taken = [o for i, o in decided if o in CONCLUSIONS or i in done]
    return max(taken, key=SEVERITY.index) if taken else Outcome.NO_ACTION


def people_named(cases: Iterable[Case]) -> int:
    """Distinct reported people: one person in several reports is one, whether the team confirmed
    it (they share a person code: an unnamed, described person too) or the name says so however it
    was typed, unless the team said they are not the same person; each unnamed person not linked to
    another counts."""
    named: list[tuple[str, str]] = []
    code_of: dict[str, str] = {}
    told: list[tuple[str, list[str]]] = []
    for case in cases:
        for person in case.parties(Party.REPORTED):
            code_of[person_ref(case.id, person.id)] = person.person_code
            named.append((person.person_code, name_key(person.name)))
            told.append((person.person_code, person.not_same))
    people = _People([code for code, _ in named])
    for code, others in told:
        for other in others:
            people.tell_apart(code, code_of.get(other, other))
    seen: dict[str, list[str]] = {}
    for code, key in named:
        if key:
            same = seen.setdefault(key, [])
            if not any(people.join(earlier, code) for earlier in same):
                same.append(code)
    return people.count()


class _People:
    """Person codes joined into people, never joining two the team told apart."""

    def __init__(self, codes: Iterable[str]) -> None:
        self._parent = {code: code for code in codes}
        self._members = {code: {code} for code in self._parent}
        self._apart: dict[str, set[str]] = {code: set() for code in self._parent}

    def _root(self, code: str) -> str:
        while self._parent[code] != code:
            self._parent[code] = self._parent[self._parent[code]]
            code = self._parent[code]
        return code

    def tell_apart(self, one: str, other: str) -> None:
        if one in self._parent and other in self._parent and one != other:
            self._apart[one].add(other)
            self._apart[other].add(one)

    def join(self, one: str, other: str) -> bool:
        """Join the two people unless told apart; whether they are one person now."""
        a, b = self._root(one), self._root(other)
        if a == b:
            return True
        if self._apart[a] & self._members[b]:
            return False
        self._parent[b] = a
        self._members[a] |= self._members.pop(b)
        self._apart[a] |= self._apart.pop(b)
        return True

    def count(self) -> int:
        return len({self._root(code) for code in self._parent})


NAME_BREAK = re.compile(r"[\s\-‐.,;/]+")
ASCII_SPELLINGS = (("ae", "a"), ("oe", "o"), ("ue", "u"), ("aa", "a"))
"""Letters typed for one without a keyboard for it: "Bjoern Aalstroem" for "Björn Ålstrøm"."""


def name_key(name: str) -> str:
    """One key for every way one name is typed: each part in Latin letters without case, accents or
    the usual alternative spellings (as the name matcher compares them), a name in Chinese characters
    by its syllables ("李明" and "Li Ming"), the parts in any order ("Ålstrøm, Björn"); empty for none.
    A key per name, not a comparison per pair: ten thousand reports are counted in one pass."""
    parts: list[str] = []
    for piece in NAME_BREAK.split(unicodedata.normalize("NFC", name)):
        han = HAN.findall(piece)
        for part in han if han and len(han) == len(piece) else [piece]:
            latin = fold(part)
            for typed, letter in ASCII_SPELLINGS:
                latin = latin.replace(typed, letter)
            if latin:
                parts.append(loose(latin))
    return " ".join(sorted(parts))


class Figure(Model):
    """One count as printed: its number if 0 or 3 and more, else a range that singles no one out."""

    label: str
    value: int
    shown: str

    @property
    def suppressed(self) -> bool:
        return self.shown != str(self.value)


class Table(Model):
    """Counts that add up to ``total``; ``rows`` is empty when they are too few to break down."""

    title: str
    counted: str
    total: Figure
    rows: list[Figure]


def figure(label: str, value: int) -> Figure:
    return Figure(label=label, value=value, shown=FEWER if 0 < value < SMALLEST_SHOWN else str(value))


def table(title: str, counted: str, total: Figure, rows: Sequence[tuple[str, int]]) -> Table:
    """The rows of a table that adds up to ``total``, printed so that none suppressed can be derived."""
    if total.suppressed or total.value == 0:
        return Table(title=title, counted=counted, total=total, rows=[])
    values = [v for _, v in rows]
    shown = [FEWER if 0 < v < SMALLEST_SHOWN else str(v) for v in values]
    while any(derivable(shown, total.value)):
        larger = [i for i, v in enumerate(values) if v >= SMALLEST_SHOWN and shown[i] == str(v)]
        if not larger:
            return Table(title=title, counted=counted, total=total, rows=[])
        shown[min(larger, key=lambda i: values[i])] = AT_LEAST
    found = [Figure(label=label, value=v, shown=s) for (label, v), s in zip(rows, shown, strict=True)]
    return Table(title=title, counted=counted, total=total, rows=found)


def derivable(shown: Sequence[str], total: int) -> list[bool]:
    """For each printed count, whether a reader could work out a hidden one from the others and the
    total: each "fewer than 3" is 1 or 2, each "3 or more" between 3 and the total."""
    bounds = [_bounds(text, total) for text in shown]
    rest = total - sum(lo for (lo, hi) in bounds if lo == hi)
    hidden = [(lo, hi) for lo, hi in bounds if lo != hi]
    low, high = sum(lo for lo, _ in hidden), sum(hi for _, hi in hidden)
    out = []
    for lo, hi in bounds:
        if lo == hi:
            out.append(False)
            continue
        others_low, others_high = low - lo, high - hi
        out.append(max(lo, rest - others_high) >= min(hi, rest - others_low))
    return out


def _bounds(text: str, total: int) -> tuple[int, int]:
    if text == FEWER:
        return 1, SMALLEST_SHOWN - 1
    if text == AT_LEAST:
        return SMALLEST_SHOWN, total
    return int(text), int(text)


class Counts(Model):
    """The report's figures over every case of the event, as of ``at``."""

    at: datetime
    received: Figure
    people_named: Figure
    still_open: int
    outcomes: Table


def count(cases: Sequence[Case], at: datetime, procedure: Procedure) -> Counts:
    """Reports received, people named and outcomes (with "still open"), each case counted once."""
    ladder = counted_as(procedure)
    tally = dict.fromkeys(SEVERITY, 0)
    still_open = left = 0
    for case in cases:
        found = outcome(case, ladder)
        if found is None:
            left += case.left_unfinished
            still_open += not case.left_unfinished
        else:
            tally[found] += 1
    received = figure("Reports received", len(cases))
    rows = [(OUTCOME_LABELS[o], tally[o]) for o in Outcome]
    rows += [(STILL_OPEN, still_open), (LEFT_UNFINISHED, left)]
    return Counts(
        at=at,
        received=received,
        people_named=figure("People named in reports", people_named(cases)),
        still_open=still_open,
        outcomes=table("By outcome", "Outcome", received, rows),
    )


def describable(counts: Counts) -> bool:
    """Whether the finished cases may be listed one by one: only beside a printed number of them.

    A list of the finished cases counts them (at least as many as listed), and finished is received less
    those not finished: beside a "still open" printed as a range, or no breakdown at all, the list would
    narrow it (and the outcomes beside it) down, to one value at worst. Where the outcomes print every
    count of cases not finished as a number, the number of finished cases is printed already and the
    list adds nothing to it. The rule reads the printed figures alone, so whether the list is there
    tells nothing either.
    """
    finished = set(OUTCOME_LABELS.values())
    rows = counts.outcomes.rows
    return bool(rows) and not any(row.suppressed for row in rows if row.label not in finished)
