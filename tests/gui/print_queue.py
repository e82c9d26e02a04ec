"""A private CUPS server with one PDF print queue, started and stopped by the tests themselves.

The server has its own configuration, spool and socket in a temporary folder, so it never touches the
machine's own printers. As root the queue is Debian's cups-pdf (what a user's print goes through);
otherwise cupsd cannot run cups-pdf's root-only backend, and the queue writes the job to a file.
"""

from __future__ import annotations

import glob
import grp
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

QUEUE = "CocDeskPDF"
CUPS_PDF_BACKEND = "/usr/lib/cups/backend/cups-pdf"
CUPS_PDF_PPDS = ("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd", "/usr/share/cups/model/CUPS-PDF_opt.ppd")
GENERIC_PDF_PPD = "/usr/share/ppd/cupsfilters/Generic-PDF_Printer-PDF.ppd"  # from cups-filters


class QueueUnavailable(Exception):
    """``str(error)`` says why this machine cannot run a print queue."""


@dataclass(frozen=True)
class PrintQueue:
    name: str
    server: str  # the socket to give libcups as CUPS_SERVER
    root: Path
    folders: tuple[Path, ...]  # where a finished job's PDF appears
    naming: str  # a glob for that PDF's name, with {title} for the job's title

    def printed(self, title: str, timeout: float = 30) -> Path:
        """The PDF the queue made of the job titled ``title``, once it is complete."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for folder in self.folders:
                for found in sorted(glob.glob(str(folder / self.naming.format(title=title)))):
                    if complete(Path(found)):
                        return Path(found)
            time.sleep(0.1)
        log = (self.root / "log" / "error_log").read_text(errors="replace")[-3000:]
        raise AssertionError(f"No printed file titled {title} within {timeout} s; the server's log:\n{log}")


def complete(path: Path) -> bool:
    """The PDF has its end marker (cups-pdf writes it in several steps)."""
    try:
        return b"%%EOF" in path.read_bytes()[-64:]
    except OSError:
        return False


def unavailable_reason() -> str | None:
    """Why no queue can run here, or None when it can."""
    if shutil.which("cupsd") is None or shutil.which("lpadmin") is None:
        return "CUPS is not installed (Debian: cups, cups-client, printer-driver-cups-pdf)"
    if os.geteuid() == 0 and not any(os.path.exists(ppd) for ppd in CUPS_PDF_PPDS):
        return "cups-pdf is not installed (Debian: printer-driver-cups-pdf)"
    if os.geteuid() != 0 and not os.path.exists(GENERIC_PDF_PPD):
        return "cups-filters' generic PDF printer is not installed (Debian: cups-filters)"
    return None


def user_folders() -> tuple[Path, ...]:
    """Where cups-pdf puts the current user's jobs: its spool folder when no settings name one."""
    user = pwd.getpwuid(os.geteuid())
    spool = Path("/var/spool/cups-pdf")
    return (spool / user.pw_name, spool / "ANONYMOUS", Path(user.pw_dir) / "PDF")


def write_configuration(root: Path, as_root: bool) -> None:
    (root / "etc" / "ppd").mkdir(parents=True)
    for folder in ("spool/tmp", "cache", "state", "log", "out"):
        (root / folder).mkdir(parents=True)
    (root / "etc" / "cupsd.conf").write_text(
        f"Listen {root}/cups.sock\nLogLevel info\nWebInterface No\nBrowsing No\nDefaultAuthType None\n"
        "PreserveJobFiles No\nPreserveJobHistory No\n"
        "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
        "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n"
    )
    group = "root" if as_root else grp.getgrgid(os.getegid()).gr_name
    (root / "etc" / "cups-files.conf").write_text(
        f"ServerRoot {root}/etc\nRequestRoot {root}/spool\nTempDir {root}/spool/tmp\n"
        f"CacheDir {root}/cache\nStateDir {root}/state\nPrintcap {root}/printcap\n"
        f"ErrorLog {root}/log/error_log\nAccessLog {root}/log/access_log\nPageLog {root}/log/page_log\n"
        f"SystemGroup {group}\n" + ("" if as_root else "FileDevice Yes\n")
    )


def wait_for_socket(process: subprocess.Popen[bytes], socket: Path, root: Path) -> None:
    deadline = time.monotonic() + 10
    while not socket.exists():
        if process.poll() is not None or time.monotonic() > deadline:
            log = (root / "log" / "error_log").read_text(errors="replace") if (root / "log").exists() else ""
            raise QueueUnavailable(f"cupsd did not start: {log[-1500:] or 'no log'}")
        time.sleep(0.05)


def add_queue(root: Path, server: str, as_root: bool) -> None:
    if as_root:
        ppd = next(ppd for ppd in CUPS_PDF_PPDS if os.path.exists(ppd))
        # an instance without its own settings file: cups-pdf's defaults, whatever the machine's settings
        device = ["-v", "cups-pdf:/cocdesk-tests", "-P", ppd]
    else:
        device = ["-v", f"file://{root}/out/job.pdf", "-P", GENERIC_PDF_PPD]
    environment = {**os.environ, "CUPS_SERVER": server}
    subprocess.run(["lpadmin", "-p", QUEUE, *device, "-E"], env=environment, check=True, capture_output=True)


@contextmanager
def private_queue() -> Iterator[PrintQueue]:
    """A running cupsd with the queue ``CocDeskPDF``; stopped, and its folder removed, afterwards."""
    reason = unavailable_reason()
    if reason:
        raise QueueUnavailable(reason)
    as_root = os.geteuid() == 0
    # a short path: a socket's name must fit in about a hundred bytes; readable by cupsd's filters (a
    # test's own TMPDIR is deep in a folder only its owner may enter)
    root = Path(tempfile.mkdtemp(prefix="cocdesk-cups-", dir="/tmp" if os.path.isdir("/tmp") else None))
    root.chmod(0o755)
    process: subprocess.Popen[bytes] | None = None
    try:
        write_configuration(root, as_root)
        process = subprocess.Popen(
            ["cupsd", "-f", "-c", f"{root}/etc/cupsd.conf", "-s", f"{root}/etc/cups-files.conf"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        socket = root / "cups.sock"
        wait_for_socket(process, socket, root)
        add_queue(root, str(socket), as_root)
        if as_root:
            yield PrintQueue(QUEUE, str(socket), root, user_folders(), "*{title}*.pdf")
        else:
            yield PrintQueue(QUEUE, str(socket), root, (root / "out",), "job.pdf")
    finally:
        if process is not None and process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        shutil.rmtree(root, ignore_errors=True)
