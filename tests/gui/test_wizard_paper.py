"""Paper in and paper out: typing in a paper form in its own order, and a step's form printed."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from cocdesk.domain import Announcement, now
from cocdesk.gui import print_preview, printing
from cocdesk.gui.print_preview import PrintPreview
from cocdesk.gui.wizard import start
from cocdesk.gui.wizard.part_announcement import AnnouncementEditor
from cocdesk.gui.wizard.start import PaperForm, PaperFormDialog, enter_paper_form
from tests.gui.wizard_support import Keyboard, desk_vault, open_as, open_desk, part_of, show_wizard, shown
from tests.station_vaults import EVENT_LEAD, ZOYA


def test_a_paper_form_keeps_its_number_and_time_and_is_typed_in_its_order(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = open_as(desk_vault(tmp_path), ZOYA)
    taken = (now() - timedelta(hours=3)).replace(second=0, microsecond=0)
    monkeypatch.setattr(start, "ask_paper_form", lambda parent, zone: PaperForm("Nº 0042-Ł", taken))
    wizard = enter_paper_form(session)
    assert wizard is not None
    shown(qtbot, wizard)
    stored = session.desk.case(wizard.open_case.case_id)
    assert stored.paper_reference == "Nº 0042-Ł" and stored.received_at == taken
    assert stored.deadlines[0].due_at == taken + timedelta(hours=12)  # counted from the paper's time
    assert wizard.header.reference.text() == "Nº 0042-Ł" and wizard.header.reference.isVisible()
    assert not wizard.page("safety").guidance.isVisible()  # transcribing, not talking to the reporter
    keys = Keyboard(qtbot, wizard)
    # the paper form's order: whether anyone is in danger first, then the rest, as printed
    assert keys.focus.accessibleName().startswith("Is anyone in immediate danger?")
    keys.tab_to("Move to a private channel or take them to a private space")
    keys.press(Qt.Key.Key_Space)
    assert session.desk.case(stored.code).steps["safety"].checked == ["private_space"]
    session.close()


def test_the_paper_form_dialog_wants_the_reference_number(qtbot, tmp_path: Path) -> None:
    session = open_as(desk_vault(tmp_path), ZOYA)
    dialog = shown(qtbot, PaperFormDialog(session.desk.event.zone), 500, 200)
    assert not dialog.ok.isEnabled()
    dialog.reference.setFocus()
    Keyboard(qtbot, dialog).type("Ж-17")
    assert dialog.ok.isEnabled()
    form = dialog.paper_form()
    assert form.reference == "Ж-17" and abs(now() - form.received_at) < timedelta(minutes=2)
    session.close()


def open_preview() -> PrintPreview:
    """The print preview the station has just opened."""
    shown_now = [w for w in QApplication.topLevelWidgets() if isinstance(w, PrintPreview) and w.isVisible()]
    assert len(shown_now) == 1, "no print preview is open"
    return shown_now[0]


def audit(session, action: str) -> list[dict[str, object]]:
    rows = session.desk.vault._connection.execute(
        "SELECT detail FROM audit WHERE action = ? ORDER BY seq", (action,)
    )
    return [json.loads(detail) for (detail,) in rows]


def test_a_steps_form_is_previewed_and_saved_where_the_user_chooses(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "Łódź — formularz.pdf"
    monkeypatch.setattr(print_preview, "choose_save_path", lambda parent, title, name: str(target))
    session = open_as(desk_vault(tmp_path), ZOYA)
    case = session.desk.take_report()
    wizard = show_wizard(qtbot, session, case.code, step_id="gather")
    wizard.footer.print_button.click()
    preview = open_preview()
    assert preview.windowTitle() == "Print preview: the paper form for this step"
    preview.save_button.click()
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Gather information" in text and "What happened, in their own words" in text
    assert "Offer help reporting to police" not in text  # that step alone
    saved = audit(session, "paper.save")
    assert [row["file"] for row in saved] == [target.name]
    assert saved[0]["sha256"] == hashlib.sha256(target.read_bytes()).hexdigest()
    preview.reject()
    session.close()


def test_a_steps_form_goes_to_the_printer_from_its_preview(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "printed.pdf"

    def to_file(parent, printer: QPrinter, title: str, pages: int) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    monkeypatch.setattr(printing, "choose_printer", to_file)
    session = open_as(desk_vault(tmp_path), ZOYA)
    case = session.desk.take_report()
    wizard = show_wizard(qtbot, session, case.code, step_id="meeting")
    wizard.footer.print_button.click()
    open_preview().print_button.click()
    assert len(PdfReader(target).pages) >= 1
    assert not any(isinstance(w, PrintPreview) and w.isVisible() for w in QApplication.topLevelWidgets())
    assert [row["printer"] for row in audit(session, "paper.print")] == ["printed.pdf"]
    session.close()


def test_the_announcement_is_printed_as_a_sheet_through_the_preview(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "announcement.pdf"
    monkeypatch.setattr(print_preview, "choose_save_path", lambda parent, title, name: str(target))
    path = desk_vault(tmp_path)
    with open_desk(path, ZOYA) as desk:  # the team drafts it
        case = desk.take_report()
        text = "Ένα περιστατικό · инцидент · 事件 happened. We have taken action to remove the person."
        desk.set_part(case.id, "announcement", Announcement(text=text))
    session = open_as(path, EVENT_LEAD)  # the Event Lead approves it and prints it
    wizard = show_wizard(qtbot, session, case.code, step_id="announce")
    editor = part_of(wizard, "announce", AnnouncementEditor)
    editor.approve()
    assert editor.approval.text().startswith(f"Approved by {EVENT_LEAD}"), editor.flags.text()
    Keyboard(qtbot, wizard).tick("Print the announcement")
    preview = open_preview()
    assert preview.windowTitle() == "Print preview: the announcement"
    preview.save_button.click()
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Ένα περιστατικό · инцидент · 事件" in text and "Announcement" in text and "Draft" not in text
    assert case.code not in text  # it goes public: no case code
    [row] = audit(session, "case.export")
    assert row["what"] == "Saved the announcement as a PDF" and row["file"] == "announcement.pdf"
    preview.reject()
    session.close()


def test_an_empty_announcement_says_what_to_do_instead_of_printing(qtbot, tmp_path: Path) -> None:
    session = open_as(desk_vault(tmp_path), ZOYA)
    case = session.desk.take_report()
    wizard = show_wizard(qtbot, session, case.code, step_id="announce")
    editor = part_of(wizard, "announce", AnnouncementEditor)
    editor.draft.set_value("")
    editor.print_sheet()
    assert wizard.problem.isVisible() and "The announcement is empty" in wizard.problem.text()
    assert wizard.findChildren(PrintPreview) == []
    session.close()


def test_the_paper_forms_time_of_receipt_is_typed_as_said_and_must_read(qtbot, tmp_path: Path) -> None:
    session = open_as(desk_vault(tmp_path), ZOYA)
    zone = session.desk.event.zone
    dialog = shown(qtbot, PaperFormDialog(zone), 700, 240)
    keys = Keyboard(qtbot, dialog)
    dialog.reference.setFocus()
    keys.type("Ж-17")
    dialog.received.line.setFocus()
    dialog.received.line.selectAll()
    keys.type("yesterday 21:30")
    assert dialog.ok.isEnabled()
    day = datetime.now(zone).date() - timedelta(days=1)
    assert dialog.paper_form().received_at == datetime(day.year, day.month, day.day, 21, 30, tzinfo=zone)
    keys.type("x")
    assert not dialog.ok.isEnabled() and "Cannot read" in dialog.received.echo.text()
    session.close()
