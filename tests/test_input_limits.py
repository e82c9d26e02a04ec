"""Every input refused cleanly: what a member types or a file holds is echoed escaped and short, a
case holds only so much, and a procedure change cannot leave a case's answers behind."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pydantic import ValidationError

from cocdesk.desk import Desk, InvalidEdit
from cocdesk.domain import Action, Communication, Decision, Event, Level, Party, Person, Placement
from cocdesk.domain.case import (
    MOST_ACTIONS,
    MOST_COMMUNICATIONS,
    MOST_DECISIONS,
    MOST_IN_MEETING,
    MOST_MARKS,
    MOST_PEOPLE,
    MOST_PLACEMENTS,
    Case,
)
from cocdesk.domain.common import explain
from cocdesk.exchange import read_case_json
from cocdesk.procedure.loader import ProcedureError, default_procedure_text, load_procedure
from tests.cli_support import FAST, LEAD, LEAD_PASSPHRASE, Cli, cli, make_vault, one_line, run_process

__all__ = ["cli"]

CLEAR_SCREEN = "\x1b[2J"
RETITLE = "\x1b]0;owned\x07"
REVERSED = "\u202e"
ISOLATED = "\u2066李娜\u2069"
RAW = (CLEAR_SCREEN, "\x1b", "\x07", REVERSED, "\u2066", "\u2069", "\x9b")
MESSAGE_LINE = 400
REFUSED = InvalidEdit
"""A refused act: InvalidEdit from the desk; an append past a limit is refused by the case model
itself (the same sentence) before anything is written."""


def assert_escaped(line: str) -> None:
    for raw in RAW:
        assert raw not in line, f"{raw!r} reached the terminal: {line!r}"


# what the command line echoes


def test_a_member_name_with_terminal_controls_comes_back_escaped(tmp_path: Path, cli: Cli) -> None:
    path = tmp_path / "v.cocdesk"
    make_vault(path)
    typed = f"{CLEAR_SCREEN}Зоя{REVERSED}{ISOLATED}"
    line = one_line(cli("case", "list", str(path), "--member", typed, passphrases=[LEAD_PASSPHRASE]))
    assert_escaped(line)
    assert "\\x1b[2JЗоя\\u202e\\u2066李娜\\u2069" in line  # the member sees what was typed, harmlessly


def test_a_case_code_with_terminal_controls_comes_back_escaped(tmp_path: Path, cli: Cli) -> None:
    path = tmp_path / "v.cocdesk"
    make_vault(path)
    line = one_line(cli.as_lead("case", "show", str(path), f"{RETITLE}ABC-123{REVERSED}", "--json"))
    assert_escaped(line)
    assert "\\x1b]0;owned\\x07ABC-123\\u202e" in line


def test_a_step_id_with_terminal_controls_comes_back_escaped_from_the_real_command(tmp_path: Path) -> None:
    out = tmp_path / "form.pdf"
    ran = run_process("forms", "blank", str(out), "--step", f"gather{CLEAR_SCREEN}\x9b31m{REVERSED}")
    line = one_line(ran)
    assert_escaped(line)
    assert "gather\\x1b[2J\\x9b31m\\u202e" in line and "Its steps are: safety, gather" in line
    assert not out.exists()


def test_a_new_line_in_an_id_does_not_start_a_second_line(tmp_path: Path, cli: Cli) -> None:
    line = one_line(cli("forms", "blank", str(tmp_path / "f.pdf"), "--step", "gather\nError: all is well"))
    assert "gather Error: all is well" in line


def test_an_unknown_option_with_controls_is_escaped_too(cli: Cli) -> None:
    line = one_line(cli("schema", f"--{CLEAR_SCREEN}"))
    assert_escaped(line)
    assert "--\\x1b[2J" in line


def test_a_five_megabyte_id_gives_one_short_line_that_still_says_what_to_do(tmp_path: Path, cli: Cli) -> None:
    huge = "a" * 5_000_000
    line = one_line(cli("forms", "blank", str(tmp_path / "f.pdf"), "--step", huge))
    assert len(line) < MESSAGE_LINE
    assert line.startswith("The procedure has no step 'aaaa") and "…" in line
    assert "Its steps are: safety, gather" in line  # the advice at its end survives the cut

    path = tmp_path / "v.cocdesk"
    make_vault(path)
    line = one_line(cli("case", "list", str(path), "--member", huge, passphrases=[LEAD_PASSPHRASE]))
    assert len(line) < MESSAGE_LINE


def test_a_case_file_with_a_huge_step_id_gives_one_short_line(tmp_path: Path, cli: Cli) -> None:
    path = tmp_path / "v.cocdesk"
    make_vault(path)
    case_file = tmp_path / "case.json"
    case = json.loads(Case(title="Hallway").model_dump_json())
    case["steps"] = {f"{CLEAR_SCREEN}{'x' * 5_000_000}": {}}
    case_file.write_text(json.dumps(case), encoding="utf-8")
    line = one_line(cli.as_lead("case", "import", str(path), str(case_file)))
    assert len(line) < MESSAGE_LINE and "cannot be imported" in line
    assert_escaped(line)


def test_a_name_with_controls_is_refused_when_the_vault_is_made(tmp_path: Path, cli: Cli) -> None:
    path = tmp_path / "v.cocdesk"
    ran = cli("vault", "create", str(path), "--event", f"PyCon{CLEAR_SCREEN}", "--member", LEAD)
    line = one_line(ran)
    assert "a name cannot hold control characters" in line
    assert_escaped(line)
    assert not path.exists()


def test_a_validation_message_quoting_a_huge_input_is_escaped_and_short() -> None:
    with pytest.raises(ValidationError) as refused:
        Event(name="Łukasz's event", time_zone=f"{CLEAR_SCREEN}{'Europe/' * 1_000_000}")
    said = explain(refused.value)
    assert len(said) < 300 and "is not a time zone" in said
    assert_escaped(said)


# procedure files


def test_a_procedure_step_id_with_controls_or_of_a_megabyte_is_refused_shortly(tmp_path: Path) -> None:
    text = default_procedure_text()
    for bad in ("gather\\u001b[2J", "gather" + "x" * 1_500_000, "gather\\u202e"):  # TOML escapes
        own = tmp_path / "ours.toml"
        own.write_text(text.replace('id = "gather"', f'id = "{bad}"', 1), "utf-8")
        with pytest.raises(ProcedureError) as refused:
            load_procedure(own)
        said = str(refused.value)
        assert "steps[1].id: an id is a lowercase letter" in said and len(said) < MESSAGE_LINE
        assert_escaped(said)


# what a case can hold


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    with Desk.create(
        tmp_path / "v.cocdesk", Event(name="PyCon Ελλάδα 2026"), LEAD, LEAD_PASSPHRASE, kdf=FAST
    ) as opened:
        yield opened


def imported(desk: Desk, **parts: object) -> Case:
    """A case holding ``parts``, brought in the way a case file is."""
    case = Case.model_validate({"title": "Hallway, day one", **parts})
    return desk.import_case(read_case_json(case.model_dump_json(), desk.procedure, "full.json"))


def placement(n: int) -> Placement:
    return Placement(risk=Level.LOW, impact=Level.HIGH, rationale=f"Moved {n}", by=LEAD)


def witness(n: int) -> Person:
    return Person(party=Party.WITNESS, name=f"Ελένη {n}")


Full = tuple[str, int, dict[str, object], Callable[[Desk, str], object], str]
FULL: list[Full] = [
    (
        "placements",
        MOST_PLACEMENTS,
        {"placements": [placement(n) for n in range(MOST_PLACEMENTS)]},
        lambda d, code: d.place(code, Level.HIGH, Level.HIGH, "Once more"),
        "a case can have at most 1,000 placements on the board",
    ),
    (
        "decisions",
        MOST_DECISIONS,
        {"decisions": [Decision(text=f"Decision {n}") for n in range(MOST_DECISIONS)]},
        lambda d, code: d.record_decision(code, text="One more"),
        "a case can have at most 500 decisions",
    ),
    (
        "actions",
        MOST_ACTIONS,
        {"actions": [Action(text=f"Action {n}") for n in range(MOST_ACTIONS)]},
        lambda d, code: d.add_action(code, text="One more"),
        "a case can have at most 500 actions",
    ),
    (
        "communications",
        MOST_COMMUNICATIONS,
        {
            "communications": [
                Communication(kind="other", summary=f"Note {n}") for n in range(MOST_COMMUNICATIONS)
            ]
        },
        lambda d, code: d.leave_unfinished(code, "The event is over"),
        "a case can have at most 1,000 recorded conversations and notes",
    ),
    (
        "people",
        MOST_PEOPLE,
        {"people": [witness(n) for n in range(MOST_PEOPLE)]},
        lambda d, code: d.set_part(code, "people", [*d.case(code).people, witness(MOST_PEOPLE)]),
        "a case can have at most 200 people: reporters, reported and witnesses",
    ),
    (
        "identity",
        MOST_MARKS,
        {"identity": {"marked": [f"the badge {n}" for n in range(MOST_MARKS)]}},
        lambda d, code: d.mark(code, "the blue lanyard"),
        "a case can have at most 200 stretches marked as identifying",
    ),
    (
        "meeting",
        MOST_IN_MEETING,
        {"meeting": {"present": [f"李娜 {n}" for n in range(MOST_IN_MEETING)]}},
        lambda d, code: d.set_part(code, "meeting", {"present": [*d.case(code).meeting.present, "Зоя"]}),
        "a meeting can have at most 50 people present",
    ),
]


def held(case: Case, name: str) -> int:
    part = getattr(case, name)
    return len(part.marked if name == "identity" else part.present if name == "meeting" else part)


@pytest.mark.parametrize(("name", "most", "parts", "act", "sentence"), FULL, ids=[f[0] for f in FULL])
def test_a_full_list_refuses_one_more_with_its_sentence(
    desk: Desk,
    name: str,
    most: int,
    parts: dict[str, object],
    act: Callable[[Desk, str], object],
    sentence: str,
) -> None:
    case = imported(desk, **parts)
    assert held(case, name) == most  # the limit itself is allowed
    with pytest.raises(REFUSED) as refused:
        act(desk, case.code)
    said = explain(refused.value) if isinstance(refused.value, ValidationError) else str(refused.value)
    assert said == sentence
    assert held(desk.case(case.code), name) == most  # nothing was written, and the case still reads


def test_a_case_file_over_a_limit_is_refused_naming_the_limit(desk: Desk) -> None:
    case = json.loads(Case(title="Hallway").model_dump_json())
    case["actions"] = [json.loads(Action(text="Call 李娜").model_dump_json())] * (MOST_ACTIONS + 1)
    with pytest.raises(ValueError, match="a case can have at most 500 actions"):
        read_case_json(json.dumps(case), desk.procedure, "big.json")


def test_a_case_file_with_200000_placements_is_refused_and_nothing_is_imported(
    tmp_path: Path, cli: Cli
) -> None:
    path = tmp_path / "v.cocdesk"
    make_vault(path)
    one = placement(0).model_dump_json()
    body = Case(title="Hallway").model_dump_json()[:-1]
    huge = tmp_path / "huge.json"
    huge.write_text(f'{body},"placements":[{",".join([one] * 200_000)}]}}', encoding="utf-8")
    started = time.monotonic()
    line = one_line(cli.as_lead("case", "import", str(path), str(huge)))
    assert time.monotonic() - started < 60  # refused, not imported and then left to hang the export
    assert "huge.json cannot be imported" in line
    assert "a case can have at most 1,000 placements on the board. Nothing was written." in line
    listed = cli.as_lead("case", "list", str(path), "--json")
    assert len(json.loads(listed.out)) == 1


# a procedure change that would leave answers behind


def without(text: str, start: str, end: str) -> str:
    """``text`` without the stretch from ``start`` up to (not including) ``end``."""
    head, found, rest = text.partition(start)
    assert found, start
    return head + rest[rest.index(end) :]


NO_POLICE_STEP = ('[[steps]]\nid = "police"', "# ----")
NO_POLICE_REFERENCE = ('[[steps.fields]]\nid = "police_reference"', "[steps.guidance]")


def own_procedure(tmp_path: Path, *cuts: tuple[str, str], title: str = "") -> str:
    text = default_procedure_text()
    for start, end in cuts:
        text = without(text, start, end)
    if title:
        text = text.replace('title = "Safety first"', f'title = "{title}"', 1)
    path = tmp_path / "Łukasz's procedure.toml"
    path.write_text(text, "utf-8")
    return str(path)


def switch(desk: Desk, procedure_file: str) -> None:
    desk.update_event(desk.event.model_copy(update={"procedure_file": procedure_file}))


def test_a_procedure_that_drops_an_answered_step_is_refused_naming_steps_and_cases(
    desk: Desk, tmp_path: Path
) -> None:
    answered = desk.take_report(title="Hallway")
    desk.answer(answered.code, "police", "police_answer", "No")
    desk.take_report(title="Not yet at the police step")
    with pytest.raises(InvalidEdit) as refused:
        switch(desk, own_procedure(tmp_path, NO_POLICE_STEP))
    said = str(refused.value)
    assert said == (
        f"This procedure drops the step “police” that case {answered.code} has answers in;"
        " keep them in the file, or use it for a new event."
    )
    assert desk.event.procedure_file is None
    assert desk.case(answered.code).steps["police"].values == {"police_answer": "No"}


def test_a_procedure_that_drops_an_answered_field_is_refused_and_many_cases_are_counted(
    desk: Desk, tmp_path: Path
) -> None:
    codes = []
    for n in range(7):
        case = desk.take_report(title=f"Case {n}")
        desk.answer(case.code, "police", "police_reference", f"ΕΛ-{n}")
        codes.append(case.code)
    with pytest.raises(InvalidEdit) as refused:
        switch(desk, own_procedure(tmp_path, NO_POLICE_REFERENCE))
    said = str(refused.value)
    first_five = ", ".join(sorted(codes)[:5])
    assert f"drops the question “police.police_reference” that cases {first_five} and 2 more have" in said


def test_a_compatible_procedure_change_is_still_accepted(desk: Desk, tmp_path: Path) -> None:
    case = desk.take_report(title="Hallway")
    desk.answer(case.code, "gather", "what_happened", "Зоя was followed to the café.")
    renamed = own_procedure(tmp_path, title="Sicherheit zuerst, 安全第一")
    switch(desk, renamed)
    assert desk.event.procedure_file == renamed
    assert desk.procedure.step("safety").title == "Sicherheit zuerst, 安全第一"
    # a step no case has answered may go
    unused = own_procedure(tmp_path, NO_POLICE_STEP)
    switch(desk, unused)
    assert [s.id for s in desk.procedure.steps if s.id == "police"] == []
    assert desk.case(case.code).steps["gather"].values["what_happened"] == "Зоя was followed to the café."


def test_an_event_refuses_endless_deadlines_and_a_five_megabyte_procedure_path() -> None:
    for changes in ({"deadline_hours": {"act": float("inf")}}, {"procedure_file": "/" + "ü" * 5_000_000}):
        with pytest.raises(ValidationError) as refused:
            Event.model_validate({"name": "PyCon Ελλάδα 2026", **changes})
        assert len(explain(refused.value)) < 300


def test_a_procedure_file_edited_outside_the_app_is_named_by_verify_and_no_document_leaves_answers_out(
    desk: Desk, tmp_path: Path
) -> None:
    path = own_procedure(tmp_path)
    switch(desk, path)
    answered = desk.take_report(title="Łódź hallway")
    desk.answer(answered.code, "police", "police_answer", "No")
    Path(path).write_text(Path(own_procedure(tmp_path, NO_POLICE_STEP)).read_text("utf-8"), "utf-8")
    desk.vault.__dict__.pop("procedure", None)  # as at the next unlock: the edited file is read
    assert desk.verify() == [
        f"case {answered.code} has answers in “police”, which the procedure file no longer has: put"
        " them back in the file, or no document shows them"
    ]
    with pytest.raises(InvalidEdit, match="a document would leave them out"):
        desk.filled_report(answered.code)
    with pytest.raises(InvalidEdit, match=f"Case {answered.code} has answers in “police”"):
        desk.officer_export(tmp_path / "officer.pdf", [answered.id])
    assert not (tmp_path / "officer.pdf").exists()


def test_a_device_or_a_huge_file_is_refused_before_it_is_read_whole(tmp_path: Path, cli: Cli) -> None:
    from cocdesk.procedure.loader import ProcedureError, load_procedure

    with pytest.raises(ProcedureError, match="it is not a regular file"):
        load_procedure("/dev/zero")
    huge = tmp_path / "procédure.toml"
    huge.write_bytes(b"# " + b"x" * (3 << 20))
    with pytest.raises(ProcedureError, match="it is larger than 2 MiB"):
        load_procedure(huge)
    path = tmp_path / "v.cocdesk"
    make_vault(path)
    refused = cli.as_lead("case", "import", str(path), "/dev/zero")
    assert refused.code == 1 and "/dev/zero cannot be imported: it is not a regular file" in refused.err
