"""The README's screenshots of the wizard, made from the real widget at 1280×800 on a throwaway vault.

    python -m tests.gui.wizard_screens [FOLDER]      # default: docs/screenshots

The danger page (someone is in danger: the crisis contacts), the gathering page filled in, the
announcement page with the check flagging a name left in the draft, the danger page in high contrast,
the identity page on a 1024×600 laptop (the step list folded, the long check box wrapped) in both
looks, the meeting page flagging a team member the case names as a witness (in both looks), and the
same meeting as the Event Lead Organiser reads it (the witness on the team left out, in both looks). Then
typed times, in both looks: "When it happened" as typed and read back, one that cannot be read, the
calendar, and the actions page with a done time corrected and the decision the action carries out.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from cocdesk.desk import Desk
from cocdesk.domain import Level, Meeting, Party, Person, now
from cocdesk.domain.event import Contact
from cocdesk.gui import style
from cocdesk.gui.app import application
from cocdesk.gui.session import Session
from cocdesk.gui.wizard import WizardWidget
from cocdesk.gui.wizard.field_time import DateTimeField
from cocdesk.gui.wizard.part_actions import ActionsEditor
from cocdesk.gui.wizard.part_announcement import AnnouncementEditor
from tests.gui.wizard_support import desk_vault, fields_of, open_as, part_of
from tests.station_vaults import EVENT_LEAD, LEAD, OFFICER, ZOYA

SIZE = (1280, 800)
NARROW = (1024, 600)


def sample_case(desk: Desk) -> str:
    evening = datetime.now(desk.event.zone) - timedelta(days=1)
    received = evening.replace(hour=22, minute=5, second=0, microsecond=0)
    case = desk.take_report(title="Remarks at the speakers' dinner", received_at=received)
    desk.answer(case.id, "safety", "in_danger", True)
    desk.tick(case.id, "safety", "private_space", True)
    desk.answer(
        case.id,
        "gather",
        "what_happened",
        "At the speakers' dinner he kept talking about my accent, and when I left he followed me to the "
        "lift and said «ты здесь лишняя» (you don't belong here). Two people at the table heard it.",
    )
    desk.answer(case.id, "gather", "when_happened", received.replace(hour=21, minute=40).isoformat())
    desk.answer(case.id, "gather", "where_happened", "Restaurant Zunfthaus, by the lifts")
    desk.answer(case.id, "gather", "ongoing", "Not sure")
    desk.set_part(
        case.id,
        "people",
        [
            Person(party=Party.REPORTER, name="Зоя Смирнова", contact="zoya.s@example.org"),
            Person(party=Party.REPORTED, name="王伟", description="Tall, grey suit, speaker badge"),
            Person(party=Party.WITNESS, name="Łucja Kowalska", contact="+48 601 555 013"),
        ],
    )
    desk.place(case.id, Level.LOW, Level.HIGH, "Public, in front of others, and he followed her")
    return case.code


def meeting_case(desk: Desk) -> str:
    """A case whose witness is on the team (Зоя, typed in Latin letters): met, she stands aside."""
    case = desk.take_report(title="Shouting at the hallway track")
    desk.set_part(
        case.id,
        "people",
        [
            Person(party=Party.REPORTER, name="Ана Петрова"),
            Person(party=Party.REPORTED, name="Björn Ålstrøm"),
            Person(party=Party.WITNESS, name="zoya ivanova"),
        ],
    )
    desk.set_part(case.id, "meeting", Meeting(at=now(), present=[LEAD, ZOYA, OFFICER]))
    return case.code


def shoot_meeting(session: object, code: str, path: Path, *, high_contrast: bool) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    use_look(app, high_contrast)
    wizard = WizardWidget(session, code, step_id="meeting")  # type: ignore[arg-type]
    wizard.resize(*SIZE)
    wizard.show()
    shoot(wizard, "meeting", path)
    wizard.close()
    use_look(app, high_contrast=False)


def use_look(app: QApplication, high_contrast: bool) -> None:
    """This shot's look only: the computer's own setting is neither read nor saved."""
    look = style.look()
    look.high_contrast = high_contrast
    look.apply(app)


def shoot(wizard: WizardWidget, step_id: str, path: Path) -> None:
    wizard.go(step_id, focus=True)
    wizard.flush()
    for _ in range(3):
        QApplication.processEvents()
    wizard.grab().save(str(path))
    print(path)


def main(folder: Path) -> None:
    app = application()  # the station's stylesheet and fonts, as the window has them
    use_look(app, high_contrast=False)
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        vault = desk_vault(Path(scratch))
        session = open_as(vault, LEAD)
        code = sample_case(session.desk)
        wizard = WizardWidget(session, code)
        wizard.resize(*SIZE)
        wizard.show()
        shoot(wizard, "safety", folder / "wizard-danger.png")
        shoot(wizard, "gather", folder / "wizard-gather.png")
        wizard.go("announce")
        editor = part_of(wizard, "announce", AnnouncementEditor)
        editor.blanks["thing"].setText("An incident of unwelcome remarks by 王伟 at the speakers' dinner")
        editor.blanks["action"].setText("action to remove the person from the event")
        editor.refill(force=True)
        shoot(wizard, "announce", folder / "wizard-announcement.png")
        use_look(app, high_contrast=True)
        shoot(wizard, "safety", folder / "wizard-danger-high-contrast.png")
        use_look(app, high_contrast=False)
        wizard.resize(*NARROW)
        QApplication.processEvents()
        shoot(wizard, "identity", folder / "wizard-narrow.png")
        use_look(app, high_contrast=True)
        shoot(wizard, "identity", folder / "wizard-narrow-high-contrast.png")
        use_look(app, high_contrast=False)
        wizard.close()
        meeting = meeting_case(session.desk)
        shoot_meeting(session, meeting, folder / "wizard-meeting-conflict.png", high_contrast=False)
        shoot_meeting(
            session, meeting, folder / "wizard-meeting-conflict-high-contrast.png", high_contrast=True
        )
        assert isinstance(app, QApplication)
        decided = "Ask 王伟 to leave the dinner, with venue security"  # what the action carries out
        session.desk.record_decision(code, text=decided, response="removal_from_event", owner=LEAD)
        for high_contrast in (False, True):
            shoot_times(app, session, code, folder, high_contrast)
        for high_contrast in (False, True):
            shoot_filing(app, session, code, folder, high_contrast)
        session.close()
        event_lead = open_as(vault, EVENT_LEAD)
        for high_contrast, suffix in ((False, ""), (True, "-high-contrast")):
            shot = folder / f"wizard-meeting-event-lead{suffix}.png"
            shoot_meeting(event_lead, meeting, shot, high_contrast=high_contrast)
        event_lead.close()
    del app


def shoot_times(app: QApplication, session: Session, code: str, folder: Path, high_contrast: bool) -> None:
    """A time typed as said, read back in words; one that cannot be read; the calendar; a done time."""
    use_look(app, high_contrast)
    suffix = "-high-contrast" if high_contrast else ""
    wizard = WizardWidget(session, code, step_id="gather")
    wizard.resize(*SIZE)
    wizard.show()
    field = fields_of(wizard, "gather").editor("when_happened")
    assert isinstance(field, DateTimeField)
    field.line.setText("yesterday 21:40")
    field.time._typed()
    QApplication.processEvents()
    field.grab().save(str(folder / f"time-field{suffix}.png"))
    field.line.setText("Not given0Nov202621:30")
    field.time._typed()
    QApplication.processEvents()
    field.grab().save(str(folder / f"time-field-unreadable{suffix}.png"))
    field.line.setText("tomorrow 21:30")  # what happened lies in the past: refused, nothing saved
    field.time._typed()
    QApplication.processEvents()
    field.grab().save(str(folder / f"time-field-future{suffix}.png"))
    field.line.setText("yesterday 21:40")
    field.time._typed()
    field.time.open_calendar()
    QApplication.processEvents()
    assert field.time.popup is not None
    field.time.popup.grab().save(str(folder / f"time-calendar{suffix}.png"))
    field.time.popup.close()
    wizard.flush()
    wizard.go("act", focus=True)
    actions = part_of(wizard, "act", ActionsEditor)
    row = actions.rows[0]
    row.text.text.setPlainText("王伟 asked to leave the dinner; venue security walked him out")
    row.owner.setEditText("Łukasz Wiśniewski")
    row.done.setChecked(True)
    row.when.line.setText("yesterday 22:40")
    row.when.line.textEdited.emit(row.when.line.text())
    wizard.flush()
    QApplication.processEvents()
    wizard.grab().save(str(folder / f"wizard-actions{suffix}.png"))
    wizard.close()
    QApplication.processEvents()
    use_look(app, high_contrast=False)


def shoot_filing(app: QApplication, session: Session, code: str, folder: Path, high_contrast: bool) -> None:
    """The filing step on a small screen, with the officer's name as an association writes it."""
    use_look(app, high_contrast)
    desk = session.desk
    officer = "Maria Fernanda Gonçalves da Silva Albuquerque, Safety and Diversity Officer of the Association"
    desk.update_event(desk.event.model_copy(update={"safety_officer": Contact(name=officer)}))
    wizard = WizardWidget(session, code, step_id="file")
    wizard.resize(*NARROW)
    wizard.show()
    shoot(wizard, "file", folder / f"wizard-filing-narrow{'-high-contrast' if high_contrast else ''}.png")
    wizard.close()
    QApplication.processEvents()
    use_look(app, high_contrast=False)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots"))
