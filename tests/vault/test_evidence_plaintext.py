"""An attached file is nowhere on disk in the clear: not in any file the station writes, not in the
database's pages once its key decrypts them (the file is sealed under the identity key), and once
removed, not even its sealed bytes are left in a page."""

from __future__ import annotations

from pathlib import Path

from cocdesk.vault import VaultFiles
from tests.evidence_samples import PNG_NAME, png
from tests.station_vaults import LEAD, PASSPHRASES, create_team_vault, desk_as
from tests.vault.conftest import key_of
from tests.vault.raw_scan import Image, decrypted_pages
from tests.vault.test_plaintext import readable

SCREENSHOT = png(96, 96, seed=20261201)


def markers(data: bytes, width: int = 48) -> list[bytes]:
    """Stretches of ``data`` that occur nowhere else: the file's pixels after its header."""
    return [data[at : at + width] for at in range(64, len(data) - width, len(data) // 6)]


def scan(folder: Path, needles: list[bytes]) -> list[str]:
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        content = path.read_bytes()
        found += [f"{path.name} holds bytes of the file" for needle in needles if needle in content]
    return found


def decrypted(folder: Path, key: bytes, needles: list[bytes]) -> list[int]:
    """Where ``needles`` appear in the database's pages (and its WAL) decrypted with ``key``."""
    files = VaultFiles.at(folder / "summit.cocdesk")
    found: list[int] = []
    for path in (files.database, files.database.with_name(files.database.name + "-wal")):
        if path.exists():
            pages = decrypted_pages(Image(path.read_bytes()), key, needles)
            found += [at for offsets in pages.markers.values() for at in offsets]
    return found


def test_an_attached_png_is_nowhere_on_disk_in_the_clear(tmp_path: Path, private_home: Path) -> None:
    folder = tmp_path / "desk"
    folder.mkdir()
    path = create_team_vault(folder / "summit.cocdesk")
    needles = markers(SCREENSHOT)
    assert scan(folder, needles) == []
    key = key_of(path, LEAD, PASSPHRASES[LEAD])
    with desk_as(path) as desk:
        code = desk.cases()[0].code
        attached = desk.attach(code, PNG_NAME, SCREENSHOT).attachment
        assert scan(folder, needles) == [] and scan(private_home, needles) == []  # open, WAL and all
        assert desk.attachment_bytes(code, attached.id) == SCREENSHOT
        body = bytes(
            desk.vault._connection.execute(
                "SELECT body FROM evidence WHERE id = ?", (str(attached.id),)
            ).fetchone()[0]
        )
    assert scan(folder, needles) == [] and scan(private_home, needles) == []
    assert readable([folder, private_home], [PNG_NAME]) == []
    # the database key opens the pages: the table is there, the file is not (sealed)
    assert decrypted(folder, key, [b"CREATE TABLE evidence"]), "the scan must decrypt the pages"
    assert decrypted(folder, key, needles) == []
    sealed = [body[at : at + 48] for at in (16, len(body) // 2)]
    assert decrypted(folder, key, sealed), "the sealed file is in the pages while it is kept"

    with desk_as(path) as desk:
        desk.remove_attachment(code, attached.id, "attached to the wrong case")
    assert decrypted(folder, key, sealed) == [], "a removed file's sealed bytes are zeroed"
