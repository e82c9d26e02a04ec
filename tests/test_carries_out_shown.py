"""The decision an action carries out is shown beside the action wherever actions are read: the case
view and the filled report, not only the wizard."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from cocdesk.gui.case_html import answers_html
from tests.gui.wizard_support import desk_vault, open_desk
from tests.station_vaults import LEAD

LONG = (
    "Łukasz tells the reported person, in person and before the evening social, that a second remark"
    " about anyone's accent means leaving the event for good"
)


def test_an_action_shows_the_decision_it_carries_out(tmp_path: Path) -> None:
    path = desk_vault(tmp_path)
    with open_desk(path) as desk:
        code = desk.take_report(title="Remarks at the social evening").code
        decision = desk.record_decision(code, text=LONG, response="verbal_warning", owner=LEAD)
        desk.add_action(code, text="Speak to 李 at the desk", owner=LEAD, carries_out=decision.id)
        desk.add_action(code, text="Write to José", owner=LEAD)
        case = desk.case(code)
        html = answers_html(case, desk.procedure, desk.event.zone, frozenset())
        pdf = desk.filled_report(code)
        target = tmp_path / "form.pdf"
        pdf.save(str(target))
    assert "Carries out: Łukasz tells the reported person" in html
    assert LONG not in html and html.count("Carries out:") == 1  # clipped, and only where it does
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages)
    flat = " ".join(text.split())
    assert "Carries out: Łukasz tells the reported person" in flat, flat
    assert flat.count("Carries out:") == 1
