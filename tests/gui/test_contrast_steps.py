"""High contrast in the wizard's step list: a late step and a done one, not the step shown, read at
4.5:1 or more on the black ground, in the palette's colours (the desk's dark red would be 3.2:1), and
switching the look while the wizard is open repaints them."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from cocdesk.gui import style
from tests.gui.contrast import AA, measure
from tests.gui.drive import sign_in
from tests.station_vaults import LEAD


def test_an_overdue_step_in_the_step_list_reads_at_4_5_to_1_in_high_contrast(qtbot, station) -> None:
    style.look().set_high_contrast(True)
    try:
        window = sign_in(qtbot, station, LEAD)
        row = next(r for r in window.case_list.model.rows if r.title.startswith("Slide"))  # overdue
        window.work.continue_case(row.id)
        wizard = window.work.wizard
        wizard.go("assess")  # another step than the late one
        for _ in range(3):
            QApplication.processEvents()
        steps = [f for f in measure(window) if f.what.startswith("StepList")]
        assert len(steps) >= 14
        faint = [str(f) for f in steps if f.ratio < AA]
        assert faint == []
    finally:
        style.look().set_high_contrast(False)


def test_the_step_list_repaints_its_late_step_when_the_look_switches(qtbot, station) -> None:
    window = sign_in(qtbot, station, LEAD)
    row = next(r for r in window.case_list.model.rows if r.title.startswith("Slide"))  # overdue
    window.work.continue_case(row.id)
    wizard = window.work.wizard
    wizard.go("assess")
    try:
        style.look().set_high_contrast(True)  # after the list was painted in the desk's colours
        for _ in range(3):
            QApplication.processEvents()
        steps = [f for f in measure(window) if f.what.startswith("StepList")]
        assert steps and [str(f) for f in steps if f.ratio < AA] == []
    finally:
        style.look().set_high_contrast(False)
