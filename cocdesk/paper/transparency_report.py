"""The transparency report as a PDF and as Markdown for a blog post, both from the same figures."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from cocdesk.domain import Case, Event
from cocdesk.flow.transparency import Table
from cocdesk.paper.flowing import FlowingEntries, entry_runs
from cocdesk.paper.occasion import Occasion
from cocdesk.paper.page import Document, PageSetup, PaperSize, frame_width, render
from cocdesk.paper.transparency import SUPPRESSION_NOTE, TITLE, Figures, transparency_figures
from cocdesk.paper.typeset import Typeset, gap
from cocdesk.procedure import Procedure

TOO_FEW = "Too few to break down without singling anyone out."
DRAFT = "Transparency report: draft"
FOOTER = "Counts of one or two are printed as a range, so that nobody can be singled out."


def transparency_report(
    procedure: Procedure,
    event: Event | None,
    cases: Sequence[Case],
    *,
    paper: PaperSize | None = None,
    final: bool = True,
    at: datetime | None = None,
) -> Document:
    f = transparency_figures(procedure, event, cases, final=final, at=at)
    when = Occasion.of(event, paper)
    width = frame_width(when.paper)
    ts = Typeset()
    story: list[Flowable] = [ts.para(f.title, "title")]
    if f.event:
        story.append(ts.para(" · ".join(part for part in (f.event, f.dates) if part), "h2"))
    if f.draft_note():
        story.append(ts.rich(f"<b>{ts.markup(f.draft_note())}</b>"))
    story += [ts.para("The event", "h1")]
    story += [ts.para(line) for line in [f.attendees, *f.channels] if line]
    if f.promotion:
        story.append(ts.para(f"How the code was promoted: {f.promotion}"))
    cells = [[row.label, row.shown] for row in f.summary()]
    story += [ts.para("Reports", "h1"), ts.table(["", "Count"], cells, [width * 0.7, width * 0.3])]
    for t in f.tables:
        story.append(ts.para(t.title, "h2"))
        if t.rows:
            rows = [[r.label, r.shown] for r in t.rows] + [[t.total.label, t.total.shown]]
            story.append(ts.table([t.counted, "Reports"], rows, [width * 0.7, width * 0.3]))
        else:
            story.append(ts.para(_too_few(t)))
    if f.descriptions:
        entries = [entry_runs(ts.ink, f"{day}:", text) for day, text in f.descriptions]
        # Not keepWithNext: that would hold the heading and every description together, off this page.
        heading = ts.para("The cases", "h1")
        heading.keepWithNext = False
        story += [CondPageBreak(30 * mm), heading, FlowingEntries(entries)]
    elif f.not_listed():
        story += [ts.para("The cases", "h1"), ts.para(f.not_listed())]
    story += [gap(), ts.para(SUPPRESSION_NOTE, "small")]
    title, running = (TITLE, when.running_title) if f.final else (DRAFT, _as_of(when.running_title, f.as_of))
    return render(story, PageSetup(title, running, when.paper, footer=FOOTER), ts.ink)


def transparency_markdown(
    procedure: Procedure,
    event: Event | None,
    cases: Sequence[Case],
    *,
    final: bool = True,
    at: datetime | None = None,
) -> str:
    f = transparency_figures(procedure, event, cases, final=final, at=at)
    return "\n".join(_markdown(f))


def _markdown(f: Figures) -> list[str]:
    out = [f"# {f.title}" + (f": {_md(f.event)}" if f.event else ""), ""]
    if f.dates:
        out += [f.dates, ""]
    if f.draft_note():
        out += [f"**{_md(f.draft_note())}**", ""]
    out += ["## The event", ""]
    out += [f"{_md(line)}\n" for line in [f.attendees, *f.channels] if line]
    if f.promotion:
        out += [f"How the code was promoted: {_md(f.promotion)}", ""]
    out += ["## Reports", "", "| | Count |", "|:--|--:|"]
    out += [f"| {row.label} | {row.shown} |" for row in f.summary()] + [""]
    for t in f.tables:
        out += [f"### {t.title}", ""]
        if t.rows:
            out += [f"| {t.counted} | Reports |", "|:--|--:|"]
            out += [f"| {_md(r.label)} | {r.shown} |" for r in t.rows]
            out += [f"| {t.total.label} | {t.total.shown} |", ""]
        else:
            out += [_too_few(t), ""]
    if f.descriptions:
        out += ["## The cases", ""]
        out += [f"- **{day}**: {_md(text)}" for day, text in f.descriptions] + [""]
    elif f.not_listed():
        out += ["## The cases", "", _md(f.not_listed()), ""]
    out += ["---", "", SUPPRESSION_NOTE, ""]
    return out


def _as_of(event: str, as_of: str) -> str:
    return f"{event}, as of {as_of}" if event else f"as of {as_of}"


def _too_few(t: Table) -> str:
    return "None." if t.total.value == 0 else TOO_FEW


def _md(text: str) -> str:
    """Text that Markdown prints as it is: no emphasis, links, HTML or table breaks, on one line."""
    escaped = re.sub(r"([\\`*_{}\[\]<>()#+!|])", r"\\\1", text)
    return " ".join(escaped.split())
