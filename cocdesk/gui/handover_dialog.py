"""The shift handover on screen: the latest handover a member has not confirmed (shown at unlock, over
the main window, before the case list can be used), or the open cases as they stand, to hand over.

Every case is shown by code as a shared screen shows it; nothing here names a reporter or a witness.
The member going off shift hands over; each member coming on confirms "I take over". Print… opens the
handover sheet in the print preview, where each print or save is recorded.
"""

from __future__ import annotations

from html import escape
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

from cocdesk.desk import Act, Read
from cocdesk.domain.countdown import countdown
from cocdesk.flow.handover import HandedCase, Handover
from cocdesk.gui import dialogs, screen_fit, style
from cocdesk.gui.case_html import when
from cocdesk.gui.forms.ui_handover_dialog import Ui_HandoverDialog
from cocdesk.gui.session import Session

SIZE = QSize(760, 520)
SHORTCUT = "Ctrl+Shift+O"


class HandoverOpener(QObject):
    """The main window's "Shift handover…" in the Station menu, and the handover shown at unlock."""

    def __init__(self, session: Session, window: QMainWindow, menu: Any, after: QAction) -> None:
        super().__init__(window)
        self.session, self.window = session, window
        self.action = QAction("Shift &handover…", window)
        self.action.setObjectName("handover_action")
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setToolTip(f"What the last shift handed over, or hand over yours ({SHORTCUT})")
        actions = menu.actions()
        following = actions[actions.index(after) + 1] if after in actions[:-1] else None
        if following is not None:
            menu.insertAction(following, self.action)
        else:
            menu.addAction(self.action)
        window.addAction(self.action)
        self.action.triggered.connect(self.open_view)

    def apply_role(self) -> None:
        self.action.setVisible(self.session.read(lambda desk: desk.may(Read.HANDOVER), False))

    def dialog(self) -> HandoverDialog:
        found = self.window.findChild(HandoverDialog)
        return found if found is not None else HandoverDialog(self.session, self.window)

    def open_view(self) -> None:
        dialog = self.dialog()
        dialog.show_current()
        _bring_up(dialog)

    def show_if_unseen(self) -> HandoverDialog | None:
        """At unlock: the latest handover over the window when this member has not confirmed it."""
        unseen = self.session.read(lambda desk: desk.handover_to_show(), None)
        if unseen is None:
            return None
        dialog = self.dialog()
        dialog.show_unseen(unseen)
        _bring_up(dialog)
        return dialog


def _bring_up(dialog: QDialog) -> None:
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()


def confirm_hand_over(parent: QWidget, count: int) -> bool:
    """Ask before handing over; tests replace this."""
    cases = f"{count} open case{'' if count == 1 else 's'}"
    return dialogs.ask(
        parent,
        "Hand over my shift",
        f"Hand over {cases} as listed, in your name, now? The next member confirms taking them over.",
        yes="&Hand over",
    )


class HandoverDialog(QDialog):
    sig_handed = Signal()  # a handover was made or taken over

    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.ui = Ui_HandoverDialog()
        self.ui.setupUi(self)
        self.session = session
        self.shown: Handover | None = None
        ui = self.ui
        ui.take_over_button.clicked.connect(self.take_over)
        ui.hand_over_button.clicked.connect(self.hand_over)
        ui.print_button.clicked.connect(self.print_sheet)
        ui.close_button.clicked.connect(self.reject)
        for label in (ui.heading_label, ui.confirmed_label):
            label.setTextFormat(Qt.TextFormat.RichText)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        screen_fit.open_within_screen(self, SIZE)

    # what is shown

    def show_unseen(self, handover: Handover) -> None:
        """The latest handover, which this member has not confirmed: they are asked to take it over."""
        self._show(handover)

    def show_current(self) -> None:
        """The latest handover if this member has not confirmed it, else the open cases as they stand."""
        unseen = self.session.read(lambda desk: desk.handover_to_show(), None)
        now = unseen or self.session.run(lambda desk: desk.handover_now(), changed=None, parent=self)
        if now is not None:
            self._show(now)

    def _show(self, handover: Handover) -> None:
        self.shown = handover
        desk = self.session.desk
        zone = desk.event.zone
        me = desk.member.name
        recorded = handover.outgoing is not None
        ui = self.ui
        if recorded:
            by = handover.outgoing.member if handover.outgoing else ""
            ui.heading_label.setText(
                f"<b>Handover {handover.number}</b>, from {escape(by)} at {when(handover.made_at, zone)}."
                + ("" if handover.seen_by(me) else " Read it, then confirm that you take over.")
            )
        else:
            ui.heading_label.setText(
                f"<b>The open cases as they stand</b>, {when(handover.made_at, zone)}."
                " Hand them over when your shift ends."
            )
        alarm = "#ffff00" if style.look().high_contrast else "#b91c1c"
        ui.cases_browser.setHtml(cases_html(handover, zone, alarm))
        last = None if recorded else self.session.read(lambda desk: desk.latest_handover(), None)
        ui.confirmed_label.setText(_confirmed(handover, zone, last))
        takes_over = recorded and not handover.seen_by(me) and desk.may(Act.TAKE_OVER)
        ui.take_over_button.setVisible(takes_over)
        ui.hand_over_button.setVisible(not recorded and desk.may(Act.HAND_OVER))
        ui.take_over_button.setDefault(takes_over)
        (ui.take_over_button if takes_over else ui.cases_browser).setFocus()

    # acts

    def take_over(self) -> None:
        if self.shown is None:
            return
        number = self.shown.number
        taken = self.session.run(lambda desk: desk.take_over(number), changed=[], parent=self)
        if taken is not None:
            self._show(taken)
            self.sig_handed.emit()

    def hand_over(self) -> None:
        """Hand over exactly the list on screen; when it is out of date the member is told, and shown
        the list as it stands now to read and confirm again."""
        shown = self.shown
        if shown is None or shown.outgoing is not None:
            return
        if not confirm_hand_over(self, len(shown.cases)):
            return
        made = self.session.run(lambda desk: desk.hand_over(shown), changed=[], parent=self)
        if made is not None:
            self._show(made)
            self.sig_handed.emit()
        elif self.session.is_open:
            self.show_current()

    def print_sheet(self) -> None:
        from cocdesk.gui import paper_out
        from cocdesk.gui.paper_out import Paper
        from cocdesk.gui.printing import PrintFailed

        shown = self.shown  # the list on screen, as it stood when shown: what is printed is what was read
        document = self.session.run(lambda desk: desk.handover_sheet(shown), changed=None, parent=self)
        if document is None:
            return
        recorded = shown is not None and shown.outgoing is not None
        name = f"shift-handover-{shown.number}.pdf" if shown and recorded else "shift-handover.pdf"
        try:
            paper_out.show(self, document, Paper("the shift handover sheet", file_name=name), self.session)
        except PrintFailed as error:
            dialogs.tell(self, "CoC Desk", str(error))


def cases_html(handover: Handover, zone: ZoneInfo, alarm: str) -> str:
    if not handover.cases:
        return "<p>No case is open: there is nothing to hand over.</p>"
    return "".join(_case_html(case, handover, zone, alarm) for case in handover.cases)


def _case_html(case: HandedCase, handover: Handover, zone: ZoneInfo, alarm: str) -> str:
    title = f" · {escape(case.title)}" if case.title else ""
    rows = [
        ("Next step", escape(case.next_step) or "Every step is done"),
        ("Owner", escape(case.owner) or "No one yet"),
    ]
    if case.deadline is not None:
        due, left = when(case.deadline.due_at, zone), countdown(case.deadline.due_at, handover.made_at)
        rows.append(("Deadline", f"{escape(case.deadline.label)}: {due} ({left})"))
    promised = [
        f"{escape(p.source)}: <b>{escape(p.what)}</b><br><small>"
        f"{when(p.at, zone) if p.at else 'When not recorded'}{f', by {escape(p.by)}' if p.by else ''}</small>"
        for p in case.promises
    ]
    rows.append(("Promised or told<br>to the reporter", "<br>".join(promised) or "Nothing recorded"))
    late = [
        f"<b><font color='{alarm}'>⚠ {escape(item.what)}, due {when(item.due_at, zone)}</font></b>"
        for item in case.overdue
    ]
    if late:
        rows.append(("Overdue", "<br>".join(late)))
    cells = "".join(f"<tr><th align='left' valign='top'>{k}</th><td>{v}</td></tr>" for k, v in rows)
    head = f"<h3>{escape(case.code)}{title} <small>({case.status.label})</small></h3>"
    return f"{head}<table cellspacing='0' cellpadding='3'>{cells}</table>"


def _confirmed(handover: Handover, zone: ZoneInfo, last: Handover | None = None) -> str:
    """Who confirmed ``handover``; for the cases as they stand, who confirmed the ``last`` one."""
    if handover.outgoing is None:
        if last is None or last.outgoing is None:
            return "No shift has been handed over yet at this event."
        by, at = escape(last.outgoing.member), when(last.outgoing.at, zone)
        said = [f"Handover {last.number} was handed over by {by} at {at}."]
    else:
        said = [f"Handed over by {escape(handover.outgoing.member)} at {when(handover.outgoing.at, zone)}."]
        last = handover
    said += [f"Taken over by {escape(c.member)} at {when(c.at, zone)}." for c in last.incoming]
    if not last.incoming:
        said.append("Not taken over yet.")
    return " ".join(said)
