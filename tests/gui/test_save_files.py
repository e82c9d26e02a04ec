"""The window never destroys a file by accident: a save dialog asks before replacing a file and refuses
a vault's own files, and a PDF printed to a file is readable by its owner only, like every other save."""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QWidget

from cocdesk import paper
from cocdesk.gui import dialogs, paper_actions, printing
from cocdesk.gui.closing_dialog import CloseEventDialog
from cocdesk.paper import Document
from cocdesk.procedure.loader import default_procedure
from tests.cli_support import make_vault
from tests.gui.drive import finish_background, sign_in
from tests.station_vaults import LEAD

GUI = Path(__file__).resolve().parents[2] / "cocdesk" / "gui"
PATIENCE = 10  # seconds the person waits for the dialog they expect next
Step = tuple[type[QWidget], Callable[[Any], None]]


@pytest.fixture(scope="module")
def card() -> Document:
    return paper.pocket_card(default_procedure(), None)


@pytest.fixture
def readable_by_all() -> Iterator[None]:
    """The umask most desktops run with: a file made without care is readable by everyone."""
    before = os.umask(0o022)
    yield
    os.umask(before)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# printing to a file


def print_to(path: Path) -> Callable[..., bool]:
    """Stands in for the print dialog: the user picks "print to file" and names ``path``."""

    def choose(parent, printer: QPrinter, title: str, pages: int) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return True

    return choose


def test_a_pdf_printed_to_a_new_file_is_readable_by_its_owner_only(
    qtbot, monkeypatch, tmp_path: Path, card: Document, readable_by_all
) -> None:
    out = tmp_path / "Зоя card.pdf"
    monkeypatch.setattr(printing, "choose_printer", print_to(out))
    done = printing.print_document(None, card, "the pocket card")
    assert done is not None and done.where == "Зоя card.pdf"
    assert out.stat().st_mode & 0o777 == 0o600
    assert len(PdfReader(out).pages) == card.pages
    assert [p.name for p in tmp_path.iterdir()] == ["Зоя card.pdf"]  # no partial copy left beside it


def test_a_pdf_printed_over_a_readable_file_leaves_it_owner_only(
    qtbot, monkeypatch, tmp_path: Path, card: Document, readable_by_all
) -> None:
    out = tmp_path / "Łukasz.pdf"
    out.write_bytes(b"an older printout")
    out.chmod(0o644)
    monkeypatch.setattr(printing, "choose_printer", print_to(out))
    assert printing.print_document(None, card, "the pocket card") is not None
    assert out.stat().st_mode & 0o777 == 0o600
    assert len(PdfReader(out).pages) == card.pages


@pytest.mark.parametrize("target", ["event.cocdesk", "event.cocdesk.keys", "event.cocdesk.lock"])
def test_printing_to_a_vaults_own_file_is_refused_and_the_vault_is_untouched(
    qtbot, monkeypatch, tmp_path: Path, card: Document, target: str
) -> None:
    make_vault(tmp_path / "event.cocdesk")
    before = {p.name: digest(p) for p in tmp_path.iterdir()}
    told: list[str] = []
    monkeypatch.setattr(printing, "choose_printer", print_to(tmp_path / target))
    monkeypatch.setattr(printing, "tell", lambda parent, sentence: told.append(sentence))
    assert printing.print_document(None, card, "the pocket card") is None
    assert told == [
        f"{tmp_path / target} belongs to the vault event.cocdesk, so nothing was written;"
        " choose another file name."
    ]
    assert {p.name: digest(p) for p in tmp_path.iterdir()} == before


# save dialogs


@pytest.fixture
def user(qtbot) -> Iterator[Callable[..., list[Step]]]:
    """Plays a person at the modal dialogs to come: each step waits for its kind of dialog, then acts;
    what is handed back holds the steps not yet taken."""
    timers: list[QTimer] = []
    yield lambda *steps: acting(timers, steps)
    for timer in timers:
        timer.stop()


def acting(timers: list[QTimer], steps: tuple[Step, ...]) -> list[Step]:
    waiting = list(steps)
    timer = QTimer()
    timers.append(timer)
    timer.setInterval(20)

    since = [time.monotonic()]

    def tick() -> None:
        shown = QApplication.activeModalWidget()
        if shown is not None and (not waiting or time.monotonic() - since[0] > PATIENCE):
            shown.close()  # a dialog the person did not expect: the test fails on what comes back
            return
        if not waiting:
            return
        kind, act = waiting[0]
        if isinstance(shown, kind) and shown.isVisible():
            since[0] = time.monotonic()
            waiting.pop(0)
            # acted on after this slot returns: a dialog opened inside it would hold this timer still
            QTimer.singleShot(0, lambda: act(shown))

    timer.timeout.connect(tick)
    timer.start()
    return waiting


def choose(path: Path | str) -> Step:
    def act(dialog: QFileDialog) -> None:
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None, "Qt's own save dialog has its file name field"
        name.setText(str(path))  # as typed
        dialog.accept()

    return QFileDialog, act


def cancel() -> Step:
    return QFileDialog, lambda dialog: dialog.reject()


def answer(button: QMessageBox.StandardButton, heard: list[str]) -> Step:
    def act(box: QMessageBox) -> None:
        heard.append(box.text())
        box.button(button).click()

    return QMessageBox, act


def save_pdf(folder: Path) -> str | None:
    suggested = str(folder / "card.pdf")
    return dialogs.save_path(None, "Save the pocket card as PDF", suggested, dialogs.PDF_FILTER, "pdf")


def test_every_save_dialog_of_the_station_confirms_before_replacing(qtbot) -> None:
    dialog = dialogs.save_dialog(None, "Save", "card.pdf", dialogs.PDF_FILTER, "pdf")
    assert not dialog.testOption(QFileDialog.Option.DontConfirmOverwrite)
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert dialog.defaultSuffix() == "pdf"
    dialog.deleteLater()
    # and no window asks for a file to save any other way
    asking = [p.name for p in GUI.rglob("*.py") if "getSaveFileName" in p.read_text(encoding="utf-8")]
    assert asking == []


def test_choosing_an_existing_file_asks_before_replacing_it_and_no_keeps_it(user, tmp_path: Path) -> None:
    kept = tmp_path / "notes – Зоя.pdf"
    kept.write_bytes(b"the minutes of the CoC team")
    heard: list[str] = []
    waiting = user(choose(kept), answer(QMessageBox.StandardButton.No, heard), cancel())
    assert save_pdf(tmp_path) is None
    assert waiting == [] and len(heard) == 1
    assert "notes – Зоя.pdf already exists" in heard[0] and "replace" in heard[0]
    assert kept.read_bytes() == b"the minutes of the CoC team"


def test_yes_replaces_and_a_name_typed_without_pdf_is_asked_about_as_the_pdf_it_becomes(
    user, tmp_path: Path
) -> None:
    (tmp_path / "李娜.pdf").write_bytes(b"an older card")
    heard: list[str] = []
    waiting = user(choose("李娜"), answer(QMessageBox.StandardButton.Yes, heard))
    assert save_pdf(tmp_path) == str(tmp_path / "李娜.pdf")
    assert waiting == [] and len(heard) == 1 and "李娜.pdf already exists" in heard[0]


def test_a_save_dialog_refuses_a_vaults_own_file_and_asks_again(user, monkeypatch, tmp_path: Path) -> None:
    make_vault(tmp_path / "event.cocdesk")
    keys = tmp_path / "event.cocdesk.keys"
    before = digest(keys)
    told: list[str] = []
    monkeypatch.setattr(dialogs, "tell", lambda parent, title, text: told.append(text))
    heard: list[str] = []
    waiting = user(choose(keys), answer(QMessageBox.StandardButton.Yes, heard), cancel())
    assert save_pdf(tmp_path) is None
    assert waiting == [] and told == [
        f"{keys} belongs to the vault event.cocdesk, so nothing was written; choose another file name."
    ]
    assert digest(keys) == before


# the transparency report's Markdown, saved beside the PDF the dialog asked about


@pytest.mark.parametrize("replace", [False, True], ids=["kept", "replaced"])
def test_the_markdown_beside_the_transparency_report_is_replaced_only_when_the_lead_says_so(
    qtbot, station, monkeypatch, tmp_path: Path, replace: bool
) -> None:
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    notes = chosen / "transparency.md"
    notes.write_text("# Notes of Łukasz, not the report\n", encoding="utf-8")
    asked: list[str] = []

    def ask(parent, title: str, question: str, yes: str = "Yes", no: str = "Cancel") -> bool:
        asked.append(question)
        return replace

    monkeypatch.setattr(dialogs, "ask", ask)
    monkeypatch.setattr(paper_actions, "choose_export_path", lambda *args: str(chosen / "transparency.pdf"))
    window = sign_in(qtbot, station, LEAD)
    window.ui.close_event_action.trigger()
    dialog = window.findChild(CloseEventDialog)
    assert dialog is not None
    dialog.ui.transparency_button.click()
    finish_background(station.session)
    assert asked == ["transparency.md already exists beside it. Replace it with the report as Markdown?"]
    assert len(PdfReader(chosen / "transparency.pdf").pages) >= 1
    markdown = notes.read_text(encoding="utf-8")
    assert markdown.startswith("# Code of Conduct transparency report") == replace
    assert ("Notes of Łukasz" in markdown) != replace
    window.close()
