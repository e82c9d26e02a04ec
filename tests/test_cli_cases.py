"""`cocdesk case ...`, `cocdesk schema`, the station's start, and how every failure is reported."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import types
from collections.abc import Callable
from pathlib import Path

import jsonschema  # type: ignore[import-untyped]
import pytest

from cocdesk.domain import Event, Party, Role
from cocdesk.vault import Vault
from tests.cli_support import (
    FAST,
    LEAD,
    LEAD_PASSPHRASE,
    REPORTED,
    REPORTER,
    STORY,
    WITNESS,
    Cli,
    cli,
    make_vault,
    one_line,
    run_process,
)

__all__ = ["cli"]


def show(cli: Cli, path: Path, code: str, member: str = LEAD, passphrase: str = LEAD_PASSPHRASE) -> str:
    ran = cli("case", "show", str(path), code, "--json", "--member", member, passphrases=[passphrase])
    assert ran.code == 0, ran.err
    return ran.out


def audit(path: Path, action: str) -> list[dict[str, object]]:
    with Vault.open(path, LEAD, LEAD_PASSPHRASE) as vault:
        rows = vault._connection.execute("SELECT detail FROM audit WHERE action = ?", (action,)).fetchall()
    return [json.loads(row[0]) for row in rows]


def test_list_shows_codes_and_no_names(tmp_path: Path, cli: Cli) -> None:
    path = tmp_path / "v.cocdesk"
    code = make_vault(path)
    ran = cli.as_lead("case", "list", str(path))
    assert ran.code == 0
    assert code in ran.out and "Received" in ran.out and "High risk, low impact" in ran.out
    assert "EET" in ran.out or "EEST" in ran.out  # deadlines in the event's time zone
    for name in (REPORTER, REPORTED, WITNESS, "Зоя"):
        assert name not in ran.out


def test_show_round_trips_through_import(tmp_path: Path, cli: Cli) -> None:
    path = tmp_path / "v.cocdesk"
    code = make_vault(path)
    exported = show(cli, path, code.lower())
    case = json.loads(exported)
    assert case["code"] == code and STORY in exported and REPORTER in exported
    [entry] = audit(path, "case.export")
    assert entry["sha256"] == hashlib.sha256(exported.encode("utf-8")).hexdigest()

    file = tmp_path / "case.json"
    file.write_text(exported, encoding="utf-8")
    ran = cli.as_lead("case", "import", str(path), str(file))
    assert ran.code == 0 and f"the code {code} is taken" in ran.out
    new_code = ran.out.split("Imported the case as ")[1].split(":")[0]
    assert new_code != code
    copy = json.loads(show(cli, path, new_code))
    for key in ("steps", "placements", "deadlines", "title", "received_at", "status"):
        assert copy[key] == case[key], key
    drawn_again = {"person_code", "not_same", "suggested_matches"}  # an import links no one by itself
    assert [{k: v for k, v in p.items() if k not in drawn_again} for p in copy["people"]] == [
        {k: v for k, v in p.items() if k not in drawn_again} for p in case["people"]
    ]

    other = tmp_path / "other.cocdesk"
    Vault.create(other, Event(name="Другая конференция"), LEAD, LEAD_PASSPHRASE, kdf=FAST).close()
    assert cli.as_lead("case", "import", str(other), str(file)).out.strip() == f"Imported the case {code}."


def test_event_lead_exports_without_reporter_and_witness_names(tmp_path: Path, cli: Cli) -> None:
    path = tmp_path / "v.cocdesk"
    code = make_vault(path)
    evidence = "Screenshots Зоя took of the messages"
    with Vault.open(path, LEAD, LEAD_PASSPHRASE) as vault:
        vault.add_member("Άννα Γεωργίου", Role.EVENT_LEAD, "καλημέρα κόσμε", identity=False)
        vault.set_answer(code, "gather", "evidence", evidence)  # marked identifying in the procedure
    exported = show(cli, path, code, "Άννα Γεωργίου", "καλημέρα κόσμε")
    assert REPORTER not in exported and WITNESS not in exported and "+30 690" not in exported
    assert evidence not in exported
    people = {person["party"]: person for person in json.loads(exported)["people"]}
    assert people[Party.REPORTED.value]["name"] == REPORTED


def test_show_needs_json(tmp_path: Path, cli: Cli) -> None:
    path = tmp_path / "v.cocdesk"
    code = make_vault(path)
    ran = cli.as_lead("case", "show", str(path), code)
    assert "add --json" in one_line(ran) and ran.out == ""
    assert audit(path, "case.export") == []


BREAKAGES: list[tuple[Callable[[str], str], str]] = [
    (lambda text: text[: len(text) // 2], "it is not valid JSON"),
    (lambda text: text.replace('"reporter"', '"bystander"'), "people[0].party: Input should be"),
    (
        lambda text: text.replace('"in_danger": false', '"in_danger": "maybe"'),
        "steps.safety.values.in_danger: 'Is anyone in immediate danger?' is answered yes or no",
    ),
    (lambda text: text.replace('"title"', '"titel"'), "titel: this is not a field of a case"),
    (lambda text: text.replace('"steps": {', '"steps": {"gossip": {},'), "steps.gossip: the procedure has"),
]


@pytest.mark.parametrize(("change", "expected"), BREAKAGES)
def test_a_bad_file_is_refused_with_field_and_reason_and_writes_nothing(
    tmp_path: Path, cli: Cli, change: Callable[[str], str], expected: str
) -> None:
    path = tmp_path / "v.cocdesk"
    code = make_vault(path)
    file = tmp_path / "broken.json"
    file.write_text(change(show(cli, path, code)), encoding="utf-8")
    before = len(audit(path, "case.create"))
    message = one_line(cli.as_lead("case", "import", str(path), str(file)))
    assert message.startswith(f"{file} cannot be imported: ") and expected in message
    assert message.endswith("Nothing was written.")
    assert len(audit(path, "case.create")) == before
    with Vault.open(path, LEAD, LEAD_PASSPHRASE) as vault:
        assert [summary.code for summary in vault.list_cases()] == [code]


def test_schema_is_a_json_schema_that_exported_cases_follow(tmp_path: Path, cli: Cli) -> None:
    schema = json.loads(cli("schema").out)
    jsonschema.Draft202012Validator.check_schema(schema)
    path = tmp_path / "v.cocdesk"
    case = json.loads(show(cli, path, make_vault(path)))
    jsonschema.validate(case, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**case, "code": "not a code"}, schema)


FAILURES = [
    (["case", "list", "{vault}", "--member", LEAD], "wrong passphrase\n", "That passphrase does not open"),
    (["case", "list", "{vault}", "--member", "Nobody"], "", "'Nobody' is not a member of this vault"),
    (["case", "list", "{dir}/none.cocdesk", "--member", LEAD], "", "There is no vault at"),
    (["case", "list", "{vault}", "--member", LEAD], "", "Standard input ended before the passphrase"),
    (["case", "show", "{vault}", "QQQ-QQQ", "--member", LEAD, "--json"], "{p}\n", "There is no case QQQ-QQQ"),
    (["case", "import", "{vault}", "{dir}/missing.json", "--member", LEAD], "", "No such file or directory"),
    (["vault", "create", "{dir}/n.cocdesk", "--event", "", "--member", LEAD], "", "Name: String should have"),
    (["case", "list", "{vault}"], "", "the following arguments are required: --member"),
    (["case", "list", "{vault}", "--passphrase", "{p}", "--member", LEAD], "", "unrecognized arguments"),
    (["--vault", "{vault}", "case", "list", "{vault}", "--member", LEAD], "", "--vault and --demo start"),
]


@pytest.mark.parametrize(("argv", "stdin", "expected"), FAILURES)
def test_every_failure_is_one_line(
    tmp_path: Path, cli: Cli, argv: list[str], stdin: str, expected: str
) -> None:
    vault = tmp_path / "v.cocdesk"
    make_vault(vault)
    filled = [arg.format(vault=vault, dir=tmp_path, p=LEAD_PASSPHRASE) for arg in argv]
    if "--member" in filled and filled[0] == "case":
        filled.append("--passphrase-stdin")
    assert expected in one_line(cli(*filled, stdin=stdin.format(p=LEAD_PASSPHRASE)))


def test_wrong_passphrase_in_a_real_process(tmp_path: Path) -> None:
    vault = tmp_path / "v.cocdesk"
    make_vault(vault)
    ran = run_process("case", "list", str(vault), "--member", LEAD, "--passphrase-stdin", stdin="nope nope\n")
    assert one_line(ran) == "That passphrase does not open this vault." and ran.out == ""


def test_only_the_station_imports_the_window() -> None:
    code = "import sys; from cocdesk.cli import main; main(['schema']); print('cocdesk.gui' in sys.modules)"
    ran = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert ran.stdout.strip().splitlines()[-1] == "False"


def test_no_command_starts_the_station(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str | None, bool]] = []

    def run_station(vault_path: str | None, demo: bool) -> int:
        calls.append((vault_path, demo))
        return 7

    window = types.ModuleType("cocdesk.gui.app")
    window.run = run_station  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "cocdesk.gui.app", window)
    assert cli("--vault", "/media/usb/Zürich.cocdesk", "--demo").code == 7
    assert cli().code == 7
    assert calls == [("/media/usb/Zürich.cocdesk", True), (None, False)]


def test_even_a_fault_of_ours_is_one_line(tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "v.cocdesk"
    make_vault(path)

    def broken(self: Vault, **_kinds: object) -> list[object]:
        raise RuntimeError("index out of step")

    monkeypatch.setattr(Vault, "list_cases", broken)
    message = one_line(cli.as_lead("case", "list", str(path)))
    assert message.startswith("CoC Desk met an error it does not expect (RuntimeError: index out of step).")
