"""The crisis contacts on paper: the event's names and numbers, or lines to write them on.

The blank form prints them where it asks whether anyone is in danger, the pocket card on its front.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from cocdesk.domain import Contact, CrisisContacts, Event
from cocdesk.paper.page import ALERT, RULE
from cocdesk.paper.typeset import LINE_GAP, Typeset, table_style

NONE_SET = "No crisis contacts are set for this event: write them in, or call the local emergency number."


def crisis_labels() -> list[str]:
    """The kinds of crisis contact an event sets, in the order a responder in a hurry needs them."""
    every = CrisisContacts.model_validate(
        {
            name: {"name": name}
            for name, info in CrisisContacts.model_fields.items()
            if info.annotation is Contact
        }
    )
    return [label for label, _ in every.listed()]


def team_contacts(event: Event) -> list[tuple[str, Contact]]:
    """Who else a responder may need to reach: the Event Lead Organiser, the Officer, the team."""
    rows = [
        ("Event Lead Organiser", event.event_lead),
        ("Safety and Diversity Officer", event.safety_officer),
    ]
    if event.team_contact:
        rows.append(("CoC team", Contact(phone=event.team_contact)))
    return [(label, contact) for label, contact in rows if not contact.is_empty]


def contacts_table(ts: Typeset, rows: list[tuple[str, Contact]], width: float) -> Table:
    """One contact a row, framed in red: who, the name (and note), and the number in bold, or a line
    to write it on. Without any contact, a row a kind of crisis contact, to write in."""
    if not rows:
        return _blank_table(ts, width)
    cells: list[list[Flowable | str]] = []
    empty: list[tuple[int, int]] = []
    for n, (label, contact) in enumerate(rows):
        who = contact.name + (f" · {contact.note}" if contact.note else "")
        number = contact.phone or contact.email
        cells.append(
            [
                ts.para(label, "cellhead"),
                ts.para(who, "cell") if who else "",
                ts.rich(f"<b>{ts.markup(number)}</b>", "cell") if number else "",
            ]
        )
        empty += [(column, n) for column, text in ((1, who), (2, number)) if not text]
    table = Table(cells, colWidths=[width * 0.3, width * 0.4, width * 0.3], hAlign="LEFT")
    commands = [*_PADDED, ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("BOX", (0, 0), (-1, -1), 1.2, ALERT)]
    commands += [("LINEBELOW", cell, cell, 0.5, RULE) for cell in empty]  # a line to write on
    table.setStyle(table_style(commands))
    return table


_PADDED: list[tuple[Any, ...]] = [
    ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm),
    ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
]


def _blank_table(ts: Typeset, width: float) -> Table:
    labels = crisis_labels()
    gutter = 5 * mm
    cells: list[list[Flowable | str]] = [["", ts.para("Name", "small"), "", ts.para("Phone", "small"), ""]]
    cells += [[ts.para(label, "cellhead"), "", "", "", ""] for label in labels]
    cells.append([""] * 5)  # room below the last line, inside the frame
    share = width * 0.3
    table = Table(
        cells,
        colWidths=[share, width - 2 * share - gutter, gutter, share - gutter, gutter],
        rowHeights=[None, *([LINE_GAP] * len(labels)), 2 * mm],
        hAlign="LEFT",
    )
    commands = [*_PADDED, ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("BOX", (0, 0), (-1, -1), 1.2, ALERT)]
    commands += [("LINEBELOW", (column, 1), (column, len(labels)), 0.5, RULE) for column in (1, 3)]
    table.setStyle(table_style(commands))
    return table


def danger_contacts(ts: Typeset, event: Event | None, width: float) -> list[Flowable]:
    """Under "Is anyone in immediate danger?": whom to call, with their numbers, framed in red."""
    listed = event.crisis_contacts.listed() if event else []
    lead = "If yes, call now:" if listed else "If yes, call now. Crisis contacts:"
    out: list[Flowable] = [ts.para(lead, "label")]
    if event is not None and not listed:
        out.append(ts.para(NONE_SET, "small"))
    out.append(contacts_table(ts, listed, width))
    return out
