"""Found by an outside tester: the shift handover breaks its promises (names a reporter, records a
list that was not shown, answers a bad OUT path with a file name the user never typed)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from cocdesk.desk import Desk
from cocdesk.domain import Event, Party, Person, Role
from cocdesk.domain.case import Communication
from tests.cli_support import Cli, cli  # noqa: F401  (the fixture)
from tests.gui.conftest import app, station, team_vault, team_vault_template  # noqa: F401
from tests.handover_vaults import FAST, LEAD, PASSPHRASES, Codes, create_handover_vault

MEMBER_REPORTER = "Łukasz Nowak"
MEMBER_REPORTER_PASSPHRASE = "the river runs slow under the bridge"


@pytest.fixture
def vault(tmp_path: Path) -> tuple[Path, Codes]:
    path = tmp_path / "camp.cocdesk"
    return path, create_handover_vault(path)


@pytest.fixture
def member_reports(tmp_path: Path) -> tuple[Path, str]:
    """A responder on the team, Łukasz Nowak, is himself the reporter of a case he was made owner
    of (a volunteer harassed on the way to the desk). The case names him as the reporter."""
    path = tmp_path / "member.cocdesk"
    event = Event.model_validate({"name": "Kraków Code Camp 2026", "time_zone": "Europe/Warsaw"})
    with Desk.create(path, event, LEAD, PASSPHRASES[LEAD], kdf=FAST) as desk:
        desk.add_member(MEMBER_REPORTER, Role.RESPONDER, MEMBER_REPORTER_PASSPHRASE)
        case = desk.take_report(title="Followed to the desk")
        desk.set_part(
            case.id,
            "people",
            [
                Person(party=Party.REPORTER, name=MEMBER_REPORTER),
                Person(party=Party.WITNESS, name="Зоя Иванова"),
            ],
        )
        told = Communication(kind="inform_reporter", by=LEAD, how="In person", summary="We meet at 9")
        desk.set_part(case.id, "communications", [told])
        desk.update_case(case.id, handler=MEMBER_REPORTER)
        code = case.code
    return path, code


def test_the_owner_who_is_the_reporter_is_named_on_the_handover_and_its_sheet(
    member_reports: tuple[Path, str],
    cli: Cli,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The handover is meant to lie on the desk and never name a reporter. When the case's owner is
    a team member who is also the case's reporter, the handover shows "Owner: Łukasz Nowak" and the
    printed sheet says it too, although the same name is withheld as "[reporter]" everywhere else in
    the same case (a message's "by"). Anyone passing the desk learns who reported."""
    path, code = member_reports
    with Desk.open(path, LEAD, PASSPHRASES[LEAD]) as desk:
        shown = desk.handover_now()
        made = desk.hand_over()
    assert [c.code for c in shown.cases] == [code]
    out = tmp_path / "sheet.pdf"
    ran = cli(
        "handover",
        str(path),
        str(out),
        "--member",
        LEAD,
        "--number",
        str(made.number),
        passphrases=[PASSPHRASES[LEAD]],
    )
    assert ran.code == 0, ran.err
    sheet = "".join(page.extract_text() for page in PdfReader(io.BytesIO(out.read_bytes())).pages)
    on_screen = shown.model_dump_json()
    leaks = [where for where, text in (("on screen", on_screen), ("on the sheet", sheet)) if "Nowak" in text]
    assert not leaks, f"the reporter's name Łukasz Nowak is shown as the case owner {leaks}"


@pytest.mark.parametrize("out", ["no-such-folder/handover.pdf", "/proc/handover.pdf"])
def test_a_bad_out_path_is_answered_with_a_file_the_user_never_named(
    vault: tuple[Path, Codes],
    cli: Cli,  # noqa: F811
    tmp_path: Path,
    out: str,
) -> None:
    """`cocdesk handover PATH OUT.pdf` with OUT in a folder that does not exist, or in a place that
    cannot be written (/proc), asks for the passphrase and then says
    "/…/.handover.pdf.12345.partial: No such file or directory." — a hidden temporary file the user
    never named, and for /proc a wrong reason. It should be one sentence naming the user's OUT (or
    its folder) and what to do, said before the passphrase is asked."""
    path, _ = vault
    target = out if out.startswith("/") else str(tmp_path / out)
    ran = cli("handover", str(path), target, "--member", LEAD, passphrases=[PASSPHRASES[LEAD]])
    assert ran.code != 0
    said = ran.err.strip()
    assert ".partial" not in said and target in said, f"the error names an internal file: {said!r}"


def test_an_empty_out_path_is_called_a_folder_with_no_name(vault: tuple[Path, Codes], cli: Cli) -> None:  # noqa: F811
    """`cocdesk handover PATH "" --member NAME` (an unset shell variable) says " is a folder, so
    nothing was written" — a sentence that starts with nothing and blames a folder the user never
    named."""
    path, _ = vault
    ran = cli("handover", str(path), "", "--member", LEAD, passphrases=[PASSPHRASES[LEAD]])
    assert ran.code != 0
    said = ran.err.strip()
    assert not said.startswith("is a folder") and not said.startswith(" "), said


def test_what_is_handed_over_is_what_was_shown(qtbot, station, monkeypatch) -> None:  # noqa: F811
    """Station → Shift handover… shows the open cases; a report taken in the meantime (the wizard
    window stays usable, a colleague takes a report) is then handed over too when the member presses
    Hand over my shift: the dialog asked "Hand over N open cases as listed" but records N+1, a case
    the outgoing member never saw is confirmed in their name. What was confirmed must be what was
    shown (or the member must be told the list changed)."""
    from cocdesk.gui import handover_dialog
    from cocdesk.gui.handover_dialog import HandoverDialog
    from tests.gui.drive import sign_in
    from tests.station_vaults import LEAD as STATION_LEAD

    asked: list[int] = []
    monkeypatch.setattr(
        handover_dialog, "confirm_hand_over", lambda parent, count: asked.append(count) or True
    )
    window = sign_in(qtbot, station, STATION_LEAD)
    window.handover.action.trigger()
    dialog = window.findChild(HandoverDialog)
    assert dialog is not None and dialog.shown is not None
    shown = [c.code for c in dialog.shown.cases]
    shown_text = dialog.ui.cases_browser.toPlainText()
    added = window.session.desk.take_report(title="Noise at the hackathon")  # as another window does
    dialog.ui.hand_over_button.click()
    made = window.session.desk.latest_handover()
    assert made is not None and made.outgoing is not None
    recorded = [c.code for c in made.cases]
    assert asked == [len(shown)]
    assert added.code not in shown_text
    assert recorded == shown, f"shown {shown}, recorded in {STATION_LEAD}'s name {recorded}"
