"""The key file beside the database: the vault's id, every member's slot, and failed-unlock counts."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError

from cocdesk.domain.common import Model, now
from cocdesk.vault.errors import NotAVault, TooManyAttempts, UnknownMember, VaultMissing
from cocdesk.vault.files import VaultFiles, atomic_write
from cocdesk.vault.keyslots import Slot

FREE_TRIES = 3
LONGEST_WAIT_SECONDS = 300.0


class Failures(Model):
    count: int = 0
    last: datetime | None = None

    def wait_seconds(self, at: datetime) -> float:
        """How long this member must wait before another try; it doubles with every failure past three."""
        if self.count < FREE_TRIES or self.last is None:
            return 0.0
        delay = min(2.0 ** (self.count - FREE_TRIES + 1), LONGEST_WAIT_SECONDS)
        return max(0.0, delay - (at - self.last).total_seconds())


class KeyFile(Model):
    format: Literal["cocdesk-keys"] = "cocdesk-keys"
    version: Literal[1] = 1
    vault_id: str
    slots: list[Slot]
    failures: dict[str, Failures] = Field(default_factory=dict)

    @classmethod
    def read(cls, files: VaultFiles) -> KeyFile:
        if not files.database.exists():
            raise VaultMissing(str(files.database))
        try:
            return cls.model_validate_json(files.keys.read_bytes())
        except FileNotFoundError:
            raise NotAVault(str(files.database)) from None
        except (ValidationError, ValueError):
            raise NotAVault(str(files.database)) from None

    def write(self, path: Path) -> None:
        atomic_write(path, self.model_dump_json(indent=1).encode("utf-8"))

    def slot(self, name: str) -> Slot:
        wanted = name.strip().casefold()
        for slot in self.slots:
            if slot.name.casefold() == wanted:
                return slot
        raise UnknownMember(name)

    def replace_slot(self, slot: Slot) -> KeyFile:
        slots = [slot if s.member_id == slot.member_id else s for s in self.slots]
        return self.model_copy(update={"slots": slots})

    def with_identity_key(self, key: bytes, member_ids: set[str]) -> KeyFile:
        """Every slot of ``member_ids`` also carrying the identity ``key``."""
        slots = [
            s.with_identity_key(key, self.vault_id) if s.member_id in member_ids else s for s in self.slots
        ]
        return self.model_copy(update={"slots": slots})

    def keeping_identity(self, key_ids: set[str]) -> KeyFile:
        """Every slot without the identity keys whose ids are not in ``key_ids`` (needs no secret)."""
        return self.model_copy(update={"slots": [s.keeping_identity(key_ids) for s in self.slots]})

    def identity_holders(self, key_id: str | None) -> set[str]:
        """The members whose slot carries the identity key ``key_id``."""
        return {s.member_id for s in self.slots if key_id is not None and key_id in s.identity_ids()}

    def check_not_locked_out(self, member_id: str) -> None:
        wait = self.failures.get(member_id, Failures()).wait_seconds(now())
        if wait > 0:
            raise TooManyAttempts(wait)

    def after_failure(self, member_id: str) -> tuple[KeyFile, float]:
        """The key file with one more failure counted, and the wait it now imposes."""
        counted = Failures(count=self.failures.get(member_id, Failures()).count + 1, last=now())
        updated = self.model_copy(update={"failures": {**self.failures, member_id: counted}})
        return updated, counted.wait_seconds(now())

    def after_success(self, member_id: str) -> KeyFile:
        rest = {k: v for k, v in self.failures.items() if k != member_id}
        return self.model_copy(update={"failures": rest})
