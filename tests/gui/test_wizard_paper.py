"""Paper in and paper out: typing in a paper form in its own order, and a step's form printed."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from cocdesk.domain import now
from cocdesk.gui.wizard import paper_out, start
from cocdesk.gui.wizard.start import PaperForm, PaperFormDialog, enter_paper_form
from tests.gui.wizard_support import Keyboard, desk_vault, open_as, show_wizard, shown
from tests.station_vaults import ZOYA


def test_a_paper_form_keeps_its_number_and_time_and_is_typed_in_its_order(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = open_as(desk_vault(tmp_path), ZOYA)
    taken = (now() - timedelta(hours=3)).replace(second=0, microsecond=0)
    monkeypatch.setattr(start, "ask_paper_form", lambda parent, zone: PaperForm("Nº 0042-Ł", taken))
    wizard = enter_paper_form(vault)
    assert wizard is not None
    shown(qtbot, wizard)
    stored = vault.case(wizard.open_case.case_id)
    assert stored.paper_reference == "Nº 0042-Ł" and stored.received_at == taken
    assert stored.deadlines[0].due_at == taken + timedelta(hours=12)  # counted from the paper's time
    assert wizard.header.reference.text() == "Nº 0042-Ł" and wizard.header.reference.isVisible()
    assert not wizard.page("safety").guidance.isVisible()  # transcribing, not talking to the reporter
    keys = Keyboard(qtbot, wizard)
    # the paper form's order: the checklist first, then the questions, as printed
    assert keys.focus.accessibleName() == "Move to a private channel or take them to a private space"
    keys.press(Qt.Key.Key_Space)
    keys.tab_to("Is anyone in immediate danger?: Yes")
    assert vault.case(stored.code).steps["safety"].checked == ["private_space"]
    vault.close()


def test_the_paper_form_dialog_wants_the_reference_number(qtbot, tmp_path: Path) -> None:
    vault = open_as(desk_vault(tmp_path), ZOYA)
    dialog = shown(qtbot, PaperFormDialog(vault.event.zone), 500, 200)
    assert not dialog.ok.isEnabled()
    dialog.reference.setFocus()
    Keyboard(qtbot, dialog).type("Ж-17")
    assert dialog.ok.isEnabled()
    form = dialog.paper_form()
    assert form.reference == "Ж-17" and abs(now() - form.received_at) < timedelta(minutes=2)
    vault.close()


def test_a_steps_form_is_saved_for_printing_when_no_printer_path_is_there(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "gather.pdf"
    monkeypatch.setattr(paper_out, "printing_available", lambda: False)
    monkeypatch.setattr(paper_out, "choose_form_path", lambda parent, suggested: str(target))
    vault = open_as(desk_vault(tmp_path), ZOYA)
    case = vault.new_case()
    wizard = show_wizard(qtbot, vault, case.code, step_id="gather")
    wizard.footer.print_button.click()
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Gather information" in text and "What happened, in their own words" in text
    assert "Offer help reporting to police" not in text  # that step alone
    vault.close()


def test_a_steps_form_goes_to_the_printer(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("cocdesk.gui.board.printing")
    target = tmp_path / "printed.pdf"

    def printer(parent):
        chosen = QPrinter(QPrinter.PrinterMode.HighResolution)
        chosen.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        chosen.setOutputFileName(str(target))
        return chosen

    monkeypatch.setattr(paper_out, "choose_printer", printer)
    vault = open_as(desk_vault(tmp_path), ZOYA)
    case = vault.new_case()
    wizard = show_wizard(qtbot, vault, case.code, step_id="meeting")
    wizard.footer.print_button.click()
    assert len(PdfReader(target).pages) >= 1
    vault.close()
