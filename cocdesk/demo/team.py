"""The demo's invented event and its response team. Nobody here is a real person."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from cocdesk.domain.case import AnswerValue
from cocdesk.domain.event import Contact, CrisisContacts, Event, Role

DEMO_MEMBER = "Demo Responder"
TIME_ZONE = "Europe/Berlin"

# Everyone but the lead, who creates the vault; all of them unlock it with the demo's passphrase.
TEAM = [
    ("Amélie Durand", Role.RESPONDER),
    ("渡辺 健二", Role.RESPONDER),
    ("Ngozi Okafor", Role.RESPONDER),
    ("Άννα Γεωργίου", Role.EVENT_LEAD),
    ("Olusegun Adébáyọ̀", Role.SAFETY_OFFICER),
]
AMELIE, KENJI, NGOZI, EVENT_LEAD, SAFETY_OFFICER = (name for name, _ in TEAM)
SAFE: dict[str, AnswerValue] = {"in_danger": False, "crisis_call_made": False}  # a safety step with no call


def demo_event(at: datetime) -> Event:
    """A three-day conference that is on now: it started the day before yesterday."""
    today = at.astimezone(ZoneInfo(TIME_ZONE)).date()
    return Event(
        name="DemoConf 2026",
        starts_on=today - timedelta(days=2),
        ends_on=today + timedelta(days=1),
        venue="Riverside Congress Centre, halls A to D",
        time_zone=TIME_ZONE,
        paper_size="a4",
        crisis_contacts=CrisisContacts(
            venue_security=Contact(
                name="Venue security desk", phone="+49 30 5550 1100", note="Main entrance"
            ),
            police_emergency=Contact(name="Police (emergency)", phone="110"),
            police_non_emergency=Contact(name="Police station Riverside", phone="+49 30 5550 1200"),
            medical=Contact(
                name="First aid room", phone="+49 30 5550 1300", note="Ground floor, beside hall B"
            ),
            hotlines=[
                Contact(
                    name="Violence against women helpline",
                    phone="+49 800 555 0160",
                    note="24 h, many languages",
                ),
                Contact(name="Crisis line", phone="+49 800 555 0111", note="24 h, anonymous"),
            ],
        ),
        event_lead=Contact(name=EVENT_LEAD, phone="+49 151 5550 2001", email="lead@democonf.example.org"),
        safety_officer=Contact(name=SAFETY_OFFICER, email="officer@democonf.example.org"),
        policy_location="democonf.example.org/code-of-conduct",
        team_contact="coc@democonf.example.org, +49 151 5550 2000, or the info desk",
        code_promotion="On the registration page, on every badge, in the opening talk and on posters",
        attendees=1_240,
        retention_until=today + timedelta(days=31),
    )
