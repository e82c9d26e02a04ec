"""The main window holds its layout from a 1024×600 laptop to a 2560×1440 screen: with the wizard on each
step, nothing scrolls sideways, and the page being filled keeps at least half the width (the step list
and the guidance fold away when narrow, and come back by their toggles). Long check box texts wrap.
The case list has no sideways bar at 1024×600, and on a netbook's screen every window opens within it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScrollArea, QScrollBar

from cocdesk.gui.clipboard import ClipboardGuard
from cocdesk.gui.main_window import MainWindow
from cocdesk.gui.wizard.common import WrappingCheck
from cocdesk.gui.wizard.part_filing import FilingEditor
from tests.gui.drive import sign_in
from tests.gui.wizard_screens import sample_case
from tests.gui.wizard_support import desk_vault, open_as
from tests.station_vaults import LEAD

SIZES = [(1024, 600), (1280, 800), (2560, 1440)]  # a small laptop, the desk's, a big screen


@pytest.fixture
def window(qtbot, app, tmp_path: Path):
    session = open_as(desk_vault(tmp_path), LEAD)
    code = sample_case(session.desk)
    made = MainWindow(session, ClipboardGuard(QApplication.clipboard()))
    qtbot.addWidget(made)
    made.opened()
    made.show()
    made.work.continue_case(session.desk.case(code).id)
    yield made
    made.work.flush()
    session.close()


def settle(window: MainWindow, width: int, height: int) -> None:
    window.resize(width, height)
    for _ in range(3):
        QApplication.processEvents()


def sideways_bars(window: MainWindow) -> list[str]:
    """Every horizontal scroll bar shown anywhere in the window."""
    shown = [
        bar
        for bar in window.findChildren(QScrollBar)
        if bar.orientation() == Qt.Orientation.Horizontal and bar.isVisible() and bar.maximum() > 0
    ]
    return [
        f"{type(bar.window()).__name__}: {bar.objectName() or 'a bar'} (+{bar.maximum()} px)" for bar in shown
    ]


def working_pane(window: MainWindow) -> QAbstractScrollArea:
    page = window.work.wizard.stack.currentWidget()
    scroll: QAbstractScrollArea | None = page.findChild(QScrollArea)
    assert scroll is not None
    return scroll


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_every_step_fits_without_sliding_and_keeps_half_the_width(
    window, width: int, height: int, tmp_path: Path
) -> None:
    settle(window, width, height)
    wizard = window.work.wizard
    problems = {}
    for step in wizard.open_case.procedure.steps:
        wizard.go(step.id, focus=True)
        settle(window, width, height)
        window.grab().save(str(tmp_path / f"{width}x{height}-{step.id}.png"))
        pane = working_pane(window).width()
        bars = sideways_bars(window)
        if bars or pane < width / 2:
            problems[step.id] = (pane, bars)
    assert problems == {}


def test_narrow_the_step_list_folds_and_its_toggle_brings_it_back_folding_the_guidance(window) -> None:
    settle(window, 1024, 600)
    wizard = window.work.wizard
    wizard.go("identity", focus=True)
    settle(window, 1024, 600)
    page = wizard.stack.currentWidget()
    steps, guidance = wizard.folding.toggles["steps"], wizard.folding.toggles["guidance"]
    assert not wizard.steps.isVisible() and page.guidance.isVisible()
    assert not steps.isChecked() and guidance.isChecked()
    steps.click()
    settle(window, 1024, 600)
    assert wizard.steps.isVisible() and not page.guidance.isVisible()
    assert working_pane(window).width() >= 1024 / 2 and sideways_bars(window) == []
    settle(window, 1600, 900)  # room again: both beside the page
    assert wizard.steps.isVisible() and page.guidance.isVisible()
    guidance.click()  # folded by the member: it stays folded, however wide
    settle(window, 2560, 1440)
    assert not page.guidance.isVisible() and not guidance.isChecked()


def test_a_long_check_box_text_wraps_and_a_click_on_it_ticks_the_box(qtbot, app) -> None:
    text = "Keep the reporter's identity private from everyone except the CoC team — Łukasz, Зоя, 李 *"
    row = WrappingCheck(text)
    qtbot.addWidget(row)
    row.resize(260, 200)
    row.show()
    qtbot.waitExposed(row)
    assert row.minimumSizeHint().width() < 260
    assert row.label.heightForWidth(200) > row.label.fontMetrics().height() * 2  # on three lines or more
    assert row.box.accessibleName() == text.removesuffix(" *")
    ticked: list[bool] = []
    row.box.toggled.connect(ticked.append)
    qtbot.mouseClick(row.label, Qt.MouseButton.LeftButton, pos=QPoint(40, 5))
    assert row.box.isChecked() and ticked == [True]
    row.box.setEnabled(False)
    qtbot.mouseClick(row.label, Qt.MouseButton.LeftButton, pos=QPoint(40, 5))
    assert row.box.isChecked() and not row.label.isEnabled()


@pytest.mark.parametrize(
    "officer",
    [
        "Maria Fernanda Gonçalves da Silva Albuquerque, Safety and Diversity Officer of the Association",
        ("Łukasz Зоя 李 Wiśniewska-Brzęczyszczykiewicz " * 8)[:300],  # as long as a contact's name may be
    ],
)
def test_the_filing_step_with_the_officers_full_name_does_not_slide_and_shows_the_name(
    qtbot, station, officer: str
) -> None:
    """The officer's name sits in a note that wraps, beside a short "Export the report…" button: a push
    button never wraps, and with the name on it the page slid sideways and cut the words."""
    from cocdesk.domain.event import Contact

    made = sign_in(qtbot, station, LEAD)
    desk = made.session.desk
    desk.update_event(desk.event.model_copy(update={"safety_officer": Contact(name=officer)}))
    made.work.new_report()
    wizard = made.work.wizard
    settle(made, 1024, 600)
    wizard.go("file")
    settle(made, 1024, 600)
    filing = wizard.stack.currentWidget().findChild(FilingEditor)
    assert sideways_bars(made) == []
    assert filing.export_button.text() == "E&xport the report…"
    assert officer in filing.officer_note.text()
    assert filing.export_button.width() <= working_pane(made).width()


def test_on_a_netbooks_screen_every_window_opens_within_it_and_nothing_slides() -> None:
    """tests/gui/netbook_windows.py, on a 1024×600 screen of Qt's offscreen platform: the screen is a
    process's choice, so it runs in a process of its own."""
    root = Path(__file__).resolve().parents[2]
    screen = root / "tests" / "gui" / "screens" / "netbook.json"
    environment = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}", "PYTHONPATH": str(root)}
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/gui/netbook_windows.py"]
    done = subprocess.run(command, cwd=root, env=environment, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-1000:]


def test_the_case_list_has_no_sideways_scroll_bar_at_1024_by_600(qtbot, station) -> None:
    window = sign_in(qtbot, station, LEAD)
    settle(window, 1024, 600)
    assert sideways_bars(window) == []
    title = window.case_list.ui.case_table.horizontalHeader()
    assert title.sectionSize(title.count() - 1) >= 150, "the Title column is squeezed"
