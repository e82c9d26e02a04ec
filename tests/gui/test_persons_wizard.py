"""The wizard while a report is written: the reported person's matches in other reports appear at the
people question as soon as the name is saved (codes only), the meeting names the pattern, and the
assessment shows it as a sign beside the risk questions."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QScrollArea

from cocdesk.domain import Party
from cocdesk.gui.wizard.part_meeting import MeetingEditor
from cocdesk.gui.wizard.part_placement import PlacementEditor
from cocdesk.gui.wizard.people import PeopleEditor
from tests.gui.wizard_support import desk_vault, open_as, part_of, show_wizard
from tests.test_persons import report

SHOTS = os.environ.get("COCDESK_SHOTS", "")  # a folder to keep the screenshots in, when given


def test_the_people_step_meeting_and_assessment_show_the_same_person_elsewhere(qtbot, tmp_path) -> None:
    session = open_as(desk_vault(tmp_path))
    desk = session.desk
    earlier = report(desk, "李明", description="Orange beanie", hours_ago=3)
    case = desk.take_report(title="Photos without asking")
    wizard = show_wizard(qtbot, session, case.id)
    wizard.go("gather")
    people = next(
        editor
        for editor in wizard.page("gather").findChildren(PeopleEditor)
        if editor.party == Party.REPORTED
    )
    assert people.matches is not None and not people.matches.isVisible()
    people.add_button.click()
    people.editors[0].name.setText("Li Ming")  # as the responder types it
    assert wizard.flush()
    qtbot.waitUntil(lambda: people.matches.isVisible())
    shown = " ".join(label.text() for label in people.matches.findChildren(QLabel))
    assert f"same person as in case {earlier.code} (the same name)" in shown and "李明" not in shown
    confirm = [b for b in people.matches.findChildren(QPushButton) if b.text() == "Confirm"]
    assert confirm and "&" not in confirm[0].text()  # the wizard's own buttons keep their letters
    scroll = next(a for a in wizard.page("gather").findChildren(QScrollArea) if a.isAncestorOf(people))
    qtbot.wait(50)
    scroll.ensureWidgetVisible(people.matches, 0, 80)
    qtbot.wait(50)
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        wizard.page("gather").grab().save(str(Path(SHOTS) / "persons-wizard-people.png"))

    wizard.go("assess")
    sign = part_of(wizard, "assess", PlacementEditor).sign
    assert sign.isVisibleTo(wizard) and earlier.code in sign.text() and "not yet confirmed" in sign.text()
    confirm[0].click()
    qtbot.waitUntil(
        lambda: desk.also_reported_in(case.id) != {} and any(desk.also_reported_in(case.id).values())
    )
    wizard.refresh()
    QApplication.processEvents()
    assert f"also reported in {earlier.code}" in sign.text()
    wizard.go("meeting")
    also = part_of(wizard, "meeting", MeetingEditor).also
    assert also.text() == f"The reported person: Also reported in {earlier.code}."
