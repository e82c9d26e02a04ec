"""The export for the Safety and Diversity Officer: what it holds, what it withholds, how it is marked."""

from __future__ import annotations

import hashlib
import re
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from cocdesk.domain import Case, Event, Member, Role
from cocdesk.paper import officer_export
from cocdesk.procedure import Procedure
from tests.paper.conftest import read
from tests.paper.samples import filed_case

EXPORTER = Member(name="Зоя Иванова", role=Role.COC_LEAD)
AT = datetime(2026, 6, 5, 8, 15, tzinfo=UTC)


def test_cover_page_says_what_when_and_by_whom(procedure: Procedure, event: Event, case: Case) -> None:
    doc = read(officer_export(procedure, event, [case], exporter=EXPORTER, at=AT))
    cover = re.sub(r"\s+", " ", doc.pages[0])
    assert "Safety and Diversity Officer export" in cover
    assert f"Case {case.code}" in cover and "PyCon Ελλάδα 2026" in cover
    assert "Exported by: Зоя Иванова (CoC team lead)" in cover
    assert "Exported on: 2026-06-05 11:15 EEST" in cover


def test_every_page_is_marked_with_case_exporter_and_time(
    procedure: Procedure, event: Event, case: Case
) -> None:
    document = officer_export(procedure, event, [case], exporter=EXPORTER, at=AT)
    doc = read(document)
    assert document.pages > 2
    for number, text in enumerate(doc.pages, start=1):
        flat = re.sub(r"\s+", " ", text)
        assert "Confidential" in flat
        assert case.code in flat and "exported by Зоя Иванова, 2026-06-05 11:15 EEST" in flat, number
        assert f"Page {number} of {document.pages}" in flat


def test_the_full_report_is_there_without_the_reporter_and_witnesses(
    procedure: Procedure, event: Event, case: Case
) -> None:
    flat = read(officer_export(procedure, event, [case], exporter=EXPORTER, at=AT)).flat
    assert "[reporter] was followed between sessions" in flat  # the account, her name withheld
    assert "Repeated, after a clear no." in flat and "Ask the reported person to leave." in flat
    assert "Escort out, deactivate badge" in flat and "Told [reporter] what we did." in flat
    assert "Report received" in flat  # the timeline
    assert "李伟" in flat  # the reported person stays, as for the Event Lead
    for withheld in (
        "Зоя Смирнова",
        "+7 900 000-00-00",
        "Ελένη Κ.",
        "eleni@example.org",
        "Please keep my name",
    ):
        assert withheld not in flat
    assert "Hall B" not in flat and "Withheld: this may identify someone" in flat  # an identifying answer
    assert "Reporter: name and contact withheld from this copy" in flat


def test_names_are_included_when_the_reporter_agreed(procedure: Procedure, event: Event, case: Case) -> None:
    flat = read(officer_export(procedure, event, [case], exporter=EXPORTER, at=AT, with_names=True)).flat
    assert "Зоя Смирнова" in flat and "Ελένη Κ." in flat and "Hall B" in flat


def test_all_filed_cases_in_one_file_each_page_marked_with_its_own_case(
    procedure: Procedure, event: Event
) -> None:
    cases = [filed_case(n) for n in range(3)]
    doc = read(officer_export(procedure, event, cases, exporter=EXPORTER, at=AT))
    assert "3 cases" in doc.pages[0] and all(c.code in doc.pages[0] for c in cases)
    marks = []
    for text in doc.pages[1:]:
        footer = re.search(r"Case (\w{3}-\w{3}) · exported by", text)
        assert footer, text[-200:]
        marks.append(footer.group(1))
    assert [code for n, code in enumerate(marks) if n == 0 or marks[n - 1] != code] == [c.code for c in cases]


def test_the_digest_is_the_saved_file_s_and_only_its_owner_can_read_it(
    procedure: Procedure, event: Event, case: Case, tmp_path: Path
) -> None:
    document = officer_export(procedure, event, [case], exporter=EXPORTER, at=AT)
    target = tmp_path / "export.pdf"
    digest = document.save(target)
    assert digest == document.sha256 == hashlib.sha256(target.read_bytes()).hexdigest()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_nothing_to_export_is_refused(procedure: Procedure, event: Event) -> None:
    with pytest.raises(ValueError, match="no case"):
        officer_export(procedure, event, [], exporter=EXPORTER)
