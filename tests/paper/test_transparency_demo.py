"""The transparency report over the demo event, checked against its cases as the desk shows them: the
closing-ceremony draft while the event is on, and the final report, each as a PDF and as Markdown."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from cocdesk.demo import DEMO_MEMBER, make_demo_vault
from cocdesk.desk import Desk, KdfParams
from cocdesk.domain import Case, CaseStatus, Party
from tests.test_closing import text_of
from tests.test_transparency_counts import possible

PASSPHRASE = "ζωή και χαρά 李"
FEWER = "fewer than 3"
RANGES = (FEWER, "3 or more")
TAKEN = {  # what each rung the demo uses means once it was carried out
    "verbal_warning": "Warned",
    "written_warning": "Warned",
    "removal_from_event": "Removed from the event",
    "ban_future_events": "Banned from future events",
    "public_apology": "Other action",
    "follow_up_later": "No action taken",
}
OUTCOMES = [
    "Not a violation of the code",
    "Outside the code's scope",
    "No action taken",
    "Warned",
    "Removed from the event",
    "Banned from future events",
    "Other action",
]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("vault") / "demo.cocdesk"
    make_demo_vault(path, PASSPHRASE, kdf=KdfParams(iterations=1))
    return path


@pytest.fixture(scope="module")
def reports(demo: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Both versions of the report, and the cases the lead sees, read through the desk."""
    out = tmp_path_factory.mktemp("USB stick — Зоя")
    with Desk.open(demo, DEMO_MEMBER, PASSPHRASE) as desk:
        cases = [desk.case(s.id) for s in desk.cases()]
        desk.transparency_report(out / "draft.pdf", out / "draft.md", final=False)
        desk.transparency_report(out / "final.pdf", out / "final.md")
        labels = {q: desk.procedure.matrix.name(*q) for q in {c.quadrant for c in cases} if q}
    return {
        "cases": cases,
        "labels": labels,
        "draft_pdf": text_of(out / "draft.pdf"),
        "draft_md": (out / "draft.md").read_text(encoding="utf-8"),
        "final_pdf": text_of(out / "final.pdf"),
        "final_md": (out / "final.md").read_text(encoding="utf-8"),
    }


def expected_outcomes(cases: list[Case]) -> dict[str, int]:
    found = Counter({label: 0 for label in [*OUTCOMES, "Left unfinished"]})
    for case in cases:
        if case.status not in (CaseStatus.FILED, CaseStatus.CLOSED):
            found["Still open"] += 1
            continue
        now = [d for d in case.decisions if d.horizon == "now"]
        assert len(now) == 1, "each finished demo case has one decision for right now"
        acted = any(a.done_at and a.carries_out == now[0].id for a in case.actions)
        found[TAKEN[now[0].response] if acted else "No action taken"] += 1
    return dict(found)


def markdown_tables(markdown: str) -> dict[str, list[tuple[str, str]]]:
    """Each table of counts by its heading: (label, printed) rows, the total last."""
    tables: dict[str, list[tuple[str, str]]] = {}
    heading = ""
    for line in markdown.splitlines():
        if line.startswith("#"):
            heading = line.lstrip("# ")
        elif (row := re.fullmatch(r"\| (.+) \| (.+) \|", line)) and row[2] not in ("Count", "Reports"):
            tables.setdefault(heading, []).append((row[1].replace("\\", ""), row[2]))
    return tables


def printed_as(value: int, printed: str) -> bool:
    """Whether ``printed`` tells the truth about ``value``: the number, or a true range for it."""
    return (
        printed == str(value)
        or (printed == FEWER and 0 < value < 3)
        or (printed == "3 or more" and value >= 3)
    )


def test_the_demo_has_a_ban_for_later_and_an_unfinished_draft(reports: dict[str, Any]) -> None:
    cases: list[Case] = reports["cases"]
    finished = [c for c in cases if c.status in (CaseStatus.FILED, CaseStatus.CLOSED)]
    assert any(
        any(d.horizon == "later" and d.response == "ban_future_events" for d in c.decisions)
        and not any(d.horizon == "now" and d.response == "ban_future_events" for d in c.decisions)
        for c in finished
    )
    assert any(c.status == CaseStatus.RECEIVED and not c.decisions for c in cases)
    assert any(c.status.is_open and c.decisions for c in cases)  # decided, not yet carried out


@pytest.mark.parametrize("version", ["draft", "final"])
def test_the_counts_are_the_cases_own(reports: dict[str, Any], version: str) -> None:
    cases: list[Case] = reports["cases"]
    markdown: str = reports[f"{version}_md"]
    pdf: str = reports[f"{version}_pdf"]
    tables = markdown_tables(markdown)
    outcomes = expected_outcomes(cases)
    assert [label for label, _ in tables["By outcome"]] == [
        *OUTCOMES,
        "Still open",
        "Left unfinished",
        "Reports received",
    ]
    assert dict(tables["By outcome"])["Banned from future events"] == "0"  # the ban was only for later
    labels: dict[object, str] = reports["labels"]
    quadrants = Counter(labels[c.quadrant] if c.quadrant else "Not placed on the matrix" for c in cases)
    reported = [p for c in cases for p in c.parties(Party.REPORTED)]
    named = {p.name.casefold() for p in reported if p.name} | {str(p.id) for p in reported if not p.name}
    expected = {
        "Reports received": len(cases),
        "People named in reports": len(named),
    }
    # what is still open is printed once, in the outcomes: a number elsewhere would undo their ranges
    assert [label for label, _ in tables["Reports"]] == ["Reports received", "People named in reports"]
    for label, printed in tables["Reports"]:
        assert printed_as(expected[label], printed), (label, printed)
    listed = [line for line in markdown.split("## The cases")[-1].splitlines() if line.startswith("- ")]
    for title, truth in (("By outcome", outcomes), ("By quadrant", quadrants)):
        rows = tables[title]
        assert rows[-1] == ("Reports received", str(len(cases)))
        for label, printed in rows[:-1]:
            assert printed_as(truth[label], printed), (title, label, printed)
            assert f"{label} {printed}" in pdf  # the PDF prints the same
        # the cases listed one by one are at least as many as the finished ones
        still_open = [label for label, _ in rows[:-1]].index("Still open") if title == "By outcome" else -1
        seen = possible([p for _, p in rows[:-1]], len(cases), listed=len(listed), still_open=still_open)
        for (label, printed), values in zip(rows[:-1], seen, strict=True):
            if printed in RANGES:
                assert len(values) >= 2, f"{label} can be worked out from the {title} table and the cases"
            assert label not in "\n".join(listed), f"the list of the cases counts {label!r}"


@pytest.mark.parametrize("version", ["draft", "final"])
def test_fewer_than_three_is_said_once_for_each_small_figure(reports: dict[str, Any], version: str) -> None:
    markdown: str = reports[f"{version}_md"]
    small = [p for rows in markdown_tables(markdown).values() for _, p in rows if p == FEWER]
    assert markdown.count(FEWER) == len(small) > 0
    assert all(line.count(FEWER) <= 1 for line in markdown.splitlines())
    pdf: str = reports[f"{version}_pdf"]
    assert pdf.count(FEWER) == len(small)


def test_the_draft_says_so_and_the_final_report_does_not(reports: dict[str, Any]) -> None:
    draft, final = reports["draft_pdf"], reports["final_pdf"]
    assert "draft for the closing ceremony" in draft
    assert re.search(r"as of \w+day \d+ \w+ 2\d{3}, \d\d:\d\d", draft)
    assert "draft" not in final.casefold()
    for text in (draft, final):
        assert "About 1,240 people attended." in text
        assert "coc@democonf.example.org" in text  # how attendees could report
        assert "removed from the event and banned" not in text
