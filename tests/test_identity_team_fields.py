"""Every field that names a team member follows one rule: a member the case withholds (its reporter,
a witness) reads as their role to a role without identity, wherever the field is read.

The attacker's walk: Зоя Иванова is on the team and is the reporter (written "Zoya Ivanova"); she took
the report, handles it, completed a step and approved the announcement. The Event Lead Organiser and
the Safety and Diversity Officer look through every read they have, and never find her name.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from pypdf import PdfReader

from cocdesk.board.cards import card_for, card_of
from cocdesk.desk import Desk
from cocdesk.domain import Announcement, CaseStatus, Party, Person, Role
from cocdesk.domain.common import now
from cocdesk.flow.briefing import briefing
from tests.cli_support import Cli, cli
from tests.gui.wizard_support import desk_vault, open_desk
from tests.station_vaults import EVENT_LEAD, LEAD, OFFICER, PASSPHRASES, ZOYA
from tests.station_vaults import open_as as vault_as

__all__ = ["cli"]  # the fixture

SPELLINGS = ("Зоя", "Иванова", "Zoya", "Ivanova")
ANNOUNCEMENT = "A participant was asked to leave the event after the team met."


def spelled(text: str) -> list[str]:
    return [s for s in SPELLINGS if re.search(rf"(?<!\w){s}(?!\w)", text, re.IGNORECASE)]


def zoya_reported_and_handled(tmp_path: Path) -> tuple[Path, str]:
    path = desk_vault(tmp_path)
    with open_desk(path) as lead:  # the responders approve the announcement at this event
        default = Path(__file__).resolve().parent.parent / "cocdesk" / "procedure" / "default.toml"
        text = default.read_text(encoding="utf-8")
        ours = tmp_path / "ours.toml"
        ours.write_text(text.replace('approved_by = "event_lead"', 'approved_by = "responder"', 1))
        lead.update_event(lead.event.model_copy(update={"procedure_file": str(ours)}))
    with open_desk(path, ZOYA) as desk:
        code = desk.take_report(title="Remarks at the social evening").code
        desk.set_part(
            code,
            "people",
            [
                Person(party=Party.REPORTER, name="Zoya Ivanova"),
                Person(party=Party.REPORTED, name="Björn Ålstrøm"),
            ],
        )
        desk.update_case(code, handler=ZOYA)
        desk.answer(code, "gather", "what_happened", "Björn kept commenting on her accent.")
        desk.set_part(code, "announcement", Announcement(text=ANNOUNCEMENT))
        desk.approve_announcement(code)
        case = desk.case(code)
        assert (case.received_by, case.handler, case.announcement.approved_by) == (ZOYA, ZOYA, ZOYA)
    with vault_as(path) as vault:  # filed, so the Officer is shown it
        (summary,) = [s for s in vault.list_cases() if s.code == code]
        vault.update_case(summary.id, status=CaseStatus.FILED)
    return path, code


def test_no_read_by_the_event_lead_or_the_officer_names_a_member_who_reported(
    tmp_path: Path, cli: Cli
) -> None:
    path, code = zoya_reported_and_handled(tmp_path)
    for member in (EVENT_LEAD, OFFICER):
        with open_desk(path, member) as desk:
            assert not desk.sees_identity
            case = desk.case(code)
            dumped = json.dumps(case.model_dump(mode="json"), ensure_ascii=False)
            assert spelled(dumped) == [], (member, dumped)
            assert case.handler == case.received_by == case.announcement.approved_by == "[reporter]"
            assert all(e.who != ZOYA for e in case.timeline)
            rows = desk.cases()
            assert spelled(" ".join(f"{r.handler} {r.title}" for r in rows)) == [], member
            cards = [card_for(r).face(now(), presenting=False) for r in desk.cases(withheld=True)]
            cards.append(card_of(desk.as_shared(case)).face(now(), presenting=False))
            assert spelled(repr(cards)) == [], cards
            assert spelled(repr(briefing(desk.procedure, case, desk.event.zone))) == []
            assert spelled(desk.export_case_json(code)) == []
        ran = cli(
            "case", "show", str(path), code, "--member", member, "--json", passphrases=[PASSPHRASES[member]]
        )
        assert ran.code == 0, ran.err
        assert spelled(ran.out) == [], ran.out
    out = tmp_path / "officer.pdf"
    with open_desk(path, OFFICER) as desk:
        desk.officer_export(out, [code])
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert spelled(text) == [], [line for line in text.splitlines() if spelled(line)]
    assert "[reporter]" in text


def test_the_team_still_reads_her_name_where_she_is_named(tmp_path: Path) -> None:
    path, code = zoya_reported_and_handled(tmp_path)
    with open_desk(path, LEAD) as desk:
        case = desk.case(code)
        rows = [r for r in desk.cases() if r.code == code]
    assert (case.received_by, case.handler, case.announcement.approved_by) == (ZOYA, ZOYA, ZOYA)
    assert [r.handler for r in rows] == [ZOYA]
    assert any(e.who == ZOYA for e in case.timeline)


def test_a_member_who_joins_after_reporting_is_not_named_to_the_event_lead(tmp_path: Path) -> None:
    """Łukasz Nowak reported before he joined the team; once a member, he is set as the handler and
    answers a question. The Event Lead reads him as the reporter everywhere, the timeline too."""
    path = desk_vault(tmp_path)
    with open_desk(path) as lead:
        code = lead.take_report(title="Remarks at the social evening").code
        lead.set_part(code, "people", [Person(party=Party.REPORTER, name="Łukasz Nowak")])
        lead.add_member("Łukasz Nowak", Role.RESPONDER, "zielony most nad wisłą")
        lead.update_case(code, handler="Łukasz Nowak")
    with Desk.open(path, "Łukasz Nowak", "zielony most nad wisłą") as joined:
        joined.answer(code, "gather", "where_happened", "Hotel bar, Saal 3")
    with open_desk(path, EVENT_LEAD) as desk:
        case = desk.case(code)
        rows = desk.cases()
    dumped = json.dumps(case.model_dump(mode="json"), ensure_ascii=False)
    assert not re.search(r"Nowak|Lukasz Nowak", dumped, re.IGNORECASE), dumped
    assert case.handler == "[reporter]" and "[reporter]" in {e.who for e in case.timeline}
    assert [r.handler for r in rows if r.code == code] == ["[reporter]"]


def test_who_attached_removed_or_held_follows_the_same_rule(tmp_path: Path) -> None:
    """Evidence and holds keep who acted in parts of their own: a member who is the reporter attaches
    and removes a file and holds the report, and neither the Event Lead nor the Officer reads her name."""
    from tests.evidence_samples import PNG

    path, code = zoya_reported_and_handled(tmp_path)
    with vault_as(path) as vault:  # back to open, to act on it as the team would
        (summary,) = [s for s in vault.list_cases() if s.code == code]
        vault.update_case(summary.id, status=CaseStatus.ASSESSING)
    with open_desk(path, ZOYA) as desk:
        kept = desk.attach(code, "chat.png", PNG).attachment
        desk.attach(code, "second.png", PNG + b"\0")
        desk.remove_attachment(code, kept.id, "the wrong file")
        desk.hold(code, "Keep it unless someone else reports him")
        held = desk.case(code)
        assert (held.hold.by, held.attachments[0].by, held.attachments[0].removed_by) == (ZOYA, ZOYA, ZOYA)
    with vault_as(path) as vault:
        vault.update_case(summary.id, status=CaseStatus.FILED)
    for member in (EVENT_LEAD, OFFICER):
        with open_desk(path, member) as desk:
            case = desk.case(code)
            assert len(case.attachments) == 2
            dumped = json.dumps(case.model_dump(mode="json"), ensure_ascii=False)
            assert spelled(dumped) == [], (member, dumped)
            assert case.attachments[0].by == case.attachments[0].removed_by == "[reporter]"
