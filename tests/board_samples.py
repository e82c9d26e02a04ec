"""Desks for the board's tests, benchmarks and screenshots: the station's team vault plus a case that
waits in the tray, and a generator of many open cases for the benchmarks."""

from __future__ import annotations

import random
from datetime import timedelta
from pathlib import Path

from cocdesk.desk import Desk
from cocdesk.domain import Level, Party, Person, now
from tests.station_vaults import LEAD, create_team_vault, desk_as

TRAY_REPORTER, TRAY_REPORTED = "Ελένη Καραγιάννη", "张伟"
TRAY_TITLE = "Messages in the conference chat"


def board_desk(path: Path) -> Desk:
    """The team vault, open at the desk as the CoC team lead, with one more case not yet placed."""
    create_team_vault(path)
    desk = desk_as(path, LEAD)
    waiting = desk.take_report(title=TRAY_TITLE, received_at=now() - timedelta(hours=13))
    desk.set_part(
        waiting.id,
        "people",
        [
            Person(party=Party.REPORTER, name=TRAY_REPORTER, contact="eleni@example.gr"),
            Person(party=Party.REPORTED, name=TRAY_REPORTED, description="Speaker badge"),
        ],
    )
    return desk


def party_names(desk: Desk) -> set[str]:
    """Every name and contact of every party of every case the desk shows (the lead is shown all)."""
    found: set[str] = set()
    for summary in desk.cases():
        for person in desk.case(summary.id).people:
            found |= {text for text in (person.name, person.contact, person.description) if text}
    return found


TITLES = (
    "Remarks at the social evening",
    "Slide in a lightning talk",
    "Unwanted photos in the hallway",
    "Messages in the conference chat",
    "Comment during a workshop",
    "Following someone between talks",
)
NAMES = ("Łukasz Nowak", "Зоя Петрова", "李娜", "Ελένη Νικολάου", "José Ñúñez", "Ægir Þórsson")


def add_open_cases(desk: Desk, count: int, *, seed: int = 5) -> None:
    """``count`` open cases received over the last day, most placed, a few in the tray, each with a name."""
    chance = random.Random(seed)
    levels = (Level.LOW, Level.HIGH)
    for index in range(count):
        received = now() - timedelta(minutes=chance.randint(5, 24 * 60))
        case = desk.take_report(title=chance.choice(TITLES), received_at=received)
        name = f"{chance.choice(NAMES)} {index}"
        desk.set_part(case.id, "people", [Person(party=Party.REPORTER, name=name)])
        if index % 10:
            desk.place(case.id, chance.choice(levels), chance.choice(levels), "Generated for the benchmark")
