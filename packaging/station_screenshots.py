"""Screenshots of the station for the README, from the real windows on a demo vault, at 1280×800.

    QT_QPA_PLATFORM=offscreen python packaging/station_screenshots.py [FOLDER]

writes first-run.png, unlock.png, unlock-problem.png (the vault open in another copy of the app),
case-list.png and case-view.png into FOLDER (docs/screenshots/), and the case list and the case view
in high contrast (case-list-high-contrast.png, case-view-high-contrast.png).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from cocdesk.demo import DEMO_MEMBER, make_demo_vault  # noqa: E402
from cocdesk.desk import Desk  # noqa: E402
from cocdesk.domain import CaseStatus  # noqa: E402
from cocdesk.gui import app as station_app  # noqa: E402
from cocdesk.gui import style  # noqa: E402
from cocdesk.gui.first_run import FirstRunWizard  # noqa: E402
from cocdesk.gui.station import Station  # noqa: E402
from cocdesk.vault import KdfParams  # noqa: E402

SIZE = (1280, 800)


def settle(app: QApplication) -> None:
    for _ in range(10):
        app.processEvents()


def shoot(app: QApplication, window: QWidget, path: Path) -> None:
    window.resize(*SIZE)
    settle(app)
    window.grab().save(str(path))
    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def use_look(app: QApplication, *, high_contrast: bool) -> None:
    """Show the windows in a look without saving it as this computer's setting."""
    look = style.look()
    look.high_contrast = high_contrast
    look.apply(app)


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    app = station_app.application()
    use_look(app, high_contrast=False)  # the everyday look, whatever this computer's setting says
    with tempfile.TemporaryDirectory(prefix="cocdesk-screens-") as scratch:
        vault = Path(scratch) / "demo.cocdesk"
        make_demo_vault(vault, station_app.DEMO_PASSPHRASE, kdf=KdfParams(iterations=1))
        first_run = FirstRunWizard(Path(scratch) / "new.cocdesk")
        first_run.show()
        first_run.event_form.ui.event_name_edit.setText("DemoConf 2026")
        first_run.event_form.ui.time_zone_combo.setCurrentText("Europe/Berlin")
        for _ in range(3):
            first_run.next()
        first_run.member_form.name_edit.setText("Amélie Durand")
        first_run.member_form.passphrase.ui.new_passphrase_edit.setText("lanterns over the river at dusk")
        first_run.member_form.passphrase.ui.repeat_passphrase_edit.setText("lanterns over the river at dusk")
        first_run.member_form.name_edit.setFocus()
        shoot(app, first_run, folder / "first-run.png")
        first_run.close()

        note = f"Unlock as “{DEMO_MEMBER}” with the passphrase “{station_app.DEMO_PASSPHRASE}”."
        station = Station(vault, note)
        station.start()
        unlock = station.unlock_window
        assert unlock is not None
        while unlock.ui.member_combo.count() == 0 or station._spare is None:
            app.processEvents()
        unlock.ui.member_combo.setCurrentText(DEMO_MEMBER)
        unlock.ui.passphrase_edit.setText(station_app.DEMO_PASSPHRASE[:9])
        unlock.ui.passphrase_edit.setFocus()
        shoot(app, unlock, folder / "unlock.png")
        elsewhere = Desk.open(vault, DEMO_MEMBER, station_app.DEMO_PASSPHRASE)  # "open in another copy"
        unlock.check_vault()
        shoot(app, unlock, folder / "unlock-problem.png")
        elsewhere.close()
        unlock.check_vault()
        unlock.ui.passphrase_edit.setText(station_app.DEMO_PASSPHRASE[:9])
        unlock.ui.passphrase_edit.setText(station_app.DEMO_PASSPHRASE)
        unlock.try_unlock()
        while station.window is None or not station.window.isVisible():  # the key is derived off-thread
            app.processEvents()
        window = station.window
        shoot(app, window, folder / "case-list.png")
        saved = style.settings().value(style.HIGH_CONTRAST_SETTING)
        window.ui.high_contrast_action.setChecked(True)  # as Ctrl+Shift+H: the icons turn light too
        shoot(app, window, folder / "case-list-high-contrast.png")
        window.ui.high_contrast_action.setChecked(False)
        assessing = next(row for row in window.case_list.model.rows if row.status == CaseStatus.ASSESSING)
        window.case_list.select(assessing.id)
        window.open_case(assessing.id)
        shoot(app, window, folder / "case-view.png")
        window.ui.high_contrast_action.setChecked(True)
        shoot(app, window, folder / "case-view-high-contrast.png")
        window.ui.high_contrast_action.setChecked(False)
        if saved is not None:  # this computer's own setting, as it was
            style.settings().setValue(style.HIGH_CONTRAST_SETTING, saved)
        else:
            style.settings().remove(style.HIGH_CONTRAST_SETTING)
        station.quit()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
