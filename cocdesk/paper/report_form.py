"""The incident report form, generated from the procedure: blank for a roaming responder, or filled for
filing. Both share one layout, so the paper and the wizard can never ask different questions."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table

from cocdesk.domain import Case, Event
from cocdesk.paper.fields import blank_field, checklist, filled_field, guidance
from cocdesk.paper.occasion import Occasion
from cocdesk.paper.page import RULE, Document, PageSetup, PaperSize, frame_width, render
from cocdesk.paper.parts_blank import blank_part
from cocdesk.paper.parts_filled import filled_part
from cocdesk.paper.typeset import LINE_GAP, Typeset, gap, table_style
from cocdesk.procedure import Procedure, Step

TEAM_ONLY = "Confidential: CoC team only"
FORM_TITLE = "Code of Conduct incident report"


def blank_form(
    procedure: Procedure,
    event: Event | None = None,
    *,
    step_id: str | None = None,
    paper: PaperSize | None = None,
) -> Document:
    """The paper form: every step in order, or the step ``step_id`` alone."""
    steps = [procedure.step(step_id)] if step_id else procedure.steps
    when = Occasion.of(event, paper)
    ts = Typeset()
    story = form_head(ts, when, None)
    for step in steps:
        story += step_section(ts, procedure, step, when, None)
    return render(
        story, PageSetup(FORM_TITLE, when.running_title, when.paper, TEAM_ONLY, _footer(procedure)), ts.ink
    )


def filled_report(
    procedure: Procedure, event: Event | None, case: Case, *, paper: PaperSize | None = None
) -> Document:
    """The case's report for filing: the form's layout with its answers, ticks, people and timeline."""
    when = Occasion.of(event, paper)
    ts = Typeset()
    story = report_story(ts, procedure, when, case, withhold=False)
    setup = PageSetup(
        f"{FORM_TITLE} {case.code}", when.running_title, when.paper, TEAM_ONLY, _footer(procedure)
    )
    return render(story, setup, ts.ink)


def report_story(
    ts: Typeset, procedure: Procedure, when: Occasion, case: Case, *, withhold: bool
) -> list[Flowable]:
    """The filled report's pages; ``withhold`` leaves out answers marked as identifying someone."""
    story = form_head(ts, when, case)
    for step in procedure.steps:
        story += step_section(ts, procedure, step, when, case, withhold=withhold)
    story += _unasked_people(ts, procedure, case)
    story += timeline(ts, when, case)
    return story


def form_head(ts: Typeset, when: Occasion, case: Case | None) -> list[Flowable]:
    width = frame_width(when.paper)
    out: list[Flowable] = [ts.para(FORM_TITLE, "title")]
    if when.event:
        out.append(ts.labelled("Event", f"{when.name} · {when.dates}"))
    else:
        out.append(ts.write_ins(["Event", "Dates"], width))
    reference, code = (case.paper_reference, case.code) if case else ("", "")
    boxes = Table(
        [
            [
                ts.para("Reference no.", "cellhead"),
                ts.para(reference, "body"),
                ts.para("Case code", "cellhead"),
                ts.para(code, "body"),
            ]
        ],
        colWidths=[28 * mm, width / 2 - 28 * mm, 24 * mm, width / 2 - 24 * mm],
        rowHeights=[LINE_GAP * 1.3],
    )
    boxes.setStyle(
        table_style(
            [
                ("BOX", (1, 0), (1, 0), 0.8, RULE),
                ("BOX", (3, 0), (3, 0), 0.8, RULE),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    out += [gap(2 * mm), boxes, gap(2 * mm)]
    if case is None:
        out += [
            ts.write_ins(["Received", "By"], width),
            ts.para("* required. Keep this form on you and hand it only to the CoC team.", "small"),
        ]
        return out
    facts = [
        (
            "Received",
            f"{when.time(case.received_at)}" + (f" by {case.received_by}" if case.received_by else ""),
        ),
        ("Handled by", case.handler or "—"),
        ("Status", case.status.label),
    ]
    out += [ts.labelled(label, value) for label, value in facts]
    if case.deadlines:
        rows = [[d.label, when.time(d.due_at), when.time(d.met_at) or "Not yet"] for d in case.deadlines]
        out += [
            ts.para("Deadlines", "label"),
            ts.table(["Deadline", "Due", "Met"], rows, [width * 0.5, width * 0.25, width * 0.25]),
        ]
    return out


def step_section(
    ts: Typeset,
    procedure: Procedure,
    step: Step,
    when: Occasion,
    case: Case | None,
    *,
    withhold: bool = False,
) -> list[Flowable]:
    width = frame_width(when.paper)
    number = procedure.steps.index(step) + 1
    facts = [f"Who: {step.role.label}"]
    rule = next((d for d in procedure.deadlines if d.id == step.deadline), None)
    if rule:
        facts.append(f"{rule.label}: within {rule.hours:g} hours of the report")
    head: list[Flowable] = [
        ts.para(f"Step {number} of {len(procedure.steps)}: {step.title}", "h1"),
        ts.para(" · ".join(facts), "small"),
        ts.para(step.purpose),
        *(guidance(ts, step) if case is None else []),
    ]
    record = case.steps.get(step.id) if case else None
    ticks = checklist(ts, step, (record.checked if record else []) if case else None)
    questions: list[Flowable] = []
    for spec in step.fields:
        if case is None:
            questions += blank_field(ts, spec, when)
        else:
            value = record.values.get(spec.id) if record else None
            people = case.parties(spec.party) if spec.party else []
            questions += filled_field(ts, spec, value, people, when, withhold=withhold)
    # is anyone in danger comes before anything else, as in the wizard at the desk
    body = questions + ticks if step.asks_danger else ticks + questions
    if step.part:
        body += (
            blank_part(ts, procedure, step.part, width)
            if case is None
            else filled_part(ts, procedure, step.part, case, when, width)
        )
    if case is not None:
        done = f"Done {when.time(record.done_at)}" if record and record.done_at else "Not done yet"
        if record and record.done_at and record.done_by:
            done += f" by {record.done_by}"
        body.append(ts.para(done, "small"))
    lead = next((n + 1 for n, f in enumerate(body) if not _keeps_with_next(f)), len(body))
    return [KeepTogether(head + body[:lead]), *body[lead:]]


def _keeps_with_next(flowable: Flowable) -> bool:
    return bool(flowable.getKeepWithNext())  # type: ignore[no-untyped-call]


def _unasked_people(ts: Typeset, procedure: Procedure, case: Case) -> list[Flowable]:
    """People of a party no question of the procedure asks about, so that nobody goes missing on paper."""
    asked = {spec.party for step in procedure.steps for spec in step.fields if spec.party}
    others = [p for p in case.people if p.party not in asked]
    if not others:
        return []
    out: list[Flowable] = [ts.para("Other people involved", "h1")]
    for person in others:
        text = " · ".join(
            x for x in (person.party.label, person.name, person.contact, person.description) if x
        )
        out.append(ts.para(text, "answer"))
    return out


def timeline(ts: Typeset, when: Occasion, case: Case) -> list[Flowable]:
    width = frame_width(when.paper)
    out: list[Flowable] = [ts.para("Timeline", "h1")]
    if not case.timeline:
        return [*out, ts.answer("")]
    rows = [[when.time(e.at), e.who, e.what] for e in sorted(case.timeline, key=lambda e: e.at)]
    return [*out, ts.table(["When", "Who", "What"], rows, [width * 0.24, width * 0.2, width * 0.56])]


def _footer(procedure: Procedure) -> str:
    return f"{procedure.name}, version {procedure.version}"
