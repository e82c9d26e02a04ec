"""A demo vault of realistic, invented cases, and a generator of many cases for benchmarks."""

from __future__ import annotations

import os

from cocdesk.demo.acted_cases import acted_previous_incident, filed_hallway
from cocdesk.demo.closed_cases import closed_party, closed_sprint
from cocdesk.demo.generate import generate_cases
from cocdesk.demo.open_cases import assessing_overdue, assessing_talk, decided_lunch, received_at_coffee
from cocdesk.demo.team import DEMO_MEMBER, TEAM, demo_event
from cocdesk.desk import policy
from cocdesk.domain.common import now
from cocdesk.vault import KdfParams, Vault, VaultFiles, destroy_files

STORIES = [
    received_at_coffee,
    assessing_overdue,
    assessing_talk,
    decided_lunch,
    acted_previous_incident,
    filed_hallway,
    closed_sprint,
    closed_party,
]


def make_demo_vault(path: str | os.PathLike[str], passphrase: str, *, kdf: KdfParams | None = None) -> None:
    """A vault for an event that is on now, with a team whose every member unlocks it with
    ``passphrase`` (the lead is "Demo Responder") and cases in every quadrant and every status."""
    at = now()
    event = demo_event(at)
    vault = Vault.create(path, event, DEMO_MEMBER, passphrase, kdf=kdf)
    try:
        for name, role in TEAM:
            vault.add_member(name, role, passphrase, identity=policy.sees_identity(role))
        for story in STORIES:
            vault.import_case(story(vault.procedure, event, at))
    except BaseException:
        vault.close()
        destroy_files(VaultFiles.at(path))
        raise
    vault.close()


__all__ = ["DEMO_MEMBER", "generate_cases", "make_demo_vault"]
