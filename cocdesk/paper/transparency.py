"""The figures of the public transparency report, in the layout response teams publish.

A short summary of the event (its size, how attendees could report), the reports received and the
people named, the outcomes (counted by ``cocdesk.flow.transparency``, once, with what is still open
counted apart), the cases by quadrant, acting in time, and the team's one-line descriptions.

Two versions: a draft for the closing ceremony, during the event, as of the time it was made; and the
final report, at the close. The report never holds a name, a contact detail or a time of a case finer
than a day: counts of 1 or 2 read "fewer than 3", once, and no total lets one be worked out; the
descriptions are scrubbed of every name of every case (``cocdesk.paper.transparency_scrub``).

The descriptions count nothing the tables keep to a range. Each is printed with its day alone, never
its quadrant or outcome: labels could be counted against a row printed as "fewer than 3". And they are
printed only where the outcomes print what is still open as a number (``describable``): how many there
are is then at most the finished cases, a number the table prints already. Otherwise (a draft with one
or two cases still open, too few reports to break down) the report says the cases are not listed.
What a description says is the team's own: one that tells what was done ("was banned") counts that
outcome for a reader, so it should tell what happened, not what was done about it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from cocdesk.domain import Case, Event, Level
from cocdesk.domain.common import now
from cocdesk.flow.transparency import (
    FEWER,
    Counts,
    Figure,
    Table,
    carried_out,
    count,
    describable,
    figure,
    table,
)
from cocdesk.paper.occasion import Occasion
from cocdesk.paper.transparency_scrub import WITHHELD, Scrubber, everyones_matcher, known_names
from cocdesk.procedure import Part, Procedure

DEFAULT_ACTION_HOURS = 12.0  # "aim for this within half a day of report"
NOT_PLACED = "Not placed on the matrix"
SUPPRESSION_NOTE = (
    "A count of one or two is printed as a range, and a count that would let it be worked out is "
    "printed as a range too, so that nobody can be singled out."
)
NOT_LISTED = (
    "The cases are not described one by one in this version: how many there are would give away a "
    "count printed as a range."
)
TITLE = "Code of Conduct transparency report"
DRAFT_TITLE = "Draft for the closing ceremony"

__all__ = ["FEWER", "WITHHELD", "Figures", "Scrubber", "everyones_matcher", "transparency_figures"]


@dataclass(frozen=True)
class Figures:
    event: str
    dates: str
    promotion: str
    final: bool
    as_of: str  # the draft's date and time in the event's zone; empty in the final report
    attendees: str  # "About 1,200 people attended." or empty
    channels: list[str]  # how attendees could report
    counts: Counts
    tables: list[Table]  # by outcome, by quadrant, acting in time
    descriptions: list[tuple[str, str]]  # (day, the team's scrubbed description), no label to count
    listed: bool  # whether the cases may be listed one by one (``describable``)

    @property
    def title(self) -> str:
        return TITLE if self.final else f"{TITLE} ({DRAFT_TITLE.lower()})"

    def summary(self) -> list[Figure]:
        """The reports in figures. What is still open is a row of the outcomes alone: printed twice, as a
        number here and as a range there, it would let the outcomes it sits beside be worked out."""
        return [self.counts.received, self.counts.people_named]

    def not_listed(self) -> str:
        """Why there is no list of the cases, when that is not because there is none to list."""
        return "" if self.listed or not self.counts.received.value else NOT_LISTED

    def draft_note(self) -> str:
        if self.final:
            return ""
        return (
            f"A draft, as of {self.as_of}. Reports still open are counted apart, not in the outcomes; "
            "the final report follows after the event."
        )


def transparency_figures(
    procedure: Procedure,
    event: Event | None,
    cases: Sequence[Case],
    *,
    final: bool = True,
    at: datetime | None = None,
) -> Figures:
    when = Occasion.of(event)
    at = at or now()
    counts = count(cases, at, procedure)
    grid = {
        (r, i): procedure.matrix.name(r, i) for r in (Level.HIGH, Level.LOW) for i in (Level.HIGH, Level.LOW)
    }
    quadrants: Counter[str] = Counter(grid[c.quadrant] if c.quadrant else NOT_PLACED for c in cases)
    by_quadrant = [(q, quadrants[q]) for q in grid.values()]
    by_quadrant += [(NOT_PLACED, quadrants[NOT_PLACED])] * (NOT_PLACED in quadrants)
    return Figures(
        event=event.name if event else "",
        dates=when.dates if event and event.starts_on else "",  # no blank to fill in on a public page
        promotion=event.code_promotion if event else "",
        final=final,
        as_of=_as_of(at, when) if not final else "",
        attendees=f"About {event.attendees:,} people attended." if event and event.attendees else "",
        channels=channels(procedure, event),
        counts=counts,
        tables=[
            counts.outcomes,
            table("By quadrant", "Quadrant", counts.received, by_quadrant),
            _timeliness(procedure, event, cases),
        ],
        descriptions=_descriptions(event, cases, when) if describable(counts) else [],
        listed=describable(counts),
    )


def channels(procedure: Procedure, event: Event | None) -> list[str]:
    """How attendees could report: the event's own contacts, or else the procedure's sentence."""
    found = []
    if event and event.team_contact:
        found.append(f"Attendees could reach the Code of Conduct team at {event.team_contact}.")
    if event and event.policy_location:
        found.append(f"The code of conduct, and how to report, was published at {event.policy_location}.")
    return found or procedure.attendee_information[:1]


def _as_of(at: datetime, when: Occasion) -> str:
    local = at.astimezone(when.zone)
    return f"{local:%A} {local.day} {local:%B %Y, %H:%M} {local.tzname()}"


def _descriptions(event: Event | None, cases: Sequence[Case], when: Occasion) -> list[tuple[str, str]]:
    """The team's description of each finished case, by day, scrubbed of every name and contact of
    every case; open cases may still change."""
    told = [c for c in cases if not c.status.is_open and c.public_summary.strip()]
    if not told:
        return []
    scrub = Scrubber(known_names(event, cases), everyones_matcher(cases))
    return sorted((when.day(c.received_at), scrub(c.public_summary)) for c in told)


def _timeliness(procedure: Procedure, event: Event | None, cases: Sequence[Case]) -> Table:
    """How soon after its report each case was acted on: when the first action carrying out one of its
    decisions for right now was done, at the time the team gave (not when a step was ticked)."""
    target = action_target_hours(procedure, event)
    acted = in_time = 0
    for case in cases:
        done = carried_out(case).values()
        if done:
            acted += 1
            in_time += (min(done) - case.received_at).total_seconds() <= target * 3600
    rows = [(f"Within {target:g} hours of the report", in_time), ("Later", acted - in_time)]
    return table("Acting in time", "When", figure("Reports acted on", acted), rows)


def action_target_hours(procedure: Procedure, event: Event | None) -> float:
    """The hours allowed for acting: the deadline the actions step meets, as the event set it."""
    step = procedure.step_with_part(Part.ACTIONS)
    rule = next((r for r in procedure.deadlines if step and r.met_by_step == step.id), None)
    if rule is None:
        return DEFAULT_ACTION_HOURS
    return event.deadline_hours.get(rule.id, rule.hours) if event else rule.hours
