"""Opening the SQLCipher database with a raw key, and turning SQLite's errors into vault errors."""

from __future__ import annotations

import contextlib
import functools
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, Protocol, TypeVar

from sqlcipher3 import dbapi2 as sqlcipher

from cocdesk.vault.errors import DamagedVault, DiskFull, ReadOnlyLocation, VaultError
from cocdesk.vault.files import VaultFiles

KEY_BYTES = 32
FULL_BELOW = 256 * 1024  # free bytes under which an I/O error is taken for a full disk
DatabaseError = sqlcipher.DatabaseError


def key_pragma_value(key: bytes | bytearray) -> str:
    """The raw-key form SQLCipher takes (no passphrase derivation): x'<64 hex digits>'."""
    if len(key) != KEY_BYTES:
        raise ValueError("a database key is 32 bytes")
    return f"x'{key.hex()}'"


def connect(path: Path, key: bytes | bytearray) -> Any:
    """A connection in autocommit mode; every edit opens its own transaction."""
    connection = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        # The key is random bytes rendered as hex, never user text.
        connection.execute(f'PRAGMA key = "{key_pragma_value(key)}"')
        connection.execute("PRAGMA temp_store = MEMORY")
        # A deleted or overwritten row (a name before it was sealed) is zeroed, not left in a free page.
        connection.execute("PRAGMA secure_delete = ON")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()  # a wrong key shows here
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        connection.close()
        raise
    return connection


def attach_with_key(connection: Any, path: Path, key: bytes | bytearray, alias: str) -> None:
    connection.execute(f"ATTACH DATABASE ? AS {alias} KEY ?", (str(path), key_pragma_value(key)))


def translate(error: sqlcipher.Error, path: Path) -> VaultError:
    code = getattr(error, "sqlite_errorcode", None)
    base = code & 0xFF if isinstance(code, int) else None
    if base == 13 or (base in (10, 14) and disk_is_full(path)):  # SQLITE_FULL; IOERR, CANTOPEN
        return DiskFull()
    if base in (8, 23):  # SQLITE_READONLY, SQLITE_AUTH
        return ReadOnlyLocation(str(path))
    if base == 14:  # SQLITE_CANTOPEN
        return ReadOnlyLocation(str(path))
    return DamagedVault(str(path), str(error))


def disk_is_full(path: Path) -> bool:
    """Whether the disk holding ``path`` has (next to) no room left: SQLite reports a journal it
    cannot grow as an I/O error, which is not damage."""
    try:
        return shutil.disk_usage(path.parent).free < FULL_BELOW
    except OSError:
        return False


class _OfAVault(Protocol):
    files: VaultFiles


Self = TypeVar("Self", bound=_OfAVault)
P = ParamSpec("P")
R = TypeVar("R")


def guarded(read: Callable[Concatenate[Self, P], R]) -> Callable[Concatenate[Self, P], R]:
    """A read of the database that fails as a vault error: SQLite's, or DamagedVault for stored
    content that no longer parses (SQLCipher hands back a page that fails its check as zeros)."""

    @functools.wraps(read)
    def reading(vault: Self, /, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return read(vault, *args, **kwargs)
        except sqlcipher.Error as error:
            raise translate(error, vault.files.database) from None
        except ValueError as error:
            raise DamagedVault(str(vault.files.database), f"a record cannot be read: {error}") from None

    return reading


@contextlib.contextmanager
def transaction(connection: Any, path: Path) -> Iterator[Any]:
    """One edit: all of it is saved when the block ends, or none of it."""
    try:
        connection.execute("BEGIN IMMEDIATE")
    except sqlcipher.Error as error:
        raise translate(error, path) from None
    try:
        yield connection
        connection.execute("COMMIT")
    except sqlcipher.Error as error:
        with contextlib.suppress(sqlcipher.Error):
            connection.execute("ROLLBACK")
        raise translate(error, path) from None
    except BaseException:
        with contextlib.suppress(sqlcipher.Error):
            connection.execute("ROLLBACK")
        raise
