"""Close the event: the CoC team lead's handover over ``cocdesk.closing.Closing``, in three parts.

1. every case not yet filed or closed is finished (opened in the main window) or left with a reason;
2. the Officer's export of the filed cases and the transparency report (PDF and Markdown) are saved
   where the lead chooses;
3. the event's name, typed exactly, destroys the vault.

The dialog stays beside the main window (not blocking it) so that a case can be finished there.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any
from uuid import UUID

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QWidget

from cocdesk.closing import Closing, ClosingNotReady, Saved
from cocdesk.desk import VaultError
from cocdesk.gui import dialogs, paper_actions, style
from cocdesk.gui.closing_cases import UnfinishedCases
from cocdesk.gui.forms.ui_closing_dialog import Ui_CloseEventDialog
from cocdesk.gui.session import Session
from cocdesk.gui.window_keys import closes_by_keys, opens_in_first_field


class CloseEventDialog(QDialog):
    sig_open_case = Signal(object)  # a case's UUID, to finish in the main window
    sig_destroying = Signal()  # about to destroy the vault: save whatever is being typed now
    sig_closed = Signal(str)  # the vault is destroyed; the sentence to tell the team

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CloseEventDialog()
        self.ui.setupUi(self)
        opens_in_first_field(self)
        closes_by_keys(self)  # beside the window: Esc or Ctrl+W puts it away, the handover kept
        self.session = session
        self._ready = False  # the handover is done: the name may be typed
        self.closing: Closing | None = Closing(session.desk)  # None while locked: it holds the desk
        self._saved: list[Saved] = []  # what was saved, kept across a lock
        self.event_name = session.desk.event.name
        self.ui.event_name_label.setText(f"To destroy the vault, type the event's name, “{self.event_name}”:")
        self.cases = UnfinishedCases(self.ui, self)
        self.cases.sig_open_case.connect(self.sig_open_case)
        self.cases.sig_leave.connect(self._leave)
        style.mark_problem(self.ui.problem_label, True)
        self.ui.officer_export_button.clicked.connect(self.save_officer_export)
        self.ui.transparency_button.clicked.connect(self.save_transparency_report)
        self.ui.event_name_edit.textChanged.connect(lambda _text: self._enable_destroy())
        self.ui.destroy_button.clicked.connect(self.destroy_vault)
        session.sig_cases_changed.connect(self._cases_changed)
        session.sig_opened.connect(self.refresh)
        session.sig_closed.connect(self._let_go)

    def _cases_changed(self, _ids: list[str]) -> None:
        if self.isVisible():
            self.refresh()

    def _now(self, desk: Any) -> Closing:
        """The handover on the desk open now: after a lock, the same lead's reopened desk."""
        if self.closing is None:
            self.closing = Closing(desk, self._saved)
        self.closing.desk = desk
        return self.closing

    def _let_go(self) -> None:
        """Locked: the closed desk goes (nothing may keep it, nor the key below it); what was saved stays."""
        if self.closing is not None:
            self._saved, self.closing = self.closing.saved, None

    def _run(self, act: Callable[[Closing], Any], changed: list[str] | None = None) -> Any:
        """One act of the handover through the session; a refusal's sentence shows in the dialog."""
        said: list[str] = []

        def heard(sentence: str) -> None:
            said.append(sentence)

        self.session.sig_problem.connect(heard)
        try:
            result = self.session.run(lambda desk: act(self._now(desk)), changed=changed, tell=False)
        finally:
            self.session.sig_problem.disconnect(heard)
        self._say(said[0] if said else "")
        return result

    # keeping up with the main window

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.refresh()  # back from finishing a case in the main window

    def refresh(self) -> None:
        if not self.session.is_open:  # locked: the dialog is hidden until the same lead unlocks
            return
        found = self._run(lambda closing: (closing.unfinished(), closing.still_to_do()))
        if found is None:
            return
        unfinished, left = found
        self.cases.show_cases(unfinished, self.session.desk.event.zone)
        layout = self.ui.closing_layout  # the room the cases leave once there are none goes below
        layout.setStretchFactor(self.ui.unfinished_cases_box, 1 if unfinished else 0)
        layout.setStretch(layout.indexOf(self.ui.room_space), 0 if unfinished else 1)
        self.ui.still_to_do_label.setText(
            "Still to do:\n" + "\n".join(f"• {sentence}" for sentence in left)
            if left
            else "✓ The handover is done. Destroying the vault cannot be undone."
        )
        self._enable_destroy(not left)

    def _enable_destroy(self, ready: bool | None = None) -> None:
        if ready is not None:
            self._ready = ready
        ready = self.session.is_open and self._ready
        self.ui.event_name_edit.setEnabled(ready)
        typed = self.ui.event_name_edit.text().strip()
        self.ui.destroy_button.setEnabled(ready and typed == self.event_name)

    def _say(self, sentence: str) -> None:
        self.ui.problem_label.setText(sentence)
        self.ui.problem_label.setVisible(bool(sentence))

    # the three parts

    def _leave(self, case_id: UUID, reason: str) -> None:
        left = self._run(lambda closing: closing.leave_unfinished(case_id, reason), changed=[str(case_id)])
        if left is None:
            return
        self.cases.left()
        self.refresh()

    def save_officer_export(self, path: str | None = None) -> None:
        title = "Save the Officer's export of the filed cases"
        path = path or paper_actions.choose_export_path(self, title, "officer-export.pdf")
        if path is None:
            return
        chosen = path

        def done(saved: Saved | None) -> None:
            self._say("")
            self.ui.officer_saved_label.setText(
                _saved_text([saved]) if saved else "No case was filed: there is nothing to export."
            )
            self.refresh()

        self._in_background(
            lambda closing: closing.save_officer_export(chosen), done, "Saving the Officer's export…"
        )

    def save_transparency_report(self, path: str | None = None) -> None:
        title = "Save the transparency report"
        path = path or paper_actions.choose_export_path(self, title, "transparency-report.pdf")
        if path is None:
            return
        chosen = path
        markdown: Path | None = Path(chosen).with_suffix(".md")
        if markdown == Path(chosen):
            markdown = None
        elif markdown is not None and os.path.lexists(markdown):  # the dialog asked about the PDF only
            question = f"{markdown.name} already exists beside it. Replace it with the report as Markdown?"
            if not dialogs.ask(self, "Replace the Markdown?", question, "&Replace it", "&Keep it"):
                markdown = None

        def done(saved: list[Saved]) -> None:
            self._say("")
            self.ui.transparency_saved_label.setText(_saved_text(saved))
            self.refresh()

        self._in_background(
            lambda closing: closing.save_transparency_report(chosen, markdown),
            done,
            "Making the transparency report…",
        )

    def _in_background(self, work: Callable[[Closing], Any], done: Callable[[Any], None], busy: str) -> None:
        """A document over every case, made off the GUI thread: the station keeps painting."""
        if not self.session.is_open:
            return
        closing = self._now(self.session.desk)
        self._say(busy)
        dialogs.in_background_blocking(
            self.session,
            self.parentWidget() or self,
            lambda: work(closing),
            done,
            busy=busy,
            failed=lambda sentence: self._say(f"Not saved: {sentence}"),
        )

    def destroy_vault(self) -> None:
        self.sig_destroying.emit()
        typed = self.ui.event_name_edit.text()

        def destroy(closing: Closing) -> str:
            try:
                return closing.destroy(typed)
            except ClosingNotReady:
                raise
            except VaultError as error:
                raise VaultError(f"The vault could not be destroyed: {error}") from None

        sentence = self._run(destroy, changed=None)
        if sentence is None:
            return
        self.accept()
        self.sig_closed.emit(sentence)


def _saved_text(saved: list[Saved]) -> str:
    return "\n".join(f"✓ Saved {os.path.basename(s.path)} (SHA-256 {s.sha256[:12]}…)" for s in saved)
