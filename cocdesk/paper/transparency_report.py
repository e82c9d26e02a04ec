"""The transparency report as a PDF and as Markdown for a blog post, both from the same figures."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from cocdesk.domain import Case, Event
from cocdesk.paper.flowing import FlowingEntries, entry_runs
from cocdesk.paper.occasion import Occasion
from cocdesk.paper.page import Document, PageSetup, PaperSize, frame_width, render
from cocdesk.paper.transparency import SUPPRESSION_NOTE, shown, transparency_figures
from cocdesk.paper.typeset import Typeset, gap
from cocdesk.procedure import Procedure

TITLE = "Code of Conduct transparency report"


def transparency_report(
    procedure: Procedure, event: Event | None, cases: Sequence[Case], *, paper: PaperSize | None = None
) -> Document:
    f = transparency_figures(procedure, event, cases)
    when = Occasion.of(event, paper)
    width = frame_width(when.paper)
    ts = Typeset()
    story: list[Flowable] = [ts.para(TITLE, "title")]
    if f.event:
        story.append(ts.para(f"{f.event} · {f.dates}", "h2"))
    if f.promotion:
        story += [ts.para("How the code was promoted", "h1"), ts.para(f.promotion)]
    story += [ts.para("Reports", "h1"), ts.rich(f"We received <b>{shown(f.reports)}</b> reports.")]
    for title, counted, rows in f.breakdowns():
        table = ts.table([counted, "Reports"], [[k, shown(v)] for k, v in rows], [width * 0.75, width * 0.25])
        story += [ts.para(title, "h2"), table]
    story += [ts.para("Acting in time", "h2"), ts.para(f.timeliness())]
    if f.descriptions:
        entries = [entry_runs(ts.ink, f"{day} · {where}:", text) for day, where, text in f.descriptions]
        # Not keepWithNext: that would hold the heading and every description together, off this page.
        heading = ts.para("The cases", "h1")
        heading.keepWithNext = False
        story += [CondPageBreak(30 * mm), heading, FlowingEntries(entries)]
    story += [gap(), ts.para(SUPPRESSION_NOTE, "small")]
    return render(story, PageSetup(TITLE, when.running_title, when.paper, footer=SUPPRESSION_NOTE), ts.ink)


def transparency_markdown(procedure: Procedure, event: Event | None, cases: Sequence[Case]) -> str:
    f = transparency_figures(procedure, event, cases)
    out = [f"# {TITLE}" + (f": {_md(f.event)}" if f.event else ""), ""]
    if f.dates:
        out += [f.dates, ""]
    if f.promotion:
        out += ["## How the code was promoted", "", _md(f.promotion), ""]
    out += ["## Reports", "", f"We received **{shown(f.reports)}** reports.", ""]
    for title, counted, rows in f.breakdowns():
        out += [f"### {title}", "", f"| {counted} | Reports |", "|:--|--:|"]
        out += [f"| {_md(k)} | {shown(v)} |" for k, v in rows] + [""]
    out += ["### Acting in time", "", f.timeliness(), ""]
    if f.descriptions:
        out += ["## The cases", ""]
        out += [f"- **{day}** · {_md(where)}: {_md(text)}" for day, where, text in f.descriptions] + [""]
    out += ["---", "", SUPPRESSION_NOTE, ""]
    return "\n".join(out)


def _md(text: str) -> str:
    """Text that Markdown prints as it is: no emphasis, links, HTML or table breaks, on one line."""
    escaped = re.sub(r"([\\`*_{}\[\]<>()#+!|])", r"\\\1", text)
    return " ".join(escaped.split())
