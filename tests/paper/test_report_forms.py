"""The blank form a roaming responder carries, and the filled report for filing."""

from __future__ import annotations

import re

import pytest
from reportlab.lib.pagesizes import A4, LETTER

from cocdesk.domain import Case, Event, Party, Person
from cocdesk.domain.common import LONG_TEXT_MAX, SHORT_TEXT_MAX
from cocdesk.paper import blank_form, filled_report
from cocdesk.procedure import Procedure, default_procedure
from tests.paper.conftest import read
from tests.paper.samples import filed_case


def every_page_says(pages: list[str], *phrases: str) -> None:
    for number, text in enumerate(pages, start=1):
        for phrase in phrases:
            assert phrase.replace("{n}", str(number)) in text, f"page {number} lacks {phrase!r}"


def test_blank_form_has_every_step_item_and_question_in_order(procedure: Procedure) -> None:
    doc = read(blank_form(procedure))
    titles = [f"Step {n} of {len(procedure.steps)}: {s.title}" for n, s in enumerate(procedure.steps, 1)]
    positions = [doc.flat.index(title) for title in titles]
    assert positions == sorted(positions)
    for step in procedure.steps:
        for item in step.items:
            assert item.text in doc.flat
        for spec in step.fields:
            assert spec.label in doc.flat
            for choice in spec.choices:
                assert f"☐ {choice}" in doc.flat or f"☐\xa0{choice}" in doc.text or choice in doc.flat
    assert "Reference no." in doc.text and "Case code" in doc.text
    assert "Do: Believe them" in doc.flat and "Don’t: Ask what they want to happen" in doc.flat


def test_every_page_is_confidential_and_numbered(procedure: Procedure) -> None:
    document = blank_form(procedure)
    doc = read(document)
    assert document.pages > 3
    every_page_says(doc.pages, "Confidential: CoC team only", f"Page {{n}} of {document.pages}")


def test_without_an_event_the_form_leaves_blanks_for_it(procedure: Procedure, event: Event) -> None:
    bare = read(blank_form(procedure))
    assert bare.flat.startswith(
        "Code of Conduct incident report Event Dates Reference no."
    )  # lines to write on
    assert event.name not in bare.text
    named = read(blank_form(procedure, event))
    assert "PyCon Ελλάδα 2026" in named.text and "2026-06-02 to 2026-06-04" in named.text


def test_paper_size_follows_the_event(procedure: Procedure, event: Event) -> None:
    a4 = read(blank_form(procedure, event))
    letter = read(blank_form(procedure, event.model_copy(update={"paper_size": "letter"})))
    assert {tuple(round(x) for x in size) for size in a4.sizes} == {tuple(round(x) for x in A4)}
    assert {tuple(round(x) for x in size) for size in letter.sizes} == {tuple(round(x) for x in LETTER)}
    assert read(blank_form(procedure, event, paper="letter")).sizes[0] == letter.sizes[0]


def test_one_step_prints_alone(procedure: Procedure) -> None:
    document = blank_form(procedure, step_id="assess")
    doc = read(document)
    assert document.pages == 1
    assert "Step 7 of 14: Assess risk and impact" in doc.text
    assert "Gather information" not in doc.text
    assert "Persistent coordinated harassment" in doc.flat  # the matrix is printed to place the case
    with pytest.raises(KeyError):
        blank_form(procedure, step_id="nonexistent")


def test_the_shipped_procedure_prints(event: Event) -> None:
    procedure = default_procedure()
    doc = read(blank_form(procedure, event))
    for step in procedure.steps:
        assert step.title in doc.flat


def test_filled_report_shows_answers_ticks_people_and_timeline(
    procedure: Procedure, event: Event, case: Case
) -> None:
    doc = read(filled_report(procedure, event, case))
    flat = doc.flat
    assert "Зоя was followed between sessions" in flat
    assert "☒ No" in flat and "☐ Yes" in flat  # "is it still going on?" answered No
    assert "☒ Venue security" in flat and "☐ Police" in flat
    for name in ("Зоя Смирнова", "李伟", "Ελένη Κ.", "Łukasz"):
        assert name in flat
    assert "+7 900 000-00-00 (prefers Signal)" in flat
    assert "Repeated, after a clear no." in flat  # the placement's rationale
    assert "Ask the reported person to leave." in flat and "Removal from the event" in flat
    assert "Report received" in flat and "Action taken" in flat  # the timeline
    assert "2026-06-03 13:41 EEST" in flat  # times in the event's zone (received 10:41 UTC)
    assert f"Case code {case.code}" in flat and "P-001" in flat
    assert "Not answered" in flat  # questions without an answer say so rather than vanish
    every_page_says(doc.pages, "Confidential: CoC team only", "Page {n} of")


def test_the_longest_answers_flow_onto_further_pages_and_nothing_is_cut(
    procedure: Procedure, event: Event
) -> None:
    words = " ".join(f"Łukasz-{n} Зоя 李娜 Ελένη" for n in range(LONG_TEXT_MAX))[: LONG_TEXT_MAX - 20]
    story = words + " THE-VERY-END"
    unbroken = "x" * (SHORT_TEXT_MAX - 3) + "END"
    case = filed_case(2, text=story)
    case.people.append(
        Person(party=Party.WITNESS, name="W" * (SHORT_TEXT_MAX - 3) + "END", description=story)
    )
    case.steps["gather"] = case.steps["gather"].model_copy(
        update={"values": {"what_happened": story, "where": unbroken}}
    )
    document = filled_report(procedure, event, case)
    doc = read(document)
    assert document.pages > 10
    squashed = re.sub(r"\s+", "", doc.text)
    assert squashed.count("THE-VERY-END") == 2  # the answer and the witness description, to their last word
    assert "x" * (SHORT_TEXT_MAX - 3) + "END" in squashed  # a word longer than a line wraps, not overflows
    assert "W" * (SHORT_TEXT_MAX - 3) + "END" in squashed
    markers = re.findall(r"Łukasz-\d+ ", story)
    assert len(markers) > 600
    assert set(re.findall(r"Łukasz-\d+(?=Зоя)", squashed)) == {
        m.strip() for m in markers
    }  # every word printed


def test_every_script_is_printed_with_the_bundled_fonts(
    procedure: Procedure, event: Event, case: Case
) -> None:
    document = filled_report(procedure, event, case)
    doc = read(document)
    assert document.uncovered == ()
    assert not any("Helvetica" in font for font in doc.fonts)
    assert any("DejaVuSans" in font for font in doc.fonts)
    assert any("DroidSansFallback" in font for font in doc.fonts)  # 李 needs the CJK font


def test_a_character_no_font_has_is_reported_and_printed_as_its_code(
    procedure: Procedure, event: Event
) -> None:
    case = filed_case(3, text="Signed 𓀀 and தமிழ் by Зоя")
    document = filled_report(procedure, event, case)
    assert "𓀀" in document.uncovered and "த" in document.uncovered
    flat = read(document).flat
    assert "[U+13000]" in flat and "[U+0BA4]" in flat and "Зоя" in flat


def test_every_part_has_room_on_the_blank_form(procedure: Procedure) -> None:
    flat = read(blank_form(procedure)).flat
    for heading in (
        "Reporter’s consent",
        "Team meeting",
        "Risk and impact",
        "Decision for right now",
        "Event Lead Organiser’s agreement",
        "Action Who Due Done",
        "The talk",
        "Telling the reporter the outcome",
        "Filing with the Safety and Diversity Officer",
        "The announcement as approved",
        "{thing} happened.",
    ):
        assert heading in flat, heading
    for option in procedure.response_ladder:
        assert f"☐ {option.label}" in flat


def test_text_that_looks_like_markup_is_printed_as_typed(procedure: Procedure, event: Event) -> None:
    typed = "He wrote <b>stop</b> & <script>alert(1)</script> on the board"
    flat = read(filled_report(procedure, event, filed_case(4, text=typed))).flat
    assert typed in flat
