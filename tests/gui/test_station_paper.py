"""Paper from the main window: a case printed or exported for the Officer, the Paper menu's sheets, and
every print or save in the audit log with who, when and the file's SHA-256."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from cocdesk.domain import CaseStatus
from cocdesk.gui import dialogs, paper_actions, print_preview, printing
from cocdesk.gui.print_preview import PrintPreview
from tests.gui.drive import finish_background, sign_in
from tests.station_vaults import EVENT_LEAD, LEAD, OFFICER, REPORTER, WITNESS, ZOYA


def open_preview() -> PrintPreview:
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, PrintPreview) and w.isVisible()]
    assert len(shown) == 1, f"{len(shown)} print previews are open"
    return shown[0]


def text_of(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(path).pages))


def audit(window, action: str) -> list[dict[str, object]]:
    rows = window.session.desk.vault._connection.execute(
        "SELECT member, detail FROM audit WHERE action = ? ORDER BY seq", (action,)
    )
    return [{"member": member, **json.loads(detail)} for member, detail in rows]


def timeline_whats(window) -> list[str]:
    table = window.case_view.ui.timeline_table
    return [table.item(row, 2).text() for row in range(table.rowCount())]


def open_case_titled(qtbot, station, member: str, title: str):
    window = sign_in(qtbot, station, member)
    row = next(r for r in window.case_list.model.rows if r.title.startswith(title))
    window.open_case(row.id)
    return window, row


@pytest.fixture
def save_to(monkeypatch, tmp_path: Path):
    """The file the user names in the preview's Save as PDF…"""
    target = tmp_path / "saved — Зоя.pdf"
    monkeypatch.setattr(print_preview, "choose_save_path", lambda parent, title, name: str(target))
    return target


def test_print_previews_the_filled_report_and_each_save_and_print_is_recorded(
    qtbot, station, monkeypatch, tmp_path: Path, save_to: Path
) -> None:
    window, row = open_case_titled(qtbot, station, ZOYA, "Remarks")
    qtbot.mouseClick(window.case_view.ui.print_button, Qt.MouseButton.LeftButton)
    preview = open_preview()
    assert preview.windowTitle() == "Print preview: the incident report"
    preview.save_button.click()
    shown = text_of(save_to)
    assert row.code in shown and REPORTER in shown and "He kept commenting on her accent" in shown
    printed = tmp_path / "printer.pdf"
    monkeypatch.setattr(printing, "choose_printer", _to_file(printed))
    preview.print_button.click()
    assert PdfReader(printed).pages and not preview.isVisible()  # printing closes the preview
    [saved] = audit(window, "case.export")
    [sent] = audit(window, "case.print")
    assert saved["member"] == sent["member"] == ZOYA
    assert saved["sha256"] == hashlib.sha256(save_to.read_bytes()).hexdigest() == sent["sha256"]
    assert saved["file"] == save_to.name and sent["printer"] == printed.name
    window.open_case(row.id)
    assert timeline_whats(window)[:2] == ["Printed the incident report", "Saved the incident report as a PDF"]


def test_the_event_leads_printout_leaves_out_the_reporter_and_witnesses(
    qtbot, station, save_to: Path
) -> None:
    window, row = open_case_titled(qtbot, station, EVENT_LEAD, "Remarks")
    window.case_view.ui.print_button.click()
    open_preview().save_button.click()
    shown = text_of(save_to)
    assert row.code in shown and REPORTER not in shown and WITNESS not in shown


def test_export_saves_the_officers_pdf_where_chosen_and_records_its_hash(
    qtbot, station, monkeypatch, tmp_path: Path
) -> None:
    target = tmp_path / "USB stick" / "Ελένη.pdf"
    target.parent.mkdir()
    asked: list[str] = []

    def choose(parent, title: str, name: str) -> str:
        asked.append(name)
        return str(target)

    monkeypatch.setattr(paper_actions, "choose_export_path", choose)
    window, row = open_case_titled(qtbot, station, LEAD, "Remarks")
    window.case_view.ui.export_button.click()
    finish_background(window.session)
    shown = text_of(target)
    assert asked == [f"{row.code}-officer-export.pdf"]
    assert "Safety and Diversity Officer" in shown and row.code in shown and f"exported by {LEAD}" in shown
    assert REPORTER not in shown  # the reporter's name is withheld unless they agreed
    [saved] = audit(window, "case.export")
    assert saved["sha256"] == hashlib.sha256(target.read_bytes()).hexdigest() and saved["member"] == LEAD
    assert target.name in window.ui.status_bar.currentMessage()
    assert target.stat().st_mode & 0o077 == 0  # readable by its owner alone


def test_a_cancelled_export_writes_and_records_nothing(qtbot, station, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(paper_actions, "choose_export_path", lambda parent, title, name: None)
    window, _ = open_case_titled(qtbot, station, LEAD, "Remarks")
    window.case_view.ui.export_button.click()
    finish_background(window.session)
    assert audit(window, "case.export") == [] and list(tmp_path.glob("**/*.pdf")) == []


@pytest.mark.parametrize(
    ("action", "title", "expected"),
    [
        ("blank_form_action", "the blank incident report form", "Code of Conduct incident report"),
        ("information_sheet_action", "the attendee information sheet", "how to report"),
        ("pocket_card_action", "the responder pocket card", "Responder pocket card"),
    ],
)
def test_the_paper_menu_previews_the_events_sheets(
    qtbot, station, save_to: Path, action: str, title: str, expected: str
) -> None:
    window = sign_in(qtbot, station, ZOYA)
    getattr(window.ui, action).trigger()
    preview = open_preview()
    assert preview.windowTitle() == f"Print preview: {title}"
    preview.save_button.click()
    preview.reject()
    shown = text_of(save_to)
    assert expected in shown and "Zürich Summit 2026" in shown  # the vault's event, not placeholders
    [saved] = audit(window, "paper.save")
    assert saved["what"] == f"Saved {title} as a PDF" and saved["member"] == ZOYA


def test_the_officer_exports_every_filed_case_in_one_file(qtbot, station, monkeypatch, tmp_path) -> None:
    target = tmp_path / "filed.pdf"
    monkeypatch.setattr(paper_actions, "choose_export_path", lambda parent, title, name: str(target))
    window = sign_in(qtbot, station, OFFICER)
    assert window.ui.export_filed_action.isVisible()
    window.ui.export_filed_action.trigger()
    finish_background(window.session)
    shown = text_of(target)
    codes = {r.code for r in window.case_list.model.rows}  # the Officer's list: the filed and closed
    assert len(codes) == 2 and all(code in shown for code in codes)
    [saved] = audit(window, "case.export")
    assert saved["what"] == "Exported 2 cases for the Officer"


def test_the_event_lead_does_not_export_filed_cases_as_the_policy_says(qtbot, station) -> None:
    window = sign_in(qtbot, station, EVENT_LEAD)
    assert not window.ui.export_filed_action.isVisible()
    assert window.ui.blank_form_action.isVisible() and not window.ui.close_event_action.isVisible()


def test_nothing_filed_yet_is_said_not_exported(qtbot, station, monkeypatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(dialogs, "tell", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(paper_actions, "choose_export_path", lambda *a: pytest.fail("asked where to save"))
    window = sign_in(qtbot, station, LEAD)
    for row in window.case_list.model.rows:
        if row.status in (CaseStatus.FILED, CaseStatus.CLOSED):
            window.session.desk.vault.update_case(row.id, status=CaseStatus.ACTED)
    window.ui.export_filed_action.trigger()
    finish_background(window.session)
    assert told == ["No case is filed or closed yet, so there is nothing to export."]


def _to_file(path: Path):
    def choose(parent, printer: QPrinter, title: str, pages: int) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return True

    return choose


def test_a_lock_during_the_print_dialog_cancels_the_print_and_keeps_the_preview(qtbot, station) -> None:
    window, _ = open_case_titled(qtbot, station, ZOYA, "Remarks")
    window.case_view.ui.print_button.click()
    preview = open_preview()
    asked: list[str] = []

    def lock_while_asked() -> None:
        asked.extend(w.metaObject().className() for w in QApplication.topLevelWidgets() if w.isVisible())
        station.lock()

    QTimer.singleShot(200, lock_while_asked)
    preview.print_button.click()  # the system's print dialog, until the lock
    assert "QPrintDialog" in asked
    sign_in(qtbot, station, ZOYA)
    shown = [w.metaObject().className() for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert "QPrintDialog" not in shown  # not left behind, dead, after the unlock
    assert preview.isVisible() and audit(window, "case.print") == []


def test_the_closing_ceremony_draft_is_saved_from_the_paper_menu(
    qtbot, station, monkeypatch, tmp_path
) -> None:
    target = tmp_path / "ceremony.pdf"
    monkeypatch.setattr(paper_actions, "choose_export_path", lambda parent, title, name: str(target))
    window = sign_in(qtbot, station, EVENT_LEAD)
    assert window.ui.transparency_draft_action.isVisible()
    window.ui.transparency_draft_action.trigger()
    finish_background(window.session)
    shown = text_of(target)
    assert "draft for the closing ceremony" in shown and "Reports received" in shown
    assert REPORTER not in shown and WITNESS not in shown
    [saved] = audit(window, "report.transparency")
    assert saved["what"] == "Saved the transparency report (draft for the closing ceremony)"
    assert saved["member"] == EVENT_LEAD


def test_a_responder_is_not_offered_the_transparency_report(qtbot, station) -> None:
    window = sign_in(qtbot, station, ZOYA)
    assert not window.ui.transparency_draft_action.isVisible()
