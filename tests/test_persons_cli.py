"""`cocdesk case show --json`: each reported person's person code and the codes of the other reports
suggested as naming them; the JSON still imports (the suggestions are read, not kept)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.cli_support import (
    Cli,
    cli,  # noqa: F401 (the fixture)
)
from tests.station_vaults import EVENT_LEAD, LEAD, PASSPHRASES, REPORTER, create_team_vault, desk_as
from tests.test_persons import report


def show(run: Cli, path: Path, code: str, member: str = LEAD) -> dict[str, Any]:
    argv = ("case", "show", str(path), code, "--json", "--member", member)
    ran = run(*argv, passphrases=[PASSPHRASES[member]])
    assert ran.code == 0, ran.err
    shown: dict[str, Any] = json.loads(ran.out)
    return shown


def test_case_show_json_gives_person_codes_and_suggested_matches(
    tmp_path: Path,
    cli: Cli,  # noqa: F811
) -> None:
    path = create_team_vault(tmp_path / "summit.cocdesk", with_cases=False)
    with desk_as(path) as desk:
        first = report(desk, "José Núñez", hours_ago=2)
        report(desk, "Ελένη Παπαδοπούλου", hours_ago=1)
        later = report(desk, "Jose Nunez")
    shown = show(cli, path, later.code)
    people = [p for p in shown["people"] if p["party"] == "reported"]
    assert len(people) == 1
    assert people[0]["person_code"] == later.people[1].person_code
    assert people[0]["suggested_matches"] == [first.code]
    assert all("suggested_matches" not in p for p in shown["people"] if p["party"] != "reported")

    as_event_lead = show(cli, path, later.code, EVENT_LEAD)
    assert REPORTER not in json.dumps(as_event_lead, ensure_ascii=False)
    reported = next(p for p in as_event_lead["people"] if p["party"] == "reported")
    assert reported["suggested_matches"] == [first.code]

    file = tmp_path / "later.json"
    file.write_text(json.dumps(shown, ensure_ascii=False), encoding="utf-8")
    other = create_team_vault(tmp_path / "other.cocdesk", with_cases=False)
    ran = cli("case", "import", str(other), str(file), "--member", LEAD, passphrases=[PASSPHRASES[LEAD]])
    assert ran.code == 0, ran.err
    with desk_as(other) as desk:
        imported = desk.cases()[0]
        # a code in a file links nothing: the imported person gets a code drawn in this vault
        assert desk.case(imported.id).people[1].person_code != people[0]["person_code"]
