"""One policy, two doors: every act and read the command line offers, for every role, asked of the desk
directly and of the real `cocdesk` command, gives the same answer.

Each answer is one of: allowed; refused with one sentence (the same sentence, a non-zero exit, and
nothing written: no file, no audit entry beyond the unlock, no member or case changed); or allowed
with the reporter's and witnesses' names withheld. The expected table is written out here, so that a
change to the policy shows up as a failing row rather than passing through both doors alike.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from cocdesk import paper
from cocdesk.desk import Desk, VaultError
from cocdesk.domain import CaseStatus, Consent, Level, Party, Person, Role
from cocdesk.domain.case import Recipient
from cocdesk.exchange import read_case_json
from tests.cli_support import Cli, cli, one_line, run_process
from tests.station_vaults import EVENT_LEAD, LEAD, OFFICER, PASSPHRASES, ZOYA, create_team_vault

__all__ = ["cli"]

ANA, ZOYA_K, BJORN = "Ana Núñez-Øby", "Зоя Ковалёва", "Björn 李"
LI_NA, ZOE = "李娜", "Zoë Ødegård"
NEWCOMER, NEWCOMER_PASSPHRASE = "Ngozi Adébáyọ̀", "ọ̀rẹ́ mi, ẹ káàrọ̀ o"
EVENT = "Zürich Summit 2026"

WHO = {"lead": LEAD, "responder": ZOYA, "event_lead": EVENT_LEAD, "officer": OFFICER}
TEAM = {"lead", "responder"}
EVERYONE = set(WHO)


@dataclass(frozen=True)
class Codes:
    open: str  # received: the reporter Ana and the witness Зоя named
    named: str  # filed: its reporter 李娜 agreed that the Officer may know who she is
    private: str  # closed: its reporter Zoë agreed to nothing


def people(reporter: str, witness: str = "") -> list[Person]:
    named = [
        Person(party=Party.REPORTER, name=reporter, contact="+41 79 555 01 23"),
        Person(party=Party.REPORTED, name=BJORN, description="Green lanyard"),
    ]
    return named + ([Person(party=Party.WITNESS, name=witness)] if witness else [])


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Codes, str]:
    """A vault with the whole team and three cases, and the open case as JSON to import."""
    path = create_team_vault(tmp_path_factory.mktemp("template") / "summit.cocdesk", with_cases=False)
    with Desk.open(path, LEAD, PASSPHRASES[LEAD]) as desk:
        opened = desk.take_report(title="Comments at the social evening")
        desk.set_part(opened.id, "people", people(ANA, ZOYA_K))
        desk.answer(opened.id, "gather", "what_happened", "He followed Ana from hall B after she said no.")
        desk.place(opened.id, Level.HIGH, Level.LOW, "Followed her after a clear no")

        named = desk.take_report(title="Messages after the keynote")
        desk.set_part(named.id, "people", people(LI_NA))
        officer = Consent(share_identity=True, recipients=[Recipient.SAFETY_OFFICER])
        desk.set_part(named.id, "consent", officer)
        desk.place(named.id, Level.HIGH, Level.HIGH, "Several accounts")

        private = desk.take_report(title="Badge photo without consent")
        desk.set_part(private.id, "people", people(ZOE))
        desk.place(private.id, Level.LOW, Level.LOW, "One photo, deleted")

        # statuses a case reaches after days of work, set on the storage below the desk
        desk.vault.update_case(named.id, status=CaseStatus.FILED)
        desk.vault.update_case(private.id, status=CaseStatus.CLOSED)
        exported = desk.export_case_json(opened.id)
    return path, Codes(opened.code, named.code, private.code), exported


@dataclass
class Side:
    """One door's own copy of the vault and its own folder for what it writes."""

    folder: Path
    vault: Path
    case_file: Path

    def out(self, name: str) -> Path:
        return self.folder / name


def copy_of(template: tuple[Path, Codes, str], folder: Path) -> Side:
    source, _, exported = template
    folder.mkdir()
    vault = folder / source.name
    for suffix in ("", ".keys"):
        shutil.copy2(source.with_name(source.name + suffix), vault.with_name(vault.name + suffix))
    case_file = folder / "case — Ana.json"
    case_file.write_text(exported, encoding="utf-8")
    return Side(folder, vault, case_file)


def state(vault: Path) -> tuple[list[str], list[str], list[str]]:
    """What a refused act must leave as it was: the audit log (but for unlocks), members and cases."""
    with Desk.open(vault, LEAD, PASSPHRASES[LEAD]) as desk:
        rows = desk.vault._connection.execute("SELECT action, detail FROM audit ORDER BY seq").fetchall()
        actions = [f"{action}: {detail}" for action, detail in rows if action != "vault.unlock"]
        return actions, [m.name for m in desk.members()], sorted(s.code for s in desk.cases())


def text_of(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(path).pages))


def names_in(text: str) -> dict[str, bool]:
    return {name: name in text for name in (ANA, ZOYA_K, LI_NA, ZOE)}


@dataclass
class Row:
    """One act or read, as the desk is asked and as the command is typed."""

    name: str
    allowed: set[str]
    by_desk: Callable[[Desk, Side, Codes], Any]
    argv: Callable[[Side, Codes], list[str]]
    seen: Callable[[Side, Codes, str], Any]  # what the allowed act left, read back the same for both
    writes: Callable[[Side], list[Path]] = lambda side: []
    more_passphrases: list[str] = field(default_factory=list)


def listed(side: Side, codes: Codes, out: str) -> Any:
    return sorted(row["code"] for row in json.loads(out))


def shown(side: Side, codes: Codes, out: str) -> Any:
    return json.loads(out)


def pdf_names(name: str) -> Callable[[Side, Codes, str], Any]:
    return lambda side, codes, out: names_in(text_of(side.out(name)))


def members_now(side: Side, codes: Codes, out: str) -> Any:
    return state(side.vault)[1]


def pdf_file(name: str) -> Callable[[Side], list[Path]]:
    return lambda side: [side.out(name)]


def save_info_sheet(desk: Desk, side: Side, codes: Codes) -> str:
    document = paper.information_sheet(desk.procedure, desk.event)
    return desk.save_document(
        document, side.out("sheet.pdf"), "paper.save", "Saved the attendee information sheet"
    )


ROWS = [
    Row(
        "case list",
        EVERYONE,
        lambda desk, side, codes: desk.cases(),
        lambda side, codes: ["case", "list", str(side.vault), "--json"],
        listed,
    ),
    Row(
        "case show --json (open case)",
        TEAM | {"event_lead"},
        lambda desk, side, codes: desk.export_case_json(codes.open),
        lambda side, codes: ["case", "show", str(side.vault), codes.open, "--json"],
        shown,
    ),
    Row(
        "case show --json (filed case)",
        EVERYONE,
        lambda desk, side, codes: desk.export_case_json(codes.named),
        lambda side, codes: ["case", "show", str(side.vault), codes.named, "--json"],
        shown,
    ),
    Row(
        "case import",
        TEAM,
        lambda desk, side, codes: desk.import_case(
            read_case_json(side.case_file.read_bytes(), desk.procedure, str(side.case_file))
        ),
        lambda side, codes: ["case", "import", str(side.vault), str(side.case_file)],
        lambda side, codes, out: len(state(side.vault)[2]),
    ),
    Row(
        "export",
        TEAM | {"officer"},
        lambda desk, side, codes: desk.officer_export(side.out("export.pdf"), [codes.named]),
        lambda side, codes: [
            "export",
            str(side.vault),
            "--case",
            codes.named,
            side.out("export.pdf").as_posix(),
        ],
        pdf_names("export.pdf"),
        pdf_file("export.pdf"),
    ),
    Row(
        "export --all-filed",
        TEAM | {"officer"},
        lambda desk, side, codes: desk.officer_export(side.out("all.pdf")),
        lambda side, codes: ["export", str(side.vault), "--all-filed", str(side.out("all.pdf"))],
        pdf_names("all.pdf"),
        pdf_file("all.pdf"),
    ),
    Row(
        "export --with-names (consent covers the Officer)",
        TEAM,
        lambda desk, side, codes: desk.officer_export(side.out("named.pdf"), [codes.named], with_names=True),
        lambda side, codes: [
            "export",
            str(side.vault),
            "--case",
            codes.named,
            "--with-names",
            str(side.out("named.pdf")),
        ],
        pdf_names("named.pdf"),
        pdf_file("named.pdf"),
    ),
    Row(
        "export --with-names (no consent)",
        set(),
        lambda desk, side, codes: desk.officer_export(
            side.out("private.pdf"), [codes.private], with_names=True
        ),
        lambda side, codes: [
            "export",
            str(side.vault),
            "--case",
            codes.private,
            "--with-names",
            str(side.out("private.pdf")),
        ],
        pdf_names("private.pdf"),
        pdf_file("private.pdf"),
    ),
    Row(
        "report transparency",
        {"lead", "event_lead", "officer"},
        lambda desk, side, codes: desk.transparency_report(side.out("report.pdf"), side.out("report.md")),
        lambda side, codes: [
            "report",
            "transparency",
            str(side.vault),
            str(side.out("report.pdf")),
            "--markdown",
            str(side.out("report.md")),
        ],
        lambda side, codes, out: (
            names_in(text_of(side.out("report.pdf"))),
            "fewer than 3" in side.out("report.md").read_text(encoding="utf-8"),
        ),
        lambda side: [side.out("report.pdf"), side.out("report.md")],
    ),
    Row(
        "vault add-member",
        {"lead"},
        lambda desk, side, codes: desk.add_member(NEWCOMER, Role.RESPONDER, NEWCOMER_PASSPHRASE),
        lambda side, codes: [
            "vault",
            "add-member",
            str(side.vault),
            "--new-member",
            NEWCOMER,
            "--role",
            "responder",
        ],
        members_now,
        more_passphrases=[NEWCOMER_PASSPHRASE],
    ),
    Row(
        "vault remove-member",
        {"lead"},
        lambda desk, side, codes: desk.remove_member(EVENT_LEAD),
        lambda side, codes: ["vault", "remove-member", str(side.vault), "--remove", EVENT_LEAD],
        members_now,
    ),
    Row(
        "vault verify",
        EVERYONE,
        lambda desk, side, codes: desk.verify(),
        lambda side, codes: ["vault", "verify", str(side.vault)],
        lambda side, codes, out: out.strip(),
    ),
    Row(
        "vault backup",
        {"lead"},
        lambda desk, side, codes: desk.backup(side.out("backup.cocdesk")),
        lambda side, codes: ["vault", "backup", str(side.vault), str(side.out("backup.cocdesk"))],
        lambda side, codes, out: sorted(p.name for p in side.folder.glob("backup*")),
        lambda side: [side.out("backup.cocdesk"), side.out("backup.cocdesk.keys")],
    ),
    Row(
        "forms info-sheet --vault",
        EVERYONE,
        save_info_sheet,
        lambda side, codes: ["forms", "info-sheet", str(side.out("sheet.pdf")), "--vault", str(side.vault)],
        lambda side, codes, out: EVENT in text_of(side.out("sheet.pdf")),
        pdf_file("sheet.pdf"),
    ),
]


@dataclass
class Answer:
    allowed: bool
    sentence: str = ""
    seen: Any = None


def ask_desk(row: Row, role: str, side: Side, codes: Codes) -> Answer:
    before = state(side.vault)
    refusal: VaultError | None = None
    with Desk.open(side.vault, WHO[role], PASSPHRASES[WHO[role]]) as desk:
        try:
            result = row.by_desk(desk, side, codes)
        except VaultError as error:
            refusal = error
    if refusal is not None:
        assert_nothing_written(row, side, before)
        return Answer(False, " ".join(str(refusal).split()))
    out = ""
    if row.name == "case list":
        out = json.dumps([{"code": s.code} for s in result])
    elif row.name.startswith("case show"):
        out = result
    elif row.name == "vault verify":
        assert result == []
        out = "The vault is whole: the database passes its integrity check and the audit log is unbroken."
    return Answer(True, seen=row.seen(side, codes, out))


def ask_cli(cli: Cli, row: Row, role: str, side: Side, codes: Codes) -> Answer:
    before = state(side.vault)
    member = WHO[role]
    ran = cli(
        *row.argv(side, codes), "--member", member, passphrases=[PASSPHRASES[member], *row.more_passphrases]
    )
    if ran.code != 0:
        sentence = one_line(ran)
        assert ran.out == ""
        assert_nothing_written(row, side, before)
        return Answer(False, sentence)
    assert ran.err == ""
    return Answer(True, seen=row.seen(side, codes, ran.out))


def assert_nothing_written(row: Row, side: Side, before: tuple[list[str], list[str], list[str]]) -> None:
    assert [p for p in row.writes(side) if p.exists()] == []
    assert state(side.vault) == before


@pytest.mark.parametrize("role", list(WHO))
@pytest.mark.parametrize("row", ROWS, ids=[row.name for row in ROWS])
def test_the_desk_and_the_command_line_give_the_same_answer(
    template: tuple[Path, Codes, str], tmp_path: Path, cli: Cli, row: Row, role: str
) -> None:
    codes = template[1]
    by_desk = ask_desk(row, role, copy_of(template, tmp_path / "desk"), codes)
    by_cli = ask_cli(cli, row, role, copy_of(template, tmp_path / "cli"), codes)

    assert by_desk.allowed == by_cli.allowed == (role in row.allowed), (by_desk, by_cli)
    assert by_cli.sentence == by_desk.sentence  # the same one sentence, or none
    assert by_cli.seen == by_desk.seen
    if not by_desk.allowed:
        assert by_desk.sentence.endswith(".") and "\n" not in by_desk.sentence
    check_what_was_seen(row, role, codes, by_desk)


def check_what_was_seen(row: Row, role: str, codes: Codes, answer: Answer) -> None:
    """What each role is shown, as the policy says: independent of what either door did."""
    if row.name == "case list":
        every = sorted([codes.open, codes.named, codes.private])
        assert answer.seen == (sorted([codes.named, codes.private]) if role == "officer" else every)
    elif row.name.startswith("case show") and answer.allowed:
        text = json.dumps(answer.seen, ensure_ascii=False)
        reporter = ANA if "open" in row.name else LI_NA
        sees_names = role in TEAM
        assert (reporter in text) == sees_names
        assert (ZOYA_K in text) == (sees_names and "open" in row.name)
        assert BJORN in text  # the reported person is named for every role that reads the case
    elif row.name.startswith("export") and answer.allowed:
        assert answer.seen[LI_NA] == ("with-names" in row.name)
        assert not answer.seen[ANA] and not answer.seen[ZOYA_K]  # an open case is never exported
        assert not answer.seen[ZOE]  # her reporter agreed to nothing
    elif row.name == "report transparency" and answer.allowed:
        assert answer.seen == ({ANA: False, ZOYA_K: False, LI_NA: False, ZOE: False}, True)


REFUSALS = {
    ("export --with-names (consent covers the Officer)", "officer"): "you may not export with the reporter's",
    ("export --with-names (no consent)", "lead"): "The reporter did not agree that the Safety and Diversity",
    ("export --with-names (no consent)", "responder"): "The reporter did not agree that the Safety and",
    ("export", "event_lead"): "Signed in as Event Lead Organiser, you may not export cases.",
    ("case show --json (open case)", "officer"): "There is no case",
    ("vault add-member", "responder"): "you may not add or remove members and change roles.",
    ("report transparency", "responder"): "Signed in as Responder, you may not make the transparency report.",
}


@pytest.mark.parametrize(("key", "expected"), REFUSALS.items(), ids=[" / ".join(k) for k in REFUSALS])
def test_each_refusal_says_why_in_one_sentence(
    template: tuple[Path, Codes, str], tmp_path: Path, cli: Cli, key: tuple[str, str], expected: str
) -> None:
    name, role = key
    row = next(r for r in ROWS if r.name == name)
    answer = ask_cli(cli, row, role, copy_of(template, tmp_path / "cli"), template[1])
    assert not answer.allowed and expected in answer.sentence


def test_the_officers_list_in_a_real_process_holds_filed_and_closed_cases_only(
    template: tuple[Path, Codes, str], tmp_path: Path
) -> None:
    side, codes = copy_of(template, tmp_path / "cli"), template[1]
    ran = run_process(
        "case",
        "list",
        str(side.vault),
        "--member",
        OFFICER,
        "--passphrase-stdin",
        stdin=PASSPHRASES[OFFICER] + "\n",
    )
    assert ran.code == 0, ran.err
    assert codes.named in ran.out and codes.private in ran.out and codes.open not in ran.out
    assert "2 cases, 0 overdue." in ran.out
    for name in (ANA, ZOYA_K, LI_NA, ZOE, BJORN):
        assert name not in ran.out
