"""The responder's pocket card: one sheet folded twice to A6, with the crisis contacts on its front,
the first minute with a reporter inside, and every step of the procedure with its key item.

A sheet folded to A6 rather than an A6 page: the desk's printer takes A4 (or Letter), prints one side
without a duplex unit or a paper change, and the fold gives four pages of 8 point type or larger where
one A6 page could not hold the procedure.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from cocdesk.domain import Contact, Event
from cocdesk.paper.contacts import crisis_labels, team_contacts
from cocdesk.paper.folded import folded_card, panel_size
from cocdesk.paper.occasion import Occasion
from cocdesk.paper.page import Document, PaperSize
from cocdesk.paper.typeset import Para, Typeset, gap, styles
from cocdesk.procedure import Procedure

TITLE = "Responder pocket card"
TEAM = ("CoC team lead", "Event Lead Organiser", "Safety and Diversity Officer")
FOR_TEAM = "For the CoC team"
FOLDING = (
    "To fold: print on one side. Fold back along fold 1,\n"
    "print outside; then fold back along fold 2 so that\n"
    f"“{TITLE}” is on the front. {FOR_TEAM}."
)


@cache  # one style object per look, so the paragraphs' parsed markup is reused from card to card
def _style(name: str, parent: str, **changes: float | str) -> ParagraphStyle:
    return ParagraphStyle(name, styles()[parent], **changes)  # type: ignore[arg-type]


def pocket_card(
    procedure: Procedure, event: Event | None = None, *, paper: PaperSize | None = None
) -> Document:
    """The card: front, the first minute, the steps, and the general advice where there is room."""
    when = Occasion.of(event, paper)
    width = panel_size(when.paper)[0]
    with_advice = _card(procedure, when, width, advice=True)
    if with_advice.pages == 1 or not procedure.advice:
        return with_advice
    return _card(procedure, when, width, advice=False)  # the steps matter more than the advice


def _card(procedure: Procedure, when: Occasion, width: float, *, advice: bool) -> Document:
    ts = Typeset()
    title = _style("card_title", "title", fontSize=14, leading=17, spaceAfter=1 * mm)
    heading = _style("card_h", "h2", spaceBefore=2.5 * mm)
    front: list[Flowable] = [
        Para(ts.markup(TITLE), title),
        ts.para(f"{when.name} · {when.dates}", "small"),
        ts.para("In danger? Call now", "h1"),
        *_contacts(ts, when.event, width),
    ]
    if when.event is None:  # lines to write the team's numbers on
        front += [Para("The team", heading), *[f for who in TEAM for f in ts.field(who)]]
    elif team_contacts(when.event):
        front += [Para("The team", heading), *_listed(ts, team_contacts(when.event))]
    inside: list[Flowable] = [
        Para(ts.markup("The first minute"), _style("card_h1", "h1", spaceBefore=0)),
        *[_line(ts, text) for text in procedure.first_minute_coaching],
        Para(ts.markup("The response, step by step"), heading),
        *_steps(ts, procedure),
    ]
    back: list[Flowable] = []
    if advice and procedure.advice:
        back = [Para(ts.markup("Keep in mind"), _style("card_h2", "h2", spaceBefore=0))]
        back += ts.bullets(procedure.advice, "")
    return folded_card([front, inside, back], ts.ink, when.paper, TITLE, back_note=FOLDING)


def _line(ts: Typeset, text: str) -> Paragraph:
    return Para(ts.markup(text), _style("card_coach", "tick", fontSize=9, leading=11.5), bulletText="•")


def _contacts(ts: Typeset, event: Event | None, width: float) -> list[Flowable]:
    listed = event.crisis_contacts.listed() if event else []
    if listed:
        return _listed(ts, listed)
    out: list[Flowable] = []
    if event is not None:
        out.append(ts.para("No crisis contacts are set for this event: write them in.", "small"))
    return out + [ts.write_ins([label], width) for label in crisis_labels()]


def _listed(ts: Typeset, rows: list[tuple[str, Contact]]) -> list[Flowable]:
    style = _style("card_contact", "body", fontSize=8.5, leading=11, spaceAfter=1)
    out: list[Flowable] = []
    for label, contact in rows:
        detail = " · ".join(ts.markup(x) for x in (contact.name, contact.note) if x)
        number = contact.phone or contact.email
        line = f"<b>{ts.markup(label)}</b>" + (f"  {detail}" if detail else "")
        line += f"<br/><font size='11'><b>{ts.markup(number)}</b></font>" if number else "  ________________"
        out.append(Para(line, style))
    return out


def _steps(ts: Typeset, procedure: Procedure) -> list[Flowable]:
    out: list[Flowable] = [gap(0.5 * mm)]
    for number, step in enumerate(procedure.steps, start=1):
        musts = [item.text for item in step.items if item.required] or [step.key_item]
        role = f"<font size='8' color='#5f6368'>{ts.markup(step.role.label)}</font>"
        line = f"<b>{number}. {ts.markup(step.title)}</b> {role}<br/>"
        line += "; ".join(ts.markup(m) for m in musts)
        out.append(Para(line, styles()["step"]))
    return out
