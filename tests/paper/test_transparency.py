"""The public transparency report: counts, small-count suppression, and no names, contacts or times."""

from __future__ import annotations

import re
from datetime import timedelta

from cocdesk.domain import Case, CaseStatus, Event, Level, Placement
from cocdesk.paper import transparency_figures, transparency_markdown, transparency_report
from cocdesk.paper.transparency import Scrubber
from cocdesk.procedure import Procedure
from tests.paper.conftest import read
from tests.paper.samples import filed_case

NAMES_AND_CONTACTS = (
    "Зоя",
    "Смирнова",
    "李伟",
    "李娜",
    "Ελένη",
    "Łukasz",
    "Wiśniewski",
    "eleni@example.org",
    "+7 900",
    "Παπαδοπούλου",
)


def placed(n: int, risk: Level, impact: Level, **changes: object) -> Case:
    case = filed_case(n)
    placement = Placement(risk=risk, impact=impact, rationale="Why.", by="Łukasz", at=case.received_at)
    return case.model_copy(update={"placements": [placement], **changes})


def sample_cases() -> list[Case]:
    cases = [placed(n, Level.HIGH, Level.HIGH) for n in range(5)]
    cases += [placed(5, Level.LOW, Level.LOW, status=CaseStatus.CLOSED)]
    cases += [
        placed(
            6,
            Level.LOW,
            Level.HIGH,
            public_summary="Зоя Смирнова (zoya@example.org, +7 900 000-00-00) "
            "was harassed at 14:30 by 李伟 near Ελένη's talk.",
        )
    ]
    return cases


def test_counts_below_three_are_shown_as_fewer_than_three(procedure: Procedure, event: Event) -> None:
    figures = transparency_figures(procedure, event, sample_cases())
    assert figures.counts.received.value == 7
    quadrants = {row.label: row.value for row in figures.tables[1].rows}
    assert quadrants == {"Likely, many": 5, "Likely, few": 0, "Unlikely, many": 1, "Unlikely, few": 1}
    flat = read(transparency_report(procedure, event, sample_cases())).flat
    assert "Reports received 7" in flat
    # 5 shown beside two counts below 3 and the total would give their sum (2): both are then 1
    assert "Likely, many 3 or more" in flat
    assert "Unlikely, many fewer than 3" in flat and "Unlikely, few fewer than 3" in flat
    counts = re.sub(r"Page \d+ of \d+|2026-\d\d-\d\d|PyCon Ελλάδα 2026", "", flat.split("The cases")[0])
    assert not re.search(r"\b[12]\b", counts), "a count of 1 or 2 slipped through"


def test_fewer_than_three_reports_in_all_is_not_a_number(procedure: Procedure, event: Event) -> None:
    markdown = transparency_markdown(procedure, event, sample_cases()[:2])
    assert "| Reports received | fewer than 3 |" in markdown
    assert markdown.count("fewer than 3") == 2  # the reports and the people named, once each
    assert "fewer than 3 of" not in markdown
    assert "An attendee was followed" not in markdown  # two descriptions would count the two reports


def test_no_names_contacts_or_times_of_day_anywhere(procedure: Procedure, event: Event) -> None:
    cases = sample_cases()
    pdf = read(transparency_report(procedure, event, cases)).flat
    markdown = transparency_markdown(procedure, event, cases)
    for text in (pdf, markdown):
        for private in (*NAMES_AND_CONTACTS, "zoya@example.org", "14:30", "EEST", "UTC"):
            assert private not in text, private
        assert not re.search(r"\d{1,2}:\d{2}", text)
        assert "was harassed at [withheld] by [withheld] near [withheld]" in text.replace("\\", "")


def test_acting_in_time_counts_against_the_events_deadline(procedure: Procedure, event: Event) -> None:
    cases = [filed_case(n) for n in range(8)]
    done = [c.actions[0].done_at for c in cases]
    limit = timedelta(hours=12)
    in_time = len([c for c, at in zip(cases, done, strict=True) if at and at - c.received_at <= limit])
    assert 3 <= in_time <= 5  # the samples act within 4 or 20 hours
    timeliness = transparency_figures(procedure, event, cases).tables[2]
    assert timeliness.total.value == 8
    assert [(r.label, r.value) for r in timeliness.rows] == [
        ("Within 12 hours of the report", in_time),
        ("Later", 8 - in_time),
    ]
    longer = event.model_copy(update={"deadline_hours": {"act": 24}})
    assert transparency_figures(procedure, longer, cases).tables[2].rows[0].value == 8


def test_report_has_the_promotion_and_each_case_description_by_day(
    procedure: Procedure, event: Event
) -> None:
    cases = sample_cases()
    flat = read(transparency_report(procedure, event, cases, paper="letter")).flat
    assert "On every badge, in the opening talk and on posters" in flat
    assert flat.count("An attendee was followed after declining an invitation") == 6
    assert "2026-06-03: An attendee" in flat and "· Likely, many" not in flat
    markdown = transparency_markdown(procedure, event, cases)
    assert markdown.startswith("# Code of Conduct transparency report: PyCon Ελλάδα 2026")
    assert "| Likely, many | 3 or more |" in markdown and "| Unlikely, few | fewer than 3 |" in markdown
    described = "- **2026-06-03**: [withheld] ([withheld], [withheld]) was"
    assert described in markdown.replace("\\", "")


def test_a_short_name_part_does_not_withhold_ordinary_words() -> None:
    scrub = Scrubber({"Al Nowak", "José Ramírez", "At the registration desk"})
    assert scrub("Harassment at a party, all day") == "Harassment at a party, all day"
    assert scrub("Al and nowak were told") == "[withheld] and [withheld] were told"


def test_descriptions_that_end_a_page_flow_over_whatever_is_above_them(
    procedure: Procedure, event: Event
) -> None:
    for n in (10, 11, 12, 40):  # the page's last description falls at a different height each time
        cases = [filed_case(i) for i in range(n)]
        flat = read(transparency_report(procedure, event, cases)).flat
        assert flat.count("An attendee was followed after declining an invitation") == n
