"""What identifies a reporter, sealed under the identity key inside the (already encrypted) database.

The ordinary tables hold what every member may read: the withheld rendition the desk makes when a
text is saved ("[reporter]" where a name was). Where the full value differs from its rendition, the
full value is also kept in the ``sealed`` table, encrypted with AES-GCM under the identity key, which
only the slots of the members whose role sees identity carry. A member without it reads renditions
only, and nothing they can unwrap opens a sealed row.

A piece is named ``part:<name>``, ``answer:<step_id>:<field_id>`` or ``header:<field>``; its body is a
12-byte nonce and the ciphertext of the value's JSON, bound to the case and the piece's name.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import Any, Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from cocdesk.vault.keyslots import identity_key_id

KEY_ID: Final = "identity_key_id"  # the meta row naming the identity key that seals the rows
KEY_BYTES = 32
NONCE_BYTES = 12


class _Sentinel:
    def __init__(self, name: str) -> None:
        self._name = name

    def __repr__(self) -> str:
        return self._name


SAME: Final[Any] = _Sentinel("SAME")  # the rendition is the value itself: nothing to seal
ABSENT: Final[Any] = _Sentinel("ABSENT")  # a rendition of nothing: no plain row at all


def part_piece(name: str) -> str:
    return f"part:{name}"


def answer_piece(step_id: str, field_id: str) -> str:
    return f"answer:{step_id}:{field_id}"


def header_piece(field: str) -> str:
    return f"header:{field}"


def stored_key_id(connection: Any) -> str | None:
    """The id of the identity key that seals this database's rows; None before one is established."""
    row = connection.execute("SELECT value FROM meta WHERE key = ?", (KEY_ID,)).fetchone()
    return str(row[0]) if row else None


def set_key_id(connection: Any, key: bytes) -> None:
    connection.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (KEY_ID, identity_key_id(key))
    )


@dataclass(frozen=True)
class Seal:
    """What a writer or reader holds: the identity key (None for a member without it), and whether
    the vault has an identity key at all (a vault made before sealing keeps full values in the clear
    until the desk establishes one)."""

    key: bytes | None
    established: bool

    def seal(self, case_id: str, piece: str, value: object) -> bytes:
        assert self.key is not None
        return seal(self.key, case_id, piece, value)

    def open(self, case_id: str, piece: str, body: bytes) -> Any:
        assert self.key is not None
        return unseal(self.key, case_id, piece, body)


def _aad(case_id: str, piece: str) -> bytes:
    return f"{case_id}|{piece}".encode()


def seal(key: bytes, case_id: str, piece: str, value: object) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    data = json.dumps(value, ensure_ascii=False).encode("utf-8")
    return nonce + AESGCM(key).encrypt(nonce, data, _aad(case_id, piece))


def unseal(key: bytes, case_id: str, piece: str, body: bytes) -> Any:
    """The value of a sealed row; ValueError when the key is not the one that sealed it (or the row
    was altered), which a guarded read reports as a damaged vault."""
    raw = bytes(body)
    try:
        data = AESGCM(key).decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], _aad(case_id, piece))
    except InvalidTag:
        raise ValueError(f"the sealed piece {piece} of case {case_id} does not open") from None
    return json.loads(data)


def sealed_rows(connection: Any, case_id: str) -> list[tuple[str, bytes]]:
    return list(connection.execute("SELECT piece, body FROM sealed WHERE case_id = ?", (case_id,)))


def put(connection: Any, case_id: str, piece: str, body: bytes) -> None:
    connection.execute(
        "INSERT OR REPLACE INTO sealed (case_id, piece, body) VALUES (?,?,?)", (case_id, piece, body)
    )


def drop(connection: Any, case_id: str, piece: str) -> None:
    connection.execute("DELETE FROM sealed WHERE case_id = ? AND piece = ?", (case_id, piece))


def reseal(connection: Any, old: bytes, new: bytes) -> int:
    """Every sealed row re-encrypted from ``old`` to ``new``, and the database told the new key's id;
    inside the caller's transaction. Returns how many rows were resealed."""
    rows = connection.execute("SELECT case_id, piece, body FROM sealed").fetchall()
    resealed = [(seal(new, c, p, unseal(old, c, p, body)), c, p) for c, p, body in rows]
    connection.executemany("UPDATE sealed SET body = ? WHERE case_id = ? AND piece = ?", resealed)
    set_key_id(connection, new)
    return len(rows)
