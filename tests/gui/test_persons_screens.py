"""The same person across reports and held reports, on screen: the case view's suggestions answered by
the mouse, the keyboard and assistive technology; "Also reported in" on the case and the board card
(codes, never names); a held case off the board; the alert in the window when a later report names
the held case's person, and the held case's next step."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from cocdesk.domain import Level, Party, Person, now
from cocdesk.flow.persons import HELD_NEXT_STEP
from cocdesk.gui import person_panel, style
from cocdesk.gui.case_table import DEADLINE
from tests.gui.drive import sign_in
from tests.station_vaults import LEAD, REPORTER

SHOTS = os.environ.get("COCDESK_SHOTS", "")  # a folder to keep the screenshots in, when given


def shoot(widget, name: str) -> None:
    for _ in range(3):
        QApplication.processEvents()
    picture = widget.grab()
    assert not picture.isNull()
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        picture.save(str(Path(SHOTS) / name))


def new_report(desk, title: str, name: str = "", description: str = "", hours_ago: float = 0):
    case = desk.take_report(title=title, received_at=now() - timedelta(hours=hours_ago))
    people = [
        Person(party=Party.REPORTER, name=REPORTER),
        Person(party=Party.REPORTED, name=name, description=description),
    ]
    desk.set_part(case.id, "people", people)
    return desk.case(case.id)


def buttons(view, text: str) -> list[QPushButton]:
    return [
        b for b in view.findChildren(QPushButton) if b.text().replace("&", "") == text and b.isVisibleTo(view)
    ]


def panel_text(view) -> str:
    return " ".join(label.text() for label in view.person_panel.findChildren(QLabel))


def press(widget) -> None:
    """Through assistive technology: the button's own press action."""
    actions = QAccessible.queryAccessibleInterface(widget).actionInterface()
    actions.doAction(actions.pressAction())


def test_suggestions_are_confirmed_and_rejected_on_the_case_view(qtbot, station) -> None:
    window = sign_in(qtbot, station, LEAD)
    desk = station.session.desk
    first = new_report(desk, "Comments at the coffee stand", "Łukasz Nowak", "green hoodie", hours_ago=3)
    other = new_report(desk, "Follows people to the hotel", description="green hoodie, badge says nightowl")
    later = new_report(desk, "Remarks in the hallway track", "Лукаш Новак", "badge says nightowl")
    window.refresh()
    window.open_case(later.id)
    view = window.case_view
    text = panel_text(view)
    assert f"same person as in case {first.code} (the same name" in text
    assert f"case {other.code} (a like description)" in text
    assert "Łukasz" not in text and "Лукаш" not in text and "nightowl" not in text
    confirm = buttons(view, "Confirm")
    assert confirm and all(b.accessibleName().startswith("Confirm") for b in confirm)
    shoot(window, "persons-suggested.png")

    press(confirm[0])  # the first suggestion, the earlier report by name
    qtbot.waitUntil(lambda: f"Also reported in {first.code}" in panel_text(view))
    assert desk.case(later.id).parties(Party.REPORTED)[0].person_code == first.people[1].person_code
    # the keyboard: Alt+N answers the remaining suggestion "not the same person"
    view.ui.back_button.setFocus()
    qtbot.waitUntil(lambda: buttons(view, "Not the same person") != [])
    qtbot.keyClick(QApplication.focusWidget() or view, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: other.code not in panel_text(view))
    assert buttons(view, "Not the same person") == []
    shoot(window, "persons-case-view.png")


def test_the_board_card_says_also_reported_in_and_a_held_case_is_not_on_it(qtbot, station) -> None:
    window = sign_in(qtbot, station, LEAD)
    desk = station.session.desk
    first = new_report(desk, "Comments at the coffee stand", "李明", hours_ago=2)
    later = new_report(desk, "Photos taken without asking", "Li Ming")
    held = new_report(desk, "Kept at the reporter's request", "José Núñez", hours_ago=1)
    hint = desk.suggestions(later.id)[0]
    desk.confirm_same_person(later.id, hint.person_id, hint.other_case_id, hint.other_person_id)
    desk.hold(held.id, "Only if someone else reports him")
    for case in (first, later, held):
        desk.place(case.id, Level.HIGH, Level.LOW, "Photos of attendees without asking")
    window.work.show_board()
    board = window.work.board
    board.refresh()
    faces = {face.code: face for face in _faces(board)}
    assert faces[later.code].also == f"Also reported in {first.code}"
    assert faces[first.code].also == f"Also reported in {later.code}"
    assert held.code not in faces  # held: nowhere on the board
    assert all("李" not in face.also and "Li Ming" not in face.also for face in faces.values())
    board.resize(1024, 600)
    shoot(board, "persons-board.png")


def test_a_held_case_alerts_the_lead_when_a_later_report_names_the_same_person(
    qtbot, station, monkeypatch
) -> None:
    window = sign_in(qtbot, station, LEAD)
    desk = station.session.desk
    held = new_report(desk, "Kept at the reporter's request", "Зоя Иванова", hours_ago=4)
    window.refresh()
    window.open_case(held.id)
    view = window.case_view
    monkeypatch.setattr(person_panel, "ask_words", lambda parent: "Keep it; act only if another report")
    hold = buttons(view, "Hold at the reporter's request…")
    assert hold
    qtbot.mouseClick(hold[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "On hold at the reporter's request" in panel_text(view))
    assert desk.case(held.id).held and not window.held_banner.isVisible()
    listed = window.case_list.model
    number = next(i for i, row in enumerate(listed.rows) if row.id == held.id)
    assert listed.text(number, DEADLINE) == "On hold at the reporter's request"
    assert not listed.overdue(listed.rows[number])

    # a later report is written naming the same person in Latin letters: the alert is at once
    later = new_report(desk, "Rude at the registration desk", "Zoya Ivanova")
    window.open_case(later.id)
    station.session.sig_cases_changed.emit([str(later.id)])
    qtbot.waitUntil(window.held_banner.isVisible)
    alert = window.held_banner.text.text()
    assert held.code in alert and later.code in alert and "CoC team lead" in alert
    assert "Зоя" not in alert and "Zoya" not in alert
    assert f"case {held.code} (the same name)" in panel_text(view)  # the new report suggests it too
    shoot(window, "held-alert.png")
    style.look().set_high_contrast(True)  # readable in high contrast too: black on light red
    try:
        shoot(window, "held-alert-high-contrast.png")
    finally:
        style.look().set_high_contrast(False)

    qtbot.mouseClick(window.held_banner.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: HELD_NEXT_STEP in panel_text(view))
    assert view.ui.code_label.text() == held.code
    shoot(window, "held-case.png")

    # the keyboard: Alt+L releases the hold, and the alert goes with it
    assert buttons(view, "Release the hold")
    view.ui.back_button.setFocus()
    qtbot.keyClick(QApplication.focusWidget() or view, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not desk.case(held.id).held)
    qtbot.waitUntil(lambda: not window.held_banner.isVisible())


def _faces(board):
    from cocdesk.gui.board.model import FACE_ROLE

    found = []
    for view in board.surface.views.values():
        model = view.model()
        for row in range(model.rowCount()):
            face = model.index(row, 0).data(FACE_ROLE)
            if face is not None:
                found.append(face)
    return found
