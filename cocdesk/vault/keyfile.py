"""The key file beside the database: the vault's id, every member's slot, and failed-unlock counts.

It is sealed: an HMAC, under a key derived from the database key, over everything but the failure
counts (which a wrong passphrase must be able to write). Only a member whose passphrase opens the
database key can make a seal, so a slot planted, edited, reordered or removed by anyone else is found
before anything in the file is trusted or a new key is sealed to it. The database keeps a list of
the slots it expects, so that the refusal can say what changed.

On disk it is two areas overwritten in place (``cocdesk.keystore``): no copy of an older key file is
left behind. The first release wrote one JSON object, replaced by renaming; such a file is read,
and sealed and rewritten in place at the first unlock.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import datetime
from typing import Any, Literal

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from pydantic import Field, ValidationError

from cocdesk import keystore
from cocdesk.domain.common import Model, now
from cocdesk.vault.errors import (
    InvalidEdit,
    KeyFileDamaged,
    NotAVault,
    TooManyAttempts,
    UnknownMember,
    VaultMissing,
)
from cocdesk.vault.files import VaultFiles, os_error
from cocdesk.vault.keyslots import B64, KdfParams, Key, Slot

FREE_TRIES = 3
LONGEST_WAIT_SECONDS = 300.0
LEGACY_BYTES = 4 << 20
SEAL_INFO = b"cocdesk key file seal"
SEALED_FIELDS = {"format", "version", "vault_id", "serial", "database_salt", "cost", "slots", "seen", "rekey"}
SALT_BYTES = 16


class Failures(Model):
    """Wrong passphrases for one member, ever: the count only grows, so that a count lowered by
    editing the file shows against the one the vault saw at the last unlock (``KeyFile.seen``)."""

    total: int = Field(default=0, ge=0)
    last: datetime | None = None


class Rekey(Model):
    """A re-key under way: the salt of the database it is making (see ``MemberAdmin._rekey``)."""

    database_salt: B64


class KeyFile(Model):
    format: Literal["cocdesk-keys"] = "cocdesk-keys"
    version: Literal[2] = 2
    vault_id: str
    serial: int = 0  # one more at every sealed write; the database keeps the last, so an older copy shows
    database_salt: B64 = b""  # the first 16 bytes of the database this file opens (SQLCipher's salt)
    cost: KdfParams | None = None  # the station's calibrated cost, for every new passphrase
    slots: list[Slot]
    seen: dict[str, int] = Field(default_factory=dict)  # each member's failure total at their last unlock
    rekey: Rekey | None = None
    seal: B64 = b""  # HMAC under the database key; empty only for a file of the first release
    next_seal: B64 = b""  # during a re-key: the same, under the new database key
    failures: dict[str, Failures] = Field(default_factory=dict)  # not sealed

    # reading and writing

    @classmethod
    def read(cls, files: VaultFiles) -> KeyFile:
        if not files.database.exists():
            raise VaultMissing(str(files.database))
        try:
            raw = keystore.read_raw(files.keys, LEGACY_BYTES)
        except FileNotFoundError:
            raise NotAVault(str(files.database)) from None
        except keystore.NotAFile as error:
            raise KeyFileDamaged(str(files.keys), str(error.strerror)) from None
        except OSError as error:
            raise os_error(error, files.keys) from None
        return cls.from_bytes(raw, files)

    @classmethod
    def from_bytes(cls, raw: bytes, files: VaultFiles | None = None) -> KeyFile:
        """The key file in ``raw`` (the newest whole area, or a file of the first release)."""
        where = files or VaultFiles.at("key file")
        if keystore.is_legacy(raw):
            return cls._from_legacy(raw, where)
        area = keystore.newest(raw)
        if area is None:
            if raw[: len(keystore.MAGIC)] == keystore.MAGIC:
                raise KeyFileDamaged(str(where.keys), "no copy of it is whole")
            raise NotAVault(str(where.database))
        try:
            return cls.model_validate_json(area[1])
        except (ValidationError, ValueError, RecursionError):
            raise KeyFileDamaged(str(where.keys), "its contents cannot be read") from None

    @classmethod
    def _from_legacy(cls, raw: bytes, files: VaultFiles) -> KeyFile:
        try:
            old = keystore.legacy_json(raw)
            if not isinstance(old, dict):
                raise ValueError("not a key file")
            counts = {
                member: Failures(total=failed.get("count", 0), last=failed.get("last"))
                for member, failed in old.get("failures", {}).items()
            }
            return cls(vault_id=old["vault_id"], slots=old["slots"], failures=counts)
        except (ValidationError, ValueError, KeyError, TypeError, AttributeError):
            raise NotAVault(str(files.database)) from None

    @property
    def is_sealed(self) -> bool:
        return bool(self.seal)

    def save(self, files: VaultFiles) -> None:
        """Overwrite the key file in place."""
        try:
            keystore.overwrite(files.keys, self._payload())
        except OSError as error:
            raise os_error(error, files.keys) from None

    def create(self, path: Any) -> None:
        """A new key file at ``path`` (a new vault, or a backup's)."""
        try:
            keystore.create(path, self._payload())
        except OSError as error:
            raise os_error(error, path) from None

    def check_room(self) -> None:
        """Refuse, before anything is written, a key file too large for its fixed size."""
        self._payload()

    def _payload(self) -> bytes:
        payload = self.model_dump_json().encode("utf-8")
        if len(payload) > keystore.CAPACITY:
            raise InvalidEdit("the key file has no room for more members; remove someone first")
        return payload

    # the seal

    def sealed_with(self, key: Key, next_key: Key | None = None) -> KeyFile:
        content = self._sealed_content()
        return self.model_copy(
            update={
                "seal": _mac(key, self.vault_id, content),
                "next_seal": _mac(next_key, self.vault_id, content) if next_key is not None else b"",
            }
        )

    def seal_holds(self, key: Key) -> bool:
        return bool(self.seal) and hmac.compare_digest(
            self.seal, _mac(key, self.vault_id, self._sealed_content())
        )

    def next_seal_holds(self, key: Key) -> bool:
        expected = _mac(key, self.vault_id, self._sealed_content())
        return bool(self.next_seal) and hmac.compare_digest(self.next_seal, expected)

    def _sealed_content(self) -> bytes:
        content = self.model_dump(mode="json", include=SEALED_FIELDS)
        return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")

    def manifest(self) -> list[dict[str, str]]:
        """The slots as the database records them, to name what changed when a seal fails."""
        return [{"member": s.member_id, "name": s.name, "digest": s.digest()} for s in self.slots]

    def changes_from(self, recorded: list[dict[str, str]] | None) -> list[str]:
        """What differs from the slots the database recorded, as phrases; never empty."""
        if not recorded:
            return ["its seal does not match the vault"]
        expected = {entry["member"]: entry for entry in recorded}
        present = {slot.member_id: slot for slot in self.slots}
        changes = [
            f"a key slot for “{slot.name}” was added that the vault never made"
            for member, slot in present.items()
            if member not in expected
        ]
        changes += [
            f"the key slot of {entry['name']} was removed"
            for member, entry in expected.items()
            if member not in present
        ]
        changes += [
            f"the key slot of {expected[member]['name']} was changed"
            for member, slot in present.items()
            if member in expected and slot.digest() != expected[member]["digest"]
        ]
        if not changes and [s.member_id for s in self.slots] != [e["member"] for e in recorded]:
            changes.append("the key slots were put in another order")
        return changes or ["its settings or sealed keys were changed"]

    # slots

    def slot(self, name: str) -> Slot:
        return self.slots_named(name)[0]

    def slots_named(self, name: str) -> list[Slot]:
        """The slots of ``name`` however it is capitalised, the one spelled exactly first: a slot
        planted under a member's name in other letters must not stand in for theirs."""
        wanted = name.strip()
        found = [slot for slot in self.slots if slot.name.casefold() == wanted.casefold()]
        if not found:
            raise UnknownMember(name)
        return sorted(found, key=lambda slot: slot.name != wanted)

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

    # a re-key

    def rekeying(self, new_key: Key, database_salt: bytes, staying: set[str]) -> KeyFile:
        """The staying members' slots also carrying ``new_key``, for the database being made."""
        slots = [
            s.with_next_database_key(new_key, self.vault_id) if s.member_id in staying else s.without_next()
            for s in self.slots
        ]
        return self.model_copy(update={"slots": slots, "rekey": Rekey(database_salt=database_salt)})

    def rekey_finished(self) -> KeyFile:
        """The new database is in place: its key is every staying slot's key; the others go."""
        assert self.rekey is not None
        slots = [s.promoted() for s in self.slots if s.has_next]
        return self.model_copy(
            update={
                "slots": slots,
                "rekey": None,
                "database_salt": self.rekey.database_salt,
                "next_seal": b"",
            }
        )

    def rekey_abandoned(self) -> KeyFile:
        slots = [s.without_next() for s in self.slots]
        return self.model_copy(update={"slots": slots, "rekey": None, "next_seal": b""})

    # failed unlocks

    def streak(self, member_id: str) -> int:
        """Wrong passphrases since the member's last unlock."""
        return self.failures.get(member_id, Failures()).total - self.seen.get(member_id, 0)

    def check_not_locked_out(self, member_id: str) -> None:
        wait = _wait_seconds(self.streak(member_id), self.failures.get(member_id, Failures()).last, now())
        if wait > 0:
            raise TooManyAttempts(wait)

    def after_failure(self, member_id: str) -> tuple[KeyFile, float]:
        """The key file with one more failure counted, and the wait it now imposes."""
        counted = Failures(total=self.failures.get(member_id, Failures()).total + 1, last=now())
        updated = self.model_copy(update={"failures": {**self.failures, member_id: counted}})
        return updated, _wait_seconds(updated.streak(member_id), counted.last, now())

    def after_success(self, member_id: str) -> KeyFile:
        """The failures so far counted as seen by the vault (a change the caller seals)."""
        total = max(self.failures.get(member_id, Failures()).total, self.seen.get(member_id, 0))
        failures = {
            **self.failures,
            member_id: Failures(total=total, last=self.failures.get(member_id, Failures()).last),
        }
        return self.model_copy(update={"seen": {**self.seen, member_id: total}, "failures": failures})


def _wait_seconds(streak: int, last: datetime | None, at: datetime) -> float:
    """How long a member must wait before another try; it doubles with every failure past three, up
    to five minutes. The counts are not sealed: a time without its zone or in the future is taken
    as now, so no edit of them can make the wait longer than that."""
    if streak < FREE_TRIES or last is None:
        return 0.0
    if last.tzinfo is None or last.utcoffset() is None:
        last = at
    delay = min(2.0 ** min(streak - FREE_TRIES + 1, 16), LONGEST_WAIT_SECONDS)
    since = max((at - min(last, at)).total_seconds(), 0.0)
    return max(0.0, delay - since)


def _mac(key: Key, vault_id: str, content: bytes) -> bytes:
    mac_key = HKDF(algorithm=hashes.SHA256(), length=32, salt=vault_id.encode(), info=SEAL_INFO).derive(
        bytes(key)
    )
    return hmac.new(mac_key, content, hashlib.sha256).digest()


def database_salt(path: Any) -> bytes:
    """The first 16 bytes of a SQLCipher database: its salt, fixed for the life of the file."""
    try:
        with open(path, "rb") as handle:
            return handle.read(SALT_BYTES)
    except FileNotFoundError:
        return b""


__all__ = ["Failures", "KeyFile", "Rekey", "database_salt"]
