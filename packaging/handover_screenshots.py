"""Screenshots of the shift handover for the README, from the real window on a demo vault.

    QT_QPA_PLATFORM=offscreen python packaging/handover_screenshots.py [FOLDER]

The demo's lead hands over; Amélie unlocks and is shown the handover over her main window
(handover.png). The sheet of that handover is rendered with pdftoppm (poppler-utils) at 70 dpi, as the
other paper screenshots are (handover-sheet.png).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from cocdesk.demo import DEMO_MEMBER, make_demo_vault  # noqa: E402
from cocdesk.demo.team import AMELIE  # noqa: E402
from cocdesk.desk import Desk  # noqa: E402
from cocdesk.gui import app as station_app  # noqa: E402
from cocdesk.gui import style  # noqa: E402
from cocdesk.gui.handover_dialog import HandoverDialog  # noqa: E402
from cocdesk.gui.station import Station  # noqa: E402
from cocdesk.vault import KdfParams  # noqa: E402


def settle(app: QApplication) -> None:
    for _ in range(10):
        app.processEvents()


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    app = station_app.application()
    look = style.look()
    look.high_contrast = False  # the everyday look, whatever this computer's setting says
    look.apply(app)
    passphrase = station_app.DEMO_PASSPHRASE
    with tempfile.TemporaryDirectory(prefix="cocdesk-screens-") as scratch:
        vault = Path(scratch) / "demo.cocdesk"
        make_demo_vault(vault, passphrase, kdf=KdfParams(iterations=1))
        sheet = Path(scratch) / "handover.pdf"
        with Desk.open(vault, DEMO_MEMBER, passphrase) as desk:
            made = desk.hand_over()
            desk.save_handover_sheet(sheet, made.number)
        prefix = Path(scratch) / "sheet"
        first_page = ["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", str(sheet), str(prefix)]
        subprocess.run(first_page, check=True)
        (folder / "handover-sheet.png").write_bytes(next(Path(scratch).glob("sheet*.png")).read_bytes())
        print(f"wrote {folder / 'handover-sheet.png'}")
        station = Station(vault)
        station.start()
        settle(app)
        station.unlocked(Desk.open(vault, AMELIE, passphrase))
        settle(app)
        dialog = station.window.findChild(HandoverDialog)
        assert dialog is not None and dialog.isVisible(), "the handover is shown at unlock"
        settle(app)
        dialog.grab().save(str(folder / "handover.png"))
        print(f"wrote {folder / 'handover.png'}")
        station.quit()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
