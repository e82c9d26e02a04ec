"""The shift handover keeps its promises where an outside tester found it broke them: it never names a
reporter (not even a team member who is one, as a case's owner), it records only the list the member
was shown, and a bad OUT path is refused by the name the user typed, before the passphrase."""

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


def test_a_list_that_changed_since_it_was_shown_is_not_handed_over(vault: tuple[Path, Codes]) -> None:
    """The rule lives in the desk: a list handed over must be the one read, whatever the front end."""
    from cocdesk.desk import InvalidEdit

    path, codes = vault
    with Desk.open(path, LEAD, PASSPHRASES[LEAD]) as desk:
        shown = desk.handover_now()
        added = desk.take_report(title="Зоя was followed to the hotel")
        with pytest.raises(InvalidEdit) as refused:
            desk.hand_over(shown)
        assert str(refused.value) == "The open cases changed since you opened the handover: look again."
        assert desk.latest_handover() is None
        again = desk.handover_now()
        desk.set_part(
            added.id, "communications", [Communication(kind="inform_reporter", by=LEAD, summary="Soon")]
        )
        with pytest.raises(InvalidEdit):  # a promise recorded since is a change too
            desk.hand_over(again)
        again = desk.handover_now()
        made = desk.hand_over(again)
        assert made.cases == again.cases and added.code in [c.code for c in made.cases]
        with pytest.raises(InvalidEdit):  # another handover was made since: it is no longer the next
            desk.hand_over(again)
    assert codes.late in [c.code for c in made.cases]


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
    named = said.split(" cannot be written")[0]  # a long path is shown cut short, with "…"
    assert ".partial" not in said and target.startswith(named.rstrip("…")), f"names another file: {said!r}"


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
    window stays usable, a colleague takes a report) was then handed over too when the member pressed
    Hand over my shift: the dialog asked "Hand over N open cases as listed" but recorded N+1, a case
    the outgoing member never saw confirmed in their name. Now the member is told the list changed,
    nothing is recorded, the list as it stands is shown, and what they confirm then is what is
    recorded."""
    from cocdesk.gui import dialogs, handover_dialog
    from cocdesk.gui.handover_dialog import HandoverDialog
    from tests.gui.drive import sign_in
    from tests.station_vaults import LEAD as STATION_LEAD

    asked: list[int] = []
    told: list[str] = []

    def confirm(parent: object, count: int) -> bool:
        asked.append(count)
        return True

    monkeypatch.setattr(handover_dialog, "confirm_hand_over", confirm)
    monkeypatch.setattr(dialogs, "tell", lambda parent, title, text: told.append(text))
    window = sign_in(qtbot, station, STATION_LEAD)
    before = window.session.desk.latest_handover()
    window.handover.action.trigger()
    dialog = window.findChild(HandoverDialog)
    assert dialog is not None and dialog.shown is not None
    shown = [c.code for c in dialog.shown.cases]
    shown_text = dialog.ui.cases_browser.toPlainText()
    added = window.session.desk.take_report(title="Noise at the hackathon")  # as another window does
    dialog.ui.hand_over_button.click()
    assert asked == [len(shown)]
    assert added.code not in shown_text
    assert told == ["The open cases changed since you opened the handover: look again."]
    assert window.session.desk.latest_handover() == before, "a list that was not shown was recorded"
    assert added.code in dialog.ui.cases_browser.toPlainText(), "the list as it stands is shown again"
    shown = [c.code for c in dialog.shown.cases]
    assert added.code in shown
    dialog.ui.hand_over_button.click()
    made = window.session.desk.latest_handover()
    assert made is not None and made.outgoing is not None and made.outgoing.member == STATION_LEAD
    recorded = [c.code for c in made.cases]
    assert asked == [len(shown) - 1, len(shown)]
    assert recorded == shown, f"shown {shown}, recorded in {STATION_LEAD}'s name {recorded}"


def test_print_of_the_open_cases_prints_the_list_on_screen(qtbot, station) -> None:  # noqa: F811
    """Print… of the list as it stands prints the list the member reads, not one made again at the
    moment Print… is pressed (with a case the screen does not show)."""
    from PySide6.QtWidgets import QApplication

    from cocdesk.gui.handover_dialog import HandoverDialog
    from cocdesk.gui.print_preview import PrintPreview
    from tests.gui.drive import sign_in
    from tests.station_vaults import LEAD as STATION_LEAD

    window = sign_in(qtbot, station, STATION_LEAD)
    window.handover.action.trigger()
    dialog = window.findChild(HandoverDialog)
    assert dialog is not None and dialog.shown is not None and dialog.shown.outgoing is None
    shown = [c.code for c in dialog.shown.cases]
    added = window.session.desk.take_report(title="Noise at the hackathon")
    dialog.ui.print_button.click()
    qtbot.waitUntil(
        lambda: any(isinstance(w, PrintPreview) and w.isVisible() for w in QApplication.topLevelWidgets())
    )
    preview = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PrintPreview) and w.isVisible())
    sheet = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(preview.document.pdf)).pages)
    preview.reject()
    assert all(code in sheet for code in shown) and shown
    assert added.code not in sheet, "the sheet printed a case the screen did not show"
