"""The board on paper: one page, the procedure's words, codes and titles in their quadrants, no names."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from cocdesk.board.cards import card_for
from cocdesk.desk import Desk
from cocdesk.domain import now
from cocdesk.paper.board import board_pdf
from tests.board_samples import TRAY_TITLE, add_open_cases, board_desk, party_names
from tests.station_vaults import ZOYA


@pytest.fixture
def desk(tmp_path: Path):
    with board_desk(tmp_path / "board.cocdesk") as opened:
        yield opened


def text_of(pdf: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def cards(desk: Desk):
    return [card_for(summary) for summary in desk.cases()]


def test_the_printed_board_has_the_quadrants_codes_and_titles_and_no_names(desk: Desk) -> None:
    document = board_pdf(desk.procedure.matrix, cards(desk), now(), event=desk.event)
    pages, text = text_of(document.pdf)
    assert pages == document.pages == 1
    for words in ("Low risk", "High risk", "verbal warning", "persistent coordinated harassment"):
        assert words in text
    for card in cards(desk):
        assert (card.code in text) == card.is_open  # closed and filed cases are not on the board
    assert "Remarks at the social evening" in text and TRAY_TITLE in text and "Not yet placed" in text
    assert [name for name in [*party_names(desk), ZOYA, desk.member.name] if name in text] == []


def test_titles_in_any_script_are_printed_not_boxed(desk: Desk) -> None:
    titled = [replace(card, title="Łódź 李 Зоя Ελένη") if card.is_open else card for card in cards(desk)]
    document = board_pdf(desk.procedure.matrix, titled, now(), event=desk.event)
    text = text_of(document.pdf)[1]
    assert all(part in text for part in ("Łódź", "李", "Зоя Ελένη")) and document.uncovered == ()


def test_five_hundred_cases_still_fit_on_one_page(desk: Desk) -> None:
    add_open_cases(desk, 120)
    many = cards(desk) * 4
    document = board_pdf(desk.procedure.matrix, many, now(), event=desk.event, paper="letter")
    pages, text = text_of(document.pdf)
    assert pages == 1 and "more on the station's board" in text
