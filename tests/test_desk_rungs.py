"""A procedure file whose response ladder loses a rung that recorded decisions use is refused: the
public report counts a decision by its rung, and renaming one mid-event would change the outcomes
without anyone deciding so."""

from __future__ import annotations

from pathlib import Path

import pytest

from cocdesk.desk import Desk
from cocdesk.vault import InvalidEdit
from tests.gui.wizard_support import desk_vault, open_desk
from tests.station_vaults import LEAD

SOURCE = Path(__file__).resolve().parent.parent / "cocdesk" / "procedure" / "default.toml"


def switch(desk: Desk, folder: Path, old: str, new: str) -> None:
    text = SOURCE.read_text(encoding="utf-8")
    assert old in text
    changed = folder / "ours.toml"
    changed.write_text(text.replace(old, new, 1), encoding="utf-8")
    desk.update_event(desk.event.model_copy(update={"procedure_file": str(changed)}))


def test_a_ladder_that_renames_a_rung_decisions_use_is_refused_naming_it_and_how_many(tmp_path: Path) -> None:
    with open_desk(desk_vault(tmp_path)) as desk:
        for words in ("Зоя: a word in private", "李: a word", "Łukasz: a word"):
            case = desk.take_report()
            desk.record_decision(case.code, text=words, response="written_warning", owner=LEAD)
        before = desk.event.procedure_file
        with pytest.raises(InvalidEdit) as refused:
            switch(desk, tmp_path, 'id = "written_warning"', 'id = "warning_in_writing"')
        said = str(refused.value)
        assert "“Written warning” (written_warning), which 3 decisions use" in said
        assert "keep it in the file" in said
        assert desk.event.procedure_file == before  # nothing was saved
        assert "written_warning" in {r.id for r in desk.procedure.response_ladder}


def test_a_ladder_that_drops_a_rung_no_decision_uses_is_taken(tmp_path: Path) -> None:
    with open_desk(desk_vault(tmp_path)) as desk:
        case = desk.take_report()
        desk.record_decision(case.code, text="Зоя: a word", response="verbal_warning", owner=LEAD)
        switch(desk, tmp_path, 'id = "note_only"', 'id = "noted_only"')
        assert "noted_only" in {r.id for r in desk.procedure.response_ladder}
