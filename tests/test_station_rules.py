"""The station's rules, without a window: who sees what, searching, countdowns, the idle clock and the
names on the unlock screen."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cocdesk import keynames
from cocdesk.desk import Desk
from cocdesk.desk.policy import Act, listed_statuses, may, sees_status
from cocdesk.domain import CaseStatus, Role
from cocdesk.domain.access import matches
from cocdesk.domain.countdown import countdown, is_overdue
from cocdesk.flow.idle import IdleClock
from cocdesk.identity.rendition import identifying_fields
from cocdesk.procedure import default_procedure
from cocdesk.vault import Vault, VaultFiles
from tests.station_vaults import (
    EVENT_LEAD,
    EVIDENCE,
    LEAD,
    OFFICER,
    REPORTED,
    REPORTER,
    REPORTER_PHONE,
    WITNESS,
    create_team_vault,
    open_as,
)


@pytest.fixture(scope="module")
def team_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return create_team_vault(tmp_path_factory.mktemp("team") / "summit.cocdesk")


def test_the_officer_sees_filed_cases_only_and_others_see_all() -> None:
    assert listed_statuses(Role.SAFETY_OFFICER) == [CaseStatus.FILED, CaseStatus.CLOSED]
    assert not sees_status(Role.SAFETY_OFFICER, CaseStatus.RECEIVED)
    for role in (Role.RESPONDER, Role.COC_LEAD, Role.EVENT_LEAD):
        assert listed_statuses(role) == list(CaseStatus)
    assert may(Role.RESPONDER, Act.TAKE_REPORT) and not may(Role.EVENT_LEAD, Act.TAKE_REPORT)


def test_the_event_lead_reads_no_reporter_or_witness_name_contact_or_identifying_answer(
    team_vault: Path,
) -> None:
    with Desk(open_as(team_vault, EVENT_LEAD)) as desk:
        seen = next(desk.case(s.id) for s in desk.cases() if s.title.startswith("Remarks")).model_dump_json()
    with Desk(open_as(team_vault, LEAD)) as desk:
        full = next(desk.case(s.id) for s in desk.cases() if s.title.startswith("Remarks")).model_dump_json()
    for secret in (REPORTER, REPORTER_PHONE, WITNESS, EVIDENCE):
        assert secret in full
        assert secret not in seen
    assert REPORTED in seen  # the reported person is what the Event Lead has to decide about
    assert "He kept commenting" in seen


def test_identifying_answers_come_from_the_procedure() -> None:
    assert ("gather", "evidence") in identifying_fields(default_procedure())
    assert ("gather", "what_happened") not in identifying_fields(default_procedure())


def test_search_finds_names_only_for_roles_that_may_read_them(team_vault: Path) -> None:
    with Desk(open_as(team_vault, LEAD)) as desk:
        for_lead = desk.searchable_texts()
    with Desk(open_as(team_vault, EVENT_LEAD)) as desk:
        for_event_lead = desk.searchable_texts()
    assert sum(matches(text, "núñez") for text in for_lead.values()) == 1
    assert sum(matches(text, "ЧЭНЬ") for text in for_lead.values()) == 1
    assert not any(matches(text, "núñez") for text in for_event_lead.values())
    assert not any(matches(text, "phone") for text in for_event_lead.values())
    assert sum(matches(text, "ålstrøm bar") for text in for_event_lead.values()) == 1
    assert not any(matches(text, "2026") for text in for_lead.values())  # stored times are not words


def test_countdown_reads_time_left_and_overdue_unmistakably() -> None:
    due = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
    assert countdown(due, due - timedelta(hours=3, minutes=5)) == "3 h 05 min left"
    assert countdown(due, due - timedelta(days=2, hours=4)) == "2 d 4 h left"
    assert countdown(due, due - timedelta(seconds=20)) == "under a minute left"
    assert countdown(due, due + timedelta(hours=1, minutes=20)) == "OVERDUE by 1 h 20 min"
    assert is_overdue(due, due + timedelta(seconds=1)) and not is_overdue(due, due)


def test_idle_clock_counts_time_asleep_by_the_wall_clock() -> None:
    wall, mono = [1000.0], [50.0]
    clock = IdleClock(300, wall=lambda: wall[0], monotonic=lambda: mono[0])
    mono[0] += 200
    wall[0] += 200
    assert not clock.expired() and clock.remaining_seconds() == 100
    clock.touch()
    wall[0] += 3600  # the lid was closed for an hour; the monotonic clock stood still
    assert clock.expired()
    clock.touch()
    wall[0] -= 7200  # the network set the clock back; the monotonic clock still counts
    mono[0] += 301
    assert clock.expired()


def test_unlock_screen_names_match_the_vaults_own(team_vault: Path, tmp_path: Path) -> None:
    assert keynames.member_names(team_vault) == Vault.member_names(team_vault)
    assert OFFICER in keynames.member_names(team_vault)
    assert keynames.keys_path(team_vault) == VaultFiles.at(team_vault).keys
    assert keynames.member_names(tmp_path / "missing.cocdesk") == []
    (tmp_path / "junk.cocdesk.keys").write_text("not json", encoding="utf-8")
    assert keynames.member_names(tmp_path / "junk.cocdesk") == []
