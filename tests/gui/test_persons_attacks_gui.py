"""Held reports on screen, against misuse (issue 14, part 3). Real station, real vault."""

from __future__ import annotations

from cocdesk.domain import Party, Person
from tests.gui.drive import sign_in
from tests.gui.test_persons_screens import new_report
from tests.station_vaults import LEAD


def test_the_lead_is_told_when_the_held_report_itself_is_edited_into_a_match(qtbot, station) -> None:
    """A report held with only a vague description; the reporter comes back with the name, Лукаш
    Новак, and the responder writes it into the held case's people. An earlier report names Łukasz
    Nowak: this is the very match the hold waits for, and the held banner shows it at once."""
    window = sign_in(qtbot, station, LEAD)
    desk = station.session.desk
    earlier = new_report(desk, "Followed someone to the hotel", "Łukasz Nowak", hours_ago=5)
    held = new_report(
        desk, "Kept at the reporter's request", description="someone from a sponsor", hours_ago=2
    )
    desk.hold(held.id, "Keep it; act only if someone else reports him")
    window.refresh()
    assert not window.held_banner.isVisible()

    people = [
        p if p.party != Party.REPORTED else Person(id=p.id, party=p.party, name="Лукаш Новак")
        for p in desk.case(held.id).people
    ]
    station.session.run(lambda d: d.set_part(held.id, "people", people), changed=[str(held.id)])
    assert [a.held_code for a in desk.held_alerts()] == [held.code]  # the desk knows
    qtbot.wait(1500)  # the window reloads what changed within a moment
    assert window.held_banner.isVisible(), (
        f"held report {held.code} now matches {earlier.code}, and the lead was not told"
    )


def test_the_wizard_shows_no_countdown_running_for_a_held_case(qtbot, tmp_path) -> None:
    """A held case has no deadline running, and the list says "On hold at the reporter's request".
    Continued in the wizard, its "Take action" page says so too, never "OVERDUE" in red."""
    from datetime import timedelta

    from cocdesk.domain import now
    from tests.gui.wizard_support import desk_vault, open_as, show_wizard

    path = desk_vault(tmp_path)
    session = open_as(path, LEAD)
    desk = session.desk
    case = desk.take_report(title="Kept at the reporter's request", received_at=now() - timedelta(hours=13))
    desk.set_part(case.id, "people", [Person(party=Party.REPORTED, name="李明")])
    desk.hold(case.id, "Keep it; act only if someone else reports him")
    assert desk.case(case.id).next_deadline() is None  # the desk says: no deadline runs
    wizard = show_wizard(qtbot, session, case.code)
    wizard.go("act")
    banner = wizard.page("act").countdown
    assert banner is not None
    shown = banner.text()
    session.close()
    assert not banner.overdue and "OVERDUE" not in shown, f"the held case's wizard says: {shown}"
