"""The README's screenshots of the triage board, from the real window at 1280×800 on the demo vault.

    python -m tests.gui.board_screens [FOLDER]      # default: docs/screenshots

The board at the desk with a case selected, the same at a netbook's 1024×600 (``board-narrow``), and
presentation mode as the projector shows it, each in the everyday look and in high contrast
(``-high-contrast`` in the name).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

SIZE = (1280, 800)
NARROW = (1024, 600)


def offscreen_screen(folder: Path) -> None:
    """Qt's offscreen screen, sized like the laptop's, so that full screen is 1280×800 too."""
    config = folder / "screen.json"
    screen = {"name": "desk", "x": 0, "y": 0, "width": SIZE[0], "height": SIZE[1], "logicalDpi": 96}
    config.write_text(json.dumps({"screens": [{**screen, "logicalBaseDpi": 96, "dpr": 1}]}))
    os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={config}")


def shoot(out: Path) -> list[Path]:
    from cocdesk.board.cards import by_urgency
    from cocdesk.demo import DEMO_MEMBER, make_demo_vault
    from cocdesk.desk import Desk, KdfParams
    from cocdesk.domain import now
    from cocdesk.gui import style
    from cocdesk.gui.app import application
    from cocdesk.gui.board import BoardWindow
    from cocdesk.gui.session import Session

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="cocdesk-shots-") as folder:
        offscreen_screen(Path(folder))
        app = application()
        path = Path(folder) / "demo.cocdesk"
        make_demo_vault(path, "demo", kdf=KdfParams(iterations=1))
        session = Session()
        made: list[Path] = []
        with Desk.open(path, DEMO_MEMBER, "demo") as desk:
            session.open(desk)
            for high_contrast, suffix in ((False, ""), (True, "-high-contrast")):
                style.look().high_contrast = high_contrast  # shown, not saved as the setting
                style.look().apply(app)
                board = BoardWindow(session)
                board.resize(*SIZE)
                board.show()
                app.processEvents()
                most_urgent = by_urgency(board.shown_cards(), now())[0]
                board.surface.select(most_urgent.case_id)
                app.processEvents()
                made.append(out / f"board{suffix}.png")
                board.grab().save(str(made[-1]))
                board.resize(*NARROW)  # a netbook's: the tray folds, the matrix keeps half the width
                app.processEvents()
                made.append(out / f"board-narrow{suffix}.png")
                board.grab().save(str(made[-1]))
                board.resize(*SIZE)
                app.processEvents()
                board.set_presenting(True)
                app.processEvents()
                made.append(out / f"board-presenting{suffix}.png")
                board.grab().save(str(made[-1]))
                board.close()
        style.look().high_contrast = False
        style.look().apply(app)
    return made


if __name__ == "__main__":
    for made in shoot(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")):
        print(made)
