"""A case as the rich text the case view shows: its summary, and its answers step by step.

The case given is already redacted for the viewer (``Desk.case`` gives a role without identity the
withheld rendition, ``cocdesk.identity.rendition.withheld``); answers the viewer's role may not read
are marked as hidden rather than shown as blank.
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from zoneinfo import ZoneInfo

from cocdesk.domain import AnswerValue, Case, Party, now
from cocdesk.domain.countdown import countdown, is_overdue
from cocdesk.procedure.fields import PARTY_KINDS, FieldSpec
from cocdesk.procedure.model import Part, Procedure, Step

HIDDEN_NOTE = "<i>hidden from your role</i>"
COMMUNICATION_KINDS = {Part.TALK: "talk", Part.INFORM_REPORTER: "inform_reporter", Part.FILING: "filing"}


def when(at: datetime | None, zone: ZoneInfo) -> str:
    return at.astimezone(zone).strftime("%a %d %b %Y, %H:%M") if at else "—"


def _rows(pairs: list[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><th align='left' valign='top'>{k}</th><td>{v}</td></tr>" for k, v in pairs if v)
    return f"<table cellspacing='0' cellpadding='4'>{cells}</table>"


def summary_html(
    case: Case, procedure: Procedure, zone: ZoneInfo, at: datetime | None = None, alarm: str = "#b91c1c"
) -> str:
    """``alarm``: the colour of an overdue deadline, one that stands out in the current look."""
    at = at or now()
    placement = case.placement
    quadrant = ""
    if placement:
        spec = procedure.matrix.quadrant(placement.risk, placement.impact)
        quadrant = (
            f"{placement.risk.value.capitalize()} risk, {placement.impact.value} impact. "
            f"Calls for: <b>{escape(spec.response)}</b>.<br>“{escape(placement.rationale)}” "
            f"({escape(placement.by)}, {when(placement.at, zone)})"
        )
    deadlines = []
    for deadline in case.deadlines:
        if deadline.met_at:
            state = f"met {when(deadline.met_at, zone)}"
        elif case.held:  # no deadline runs while the report is held at the reporter's request
            state = "paused while the report is held"
        elif is_overdue(deadline.due_at, at) and case.status.is_open:
            state = f"<b><font color='{alarm}'>⚠ {countdown(deadline.due_at, at)}</font></b>"
        else:
            state = countdown(deadline.due_at, at) if case.status.is_open else "not met"
        deadlines.append(f"{escape(deadline.label)}: {state} (due {when(deadline.due_at, zone)})")
    header = _rows(
        [
            ("Status", case.status.label),
            ("Received", f"{when(case.received_at, zone)} by {escape(case.received_by)}"),
            ("Handled by", escape(case.handler)),
            ("Quadrant", quadrant or "not placed yet"),
            ("Deadlines", "<br>".join(deadlines)),
            ("Paper form", escape(case.paper_reference)),
            ("Public summary", escape(case.public_summary)),
        ]
    )
    people = [
        ("Witnesses" if party == Party.WITNESS else party.label, _people(case, party))
        for party in Party
        if case.parties(party)
    ]
    consent = "may be shared with " + escape(case.consent.with_whom) if case.consent.share_identity else ""
    sections = [f"<h3>{escape(case.title or 'Untitled case')}</h3>", header]
    if people:
        sections += ["<h3>People</h3>", _rows(people)]
    sections += [
        "<h3>The reporter's identity</h3>",
        f"<p>{consent or 'private to the CoC team'}</p>",
    ]
    return "\n".join(sections)


def _people(case: Case, party: Party) -> str:
    lines = []
    for person in case.parties(party):
        bits = [escape(person.name)] if person.name else []
        bits += [escape(person.description)] if person.description else []
        bits += [escape(person.contact)] if person.contact else []
        bits += [f"prefers: {escape(person.contact_preference)}"] if person.contact_preference else []
        lines.append(" — ".join(bits))
    return "<br>".join(lines)


def answer_text(spec: FieldSpec, value: AnswerValue, zone: ZoneInfo) -> str:
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, list):
        return escape(", ".join(value))
    if spec.kind.value == "datetime" and isinstance(value, str):
        try:
            return when(datetime.fromisoformat(value), zone)
        except ValueError:
            return escape(value)
    return escape(str(value)).replace("\n", "<br>")


def answers_html(case: Case, procedure: Procedure, zone: ZoneInfo, hidden: frozenset[tuple[str, str]]) -> str:
    """Every step in the procedure's order: done or not, ticked items, answers, and the part it records."""
    sections = []
    for number, step in enumerate(procedure.steps, start=1):
        record = case.steps.get(step.id)
        if record and record.done_at:
            state = f"done {when(record.done_at, zone)} by {escape(record.done_by)}"
        elif record and (record.values or record.checked):
            state = "in progress"
        else:
            state = "not started"
        sections.append(f"<h3>{number}. {escape(step.title)} <small>— {state}</small></h3>")
        ticked = [item.text for item in step.items if record and item.id in record.checked]
        if ticked:
            sections.append("<p>" + "<br>".join(f"✓ {escape(text)}" for text in ticked) + "</p>")
        sections.append(_rows(_answers(case, step, zone, hidden)))
        part = _part(case, step, zone)
        if part:
            sections.append(part)
    return "\n".join(sections)


def _answers(
    case: Case, step: Step, zone: ZoneInfo, hidden: frozenset[tuple[str, str]]
) -> list[tuple[str, str]]:
    record = case.steps.get(step.id)
    pairs = []
    for spec in step.fields:
        if spec.kind in PARTY_KINDS and spec.party is not None:
            pairs.append((escape(spec.label), _people(case, spec.party)))
        elif (step.id, spec.id) in hidden:
            pairs.append((escape(spec.label), HIDDEN_NOTE))
        elif record and spec.id in record.values and record.values[spec.id] is not None:
            pairs.append((escape(spec.label), answer_text(spec, record.values[spec.id], zone)))
    return pairs


def _part(case: Case, step: Step, zone: ZoneInfo) -> str:
    if step.part in COMMUNICATION_KINDS:
        said = [c for c in case.communications if c.kind == COMMUNICATION_KINDS[step.part]]
        return _rows([(when(c.at, zone), escape(f"{c.by}, {c.how}: {c.summary}".strip(", :"))) for c in said])
    if step.part == Part.PLACEMENT:
        placed = [
            (p, f"{p.risk.value} risk, {p.impact.value} impact — {p.rationale} ({p.by})")
            for p in case.placements
        ]
        return _rows([(when(p.at, zone), escape(text)) for p, text in placed])
    if step.part == Part.DECISION:
        decided = [(d.horizon.capitalize(), f"{d.text} ({d.owner or d.by})") for d in case.decisions]
        return _rows([(horizon, escape(text)) for horizon, text in decided])
    if step.part == Part.ACTIONS:
        done = [
            (a.owner or "—", a.text + (" ✓" if a.done_at else ""), case.carries_out(a)) for a in case.actions
        ]
        return _rows(
            [
                (escape(owner), escape(text) + (f"<br><small>{escape(carries)}</small>" if carries else ""))
                for owner, text, carries in done
            ]
        )
    if step.part == Part.MEETING and case.meeting.present:
        return _rows([("Present", escape(", ".join(case.meeting.present)))])
    if step.part == Part.AGREEMENT and case.agreement.agreed is not None:
        verdict = "agreed" if case.agreement.agreed else "did not agree"
        return _rows([("Event Lead", escape(f"{case.agreement.by} {verdict}. {case.agreement.changes}"))])
    if step.part == Part.ANNOUNCEMENT and case.announcement.text:
        return _rows([("Announcement", escape(case.announcement.text).replace("\n", "<br>"))])
    if step.part == Part.CONSENT and case.consent.words:
        return _rows([("In their words", escape(case.consent.words))])
    return ""
