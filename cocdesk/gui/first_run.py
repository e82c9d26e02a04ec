"""The first run: the event, its crisis contacts, its Event Lead and Officer, and the first member,
who becomes the CoC team lead. Finishing creates the vault and opens the station.

The pages are ui/first_run_wizard.ui; each page's column takes one of the shared forms."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget, QWizard, QWizardPage

from cocdesk.domain import CrisisContacts, Event
from cocdesk.gui import dialogs, style
from cocdesk.gui.event_forms import ContactsForm, EventForm, LeadsForm, build_event
from cocdesk.gui.forms.ui_first_run_wizard import Ui_FirstRunWizard
from cocdesk.gui.passphrase_form import PassphraseForm
from cocdesk.gui.unlock import shown_path
from cocdesk.gui.window_keys import focus_first, opens_in_first_field

PLACE_BUTTON = "Choose another &file…"


@dataclass
class MemberForm:
    """The last page's fields: the lead's name, and their passphrase typed twice."""

    name_edit: QLineEdit
    passphrase: PassphraseForm


class FirstRunWizard(QWizard):
    sig_created = Signal(object)  # the new, open Desk

    def __init__(self, vault_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_FirstRunWizard()
        ui.setupUi(self)
        self.vault_path = vault_path
        self.setWindowIcon(style.icon("app"))
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, style.icon("app").pixmap(48, 48))
        self.event_form, self.contacts_form, self.leads_form = EventForm(), ContactsForm(), LeadsForm()
        self.contacts_form.load(CrisisContacts())
        passphrase = PassphraseForm(
            lambda: [ui.your_name_edit.text(), self.event_form.ui.event_name_edit.text()]
        )
        self.member_form = MemberForm(ui.your_name_edit, passphrase)
        for layout, form in (
            (ui.event_column_layout, self.event_form),
            (ui.contacts_column_layout, self.contacts_form),
            (ui.leads_column_layout, self.leads_form),
            (ui.member_column_layout, passphrase),
        ):
            layout.insertWidget(0, form)
        # the name heads the passphrase's form, so that the page has one column of labels
        ui.your_name_layout.takeRow(0)
        passphrase.ui.passphrase_layout.insertRow(0, ui.your_name_label, ui.your_name_edit)
        for first, second in (
            (ui.your_name_edit, passphrase.ui.new_passphrase_edit),
            (passphrase.ui.new_passphrase_edit, passphrase.ui.repeat_passphrase_edit),
            (passphrase.ui.repeat_passphrase_edit, passphrase.ui.reveal_check),
        ):
            QWidget.setTabOrder(first, second)
        self.pages = [ui.event_page, ui.contacts_page, ui.leads_page, ui.member_page]
        self.messages = {
            ui.event_page: ui.event_message_label,
            ui.contacts_page: ui.contacts_message_label,
            ui.leads_page: ui.leads_message_label,
            ui.member_page: ui.member_message_label,
        }
        for button, accessible in (
            (QWizard.WizardButton.NextButton, "Next"),
            (QWizard.WizardButton.BackButton, "Back"),
            (QWizard.WizardButton.FinishButton, "Create the vault"),
            (QWizard.WizardButton.CancelButton, "Cancel"),
        ):
            self.button(button).setAccessibleName(accessible)
        self.setButtonText(QWizard.WizardButton.FinishButton, "&Create the vault")
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, PLACE_BUTTON)
        self.button(QWizard.WizardButton.CustomButton1).setAccessibleName(
            "Choose another place for the vault"
        )
        self.customButtonClicked.connect(lambda _which: self.choose_place())
        self._subtitle = ui.event_page.subTitle()
        self.currentIdChanged.connect(lambda _id: self._focus_page())
        opens_in_first_field(self)
        self._show_place()

    def _show_place(self) -> None:
        """Where the vault will be, and at once whether one can be made there (before all is typed)."""
        where = f"The new vault will be at {shown_path(self.vault_path)}."
        self.ui.event_page.setSubTitle(f"{self._subtitle} {where}")
        self._say(self.currentPage() or self.ui.event_page, self.place_problem())

    def place_problem(self) -> str:
        from cocdesk.desk import Desk, VaultError

        try:
            Desk.refuse_existing(self.vault_path)
        except VaultError as error:
            return str(error)
        return ""

    def choose_place(self) -> None:
        """Another file for the new vault, asked in the save dialog; the pages keep what was typed."""
        chosen = dialogs.new_vault_path(self)
        if chosen:
            self.vault_path = Path(chosen)
            self._show_place()

    def _focus_page(self) -> None:
        """Each page opens with the keyboard in its first field (the name, on the last page)."""
        page = self.currentPage()
        if page is not None:
            focus_first(page)

    def message(self, page: QWizardPage | None = None) -> QLabel:
        """The line on ``page`` (the current one by default) saying why it cannot go on yet."""
        return self.messages[page or self.currentPage()]

    def _say(self, page: QWizardPage, text: str) -> None:
        self.message(page).setText(text)
        style.mark_problem(self.message(page), bool(text))

    def _event(self) -> tuple[Event | None, str]:
        forms = (self.event_form, self.contacts_form, self.leads_form)
        return build_event(None, *(form.values() for form in forms))

    def validateCurrentPage(self) -> bool:
        page = self.currentPage()
        if page not in self.messages:
            return True
        self._say(page, "")
        if problem := self.place_problem():
            self._say(page, problem)
            return False
        if page is self.ui.event_page:
            _, problem = self._event()
            if problem:
                self._say(page, problem)
                return False
        if page is self.ui.member_page:
            return self._create(page)
        return True

    def _create(self, page: QWizardPage) -> bool:
        from cocdesk.desk import Desk, VaultError

        name = self.member_form.name_edit.text().strip()
        passphrase = self.member_form.passphrase
        event, problem = self._event()
        problem = problem or ("Type your name." if not name else "") or (passphrase.problem() or "")
        if problem or event is None:
            self._say(page, problem)
            return False
        if not passphrase.accept_weak(self):
            passphrase.ui.new_passphrase_edit.setFocus()
            return False
        self._say(
            page, "Creating the vault… (this takes a second: the passphrase is stretched to resist guessing)"
        )
        self.setCursor(Qt.CursorShape.BusyCursor)
        try:
            secret = passphrase.passphrase()
            desk = Desk.create(self.vault_path, event, name, secret, **self.vault_options())
        except VaultError as error:
            self._say(page, str(error))
            return False
        finally:
            self.unsetCursor()
        passphrase.clear()
        self.sig_created.emit(desk)
        return True

    def vault_options(self) -> dict[str, Any]:
        """Extra arguments for ``Desk.create``; the key derivation is calibrated unless a test says so."""
        return {}
