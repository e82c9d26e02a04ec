"""The member names of a vault, read straight from its key file.

The unlock screen shows them the moment it opens. Reading them through ``cocdesk.vault`` would load
pydantic, cryptography and SQLCipher first and nearly double the time to a usable screen, so this
reads the same file with the standard library alone; the vault package loads while the member types,
and it is what checks the file properly and reports any problem.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from cocdesk import keystore

KEYS_SUFFIX = ".keys"  # beside the database, as ``cocdesk.vault.files.VaultFiles.keys``


def keys_path(vault_path: str | os.PathLike[str]) -> Path:
    database = Path(vault_path).expanduser().absolute()
    return database.with_name(database.name + KEYS_SUFFIX)


def member_names(vault_path: str | os.PathLike[str]) -> list[str]:
    """The names in the vault's key slots, or an empty list when the file is missing or unreadable."""
    try:
        raw = keystore.read_raw(keys_path(vault_path), keystore.FILE_BYTES)
        area = keystore.newest(raw)
        slots = (keystore.legacy_json(raw) if area is None else json.loads(area[1]))["slots"]  # type: ignore[index]
        names = [slot["name"] for slot in slots]
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        return []
    return [name for name in names if isinstance(name, str)]
