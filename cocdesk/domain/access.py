"""What of a case each role may read. Which cases and acts each role is given, and who sees identity,
is the desk's policy (``cocdesk.desk.policy``); how a case reads without identity is
``cocdesk.identity.rendition.withheld``.

The search reads each case as the member may read it: ``searchable_text`` gathers its words and
``matches`` tells whether a query finds them.
"""

from __future__ import annotations

from typing import Any

from cocdesk.domain.case import Case, CaseStatus

FILED = frozenset({CaseStatus.FILED, CaseStatus.CLOSED})
NOISE = frozenset({"id", "party", "at", "due"})  # ids and times would match almost any search


def searchable_text(case: Case) -> str:
    """Every word of ``case`` (as given: the caller decides what the reader may see), one string."""
    words: list[str] = []
    _collect(case.model_dump(mode="json", exclude={"id", "timeline", "deadlines"}), words)
    return "\n".join(words)


def _collect(value: Any, into: list[str]) -> None:
    if isinstance(value, str):
        if value:
            into.append(value)
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in NOISE and not key.endswith("_at"):
                _collect(item, into)
    elif isinstance(value, list):
        for item in value:
            _collect(item, into)


def matches(text: str, query: str) -> bool:
    """Every word of the query appears somewhere in the text (both compared case-folded)."""
    return all(word in text for word in query.casefold().split())
