"""Running the `cocdesk` command inside the test process, with passphrases on standard input."""

from __future__ import annotations

import io
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from cocdesk.cli import main
from cocdesk.desk import Desk, KdfParams
from cocdesk.domain import Consent, Event, Level, Party, Person
from cocdesk.domain.case import Recipient

FAST = KdfParams(iterations=1)
LEAD = "Łukasz Nowak"
LEAD_PASSPHRASE = "żółw śpi pod dębem"
EVENT = "PyCon Ελλάδα 2026"
REPORTER, REPORTED, WITNESS = "Зоя Смирнова", "李明", "Ελένη Παπαδοπούλου"
STORY = "Зоя was followed from hall B to the café after she said no, twice."


@dataclass
class Ran:
    code: int
    out: str
    err: str


class Cli:
    """Runs ``cocdesk`` inside the test process. Given ``passphrases``, it adds ``--passphrase-stdin``
    and puts them on standard input, one per line."""

    def __init__(self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
        self.capsys, self.monkeypatch = capsys, monkeypatch

    def __call__(self, *argv: str, passphrases: list[str] | None = None, stdin: str = "") -> Ran:
        if passphrases is not None:
            argv, stdin = (*argv, "--passphrase-stdin"), "".join(f"{p}\n" for p in passphrases)
        self.monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        # the test process keeps its core limit: lowered once, it could not be raised again here
        self.monkeypatch.setattr("cocdesk.cli.keep_out_of_core_dumps", lambda: None)
        self.capsys.readouterr()
        code = main(list(argv))
        captured = self.capsys.readouterr()
        return Ran(code, captured.out, captured.err)

    def as_lead(self, *argv: str) -> Ran:
        return self(*argv, "--member", LEAD, passphrases=[LEAD_PASSPHRASE])


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    return Cli(capsys, monkeypatch)


def run_process(*argv: str, stdin: str = "") -> Ran:
    """The real command in its own process, as a user's shell runs it."""
    done = subprocess.run(
        [sys.executable, "-m", "cocdesk", *argv], input=stdin, capture_output=True, text=True, timeout=120
    )
    return Ran(done.returncode, done.stdout, done.stderr)


def one_line(ran: Ran) -> str:
    """The error a failed command printed: exactly one line, and never a traceback."""
    assert ran.code != 0
    assert "Traceback" not in ran.err
    lines = ran.err.splitlines()
    assert len(lines) == 1, ran.err
    return lines[0]


def make_vault(path: Path) -> str:
    """A vault whose lead is Łukasz, with one case naming people in three scripts; returns its code.
    The reporter agreed that the Safety and Diversity Officer may know who she is."""
    with Desk.create(
        path, Event(name=EVENT, time_zone="Europe/Athens"), LEAD, LEAD_PASSPHRASE, kdf=FAST
    ) as v:
        case = v.take_report(title="Hallway, day one")
        v.answer(case.id, "gather", "what_happened", STORY)
        v.answer(case.id, "safety", "in_danger", False)
        v.set_part(
            case.id,
            "people",
            [
                Person(party=Party.REPORTER, name=REPORTER, contact="+30 690 555 0101"),
                Person(party=Party.REPORTED, name=REPORTED, description="Blue lanyard"),
                Person(party=Party.WITNESS, name=WITNESS),
            ],
        )
        officer = Consent(share_identity=True, recipients=[Recipient.SAFETY_OFFICER])
        v.set_part(case.id, "consent", officer)
        v.place(case.id, Level.HIGH, Level.LOW, "Followed her after a clear no.")
        return case.code
