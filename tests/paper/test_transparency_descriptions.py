"""The team's descriptions in the public transparency report: no name of anyone in any case, however it
was typed, and nothing that counts what the tables keep to a range."""

from __future__ import annotations

from cocdesk.domain import Case, CaseStatus, Event, Level, Party, Person, Placement
from cocdesk.flow.transparency import OUTCOME_LABELS, STILL_OPEN
from cocdesk.paper import transparency_figures, transparency_markdown, transparency_report
from cocdesk.paper.transparency import NOT_LISTED
from cocdesk.procedure import Procedure
from tests.paper.conftest import read
from tests.paper.samples import filed_case

SUMMARY = "Remarks in a talk; the speaker was warned."


def with_people(
    n: int, summary: str, *people: Person, where: tuple[Level, Level] = (Level.HIGH, Level.HIGH)
) -> Case:
    case = filed_case(n)
    placement = Placement(risk=where[0], impact=where[1], rationale="Why.", by="Łukasz", at=case.received_at)
    return case.model_copy(
        update={"people": list(people), "public_summary": summary, "placements": [placement]}
    )


def plain(n: int, where: tuple[Level, Level] = (Level.HIGH, Level.HIGH)) -> Case:
    return with_people(n, SUMMARY, where=where)


def the_cases(markdown: str) -> str:
    """The "The cases" part of the Markdown report."""
    return markdown.split("## The cases", 1)[1].split("---", 1)[0] if "## The cases" in markdown else ""


def test_the_reported_persons_name_transliterated_does_not_reach_the_report(
    procedure: Procedure, event: Event
) -> None:
    told = with_people(
        0,
        "Bjorn Alstrom made remarks at the bar; his friend Zoja Iwanowa was warned too.",
        Person(party=Party.REPORTED, name="Björn Ålstrøm"),
        Person(party=Party.REPORTED, name="Зоя Иванова"),
    )
    cases = [told, plain(1), plain(2)]
    for text in (
        transparency_markdown(procedure, event, cases),
        read(transparency_report(procedure, event, cases)).flat,
    ):
        assert "made remarks at the bar" in text  # the description is there ...
        for name in ("Bjorn", "Alstrom", "Ålstrøm", "Zoja", "Iwanowa"):  # ... and names no one
            assert name not in text, name


def test_a_reporters_name_in_another_cases_description_does_not_reach_the_report(
    procedure: Procedure, event: Event
) -> None:
    zoya = with_people(0, "Remarks at the bar.", Person(party=Party.REPORTER, name="Зоя Смирнова"))
    li = with_people(1, "Remarks at the bar.", Person(party=Party.WITNESS, name="李明"))
    mentions = with_people(2, "Zoya Smirnova and Li Ming saw it too; the person was warned.")
    text = transparency_markdown(procedure, event, [zoya, li, mentions])
    assert "[withheld] and [withheld] saw it too; the person was warned." in text.replace("\\", "")
    assert "Zoya" not in text and "Smirnova" not in text
    assert "Li Ming" not in text


def test_the_descriptions_do_not_count_a_quadrant_the_table_keeps_to_a_range(
    procedure: Procedure, event: Event
) -> None:
    lone = (Level.LOW, Level.HIGH)
    cases = [plain(n) for n in range(4)] + [plain(4, where=lone)]
    figures = transparency_figures(procedure, event, cases)
    name = procedure.matrix.name(*lone)
    row = next(r for r in figures.tables[1].rows if r.label == name)
    assert row.shown == "fewer than 3"  # the table says 1 or 2 ...
    markdown = transparency_markdown(procedure, event, cases)
    listed = the_cases(markdown)
    assert listed.count(SUMMARY) == 5  # ... and the list of the cases says none of them is in it
    for label in [*(procedure.matrix.name(r, i) for r in Level for i in Level), *OUTCOME_LABELS.values()]:
        assert label not in listed, label
    flat = read(transparency_report(procedure, event, cases)).flat
    assert "2026-06-03: Remarks in a talk" in flat and f"· {name}" not in flat


def test_the_number_of_descriptions_does_not_give_away_what_is_still_open(
    procedure: Procedure, event: Event
) -> None:
    finished = [plain(n) for n in range(5)]
    one_open = [*finished, plain(5).model_copy(update={"status": CaseStatus.ACTED})]
    markdown = transparency_markdown(procedure, event, one_open, final=False)
    assert f"| {STILL_OPEN} | fewer than 3 |" in markdown
    # five descriptions beside six reports would say one is still open
    assert SUMMARY not in markdown and NOT_LISTED in markdown
    assert NOT_LISTED in read(transparency_report(procedure, event, one_open, final=False)).flat
    three_open = one_open + [plain(n).model_copy(update={"status": CaseStatus.RECEIVED}) for n in (6, 7)]
    markdown = transparency_markdown(procedure, event, three_open, final=False)
    assert f"| {STILL_OPEN} | 3 |" in markdown  # printed as a number: the list adds nothing to it
    assert the_cases(markdown).count(SUMMARY) == 5 and NOT_LISTED not in markdown


def test_a_word_a_team_said_is_not_a_name_is_still_withheld_in_public(
    procedure: Procedure, event: Event
) -> None:
    will = Person(party=Party.WITNESS, name="Will Åberg")
    said = with_people(0, "The speaker will apologise to Åberg.", will)
    said = said.model_copy(update={"identity": said.identity.model_copy(update={"unmarked": ["will"]})})
    text = transparency_markdown(procedure, event, [said, plain(1), plain(2)])
    assert "The speaker [withheld] apologise to [withheld]." in text.replace("\\", "")
