"""Sheets for attendees: the approved announcement, and how to report and what happens next."""

from __future__ import annotations

from reportlab.platypus import Flowable

from cocdesk.domain import Case, Event
from cocdesk.paper.occasion import Occasion, contact_line
from cocdesk.paper.page import Document, PageSetup, PaperSize, frame_width, render
from cocdesk.paper.typeset import Typeset, WritingSpace, gap
from cocdesk.procedure import Procedure

DRAFT = "Draft: not yet approved by the Event Lead Organiser"


def announcement_sheet(
    procedure: Procedure, event: Event | None, case: Case, *, paper: PaperSize | None = None
) -> Document:
    """The announcement to read out or post. It names no one and carries no case code: it goes public."""
    text = case.announcement.text
    if not text.strip():
        raise ValueError("the announcement has no text yet: write it in the last step first")
    when = Occasion.of(event, paper)
    ts = Typeset()
    approved = case.announcement.approved_at is not None
    story: list[Flowable] = [
        ts.para("Announcement" if approved else "Draft announcement", "title"),
        ts.para(f"{when.name} · {when.dates}"),
        gap(),
        ts.para(text, "big"),
    ]
    if approved:
        story.append(
            ts.para(f"Issued {when.day(case.announcement.approved_at or case.received_at)}", "small")
        )
    setup = PageSetup(
        "Code of Conduct announcement", when.running_title, when.paper, "" if approved else DRAFT
    )
    return render(story, setup, ts.ink)


def information_sheet(
    procedure: Procedure, event: Event | None = None, *, paper: PaperSize | None = None
) -> Document:
    """How to report, what happens next and what is kept: from the event's settings and the procedure."""
    when = Occasion.of(event, paper)
    ts = Typeset()
    width = frame_width(when.paper)
    story: list[Flowable] = [ts.para("Code of Conduct: how to report", "title")]
    if event:
        venue = f" · {event.venue}" if event.venue else ""
        story.append(ts.labelled("Event", f"{when.name} · {when.dates}{venue}"))
    else:
        story.append(ts.write_ins(["Event", "Dates"], width))
    story += [
        ts.para("How to report", "h1"),
        ts.para("Talk to any member of the Code of Conduct team. You can also reach the team at:"),
        _setting(ts, event.team_contact if event else ""),
        ts.para("You can read the Code of Conduct at:"),
        _setting(ts, event.policy_location if event else ""),
        ts.para("What happens next", "h1"),
        *[ts.para(line, "case") for line in procedure.attendee_information],
    ]
    story += [ts.para("In an emergency", "h1"), *_emergency(ts, event, width)]
    story += [ts.para("What we keep", "h1"), ts.para(_retention(when, event))]
    return render(story, PageSetup("Information for attendees", when.running_title, when.paper), ts.ink)


def _setting(ts: Typeset, value: str) -> Flowable:
    """An event setting, or a line to write it on when there is none."""
    return ts.para(value, "answer") if value else WritingSpace(1)


def _emergency(ts: Typeset, event: Event | None, width: float) -> list[Flowable]:
    if event is None:
        return [ts.write_ins([label], width) for label in ("Venue security", "Police: emergency", "Medical")]
    listed = [(label, c) for label, c in event.crisis_contacts.listed() if label != "Police: non-emergency"]
    if not listed:
        return [ts.para("Find any member of staff or the Code of Conduct team.")]
    return [ts.labelled(label, contact_line(contact)) for label, contact in listed]


def _retention(when: Occasion, event: Event | None) -> str:
    text = "Reports are kept only by this event’s Code of Conduct team, on paper and on one locked computer."
    if event and event.retention_until:
        return f"{text} They are destroyed by {when.day(event.retention_until)}."
    return f"{text} They are destroyed after the event."
