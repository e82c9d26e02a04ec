"""The files attached to cases, each sealed under the identity key inside the (encrypted) database.

A file is the evidence a reporter brought: it can show who they are as plainly as their name. So,
as the sealed pieces of a case (``cocdesk.vault.sealed``), its bytes are encrypted with AES-GCM under
the identity key, bound to the case and the attachment's id: a member whose slot does not carry
that key opens the database and lists the attachments, but cannot read a single byte of one.

A row is ``id``, ``case_id`` and ``body``: a 12-byte nonce and the ciphertext. Removing an
attachment deletes its row (the database zeroes what it frees: ``PRAGMA secure_delete``).
"""

from __future__ import annotations

import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from cocdesk.vault.db import guarded
from cocdesk.vault.errors import DamagedVault, IdentityWithheld, VaultError
from cocdesk.vault.files import VaultFiles
from cocdesk.vault.sealed import NONCE_BYTES, Seal


class EvidenceMissing(VaultError):
    def __init__(self) -> None:
        super().__init__(
            "The file of this attachment is not in this vault: it was removed, or the case was"
            " imported without it."
        )


def piece(attachment_id: str) -> str:
    return f"evidence:{attachment_id}"


def _aad(case_id: str, attachment_id: str) -> bytes:
    return f"{case_id}|{piece(attachment_id)}".encode()


def seal_bytes(key: bytes, case_id: str, attachment_id: str, data: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, data, _aad(case_id, attachment_id))


def unseal_bytes(key: bytes, case_id: str, attachment_id: str, body: bytes) -> bytes:
    """The file; ValueError when the key is not the one that sealed it (or the row was altered)."""
    raw = bytes(body)
    try:
        return AESGCM(key).decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], _aad(case_id, attachment_id))
    except InvalidTag:
        raise ValueError(f"the attached file {attachment_id} of case {case_id} does not open") from None


def put(connection: Any, seal: Seal, case_id: str, attachment_id: str, data: bytes) -> None:
    """Keep ``data`` sealed; inside the caller's transaction. Refused without the identity key: a
    vault that seals nothing yet would otherwise hold the file in the clear."""
    if seal.key is None or not seal.established:
        raise IdentityWithheld()
    body = seal_bytes(seal.key, case_id, attachment_id, data)
    connection.execute(
        "INSERT INTO evidence (id, case_id, body) VALUES (?,?,?)", (attachment_id, case_id, body)
    )


def drop(connection: Any, case_id: str, attachment_id: str) -> None:
    connection.execute("DELETE FROM evidence WHERE case_id = ? AND id = ?", (case_id, attachment_id))


def reseal(connection: Any, old: bytes, new: bytes) -> int:
    """Every file re-encrypted from ``old`` to ``new`` (an identity key rotation), one at a time."""
    ids = [row[0] for row in connection.execute("SELECT id FROM evidence").fetchall()]
    for attachment_id in ids:
        case_id, body = connection.execute(
            "SELECT case_id, body FROM evidence WHERE id = ?", (attachment_id,)
        ).fetchone()
        data = unseal_bytes(old, case_id, attachment_id, body)
        connection.execute(
            "UPDATE evidence SET body = ? WHERE id = ?",
            (seal_bytes(new, case_id, attachment_id, data), attachment_id),
        )
    return len(ids)


class EvidenceStore:
    """The evidence half of a vault; ``Vault`` supplies the connection and the identity key."""

    files: VaultFiles
    _connection: Any

    def _seal(self) -> Seal:
        raise NotImplementedError

    @guarded
    def evidence(self, case_id: str, attachment_id: str) -> bytes:
        """The attached file, opened with the identity key; ``IdentityWithheld`` without it."""
        seal = self._seal()
        if seal.key is None:
            raise IdentityWithheld()
        row = self._connection.execute(
            "SELECT body FROM evidence WHERE case_id = ? AND id = ?", (case_id, attachment_id)
        ).fetchone()
        if row is None:
            raise EvidenceMissing()
        try:
            return unseal_bytes(seal.key, case_id, attachment_id, row[0])
        except ValueError as error:
            raise DamagedVault(str(self.files.database), str(error)) from None

    @guarded
    def evidence_kept(self, case_id: str) -> set[str]:
        """The ids of the attachments of ``case_id`` whose file is kept."""
        rows = self._connection.execute("SELECT id FROM evidence WHERE case_id = ?", (case_id,))
        return {str(row[0]) for row in rows}
