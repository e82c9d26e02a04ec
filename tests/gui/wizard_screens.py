"""The README's screenshots of the wizard, made from the real widget at 1280×800 on a throwaway vault.

    python -m tests.gui.wizard_screens [FOLDER]      # default: docs/screenshots

The danger page (someone is in danger: the crisis contacts), the gathering page filled in, and the
announcement page with the check flagging a name left in the draft; then the identity page on a
1024×600 laptop (the step list folded, the long check box wrapped), in the normal look and in high
contrast.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from cocdesk.desk import Desk
from cocdesk.domain import Level, Party, Person, now
from cocdesk.gui import style
from cocdesk.gui.app import application
from cocdesk.gui.wizard import WizardWidget
from cocdesk.gui.wizard.part_announcement import AnnouncementEditor
from tests.gui.wizard_support import desk_vault, open_as, part_of
from tests.station_vaults import LEAD

SIZE = (1280, 800)
NARROW = (1024, 600)


def sample_case(desk: Desk) -> str:
    case = desk.take_report(title="Remarks at the speakers' dinner")
    desk.answer(case.id, "safety", "in_danger", True)
    desk.tick(case.id, "safety", "private_space", True)
    desk.answer(
        case.id,
        "gather",
        "what_happened",
        "At the speakers' dinner he kept talking about my accent, and when I left he followed me to the "
        "lift and said «ты здесь лишняя» (you don't belong here). Two people at the table heard it.",
    )
    desk.answer(case.id, "gather", "when_happened", now().replace(hour=21, minute=40).isoformat())
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


def shoot(wizard: WizardWidget, step_id: str, path: Path) -> None:
    wizard.go(step_id, focus=True)
    wizard.flush()
    for _ in range(3):
        QApplication.processEvents()
    wizard.grab().save(str(path))
    print(path)


def main(folder: Path) -> None:
    app = application()  # the station's own stylesheet
    was_high_contrast = style.look().high_contrast
    style.look().set_high_contrast(False)
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        session = open_as(desk_vault(Path(scratch)), LEAD)
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
        wizard.resize(*NARROW)
        QApplication.processEvents()
        shoot(wizard, "identity", folder / "wizard-narrow.png")
        style.look().set_high_contrast(True)
        shoot(wizard, "gather", folder / "wizard-narrow-high-contrast.png")
        style.look().set_high_contrast(was_high_contrast)
        wizard.close()
        session.close()
    del app


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots"))
