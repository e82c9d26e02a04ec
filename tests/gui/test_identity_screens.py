"""No name on a shared screen: the presenting board names nobody whatever key is pressed,
its reveal reads as the desk's withheld rendition; "Show names" turns itself off; the wizard shows
the names it finds in what is typed and how the Event Lead Organiser will read it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import escape
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from cocdesk.desk import Desk
from cocdesk.domain import Level, Party, Person, Role
from cocdesk.gui import printing
from cocdesk.gui.board import BoardWindow
from cocdesk.gui.wizard.field_text import LongTextField, ShortTextField
from cocdesk.gui.wizard.fields import FieldsSection
from cocdesk.gui.wizard.name_echo import MARK, NOT_A_NAME
from cocdesk.gui.wizard.part_agreement import AgreementEditor
from cocdesk.gui.wizard.part_announcement import AnnouncementEditor
from cocdesk.gui.wizard.part_communication import CommunicationEditor
from cocdesk.gui.wizard.part_meeting import MeetingEditor
from tests.gui.board_fixtures import Reasons, found, open_board, painted, session_of, widget_texts
from tests.gui.wizard_support import fields_of, part_of, show_wizard
from tests.station_vaults import EVENT_LEAD, FAST, LEAD, PASSPHRASES, summit_event

REPORTER, WITNESS_RU, WITNESS_ZH, WITNESS_EL = "Ana Núñez-Øby", "Зоя Орлова", "李娜", "Ελένη Παπαδοπούλου"
PEOPLE = (REPORTER, WITNESS_RU, WITNESS_ZH, WITNESS_EL)
CONTACTS = ("ana.nunez@example.org", "+41 79 555 77 12")
ACCOUNT = (
    "Ana Núñez-Øby says Zoya saw it first; she spoke to Зою Орловой after the talk. "
    "李娜 and Ελένη Παπαδοπούλου were at the next table."
)
DECISION = "Talk to Zoya and to Ana Núñez-Øby tomorrow; 李娜 asks Ελένη to call Зою"
TITLE = "Remarks after the keynote"
TEAM = {EVENT_LEAD: Role.EVENT_LEAD, "Marta Kowalska": Role.RESPONDER}  # nobody named like the people
NAMES = (
    "Ana",
    "Núñez",
    "Nunez",
    "Øby",
    "Oby",
    "Орлова",
    "Орловой",
    "Orlova",
    "Zoya",
    "Зою",
    "李娜",
    "Παπαδοπούλου",
    "Papadopoulou",
    "Ελένη",
    "Eleni",
    *CONTACTS,
)


def create_team_vault(path: Path) -> Path:
    """The CoC team lead, a responder and the Event Lead Organiser; no case yet."""
    with Desk.create(path, summit_event(), LEAD, PASSPHRASES[LEAD], kdf=FAST) as desk:
        for name, role in TEAM.items():
            desk.add_member(name, role, PASSPHRASES.get(name, "a long enough passphrase here"))
    return path


def desk_as(path: Path, member: str) -> Desk:
    return Desk.open(path, member, PASSPHRASES.get(member, "a long enough passphrase here"))


def with_people(desk: Desk) -> str:
    """A placed case naming people in four scripts, mentioned (transliterated, inflected) in its
    account and a decision; its id."""
    case = desk.take_report(title=TITLE)
    desk.set_part(
        case.id,
        "people",
        [
            Person(party=Party.REPORTER, name=REPORTER, contact=CONTACTS[0]),
            Person(party=Party.WITNESS, name=WITNESS_RU, contact=CONTACTS[1]),
            Person(party=Party.WITNESS, name=WITNESS_ZH),
            Person(party=Party.WITNESS, name=WITNESS_EL),
        ],
    )
    desk.answer(case.id, "gather", "what_happened", ACCOUNT)
    desk.place(case.id, Level.HIGH, Level.HIGH, "Zoya was followed from the talk")
    desk.record_decision(case.id, text=DECISION)
    return str(case.id)


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    path = create_team_vault(tmp_path / "names.cocdesk")
    with desk_as(path, LEAD) as opened:
        with_people(opened)
        yield opened


def line_of(fields: FieldsSection, field_id: str) -> QLineEdit:
    editor = fields.editor(field_id)
    assert isinstance(editor, ShortTextField)
    return editor.line


def paragraph_of(fields: FieldsSection, field_id: str) -> QPlainTextEdit:
    editor = fields.editor(field_id)
    assert isinstance(editor, LongTextField)
    return editor.text


def case_of(desk: Desk) -> str:
    return str(next(s.id for s in desk.cases()))


def leaks(board: QWidget) -> list[str]:
    """Every form of every name or contact the window holds in a text or paints."""
    texts, drawing = widget_texts(board), painted(board)
    return sorted({name for name in NAMES if found(name, texts, drawing)})


def select_and_reveal(qtbot, board: BoardWindow, case_id: str) -> None:
    if not board.isVisible():
        board.show()
    if not board.presenting:
        board.set_presenting(True)
    board.surface.select(next(c.case_id for c in board.shown_cards() if str(c.case_id) == case_id))
    if board.revealed is None:
        board.reveal()


KEYS = [
    *(Qt.Key(code) for code in range(Qt.Key.Key_Space.value, Qt.Key.Key_ydiaeresis.value + 1)),
    *(Qt.Key(Qt.Key.Key_F1.value + n) for n in range(12)),
    Qt.Key.Key_Escape,
    Qt.Key.Key_Tab,
    Qt.Key.Key_Backtab,
    Qt.Key.Key_Backspace,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
    Qt.Key.Key_Insert,
    Qt.Key.Key_Delete,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_Left,
    Qt.Key.Key_Up,
    Qt.Key.Key_Right,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Menu,
]
MODIFIERS = (
    Qt.KeyboardModifier.NoModifier,
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.AltModifier,
)


def test_the_names_are_there_to_find_when_a_team_member_shows_them(qtbot, desk) -> None:
    """The scan below can fail: at the desk with "Show names" on, it finds the people."""
    board = open_board(qtbot, session_of(desk))
    board.surface.select(next(c.case_id for c in board.shown_cards()))
    assert "Ana" not in leaks(board)  # people as their roles until names are asked for
    board.names_action.trigger()
    assert {"Ana", "Núñez", "Зою", "Zoya", "李娜", "Ελένη"} <= set(leaks(board))


def test_presenting_names_nobody_whatever_key_is_pressed(qtbot, monkeypatch, desk) -> None:
    Reasons(monkeypatch, *["A reason" for _ in range(2000)])  # a lifted card put down asks why
    monkeypatch.setattr(printing, "print_document", lambda *args, **kwargs: None)
    case_id = case_of(desk)
    board = open_board(qtbot, session_of(desk))
    board.names_action.trigger()  # a team member had names on at the desk: presenting turns them off
    select_and_reveal(qtbot, board, case_id)
    assert board.panel.isVisible() and leaks(board) == []
    revealed = "\n".join(widget_texts(board.panel))
    code = desk.case(case_id).code
    for shown in (code, TITLE, "High risk, high impact", "[reporter]", "[witness 1]", "[witness 3]"):
        assert shown in revealed, shown
    pressed = 0
    for key in KEYS:
        for modifier in MODIFIERS:
            target = QApplication.focusWidget() or board
            qtbot.keyClick(target, key, modifier)
            pressed += 1
            for window in QApplication.topLevelWidgets():  # a dialog the key opened, the board
                if window.isVisible():
                    assert leaks(window) == [], (key, modifier)
            if modifier is Qt.KeyboardModifier.NoModifier:
                select_and_reveal(qtbot, board, case_id)
        select_and_reveal(qtbot, board, case_id)
    assert pressed > 900 and board.presenting and board.revealed is not None


def test_the_reveal_is_the_same_picture_whoever_the_people_are(qtbot, desk) -> None:
    """The grabbed pixels of the reveal do not depend on the people's names: with one witness renamed
    (in the people, the account and the decision), the projector shows exactly the same image."""
    case_id = case_of(desk)
    board = open_board(qtbot, session_of(desk))
    select_and_reveal(qtbot, board, case_id)
    before = board.panel.grab().toImage()

    case = desk.case(case_id)
    renamed = [p.model_copy(update={"name": "王芳"}) if p.name == WITNESS_ZH else p for p in case.people]
    desk.set_part(case_id, "people", renamed)
    desk.answer(case_id, "gather", "what_happened", ACCOUNT.replace(WITNESS_ZH, "王芳"))
    desk.edit_decision(case_id, case.decisions[0].id, text=DECISION.replace(WITNESS_ZH, "王芳"))
    board.panel.show_case(board.revealed)
    assert "王芳" not in "\n".join(widget_texts(board))
    assert board.panel.grab().toImage() == before


def test_the_reveal_is_light_on_the_projectors_black(qtbot, desk, tmp_path) -> None:
    board = open_board(qtbot, session_of(desk))
    select_and_reveal(qtbot, board, case_of(desk))
    image = board.panel.grab().toImage()
    image.save(str(tmp_path / "reveal.png"))
    board.grab().save("/tmp/identity_reveal.png")
    corner = image.pixelColor(2, 2)
    assert corner.lightness() < 30  # black behind the words
    light = sum(
        image.pixelColor(x, y).lightness() > 200
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    )
    assert light > 200  # white words, large enough to read across the room


def test_show_names_turns_itself_off_on_presenting_screen_change_and_lock(qtbot, desk) -> None:
    session = session_of(desk)
    board = open_board(qtbot, session)
    assert board.names_action.isVisible() and not board.names_action.isChecked()
    board.surface.select(next(c.case_id for c in board.shown_cards()))

    board.names_action.trigger()
    assert REPORTER in "\n".join(widget_texts(board.panel))
    board.set_presenting(True)
    assert not board.names_action.isChecked()
    board.set_presenting(False)

    board.names_action.trigger()
    screen = QGuiApplication.primaryScreen()
    board.windowHandle().screenChanged.emit(screen)  # as when it is dragged onto the projector
    assert not board.names_action.isChecked()
    assert REPORTER not in "\n".join(widget_texts(board.panel))

    board.names_action.trigger()
    session.close()  # the lock
    assert not board.names_action.isChecked()


def test_a_member_without_identity_has_no_show_names(qtbot, tmp_path) -> None:
    path = create_team_vault(tmp_path / "names.cocdesk")
    with desk_as(path, LEAD) as lead:
        with_people(lead)
    with desk_as(path, EVENT_LEAD) as reader:
        board = open_board(qtbot, session_of(reader))
        board.surface.select(next(c.case_id for c in board.shown_cards()))
        assert not board.names_action.isVisible()
        board.names_action.setChecked(True)  # even forced on, the desk gives no names to show
        assert leaks(board) == [] and "[reporter]" in "\n".join(widget_texts(board.panel))


def test_the_wizard_shows_a_match_and_how_the_event_lead_reads_it(qtbot, desk) -> None:
    session = session_of(desk)
    wizard = show_wizard(qtbot, session, case_of(desk), step_id="gather")
    fields = fields_of(wizard, "gather")
    where = line_of(fields, "where_happened")
    where.setFocus()
    where.setText("My friend 李娜 saw it")
    echo = fields.echoes["where_happened"]
    assert echo.isVisible()
    assert "李娜" in echo.text() and "[witness 2]" in echo.text()
    assert "The Event Lead Organiser reads: My friend [witness 2] saw it" in echo.text()

    account = paragraph_of(fields, "what_happened")
    account.setPlainText("Zoya told me; Зою saw it")
    marks = account.extraSelections()
    assert [account.toPlainText()[m.cursor.selectionStart() : m.cursor.selectionEnd()] for m in marks] == [
        "Zoya",
        "Зою",
    ]
    assert "reads: [witness 1] told me; [witness 1] saw it" in fields.echoes["what_happened"].text()
    wizard.grab().save("/tmp/identity_wizard.png")

    where.setText("Hotel bar, Saal 3")
    assert not echo.isVisible()

    wizard.header.title.setText("Ελένη and Ana at the bar")
    assert "reads: [witness 3] and [reporter] at the bar" in wizard.header.echo.text()


def test_every_other_free_text_says_how_the_event_lead_reads_it(qtbot, desk) -> None:
    """The conversations, the meeting's reasons, the changes the Event Lead asked for and the
    announcement say it too; on the announcement, beside the check's own flags, only how it reads."""
    wizard = show_wizard(qtbot, session_of(desk), case_of(desk), step_id="talk")
    talk = part_of(wizard, "talk", CommunicationEditor)
    talk.summary.text.setPlainText("Talked to Зою")
    echo = talk.summary_echo.text()
    assert talk.summary_echo.isVisible() and "Зою" in echo and "[witness 1]" in echo
    assert "The Event Lead Organiser reads: Talked to [witness 1]" in echo
    wizard.grab().save("/tmp/identity_communication.png")
    talk.summary.text.setPlainText("Talked to the speaker")
    assert not talk.summary_echo.isVisible()

    wizard.go("inform_reporter")
    told = part_of(wizard, "inform_reporter", CommunicationEditor)
    told.how.setEditText("Email to Ana")
    assert "reads: Email to [reporter]" in told.how_echo.text()
    told.summary.text.setPlainText("Told Ana Núñez-Øby the outcome")
    assert "reads: Told [reporter] the outcome" in told.summary_echo.text()

    wizard.go("meeting")
    meeting = part_of(wizard, "meeting", MeetingEditor)
    meeting.reason.setText("Ελένη is away")
    assert "reads: [witness 3] is away" in meeting.reason_echo.text()
    meeting.rows[0].note.setText("Knows 李娜 well")
    assert "reads: Knows [witness 2] well" in meeting.rows[0].echo.text()

    wizard.go("event_lead")
    agreement = part_of(wizard, "event_lead", AgreementEditor)
    agreement.changes.text.setPlainText("Leave Орловой out of it")
    assert "reads: Leave [witness 1] out of it" in agreement.echo.text()

    wizard.go("announce")
    announcement = part_of(wizard, "announce", AnnouncementEditor)
    announcement.draft.text.setPlainText("Zoya was hurt at the keynote.")
    assert announcement.echo.text() == "The Event Lead Organiser reads: [witness 1] was hurt at the keynote."
    assert "“Zoya” names someone involved" in announcement.flags.text()
    (flag,) = announcement.draft.text.extraSelections()  # the check's mark, not painted over
    assert flag.format.underlineStyle() == flag.format.UnderlineStyle.WaveUnderline


def test_a_responder_marks_a_stretch_and_unmarks_a_false_match(qtbot, desk) -> None:
    if not hasattr(Desk, "mark"):
        pytest.skip("the desk's mark/unmark acts have not landed yet")
    session = session_of(desk)
    case_id = case_of(desk)
    wizard = show_wizard(qtbot, session, case_id, step_id="gather")
    fields = fields_of(wizard, "gather")
    where = line_of(fields, "where_happened")
    where.setText("The red scooter by Ana at the door")
    echo = fields.echoes["where_happened"]
    where.setSelection(4, len("red scooter"))
    menu = echo.menu_for(QPoint(1, 1))
    mark = next(a for a in menu.actions() if a.text() == MARK)
    assert mark.isEnabled()
    mark.trigger()
    assert "red scooter" in desk.case(case_id).identity.marked
    where.setText("The red scooter by Ana at the door ")  # typed on: the mark now counts
    assert "[withheld]" in echo.text()

    where.setCursorPosition(where.text().index("Ana") + 1)
    at = QPoint(where.cursorRect().center())
    menu = echo.menu_for(at)
    unmark = next(a for a in menu.actions() if a.text().startswith(NOT_A_NAME))
    assert unmark.isEnabled() and "Ana" in unmark.text()
    unmark.trigger()
    assert "Ana" in desk.case(case_id).identity.unmarked


def test_a_name_in_the_title_reads_as_a_role_on_the_presenting_cards(qtbot, desk) -> None:
    """The cards are made from the case list's rows: the title there is the withheld rendition."""
    case_id = case_of(desk)
    desk.update_case(case_id, title="Zoya and Ana at the bar")
    board = open_board(qtbot, session_of(desk))
    board.set_presenting(True)
    assert leaks(board) == []
    assert "[witness 1] and [reporter] at the bar" in "\n".join(widget_texts(board))


SHARED_TITLE = "Bob Badguy groped Ms Li at the party"
SHARED_DECISION = "Remove Bob Badguy; tell Ms Li and Li's friend Παπαδοπούλου"
NOBODY = ("Bob", "Badguy", "Ms Li", "Li ", "Li'", "Li;", "李娜", "Παπαδοπούλου")


def named_on_screen(window: QWidget) -> list[str]:
    """Every name of the shared-screen case the window holds in a text (tooltips and every card's
    data included) or paints: "Li" as a word only."""
    texts, drawing = widget_texts(window), painted(window)
    named = {name for name in NOBODY if found(name, texts, drawing)}
    named |= {"Li" for text in texts if re.search(r"(?<![^\W_])Li(?![^\W_])", text)}
    return sorted(named)


def with_reported_person(desk: Desk) -> str:
    """A case naming its reported person and a witness in the title and a decision; its id."""
    case = desk.take_report(title=SHARED_TITLE)
    desk.set_part(
        case.id,
        "people",
        [
            Person(party=Party.REPORTED, name="Bob Badguy", description="Tall, a sponsor's booth"),
            Person(party=Party.WITNESS, name=WITNESS_ZH),
            Person(party=Party.WITNESS, name="Eleni Papadopoulou"),
        ],
    )
    desk.place(case.id, Level.HIGH, Level.LOW, "Badguy was seen twice")
    desk.record_decision(case.id, text=SHARED_DECISION)
    return str(case.id)


def test_a_shared_screen_names_nobody_the_reported_person_included(qtbot, desk) -> None:
    """The presenting cards, their tooltips and the reveal name no one: not the reported person, not
    the witness's surname beside a title; the rest of the title and the decision stay."""
    case_id = with_reported_person(desk)
    board = open_board(qtbot, session_of(desk))
    board.set_presenting(True)
    assert named_on_screen(board) == []
    shown = "\n".join(widget_texts(board))
    assert "[reported person] groped Ms [witness 1] at the party" in shown
    select_and_reveal(qtbot, board, case_id)
    assert board.panel.isVisible() and named_on_screen(board) == []
    revealed = "\n".join(widget_texts(board.panel))
    said = "Now: Remove [reported person]; tell Ms [witness 1] and [witness 1]'s friend [witness 2]"
    assert escape(said) in revealed
    assert "High risk, low impact" in revealed

    board.set_presenting(False)  # the desk's own board, names not asked for: nobody either
    board.surface.select(next(c.case_id for c in board.shown_cards() if str(c.case_id) == case_id))
    assert named_on_screen(board) == []
    assert "[reported person], Tall, a sponsor" in "\n".join(widget_texts(board.panel))
    board.names_action.trigger()  # the CoC team asks: the control shows the names are there
    assert {"Bob", "Badguy"} <= set(named_on_screen(board))


def test_the_event_leads_board_names_nobody_either(qtbot, tmp_path) -> None:
    path = create_team_vault(tmp_path / "names.cocdesk")
    with desk_as(path, LEAD) as lead:
        with_reported_person(lead)
    with desk_as(path, EVENT_LEAD) as reader:
        board = open_board(qtbot, session_of(reader))
        board.surface.select(next(c.case_id for c in board.shown_cards()))
        assert named_on_screen(board) == []
        board.set_presenting(True)
        assert named_on_screen(board) == []
        assert "[reported person] groped Ms [witness 1] at the party" in "\n".join(widget_texts(board))
