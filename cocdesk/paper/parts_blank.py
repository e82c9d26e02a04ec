"""The structured parts of a step (consent, meeting, placement, ...) as room to write on a blank form."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from cocdesk.domain import Level
from cocdesk.paper.page import RULE
from cocdesk.paper.typeset import LINE_GAP, SHADE, Typeset, table_style
from cocdesk.procedure import Part, Procedure

Blank = Callable[[Typeset, Procedure, float], list[Flowable]]


def blank_part(ts: Typeset, procedure: Procedure, part: Part, width: float) -> list[Flowable]:
    return _BLANKS[part](ts, procedure, width)


def _consent(ts: Typeset, procedure: Procedure, width: float) -> list[Flowable]:
    return [
        ts.para("Reporter’s consent", "label"),
        ts.tick("The reporter agrees that their identity may be shared beyond the CoC team"),
        ts.write_ins(["With whom"], width),
        *ts.field("The reporter’s words, as given", 3, boxed=True),
    ]


def _meeting(ts: Typeset, procedure: Procedure, width: float) -> list[Flowable]:
    return [
        ts.para("Team meeting", "label"),
        ts.write_ins(["Date", "Time"], width),
        *ts.field("Present", 3, hint="(3 or 5 in total, an odd number)"),
        *ts.field("If not 3 or 5: why"),
        *ts.field("Conflicts of interest, and who stood aside", 2, boxed=True),
    ]


def matrix_table(ts: Typeset, procedure: Procedure, width: float) -> Table:
    """The risk x impact grid with each quadrant's example and the response it calls for."""
    matrix = procedure.matrix
    head: list[Flowable] = [
        ts.para("", "cellhead"),
        ts.para(f"Low {matrix.risk.name.lower()}", "cellhead"),
        ts.para(f"High {matrix.risk.name.lower()}", "cellhead"),
    ]
    rows: list[list[Flowable]] = [head]
    for impact in (Level.LOW, Level.HIGH):
        row: list[Flowable] = [
            ts.para(f"{impact.value.capitalize()} {matrix.impact.name.lower()}", "cellhead")
        ]
        for risk in (Level.LOW, Level.HIGH):
            quadrant = matrix.quadrant(risk, impact)
            row.append(
                ts.rich(f"{ts.markup(quadrant.example)}<br/><b>→ {ts.markup(quadrant.response)}</b>", "cell")
            )
        rows.append(row)
    side = 26 * mm
    table = Table(rows, colWidths=[side, (width - side) / 2, (width - side) / 2])
    table.setStyle(
        table_style(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("BACKGROUND", (0, 0), (0, -1), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _placement(ts: Typeset, procedure: Procedure, width: float) -> list[Flowable]:
    matrix = procedure.matrix
    return [
        ts.para(matrix.title, "label"),
        matrix_table(ts, procedure, width),
        ts.para("Placement", "label"),
        *[
            flowable
            for axis in (matrix.risk, matrix.impact)
            for flowable in [
                ts.rich(f"<b>{ts.markup(axis.name)}</b>: {ts.markup(axis.question)}"),
                *ts.choice_grid(["Low", "High"], width),
            ]
        ],
        *ts.field("Why there", 3, boxed=True),
        ts.write_ins(["Placed by", "When"], width),
    ]


def _decision(ts: Typeset, procedure: Procedure, width: float) -> list[Flowable]:
    return [
        *ts.field("Decision for right now", 4, boxed=True),
        *ts.field("Longer-term decision (can be made later)", 3, boxed=True),
        ts.para("Response  (tick one)", "label"),
        *ts.choice_grid([option.label for option in procedure.response_ladder], width),
        ts.write_ins(["Who acts", "Decided by"], width),
    ]


def _agreement(ts: Typeset, procedure: Procedure, width: float) -> list[Flowable]:
    return [
        ts.para("Event Lead Organiser’s agreement", "label"),
        ts.write_ins(["Presented", "Answer by"], width),
        *ts.choice_grid(["Agreed", "Not agreed"], width),
        *ts.field("Changes asked for", 3, boxed=True),
    ]


def _actions(ts: Typeset, procedure: Procedure, width: float) -> list[Flowable]:
    rows: list[list[Flowable | str]] = [[ts.para(h, "cellhead") for h in ("Action", "Who", "Due", "Done")]]
    rows += [["", "", "", ""] for _ in range(5)]
    table = Table(
        rows,
        colWidths=[width * 0.5, width * 0.2, width * 0.15, width * 0.15],
        rowHeights=[None] + [LINE_GAP * 1.4] * 5,
    )
    table.setStyle(
        table_style([("GRID", (0, 0), (-1, -1), 0.5, RULE), ("BACKGROUND", (0, 0), (-1, 0), SHADE)])
    )
    return [ts.para("Actions", "label"), table]


def _communication(title: str) -> Blank:
    def blank(ts: Typeset, procedure: Procedure, width: float) -> list[Flowable]:
        return [
            ts.para(title, "label"),
            ts.write_ins(["When", "By"], width),
            ts.write_ins(["How"], width),
            *ts.field("What was said", 4, boxed=True),
        ]

    return blank


def _announcement(ts: Typeset, procedure: Procedure, width: float) -> list[Flowable]:
    announcement = procedure.announcement
    return [
        ts.para("Template", "label"),
        ts.para(announcement.template, "answer"),
        *ts.bullets(announcement.guidance, ""),
        *ts.field("The announcement as approved", 8, boxed=True),
        ts.write_ins(["Approved by", "When"], width),
    ]


_BLANKS: dict[Part, Blank] = {
    Part.CONSENT: _consent,
    Part.MEETING: _meeting,
    Part.PLACEMENT: _placement,
    Part.DECISION: _decision,
    Part.AGREEMENT: _agreement,
    Part.ACTIONS: _actions,
    Part.TALK: _communication("The talk"),
    Part.INFORM_REPORTER: _communication("Telling the reporter the outcome"),
    Part.FILING: _communication("Filing with the Safety and Diversity Officer"),
    Part.ANNOUNCEMENT: _announcement,
}
