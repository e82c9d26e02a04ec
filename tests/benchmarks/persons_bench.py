"""The same person across reports: how fast the desk suggests the earlier reports whose reported
person matches a new report's, among 10,000 cases (the index of reported people, schema migration 6).

The 10,000 cases are the demo's, each reported person given a name from a pool in several scripts
(60 given names by 60 family names) and a description of a few words from a vocabulary of clothes,
colours and things carried, some with a handle. A new report is taken, its reported person written
(a name seen before written in another script, a description sharing words), and the suggestions for
it read: the median of 25 such reports, in milliseconds. Each save is then checked against the held
reports (what the window asks after every save), with none held and with 40 held.
"""

from __future__ import annotations

import json
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

Row = tuple[str, float | str, str, bool]
CASES = 10_000
REPORTS = 25
HELD = 40
TARGET_MS = 50.0
GIVEN = [
    "Łukasz", "Зоя", "José", "Amélie", "Mehmet", "Søren", "Ελένη", "Анна", "Paulina", "Óscar", "Chiara",
    "Siobhán", "Nguyễn", "Ingrid", "Kwame", "Mateus", "Björn", "Hana", "Yusuf", "Leila", "Tomasz",
    "Irina", "Dmitri", "Aiko", "Kenji", "Priya", "Arjun", "Fatima", "Omar", "Nadia", "Pavel", "Olga",
    "Marta", "Jakub", "Elif", "Emre", "Sofia", "Lucas", "Mia", "Noah", "Ava", "Liam", "Chloé", "Hugo",
    "Léa", "Jonas", "Freya", "Astrid", "Mateo", "Valentina", "Diego", "Camila", "Rafael", "Beatriz",
    "Kofi", "Ama", "Tariq", "Zainab", "Ivan", "Milena",
]  # fmt: skip
FAMILY = [
    "Nowak", "Иванова", "Ramírez", "Durand", "Yılmaz", "Ødegård", "Παπαδοπούλου", "Кузнецова",
    "Zielińska", "Peña", "Bianchi", "Ní Bhriain", "Berg", "Mensah", "Silva", "Ålstrøm", "Tanaka",
    "Kowalski", "Schmidt", "Müller", "Dubois", "Rossi", "García", "Fernández", "López", "Martins",
    "Santos", "Costa", "Haddad", "Nasser", "Petrov", "Sokolov", "Popescu", "Horvat", "Novak", "Kaya",
    "Demir", "Şahin", "Öztürk", "Lindqvist", "Johansson", "Larsen", "Hansen", "Virtanen", "Korhonen",
    "O'Brien", "Murphy", "Kelly", "Singh", "Patel", "Sharma", "Khan", "Ahmed", "Okafor", "Adeyemi",
    "Mwangi", "Otieno", "Nakamura", "Suzuki", "Watanabe",
]  # fmt: skip
WORDS = [
    "red", "green", "blue", "yellow", "black", "white", "grey", "orange", "purple", "pink", "hoodie",
    "jacket", "cap", "scarf", "glasses", "beard", "backpack", "lanyard", "badge", "sneakers", "boots",
    "sticker", "laptop", "tattoo", "ponytail", "curly", "tall", "short", "speaker", "volunteer",
    "sponsor", "booth", "denim", "leather", "striped", "checked", "beanie", "earrings", "umbrella",
]  # fmt: skip
HANDLES = ["nightowl", "bytebandit", "rustacean", "pixelfox", "owl42", "kernelpanic", "sudo_sam"]


def _person(rng: random.Random) -> tuple[str, str]:
    name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
    words = rng.sample(WORDS, k=rng.randint(2, 5))
    if rng.random() < 0.1:
        words += ["badge", "says", rng.choice(HANDLES)]
    return name, "Attendee, " + " ".join(words)


def _vault(folder: Path) -> Path:
    from cocdesk.demo import generate_cases
    from cocdesk.desk import Desk
    from cocdesk.domain import Party, Person
    from cocdesk.vault import person_index
    from tests.station_vaults import FAST, LEAD, PASSPHRASES, summit_event

    path = folder / "persons.cocdesk"
    rng = random.Random(7)
    with Desk.create(path, summit_event(), LEAD, PASSPHRASES[LEAD], kdf=FAST) as desk:
        generate_cases(desk.vault, CASES)

        def vary(connection: Any) -> None:
            rows = list(connection.execute("SELECT case_id, body FROM case_parts WHERE part = 'people'"))
            adapter = Person.model_validate
            for case_id, body in rows:
                people = [adapter(p) for p in json.loads(body)]
                name, description = _person(rng)
                people = [
                    p.model_copy(update={"name": name, "description": description})
                    if p.party == Party.REPORTED
                    else p
                    for p in people
                ]
                dumped = json.dumps([p.model_dump(mode="json") for p in people], ensure_ascii=False)
                connection.execute(
                    "UPDATE case_parts SET body = ? WHERE case_id = ? AND part = 'people'", (dumped, case_id)
                )
                person_index.write_people(connection, case_id, people)

        desk.vault._write("case.generate", "Varied the reported people", None, {}, vary)
    return path


def _saves(desk: Any, rng: random.Random, timings: list[float], held_checks: list[float]) -> int:
    """Take ``REPORTS`` new reports; time their suggestions and their check against held reports."""
    from cocdesk.domain import Party, Person

    found = 0
    for _ in range(REPORTS):
        name, description = _person(rng)
        if name.startswith("Łukasz"):
            name = name.replace("Łukasz", "Лукаш")
        case = desk.take_report(title="A new report")
        desk.set_part(case.id, "people", [Person(party=Party.REPORTED, name=name, description=description)])
        started = time.perf_counter()
        found += len(desk.suggestions(case.id))
        timings.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        desk.held_alerts_for(case.id)  # what the window asks after every save
        held_checks.append((time.perf_counter() - started) * 1000)
    return found


def run() -> list[Row]:
    from cocdesk.desk import Desk
    from tests.station_vaults import LEAD, PASSPHRASES

    rng = random.Random(11)
    timings: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        path = _vault(Path(folder))
        with Desk.open(path, LEAD, PASSPHRASES[LEAD]) as desk:
            held_checks: list[float] = []
            with_held: list[float] = []
            linked_reads: list[float] = []
            found = _saves(desk, rng, timings, held_checks)
            open_ids = [s.id for s in desk.cases() if s.status.is_open]
            for case_id in rng.sample(open_ids, HELD):
                desk.hold(case_id, "Keep it; act only if someone else reports them")
            found += _saves(desk, rng, timings, with_held)
            for _ in range(5):
                started = time.perf_counter()
                desk.linked_codes()  # what the board reads for its cards
                linked_reads.append((time.perf_counter() - started) * 1000)
    median = statistics.median(timings)
    held, linked = statistics.median(held_checks), statistics.median(linked_reads)
    among = statistics.median(with_held)
    return [
        (
            f"check a save against held reports, none held, {CASES:,} cases (ms, median)",
            held,
            "< 10",
            held < 10,
        ),
        (
            f"check a save against held reports, {HELD} held among {CASES:,} cases (ms, median)",
            among,
            "< 20",
            among < 20,
        ),
        (
            f"read every confirmed link for the board, {CASES:,} cases (ms, median)",
            linked,
            "< 100",
            linked < 100,
        ),
        (
            f"suggest matches for a new report among {CASES:,} cases (ms, median of {2 * REPORTS};"
            f" {found / (2 * REPORTS):.1f} suggested on average)",
            median,
            f"< {TARGET_MS:.0f}",
            median < TARGET_MS,
        ),
    ]
