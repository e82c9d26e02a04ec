"""Spellings of a reporter's or a witness's name the Event Lead Organiser does not read (a genitive,
the ASCII spelling of a letter, pinyin for a Chinese name written in Russian letters), and the ordinary
words those rules must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from cocdesk.domain import Party, Person
from cocdesk.identity import NameMatcher
from cocdesk.identity import Person as Named
from tests.gui.wizard_support import desk_vault, open_desk
from tests.station_vaults import EVENT_LEAD


@pytest.mark.parametrize(
    "typed",
    [
        "Ålstrøms partner was there",  # a Scandinavian genitive, as "Björns" and "Smiths"
        "Bjoern Aalstroem was there",  # ö, å, ø as ASCII writes them (a passport, an e-mail address)
        "Chen Xin was there",  # Синь in pinyin: "Chen" is withheld, "Xin" is left
    ],
)
def test_the_event_lead_reads_no_spelling_of_their_names(tmp_path: Path, typed: str) -> None:
    path = desk_vault(tmp_path)
    with open_desk(path) as desk:
        case = desk.take_report(title="At the bar")
        desk.set_part(
            case.code,
            "people",
            [
                Person(party=Party.REPORTER, name="Björn Ålstrøm"),
                Person(party=Party.WITNESS, name="Чэнь Синь"),
            ],
        )
        desk.answer(case.code, "gather", "what_happened", typed)
    with open_desk(path, EVENT_LEAD) as desk:
        read = str(desk.case(case.code).steps["gather"].values["what_happened"])
    for word in ("Ålstrøm", "Bjoern", "Aalstroem", "Xin"):
        assert word not in read, read


def matcher(*names: str) -> NameMatcher:
    return NameMatcher([Named(label="[reporter]", names=(name,)) for name in names])


@pytest.mark.parametrize(
    ("name", "typed"),
    [
        ("Jürgen Müller", "Juergen Mueller"),
        ("Åsa Ødegård", "Aasa Oedegaard"),
        ("Mäkelä Sörensen", "Maekelae Soerensen"),
        ("Åsa Ødegård", "Ødegårds"),
        ("Maria Kowalska", "Marias"),
        ("Сюй Цзин", "Xu Jing"),
        ("Чжан Си", "Zhang Xi"),
        ("Лю Ся", "Liu Xia"),
    ],
)
def test_other_names_are_found_in_the_same_spellings(name: str, typed: str) -> None:
    assert matcher(name).withhold(f"{typed} came by") == "[reporter] came by"


def test_the_new_spellings_withhold_no_ordinary_word() -> None:
    found = matcher(
        "Björn Ålstrøm",
        "Чэнь Синь",
        "Jürgen Müller",
        "Åsa Ødegård",
        "Rosa Maria",
        "Сюй Цзин",
        "Максим Сидоров",
        "Иван Ли",
    )
    text = (
        "The goes does aas oes ues aes: son, been, boat, queue, muesli, Xinjiang, roses, marks, maxim, xing,"
        " alstroemeria, away, sure, shoes, toes, aardvark, bazaar, ship, sit, jig, quick, zip, is, as, us,"
        " van, gang, sing, wing, king, song, long, ring, zhang"
    )
    assert found.withhold(text) == text
