"""Member key slots: each passphrase opens its member's private key, which opens the database key.

Two layers, so that the team lead can re-key the database for everyone who stays without knowing
their passphrases:
- a member's X25519 private key is sealed with AES-GCM under a key derived from their passphrase
  with Argon2id (64 MiB or more; iterations calibrated when the vault is created);
- the random 256-bit database key is sealed to each member's public key (X25519, HKDF, AES-GCM).
Removing a member re-keys the database and seals the new key to the members who remain, so an old
copy of the removed member's slot opens nothing.

A slot may also carry the identity key (see ``cocdesk.vault.sealed``), sealed to the same public key,
so that only the members whose role sees identity can read what names the reporter. Each sealed
identity key is labelled with its id; during a rotation a slot carries the old and the new one, and
the database says which one seals its rows.
"""

from __future__ import annotations

import base64
import hashlib
import os
import time
import unicodedata
from dataclasses import dataclass, field
from typing import Annotated

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from pydantic import BeforeValidator, Field, PlainSerializer

from cocdesk.domain.common import Model

Key = bytes | bytearray  # a key may be held in a buffer that is overwritten after use
MIN_MEMORY_KIB = 64 * 1024
MAX_MEMORY_KIB = 1024 * 1024
MAX_ITERATIONS = 64
MAX_LANES = 16
UNLOCK_TARGET_SECONDS = 0.5


def _b64decode(value: object) -> object:
    return base64.b64decode(value) if isinstance(value, str) else value


B64 = Annotated[
    bytes,
    BeforeValidator(_b64decode),
    PlainSerializer(lambda raw: base64.b64encode(raw).decode("ascii"), return_type=str),
]


class KdfParams(Model):
    """Argon2id's settings. A key file is read whatever it says; ``problem`` is asked before any
    derivation, so a planted slot can neither lower the cost below the floor nor exhaust memory."""

    salt: B64 = Field(default_factory=lambda: os.urandom(16))
    memory_kib: int = MIN_MEMORY_KIB
    iterations: int = 3
    lanes: int = 4

    def fresh(self) -> KdfParams:
        """The same cost with a new salt, for a new or changed passphrase."""
        return self.model_copy(update={"salt": os.urandom(16)})

    def problem(self) -> str | None:
        """Why these settings are outside what the station accepts, or None."""
        if not MIN_MEMORY_KIB <= self.memory_kib <= MAX_MEMORY_KIB:
            return f"a key derivation over {self.memory_kib} KiB of memory (allowed: 64 MiB to 1 GiB)"
        if not 1 <= self.iterations <= MAX_ITERATIONS:
            return f"a key derivation of {self.iterations} passes (allowed: 1 to {MAX_ITERATIONS})"
        if not 1 <= self.lanes <= MAX_LANES:
            return f"a key derivation in {self.lanes} lanes (allowed: 1 to {MAX_LANES})"
        if len(self.salt) < 16:
            return "a key derivation with a salt shorter than 16 bytes"
        return None

    def derive(self, passphrase: str) -> bytes:
        """The key of ``passphrase`` in Unicode's composed form (NFC), so that the same passphrase
        typed on a keyboard that composes differently opens the same slot."""
        return self.derive_exactly(unicodedata.normalize("NFC", passphrase))

    def derive_exactly(self, passphrase: str) -> bytes:
        kdf = Argon2id(
            salt=self.salt,
            length=32,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return kdf.derive(passphrase.encode("utf-8"))


def calibrate(target_seconds: float = UNLOCK_TARGET_SECONDS) -> KdfParams:
    """Argon2id parameters that take about ``target_seconds`` on this machine.

    A derivation costs a fixed part (filling 64 MiB) plus a part per iteration, so two iteration
    counts are timed (the faster of two runs each, after a warm-up) and a line is fitted."""

    def seconds(iterations: int) -> float:
        probe = KdfParams(iterations=iterations)
        runs = []
        for _ in range(2):
            started = time.perf_counter()
            probe.derive("calibration")
            runs.append(time.perf_counter() - started)
        return min(runs)

    KdfParams(iterations=1).derive("warm-up")
    one, three = seconds(1), seconds(3)
    per_iteration = max((three - one) / 2, 1e-3)
    fixed = max(one - per_iteration, 0.0)
    iterations = round((target_seconds - fixed) / per_iteration)
    return KdfParams(iterations=max(1, min(MAX_ITERATIONS, iterations)))


Key32 = Annotated[B64, Field(min_length=32, max_length=32)]  # an X25519 public key


class Sealed(Model):
    nonce: Annotated[B64, Field(min_length=12, max_length=12)]
    data: Annotated[B64, Field(max_length=4096)]


def identity_key_id(key: bytes) -> str:
    """The label of an identity key: the first 16 hex digits of its SHA-256 (it reveals nothing)."""
    return hashlib.sha256(key).hexdigest()[:16]


class SealedIdentity(Model):
    """An identity key sealed to the slot's public key, labelled with the key's id."""

    key_id: str
    ephemeral_key: Key32
    key: Sealed


@dataclass
class SlotKeys:
    """What a member's passphrase opens: the database key, the next one while a re-key is under way,
    and every identity key the slot carries, by id."""

    database: bytes
    next_database: bytes | None = None
    identity: dict[str, bytes] = field(default_factory=dict)


class Slot(Model):
    """One member's slot. The name is in the clear so the unlock screen can list the team."""

    member_id: str
    name: str
    kdf: KdfParams
    public_key: Key32
    private_key: Sealed  # the member's X25519 key, sealed under their passphrase
    ephemeral_key: Key32
    database_key: Sealed  # the database key, sealed to public_key
    next_ephemeral_key: Key32 | None = None  # during a re-key: the new database key, sealed the same way
    next_database_key: Sealed | None = None
    identity: list[SealedIdentity] = Field(default_factory=list)  # identity keys, sealed to public_key

    def unlock(self, passphrase: str, vault_id: str) -> SlotKeys:
        """Every key the slot carries (one key derivation), or InvalidTag when the passphrase is wrong.
        A passphrase set before passphrases were normalised is tried as typed too."""
        member_key = X25519PrivateKey.from_private_bytes(self._private(passphrase, vault_id))
        upcoming = None
        if self.next_ephemeral_key is not None and self.next_database_key is not None:
            upcoming = self._open_database_key(
                member_key, vault_id, self.next_ephemeral_key, self.next_database_key
            )
        return SlotKeys(
            self.open_with(member_key, vault_id), upcoming, self.identity_keys_with(member_key, vault_id)
        )

    def identity_keys_with(self, private: X25519PrivateKey, vault_id: str) -> dict[str, bytes]:
        keys = {}
        for sealed in self.identity:
            shared = private.exchange(X25519PublicKey.from_public_bytes(sealed.ephemeral_key))
            wrapping = _envelope_key(shared, sealed.ephemeral_key, IDENTITY_INFO)
            aad = self._aad(vault_id, b"identity:" + sealed.key_id.encode())
            try:
                key = _unseal(wrapping, sealed.key, aad)
            except InvalidTag:  # a damaged entry opens nothing; the passphrase was right
                continue
            if identity_key_id(key) == sealed.key_id:
                keys[sealed.key_id] = key
        return keys

    def identity_ids(self) -> list[str]:
        return [sealed.key_id for sealed in self.identity]

    def with_identity_key(self, key: bytes, vault_id: str) -> Slot:
        """This slot also carrying ``key`` (kept once); the passphrase is untouched."""
        key_id = identity_key_id(key)
        if key_id in self.identity_ids():
            return self
        aad = self._aad(vault_id, b"identity:" + key_id.encode())
        ephemeral, sealed = _seal_to(self.public_key, key, aad, IDENTITY_INFO)
        carried = SealedIdentity(key_id=key_id, ephemeral_key=ephemeral, key=sealed)
        return self.model_copy(update={"identity": [*self.identity, carried]})

    def keeping_identity(self, key_ids: set[str]) -> Slot:
        """This slot without the identity keys whose ids are not in ``key_ids``."""
        kept = [sealed for sealed in self.identity if sealed.key_id in key_ids]
        return self if len(kept) == len(self.identity) else self.model_copy(update={"identity": kept})

    def open_with(self, private: X25519PrivateKey, vault_id: str) -> bytes:
        return self._open_database_key(private, vault_id, self.ephemeral_key, self.database_key)

    def _open_database_key(
        self, private: X25519PrivateKey, vault_id: str, ephemeral: bytes, sealed: Sealed
    ) -> bytes:
        peer = X25519PublicKey.from_public_bytes(ephemeral)
        wrapping = _envelope_key(private.exchange(peer), ephemeral)
        return _unseal(wrapping, sealed, self._aad(vault_id, b"database"))

    def with_database_key(self, database_key: Key, vault_id: str) -> Slot:
        """This slot with the database key sealed anew; the passphrase is untouched."""
        ephemeral, sealed = _seal_to(self.public_key, database_key, self._aad(vault_id, b"database"))
        return self.model_copy(update={"ephemeral_key": ephemeral, "database_key": sealed})

    def with_next_database_key(self, database_key: Key, vault_id: str) -> Slot:
        """This slot also carrying the key of the database a re-key is making."""
        ephemeral, sealed = _seal_to(self.public_key, database_key, self._aad(vault_id, b"database"))
        return self.model_copy(update={"next_ephemeral_key": ephemeral, "next_database_key": sealed})

    @property
    def has_next(self) -> bool:
        return self.next_ephemeral_key is not None and self.next_database_key is not None

    def promoted(self) -> Slot:
        """The re-key finished: the next database key becomes the key."""
        assert self.next_ephemeral_key is not None and self.next_database_key is not None
        return self.model_copy(
            update={
                "ephemeral_key": self.next_ephemeral_key,
                "database_key": self.next_database_key,
                "next_ephemeral_key": None,
                "next_database_key": None,
            }
        )

    def without_next(self) -> Slot:
        return self.model_copy(update={"next_ephemeral_key": None, "next_database_key": None})

    def digest(self) -> str:
        """The slot as the vault last sealed it, every byte of it."""
        return hashlib.sha256(self.model_dump_json().encode("utf-8")).hexdigest()

    def _private(self, passphrase: str, vault_id: str) -> bytes:
        """The member's private key, or InvalidTag; a passphrase set before passphrases were
        normalised is tried as typed too."""
        aad = self._aad(vault_id, b"private")
        try:
            return _unseal(self.kdf.derive(passphrase), self.private_key, aad)
        except InvalidTag:
            if unicodedata.normalize("NFC", passphrase) == passphrase:
                raise
            return _unseal(self.kdf.derive_exactly(passphrase), self.private_key, aad)

    def with_passphrase(self, old: str, new: str, vault_id: str) -> Slot:
        aad = self._aad(vault_id, b"private")
        private = self._private(old, vault_id)
        kdf = self.kdf.fresh()
        return self.model_copy(update={"kdf": kdf, "private_key": _seal(kdf.derive(new), private, aad)})

    def _aad(self, vault_id: str, purpose: bytes) -> bytes:
        return b"|".join([b"cocdesk", purpose, vault_id.encode(), self.member_id.encode()])


def new_slot(
    member_id: str, name: str, passphrase: str, database_key: Key, vault_id: str, kdf: KdfParams
) -> Slot:
    private = X25519PrivateKey.generate()
    public = private.public_key().public_bytes_raw()
    blank = Sealed.model_construct(nonce=b"", data=b"")  # filled in below, before anyone sees it
    slot = Slot.model_construct(
        member_id=member_id,
        name=name,
        kdf=kdf.fresh(),
        public_key=public,
        private_key=blank,
        ephemeral_key=b"",
        database_key=blank,
    )
    sealed_private = _seal(
        slot.kdf.derive(passphrase), private.private_bytes_raw(), slot._aad(vault_id, b"private")
    )
    return slot.model_copy(update={"private_key": sealed_private}).with_database_key(database_key, vault_id)


DATABASE_INFO = b"cocdesk database key"
IDENTITY_INFO = b"cocdesk identity key"


def _seal_to(public_key: bytes, secret: Key, aad: bytes, info: bytes = DATABASE_INFO) -> tuple[bytes, Sealed]:
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_key))
    return ephemeral_public, _seal(_envelope_key(shared, ephemeral_public, info), secret, aad)


def _envelope_key(shared: bytes, ephemeral_public: bytes, info: bytes = DATABASE_INFO) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral_public, info=info)
    return hkdf.derive(shared)


def _seal(key: bytes, secret: Key, aad: bytes) -> Sealed:
    nonce = os.urandom(12)
    return Sealed(nonce=nonce, data=AESGCM(key).encrypt(nonce, secret, aad))


def _unseal(key: bytes, sealed: Sealed, aad: bytes) -> bytes:
    return AESGCM(key).decrypt(sealed.nonce, sealed.data, aad)


__all__ = [
    "InvalidTag",
    "KdfParams",
    "Key",
    "SealedIdentity",
    "Slot",
    "SlotKeys",
    "calibrate",
    "identity_key_id",
    "new_slot",
]
