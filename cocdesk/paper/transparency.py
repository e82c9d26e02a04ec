"""The figures of the public transparency report, and the report as Markdown for a blog post.

The report never holds a name, a contact detail or a time finer than a day: figures are counts, any
count below 3 is printed as "fewer than 3", and the team's case descriptions are scrubbed of every name
and contact the station knows (the case's own people by the name matcher, in any script, spelling or
ending), and of times of day, before they are printed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from cocdesk.domain import Case, CaseStatus, Event, Level
from cocdesk.identity.case_names import matcher_for
from cocdesk.paper.occasion import Occasion
from cocdesk.procedure import Part, Procedure

SMALLEST_SHOWN = 3
DEFAULT_ACTION_HOURS = 12.0  # "aim for this within half a day of report"
FEWER = f"fewer than {SMALLEST_SHOWN}"
NO_RESPONSE = "No response recorded"
NOT_PLACED = "Not placed on the matrix"
WITHHELD = "[withheld]"
SUPPRESSION_NOTE = f'Counts below {SMALLEST_SHOWN} are shown as "{FEWER}" so that nobody can be singled out.'


def shown(count: int) -> str:
    return FEWER if count < SMALLEST_SHOWN else str(count)


@dataclass(frozen=True)
class Figures:
    event: str
    dates: str
    promotion: str
    reports: int
    by_quadrant: list[tuple[str, int]]
    by_response: list[tuple[str, int]]
    by_status: list[tuple[str, int]]
    acted: int
    acted_in_time: int
    target_hours: float
    descriptions: list[tuple[str, str, str]]  # (day, quadrant, the team's scrubbed description)

    def breakdowns(self) -> list[tuple[str, str, list[tuple[str, int]]]]:
        """(title, what is counted, rows) for each table of counts."""
        return [
            ("By quadrant", "Quadrant", self.by_quadrant),
            ("By response taken", "Response", self.by_response),
            ("By status", "Status", self.by_status),
        ]

    def timeliness(self) -> str:
        return (
            f"{shown(self.acted_in_time)} of {shown(self.acted)} reports that led to action were acted on "
            f"within {self.target_hours:g} hours of the report."
        )


def transparency_figures(procedure: Procedure, event: Event | None, cases: Sequence[Case]) -> Figures:
    when = Occasion.of(event)
    quadrants: Counter[str] = Counter()
    responses: Counter[str] = Counter()
    statuses: Counter[CaseStatus] = Counter()
    labels = {option.id: option.label for option in procedure.response_ladder}
    target = action_target_hours(procedure, event)
    acted = in_time = 0
    scrub = Scrubber(_known_names(event, cases))
    act_step = procedure.step_with_part(Part.ACTIONS)
    grid = {
        (r, i): procedure.matrix.name(r, i) for r in (Level.HIGH, Level.LOW) for i in (Level.HIGH, Level.LOW)
    }
    descriptions = []
    for case in cases:
        where = grid[case.quadrant] if case.quadrant else NOT_PLACED
        quadrants[where] += 1
        responses.update(
            {labels.get(d.response, d.response) for d in case.decisions if d.response} or {NO_RESPONSE}
        )
        statuses[case.status] += 1
        acted_at = _acted_at(case, act_step.id if act_step else "")
        if acted_at is not None:
            acted += 1
            in_time += (acted_at - case.received_at).total_seconds() <= target * 3600
        if case.public_summary.strip():
            descriptions.append(
                (when.day(case.received_at), where, unnamed(case, scrub(case.public_summary)))
            )
    return Figures(
        event=event.name if event else "",
        dates=when.dates if event else "",
        promotion=event.code_promotion if event else "",
        reports=len(cases),
        by_quadrant=[(q, quadrants[q]) for q in grid.values()]
        + ([(NOT_PLACED, quadrants[NOT_PLACED])] * (NOT_PLACED in quadrants)),
        by_response=sorted(responses.items(), key=lambda kv: (-kv[1], kv[0])),
        by_status=[(s.label, statuses[s]) for s in CaseStatus if statuses[s]],
        acted=acted,
        acted_in_time=in_time,
        target_hours=target,
        descriptions=sorted(descriptions),
    )


def unnamed(case: Case, text: str) -> str:
    """``text`` with every mention of the case's reporters and witnesses, however typed (translit-
    erated, inflected, marked by the team), read as "[withheld]": a public page says no role either."""
    matches = matcher_for(case).find(text)
    for match in reversed(matches):
        text = text[: match.start] + WITHHELD + text[match.end :]
    return text


def action_target_hours(procedure: Procedure, event: Event | None) -> float:
    """The hours allowed for acting: the deadline the actions step meets, as the event set it."""
    step = procedure.step_with_part(Part.ACTIONS)
    rule = next((r for r in procedure.deadlines if step and r.met_by_step == step.id), None)
    if rule is None:
        return DEFAULT_ACTION_HOURS
    return event.deadline_hours.get(rule.id, rule.hours) if event else rule.hours


def _acted_at(case: Case, act_step_id: str) -> datetime | None:
    """When the case was acted on: its actions step done, or else its first action done."""
    record = case.steps.get(act_step_id)
    if record and record.done_at:
        return record.done_at
    done = [a.done_at for a in case.actions if a.done_at]
    return min(done) if done else None


def _known_names(event: Event | None, cases: Iterable[Case]) -> set[str]:
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
    """Withholds known names and contact details, e-mail addresses, phone numbers and times of day."""

    def __init__(self, names: set[str]) -> None:
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
        if "@" in text:
            text = _EMAIL.sub(WITHHELD, text)
        if _DIGIT.search(text):
            text = _ISO_TIME.sub(r"\1", text)
            text = _PHONE.sub(WITHHELD, text)
            text = _CLOCK.sub(WITHHELD, text)
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
