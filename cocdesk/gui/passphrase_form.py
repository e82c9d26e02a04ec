"""A new passphrase, typed twice, with a strength meter and a plain warning when it is weak."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from cocdesk.gui import dialogs, style
from cocdesk.gui.forms.ui_passphrase_form import Ui_PassphraseForm
from cocdesk.strength import Strength, strength


class PassphraseForm(QWidget):
    def __init__(self, avoid: Callable[[], list[str]] = list, parent: QWidget | None = None) -> None:
        """``avoid`` gives the names an attacker would try first (the member's, the event's)."""
        super().__init__(parent)
        self.ui = Ui_PassphraseForm()
        self.ui.setupUi(self)
        self._avoid = avoid
        self.ui.new_passphrase_edit.textChanged.connect(self.refresh)
        self.ui.repeat_passphrase_edit.textChanged.connect(self.refresh)
        self.ui.reveal_check.toggled.connect(self._reveal)
        lines = self.ui.strength_warning_label.fontMetrics().lineSpacing()
        self.ui.strength_warning_label.setMinimumHeight(3 * lines)  # room for the longest warning
        self.refresh()

    @classmethod
    def inside(cls, holder: QWidget, avoid: Callable[[], list[str]] = list) -> PassphraseForm:
        """A form filling ``holder``, the placeholder a Designer form leaves for it."""
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        form = cls(avoid, holder)
        layout.addWidget(form)
        return form

    def passphrase(self) -> str:
        return self.ui.new_passphrase_edit.text()

    def graded(self) -> Strength:
        return strength(self.passphrase(), self._avoid())

    def refresh(self) -> None:
        graded = self.graded()
        bar = self.ui.strength_bar
        bar.setValue(graded.score + 1 if self.passphrase() else 0)  # even "very weak" shows some red
        bar.setFormat(graded.label if self.passphrase() else "—")
        bar.setAccessibleDescription(graded.label)
        bar.setProperty("strength", str(graded.score))
        bar.style().unpolish(bar)
        bar.style().polish(bar)
        warning = graded.warning if self.passphrase() else ""
        self.ui.strength_warning_label.setText(warning or "")
        style.mark_problem(self.ui.strength_warning_label, bool(warning))

    def problem(self) -> str | None:
        """Why the passphrase cannot be used yet, as one sentence; None when it can."""
        graded = self.graded()
        if graded.refused:
            return graded.refused
        if self.passphrase() != self.ui.repeat_passphrase_edit.text():
            return "The two passphrases are not the same. Type the new one twice."
        return None

    def accept_weak(self, parent: QWidget) -> bool:
        """A weak passphrase may still be used, but only after saying so plainly."""
        graded = self.graded()
        if not graded.is_weak:
            return True
        return dialogs.ask(
            parent,
            "A weak passphrase",
            f"This passphrase is {graded.label.lower()}. {graded.warning}\n\n"
            "Anyone who guesses it can read every report in this vault. Use it anyway?",
            yes="Use it &anyway",
            no="&Choose another",
        )

    def clear(self) -> None:
        self.ui.new_passphrase_edit.clear()
        self.ui.repeat_passphrase_edit.clear()

    def _reveal(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.ui.new_passphrase_edit.setEchoMode(mode)
        self.ui.repeat_passphrase_edit.setEchoMode(mode)
