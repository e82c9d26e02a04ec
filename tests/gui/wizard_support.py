"""A desk vault and a keyboard for the wizard's tests: real SQLCipher files, real key presses.

The team comes from the station's test vaults (Łukasz leads, Зоя responds, 李明 is the Event Lead
Organiser, Ελένη the Safety and Diversity Officer); the event has its crisis contacts set.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from cocdesk.desk import Desk
from cocdesk.domain import Contact, CrisisContacts
from cocdesk.gui.session import Session
from cocdesk.gui.wizard import WizardWidget
from cocdesk.gui.wizard.fields import FieldsSection
from tests.station_vaults import EVENT_LEAD, FAST, LEAD, OFFICER, PASSPHRASES, ROLES, summit_event

T = TypeVar("T")
W = TypeVar("W", bound=QWidget)
SECURITY_PHONE = "+41 44 555 01 10"
MEDICAL_PHONE = "+41 44 555 01 44"
CONTACTS = CrisisContacts(
    venue_security=Contact(name="Kongresshaus security desk", phone=SECURITY_PHONE),
    police_emergency=Contact(name="Police", phone="117"),
    medical=Contact(name="First aid, ground floor", phone=MEDICAL_PHONE),
)


def desk_vault(folder: Path) -> Path:
    """A closed vault with the whole team and the event's contacts; no cases yet."""
    path = folder / "desk.cocdesk"
    event = summit_event(
        crisis_contacts=CONTACTS,
        event_lead=Contact(name=EVENT_LEAD),
        safety_officer=Contact(name=OFFICER),
        policy_location="summit.example.org/coc",
        team_contact="write to coc@summit.example.org",
    )
    with Desk.create(path, event, LEAD, PASSPHRASES[LEAD], kdf=FAST) as desk:
        for name, role in ROLES.items():
            desk.add_member(name, role, PASSPHRASES[name])
    return path


def open_desk(path: Path, member: str = LEAD) -> Desk:
    return Desk.open(path, member, PASSPHRASES[member])


def open_as(path: Path, member: str = LEAD) -> Session:
    """The station's session, unlocked by ``member``."""
    session = Session()
    session.open(open_desk(path, member))
    return session


def show_wizard(qtbot, session: Session, case_ref: object, **options: object) -> WizardWidget:
    return shown(qtbot, WizardWidget(session, case_ref, **options))  # type: ignore[arg-type]


def shown(qtbot, window: W, width: int = 1280, height: int = 800) -> W:
    """The window on screen, active, at the size of the desk's laptop."""
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    QApplication.processEvents()
    return window


def part_of(wizard: WizardWidget, step_id: str, kind: type[T]) -> T:
    """The editor of the step's part, built if the step was not visited yet."""
    part = wizard.page(step_id).part
    assert isinstance(part, kind), f"{step_id} has {type(part).__name__}, not {kind.__name__}"
    return part


def fields_of(wizard: WizardWidget, step_id: str) -> FieldsSection:
    fields = wizard.page(step_id).fields
    assert fields is not None, f"{step_id} asks no questions"
    return fields


def texts_of(widget: QWidget) -> str:
    """Every text a window shows: labels, buttons, lines, text boxes, list entries."""
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QListWidget, QPlainTextEdit

    seen: list[str] = []
    for child in widget.findChildren(QWidget):
        if isinstance(child, QLabel | QAbstractButton):
            seen.append(child.text())
        elif isinstance(child, QLineEdit):
            seen += [child.text(), child.placeholderText()]
        elif isinstance(child, QPlainTextEdit):
            seen.append(child.toPlainText())
        elif isinstance(child, QComboBox):
            seen += [child.itemText(i) for i in range(child.count())] + [child.currentText()]
        elif isinstance(child, QListWidget):
            seen += [child.item(i).text() for i in range(child.count())]
    return "\n".join(seen)


class Keyboard:
    """Drives a window with the keys a user would press, and nothing else."""

    def __init__(self, qtbot, window: QWidget) -> None:
        self.qtbot, self.window = qtbot, window

    @property
    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.focus, key, modifier)

    def type(self, text: str) -> None:
        """Type any text, one character at a time (keyClicks would abort on non-ASCII in Qt 6.12)."""
        for char in text:
            if char == "\n":
                self.press(Qt.Key.Key_Return)
                continue
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(self.focus, event)

    def tab_to(self, name: str, *, limit: int = 150) -> QWidget:
        """Press Tab until the control named ``name`` (or starting with it) has the focus."""
        seen = []
        for _ in range(limit):
            here = self.focus.accessibleName()
            if here == name or (name.endswith("…") and here.startswith(name[:-1])):
                return self.focus
            seen.append(here or type(self.focus).__name__)
            self.press(Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached “{name}”; it went through: {seen}")

    def fill(self, name: str, text: str) -> None:
        self.tab_to(name)
        self.type(text)

    def tick(self, name: str) -> None:
        self.tab_to(name)
        self.press(Qt.Key.Key_Space)

    def done(self) -> None:
        """Ctrl+Enter: mark the step done and move on."""
        self.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
