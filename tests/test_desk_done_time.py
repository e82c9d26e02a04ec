"""When an action was done is the responder's word, not the click's: the desk takes it, corrects it,
and refuses what cannot be (later than now, before the report was received)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from cocdesk.desk import InvalidEdit
from cocdesk.domain import now
from tests.gui.wizard_support import desk_vault, open_desk


def test_a_done_time_is_taken_corrected_with_its_own_log_entry_and_refused_when_impossible(
    tmp_path: Path,
) -> None:
    with open_desk(desk_vault(tmp_path)) as desk:
        received = now() - timedelta(hours=5)
        case = desk.take_report(title="Зоя Смирнова, at the party", received_at=received)
        action = desk.add_action(case.id, text="李明 asked to leave")
        clicked, said = now(), received + timedelta(hours=1, minutes=40)
        desk.action_done(case.id, action.id, clicked)
        desk.action_done(case.id, action.id, said)
        for impossible in (now() + timedelta(hours=2), received - timedelta(minutes=1)):
            with pytest.raises(InvalidEdit):
                desk.action_done(case.id, action.id, impossible)
        stored = desk.case(case.code)
    assert stored.actions[0].done_at == said
    assert [e.what for e in stored.timeline][-2:] == [
        "Marked an action done",
        "Changed when an action was done",
    ]
