"""The case list: filter by status and quadrant, search anything, sort, see what is overdue, open a case."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from cocdesk.domain import now
from cocdesk.gui import style
from cocdesk.gui.case_table import DEADLINE
from tests.gui.drive import sign_in, type_text
from tests.station_vaults import LEAD


def column(window, index: int) -> list[str]:
    rows = window.case_list.filter
    return [rows.index(r, index).data() for r in range(rows.rowCount())]


def choose(combo, label: str) -> None:
    combo.setCurrentIndex(combo.findText(label))


def test_filter_by_status_and_quadrant(qtbot, station) -> None:
    window = sign_in(qtbot, station, LEAD)
    ui = window.case_list.ui
    choose(ui.status_filter_combo, "Open cases")
    assert sorted(column(window, 1)) == ["Assessing", "Received"]
    assert ui.count_label.text() == "2 of 4 cases shown · 1 overdue"
    choose(ui.quadrant_filter_combo, "Low risk, high impact")
    assert column(window, 6) == ["Remarks at the social evening"]
    choose(ui.status_filter_combo, "Filed")
    assert column(window, 6) == []
    choose(ui.quadrant_filter_combo, "High risk, high impact")
    assert column(window, 6) == ["Messages after the keynote"]
    choose(ui.status_filter_combo, "Every status")
    choose(ui.quadrant_filter_combo, "Not placed yet")
    assert column(window, 6) == []
    choose(ui.quadrant_filter_combo, "Every quadrant")
    assert ui.count_label.text() == "4 cases · 1 overdue"


def test_search_reaches_answers_names_and_codes_word_by_word(qtbot, station) -> None:
    window = sign_in(qtbot, station, LEAD)
    search = window.case_list.ui.search_edit
    type_text(search, "accent BAR")
    assert column(window, 6) == ["Remarks at the social evening"]
    search.clear()
    type_text(search, "Синь")  # a witness's name, in Cyrillic
    assert column(window, 6) == ["Remarks at the social evening"]
    search.clear()
    code = window.case_list.model.rows[-1].code
    type_text(search, code.lower())
    assert column(window, 0) == [code]
    search.clear()
    type_text(search, "Зоя")  # the handler column
    assert column(window, 6) == ["Messages after the keynote"]
    search.clear()
    type_text(search, "nothing like this anywhere")
    assert column(window, 0) == []
    assert window.case_list.ui.count_label.text().startswith("0 of 4 cases shown")


def test_sorting_by_deadline_puts_the_overdue_case_first(qtbot, station) -> None:
    window = sign_in(qtbot, station, LEAD)
    window.case_list.ui.case_table.sortByColumn(DEADLINE, Qt.SortOrder.AscendingOrder)
    deadlines = column(window, DEADLINE)
    assert deadlines[0].startswith("⚠ OVERDUE by")
    assert deadlines[1].endswith("left")
    assert deadlines[2:] == ["—", "—"]  # filed and closed cases have no deadline to chase


def contrast(one: QColor, other: QColor) -> float:
    """The WCAG contrast ratio of two colours."""

    def luminance(colour: QColor) -> float:
        parts = [c / 255 for c in (colour.red(), colour.green(), colour.blue())]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in parts]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_overdue_is_unmistakable_in_both_looks(qtbot, station) -> None:
    window = sign_in(qtbot, station, LEAD)
    rows = window.case_list.filter
    overdue = next(rows.index(r, DEADLINE) for r in range(4) if "OVERDUE" in rows.index(r, DEADLINE).data())
    on_time = next(rows.index(r, DEADLINE) for r in range(4) if "left" in rows.index(r, DEADLINE).data())
    assert on_time.data(Qt.ItemDataRole.BackgroundRole) is None
    for high_contrast, page in ((False, QColor("#ffffff")), (True, QColor("#000000"))):
        style.look().set_high_contrast(high_contrast)
        try:
            text = overdue.data(Qt.ItemDataRole.ForegroundRole)
            ground = overdue.data(Qt.ItemDataRole.BackgroundRole)
            assert overdue.data(Qt.ItemDataRole.FontRole).bold()
            assert contrast(text, ground) >= 4.5  # readable
            assert ground.red() > 150 and ground.green() < 60  # red, a colour nothing else in the list uses
            assert ground != page
        finally:
            style.look().set_high_contrast(False)


def test_countdowns_move_with_the_clock(qtbot, station) -> None:
    window = sign_in(qtbot, station, LEAD)
    model = window.case_list.model
    received = next(row for row in model.rows if row.title.startswith("Remarks"))
    model.clock = lambda: received.next_due - timedelta(minutes=90)
    model.tick()
    assert model.deadline_text(received) == "1 h 30 min left"
    model.clock = lambda: received.next_due + timedelta(minutes=5)
    model.tick()
    assert model.deadline_text(received) == "⚠ OVERDUE by 5 min"
    model.clock = now


def test_enter_opens_the_case_and_escape_comes_back_to_the_same_row(qtbot, station) -> None:
    window = sign_in(qtbot, station, LEAD)
    table = window.case_list.ui.case_table
    table.setFocus()
    table.selectRow(2)
    chosen = window.case_list.selected_id()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.ui.pages.currentWidget() is window.case_view
    assert window.case_view.case_id == chosen
    assert window.case_view.ui.code_label.text() in column(window, 0)
    qtbot.keyClick(window.case_view.ui.back_button, Qt.Key.Key_Escape)
    assert window.ui.pages.currentWidget() is window.case_list
    assert window.case_list.selected_id() == chosen


def test_the_search_index_builds_itself_and_goes_with_the_lock(qtbot, station) -> None:
    window = sign_in(qtbot, station, LEAD)
    qtbot.waitUntil(lambda: window.search_index.complete)
    assert any("núñez" in text for text in window.search_index.texts.values())
    station.lock()
    assert window.search_index.texts == {}
    sign_in(qtbot, station, LEAD)
    type_text(window.case_list.ui.search_edit, "Núñez")
    assert column(window, 6) == ["Remarks at the social evening"]
