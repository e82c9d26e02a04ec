"""Screenshots of evidence for the README, from the real windows on a demo vault, at 1280×800.

    QT_QPA_PLATFORM=offscreen python packaging/evidence_screenshots.py [FOLDER]

attaches a made-up chat screenshot, a photo and a PDF to a case of the demo vault and writes
evidence-case.png (the case with its thumbnails), evidence-case-high-contrast.png and
evidence-viewer.png (the chat screenshot opened in the station's viewer) into FOLDER
(docs/screenshots/).
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "packaging"))  # its neighbour, not the PyPI package of that name

from PIL import Image, ImageDraw, ImageFont  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402
from station_screenshots import settle, shoot, use_look  # noqa: E402

from cocdesk.demo import DEMO_MEMBER, make_demo_vault  # noqa: E402
from cocdesk.desk import Desk  # noqa: E402
from cocdesk.domain import CaseStatus  # noqa: E402
from cocdesk.gui import app as station_app  # noqa: E402
from cocdesk.gui import style  # noqa: E402
from cocdesk.gui.station import Station  # noqa: E402
from cocdesk.vault import KdfParams  # noqa: E402

FONT = ROOT / "cocdesk" / "paper" / "fonts" / "DejaVuSans.ttf"
CHAT = [
    ("nightowl", "saw your talk. you should smile more on stage"),
    ("nightowl", "come find me at the bar later, room 312 after"),
    ("me", "Please stop messaging me."),
    ("nightowl", "relax, it was a compliment"),
]


def chat_screenshot() -> bytes:
    """A phone's screenshot of a chat, drawn here: nobody's real messages."""
    width, height = 540, 960
    image = Image.new("RGB", (width, height), (246, 246, 248))
    draw = ImageDraw.Draw(image)
    font, small = ImageFont.truetype(str(FONT), 24), ImageFont.truetype(str(FONT), 18)
    draw.rectangle((0, 0, width, 90), fill=(38, 70, 120))
    draw.text((24, 30), "nightowl", font=font, fill=(255, 255, 255))
    y = 130
    for who, text in CHAT:
        mine = who == "me"
        box = draw.multiline_textbbox((0, 0), _wrapped(text), font=font)
        w, h = box[2] - box[0] + 36, box[3] - box[1] + 30
        x = width - w - 24 if mine else 24
        draw.rounded_rectangle((x, y, x + w, y + h), 18, fill=(210, 236, 210) if mine else (255, 255, 255))
        draw.multiline_text((x + 18, y + 12), _wrapped(text), font=font, fill=(30, 30, 30))
        draw.text((x + 4, y + h + 6), "22:4" + str(len(text) % 10), font=small, fill=(120, 120, 120))
        y += h + 48
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _wrapped(text: str, width: int = 26) -> str:
    lines, line = [], ""
    for word in text.split():
        if len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "\n".join([*lines, line])


def photo() -> bytes:
    image = Image.new("RGB", (800, 600))
    image.putdata([(40 + x // 8, 90 + y // 6, 160) for y in range(600) for x in range(800)])
    draw = ImageDraw.Draw(image)
    draw.rectangle((300, 260, 520, 480), fill=(30, 40, 50))
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=85)
    return out.getvalue()


def letter() -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.setFont("Helvetica", 14)
    page.drawString(72, 760, "Email forwarded by the reporter")
    page.setFont("Helvetica", 11)
    for n, line in enumerate(["From: nightowl", "Subject: about tonight", "", "You know where to find me."]):
        page.drawString(72, 730 - 16 * n, line)
    page.showPage()
    page.save()
    return out.getvalue()


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    app = station_app.application()
    use_look(app, high_contrast=False)
    with tempfile.TemporaryDirectory(prefix="cocdesk-screens-") as scratch:
        vault = Path(scratch) / "demo.cocdesk"
        make_demo_vault(vault, station_app.DEMO_PASSPHRASE, kdf=KdfParams(iterations=1))
        with Desk.open(vault, DEMO_MEMBER, station_app.DEMO_PASSPHRASE) as desk:
            assessing = next(s for s in desk.cases() if s.status == CaseStatus.ASSESSING)
            for name, data in (
                ("chat-nightowl.png", chat_screenshot()),
                ("hallway-photo.jpg", photo()),
                ("forwarded-email.pdf", letter()),
            ):
                desk.attach(assessing.id, name, data)
        station = Station(vault)
        station.start()
        unlock = station.unlock_window
        assert unlock is not None
        while unlock.ui.member_combo.count() == 0 or station._spare is None:
            app.processEvents()
        unlock.ui.member_combo.setCurrentText(DEMO_MEMBER)
        unlock.ui.passphrase_edit.setText(station_app.DEMO_PASSPHRASE)
        unlock.try_unlock()
        while station.window is None or not station.window.isVisible():
            app.processEvents()
        window = station.window
        window.case_list.select(assessing.id)
        window.open_case(assessing.id)
        strip = window.case_view.evidence
        assert strip is not None
        strip.list.setCurrentRow(0)
        strip.list.setFocus()
        shoot(app, window, folder / "evidence-case.png")
        saved = style.settings().value(style.HIGH_CONTRAST_SETTING)
        window.ui.high_contrast_action.setChecked(True)
        shoot(app, window, folder / "evidence-case-high-contrast.png")
        window.ui.high_contrast_action.setChecked(False)
        strip.open_selected()
        assert strip.viewer is not None
        strip.viewer.resize(720, 640)
        settle(app)
        strip.viewer.grab().save(str(folder / "evidence-viewer.png"))
        print(f"wrote {folder / 'evidence-viewer.png'}")
        strip.viewer.accept()
        if saved is not None:
            style.settings().setValue(style.HIGH_CONTRAST_SETTING, saved)
        else:
            style.settings().remove(style.HIGH_CONTRAST_SETTING)
        station.quit()
        QApplication.processEvents()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
