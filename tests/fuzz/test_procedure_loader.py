"""Fuzzing the procedure loader: whatever a procedure file holds, it loads into a procedure that the
wizard's flow and the blank paper form can use, or it is refused with one short sentence; never
another exception, never a hang."""

from __future__ import annotations

import tomllib
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from cocdesk import paper
from cocdesk.domain import Case, Event, Level, StepRecord
from cocdesk.exchange import CaseFileError, read_case_json
from cocdesk.flow.deadlines import deadlines_for
from cocdesk.flow.engine import Flow
from cocdesk.flow.progress import status_from_steps
from cocdesk.procedure import Procedure, ProcedureError, load_procedure
from cocdesk.procedure.loader import default_procedure_text
from tests.fuzz.budget import fuzz, no_hang, note_outcome
from tests.fuzz.mutations import Deep, damaged_bytes, damaged_lines, mutated, toml_text
from tests.fuzz.support import assert_sentence

DEFAULT_TEXT = default_procedure_text()
DEFAULT_TREE = tomllib.loads(DEFAULT_TEXT)
EVENT = Event(name="Kraków Summit 2026 · 李", time_zone="Asia/Tokyo")
RECEIVED = datetime(2026, 6, 1, 9, 30, tzinfo=UTC)
A_CASE = Case(
    received_at=RECEIVED,
    steps={
        "safety": StepRecord(values={"in_danger": False}, checked=["private_space"]),
        "gather": StepRecord(values={"what_happened": "Зоя was followed from hall B to the café."}),
    },
).model_dump_json()
PRINT_EVERY = 8
"""Print the blank form of one loaded procedure in this many: each takes a good part of a second."""

_loaded = 0


def load_or_refuse(folder: Path, data: bytes) -> Procedure | None:
    global _loaded
    path = folder / "procédure.toml"
    path.write_bytes(data)
    try:
        with no_hang():
            procedure = load_procedure(path)
    except ProcedureError as refused:
        note_outcome("refused")
        message = str(refused)
        assert_sentence(message)
        assert message.startswith(f"The procedure file {path}")
        if refused.line is not None:
            assert 1 <= refused.line <= max(1, len(data.splitlines()) + 1), message
        return None
    note_outcome("loaded")
    with no_hang():
        use(procedure)
        _loaded += 1
        if _loaded % PRINT_EVERY == 1:
            assert paper.blank_form(procedure, EVENT).pages >= 1
    return procedure


def use(procedure: Procedure) -> None:
    """What the wizard does with a procedure over a new case and over one that has been worked on."""
    case = Case(received_at=RECEIVED, deadlines=deadlines_for(procedure, EVENT, RECEIVED))
    flow = Flow(procedure, case, RECEIVED)
    assert [status.step for status in flow.overview()] == procedure.steps
    assert flow.next_step() == procedure.steps[0]
    for step in procedure.steps:
        flow.previous(step.id), flow.following(step.id)
    status_from_steps(procedure, case)
    try:
        read_case_json(A_CASE, procedure, "case.json")
    except CaseFileError as refused:
        assert_sentence(str(refused))
    for risk in Level:
        for impact in Level:
            procedure.matrix.name(risk, impact)


def test_the_default_procedure_loads_and_serves_the_wizard(tmp_path: Path) -> None:
    assert load_or_refuse(tmp_path, DEFAULT_TEXT.encode("utf-8")) is not None
    assert load_or_refuse(tmp_path, toml_text(DEFAULT_TREE).encode("utf-8")) is not None


@fuzz(80, 5000)
@given(tree=mutated(DEFAULT_TREE))
@example(tree={**DEFAULT_TREE, "advice": Deep(20_000)})  # tomllib recursed until RecursionError
@example(tree={**DEFAULT_TREE, "\x1b[2J" * 5000: 1})  # the unknown key was quoted raw and whole
def test_a_mutated_procedure_loads_or_is_refused_cleanly(tmp_path: Path, tree: object) -> None:
    load_or_refuse(tmp_path, toml_text(tree).encode("utf-8", "surrogatepass"))


@fuzz(60, 5000)
@given(text=damaged_lines(DEFAULT_TEXT))
def test_a_procedure_with_lines_changed_loads_or_is_refused_cleanly(tmp_path: Path, text: str) -> None:
    load_or_refuse(tmp_path, text.encode("utf-8", "surrogatepass"))


@fuzz(60, 5000)
@given(data=damaged_bytes(DEFAULT_TEXT.encode("utf-8")) | st.binary(max_size=4096))
def test_damaged_bytes_load_or_are_refused_cleanly(tmp_path: Path, data: bytes) -> None:
    load_or_refuse(tmp_path, data)
