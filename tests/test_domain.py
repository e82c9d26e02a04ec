"""The case model refuses impossible values with a sentence a responder understands."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from pydantic import ValidationError

from cocdesk.desk import policy
from cocdesk.desk.policy import PART_ACTS
from cocdesk.domain import (
    CASE_PARTS,
    Case,
    CaseStatus,
    Consent,
    Event,
    Level,
    Party,
    Person,
    Placement,
    Role,
    new_code,
    now,
)
from cocdesk.domain.case import CODE_ALPHABET
from cocdesk.domain.common import explain
from cocdesk.identity.rendition import withheld
from cocdesk.procedure.loader import default_procedure


def message(build: object) -> str:
    assert callable(build)
    with pytest.raises(ValidationError) as caught:
        build()
    return explain(caught.value)


def test_an_event_cannot_end_before_it_starts() -> None:
    text = message(lambda: Event(name="PyCon Łódź", starts_on=date(2026, 6, 3), ends_on=date(2026, 6, 1)))
    assert "cannot end before it starts" in text


def test_an_unknown_time_zone_is_named() -> None:
    text = message(lambda: Event(name="Конференция", time_zone="Mars/Olympus"))
    assert "Mars/Olympus" in text and "time zone" in text
    assert Event(name="Конференция", time_zone="Europe/Warsaw").zone.key == "Europe/Warsaw"


def test_a_report_cannot_arrive_from_the_future() -> None:
    assert "future" in message(lambda: Case(received_at=now() + timedelta(days=1)))


def test_times_need_their_zone() -> None:
    assert "time zone" in message(lambda: Case(received_at=datetime(2026, 6, 1, 12, 0)))


def test_a_person_needs_a_name_or_a_description() -> None:
    assert "needs a name or a description" in message(lambda: Person(party=Party.REPORTED))
    described = Person(party=Party.REPORTED, description="Tall, red conference hoodie, speaker badge")
    assert described.name == ""
    assert Person(party=Party.WITNESS, name="李明").name == "李明"


def test_sharing_the_reporters_identity_says_with_whom() -> None:
    assert "with whom" in message(lambda: Consent(share_identity=True))
    assert Consent().share_identity is False


def test_a_placement_needs_its_reason() -> None:
    assert message(lambda: Placement(risk=Level.LOW, impact=Level.HIGH, rationale="   ", by="Ελένη"))


def test_unknown_keys_are_refused_not_ignored() -> None:
    assert "extra" in message(lambda: Case.model_validate({"status": "received", "colour": "red"})).lower()


def test_codes_are_random_short_and_unambiguous() -> None:
    codes = {new_code() for _ in range(2000)}
    assert len(codes) > 1990
    for code in list(codes)[:100]:
        assert len(code) == 7 and code[3] == "-"
        assert set(code.replace("-", "")) <= set(CODE_ALPHABET)
    assert not set("0O1IL") & set(CODE_ALPHABET)


def test_a_code_is_never_derived_from_names() -> None:
    one = Case(people=[Person(party=Party.REPORTER, name="Łukasz Nowak")])
    two = Case(people=[Person(party=Party.REPORTER, name="Łukasz Nowak")])
    assert one.code != two.code


def test_the_event_lead_sees_no_reporter_or_witness_names_or_contacts() -> None:
    case = Case(
        people=[
            Person(party=Party.REPORTER, name="Зоя Смирнова", contact="zoya@example.org"),
            Person(party=Party.WITNESS, name="李明", contact="+48 600 100 200"),
            Person(party=Party.REPORTED, name="Łukasz Nowak"),
        ],
        consent=Consent(share_identity=True, with_whom="venue security", words="Зоя agreed"),
    )
    rendition = withheld(case, default_procedure())
    shown = rendition.model_dump_json()
    for secret in ("Зоя", "zoya@example.org", "李明", "600 100 200", "venue security"):
        assert secret not in shown
    assert "Łukasz Nowak" in shown
    assert rendition.consent.share_identity is True


def test_roles_that_see_names() -> None:
    assert policy.sees_identity(Role.RESPONDER) and policy.sees_identity(Role.COC_LEAD)
    assert not policy.sees_identity(Role.EVENT_LEAD) and not policy.sees_identity(Role.SAFETY_OFFICER)


def test_open_and_closed_statuses() -> None:
    assert [s for s in CaseStatus if not s.is_open] == [CaseStatus.FILED, CaseStatus.CLOSED]


def test_the_quadrant_is_the_latest_placement() -> None:
    case = Case()
    assert case.quadrant is None
    case.placements = [
        Placement(risk=Level.LOW, impact=Level.LOW, rationale="A joke in private", by="Ελένη"),
        Placement(risk=Level.HIGH, impact=Level.HIGH, rationale="It was coordinated", by="Зоя"),
    ]
    assert case.quadrant == (Level.HIGH, Level.HIGH)


def test_the_parts_of_a_case_are_named_once_and_each_has_an_act_or_a_rule_of_its_own() -> None:
    from cocdesk.vault.records import PARTS

    assert set(CASE_PARTS) <= set(Case.model_fields)
    assert PARTS == CASE_PARTS
    # Placements are moves on the board and deadlines follow the steps; every other part is edited.
    # A hold is put on and released by acts of its own (at the reporter's request).
    assert set(CASE_PARTS) - set(PART_ACTS) == {"placements", "deadlines", "hold", "attachments"}
    assert set(PART_ACTS) <= set(CASE_PARTS)
