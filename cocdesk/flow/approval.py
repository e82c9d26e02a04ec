"""What stands between an announcement draft and its approval: each flag of the check, and any gap
left in the template."""

from __future__ import annotations

import re

from cocdesk.domain.case import Case
from cocdesk.flow.announcement import check
from cocdesk.procedure.model import Procedure

PLACEHOLDER = re.compile(r"\{(\w+)\}|<[^<>\n]{1,40}>")


def unfilled(text: str) -> list[str]:
    """Placeholders still in the draft: {thing} from the template, or <action> typed as in the procedure."""
    return [match.group(0) for match in PLACEHOLDER.finditer(text)]


def blockers(text: str, case: Case, procedure: Procedure) -> list[str]:
    """Every reason the draft cannot be approved yet, as sentences; empty when it may be approved.

    ``case`` must be the whole case, never a redacted view: the check looks for every name it holds.
    """
    if not text.strip():
        return ["Write the announcement first"]
    reasons = [f"Fill in {gap}" for gap in unfilled(text)]
    reasons += [flag.reason for flag in check(text, case, procedure)]
    return reasons
