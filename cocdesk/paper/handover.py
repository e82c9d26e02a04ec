"""The shift handover on paper: every open case by code with its next step, owner, deadline, what the
reporter was promised and when, and what is overdue; then who handed over and who took over.

It is made from the handover as a shared screen shows it, so it names no reporter or witness: it can
lie on the desk between shifts. Where a confirmation is not recorded yet, a line is left to sign.
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether

from cocdesk.domain import Event
from cocdesk.domain.countdown import countdown
from cocdesk.flow.handover import Confirmation, HandedCase, Handover
from cocdesk.paper.occasion import Occasion
from cocdesk.paper.page import MUTED, Document, PageSetup, PaperSize, frame_width, render
from cocdesk.paper.para import Para
from cocdesk.paper.typeset import Typeset, gap, styles

TITLE = "Shift handover"
MARK = "Codes only: no reporter or witness is named"
NOTHING_OPEN = "No case is open: there is nothing to hand over."
PROMISED = "Promised or told to the reporter"
MUTED_HEX = MUTED.hexval().replace("0x", "#")


def handover_sheet(event: Event | None, handover: Handover, *, paper: PaperSize | None = None) -> Document:
    when = Occasion.of(event, paper)
    ts = Typeset()
    made = when.time(handover.made_at)
    if handover.outgoing is None:
        heading = f"The open cases as they stand at {made}; not handed over yet."
    else:
        heading = f"Handover {handover.number}, made at {made}."
    count = len(handover.cases)
    summary = f"{count} open case{'' if count == 1 else 's'}"
    if handover.overdue:
        summary += f", {handover.overdue} with something overdue"
    story: list[Flowable] = [
        ts.para(TITLE, "title"),
        ts.para(f"{when.name} · {heading}"),
        ts.para(f"{summary}. {MARK}.", "small"),
        gap(),
    ]
    if not handover.cases:
        story.append(ts.para(NOTHING_OPEN, "big"))
    for case in handover.cases:
        story.append(KeepTogether(_case(ts, when, case, handover)))
    story += [CondPageBreak(40), ts.para("Confirmed", "h1"), *_signatures(ts, when, handover)]
    setup = PageSetup(TITLE, when.running_title, when.paper, MARK)
    return render(story, setup, ts.ink)


def _case(ts: Typeset, when: Occasion, case: HandedCase, handover: Handover) -> list[Flowable]:
    title = f" · {case.title}" if case.title else ""
    out: list[Flowable] = [ts.para(f"{case.code}{title} ({case.status.label})", "h2")]
    out.append(ts.labelled("Next step", case.next_step or "Every step is done"))
    out.append(ts.labelled("Owner", case.owner or "No one yet"))
    if case.deadline is not None:
        due, left = when.time(case.deadline.due_at), countdown(case.deadline.due_at, handover.made_at)
        out.append(ts.labelled("Deadline", f"{case.deadline.label}: {due} ({left})"))
    else:
        out.append(ts.labelled("Deadline", "None pending"))
    if case.promises:
        out.append(ts.para(PROMISED, "label"))
        for promise in case.promises:
            said = when.time(promise.at) if promise.at else "When not recorded"
            by = ts.markup(f"{said}, by {promise.by}" if promise.by else said)
            what = f"{ts.markup(promise.source)}: <b>{ts.markup(promise.what)}</b>"
            markup = f"{what}<br/><font size='8' color='{MUTED_HEX}'>{by}</font>"
            out.append(Para(markup, styles()["tick"], bulletText="•"))
    else:
        out.append(ts.labelled(PROMISED, "Nothing recorded"))
    for late in case.overdue:
        due = ts.markup(when.time(late.due_at))
        out.append(ts.rich(f"<b>OVERDUE:</b> {ts.markup(late.what)}, due {due}"))
    return out


def _signatures(ts: Typeset, when: Occasion, handover: Handover) -> list[Flowable]:
    width = frame_width(when.paper)
    out: list[Flowable] = []
    out.append(_signed(ts, when, "Handed over by", handover.outgoing, width))
    for confirmation in handover.incoming:
        out.append(_signed(ts, when, "Taken over by", confirmation, width))
    if not handover.incoming:
        out.append(ts.write_ins(["Taken over by", "At"], width))
    return out


def _signed(ts: Typeset, when: Occasion, label: str, who: Confirmation | None, width: float) -> Flowable:
    if who is None:
        return ts.write_ins([label, "At"], width)
    return ts.labelled(label, f"{who.member}, confirmed at {when.time(who.at)}")
