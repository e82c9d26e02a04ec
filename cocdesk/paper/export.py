"""The export for the Safety and Diversity Officer: one case or every filed case in one file.

Every page carries the case code, who exported it and when, so a loose page still says what it is and
where it came from. The caller records the export in the case's audit log with ``Document.sha256``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from uuid import UUID

from reportlab.platypus import Flowable, PageBreak

from cocdesk.domain import Case, Event, Member, now
from cocdesk.identity.rendition import withheld
from cocdesk.imaging import CleanImage
from cocdesk.paper.evidence import evidence_story
from cocdesk.paper.occasion import Occasion
from cocdesk.paper.page import (
    Document,
    PageSetup,
    PaperSize,
    SetFooter,
    frame_width,
    printable_height,
    render,
)
from cocdesk.paper.report_form import report_story
from cocdesk.paper.typeset import Typeset, gap
from cocdesk.procedure import Procedure

EXPORT_TITLE = "Safety and Diversity Officer export"
CONFIDENTIAL = "Confidential: CoC team and Safety and Diversity Officer"
WITHHELD_NOTE = (
    "The reporter’s and witnesses’ names and contact details are withheld, as are answers that may identify "
    "someone: the reporter’s identity stays with the CoC team unless they agreed otherwise."
)
NAMES_NOTE = "This export includes the names and contact details of everyone involved. Keep it locked away."


def officer_export(
    procedure: Procedure,
    event: Event | None,
    cases: Sequence[Case],
    *,
    exporter: Member,
    at: datetime | None = None,
    with_names: bool = False,
    paper: PaperSize | None = None,
    images: Mapping[UUID, CleanImage | None] | None = None,
) -> Document:
    """A cover page, then each case's full report (placements, decisions, actions, messages, timeline)
    and its evidence: every attachment listed, and each image in ``images`` (already stripped of its
    metadata) scaled to fit the page.

    Names of the reporter and witnesses are withheld unless ``with_names`` (the reporter agreed).
    """
    if not cases:
        raise ValueError("there is no case to export")
    when = Occasion.of(event, paper)
    moment = at or now()
    stamp = f"exported by {exporter.name}, {when.time(moment)}"
    ts = Typeset()
    codes = ", ".join(c.code for c in cases) if len(cases) <= 6 else f"{len(cases)} cases"
    story: list[Flowable] = cover(ts, when, cases, exporter, moment, with_names=with_names)
    for case in cases:
        shown = case if with_names else withheld(case, procedure)
        story += [PageBreak(), SetFooter(f"Confidential · Case {case.code} · {stamp}")]
        story += report_story(ts, procedure, when, shown, withhold=not with_names)
        story += evidence_story(
            ts,
            shown.attachments,
            images or {},
            width=frame_width(when.paper),
            height=printable_height(when.paper),
            with_images=with_names,
        )
    setup = PageSetup(
        EXPORT_TITLE, when.running_title, when.paper, CONFIDENTIAL, f"Confidential · {codes} · {stamp}"
    )
    return render(story, setup, ts.ink)


def cover(
    ts: Typeset,
    when: Occasion,
    cases: Sequence[Case],
    exporter: Member,
    moment: datetime,
    *,
    with_names: bool,
) -> list[Flowable]:
    width = frame_width(when.paper)
    title = f"Case {cases[0].code}" if len(cases) == 1 else f"{len(cases)} cases"
    out: list[Flowable] = [
        ts.para(EXPORT_TITLE, "title"),
        ts.para(title, "h1"),
        ts.labelled("Event", f"{when.name} · {when.dates}"),
        ts.labelled("Exported by", f"{exporter.name} ({exporter.role.label})"),
        ts.labelled("Exported on", when.time(moment)),
        gap(),
        ts.para(NAMES_NOTE if with_names else WITHHELD_NOTE, "small"),
        ts.para(
            "Each case starts on a new page and holds the full report: every step, the matrix placements "
            "with their rationale, decisions, actions, communications and the timeline.",
            "small",
        ),
        ts.para("Cases in this export", "h2"),
    ]
    rows = [
        [c.code, c.title or "—", c.status.label, when.day(c.received_at), c.paper_reference or "—"]
        for c in cases
    ]
    out.append(
        ts.table(
            ["Case", "Title", "Status", "Received", "Paper ref."],
            rows,
            [width * 0.14, width * 0.42, width * 0.14, width * 0.15, width * 0.15],
        )
    )
    return out
