"""The key file on disk: a fixed-size file of two areas, each overwritten in place and never renamed.

Replacing a file by renaming a new copy over it leaves the old copy's blocks on the disk, and with
them every database key it once sealed. So the key file is made once at its full size and only ever
overwritten where it lies: each write goes to the area that does not hold the newest copy, is synced,
then goes to the other area too. A crash leaves at least one whole area (the newest whole one is
read); a finished write leaves no older copy anywhere in the file.

An area is: 8 magic bytes, the generation (u64), the payload's length (u32), the SHA-256 of those two
and the payload, the payload (the key file's JSON), then zeros. Standard library only: the unlock
screen reads the members' names from here before the rest of the app has loaded.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import stat
import struct
from pathlib import Path

MAGIC = b"CDKEYS\x00\x02"
AREA_BYTES = 64 * 1024
AREAS = 2
FILE_BYTES = AREA_BYTES * AREAS
_HEADER = struct.Struct(">8sQI32s")
CAPACITY = AREA_BYTES - _HEADER.size
LEGACY_START = b"{"  # the key file of the first release: one JSON object, replaced by renaming


def _checksum(generation: int, payload: bytes) -> bytes:
    return hashlib.sha256(struct.pack(">QI", generation, len(payload)) + payload).digest()


def encode_area(generation: int, payload: bytes) -> bytes:
    if len(payload) > CAPACITY:
        raise ValueError("the key file is full")
    header = _HEADER.pack(MAGIC, generation, len(payload), _checksum(generation, payload))
    return (header + payload).ljust(AREA_BYTES, b"\x00")


def decode_area(area: bytes) -> tuple[int, bytes] | None:
    """The generation and payload of a whole area, or None for a torn, blank or foreign one."""
    if len(area) < _HEADER.size:
        return None
    magic, generation, length, checksum = _HEADER.unpack_from(area)
    if magic != MAGIC or length > CAPACITY:
        return None
    payload = area[_HEADER.size : _HEADER.size + length]
    if len(payload) != length or _checksum(generation, payload) != checksum:
        return None
    return generation, payload


def newest(raw: bytes) -> tuple[int, bytes] | None:
    """The newest whole area of a key file's bytes, or None when no area is whole."""
    found = [decode_area(raw[i * AREA_BYTES : (i + 1) * AREA_BYTES]) for i in range(AREAS)]
    whole = [area for area in found if area is not None]
    return max(whole, key=lambda area: area[0]) if whole else None


def settled(path: Path) -> bool:
    """Whether both areas hold the same whole copy: no older or torn copy left in the file (every
    unlock writes the file again, so this is what a check after an interrupted change asks)."""
    raw = read_raw(path, FILE_BYTES + 1)
    areas = [decode_area(raw[i * AREA_BYTES : (i + 1) * AREA_BYTES]) for i in range(AREAS)]
    return len(raw) == FILE_BYTES and areas[0] is not None and areas[0] == areas[1]


def is_legacy(raw: bytes) -> bool:
    """A key file of the first release: no whole area, and JSON from the first byte."""
    return raw.lstrip()[:1] == LEGACY_START and newest(raw) is None


def legacy_json(raw: bytes) -> object:
    """The JSON object a key file of the first release begins with (ValueError when there is none)."""
    text = raw.decode("utf-8", errors="replace").lstrip()
    return json.JSONDecoder().raw_decode(text)[0]


def read(path: Path) -> tuple[int, bytes] | None:
    """The newest whole area of the key file at ``path`` (OSError when it cannot be read)."""
    return newest(read_raw(path, FILE_BYTES))


class NotAFile(OSError):
    """A key file that is a link, a pipe or a device: never followed, waited on or read without end."""


def read_raw(path: Path, most: int) -> bytes:
    """At most ``most`` bytes of the regular file at ``path``, opened without following a link or
    waiting on a pipe (NotAFile for those)."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise NotAFile(errno.ELOOP, "it is a link, not a file", str(path)) from None
        raise
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise NotAFile(errno.EINVAL, "it is not a regular file", str(path))
        chunks, left = [], most
        while left > 0:
            chunk = os.read(descriptor, left)
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(descriptor)


def create(path: Path, payload: bytes) -> None:
    """A new key file, owner-only, at its full size; never over an existing file."""
    area = encode_area(1, payload)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        _write_at(descriptor, 0, area * AREAS)
    except BaseException:
        os.close(descriptor)
        path.unlink(missing_ok=True)
        raise
    os.close(descriptor)
    _sync_folder(path.parent)


def overwrite(path: Path, payload: bytes) -> None:
    """Write ``payload`` over the key file in place: the stale area first, then the newest one.

    A file of the first release's format (or of the wrong size) is overwritten whole, at the full
    size; bytes beyond it are zeroed before the file is cut to size."""
    descriptor = os.open(path, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0))
    try:
        size = os.fstat(descriptor).st_size
        os.lseek(descriptor, 0, os.SEEK_SET)
        raw = os.read(descriptor, FILE_BYTES)
        areas = [decode_area(raw[i * AREA_BYTES : (i + 1) * AREA_BYTES]) for i in range(AREAS)]
        generations = [area[0] if area is not None else -1 for area in areas]
        generation = max(generations) + 1 if max(generations) >= 0 else 1
        area = encode_area(generation, payload)
        if size != FILE_BYTES or max(generations) < 0:
            # a file of the first release (one JSON object at the start): the second area first,
            # so that a crash leaves that object or a whole area, whichever is read first
            _write_at(descriptor, AREA_BYTES, area)
            _write_at(descriptor, 0, area)
            if size > FILE_BYTES:
                _write_at(descriptor, FILE_BYTES, b"\x00" * (size - FILE_BYTES))
                os.ftruncate(descriptor, FILE_BYTES)
                os.fsync(descriptor)
            return
        newest_index = generations.index(max(generations))
        for index in (1 - newest_index, newest_index):
            _write_at(descriptor, index * AREA_BYTES, area)
    finally:
        os.close(descriptor)


def erase(path: Path) -> None:
    """Overwrite the whole key file with random bytes where it lies, sync, then remove it."""
    flags = os.O_RDWR | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        descriptor = os.open(path, flags)
    except FileNotFoundError:
        return
    except OSError:  # a link: its target is not the vault's to erase
        path.unlink(missing_ok=True)
        return
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):  # a pipe or a device holds no key to erase
        os.close(descriptor)
        path.unlink(missing_ok=True)
        return
    try:
        size = max(os.fstat(descriptor).st_size, FILE_BYTES)
        _write_at(descriptor, 0, os.urandom(size))
    finally:
        os.close(descriptor)
    path.unlink(missing_ok=True)
    _sync_folder(path.parent)


def _write_at(descriptor: int, offset: int, data: bytes) -> None:
    os.lseek(descriptor, offset, os.SEEK_SET)
    view = memoryview(data)
    while view:
        view = view[os.write(descriptor, view) :]
    os.fsync(descriptor)


def _sync_folder(folder: Path) -> None:
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
