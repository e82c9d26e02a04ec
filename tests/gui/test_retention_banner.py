"""The retention date at every unlock: nothing while it is far, a reminder in its last week, and once it
has passed a red banner and a warning that comes back at each unlock."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from cocdesk.domain import now
from cocdesk.gui import retention_banner
from tests.gui.drive import sign_in
from tests.station_vaults import LEAD, ZOYA, open_as


def set_retention(vault_path: Path, days_from_today: int) -> date:
    with open_as(vault_path, LEAD) as vault:
        today = now().astimezone(vault.event.zone).date()
        until = today + timedelta(days=days_from_today)
        vault.update_event(vault.event.model_copy(update={"retention_until": until}))
    return until


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    told: list[str] = []
    monkeypatch.setattr(retention_banner, "warn_passed", lambda parent, sentence: told.append(sentence))
    return told


def banner_colour(window):
    banner = window.ui.retention_banner
    image = banner.grab().toImage()
    return image.pixelColor(4, image.height() // 2)


def test_far_from_the_date_nothing_is_shown(qtbot, station, team_vault: Path, warnings) -> None:
    set_retention(team_vault, 8)
    window = sign_in(qtbot, station, ZOYA)
    assert not window.ui.retention_banner.isVisible() and warnings == []


def test_in_its_last_week_the_date_is_shown_at_unlock(qtbot, station, team_vault: Path, warnings) -> None:
    set_retention(team_vault, 3)
    window = sign_in(qtbot, station, ZOYA)
    banner = window.ui.retention_banner
    assert banner.isVisible() and "in 3 days" in banner.text() and "Zürich Summit 2026" in banner.text()
    assert warnings == []  # a reminder, not an alarm
    colour = banner_colour(window)
    assert 30 <= colour.hsvHue() <= 60 and colour.saturation() > 40  # an amber band, not an alarm


def test_a_passed_date_is_unmistakable_at_every_unlock(qtbot, station, team_vault: Path, warnings) -> None:
    set_retention(team_vault, -2)
    window = sign_in(qtbot, station, ZOYA)
    banner = window.ui.retention_banner
    assert banner.isVisible() and banner.text().startswith("⚠") and "passed 2 days ago" in banner.text()
    colour = banner_colour(window)
    assert colour.red() > 150 and colour.green() < 80 and colour.blue() < 80  # red
    assert len(warnings) == 1 and "Its reports must not be kept any longer" in warnings[0]
    station.lock()
    sign_in(qtbot, station, ZOYA)
    assert len(warnings) == 2  # again at the next unlock


def test_the_warning_box_names_the_date_and_what_to_do(qtbot, station, team_vault: Path) -> None:
    until = set_retention(team_vault, -1)
    window = sign_in(qtbot, station, LEAD)
    qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox)))
    box = next(b for b in window.findChildren(QMessageBox) if b.objectName() == "retention_warning")
    assert box.isVisible() and box.windowTitle() == retention_banner.PASSED_TITLE
    assert (
        "passed yesterday" in box.text() and str(until.year) in box.text() and "close the event" in box.text()
    )
    box.accept()
