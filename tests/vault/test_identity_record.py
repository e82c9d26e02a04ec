"""The record of which identity key seals the rows lives in the database, which every member's key
opens: an Event Lead with raw SQL can delete or change it. That must never make the team's next
unlock drop the identity key from every slot (every sealed name lost for good): the keys stay, a team
member whose key opens the sealed rows records it again, and ``verify`` says what happened."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from cocdesk.desk import Desk
from cocdesk.domain import Role
from cocdesk.domain.event import Event
from cocdesk.vault import Vault, VaultFiles, sealed
from cocdesk.vault.keyfile import KeyFile
from tests.vault.conftest import FAST

LEAD, EVENT_LEAD = "Łukasz", "Kwame Mensah"
PASSPHRASES = {LEAD: "żółta łódź płynie nocą", EVENT_LEAD: "εννέα κύματα"}
REPORTER = "Зоя Орлова"


def make(path: Path) -> str:
    with Desk.create(path, Event(name="Summit 2026"), LEAD, PASSPHRASES[LEAD], kdf=FAST) as desk:
        desk.add_member(EVENT_LEAD, Role.EVENT_LEAD, PASSPHRASES[EVENT_LEAD])
        code = desk.take_report(title=f"{REPORTER} at the party").code
        desk.set_part(code, "people", [{"party": "reporter", "name": REPORTER}])
        return code


def as_event_lead(path: Path, sql: str, *args: object) -> None:
    """The Event Lead's own key, and raw SQL on the database it opens."""
    with Vault.open(path, EVENT_LEAD, PASSPHRASES[EVENT_LEAD]) as vault:
        assert vault.identity_key is None
        vault._connection.execute(sql, args)


def carried(path: Path) -> set[str]:
    return {k for slot in KeyFile.read(VaultFiles.at(path)).slots for k in slot.identity_ids()}


TAMPERING: dict[str, Callable[[Path], None]] = {
    "deleted": lambda p: as_event_lead(p, "DELETE FROM meta WHERE key = ?", sealed.KEY_ID),
    "changed": lambda p: as_event_lead(
        p, "UPDATE meta SET value = '0123456789abcdef' WHERE key = ?", sealed.KEY_ID
    ),
}


@pytest.mark.parametrize("how", TAMPERING)
def test_the_team_keeps_its_key_and_reads_every_name(tmp_path: Path, how: str) -> None:
    path = tmp_path / "summit.cocdesk"
    code = make(path)
    keys = carried(path)
    TAMPERING[how](path)
    with Vault.open(path, EVENT_LEAD, PASSPHRASES[EVENT_LEAD]) as vault:  # the Event Lead again
        assert any("identity record" in p for p in vault.verify())
    assert carried(path) == keys  # nobody's unlock dropped the key
    with Desk.open(path, LEAD, PASSPHRASES[LEAD]) as desk:
        assert desk.case(code).people[0].name == REPORTER
        assert desk.case(code).title == f"{REPORTER} at the party"
        problems = desk.verify()
        assert [p for p in problems if "recorded again" in p] and len(problems) == 1
    assert carried(path) == keys
    with Desk.open(path, EVENT_LEAD, PASSPHRASES[EVENT_LEAD]) as desk:
        assert "Зоя" not in desk.case(code).model_dump_json()


def test_a_key_that_opens_no_sealed_row_is_kept_and_named_by_verify(tmp_path: Path) -> None:
    path = tmp_path / "summit.cocdesk"
    code = make(path)
    keys = carried(path)
    TAMPERING["deleted"](path)
    as_event_lead(path, "UPDATE sealed SET body = randomblob(64)")
    with Desk.open(path, LEAD, PASSPHRASES[LEAD]) as desk:
        assert desk.vault.identity_key is None  # nothing it holds opens the rows: it reads renditions
        assert REPORTER not in desk.case(code).model_dump_json()
        assert any("the identity record is missing" in p for p in desk.verify())
    assert carried(path) == keys
