"""The blank form away from the desk: the danger first with whom to call, room for the account, and
choices whose boxes stay with their labels."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4

from cocdesk.domain import Contact, CrisisContacts, Event
from cocdesk.paper import blank_form
from cocdesk.paper.page import MARGIN_BOTTOM, MARGIN_TOP, PaperSize
from cocdesk.procedure import default_procedure
from tests.cli_support import LEAD, LEAD_PASSPHRASE, Cli, cli, make_vault
from tests.paper.conftest import read
from tests.paper.glyphs import rectangles, runs

__all__ = ["cli"]

ACCOUNT = "What happened, in their own words *"


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_account_gets_most_of_a_page_and_a_line_to_go_on_overleaf(event: Event, paper: PaperSize) -> None:
    for made in (blank_form(default_procedure(), event, paper=paper), blank_form(default_procedure())):
        doc = read(made)
        page = next(n for n, text in enumerate(doc.pages, start=1) if ACCOUNT in text)
        printable = doc.sizes[page - 1][1] - MARGIN_TOP - MARGIN_BOTTOM
        tallest = max(height for _, height in rectangles(made, page))
        assert tallest >= 0.6 * printable, (page, tallest, printable)
        assert "Continue overleaf" in doc.pages[page - 1]
        assert "What happened, in their own words (continued)" in doc.pages[page]  # the next page
        assert max(height for _, height in rectangles(made, page + 1)) >= 0.6 * printable


def test_the_account_printed_with_its_step_alone_gets_most_of_a_page_too() -> None:
    made = blank_form(default_procedure(), step_id="gather")
    doc = read(made)
    page = next(n for n, text in enumerate(doc.pages, start=1) if ACCOUNT in text)
    assert "Step 2 of 14: Gather information" in doc.pages[page - 1]  # its step's heading goes with it
    assert max(height for _, height in rectangles(made, page)) >= 0.6 * (A4[1] - MARGIN_TOP - MARGIN_BOTTOM)


def test_the_danger_question_comes_before_the_care_checklist() -> None:
    flat = read(blank_form(default_procedure())).flat
    danger = flat.index("Is anyone in immediate danger?")
    for care in ("Move to a private channel", "Offered quiet", "Offered water", "Offered medical help"):
        assert danger < flat.index(care), care


def with_contacts(event: Event) -> Event:
    return event.model_copy(
        update={
            "crisis_contacts": CrisisContacts(
                venue_security=Contact(name="Зоя Петрова", phone="+48 600 100 200"),
                police_emergency=Contact(name="Police (emergency)", phone="112"),
                medical=Contact(name="李医生", phone="+48 600 300 400", note="Sala B"),
            )
        }
    )


def test_the_crisis_contacts_stand_where_the_danger_is_asked(event: Event) -> None:
    flat = read(blank_form(default_procedure(), with_contacts(event))).flat
    danger = flat.index("Is anyone in immediate danger?")
    block = flat[danger : flat.index("Was a crisis call made?")]
    for words in (
        "If yes, call now",
        "Зоя Петрова",
        "+48 600 100 200",
        "李医生 · Sala B",
        "+48 600 300 400",
        "112",
    ):
        assert words in block, (words, block)
    bare = read(blank_form(default_procedure())).flat
    block = bare[bare.index("Is anyone in immediate danger?") : bare.index("Was a crisis call made?")]
    assert "Venue security" in block and "Police: emergency" in block and "Medical" in block
    assert "Name" in block and "Phone" in block  # lines to write them on


def test_a_form_made_from_the_vault_carries_its_crisis_contacts(tmp_path: Path, cli: Cli) -> None:
    vault = tmp_path / "Łódź.cocdesk"
    make_vault(vault)
    from cocdesk.desk import Desk

    with Desk.open(vault, LEAD, LEAD_PASSPHRASE) as desk:
        desk.update_event(with_contacts(desk.event))
    out = tmp_path / "blank.pdf"
    ran = cli(
        "forms", "blank", str(out), "--vault", str(vault), "--member", LEAD, passphrases=[LEAD_PASSPHRASE]
    )
    assert ran.code == 0, ran.err
    from pypdf import PdfReader

    flat = " ".join(" ".join(page.extract_text() for page in PdfReader(out).pages).split())
    block = flat[flat.index("Is anyone in immediate danger?") : flat.index("Was a crisis call made?")]
    assert "Зоя Петрова" in block and "+48 600 100 200" in block and "李医生" in block


def test_every_box_stands_on_the_line_of_its_label(event: Event) -> None:
    made = blank_form(default_procedure(), event)
    found = runs(made)
    boxes: list[tuple[str, float, int]] = []  # (label, baseline, page) of every box
    for n, run in enumerate(found):
        if run.text.strip() != "☐":
            continue
        label = found[n + 1]
        assert label.page == run.page and abs(label.y - run.y) < 1, (run, label)
        boxes.append((label.text.strip(), run.y, run.page))
    assert len(boxes) > 40
    pairs = {"Yes": "No", "Low": "High", "Agreed": "Not agreed"}
    together = 0
    for (first, y, page), (second, y2, page2) in itertools.pairwise(boxes):
        if first in pairs:  # two short choices: side by side on one line, none wrapped to the next
            assert second == pairs[first] and (y2, page2) == (y, page), (first, second, y, y2)
            together += 1
    assert together >= 5  # yes/no twice, risk and impact, the Event Lead Organiser's answer
    flat = read(made).flat
    for choice in ("☐ Low", "☐ High", "☐ Agreed", "☐ Not agreed", "☐ Yes", "☐ No"):
        assert choice in flat
