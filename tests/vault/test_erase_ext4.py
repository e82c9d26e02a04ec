"""Erase that erases: a vault's whole life on an ext4 file system, then its raw image searched as an
attacker holding the disk would search it.

The life (``tests/vault/erase_life.py``) runs in a process of its own on a loop-mounted ext4 image
with its default journaling (data=ordered): reports naming people in four scripts, a wrong
passphrase, a member added, another added and removed (a re-key), a passphrase changed, and the
vault destroyed at the close of the event. The image is copied once just before the destroy (the
control: there the search must find the key file, open it and decrypt pages) and searched again after
the file system is unmounted: no report text, no key file copy that a passphrase ever used opens, no
secret the process ever made, and no page that any key found there decrypts.

Needs root, loop devices and mkfs.ext4; skipped with the reason otherwise.
"""

from __future__ import annotations

import hashlib
import json
import os
import select
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from cocdesk.vault import db
from tests.vault import raw_scan
from tests.vault.erase_life import ACCOUNT, EVENT_NAME, LEAD, NAMES, PASSPHRASES
from tests.vault.raw_scan import Decrypted, Image, Opened, Secret

ROOT = Path(__file__).resolve().parent.parent.parent
IMAGE_BYTES = 64 * 1024 * 1024
LIFE_SECONDS = 120
TEXTS = [*NAMES, ACCOUNT[:40], ACCOUNT[-40:], "orange hoodie"]
"""What the reports said, in pieces short enough to sit whole in one page."""
STRUCTURE = [b"CREATE TABLE", EVENT_NAME.encode()]
MARKERS = [text.encode() for text in TEXTS] + STRUCTURE


def _why_not_here() -> str | None:
    if os.name != "posix" or os.geteuid() != 0:
        return "mounting a file system image needs root"
    if not Path("/dev/loop-control").exists():
        return "this machine has no loop devices (/dev/loop-control)"
    for tool in ("mkfs.ext4", "mount", "umount", "losetup"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    return None


@dataclass
class Life:
    before: Image  # the disk just before the vault was destroyed
    after: Image  # the disk once the vault was destroyed and the file system unmounted
    secrets: list[Secret]


def _run(*argv: str | Path) -> None:
    done = subprocess.run([str(a) for a in argv], capture_output=True, text=True, timeout=60)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, argv))} failed: {done.stderr.strip()}")


@pytest.fixture(scope="module")
def life(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Life]:
    reason = _why_not_here()
    if reason:
        pytest.skip(reason)
    base = tmp_path_factory.mktemp("erase")
    image, mounted, record, kept = base / "ext4.img", base / "mnt", base / "secrets.jsonl", base / "kept"
    with image.open("wb") as out:
        out.truncate(IMAGE_BYTES)
    _run("mkfs.ext4", "-q", "-F", "-b", "4096", image)
    mounted.mkdir()
    kept.mkdir()
    try:
        _run("mount", "-o", "loop", image, mounted)
    except RuntimeError as error:
        pytest.skip(f"the image cannot be loop-mounted here: {error}")
    try:
        (mounted / "desk").mkdir()
        before = _live(mounted / "desk", record, kept, image)
    finally:
        _unmount(mounted, image)
    secrets = raw_scan.recorded_secrets(record.read_text().splitlines())
    yield Life(Image(before), Image(image.read_bytes()), secrets)


def _live(folder: Path, record: Path, kept: Path, image: Path) -> bytes:
    """Runs the life; returns the image as it was just before the destroy."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.vault.erase_life", str(folder), str(record), str(kept)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert child.stdin is not None and child.stdout is not None
        if not select.select([child.stdout], [], [], LIFE_SECONDS)[0]:
            pytest.fail(f"the vault's life said nothing for {LIFE_SECONDS} s")
        said = child.stdout.readline().strip()
        if said != "ready":
            pytest.fail(f"the vault's life stopped early: {said!r}\n{child.communicate(timeout=30)[1]}")
        os.sync()
        before = image.read_bytes()
        out, err = child.communicate("\n", timeout=LIFE_SECONDS)
        if out.strip() != "destroyed" or child.returncode != 0:
            pytest.fail(f"destroying the vault failed ({child.returncode}): {out!r}\n{err}")
        return before
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


def _unmount(mounted: Path, image: Path) -> None:
    """Unmounts and detaches whatever happened; raises when the file system would not unmount cleanly."""
    os.sync()
    unmounted = subprocess.run(["umount", str(mounted)], capture_output=True, text=True, timeout=60)
    if os.path.ismount(mounted):
        subprocess.run(["umount", "-l", str(mounted)], capture_output=True, timeout=60)
    attached = subprocess.run(["losetup", "-j", str(image)], capture_output=True, text=True, timeout=60)
    for line in attached.stdout.splitlines():
        subprocess.run(["losetup", "-d", line.split(":")[0]], capture_output=True, timeout=60)
    if unmounted.returncode != 0:
        raise RuntimeError(f"the image would not unmount: {unmounted.stderr.strip()}")


# What the search finds, per image, computed once.


@dataclass
class Search:
    copies: list[raw_scan.KeyFileCopy]
    slots: list[raw_scan.FoundSlot]
    opened: list[Opened]
    raw: list[tuple[int, str, Secret]]
    keys: list[bytes]  # every key the image gives: from a slot a passphrase opens, or lying raw
    pages: dict[bytes, Decrypted]


def search(image: Image, secrets: list[Secret], vault_ids: set[str]) -> Search:
    slots = raw_scan.slots_in(image)
    opened = raw_scan.open_slots(slots, PASSPHRASES, sorted(vault_ids))
    raw = raw_scan.raw_secrets(image, secrets)
    keys = list(dict.fromkeys([o.database_key for o in opened] + [s.value for _, _, s in raw]))
    pages = {key: raw_scan.decrypted_pages(image, key, MARKERS) for key in keys}
    return Search(raw_scan.key_file_copies(image), slots, opened, raw, keys, pages)


@pytest.fixture(scope="module")
def vault_ids(life: Life) -> set[str]:
    """The vault's id (no secret: every key file holds it), as the image before the destroy shows it."""
    ids = raw_scan.vault_ids_in(life.before) | raw_scan.vault_ids_in(life.after)
    assert ids, "no key file names the vault's id, even before the destroy"
    return ids


@pytest.fixture(scope="module")
def before(life: Life, vault_ids: set[str]) -> Search:
    return search(life.before, life.secrets, vault_ids)


@pytest.fixture(scope="module")
def after(life: Life, vault_ids: set[str]) -> Search:
    return search(life.after, life.secrets, vault_ids)


# The controls: the search finds what is there.


def test_the_page_decryptor_reads_a_database_the_app_opened_and_its_wal(tmp_path: Path) -> None:
    key, wrong = os.urandom(db.KEY_BYTES), os.urandom(db.KEY_BYTES)
    path = tmp_path / "known.db"
    connection = db.connect(path, key)
    connection.execute("PRAGMA wal_autocheckpoint = 0")
    connection.execute("CREATE TABLE said (text TEXT)")
    for number in range(40):
        connection.execute("INSERT INTO said VALUES (?)", (f"{number} {ACCOUNT} {NAMES[number % 4]}",))
    wal = path.with_name(path.name + "-wal").read_bytes()  # the pages still only in the WAL
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    database = path.read_bytes()

    first = raw_scan.decrypt_page(database[: raw_scan.PAGE], key, first=True)
    assert first[:2] == raw_scan.PAGE.to_bytes(2, "big")  # the header's page size, at byte 16
    assert first[4] == raw_scan.RESERVED  # and its reserved bytes per page, at byte 20
    assert b"CREATE TABLE said" in first
    pages = [database[at : at + raw_scan.PAGE] for at in range(raw_scan.PAGE, len(database), raw_scan.PAGE)]
    assert any(NAMES[2].encode() in raw_scan.decrypt_page(page, key) for page in pages)
    assert raw_scan.decrypt_page(database[: raw_scan.PAGE], wrong, first=True)[:2] != first[:2]

    # as pages lie on a disk: among noise, on a block or inside a WAL file that begins on one
    disk = os.urandom(8192) + database + os.urandom(4096) + wal + os.urandom(4096)
    found = raw_scan.decrypted_pages(Image(disk), key, MARKERS)
    in_wal = 8192 + len(database) + 4096
    assert any(at < in_wal for at in found.markers[NAMES[1].encode()])
    assert any(at > in_wal for at in found.markers[NAMES[1].encode()])
    assert len(found.blocks) >= (len(database) + len(wal)) // raw_scan.PAGE // 2
    nothing = raw_scan.decrypted_pages(Image(disk), wrong, MARKERS)
    assert not nothing.blocks and not any(nothing.markers.values())


def test_the_search_finds_opens_and_decrypts_the_vault_while_it_exists(before: Search) -> None:
    assert [c for c in before.copies if c.whole], "no whole key file on the image of a living vault"
    lead_now = [o for o in before.opened if o.whose_slot == LEAD and o.passphrase_of.endswith("(changed)")]
    assert lead_now, f"the lead's passphrase opens no slot among {len(before.slots)}"
    pages = before.pages[lead_now[0].database_key]
    assert pages.markers[b"CREATE TABLE"] and pages.markers[EVENT_NAME.encode()], "no page decrypts"
    assert any(pages.markers[text.encode()] for text in ("orange hoodie", ACCOUNT[-40:]))


def test_the_search_reads_the_fixed_size_key_file_and_slots_cut_short(
    before: Search, vault_ids: set[str]
) -> None:
    found = next(f for f in before.slots if f.whole and f.whose == LEAD)
    payload = json.dumps({"vault_id": min(vault_ids), "slots": [found.slot]}, separators=(",", ":")).encode()
    generation, length = (7).to_bytes(8, "big"), len(payload).to_bytes(4, "big")
    area = raw_scan.AREA_MAGIC + generation + length + hashlib.sha256(generation + length + payload).digest()
    torn = json.dumps(found.slot, indent=1).encode()
    torn = torn[: torn.index(b'"identity"')]  # a copy whose block ended part way
    disk = Image(
        bytes(8192) + os.urandom(4096) + area + payload + bytes(3000) + os.urandom(500) + torn + bytes(9000)
    )

    [copy] = raw_scan.key_file_copies(disk)
    assert (copy.kind, copy.offset, copy.whole, copy.slots) == ("area", 8192 + 4096, True, 1)
    slots = raw_scan.slots_in(disk)
    assert [f.whole for f in slots] == [True, False]
    opened = raw_scan.open_slots(slots, PASSPHRASES, vault_ids)
    assert len(opened) == 2 and len({o.database_key for o in opened}) == 1


def test_the_recorder_and_the_raw_search_see_every_key(life: Life, before: Search) -> None:
    recorded = {secret.value for secret in life.secrets}
    for opened in before.opened:  # every database and identity key of the vault's life was seen made
        assert opened.database_key in recorded
        assert set(opened.identity_keys.values()) <= recorded

    planted = bytearray(life.before.data)
    planted[1_000_000 : 1_000_000 + 32] = life.secrets[0].value
    hits = raw_scan.raw_secrets(Image(bytes(planted)), life.secrets)
    assert [at for at, form, _ in hits if form == "raw"] == [1_000_000]


# After the destroy: nothing.


def test_no_report_text_survives_destroy(life: Life) -> None:
    left = []
    for text in [*TEXTS, EVENT_NAME]:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            offsets = life.after.find_all(text.encode(encoding))
            if offsets:
                left.append(f"{text!r} in {encoding} at {_offsets(offsets)}")
    assert not left, "the report text is still on the disk:\n" + "\n".join(left)


def test_no_copy_of_the_key_file_opens_after_destroy(after: Search) -> None:
    copies = "\n".join(
        f"  {c.kind} key file at {c.offset:#x}: {'whole' if c.whole else 'cut short'}, {c.slots} slots"
        + (f" ({c.detail})" if c.detail else "")
        for c in after.copies
    )
    opens = [
        f"a copy of {o.whose_slot}'s slot at {_offsets(o.offsets)} still opens a database key "
        f"({o.database_key.hex()[:8]}…, {len(o.identity_keys)} identity keys) "
        f"with {o.passphrase_of}'s passphrase"
        for o in after.opened
    ]
    summary = f"{len(after.copies)} key file copies, {len(after.slots)} distinct slots:\n{copies}"
    assert not opens, "\n".join(opens) + "\n" + summary


def test_no_secret_the_vault_ever_made_lies_on_the_disk(after: Search) -> None:
    found = [f"{s.what} (made by {s.by}) as {form} at {at:#x}" for at, form, s in after.raw]
    assert not found, "\n".join(found)


def test_no_page_decrypts_with_any_key_the_disk_gives_after_destroy(after: Search) -> None:
    decrypting = []
    for key, pages in after.pages.items():
        if pages.blocks or any(pages.markers.values()):
            said = ", ".join(f"{marker.decode()!r} ×{len(at)}" for marker, at in pages.markers.items() if at)
            decrypting.append(
                f"key {key.hex()[:8]}… decrypts {len(pages.blocks)} blocks of 4 KiB "
                f"(first at {_offsets(sorted(b * raw_scan.PAGE for b in pages.blocks))}); they say {said}"
            )
    assert not decrypting, "\n".join(decrypting)


def _offsets(offsets: list[int], shown: int = 6) -> str:
    listed = ", ".join(f"{at:#x}" for at in offsets[:shown])
    return listed + (f" and {len(offsets) - shown} more" if len(offsets) > shown else "")
