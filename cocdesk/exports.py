"""Saving a document on purpose: the file goes where the user chose, and the act goes into the audit log."""

from __future__ import annotations

import os

from cocdesk.paper import Document
from cocdesk.vault import Vault


def save_recorded(
    vault: Vault,
    document: Document,
    path: str | os.PathLike[str],
    action: str,
    what: str,
    case_id: str | None = None,
) -> str:
    """Write ``document`` to ``path`` (owner-only) and record who, when and its SHA-256; return the digest."""
    digest = document.save(os.fspath(path))
    vault.record(action, what, case_id, sha256=digest, pages=document.pages, file=os.path.basename(path))
    return digest
