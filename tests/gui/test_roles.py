"""What each role is shown: everything, cases without the reporter's and witnesses' names, or only the
filed cases. Checked on what the screen actually shows, and on what the search finds."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cocdesk.domain.case import HIDDEN
from tests.gui.drive import sign_in, type_text
from tests.station_vaults import (
    EVENT_LEAD,
    EVIDENCE,
    LEAD,
    OFFICER,
    REPORTED,
    REPORTER,
    REPORTER_PHONE,
    WITNESS,
    ZOYA,
)

SECRETS = (REPORTER, REPORTER_PHONE, WITNESS, "chen@example.org", EVIDENCE)


def open_by_title(qtbot, window, title: str) -> str:
    """Open the case whose title starts with ``title`` from the list, as a user would (Enter)."""
    table = window.case_list.ui.case_table
    for row in range(window.case_list.filter.rowCount()):
        if window.case_list.filter.index(row, 6).data().startswith(title):
            table.setFocus()
            table.selectRow(row)
            qtbot.keyClick(table, Qt.Key.Key_Return)
            break
    view = window.case_view
    return "\n".join(
        [
            view.ui.summary_browser.toPlainText(),
            view.ui.answers_browser.toPlainText(),
            *(
                view.ui.timeline_table.item(r, c).text()
                for r in range(view.ui.timeline_table.rowCount())
                for c in range(3)
            ),
        ]
    )


def shown_codes(window) -> set[str]:
    rows = window.case_list.filter
    return {rows.index(r, 0).data() for r in range(rows.rowCount())}


def test_responders_see_every_name_and_contact(qtbot, station) -> None:
    window = sign_in(qtbot, station, ZOYA)
    shown = open_by_title(qtbot, window, "Remarks")
    for secret in (*SECRETS, REPORTED):
        assert secret in shown


def test_the_event_lead_sees_the_case_without_reporter_or_witness_names(qtbot, station) -> None:
    window = sign_in(qtbot, station, EVENT_LEAD)
    assert len(shown_codes(window)) == 4
    shown = open_by_title(qtbot, window, "Remarks")
    for secret in SECRETS:
        assert secret not in shown
    assert REPORTED in shown
    assert "hidden from your role" in shown
    assert "He kept commenting on her accent" in shown
    assert not window.ui.new_report_action.isVisible()


def test_the_event_lead_cannot_find_a_case_by_the_reporters_name(qtbot, station) -> None:
    window = sign_in(qtbot, station, EVENT_LEAD)
    search = window.case_list.ui.search_edit
    type_text(search, "Núñez")
    assert window.case_list.filter.rowCount() == 0
    search.clear()
    type_text(search, "Ålstrøm")
    assert window.case_list.filter.rowCount() == 1


def test_the_officer_sees_only_filed_cases_and_no_names(qtbot, station) -> None:
    window = sign_in(qtbot, station, OFFICER)
    filter_combo = window.case_list.ui.status_filter_combo
    labels = [filter_combo.itemText(i) for i in range(filter_combo.count())]
    assert labels == ["Every status", "Filed", "Closed"]
    assert window.case_list.model.rowCount() == 2
    statuses = {window.case_list.filter.index(r, 1).data() for r in range(2)}
    assert statuses == {"Filed", "Closed"}
    shown = open_by_title(qtbot, window, "Messages")
    assert "Søren Ødegård" not in shown and HIDDEN in shown


def test_the_lead_sees_the_officers_filed_case_with_its_reporter(qtbot, station) -> None:
    window = sign_in(qtbot, station, LEAD)
    shown = open_by_title(qtbot, window, "Messages")
    assert "Søren Ødegård" in shown


def test_the_window_title_never_shows_case_content(qtbot, station) -> None:
    window = sign_in(qtbot, station, LEAD)
    titles = {window.windowTitle()}
    for title in ("Remarks", "Slide", "Messages", "Badge"):
        open_by_title(qtbot, window, title)
        titles.add(window.windowTitle())
        window.show_list()
    type_text(window.case_list.ui.search_edit, "Ana")
    titles.add(window.windowTitle())
    assert titles == {"CoC Desk — Zürich Summit 2026"}
