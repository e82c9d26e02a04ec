"""The desktop bundle that `make bundle` builds: its size on disk and as a download, and its start time.

- start: from launching the bundle's program on a vault (``--smoke-test``, which starts the station as
  ``cocdesk --vault PATH`` does, offscreen) to the unlock screen painted, in wall time: it includes
  the program loading its libraries, as a user waits for it. Median of several starts after one to
  warm the disk cache.
- size: the bundle's folder on disk, and packed with gzip as it would be downloaded.

Without a bundle (run ``make bundle``) it says so in one row instead of failing the whole table.
"""

from __future__ import annotations

import gzip
import os
import statistics
import subprocess
import tarfile
import tempfile
import time
from pathlib import Path

Row = tuple[str, float | str, str, bool]
ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "bundle" / "cocdesk"
PROGRAM = BUNDLE / "cocdesk"
STARTS = 7
START_TARGET = 1.0
SIZE_MIB = 180
DOWNLOAD_MIB = 75
MIB = 1024 * 1024


class Counter:
    """A file that only counts what is written to it."""

    def __init__(self) -> None:
        self.size = 0

    def write(self, data: bytes) -> int:
        self.size += len(data)
        return len(data)

    def flush(self) -> None:
        pass


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def download_size(folder: Path) -> int:
    counted = Counter()
    with (
        gzip.GzipFile(fileobj=counted, mode="wb", compresslevel=6, mtime=0) as packed,
        tarfile.open(fileobj=packed, mode="w") as archive,
    ):
        archive.add(folder, arcname=folder.name)
    return counted.size


def seconds_to_unlock_screen(vault: Path, home: Path) -> float:
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
    }
    started = time.perf_counter()
    process = subprocess.Popen(
        [str(PROGRAM), "--smoke-test", str(vault)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("unlock screen painted"):
            taken = time.perf_counter() - started
            process.communicate(timeout=60)
            return taken
    _, errors = process.communicate(timeout=60)
    raise RuntimeError(f"the bundle never showed its unlock screen: {errors.strip()[-300:]}")


def run() -> list[Row]:
    if not PROGRAM.exists():
        return [("bundle: size and start to the unlock screen", "not built: run make bundle", "—", True)]
    from cocdesk.demo import make_demo_vault
    from cocdesk.vault import KdfParams

    size = folder_size(BUNDLE) / MIB
    download = download_size(BUNDLE) / MIB
    with tempfile.TemporaryDirectory(prefix="bundle-bench-") as folder:
        vault = Path(folder) / "DemoConf.cocdesk"
        make_demo_vault(vault, "a benchmark passphrase", kdf=KdfParams(iterations=1))
        seconds_to_unlock_screen(vault, Path(folder))
        start = statistics.median(seconds_to_unlock_screen(vault, Path(folder)) for _ in range(STARTS))
    return [
        ("bundle: size on disk (MiB)", size, f"≤ {SIZE_MIB}", size <= SIZE_MIB),
        (
            "bundle: download, tar.gz (MiB)",
            download,
            f"≤ {DOWNLOAD_MIB}",
            download <= DOWNLOAD_MIB,
        ),
        ("bundle: start to the unlock screen (s)", start, f"≤ {START_TARGET}", start <= START_TARGET),
    ]


if __name__ == "__main__":
    for metric, measured, target, passed in run():
        print(f"{metric:<44} {measured!s:>12}  {target:<8} {'pass' if passed else 'FAIL'}")
