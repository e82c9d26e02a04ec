"""A procedure file that would change what recorded decisions mean is refused.

A decision names a rung of the response ladder by its id, and the public report counts it as that rung
says. A file that renames or drops a rung some decision uses would turn those decisions into "other
action" without anyone deciding so; the desk refuses it and says which rung, and how many decisions
use it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from cocdesk.domain.case import Case
from cocdesk.domain.text import quoted
from cocdesk.procedure.model import Procedure
from cocdesk.vault import InvalidEdit


def refuse_lost_rungs(old: Procedure, new: Procedure, cases: Iterable[Case]) -> None:
    """Refuse ``new`` when its response ladder lacks a rung of ``old`` that a recorded decision uses."""
    kept = {r.id for r in new.response_ladder}
    lost = {r.id: r.label for r in old.response_ladder if r.id not in kept}
    if not lost:
        return
    used = Counter(d.response for case in cases for d in case.decisions if d.response in lost)
    if not used:
        return
    named = [
        f"“{quoted(lost[rung])}” ({rung}), which {n} decision{'s' if n > 1 else ''} use{'' if n > 1 else 's'}"
        for rung, n in sorted(used.items())
    ]
    rungs = "rung" if len(named) == 1 else "rungs"
    raise InvalidEdit(
        f"This procedure's response ladder no longer has the {rungs} {'; '.join(named)}; keep "
        f"{'it' if len(named) == 1 else 'them'} in the file with the same id, or use it for a new event."
    )
