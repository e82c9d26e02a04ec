"""A whole report, from safety first to the announcement, by keyboard alone; then the vault is closed,
opened again, and every answer is there."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from cocdesk.domain import CaseStatus, Level, Party
from cocdesk.gui.wizard import part_filing
from tests.gui.wizard_support import Keyboard, desk_vault, open_as, open_desk, show_wizard
from tests.station_vaults import EVENT_LEAD, LEAD, ZOYA

WHAT = "Он сказал мне «ты здесь лишняя» и пошёл за мной до лифта. Dann lachte er."
REPORTER, REPORTED, WITNESS = "Зоя Смирнова", "王伟", "Łucja Kowalska"
OTHER_MEMBER = "Ελένη Κωνσταντίνου"
REASON = "Wiederholt, vor anderen, und er folgte ihr"
NOW_DECISION = "Öffentliche Entschuldigung; Ausschluss für den Rest des Tages"
LATER_DECISION = "Prüfen, ob er nächstes Jahr sprechen darf"
ACTION = "Badge eingezogen, Security informiert"
THING = "An incident of repeated unwelcome comments towards an attendee"
TAKEN = "action to remove the person from the event"


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return desk_vault(tmp_path)


def test_a_whole_report_by_keyboard_alone_is_all_in_the_vault_after_reopening(
    qtbot, vault_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    export = tmp_path / "export.pdf"
    monkeypatch.setattr(part_filing, "choose_export_path", lambda parent, suggested: str(export))
    session = open_as(vault_path, LEAD)
    case = session.desk.take_report()
    wizard = show_wizard(qtbot, session, case.code)
    keys = Keyboard(qtbot, wizard)

    keys.fill("Case title", "Remarks at the speakers' dinner")
    # 1. safety: nobody in danger, a private space found
    keys.tab_to("Is anyone in immediate danger?: Yes")
    keys.press(Qt.Key.Key_Right)  # the arrow moves to No, Space picks it
    keys.press(Qt.Key.Key_Space)
    keys.tick("Move to a private channel or take them to a private space")
    keys.tick("Offered water")
    keys.done()
    assert wizard.current_step == "gather"
    # 2. gather, in the reporter's own words
    keys.fill("What happened, in their own words", WHAT)
    keys.tick("When it happened: now")
    keys.fill("Where it happened", "Restaurant Zunfthaus, Tisch 4")
    keys.fill("Reporter: name", REPORTER)
    keys.fill("Reporter: contact", "zoya@example.org")
    keys.tick("The reported person or people: add reported person")
    keys.type(REPORTED)
    keys.tab_to("Reported person 1: description")
    keys.type("Tall, grey suit, speaker badge")
    keys.tick("Witnesses: add witness")
    keys.type(WITNESS)
    keys.tab_to("Is it still going on?")
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Down)  # No
    keys.tab_to("How they wish to be contacted")
    for _ in range(3):
        keys.press(Qt.Key.Key_Down)  # Email
    keys.done()
    # 3. police
    keys.tick("Offer help reporting to police, if they want")
    keys.tab_to("Their answer")
    for _ in range(3):
        keys.press(Qt.Key.Key_Down)  # Not now, maybe later
    keys.done()
    # 4. identity, 5. the form
    keys.tick(
        "Keep the reporter's identity private from everyone except the CoC team, unless the reporter has "
        "explicitly asked or demonstrated otherwise"
    )
    keys.fill("The reporter's consent, exactly as given", "Nur das CoC-Team, bitte.")
    keys.done()
    keys.tick("Complete the Code of Conduct Incident report form")
    keys.done()
    assert wizard.current_step == "meeting"
    # 6. the team: two members and one more, three deciding
    keys.tick("Meet CoC team (2 or 4 others, so odd number total)")
    keys.tick("Conflicts of interest declared, and anyone with one recused")
    keys.tick(f"{LEAD} is present")
    keys.tick(f"{ZOYA} is present")
    keys.fill("Others present", OTHER_MEMBER)
    keys.done()
    # 7. assess on the matrix
    keys.tick("Assess impact and risk of further harm")
    keys.tab_to("Low risk, low impact…")  # the quadrants are one group: Tab enters, the arrows move
    keys.press(Qt.Key.Key_Down)
    assert keys.focus.accessibleName().startswith("Low risk, high impact")
    keys.press(Qt.Key.Key_Space)
    keys.fill("Why, in one line", REASON)
    keys.press(Qt.Key.Key_Return)
    keys.done()
    # 8. decide, starting from the quadrant's response
    keys.tick("Determine what action to take, who will take it")
    keys.tick('Make a decision for "right now". Decide longer term actions later')
    keys.fill("Right now 1: what will be done", NOW_DECISION)
    keys.fill("Right now 1: who will do it", ZOYA)
    keys.tick("Add a longer-term action for later")
    keys.tab_to("Later 1: what will be done")
    keys.type(LATER_DECISION)
    keys.done()
    # 9. the Event Lead agrees
    keys.tick("Present suggested course of action to Event Lead Organiser; get agreement")
    keys.tick("When it was presented: now")
    keys.tick("The Event Lead Organiser agreed")
    keys.done()
    # 10. act within half a day
    keys.tick("Take action (aim for this within half a day of report)")
    keys.fill("Action 1: what", ACTION)
    keys.fill("Action 1: who", LEAD)
    keys.tick("Action 1: done")
    keys.done()
    # 11. the talk
    keys.tab_to("Were they embarrassed and apologetic, or defensive and blame-shifting?")
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Down)  # Defensive and blame-shifting
    keys.fill("How they responded, in your words", "Er sagte, es sei nur ein Scherz gewesen.")
    keys.tick("The talk: when: now")
    keys.fill("The talk: by whom", LEAD)
    keys.done()
    # 12. tell the reporter
    keys.tick("Inform person who reported of outcome")
    keys.tick("Telling the reporter: when: now")
    keys.fill("Telling the reporter: how they were told", "Email")
    keys.fill("Telling the reporter: what they were told", "Он покинул мероприятие.")
    keys.done()
    # 13. file with the Safety and Diversity Officer
    keys.tick("Complete report form and file with nominated Safety and Diversity Officer")
    keys.tick("Export the report for the Safety and Diversity Officer")
    keys.done()
    # 14. the announcement, general enough to approve
    assert wizard.current_step == "announce"
    keys.tick("Inform attendees through announcement")
    keys.fill("What happened, in general terms", THING)
    keys.fill("The action taken", TAKEN)
    assert not wizard.footer.done_button.isEnabled()  # the Event Lead Organiser approves it first
    wizard.flush()
    session.close()

    session.open(open_desk(vault_path, EVENT_LEAD))
    theirs = show_wizard(qtbot, session, case.code, step_id="announce")
    Keyboard(qtbot, theirs).tick("Approve the announcement")
    theirs.close()
    session.close()

    session.open(open_desk(vault_path, LEAD))  # the same wizard carries on after the unlock
    assert wizard.footer.done_button.isEnabled()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    wizard.page("announce").focus_first()
    keys.done()
    statuses = {status.step.id: status.state.value for status in wizard.flow().overview()}
    assert set(statuses.values()) == {"done"}, statuses
    wizard.close()
    session.close()

    with open_desk(vault_path, ZOYA) as again:
        stored = again.case(case.code)
        assert stored.title == "Remarks at the speakers' dinner"
        assert stored.status == CaseStatus.FILED
        safety = stored.steps["safety"]
        assert safety.values["in_danger"] is False
        assert set(safety.checked) == {"private_space", "care_water"}
        gather = stored.steps["gather"].values
        assert gather["what_happened"] == WHAT
        assert gather["where_happened"] == "Restaurant Zunfthaus, Tisch 4"
        assert gather["when_happened"]
        assert gather["ongoing"] == "No"
        assert gather["contact_preference"] == "Email"
        people = {(p.party, p.name) for p in stored.people}
        assert people == {(Party.REPORTER, REPORTER), (Party.REPORTED, REPORTED), (Party.WITNESS, WITNESS)}
        assert stored.parties(Party.REPORTER)[0].contact == "zoya@example.org"
        assert stored.parties(Party.REPORTED)[0].description == "Tall, grey suit, speaker badge"
        assert stored.steps["police"].values["police_answer"] == "Not now, maybe later"
        assert stored.consent.words == "Nur das CoC-Team, bitte." and not stored.consent.share_identity
        assert stored.meeting.present == [LEAD, ZOYA, OTHER_MEMBER]
        placement = stored.placement
        assert placement is not None and placement.rationale == REASON
        assert (placement.risk, placement.impact) == (Level.LOW, Level.HIGH)
        now_decision, later_decision = stored.decisions
        assert (now_decision.horizon, now_decision.text, now_decision.owner) == ("now", NOW_DECISION, ZOYA)
        assert now_decision.response == "public_apology"  # where the quadrant's response starts it
        assert (later_decision.horizon, later_decision.text) == ("later", LATER_DECISION)
        assert stored.agreement.agreed is True and stored.agreement.by == EVENT_LEAD
        assert stored.agreement.presented_at is not None and stored.agreement.at is not None
        (action,) = stored.actions
        assert (action.text, action.owner) == (ACTION, LEAD) and action.done_at is not None
        talk = stored.steps["talk"].values
        assert talk["talk_manner"] == "Defensive and blame-shifting"
        assert talk["talk_response"] == "Er sagte, es sei nur ein Scherz gewesen."
        kinds = {c.kind: c for c in stored.communications}
        assert kinds["talk"].by == LEAD
        assert (kinds["inform_reporter"].how, kinds["inform_reporter"].summary) == (
            "Email",
            "Он покинул мероприятие.",
        )
        assert "SHA-256" in kinds["filing"].summary
        assert export.read_bytes().startswith(b"%PDF")
        assert THING in stored.announcement.text and TAKEN in stored.announcement.text
        assert stored.announcement.approved_by == EVENT_LEAD
        assert stored.deadlines[0].met_at is not None
        assert all(record.done_by == LEAD for record in stored.steps.values() if record.done_at)
        assert again.cases()[0].status == CaseStatus.FILED
