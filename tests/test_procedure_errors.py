"""A malformed procedure file is refused, naming the file, the line that is wrong and why."""

from __future__ import annotations

from pathlib import Path

import pytest

from cocdesk.procedure import ProcedureError, load_procedure
from cocdesk.procedure.loader import default_procedure_text


def with_change(tmp_path: Path, old: str, new: str, *, occurrence: int = 1) -> tuple[Path, list[str]]:
    """The default procedure with the ``occurrence``-th ``old`` replaced, written to a file of its own."""
    text = default_procedure_text()
    assert text.count(old) >= occurrence, f"the default procedure no longer holds {old!r}"
    head, *rest = text.split(old)
    changed = head + "".join((new if n == occurrence - 1 else old) + part for n, part in enumerate(rest))
    path = tmp_path / "procédure-Łódź.toml"
    path.write_text(changed, encoding="utf-8")
    return path, changed.splitlines()


def refusal(path: Path) -> ProcedureError:
    with pytest.raises(ProcedureError) as caught:
        load_procedure(path)
    error = caught.value
    assert str(path) in str(error)
    if error.line is not None:
        assert f"line {error.line}" in str(error)
    return error


def line_of(lines: list[str], wanted: str, *, after: int = 0) -> int:
    """The 1-based number of the first line equal to ``wanted`` after line ``after``."""
    return next(n for n, line in enumerate(lines, 1) if n > after and line.strip() == wanted)


def test_a_toml_syntax_error_names_its_line(tmp_path: Path) -> None:
    path, lines = with_change(tmp_path, "hours = 12", "hours 12")
    error = refusal(path)
    assert error.line == line_of(lines, "hours 12")
    assert "not valid TOML" in error.reason


def test_an_unclosed_array_at_the_end_is_refused_at_the_last_line(tmp_path: Path) -> None:
    path = tmp_path / "cut short.toml"
    path.write_text('name = "Zoë\'s procedure"\nversion = 1\nadvice = [\n  "Believe them",\n', "utf-8")
    error = refusal(path)
    assert error.line == 4
    assert "not valid TOML" in error.reason


def test_an_unknown_field_kind_is_refused_at_its_kind(tmp_path: Path) -> None:
    path, lines = with_change(tmp_path, 'kind = "datetime"', 'kind = "calendar"', occurrence=2)
    error = refusal(path)
    assert error.line == line_of(lines, 'kind = "calendar"')
    assert lines[error.line - 3] == 'id = "when_happened"'
    assert "kind" in error.reason and "'datetime'" in error.reason


def test_a_choice_field_without_choices_is_refused_at_the_field(tmp_path: Path) -> None:
    path, lines = with_change(tmp_path, 'choices = ["Yes", "No", "Not sure"]\n', "")
    error = refusal(path)
    ongoing = line_of(lines, 'id = "ongoing"')
    assert error.line == ongoing - 1
    assert lines[error.line - 1] == "[[steps.fields]]"
    assert "a choice field needs at least two choices" in error.reason


def test_a_choice_field_with_one_choice_is_refused_at_its_choices(tmp_path: Path) -> None:
    path, lines = with_change(tmp_path, 'choices = ["Yes", "No", "Not sure"]', 'choices = ["Yes"]')
    error = refusal(path)
    assert error.line == line_of(lines, 'choices = ["Yes"]')


def test_a_step_without_a_title_is_refused_at_the_step(tmp_path: Path) -> None:
    path, lines = with_change(tmp_path, 'title = "Decide what to do"\n', "")
    error = refusal(path)
    assert error.line == line_of(lines, 'id = "decide"') - 1
    assert lines[error.line - 1] == "[[steps]]"
    assert error.reason == "steps[7].title: this is required and missing"


def test_a_deadline_met_by_no_step_is_refused_at_the_reference(tmp_path: Path) -> None:
    path, lines = with_change(tmp_path, 'met_by_step = "act"', 'met_by_step = "action"')
    error = refusal(path)
    assert error.line == line_of(lines, 'met_by_step = "action"')
    assert "deadline 'act' is met by step 'action', which is not a step" in error.reason


def test_a_step_shown_a_deadline_that_does_not_exist_is_refused(tmp_path: Path) -> None:
    path, lines = with_change(tmp_path, 'deadline = "act"', 'deadline = "half_day"')
    error = refusal(path)
    assert error.line == line_of(lines, 'deadline = "half_day"')


def test_a_repeated_step_id_is_refused_at_the_second_use(tmp_path: Path) -> None:
    path, lines = with_change(tmp_path, 'id = "talk"', 'id = "assess"')
    error = refusal(path)
    first = line_of(lines, 'id = "assess"')
    assert error.line == line_of(lines, 'id = "assess"', after=first)
    assert "two steps have the id 'assess'" in error.reason


def test_a_repeated_field_id_is_refused_at_the_second_field(tmp_path: Path) -> None:
    path, lines = with_change(tmp_path, 'id = "witnesses"', 'id = "reported"')
    error = refusal(path)
    first = line_of(lines, 'id = "reported"')
    assert error.line == line_of(lines, 'id = "reported"', after=first)
    assert "two fields have the id 'reported'" in error.reason


def test_a_fifth_quadrant_is_refused_at_its_header(tmp_path: Path) -> None:
    extra = '[[matrix.quadrants]]\nrisk = "low"\nimpact = "low"\nexample = "a pun"\nresponse = "a sigh"\n\n'
    path, lines = with_change(tmp_path, "[[response_ladder]]\n", extra + "[[response_ladder]]\n")
    error = refusal(path)
    headers = [n for n, line in enumerate(lines, 1) if line == "[[matrix.quadrants]]"]
    assert len(headers) == 5
    assert error.line == headers[4]
    assert "a second quadrant for low risk and low impact" in error.reason


def test_a_quadrant_suggesting_no_rung_is_refused_at_its_suggestion(tmp_path: Path) -> None:
    path, lines = with_change(tmp_path, 'suggests = ["follow_up_later"]', 'suggests = ["shrug"]')
    error = refusal(path)
    assert error.line == line_of(lines, 'suggests = ["shrug"]')


def test_a_misspelt_key_is_refused_at_its_line(tmp_path: Path) -> None:
    path, lines = with_change(tmp_path, 'id = "care_water"\n', 'id = "care_water"\nrequierd = true\n')
    error = refusal(path)
    assert error.line == line_of(lines, "requierd = true")
    assert "misspelling" in error.reason


def test_two_steps_recording_one_part_are_refused(tmp_path: Path) -> None:
    path, lines = with_change(tmp_path, 'part = "talk"', 'part = "decision"')
    error = refusal(path)
    assert error.line == line_of(lines, 'part = "decision"', after=line_of(lines, 'part = "decision"'))


def test_a_missing_file_and_a_file_that_is_not_text_are_named(tmp_path: Path) -> None:
    missing = tmp_path / "Зоя.toml"
    assert "there is no such file" in str(refusal(missing))
    binary = tmp_path / "李.toml"
    binary.write_bytes(b"\xff\xfe\x00name")
    assert "not UTF-8" in str(refusal(binary))


def test_the_pocket_cards_first_minute_and_a_page_of_room_are_checked(tmp_path: Path) -> None:
    many = "first_minute = [\n" + "".join(f'  "Zeile {n}: Зоя",\n' for n in range(13))
    path, _ = with_change(tmp_path, "first_minute = [\n", many)
    assert "at most 12 lines" in refusal(path).reason
    path, _ = with_change(tmp_path, "first_minute = [\n", f'first_minute = [\n  "{"李" * 241}",\n')
    assert "240 characters" in refusal(path).reason
    path, _ = with_change(tmp_path, 'kind = "short_text"', 'kind = "short_text"\nroom = "page"')
    assert "only a long_text field can have a page of room" in refusal(path).reason
    path, _ = with_change(tmp_path, 'room = "page"', 'room = "wall"')
    assert "room" in str(refusal(path))
