"""Fuzzing the case import: whatever the file holds, it is imported whole and round-trips, or it is
refused with one sentence and nothing is written; never another exception, never a hang."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cocdesk.desk import Desk, InvalidEdit
from cocdesk.domain import Case
from cocdesk.exchange import CaseFileError, read_case_json
from tests.cli_support import Cli
from tests.fuzz.budget import LONG, fuzz, no_hang, note_outcome
from tests.fuzz.mutations import damaged_bytes, json_bytes, mutated
from tests.fuzz.support import LEAD, LEAD_PASSPHRASE, assert_sentence, rich_vault


class Importer:
    """One vault that every example imports into, and the checks that follow each import."""

    def __init__(self, desk: Desk, exported: str) -> None:
        self.desk, self.exported, self.tree = desk, exported, json.loads(exported)

    def count(self) -> int:
        return len(self.desk.cases())

    def attempt(self, data: bytes | str) -> Case | None:
        before = self.count()
        try:
            with no_hang():
                case = read_case_json(data, self.desk.procedure, "case.json")
                stored = self.desk.import_case(case)
        except (CaseFileError, InvalidEdit) as refused:
            note_outcome(f"refused: {type(refused).__name__}")
            assert_sentence(str(refused))
            assert self.count() == before, "a refused import wrote a case"
            assert self.desk.verify() == []
            return None
        note_outcome("imported")
        assert self.count() == before + 1
        with no_hang():
            self.round_trip(case, stored)
        assert self.desk.verify() == []
        return stored

    def round_trip(self, case: Case, stored: Case) -> None:
        assert _comparable(stored) == _comparable(case), "the stored case is not the one imported"
        again = read_case_json(self.desk.export_case_json(stored.id), self.desk.procedure, "again.json")
        assert _comparable(again) == _comparable(stored), "export and import again changed the case"
        assert self.desk.filled_report(stored.id).pages >= 1

    def finish(self) -> None:
        assert self.desk.verify() == []


def _comparable(case: Case) -> dict[str, Any]:
    """What must survive an import: all but the new id and code, the vault's own timeline and the
    person codes (drawn again: an import links no one by itself); JSON text, so that a NaN answer
    compares equal to itself."""
    comparable: dict[str, Any] = json.loads(case.model_dump_json(exclude={"id", "code", "timeline"}))
    for person in comparable["people"]:
        person.pop("person_code", None)
        person.pop("not_same", None)
    return comparable


@pytest.fixture
def importer(tmp_path: Path) -> Iterator[Importer]:
    desk, exported = rich_vault(tmp_path / "v.cocdesk")
    with desk:
        run = Importer(desk, exported)
        yield run
        run.finish()


def test_the_valid_export_imports_and_round_trips(importer: Importer) -> None:
    assert importer.attempt(importer.exported.encode("utf-8")) is not None


@pytest.mark.parametrize(
    ("where", "change"),
    [
        ("received_at", lambda tree: tree.update(received_at="0001-01-01T03:00:00+14:00")),
        ("deadlines[0].due_at", lambda tree: tree["deadlines"][0].update(due_at="9999-12-31T20:00:00-14:00")),
        ("actions[0].due", lambda tree: tree["actions"][0].update(due="9999-12-31T23:59:59-01:00")),
        (
            "steps.safety.values.crisis_call_at",
            lambda tree: tree["steps"]["safety"]["values"].update(crisis_call_at="0001-01-01T00:00:00+00:30"),
        ),
    ],
)
def test_a_time_no_zone_can_show_is_refused(importer: Importer, where: str, change: Any) -> None:
    """They imported, then printing the case (or showing it in the event's zone) raised OverflowError."""
    tree = json.loads(importer.exported)
    change(tree)
    with pytest.raises(
        CaseFileError, match=rf"^case\.json cannot be imported: {re.escape(where)}: (this time|a time must)"
    ):
        read_case_json(json.dumps(tree), importer.desk.procedure, "case.json")


def test_a_row_taller_than_a_page_prints(importer: Importer) -> None:
    action = {"text": "Walk the reporter to the café and back, every evening. " * 350, "owner": LEAD}
    case = read_case_json(json.dumps({**importer.tree, "actions": [action]}), importer.desk.procedure, "a")
    assert importer.desk.filled_report(importer.desk.import_case(case).id).pages > 5


@pytest.mark.parametrize("key", ["\x1b[2J\x1b]0;owned\x07", "\u202egnp.exe", "李" * 100_000])
def test_a_refusal_quotes_what_it_names_escaped_and_short(importer: Importer, key: str) -> None:
    tree = {**importer.tree, "steps": {key: {}}, key: 1}
    assert importer.attempt(json_bytes(tree, ascii_only=False)) is None


@fuzz(80, 5000)
@given(data=st.data(), ascii_only=st.booleans())
def test_a_mutated_case_imports_whole_or_is_refused_cleanly(
    importer: Importer, data: st.DataObject, ascii_only: bool
) -> None:
    tree = data.draw(mutated(importer.tree), label="case")
    importer.attempt(json_bytes(tree, ascii_only))


@fuzz(60, 5000)
@given(data=st.data())
def test_damaged_bytes_import_whole_or_are_refused_cleanly(importer: Importer, data: st.DataObject) -> None:
    valid = importer.exported.encode("utf-8")
    importer.attempt(data.draw(damaged_bytes(valid) | st.binary(max_size=4096), label="bytes"))


@fuzz(15, 500 if LONG else 15)
@given(data=st.data())
def test_the_command_line_imports_or_says_one_line(tmp_path: Path, cli: Cli, data: st.DataObject) -> None:
    path = tmp_path / "cli.cocdesk"
    if not path.exists():
        desk, exported = rich_vault(path)
        desk.close()
        (tmp_path / "base.json").write_text(exported, encoding="utf-8")
    tree = json.loads((tmp_path / "base.json").read_text(encoding="utf-8"))
    file = tmp_path / "case.json"
    file.write_bytes(data.draw(st.builds(json_bytes, mutated(tree), st.booleans()), label="file"))
    with no_hang():
        ran = cli("case", "import", str(path), str(file), "--member", LEAD, passphrases=[LEAD_PASSPHRASE])
    assert "Traceback" not in ran.err and "does not expect" not in ran.err, ran.err[:2000]
    if ran.code == 0:
        assert ran.out.startswith("Imported the case") and ran.err == ""
    else:
        [line] = ran.err.splitlines()
        assert_sentence(line, longest=400 + len(str(file)))
