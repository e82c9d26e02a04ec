"""What every refusal must look like, and a vault with one case to export and import into."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

from cocdesk.desk import Desk, KdfParams
from cocdesk.domain import Consent, Event, Level, Party, Person
from cocdesk.domain.case import Action, Communication, Conflict, Meeting, Recipient

FAST = KdfParams(iterations=1)
LEAD, LEAD_PASSPHRASE = "Łukasz Nowak", "żółw śpi pod dębem"
SENTENCE_MAX = 400
UNPRINTABLE = {"Cc", "Cs", "Zl", "Zp"}


def assert_sentence(message: str, longest: int = SENTENCE_MAX) -> None:
    """One short line a terminal shows as it is: no control characters, no line breaks, not huge."""
    assert 0 < len(message) <= longest, f"{len(message)} characters: {message[:200]!r}…"
    bad = [c for c in message if unicodedata.category(c) in UNPRINTABLE or c in "\u202a\u202b\u202d\u202e"]
    assert not bad, f"raw {bad[:3]!r} in {message[:200]!r}"


def rich_vault(path: Path) -> tuple[Desk, str]:
    """An open desk (Łukasz leads) holding one case with something in every part; its export."""
    desk = Desk.create(
        path, Event(name="PyCon Ελλάδα 2026", time_zone="Europe/Athens"), LEAD, LEAD_PASSPHRASE, kdf=FAST
    )
    case = desk.take_report(title="Hallway, day one", paper_reference="P-7")
    desk.answer(case.id, "safety", "in_danger", False)
    desk.answer(case.id, "safety", "crisis_call_to", ["Venue security", "Police"])
    desk.answer(case.id, "safety", "crisis_call_at", "2026-05-30T10:15:00+03:00")
    desk.answer(case.id, "gather", "what_happened", "Зоя was followed from hall B to the café.\nTwice.")
    desk.answer(case.id, "gather", "ongoing", "Not sure")
    desk.tick(case.id, "safety", "private_space", True)
    desk.set_part(
        case.id,
        "people",
        [
            Person(party=Party.REPORTER, name="Зоя Смирнова", contact="+30 690 555 0101"),
            Person(party=Party.REPORTED, name="李明", description="Blue lanyard"),
            Person(party=Party.WITNESS, name="Ελένη Παπαδοπούλου"),
        ],
    )
    desk.set_part(case.id, "consent", Consent(share_identity=True, recipients=[Recipient.SAFETY_OFFICER]))
    desk.set_part(
        case.id,
        "meeting",
        Meeting(
            present=[LEAD],
            size_reason="Only Łukasz was here",
            conflicts=[
                Conflict(member=LEAD, note="knows him slightly; the team agreed he stays", recused=False)
            ],
        ),
    )
    desk.place(case.id, Level.HIGH, Level.LOW, "Followed her after a clear no.")
    desk.record_decision(case.id, text="Speak to him today", owner=LEAD)
    desk.set_part(case.id, "actions", [Action(text="Ask venue security to watch hall B", owner=LEAD)])
    desk.set_part(case.id, "communications", [Communication(kind="talk", by=LEAD, summary="Calm talk")])
    return desk, desk.export_case_json(case.id)


def base_tree(exported: str) -> Any:
    return json.loads(exported)
