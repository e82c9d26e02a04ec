"""What the team brings to the Event Lead Organiser: the suggested course of action, redacted.

The briefing is built from the case as the Event Lead reads it (its withheld rendition): the reported person,
the placement, the decisions, never the reporter's or the witnesses' names, contacts or identifying
answers.
"""

from __future__ import annotations

from datetime import tzinfo

from cocdesk.domain.case import Case, Party
from cocdesk.identity.rendition import withheld
from cocdesk.procedure.matrix import QuadrantSpec
from cocdesk.procedure.model import Procedure

NOT_PLACED = "Not placed on the matrix yet"


def current_quadrant(procedure: Procedure, case: Case) -> QuadrantSpec | None:
    quadrant = case.quadrant
    return procedure.matrix.quadrant(*quadrant) if quadrant else None


def rung_label(procedure: Procedure, rung_id: str) -> str:
    return next((r.label for r in procedure.response_ladder if r.id == rung_id), rung_id)


def briefing(procedure: Procedure, case: Case, zone: tzinfo) -> list[tuple[str, str]]:
    """The suggested course of action as (heading, text) rows, redacted for the Event Lead."""
    shown = withheld(case, procedure)
    rows = [("Case", f"{shown.code} · {shown.title}" if shown.title else shown.code)]
    rows.append(("Received", shown.received_at.astimezone(zone).strftime("%a %d %b, %H:%M")))
    if shown.public_summary:
        rows.append(("In general terms", shown.public_summary))
    rows.append(("Reported", _reported(shown) or "Not known yet"))
    rows.append(("Reporter and witnesses", _withheld(shown)))
    rows.append(("Reporter's identity", _identity(shown)))
    quadrant = current_quadrant(procedure, shown)
    placement = shown.placement
    if quadrant and placement:
        where = f"{placement.risk.value} risk, {placement.impact.value} impact"
        rows.append(("On the matrix", f"{where} (like “{quadrant.example}”): {placement.rationale}"))
        rows.append(("The matrix suggests", quadrant.response))
    else:
        rows.append(("On the matrix", NOT_PLACED))
    for decision in shown.decisions:
        heading = "Right now" if decision.horizon == "now" else "Later"
        rung = f"{rung_label(procedure, decision.response)}: " if decision.response else ""
        owner = f" (by {decision.owner})" if decision.owner else ""
        rows.append((heading, f"{rung}{decision.text}{owner}"))
    if not shown.decisions:
        rows.append(("Right now", "No decision recorded yet"))
    return rows


def _reported(case: Case) -> str:
    people = case.parties(Party.REPORTED)
    return "; ".join(", ".join(x for x in (p.name, p.description) if x) for p in people)


def _withheld(case: Case) -> str:
    reporters = len(case.parties(Party.REPORTER))
    witnesses = len(case.parties(Party.WITNESS))
    if not reporters and not witnesses:
        return "None recorded"
    counted = [f"{reporters} reporter" + ("s" if reporters != 1 else "")]
    counted.append(f"{witnesses} witness" + ("es" if witnesses != 1 else ""))
    return f"{' and '.join(counted)}: names and contacts withheld"


def _identity(case: Case) -> str:
    consent = case.consent
    if consent.share_identity:
        whom = " and ".join(r.label for r in consent.recipients) or "the person they named"
        return f"May be shared with {whom}, as the reporter agreed"
    return "Kept private to the CoC team"
