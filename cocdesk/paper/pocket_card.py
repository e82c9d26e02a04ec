"""The responder's pocket card: the response checklist and the crisis contacts on one page."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepInFrame, Paragraph

from cocdesk.domain import Contact, Event
from cocdesk.paper.occasion import BLANK, Occasion
from cocdesk.paper.page import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    PAGE_SIZES,
    Document,
    PageSetup,
    PaperSize,
    frame_width,
    render,
)
from cocdesk.paper.typeset import Typeset, styles
from cocdesk.procedure import Procedure

FOR_TEAM = "For the CoC team"


def pocket_card(
    procedure: Procedure, event: Event | None = None, *, paper: PaperSize | None = None
) -> Document:
    """One page, whatever the procedure's length: the content shrinks to fit rather than spill over."""
    when = Occasion.of(event, paper)
    ts = Typeset()
    width = frame_width(when.paper)
    content: list[Flowable] = [
        ts.para("Responder pocket card", "title"),
        ts.para(f"{when.name} · {when.dates}", "small"),
        ts.para("Crisis contacts", "h1"),
        ts.table(
            ["Who", "Name", "Phone", "Note"],
            _contacts(event),
            [width * 0.22, width * 0.26, width * 0.22, width * 0.30],
        ),
        ts.para("The response, step by step", "h1"),
        *_steps(ts, procedure),
    ]
    if procedure.advice:
        content += [ts.para("Keep in mind", "h2"), *ts.bullets(procedure.advice, "")]
    height = PAGE_SIZES[when.paper][1] - MARGIN_TOP - MARGIN_BOTTOM - 12
    story: list[Flowable] = [KeepInFrame(width, height, content, mode="shrink")]
    return render(story, PageSetup("Responder pocket card", when.running_title, when.paper, FOR_TEAM), ts.ink)


def _contacts(event: Event | None) -> list[list[str]]:
    if event is None:
        labels = [
            "Venue security",
            "Police: emergency",
            "Medical",
            "Police: non-emergency",
            "CoC team lead",
            "Event Lead Organiser",
            "Safety and Diversity Officer",
        ]
        return [[label, BLANK[:12], BLANK[:12], ""] for label in labels]
    rows = [(label, contact) for label, contact in event.crisis_contacts.listed()]
    rows += [
        ("Event Lead Organiser", event.event_lead),
        ("Safety and Diversity Officer", event.safety_officer),
    ]
    if event.team_contact:
        rows.append(("CoC team", Contact(phone=event.team_contact)))
    return [[label, c.name, c.phone or c.email, c.note] for label, c in rows if not c.is_empty]


def _steps(ts: Typeset, procedure: Procedure) -> list[Flowable]:
    out: list[Flowable] = []
    for number, step in enumerate(procedure.steps, start=1):
        musts = [item.text for item in step.items if item.required]
        role = f"<font size='8' color='#5f6368'>{step.role.label}</font>"
        line = f"<b>{number}. {ts.markup(step.title)}</b> {role}"
        if musts:
            line += "<br/>" + "; ".join(ts.markup(m) for m in musts)
        out.append(Paragraph(line, styles()["step"]))
    return out
