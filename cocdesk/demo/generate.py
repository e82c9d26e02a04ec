"""Many varied, valid cases at once, for benchmarks and for trying the board at scale.

Answers are made from the vault's own procedure (whatever its steps and fields), so every generated case
is one the procedure accepts. The cases are written in one transaction through the vault's internal
writer (``Vault._write`` with ``records.write_case``), with one audit entry for the whole batch: ten
thousand separate saves would each wait for the disk.
"""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from cocdesk.demo.builder import Draft, last_step_done
from cocdesk.domain.case import (
    Action,
    AnswerValue,
    Case,
    CaseStatus,
    Communication,
    Decision,
    Level,
    Meeting,
    Party,
    Person,
    Placement,
    new_code,
)
from cocdesk.domain.common import now
from cocdesk.procedure.fields import FieldKind, FieldSpec
from cocdesk.vault import Vault
from cocdesk.vault.records import write_case

NAMES = [
    "Łukasz Nowak", "Ελένη Παπαδοπούλου", "Зоя Смирнова", "李明", "田中 さくら", "ليلى حداد", "José Ramírez",
    "Nguyễn Thị Hoa", "Siobhán Ní Bhriain", "Mehmet Yılmaz", "Søren Ødegård", "김민준", "Ἀλέξανδρος Νικολάου",
    "Анна Кузнецова", "王芳", "Amélie Durand", "Paulina Zielińska", "Óscar Peña", "Chiara Bianchi",
]  # fmt: skip
PLACES = [
    "Hall A",
    "Hall C, afternoon talk",
    "Coffee area",
    "Evening party",
    "Conference chat",
    "Sprint room",
]
SENTENCES = [
    "Someone kept making comments about how I look.",
    "He stood too close and touched my arm after I stepped away.",
    "They made a joke about my accent in front of the group.",
    "I was followed from the talk to the lunch hall.",
    "Messages kept coming after I asked them to stop.",
    "A slide in the talk showed a sexualised picture.",
    "She was told she did not look like a real developer.",
    "It happened again later the same day.",
]
WEIGHTS = {
    CaseStatus.RECEIVED: 2,
    CaseStatus.ASSESSING: 2,
    CaseStatus.DECIDED: 1,
    CaseStatus.ACTED: 2,
    CaseStatus.FILED: 2,
    CaseStatus.CLOSED: 1,
}


def generate_cases(vault: Vault, n: int, *, seed: int = 0) -> None:
    """Write ``n`` varied cases in every status and quadrant, received over the last three days."""
    rng = random.Random(seed)
    taken = {summary.code for summary in vault.list_cases()}
    at, members = now(), [member.name for member in vault.members()]
    cases = []
    for _ in range(n):
        code = new_code()
        while code in taken:
            code = new_code()
        taken.add(code)
        draft = Draft(vault.procedure, vault.event, at, rng.choice(members))
        cases.append(_one_case(draft, members, rng).model_copy(update={"code": code}))

    def write_all(connection: Any) -> None:
        for case in cases:
            write_case(connection, case)

    vault._write("case.generate", f"Generated {n} sample cases", None, {"count": n}, write_all)


def _one_case(draft: Draft, members: list[str], rng: random.Random) -> Case:
    """A case like ``draft`` (received then, by then) moved back by a random time and status."""
    status = rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]
    hours_ago = rng.uniform(1, 11) if status == CaseStatus.RECEIVED else rng.uniform(13, 72)
    procedure, by = draft.procedure, draft.by
    draft = Draft(procedure, draft.event, draft.received - timedelta(hours=hours_ago), by)
    last = last_step_done(procedure, status)
    answers: dict[str, dict[str, AnswerValue]] = {}
    for step in procedure.steps:
        answers[step.id] = {spec.id: _answer(spec, rng, draft) for spec in step.fields if rng.random() < 0.8}
        if step.id == last:
            break
    parts: dict[str, Any] = {"people": _people(rng)}
    if status != CaseStatus.RECEIVED:
        team = rng.sample(members, k=min(3, len(members)))
        parts["meeting"] = Meeting(at=draft.at(120), present=team)
        parts["placements"] = [
            Placement(risk=rng.choice(list(Level)), impact=rng.choice(list(Level)), by=by, at=draft.at(135),
                      rationale=rng.choice(["Repeated after a clear no.", "Once, in private.", "In public."]))
        ]  # fmt: skip
    if status not in (CaseStatus.RECEIVED, CaseStatus.ASSESSING):
        decision = Decision(
            text="A verbal warning.", response="verbal_warning", owner=by, by=by, at=draft.at(160)
        )
        parts["decisions"] = [decision]
        talk = Action(
            text="Talk with the reported person", owner=by, done_at=draft.at(250), carries_out=decision.id
        )
        parts["actions"] = [talk]
        parts["communications"] = [Communication(kind="talk", at=draft.at(280), by=by, summary="Told them.")]
    if status == CaseStatus.CLOSED:
        parts["public_summary"] = "An attendee behaved inappropriately and was spoken to by the team."
    return draft.case(status=status, done_through=last, answers=answers, title=rng.choice(PLACES), **parts)


def _answer(spec: FieldSpec, rng: random.Random, draft: Draft) -> AnswerValue:
    kind = spec.kind
    value: AnswerValue
    if kind == FieldKind.SHORT_TEXT:
        value = rng.choice(PLACES)
    elif kind == FieldKind.LONG_TEXT:
        value = " ".join(rng.sample(SENTENCES, k=rng.randint(1, 4)))
    elif kind == FieldKind.CHOICE:
        value = rng.choice(spec.choices)
    elif kind == FieldKind.MULTI_CHOICE:
        value = rng.sample(spec.choices, k=rng.randint(1, len(spec.choices)))
    elif kind == FieldKind.YES_NO:
        value = rng.random() < 0.2
    elif kind == FieldKind.DATETIME:
        value = draft.at(-rng.randint(5, 600)).isoformat()
    elif kind == FieldKind.NUMBER:
        value = rng.randint(1, 40)
    else:  # people are parties of the case, not answers
        return None
    return spec.check(value)


def _people(rng: random.Random) -> list[Person]:
    names = rng.sample(NAMES, k=4)
    people = [Person(party=Party.REPORTER, name=names[0], contact=f"+49 170 555 {rng.randint(1000, 9999)}")]
    people.append(Person(party=Party.REPORTED, name=names[1], description="Attendee, blue lanyard"))
    people += [Person(party=Party.WITNESS, name=name) for name in names[2 : 2 + rng.randint(0, 2)]]
    return people
