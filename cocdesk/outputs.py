"""Files the station writes for people (PDFs, Markdown) and the rule every one of them obeys.

A document never goes over a vault's own files: the database, its key file and the files beside them
that share its name (any vault, not only the one open, and a backup is a vault too). Over any other
existing file it goes only when the user said so: ``--force`` on the command line, the save dialog's
"replace it?" in the window. Each file is written whole or not at all, readable by its owner only.

    target = check_output_path(out, force=args.force)
    write_owner_only(target, data)
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from cocdesk.keystore import MAGIC as KEY_FILE_MAGIC
from cocdesk.private_files import PARTIAL, owner_only_file, partial_copies, partial_path, write_owner_only
from cocdesk.vault.errors import InvalidEdit
from cocdesk.vault.files import VaultFiles

# how a key file of the first release begins: JSON that names its format
KEY_FILE_FORMAT = b'"cocdesk-keys"'
HEAD = 4096


class OutputRefused(InvalidEdit):
    """A file that must not be written; ``str()`` is the sentence that says which and why."""


class OutputExists(OutputRefused):
    """An existing file, not a vault's, that the user did not say may be replaced."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__(f"{os.fspath(path)} already exists, so nothing was written.")
        self.path = path


def check_output_path(path: str | os.PathLike[str], *, force: bool) -> Path:
    """``path`` made absolute, once it is known that a document may be written there.

    ``OutputRefused`` when it is a vault's own file or a folder, or cannot be written (no name, no
    such folder, a folder that takes no new file), whatever ``force`` says; ``OutputExists`` when it
    exists and ``force`` is not given. Each sentence names ``path`` as the user gave it."""
    if not os.fspath(path).strip():  # an unset shell variable: Path("") would be the current folder
        raise OutputRefused("No file name was given to write to, so nothing was written; name a file.")
    target = Path(path).expanduser().absolute()
    # a link to a vault's file is one too, and is named for the vault its target belongs to
    for seen in dict.fromkeys((_followed(target), target)):
        vault = owning_vault(seen)
        if vault is not None:
            raise OutputRefused(
                f"{os.fspath(path)} belongs to the vault {vault.name}, so nothing was written;"
                " choose another file name."
            )
    if target.is_dir():
        raise OutputRefused(f"{os.fspath(path)} is a folder, so nothing was written; name a file in it.")
    if os.path.lexists(target) and not force:
        raise OutputExists(path)
    _refuse_unwritable(path, target)
    return target


def _refuse_unwritable(path: str | os.PathLike[str], target: Path) -> None:
    """``OutputRefused`` when no file can be made beside ``target``: asked of the system itself, by
    making and removing an empty file there, as the write would (a rule of thumb from the folder's
    permissions is wrong for root, and for /proc or a read-only disk)."""
    folder = target.parent
    shown = os.fspath(path)
    if not folder.exists():
        raise OutputRefused(
            f"{shown} cannot be written: the folder {folder} does not exist, so nothing was written;"
            " create it first or choose another folder."
        )
    if not folder.is_dir():
        raise OutputRefused(f"{shown} cannot be written: {folder} is not a folder, so nothing was written.")
    probe = partial_path(target)
    try:
        os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        return  # a save of this process is under way there: the folder takes files
    except OSError as error:
        raise OutputRefused(
            f"{shown} cannot be written: {_why_not(error, folder)}, so nothing was written;"
            " choose another folder."
        ) from None
    probe.unlink(missing_ok=True)


def _why_not(error: OSError, folder: Path) -> str:
    if error.errno in (errno.EACCES, errno.EPERM):
        return f"you may not create files in {folder}"
    if error.errno == errno.EROFS:
        return f"{folder} is on a disk that is read-only"
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"the disk of {folder} is full"
    if error.errno == errno.ENOENT:  # the folder is there: a system folder (/proc) that makes its own
        return f"{folder} does not take new files"
    return f"{folder} refused a new file ({(error.strerror or str(error)).lower()})"


def _followed(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a loop of links leads nowhere, so to no vault
        return path


def owning_vault(path: Path) -> Path | None:
    """The database of the vault ``path`` is a file of, or None when it is no vault's."""
    if is_key_file(path):
        return _database_named_by(path) or path
    if _has_key_file(path):
        return path  # the database itself: SQLCipher's pages look random, but its key file is beside it
    database = _database_named_by(path)
    if database is not None and _has_key_file(database):
        return database
    return None


def is_key_file(path: Path) -> bool:
    """A vault's key file, known by how it begins (a database cannot be: it is random from byte one)."""
    try:
        if not path.is_file():  # a pipe or a device would never answer, or never end
            return False
        with path.open("rb") as source:
            head = source.read(HEAD)
    except OSError:
        return False
    if head.startswith(KEY_FILE_MAGIC):
        return True
    return head.lstrip().startswith(b"{") and KEY_FILE_FORMAT in head


def _vault_suffixes() -> list[str]:
    """What a vault adds to its database's name for each file beside it, longest first."""
    files = VaultFiles(Path("v"))
    added = {p.name.removeprefix("v") for p in files.everything() if p != files.database}
    return sorted(added, key=len, reverse=True)


def _database_named_by(path: Path) -> Path | None:
    """``X`` when ``path`` is named like one of the files of a vault at ``X``."""
    for suffix in _vault_suffixes():
        if path.name.endswith(suffix) and len(path.name) > len(suffix):
            return path.with_name(path.name.removesuffix(suffix))
    return None


def _has_key_file(database: Path) -> bool:
    files = VaultFiles(database)
    return any(os.path.lexists(p) for p in (files.keys, files.keys_pending))


__all__ = [
    "PARTIAL",
    "OutputExists",
    "OutputRefused",
    "check_output_path",
    "owner_only_file",
    "partial_copies",
    "write_owner_only",
]
