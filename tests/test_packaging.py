"""What an installed copy needs: the wheel carries every file of the package, the desktop entry and the
AppStream metainfo validate, their icon and screenshots exist, and the installed station starts."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest

from cocdesk.demo import make_demo_vault
from cocdesk.vault import KdfParams

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
APP_ID = "io.github.cocdesk.CocDesk"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def tracked_package_files() -> list[str]:
    if not (ROOT / ".git").exists() or shutil.which("git") is None:
        pytest.skip("not a git checkout: the files of the package cannot be listed")
    listed = subprocess.run(
        ["git", "ls-files", "cocdesk"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    return [name for name in listed.splitlines() if (ROOT / name).is_file()]


@pytest.mark.slow
def test_the_wheel_carries_every_file_of_the_package_and_the_command(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--wheel-dir",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("cocdesk-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = next(archive.read(n) for n in names if n.endswith(".dist-info/entry_points.txt"))
    missing = [name for name in tracked_package_files() if name not in names]
    assert missing == []
    for needed in (
        "cocdesk/procedure/default.toml",
        "cocdesk/paper/fonts/DejaVuSans.ttf",
        "cocdesk/paper/fonts/LICENSE-DejaVu.txt",
        "cocdesk/gui/forms/rc_cocdesk.py",
        "cocdesk/py.typed",
    ):
        assert needed in names
    assert "cocdesk = cocdesk.cli:main" in entry_points.decode()


def run_tool(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (Debian: desktop-file-utils, appstream)")
    return subprocess.run([tool, *args], capture_output=True, text=True, check=False)


def test_the_desktop_entry_validates_and_starts_the_command_with_its_icon() -> None:
    done = run_tool("desktop-file-validate", str(DESKTOP))
    assert done.returncode == 0 and done.stdout.strip() == "", done.stdout
    entry = dict(
        line.split("=", 1) for line in DESKTOP.read_text(encoding="utf-8").splitlines() if "=" in line
    )
    assert entry["Exec"] == "cocdesk" and entry["Icon"] == APP_ID and entry["Terminal"] == "false"


def test_the_metainfo_validates_and_names_the_desktop_entry() -> None:
    done = run_tool("appstreamcli", "validate", "--no-net", str(METAINFO))
    assert done.returncode == 0, done.stdout
    assert not re.search(r"^[EW]:", done.stdout, re.MULTILINE), done.stdout
    root = ElementTree.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == "cocdesk"


def test_every_screenshot_the_metainfo_shows_is_in_the_repository_at_its_stated_size() -> None:
    from PySide6.QtGui import QImage

    images = ElementTree.parse(METAINFO).getroot().findall("screenshots/screenshot/image")
    assert len(images) >= 3
    for image in images:
        path = ROOT / "docs" / "screenshots" / (image.text or "").rsplit("/", 1)[-1]
        assert path.exists(), path
        picture = QImage(str(path))
        stated = (int(image.get("width", 0)), int(image.get("height", 0)))
        assert (picture.width(), picture.height()) == stated


def test_the_icon_comes_in_every_size_rendered_from_the_apps_own_svg() -> None:
    from PySide6.QtGui import QImage

    for size in ICON_SIZES:
        picture = QImage(str(LINUX / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        assert (picture.width(), picture.height()) == (size, size)
        assert picture.pixelColor(size // 2, size // 8).alpha() == 255  # the shield, not an empty square
        assert picture.pixelColor(0, size - 1).alpha() == 0
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "render_icons.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr


def test_the_smoke_check_opens_the_unlock_screen_and_closes_it(tmp_path: Path) -> None:
    vault = tmp_path / "Zjazd Łódź.cocdesk"
    make_demo_vault(vault, "ζωή και χαρά 李", kdf=KdfParams(iterations=1))
    done = subprocess.run(
        [sys.executable, "-m", "cocdesk.gui.smoke", str(vault)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert re.search(r"^unlock screen painted after \d+\.\d+ s, for 6 members$", done.stdout, re.MULTILINE)
    assert "native parts work: SQLCipher 4." in done.stdout and "_rl_accel" in done.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Zjazd Łódź.cocdesk", "Zjazd Łódź.cocdesk.keys"]


@pytest.mark.parametrize("name", ["notes.txt", "missing.cocdesk"])
def test_the_smoke_check_fails_without_a_vault_to_unlock(tmp_path: Path, name: str) -> None:
    (tmp_path / "notes.txt").write_text("Зоя's shopping list", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "cocdesk.gui.smoke", str(tmp_path / name)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 1
    assert "unlock screen painted" not in done.stdout
    assert done.stderr.startswith("The unlock screen would have no one to unlock:")
