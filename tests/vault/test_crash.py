"""A writer killed mid-stream loses nothing it had saved, and leaves a database that is whole."""

from __future__ import annotations

import signal
import time
from pathlib import Path

import pytest

from tests.vault.conftest import create_vault, open_as, raw_connection, start_child


@pytest.mark.slow
@pytest.mark.parametrize(("saved_before_kill", "then_wait"), [(1, 0.0), (17, 0.002), (60, 0.007)])
def test_every_edit_saved_before_a_sigkill_is_there(
    vault_path: Path, saved_before_kill: int, then_wait: float
) -> None:
    create_vault(vault_path).close()
    writer = start_child("write-stream", str(vault_path))
    assert writer.stdout is not None
    printed: list[int] = []
    try:
        while len(printed) < saved_before_kill:
            line = writer.stdout.readline()
            assert line, writer.stderr.read() if writer.stderr else "the writer stopped"
            printed.append(int(line))
        time.sleep(then_wait)  # land somewhere inside a later edit
        writer.send_signal(signal.SIGKILL)
        rest, _ = writer.communicate(timeout=30)
    finally:
        writer.kill()
    printed += [int(line) for line in rest.split()]
    assert writer.returncode == -signal.SIGKILL

    connection = raw_connection(vault_path)
    assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    connection.close()
    with open_as(vault_path) as vault:
        titles = {summary.title for summary in vault.list_cases()}
        assert {f"Edit {n} · Зоя" for n in printed} <= titles
        assert len(titles) in (len(printed), len(printed) + 1)  # the edit cut short is all or nothing
        assert vault.verify() == []
