"""What the desk says about a reported person named in more than one report, and about a held report
when someone else reports the same person. Plain words, no names: codes only, so any screen may show
them (the board is on a projector)."""

from __future__ import annotations

from collections.abc import Sequence

MOST_SHOWN = 4
HELD_NEXT_STEP = (
    "Another report names the same person. Before acting, go back to the reporter: tell them someone"
    " else has reported this person, and ask whether they now want the team to act on their report."
    " Act only if they agree, then release the hold; otherwise keep it held."
)
"""What the procedure asks of the team when a held report's person is reported again: the reporter's
wishes come first (the first priority is to protect the reporter)."""
HOLD_ASKS_WORDS = "Record the reporter's words asking for their report to be held."
RISK_SIGN = "The reported person is also reported in {codes}: a pattern raises the risk of further harm."


def also_reported(codes: Sequence[str]) -> str:
    """ "Also reported in ABC-DEF, HJK-MNP and 2 more", or "" when in no other report."""
    if not codes:
        return ""
    shown = list(codes[:MOST_SHOWN])
    more = len(codes) - len(shown)
    listed = ", ".join(shown) + (f" and {more} more" if more > 0 else "")
    return f"Also reported in {listed}"


def risk_sign(codes: Sequence[str]) -> str:
    """The sign the assessment shows beside the risk questions, or "" when there is none."""
    return RISK_SIGN.format(codes=", ".join(codes)) if codes else ""


def held_alert(held_code: str, matching: Sequence[str]) -> str:
    """What the CoC team lead is told when a report matches the person of a held report."""
    where = ", ".join(matching)
    return (
        f"Held report {held_code}: its reported person may also be named in {where}."
        " Go back to that report's reporter before acting."
    )
