"""A time field of the procedure records what already happened ("When it happened", "When the call was
made"): the desk refuses a time later than now by more than a few minutes, as it does a done time, and
saves nothing; a field the event marks as lying ahead takes the future."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from cocdesk.desk import InvalidEdit
from cocdesk.domain import now
from cocdesk.procedure import FieldSpec
from tests.gui.wizard_support import desk_vault, open_desk


@pytest.mark.parametrize(("step", "field"), [("gather", "when_happened"), ("safety", "crisis_call_at")])
def test_a_past_time_field_refuses_the_future_and_keeps_what_it_had(
    tmp_path: Path, step: str, field: str
) -> None:
    with open_desk(desk_vault(tmp_path)) as desk:
        case = desk.take_report(title="Łukasz и Зоя, 李 at the party")
        earlier = (now() - timedelta(hours=3)).isoformat()
        desk.answer(case.id, step, field, earlier)
        for ahead in (now() + timedelta(days=1), now().replace(year=2099)):
            with pytest.raises(InvalidEdit, match="later than now"):
                desk.answer(case.id, step, field, ahead.isoformat())
        desk.answer(case.id, step, field, (now() + timedelta(minutes=2)).isoformat())  # a clock a little fast
        desk.answer(case.id, step, field, earlier)
        stored = desk.case(case.code).steps[step].values[field]
    assert stored == earlier


def test_a_time_field_marked_ahead_takes_the_future() -> None:
    spec = FieldSpec(id="follow_up_at", label="Follow-up meeting", kind="datetime", ahead=True)
    later = now() + timedelta(days=3)
    assert spec.time_problem(later, ZoneInfo("Europe/Warsaw"), now()) == ""
    with pytest.raises(ValueError, match="only a datetime field"):
        FieldSpec(id="note", label="Note", kind="short_text", ahead=True)
