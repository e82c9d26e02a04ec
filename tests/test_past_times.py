"""Times that record the past refuse the future, however they arrive: the meeting's time, when the
suggestion was put to the Event Lead Organiser and when they answered, when a conversation took place,
and an imported case's answers. A few minutes' clock skew is allowed, as for every other such time."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from cocdesk.desk import InvalidEdit
from cocdesk.domain import Communication, Meeting, now
from cocdesk.domain.case import Agreement
from cocdesk.exchange import read_case_json
from tests.gui.wizard_support import desk_vault, open_desk
from tests.station_vaults import EVENT_LEAD, LEAD, OFFICER, ZOYA

NEXT_WEEK = now() + timedelta(days=7)
SKEW = timedelta(minutes=3)


def one_sentence(error: InvalidEdit) -> str:
    said = str(error)
    assert "\n" not in said and "later than now" in said, said
    return said


@pytest.mark.parametrize(
    ("name", "later", "fine"),
    [
        ("meeting", Meeting(at=NEXT_WEEK, present=[LEAD, ZOYA, OFFICER]), Meeting(at=now() + SKEW)),
        ("agreement", Agreement(presented_at=NEXT_WEEK), Agreement(presented_at=now() + SKEW)),
        ("agreement", Agreement(agreed=True, by=EVENT_LEAD, at=NEXT_WEEK), Agreement(at=now() + SKEW)),
        ("communications", [Communication(kind="talk", at=NEXT_WEEK)], [Communication(kind="talk")]),
    ],
)
def test_a_time_of_the_past_set_in_the_future_is_refused(
    tmp_path: Path, name: str, later: Any, fine: Any
) -> None:
    path = desk_vault(tmp_path)
    with open_desk(path) as desk:
        code = desk.take_report(title="Remarks at the social evening").code
        with pytest.raises(InvalidEdit) as refused:
            desk.set_part(code, name, later)
        assert "meeting" in one_sentence(refused.value) or name != "meeting"
        assert getattr(desk.case(code), name) == getattr(type(desk.case(code))(), name)
        desk.set_part(code, name, fine)  # a clock a little fast is let be
        assert getattr(desk.case(code), name) == fine


@pytest.mark.parametrize(
    "crafted",
    [
        {"steps": {"gather": {"values": {"when_happened": NEXT_WEEK.isoformat()}}}},
        {"meeting": {"at": NEXT_WEEK.isoformat()}},
        {"agreement": {"presented_at": NEXT_WEEK.isoformat()}},
        {"communications": [{"kind": "talk", "at": NEXT_WEEK.isoformat()}]},
    ],
)
def test_an_imported_case_with_a_time_of_the_past_in_the_future_is_refused(
    tmp_path: Path, crafted: dict[str, Any]
) -> None:
    path = desk_vault(tmp_path)
    with open_desk(path) as desk:
        case = read_case_json(json.dumps({"title": "Imported", **crafted}), desk.procedure, "case.json")
        with pytest.raises(InvalidEdit) as refused:
            desk.import_case(case)
        one_sentence(refused.value)
        assert [s.title for s in desk.cases()] == []
