"""The first run: the event, its crisis contacts, its Event Lead and Officer, and the first member,
who becomes the CoC team lead. Finishing creates the vault and opens the station."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget, QWizard, QWizardPage

from cocdesk.domain import CrisisContacts, Event
from cocdesk.gui import style
from cocdesk.gui.event_forms import ContactsForm, EventForm, LeadsForm, build_event
from cocdesk.gui.passphrase_form import PassphraseForm

COLUMN_WIDTH = 760


class _Page(QWizardPage):
    """A page holding one form, with a line for the reason it cannot go on yet."""

    def __init__(self, title: str, subtitle: str, form: QWidget) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.form = form
        self.message = QLabel(wordWrap=True)
        self.message.setAccessibleName("Message")
        column = QWidget()  # forms read best at a comfortable width, centred on a large screen
        column.setMaximumWidth(COLUMN_WIDTH)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(form)
        inner.addWidget(self.message)
        inner.addStretch(1)
        row = QHBoxLayout(self)
        row.addStretch(1)
        row.addWidget(column, 100)
        row.addStretch(1)

    def say(self, text: str) -> None:
        self.message.setText(text)
        style.mark_problem(self.message, bool(text))


class _MemberForm(QWidget):
    def __init__(self, event_name: Any) -> None:
        super().__init__()
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName("Your name")
        label = QLabel("Your na&me")
        label.setBuddy(self.name_edit)
        self.passphrase = PassphraseForm(lambda: [self.name_edit.text(), event_name()])
        self.passphrase.ui.passphrase_layout.insertRow(0, label, self.name_edit)  # one column of labels
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.passphrase)


class FirstRunWizard(QWizard):
    sig_created = Signal(object)  # the new, open Desk

    def __init__(self, vault_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault_path = vault_path
        self.setWindowTitle("CoC Desk — set up the station")
        self.setWindowIcon(style.icon("app"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.event_form, self.contacts_form, self.leads_form = EventForm(), ContactsForm(), LeadsForm()
        self.contacts_form.load(CrisisContacts())
        self.member_form = _MemberForm(lambda: self.event_form.ui.event_name_edit.text())
        self.pages = [
            _Page("The event", "What the station is for. All of it can be changed later.", self.event_form),
            _Page(
                "Crisis contacts",
                "Who to call when someone is in immediate danger.",
                self.contacts_form,
            ),
            _Page(
                "Event Lead Organiser and Safety and Diversity Officer",
                "The two people the CoC team reports to.",
                self.leads_form,
            ),
            _Page(
                "You, the CoC team lead",
                "You will add the rest of the team once the station is open. Each member has their own"
                " passphrase; nobody else can recover yours.",
                self.member_form,
            ),
        ]
        for number, page in enumerate(self.pages, start=1):
            page.setSubTitle(f"Step {number} of {len(self.pages)}. {page.subTitle()}")
            self.addPage(page)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, style.icon("app").pixmap(48, 48))
        passphrase = self.member_form.passphrase.ui
        # the name joined the passphrase's form after it was built: it comes first
        QWidget.setTabOrder(self.member_form.name_edit, passphrase.new_passphrase_edit)
        QWidget.setTabOrder(passphrase.new_passphrase_edit, passphrase.repeat_passphrase_edit)
        for button, name in (
            (QWizard.WizardButton.NextButton, "Next"),
            (QWizard.WizardButton.BackButton, "Back"),
            (QWizard.WizardButton.FinishButton, "Create the vault"),
            (QWizard.WizardButton.CancelButton, "Cancel"),
        ):
            self.button(button).setAccessibleName(name)
        self.setButtonText(QWizard.WizardButton.FinishButton, "&Create the vault")
        self.resize(820, 560)

    def _event(self) -> tuple[Event | None, str]:
        forms = (self.event_form, self.contacts_form, self.leads_form)
        return build_event(None, *(form.values() for form in forms))

    def validateCurrentPage(self) -> bool:
        page = self.currentPage()
        if not isinstance(page, _Page):
            return True
        page.say("")
        if page.form is self.event_form:
            _, problem = self._event()
            if problem:
                page.say(problem)
                return False
        if page.form is self.member_form:
            return self._create(page)
        return True

    def _create(self, page: _Page) -> bool:
        from cocdesk.desk import Desk, VaultError

        name = self.member_form.name_edit.text().strip()
        passphrase = self.member_form.passphrase
        event, problem = self._event()
        problem = problem or ("Type your name." if not name else "") or (passphrase.problem() or "")
        if problem or event is None:
            page.say(problem)
            return False
        if not passphrase.accept_weak(self):
            passphrase.ui.new_passphrase_edit.setFocus()
            return False
        page.say("Creating the vault… (this takes a second: the passphrase is stretched to resist guessing)")
        self.setCursor(Qt.CursorShape.BusyCursor)
        try:
            secret = passphrase.passphrase()
            desk = Desk.create(self.vault_path, event, name, secret, **self.vault_options())
        except VaultError as error:
            page.say(str(error))
            return False
        finally:
            self.unsetCursor()
        passphrase.clear()
        self.sig_created.emit(desk)
        return True

    def vault_options(self) -> dict[str, Any]:
        """Extra arguments for ``Desk.create``; the key derivation is calibrated unless a test says so."""
        return {}
