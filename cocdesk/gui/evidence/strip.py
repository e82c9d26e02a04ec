"""The evidence strip: a case's attachments as thumbnails, with what can be done to them.

Files come in by a drop (on the strip or on the view it serves: ``catch_drops_on``), by a paste
(Ctrl+V where no text field has the focus, or the Paste image button) or by choosing them. Each is
attached through the desk, which says what was kept; a sentence (a warning, a refusal) shows in
the strip itself. A role without identity sees the list, a plain tile for each, and opens nothing.
Thumbnails are kept in memory only, and forgotten when the station locks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar
from uuid import UUID

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import (
    QGuiApplication,
    QIcon,
    QImage,
    QKeySequence,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cocdesk.desk import Act, Desk, Read
from cocdesk.domain.evidence import Attached, Attachment, size_text
from cocdesk.gui.clipboard import release_image, took_image
from cocdesk.gui.evidence import intake
from cocdesk.gui.evidence.chooser import pick_files
from cocdesk.gui.evidence.drops import DropCatcher
from cocdesk.gui.evidence.intake import Incoming
from cocdesk.gui.evidence.tiles import SIDE, framed, placeholder, thumbnail
from cocdesk.gui.evidence.viewer import EvidenceViewer
from cocdesk.gui.session import Session

WITHHELD = "Evidence is identity: listed, not shown."
HINT = "Drop files here, paste an image (Ctrl+V) or attach a file."
"""The buttons' underlined letters are the ones free on the case view and the step that asks about
evidence (tests/gui/test_mnemonics.py walks both)."""
ID_ROLE = Qt.ItemDataRole.UserRole
T = TypeVar("T")


def choose_files(parent: QWidget) -> list[str]:
    """The files the member picks (``chooser.pick_files``, which leaves no trace of them). Tests
    replace this."""
    return pick_files(parent)


def ask_reason(parent: QWidget, label: str) -> str | None:
    """Why the attachment is removed; None when the member cancels. Tests replace this."""
    text, ok = QInputDialog.getText(parent, "Remove the attachment", label)
    return text if ok else None


class EvidenceStrip(QWidget):
    sig_said = Signal(str)  # a sentence the strip showed (a warning, a refusal, what was done)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidence_strip")
        self.setAccessibleName("Evidence")
        self.session = session
        self.case_id: UUID | None = None
        self.attachments: list[Attachment] = []
        self.viewer: EvidenceViewer | None = None
        self._thumbs: dict[UUID, QImage | None] = {}
        self.list = QListWidget()
        self.list.setObjectName("evidence_list")
        self.list.setAccessibleName("Attachments")
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setIconSize(QSize(SIDE + 2, SIDE + 2))
        self.list.setGridSize(QSize(SIDE + 64, SIDE + 30))
        self.list.setFixedHeight(SIDE + 40)
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.attach_button = QPushButton("Attac&h file…")
        self.attach_button.setAccessibleName("Attach a file")
        self.paste_button = QPushButton("Paste image from &clipboard")
        self.paste_button.setAccessibleName("Paste an image from the clipboard")
        self.open_button = QPushButton("Open full si&ze")
        self.open_button.setAccessibleName("Open the attachment full size")
        self.remove_button = QPushButton("&Delete…")
        self.remove_button.setAccessibleName("Remove the attachment and delete its file")
        self.attach_button.clicked.connect(self.choose)
        self.paste_button.clicked.connect(self.paste)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.note = QLabel(HINT)
        self.note.setObjectName("evidence_note")
        self.note.setAccessibleName("Evidence note")
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.attach_button, self.paste_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._drops = DropCatcher(self._may_attach, self.attach, self)
        self._drops.watch(self)
        self._last_problem = ""
        session.sig_closed.connect(self.forget)
        session.sig_problem.connect(self._heard)

    # what the strip serves

    def catch_drops_on(self, host: QWidget) -> None:
        """Files dropped anywhere on ``host`` come here, and Ctrl+V there pastes an image when no
        text field has the focus (a text field takes its own paste first)."""
        self._drops.watch(host)
        paste = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), host, self.paste)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # showing

    def show_case(self, case_id: UUID, attachments: list[Attachment]) -> None:
        if case_id != self.case_id:
            self._thumbs.clear()
            self.note.setText(HINT)
        self.case_id, self.attachments = case_id, attachments
        sees = self.session.read(lambda desk: desk.may(Read.IDENTITY), False)
        may_attach = self._may_attach()
        for button in (self.attach_button, self.paste_button, self.remove_button):
            button.setVisible(may_attach)
        if not sees:
            self.note.setText(WITHHELD if attachments else "No evidence is attached.")
        chosen = self.list.currentItem().data(ID_ROLE) if self.list.currentItem() else None
        self.list.clear()
        for attachment in attachments:
            item = QListWidgetItem(self._icon(attachment, sees), _caption(attachment))
            item.setData(ID_ROLE, str(attachment.id))
            item.setToolTip(_described(attachment))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, _described(attachment))
            self.list.addItem(item)
            if str(attachment.id) == chosen:
                self.list.setCurrentItem(item)
        self.list.setVisible(bool(attachments))
        self._enable()

    def reload(self) -> None:
        case_id = self.case_id
        if case_id is not None:
            listed = self.session.read(lambda desk: desk.attachments(case_id), None)
            if listed is not None:
                self.show_case(case_id, listed)

    def forget(self) -> None:
        """The station locked: no thumbnail, no viewer, nothing of a file stays in the window."""
        self._thumbs.clear()
        self.list.clear()
        self.attachments = []
        if self.viewer is not None:
            self.viewer.reject()
            self.viewer = None

    def _icon(self, attachment: Attachment, sees: bool) -> QIcon:
        image: QImage | None = None
        if sees and attachment.opens:
            if attachment.id not in self._thumbs:
                data = self._bytes(attachment)
                self._thumbs[attachment.id] = thumbnail(attachment, data) if data else None
            image = self._thumbs[attachment.id]
        shown = framed(image, self.palette()) if image is not None else placeholder(attachment, self)
        return QIcon(QPixmap.fromImage(shown))

    def _bytes(self, attachment: Attachment) -> bytes | None:
        case_id = self.case_id
        if case_id is None:
            return None
        return self.session.read(lambda desk: desk.attachment_bytes(case_id, attachment.id), None)

    def _may_attach(self) -> bool:
        return self.case_id is not None and self.session.read(lambda desk: desk.may(Act.ATTACH), False)

    def _selected(self) -> Attachment | None:
        item = self.list.currentItem()
        wanted = item.data(ID_ROLE) if item is not None else None
        return next((a for a in self.attachments if str(a.id) == wanted), None)

    def _enable(self) -> None:
        chosen = self._selected()
        sees = self.session.read(lambda desk: desk.may(Read.IDENTITY), False)
        self.open_button.setEnabled(chosen is not None and sees and chosen.opens)
        self.remove_button.setEnabled(chosen is not None and not chosen.removed)

    def say(self, sentence: str) -> None:
        self.note.setText(sentence)
        self.sig_said.emit(sentence)

    # acts

    def choose(self) -> None:
        paths = choose_files(self)
        if paths:
            self.attach([intake.from_path(path) for path in paths])

    def paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if not self._may_attach():
            return
        found = intake.from_mime(mime) if mime is not None else []
        if not found:
            self.say("The clipboard holds no image or file to attach.")
            return
        image = mime is not None and not mime.hasUrls() and mime.hasImage()
        if image:
            took_image()
        if self.attach(found) and image and release_image(QGuiApplication.clipboard()):
            self.say(f"{self.note.text()} The image was cleared from the clipboard.")

    def attach(self, incoming: list[Incoming | str]) -> int:
        """Attach each file through the desk; say what was kept, and every warning or refusal. How
        many were kept."""
        case_id = self.case_id
        if case_id is None:
            return 0
        said: list[str] = []
        kept: list[Attachment] = []
        for item in incoming:
            if isinstance(item, str):
                said.append(item)
                continue
            result, problem = self._run(_attaching(case_id, item))
            if result is None:
                said.append(problem)
            else:
                kept.append(result.attachment)
                if result.warning:
                    said.append(result.warning)
        self.reload()
        if len(kept) == 1:
            a = kept[0]
            said.insert(0, f"Attached “{a.name}” ({a.kind}, {size_text(a.size)}).")
        elif kept:
            said.insert(0, f"Attached {len(kept)} files.")
        if said:
            self.say(" ".join(said))
        return len(kept)

    def _run(self, act: Callable[[Desk], T], *, reads: bool = False) -> tuple[T | None, str]:
        """``act`` through the session (the case announced as changed, unless it only ``reads``); its
        result, or None and the sentence that says why not, shown in the strip, not in a box over it."""
        self._last_problem = ""
        changed = None if reads else [self.case_id]
        result = self.session.run(act, changed=changed, parent=self, tell=False)
        return result, self._last_problem or "That did not work."

    def _heard(self, sentence: str) -> None:
        self._last_problem = sentence

    def open_selected(self) -> None:
        chosen, case_id = self._selected(), self.case_id
        if chosen is None or case_id is None:
            return
        if not chosen.opens or not self.session.read(lambda desk: desk.may(Read.IDENTITY), False):
            self.say(WITHHELD if chosen.opens else "This file is listed only: the station does not open it.")
            return
        data, problem = self._run(lambda desk: desk.attachment_bytes(case_id, chosen.id), reads=True)
        if data is None:
            self.say(problem)
            return
        self.viewer = EvidenceViewer(chosen, data, self.window())
        self.viewer.finished.connect(self._viewer_closed)
        self.viewer.open()

    def _viewer_closed(self) -> None:
        self.viewer = None

    def remove_selected(self) -> None:
        chosen, case_id = self._selected(), self.case_id
        if chosen is None or case_id is None or chosen.removed:
            return
        reason = ask_reason(
            self, f"Why is “{chosen.name}” removed? Its file is deleted; the list keeps a line."
        )
        if reason is None:
            return

        def remove(desk: Desk) -> bool:
            desk.remove_attachment(case_id, chosen.id, reason)
            return True

        done, problem = self._run(remove)
        self._thumbs.pop(chosen.id, None)
        self.reload()
        self.say(f"Removed “{chosen.name}”: its file is deleted." if done else problem)


def _attaching(case_id: UUID, item: Incoming) -> Callable[[Desk], Attached]:
    return lambda desk: desk.attach(case_id, item.name, item.data)


def _caption(attachment: Attachment) -> str:
    """One line under the tile (a second line of a name in CJK script is cut off by the list's own
    measure): the name, or that it was removed; the size is in the tooltip and the accessible text."""
    name = attachment.name if len(attachment.name) <= 22 else attachment.name[:20] + "…"
    return f"Removed: {name}" if attachment.removed else name


def _described(attachment: Attachment) -> str:
    state = f"removed by {attachment.removed_by}" if attachment.removed else size_text(attachment.size)
    return f"{attachment.name}, {attachment.kind}, {state}"
