"""Searching the raw bytes of a file system for what a vault left behind, as an attacker holding the disk.

- ``key_file_copies``: every copy of a key file, whole or cut short, in either format (the JSON file,
  or the fixed-size file of two areas, each ``CDKEYS\\0\\2`` + generation + length + SHA-256 + JSON);
- ``slots_in``: every key slot found anywhere, salvaged field by field when its copy is cut short;
- ``open_slots``: which of them a known passphrase opens;
- ``raw_secrets``: the secrets a process recorded, found raw, in hex or in base64;
- ``decrypted_pages``: where the image holds SQLCipher pages that a key decrypts.
A SQLCipher 4 page (4096 bytes, 80 reserved) is AES-256-CBC over its first 4016 bytes (page 1: bytes
16 to 4016, after the salt), its IV in the 16 bytes after them, an HMAC-SHA512 in the last 64.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from cocdesk.vault.keyslots import Slot, SlotKeys

PAGE = 4096
RESERVED = 80
ENCRYPTED_END = PAGE - RESERVED  # 4016: the IV follows, then the HMAC
SALT = 16
AREA_MAGIC = b"CDKEYS\x00\x02"
AREA_HEADER = len(AREA_MAGIC) + 8 + 4 + 32
SLOT_WINDOW = 64 * 1024
KNOWN_SLOT_FIELDS = ("kdf", "private_key", "database_key", "public_key", "ephemeral_key", "member_id", "name")

_LEGACY = re.compile(rb'"format"\s*:\s*"cocdesk-keys"')
_MEMBER_ID = re.compile(rb'"member_id"\s*:')
_VAULT_ID = re.compile(rb'"vault_id"\s*:\s*"([^"\\]{1,200})"')
_FLAT_OBJECT = r'"{}"\s*:\s*(\{{[^{{}}]*\}})'
_STRING = r'"{}"\s*:\s*("(?:[^"\\]|\\.)*")'


class Image:
    """A disk's raw bytes, searched only where they are not zero: on a small file system most blocks
    were never written, and a search through zeros for a needle holding zeros is slow."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        written = [at for at in range(0, len(data), PAGE) if data[at : at + PAGE].strip(b"\0")]
        runs: list[list[int]] = []
        for at in written:  # each run of written blocks with a block of zeros either side
            start, end = max(0, at - PAGE), min(len(data), at + 2 * PAGE)
            if runs and start <= runs[-1][1]:
                runs[-1][1] = end
            else:
                runs.append([start, end])
        self.runs = [(start, data[start:end]) for start, end in runs]

    def find_all(self, needle: bytes) -> list[int]:
        return [start + at for start, chunk in self.runs for at in _all(chunk, needle)]

    def matches(self, pattern: re.Pattern[bytes]) -> Iterator[tuple[int, re.Match[bytes]]]:
        """Each match with the offset in the image its chunk starts at."""
        for start, chunk in self.runs:
            for match in pattern.finditer(chunk):
                yield start, match


@dataclass
class KeyFileCopy:
    offset: int
    kind: str  # "json" or "area"
    whole: bool
    slots: int = 0
    detail: str = ""


def key_file_copies(image: Image) -> list[KeyFileCopy]:
    """Every copy of a key file in ``image``, whether it still parses or not."""
    copies = []
    data = image.data
    for base, match in image.matches(_LEGACY):
        at = base + match.start()
        start = data.rfind(b"{", max(0, at - 256), at)
        document = _json_at(data, start) if start >= 0 else None
        if isinstance(document, dict):
            copies.append(KeyFileCopy(start, "json", True, len(document.get("slots", []))))
        else:
            copies.append(KeyFileCopy(at, "json", False, detail="cut short"))
    for offset in image.find_all(AREA_MAGIC):
        copies.append(_area_at(data, offset))
    return copies


def _area_at(data: bytes, offset: int) -> KeyFileCopy:
    header = data[offset : offset + AREA_HEADER]
    if len(header) < AREA_HEADER:
        return KeyFileCopy(offset, "area", False, detail="header cut short")
    generation, length = header[8:16], header[16:20]
    size = int.from_bytes(length, "big")
    payload = data[offset + AREA_HEADER : offset + AREA_HEADER + size]
    whole = hashlib.sha256(generation + length + payload).digest() == header[20:52]
    detail = f"generation {int.from_bytes(generation, 'big')}, {size} bytes" + (
        "" if whole else ", checksum fails"
    )
    try:
        slots = len(json.loads(payload).get("slots", []))
    except (ValueError, AttributeError):
        slots = 0
    return KeyFileCopy(offset, "area", whole, slots, detail)


@dataclass
class FoundSlot:
    slot: dict[str, Any]
    offsets: list[int] = field(default_factory=list)
    whole: bool = False  # read from an intact JSON object, not salvaged field by field

    @property
    def whose(self) -> str:
        return str(self.slot.get("name", "?"))


def slots_in(image: Image) -> list[FoundSlot]:
    """Every distinct key slot in ``image``, with the offsets of its copies."""
    found: dict[str, FoundSlot] = {}
    data = image.data
    for base, match in image.matches(_MEMBER_ID):
        at = base + match.start()
        start = data.rfind(b"{", max(0, at - 64), at)
        if start < 0:
            continue
        document = _json_at(data, start)
        whole = isinstance(document, dict) and "private_key" in document
        slot = document if whole else _salvaged(data[start : start + SLOT_WINDOW])
        if not isinstance(slot, dict):
            continue
        same = found.setdefault(json.dumps(slot, sort_keys=True), FoundSlot(slot))
        same.offsets.append(start)
        same.whole = same.whole or whole
    return list(found.values())


def _salvaged(window: bytes) -> dict[str, Any] | None:
    """A slot's fields picked out one by one from a copy cut short (first occurrence of each)."""
    text = window.decode("utf-8", "replace")
    slot: dict[str, Any] = {}
    for name in KNOWN_SLOT_FIELDS:
        match = re.search(_FLAT_OBJECT.format(name), text) or re.search(_STRING.format(name), text)
        if match is None:
            return None
        try:
            slot[name] = json.loads(match.group(1))
        except ValueError:
            return None
    return slot


def vault_ids_in(image: Image) -> set[str]:
    return {match.group(1).decode("utf-8", "replace") for _, match in image.matches(_VAULT_ID)}


@dataclass
class Opened:
    offsets: list[int]
    whose_slot: str
    passphrase_of: str
    database_key: bytes
    identity_keys: dict[str, bytes]


def open_slots(slots: list[FoundSlot], passphrases: dict[str, str], vault_ids: Iterable[str]) -> list[Opened]:
    """Each slot that one of ``passphrases`` (by whose they were) opens, with the keys it gives.

    A passphrase's key derivation is the costly part and depends only on the slot's derivation
    settings and sealed private key: a passphrase that fails on a slot read whole is not tried again
    on the other slots sharing them."""
    opened = []
    groups: dict[str, list[FoundSlot]] = defaultdict(list)
    for found in slots:
        groups[json.dumps([found.slot.get("kdf"), found.slot.get("private_key")], sort_keys=True)].append(
            found
        )
    for group in groups.values():
        group.sort(key=lambda found: not found.whole)
        for whose, passphrase in passphrases.items():
            for found in group:
                keys = _unlock(found.slot, passphrase, vault_ids)
                if keys is not None:
                    opened.append(Opened(found.offsets, found.whose, whose, keys.database, keys.identity))
                    if keys.next_database is not None:  # a re-key under way carries the next key too
                        opened.append(Opened(found.offsets, found.whose, whose, keys.next_database, {}))
                elif found.whole:
                    break  # the passphrase is wrong for the whole group
    return opened


def _unlock(slot: dict[str, Any], passphrase: str, vault_ids: Iterable[str]) -> SlotKeys | None:
    for vault_id in vault_ids:
        try:
            return Slot.model_validate(slot).unlock(passphrase, vault_id)
        except Exception:  # a wrong passphrase, another vault, or a slot too damaged to read
            continue
    return None


@dataclass
class Secret:
    what: str
    by: str
    value: bytes


def recorded_secrets(lines: Iterable[str]) -> list[Secret]:
    """The secrets a process wrote down (see ``tests.vault.erase_life``), each once; not the random
    bytes it wrote over a file to erase it."""
    seen: dict[str, Secret] = {}
    for line in lines:
        entry = json.loads(line)
        if entry.get("noise"):
            continue
        seen.setdefault(entry["hex"], Secret(entry["what"], entry["by"], bytes.fromhex(entry["hex"])))
    return list(seen.values())


def raw_secrets(image: Image, secrets: Iterable[Secret]) -> list[tuple[int, str, Secret]]:
    """Where a secret is in ``image``: raw, as hex or as base64."""
    hits: list[tuple[int, str, Secret]] = []
    for secret in secrets:
        forms = {
            "raw": secret.value,
            "hex": secret.value.hex().encode(),
            "HEX": secret.value.hex().upper().encode(),
            "base64": base64.b64encode(secret.value).rstrip(b"="),
        }
        for form, needle in forms.items():
            hits.extend((offset, form, secret) for offset in image.find_all(needle))
    return hits


def decrypt_page(page: bytes, key: bytes, *, first: bool = False) -> bytes:
    """One SQLCipher page's plaintext (for page 1, from byte 16 on: the salt is not encrypted)."""
    iv = page[ENCRYPTED_END : ENCRYPTED_END + 16]
    body = page[SALT if first else 0 : ENCRYPTED_END]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


@dataclass
class Decrypted:
    """Where ``key`` decrypts the image: 4 KiB blocks whose plaintext holds a marker, or SQLite's
    zeroed free space (a run that decrypting with a wrong key gives with probability 2**-256)."""

    markers: dict[bytes, list[int]] = field(default_factory=dict)
    blocks: set[int] = field(default_factory=set)


ZERO_RUN = bytes(32)
SHIFTS = (0, 4, 8, 12)
"""Where pages begin within 16 bytes: a database page on a block, a WAL frame's page 56 + 4120k bytes
into its file and a rollback journal's 4 bytes into each 4104-byte record all fall on these."""


def decrypted_pages(image: Image, key: bytes, markers: Iterable[bytes]) -> Decrypted:
    """Every place ``key`` decrypts ``image`` as SQLCipher pages.

    In CBC each 16-byte block decrypts to AES⁻¹(block) xor the block before it, so decrypting the
    whole image as one CBC stream gives every page's plaintext (but its first 16 bytes, which need
    the page's IV) at once, wherever the page starts on that 16-byte phase."""
    found = Decrypted({marker: [] for marker in markers})
    for base, chunk in image.runs:
        for shift in SHIFTS:
            _decrypt_stream(memoryview(chunk)[shift:], base + shift, key, found)
    return found


def _decrypt_stream(ciphertext: memoryview, offset: int, key: bytes, found: Decrypted) -> None:
    length = len(ciphertext) // 16 * 16
    plain = Cipher(algorithms.AES(key), modes.CBC(bytes(16))).decryptor().update(ciphertext[:length])
    for marker, offsets in found.markers.items():
        for at in _all(plain, marker):
            offsets.append(offset + at)
            found.blocks.add((offset + at) // PAGE)
    at = plain.find(ZERO_RUN)
    while at >= 0:
        block = (offset + at) // PAGE
        found.blocks.add(block)
        at = plain.find(ZERO_RUN, (block + 1) * PAGE - offset)


def _all(haystack: bytes, needle: bytes) -> Iterator[int]:
    at = haystack.find(needle)
    while at >= 0:
        yield at
        at = haystack.find(needle, at + 1)


def _json_at(data: bytes, start: int) -> Any:
    """The JSON value that begins at ``start``, or None when it is cut short or is not JSON."""
    text = data[start : start + 4 * SLOT_WINDOW].decode("utf-8", "replace")
    try:
        return json.JSONDecoder().raw_decode(text)[0]
    except ValueError:
        return None
