"""A step's questions on paper: blank (room to write, boxes to tick) or filled with the case's answers."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from cocdesk.domain import AnswerValue, Person
from cocdesk.domain.case import HIDDEN
from cocdesk.paper.contacts import danger_contacts
from cocdesk.paper.occasion import Occasion
from cocdesk.paper.page import frame_width, printable_height
from cocdesk.paper.typeset import Typeset, WritingSpace, gap
from cocdesk.paper.writing import PageOfRoom
from cocdesk.procedure import FieldKind, FieldSpec, Step

LONG_ANSWER_LINES = 6
PEOPLE_ON_BLANK = 2  # blocks for a "people" question; the form asks for the back of the page for more
WITHHELD = "Withheld: this may identify someone"
CONTINUE_OVERLEAF = "More to write? Continue overleaf."


def blank_field(ts: Typeset, spec: FieldSpec, when: Occasion) -> list[Flowable]:
    kind = spec.kind
    width = frame_width(when.paper)
    label = spec.label + (" *" if spec.required else "")
    if kind == FieldKind.LONG_TEXT and spec.room == "page":
        return account_room(ts, spec.label, label, when)
    if kind == FieldKind.LONG_TEXT:
        return ts.field(label, LONG_ANSWER_LINES, boxed=True)
    if kind in (FieldKind.SHORT_TEXT, FieldKind.NUMBER):
        return ts.field(label)
    if kind == FieldKind.DATETIME:
        return [ts.para(label, "label"), ts.write_ins(["Date", "Time"], width)]
    if kind == FieldKind.YES_NO:
        answer = [ts.para(label, "label"), *ts.choice_grid(["Yes", "No"], width)]
        if spec.crisis:  # whom to call, right where the danger is asked about
            answer[-1].keepWithNext = True
            answer += danger_contacts(ts, when.event, width)
        return answer
    if kind == FieldKind.CHOICE:
        return [ts.para(label + "  (tick one)", "label"), *ts.choice_grid(spec.choices, width)]
    if kind == FieldKind.MULTI_CHOICE:
        return [ts.para(label + "  (tick all that apply)", "label"), *ts.choice_grid(spec.choices, width)]
    blocks = 1 if kind == FieldKind.PERSON else PEOPLE_ON_BLANK
    out: list[Flowable] = [ts.para(label, "label")]
    for n in range(blocks):
        out += blank_person(ts, width, f"{n + 1}." if blocks > 1 else "")
    if blocks > 1:
        out.append(ts.para("More people: continue on the back of the page.", "small"))
    return out


def account_room(ts: Typeset, name: str, label: str, when: Occasion) -> list[Flowable]:
    """Most of a page for an account in someone's own words, and a ruled page overleaf to go on."""
    printable = printable_height(when.paper)
    return [
        ts.para(label, "label"),
        PageOfRoom(printable, CONTINUE_OVERLEAF),
        ts.para(f"{name} (continued)", "label"),
        PageOfRoom(printable, ""),
    ]


def blank_person(ts: Typeset, width: float, counter: str) -> list[Flowable]:
    """One person's blanks, chained with keepWithNext so a page break never splits them."""
    rows: list[Flowable] = [ts.para(counter, "small")] if counter else []
    rows += [
        ts.write_ins(["Name"], width),
        ts.write_ins(["Contact", "Prefers"], width),
        ts.para("Description (if the name is not known)", "small"),
    ]
    for row in rows:
        row.keepWithNext = True
    return [*rows, WritingSpace(2, boxed=True)]


def filled_field(
    ts: Typeset,
    spec: FieldSpec,
    value: AnswerValue,
    people: Sequence[Person],
    when: Occasion,
    *,
    withhold: bool,
) -> list[Flowable]:
    kind = spec.kind
    head = ts.para(spec.label, "label")
    if kind in (FieldKind.PERSON, FieldKind.PEOPLE):
        return [head, *filled_people(ts, people)]
    if withhold and spec.identifying:  # said whether or not it was answered: that, too, is the team's
        return [head, ts.para(WITHHELD, "missing")]
    width = frame_width(when.paper)
    if kind in (FieldKind.CHOICE, FieldKind.MULTI_CHOICE):
        chosen = value if isinstance(value, list) else [str(value)] if value is not None else []
        return [head, *ts.choice_grid(spec.choices, width, chosen)]
    if kind == FieldKind.YES_NO:
        if value is None:
            return [head, ts.answer("")]
        return [head, *ts.choice_grid(["Yes", "No"], width, ["Yes" if value else "No"])]
    return [head, ts.answer(answer_text(spec, value, when))]


def answer_text(spec: FieldSpec, value: AnswerValue, when: Occasion) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(value)
    if spec.kind == FieldKind.DATETIME and isinstance(value, str):
        return when.iso_time(value)
    if isinstance(value, bool):
        return "Yes" if value else "No"
    return str(value)


def filled_people(ts: Typeset, people: Sequence[Person]) -> list[Flowable]:
    if not people:
        return [ts.answer("")]
    out: list[Flowable] = []
    for person in people:
        if not person.name and person.description == HIDDEN:
            out.append(ts.para(f"{person.party.label}: name and contact withheld from this copy", "answer"))
            continue
        lines = [f"<b>{ts.markup(person.name)}</b>" if person.name else "<b>Name not known</b>"]
        if person.contact:
            contact = ts.markup(person.contact)
            if person.contact_preference:
                contact += f" (prefers {ts.markup(person.contact_preference)})"
            lines.append(contact)
        if person.description:
            lines.append(ts.markup(person.description))
        out.append(ts.rich("<br/>".join(lines), "answer"))
    return out


def checklist(ts: Typeset, step: Step, checked: Sequence[str] | None) -> list[Flowable]:
    """The step's checklist as tick boxes; ``checked`` None prints them empty for a blank form."""
    if not step.items:
        return []
    done = set(checked or ())
    out: list[Flowable] = [ts.para("Then" if step.asks_danger else "Checklist", "label")]
    for item in step.items:
        out.append(ts.tick(item.text + (" *" if item.required else ""), item.id in done))
    return out


def guidance(ts: Typeset, step: Step) -> list[Flowable]:
    advice = step.guidance
    if advice.is_empty:
        return []
    out: list[Flowable] = [gap(1.5)]
    out += ts.bullets(advice.do, "Do:")
    out += ts.bullets(advice.dont, "Don’t:")
    out += ts.bullets([f"“{line}”" for line in advice.say], "Say:")
    return out
