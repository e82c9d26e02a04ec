"""Closing the event from the station: the handover in the real dialog, the vault destroyed only for
the event's exact name, and afterwards nothing of the event on the disk but the exports the team chose."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from cocdesk.domain import CaseStatus
from cocdesk.gui import app as station_app
from cocdesk.gui import dialogs, paper_actions
from cocdesk.gui.closing_dialog import CloseEventDialog
from cocdesk.gui.main_window import MainWindow
from tests.gui.drive import finish_background, sign_in
from tests.station_vaults import FAST, LEAD, open_as

REASON = "Ушёл до разговора · Łukasz 李 agreed"


def files_under(*folders: Path) -> list[Path]:
    return sorted(p for folder in folders for p in folder.rglob("*") if p.is_file() or p.is_symlink())


@pytest.fixture
def temp_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temporary folder the app sees (the demo's vault goes there), to scan afterwards."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)
    return folder


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "tell", lambda parent, title, text: said.append((title, text)))
    return said


def save_into(monkeypatch: pytest.MonkeyPatch, folder: Path) -> Iterator[Path]:
    """The files the lead names in the save dialogs, one after the other."""
    names = iter(["Officer — Ελένη.pdf", "transparency.pdf"])
    monkeypatch.setattr(
        paper_actions, "choose_export_path", lambda parent, title, name: str(folder / next(names))
    )
    return names  # type: ignore[return-value]


def test_a_demo_event_closed_end_to_end_leaves_only_the_chosen_exports(
    qapp, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, temp_folder: Path, private_home: Path, told
) -> None:
    monkeypatch.setattr(station_app, "DEMO_KDF", FAST)
    chosen = tmp_path / "USB stick — Зоя"
    chosen.mkdir()
    save_into(monkeypatch, chosen)
    seen: dict[str, Any] = {}

    def close_the_event() -> None:
        window = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        try:
            seen["vault"] = window.session.desk.path
            window.ui.close_event_action.trigger()
            dialog = window.findChild(CloseEventDialog)
            assert dialog is not None
            seen["pending"] = len(dialog.cases.ids)
            dialog.ui.open_case_button.click()  # the oldest open case, in the main window to finish
            seen["opened"] = window.case_view.case_id == dialog.cases.ids[0]
            case_id = window.case_view.case_id
            assert case_id is not None
            window.session.desk.vault.update_case(case_id, status=CaseStatus.FILED)  # filed meanwhile
            dialog.refresh()
            while dialog.cases.ids:
                dialog.ui.leave_reason_edit.setText(REASON)
                dialog.ui.leave_button.click()
            dialog.ui.officer_export_button.click()
            finish_background(window.session)
            dialog.ui.transparency_button.click()
            finish_background(window.session)
            seen["refused"] = not dialog.ui.destroy_button.isEnabled()
            dialog.ui.event_name_edit.setText("democonf 2026")
            seen["refused"] &= not dialog.ui.destroy_button.isEnabled()
            dialog.ui.event_name_edit.setText("DemoConf 2026")
            seen["ready"] = dialog.ui.destroy_button.isEnabled()
            dialog.ui.destroy_button.click()
        finally:
            window.close()  # already closed by then, unless the walk-through failed half way

    QTimer.singleShot(300, close_the_event)
    QTimer.singleShot(30_000, QApplication.quit)  # never hang the test run
    assert station_app.run(None, True) == 0

    assert seen["pending"] == 5 and seen["opened"] and seen["refused"] and seen["ready"]
    title, sentence = told[-1]
    assert title == "The event is closed" and sentence.startswith(
        "DemoConf 2026 is closed. Its vault was destroyed"
    )
    assert seen["vault"].is_relative_to(temp_folder)  # the demo's vault was in the folder scanned below
    assert not seen["vault"].exists() and not seen["vault"].parent.exists()
    exports = sorted(chosen / name for name in ("Officer — Ελένη.pdf", "transparency.pdf", "transparency.md"))
    assert files_under(private_home, temp_folder, chosen) == exports  # no vault, key slot or temporary file
    assert "DemoConf 2026" in PdfReader(chosen / "transparency.pdf").pages[0].extract_text()
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets())


def cell(table, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def open_dialog(qtbot, station) -> tuple[MainWindow, CloseEventDialog]:
    window = sign_in(qtbot, station, LEAD)
    window.ui.close_event_action.trigger()
    dialog = window.findChild(CloseEventDialog)
    assert dialog is not None and dialog.isVisible()
    return window, dialog


def test_a_case_is_left_only_with_a_reason_which_goes_into_its_timeline(qtbot, station) -> None:
    window, dialog = open_dialog(qtbot, station)
    cases, ui = dialog.cases, dialog.ui
    codes = [cell(ui.unfinished_table, row, 0) for row in range(ui.unfinished_table.rowCount())]
    assert len(codes) == 2 and all(code in ui.still_to_do_label.text() for code in codes)
    assert not ui.leave_button.isEnabled() and not ui.event_name_edit.isEnabled()
    ui.leave_reason_edit.setText("   ")
    assert not ui.leave_button.isEnabled()
    ui.leave_reason_edit.setText(REASON)
    left = cases.selected()
    assert left is not None
    ui.leave_button.click()
    assert ui.unfinished_table.rowCount() == 1 and ui.leave_reason_edit.text() == ""
    assert window.session.desk.case(left).status == CaseStatus.CLOSED
    window.open_case(left)
    table = window.case_view.ui.timeline_table
    assert any(REASON in cell(table, row, 2) for row in range(table.rowCount()))


def test_the_vault_is_destroyed_only_after_the_handover_and_for_the_exact_name(
    qtbot, station, team_vault: Path, monkeypatch, tmp_path: Path, told
) -> None:
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    save_into(monkeypatch, chosen)
    window, dialog = open_dialog(qtbot, station)
    while dialog.cases.ids:
        dialog.ui.leave_reason_edit.setText(REASON)
        dialog.ui.leave_button.click()
    dialog.ui.officer_export_button.click()
    finish_background(station.session)
    assert (
        "Save the transparency report." in dialog.ui.still_to_do_label.text()
        and not dialog.ui.event_name_edit.isEnabled()
    )
    dialog.ui.transparency_button.click()
    finish_background(station.session)
    assert "handover is done" in dialog.ui.still_to_do_label.text()
    for wrong in ("", "Zurich Summit 2026", "ZÜRICH SUMMIT 2026"):
        dialog.ui.event_name_edit.setText(wrong)
        assert not dialog.ui.destroy_button.isEnabled()
    saved = sorted(p.name for p in chosen.iterdir())
    assert saved == ["Officer — Ελένη.pdf", "transparency.md", "transparency.pdf"]
    window.close()  # the station quits; the vault is whole
    with open_as(team_vault, LEAD) as vault:
        assert vault.verify() == [] and len(vault.list_cases()) == 4


def test_a_lock_hides_the_handover_and_the_lead_carries_on_after_unlocking(qtbot, station) -> None:
    window, dialog = open_dialog(qtbot, station)
    station.lock()
    assert not dialog.isVisible()
    sign_in(qtbot, station, LEAD)
    assert dialog.isVisible() and station.window is window
    dialog.ui.leave_reason_edit.setText(REASON)
    dialog.ui.leave_button.click()  # on the reopened vault
    assert dialog.ui.unfinished_table.rowCount() == 1 and dialog.ui.problem_label.isHidden()
