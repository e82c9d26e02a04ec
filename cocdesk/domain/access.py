"""What of a case each role may read. Which cases and acts each role is given, and who sees identity,
is the desk's policy (``cocdesk.desk.policy``); how a case reads without identity is
``cocdesk.identity.rendition.withheld``.

``readable_text`` serves the storage's own search over stored JSON (``cocdesk.vault.search``); the
desk's search reads each case as the member may read it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from cocdesk.domain.case import Case, CaseStatus, Party
from cocdesk.domain.event import Role
from cocdesk.procedure.fields import PARTY_KINDS
from cocdesk.procedure.model import Procedure

FILED = frozenset({CaseStatus.FILED, CaseStatus.CLOSED})
HIDDEN_PARTIES = frozenset({Party.REPORTER, Party.WITNESS})
NOISE = frozenset({"id", "party", "at", "due"})  # ids and times would match almost any search


def identifying_fields(procedure: Procedure) -> frozenset[tuple[str, str]]:
    """(step id, field id) of every answer that may identify the reporter or a witness."""
    return frozenset(
        (step.id, spec.id)
        for step in procedure.steps
        for spec in step.fields
        if spec.identifying and spec.kind not in PARTY_KINDS
    )


def readable_text(
    role: Role,
    procedure: Procedure,
    header: dict[str, Any],
    parts: Iterable[tuple[str, Any]],
    answers: Iterable[tuple[str, str, Any]],
) -> str:
    """Every word of a stored case that ``role`` may read, as one search string.

    Works on the stored form (decoded JSON) so that a whole vault can be searched without building
    every case; it leaves out the people and answers the rendition withholds.
    """
    hidden = set() if role.sees_names else identifying_fields(procedure)
    words: list[str] = []
    _collect(header, words)
    for name, body in parts:
        if role.sees_names:
            _collect(body, words)
        elif name == "people":
            _collect([p for p in body if p.get("party") not in HIDDEN_PARTIES], words)
        elif name == "consent":
            _collect(body.get("with_whom", ""), words)
        else:
            _collect(body, words)
    for step_id, field_id, value in answers:
        if (step_id, field_id) not in hidden:
            _collect(value, words)
    return "\n".join(words)


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
