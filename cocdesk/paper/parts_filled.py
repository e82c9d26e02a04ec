"""The structured parts of a step filled from the case: every placement, decision, action and message."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.platypus import Flowable

from cocdesk.domain import Case
from cocdesk.paper.occasion import Occasion
from cocdesk.paper.typeset import Typeset
from cocdesk.procedure import Part, Procedure


@dataclass(frozen=True)
class Filling:
    ts: Typeset
    procedure: Procedure
    case: Case
    when: Occasion
    width: float


Filler = Callable[[Filling], list[Flowable]]
NONE_YET = "None recorded"


def filled_part(
    ts: Typeset, procedure: Procedure, part: Part, case: Case, when: Occasion, width: float
) -> list[Flowable]:
    return _FILLERS[part](Filling(ts, procedure, case, when, width))


def _consent(f: Filling) -> list[Flowable]:
    consent, ts = f.case.consent, f.ts
    out: list[Flowable] = [
        ts.para("Reporter’s consent", "label"),
        ts.tick(
            "The reporter agrees that their identity may be shared beyond the CoC team",
            consent.share_identity,
        ),
    ]
    if consent.with_whom:
        out.append(ts.labelled("With whom", consent.with_whom))
    if consent.words:
        out += [ts.para("The reporter’s words, as given", "label"), ts.answer(consent.words)]
    return out


def _meeting(f: Filling) -> list[Flowable]:
    meeting, ts = f.case.meeting, f.ts
    out: list[Flowable] = [
        ts.para("Team meeting", "label"),
        ts.labelled("When", f.when.time(meeting.at) or "—"),
    ]
    out.append(ts.labelled(f"Present ({len(meeting.present)})", ", ".join(meeting.present) or "—"))
    if meeting.size_reason:
        out.append(ts.labelled("Why not 3 or 5", meeting.size_reason))
    if meeting.conflicts:
        rows = [[c.member, "Stood aside" if c.recused else "Stayed", c.note] for c in meeting.conflicts]
        out += [
            ts.para("Conflicts of interest", "label"),
            ts.table(["Member", "", "Note"], rows, _split(f, 0.3, 0.2)),
        ]
    return out


def _placement(f: Filling) -> list[Flowable]:
    ts, case = f.ts, f.case
    out: list[Flowable] = [ts.para(f.procedure.matrix.title, "label")]
    current = case.placement
    if current is None:
        return [*out, ts.answer("")]
    quadrant = f.procedure.matrix.quadrant(current.risk, current.impact)
    out.append(
        ts.rich(
            f"<b>Now:</b> {ts.markup(f.procedure.matrix.name(current.risk, current.impact))}"
            f" → {ts.markup(quadrant.response)}",
            "answer",
        )
    )
    rows = [[f.when.time(p.at), p.risk.value, p.impact.value, p.by, p.rationale] for p in case.placements]
    header = ["When", f.procedure.matrix.risk.name, f.procedure.matrix.impact.name, "By", "Why"]
    out.append(ts.table(header, rows, _split(f, 0.2, 0.11, 0.11, 0.16)))
    return out


def _decision(f: Filling) -> list[Flowable]:
    ts = f.ts
    labels = {option.id: option.label for option in f.procedure.response_ladder}
    if not f.case.decisions:
        return [ts.para("Decisions", "label"), ts.answer("")]
    out: list[Flowable] = []
    for decision in f.case.decisions:
        title = "Decision for right now" if decision.horizon == "now" else "Longer-term decision"
        out += [ts.para(title, "label"), ts.answer(decision.text)]
        facts = [
            ("Response", labels.get(decision.response, decision.response)),
            ("Who acts", decision.owner),
            ("Decided by", decision.by),
            ("When", f.when.time(decision.at)),
        ]
        out.append(ts.rich(" · ".join(f"<b>{k}:</b> {ts.markup(v)}" for k, v in facts if v), "small"))
    return out


def _agreement(f: Filling) -> list[Flowable]:
    agreement, ts = f.case.agreement, f.ts
    answer = {True: "Agreed", False: "Not agreed", None: "Not answered yet"}[agreement.agreed]
    out: list[Flowable] = [
        ts.para("Event Lead Organiser’s agreement", "label"),
        ts.labelled("Presented", f.when.time(agreement.presented_at) or "—"),
        ts.labelled("Answer", " · ".join(p for p in (answer, agreement.by, f.when.time(agreement.at)) if p)),
    ]
    if agreement.changes:
        out += [ts.para("Changes asked for", "label"), ts.answer(agreement.changes)]
    return out


def _actions(f: Filling) -> list[Flowable]:
    ts = f.ts
    if not f.case.actions:
        return [ts.para("Actions", "label"), ts.answer("")]
    rows = [
        [
            "\n".join(filter(None, (a.text, f.case.carries_out(a)))),
            a.owner,
            f.when.time(a.due),
            f.when.time(a.done_at) or "Not yet",
        ]
        for a in f.case.actions
    ]
    return [
        ts.para("Actions", "label"),
        ts.table(["Action", "Who", "Due", "Done"], rows, _split(f, 0.46, 0.18, 0.18)),
    ]


def _communication(kind: str, title: str) -> Filler:
    def filled(f: Filling) -> list[Flowable]:
        ts = f.ts
        out: list[Flowable] = [ts.para(title, "label")]
        messages = [c for c in f.case.communications if c.kind == kind]
        if not messages:
            return [*out, ts.answer("")]
        for message in messages:
            facts = [("When", f.when.time(message.at)), ("By", message.by), ("How", message.how)]
            out.append(ts.rich(" · ".join(f"<b>{k}:</b> {ts.markup(v)}" for k, v in facts if v), "small"))
            out.append(ts.answer(message.summary))
        return out

    return filled


def _announcement(f: Filling) -> list[Flowable]:
    announcement, ts = f.case.announcement, f.ts
    approval = "Not approved yet"
    if announcement.approved_at:
        by = announcement.approved_by or "the Event Lead Organiser"
        approval = f"Approved by {by}, {f.when.time(announcement.approved_at)}"
    return [ts.para("Announcement", "label"), ts.answer(announcement.text), ts.para(approval, "small")]


def _split(f: Filling, *shares: float) -> list[float]:
    """Column widths: the given shares of the width, the last column taking what is left."""
    widths = [f.width * share for share in shares]
    return [*widths, f.width - sum(widths)]


_FILLERS: dict[Part, Filler] = {
    Part.CONSENT: _consent,
    Part.MEETING: _meeting,
    Part.PLACEMENT: _placement,
    Part.DECISION: _decision,
    Part.AGREEMENT: _agreement,
    Part.ACTIONS: _actions,
    Part.TALK: _communication("talk", "The talk"),
    Part.INFORM_REPORTER: _communication("inform_reporter", "Telling the reporter the outcome"),
    Part.FILING: _communication("filing", "Filing with the Safety and Diversity Officer"),
    Part.ANNOUNCEMENT: _announcement,
}
