"""Who may do and see what: the one table every act and read of the desk consults.

Front ends never decide this. They ask the desk, which asks this table, and render what it answers:
an act is allowed or refused with one sentence; a read is given with what the role may not see
withheld.
"""

from __future__ import annotations

from enum import StrEnum

from cocdesk.domain.access import FILED
from cocdesk.domain.case import CaseStatus, Consent, Recipient
from cocdesk.domain.event import Role
from cocdesk.vault.errors import NotAllowed


class Act(StrEnum):
    """Everything a member can do at the desk. The value is how a refusal names it."""

    TAKE_REPORT = "take a report"
    EDIT_REPORT = "change a report's answers, people or consent"
    COMPLETE_STEP = "complete or reopen a step"
    CRISIS_CALL = "record a crisis call"
    PLACE = "place a case on the board"
    MEET = "record the team meeting"
    DECIDE = "record a decision"
    ACT_ON = "add or complete an action"
    AGREE = "record the Event Lead Organiser's agreement"
    COMMUNICATE = "record a conversation or message"
    DRAFT_ANNOUNCEMENT = "draft the announcement"
    APPROVE_ANNOUNCEMENT = "approve the announcement"
    FILE = "file a report with the Safety and Diversity Officer"
    EXPORT = "export cases"
    EXPORT_WITH_NAMES = "export with the reporter's and witnesses' names"
    EXPORT_JSON = "export a case as JSON"
    IMPORT = "import a case"
    PRINT = "print or save a document"
    TRANSPARENCY = "make the transparency report"
    MANAGE_TEAM = "add or remove members and change roles"
    EVENT_SETTINGS = "change the event's settings"
    CHANGE_OWN_PASSPHRASE = "change your own passphrase"
    BACKUP = "make a backup"
    VERIFY = "verify the vault"
    CLOSE_EVENT = "close the event"
    REPAIR_KEYS = "repair the key file"
    HAND_OVER = "hand over the shift"
    TAKE_OVER = "take over the shift"
    LINK_PEOPLE = "confirm or reject that two reports name the same person"
    HOLD = "hold a report at the reporter's request, or release it"
    ATTACH = "attach evidence to a case"
    REMOVE_EVIDENCE = "remove evidence from a case"


class Read(StrEnum):
    """What a member can read. ``IDENTITY``: names, contacts and the answers that may identify the
    reporter or a witness."""

    CASES = "read cases"
    IDENTITY = "read the reporter's and witnesses' identity"
    BRIEFING = "read the briefing for the Event Lead Organiser"
    TEAM = "read the team's members"
    HANDOVER = "read the shift handover"


TEAM = frozenset({Role.RESPONDER, Role.COC_LEAD})
EVERYONE = frozenset(Role)

ALLOWED: dict[Act | Read, frozenset[Role]] = {
    Act.TAKE_REPORT: TEAM,
    Act.EDIT_REPORT: TEAM,
    Act.COMPLETE_STEP: TEAM,
    Act.CRISIS_CALL: TEAM,
    Act.PLACE: TEAM,
    Act.MEET: TEAM,
    Act.DECIDE: TEAM,
    Act.ACT_ON: TEAM,
    Act.AGREE: TEAM | {Role.EVENT_LEAD},
    Act.COMMUNICATE: TEAM,
    Act.DRAFT_ANNOUNCEMENT: TEAM,
    Act.APPROVE_ANNOUNCEMENT: frozenset(),  # the role the procedure names: see ``approver``
    Act.FILE: TEAM,
    Act.EXPORT: TEAM | {Role.SAFETY_OFFICER},
    Act.EXPORT_WITH_NAMES: TEAM,  # and the reporter's consent must cover the recipient
    Act.EXPORT_JSON: EVERYONE,
    Act.IMPORT: TEAM,
    Act.PRINT: EVERYONE,
    Act.TRANSPARENCY: frozenset({Role.COC_LEAD, Role.EVENT_LEAD, Role.SAFETY_OFFICER}),
    Act.MANAGE_TEAM: frozenset({Role.COC_LEAD}),
    Act.EVENT_SETTINGS: frozenset({Role.COC_LEAD}),
    Act.CHANGE_OWN_PASSPHRASE: EVERYONE,
    Act.BACKUP: frozenset({Role.COC_LEAD}),
    Act.VERIFY: EVERYONE,
    Act.CLOSE_EVENT: frozenset({Role.COC_LEAD}),
    Act.REPAIR_KEYS: frozenset({Role.COC_LEAD}),
    Act.HAND_OVER: TEAM,
    Act.TAKE_OVER: TEAM,
    Act.LINK_PEOPLE: TEAM,
    Act.HOLD: TEAM,
    Act.ATTACH: TEAM,
    Act.REMOVE_EVIDENCE: TEAM,
    Read.CASES: EVERYONE,
    Read.IDENTITY: TEAM,
    Read.BRIEFING: EVERYONE,
    Read.TEAM: EVERYONE,
    Read.HANDOVER: TEAM,
}

WHO: dict[Role, Recipient] = {
    Role.EVENT_LEAD: Recipient.EVENT_LEAD,
    Role.SAFETY_OFFICER: Recipient.SAFETY_OFFICER,
}
"""The consent a role's reader needs before names reach them."""

PART_ACTS: dict[str, Act] = {
    "people": Act.EDIT_REPORT,
    "consent": Act.EDIT_REPORT,
    "identity": Act.EDIT_REPORT,
    "meeting": Act.MEET,
    "decisions": Act.DECIDE,
    "actions": Act.ACT_ON,
    "agreement": Act.AGREE,
    "communications": Act.COMMUNICATE,
    "announcement": Act.DRAFT_ANNOUNCEMENT,
}
"""The act that changing each editable part of a case is. Placements and deadlines have acts of
their own (a move on the board; completing a step)."""


def may(role: Role, what: Act | Read, *, approver: Role = Role.EVENT_LEAD) -> bool:
    if what == Act.APPROVE_ANNOUNCEMENT:
        return role == approver
    return role in ALLOWED[what]


def require(role: Role, what: Act | Read, *, approver: Role = Role.EVENT_LEAD) -> None:
    """Nothing when ``role`` may; ``NotAllowed`` with the sentence to show when not."""
    if not may(role, what, approver=approver):
        raise NotAllowed(what.value, role.label)


def sees_status(role: Role, status: CaseStatus) -> bool:
    """Whether a case in ``status`` is listed for ``role``: the Officer receives filed cases only."""
    return role != Role.SAFETY_OFFICER or status in FILED


def listed_statuses(role: Role) -> list[CaseStatus]:
    return [status for status in CaseStatus if sees_status(role, status)]


def sees_identity(role: Role) -> bool:
    return may(role, Read.IDENTITY)


def consent_covers(consent: Consent, recipient: Recipient) -> bool:
    """Whether the reporter agreed that ``recipient`` may know who they are."""
    return consent.share_identity and recipient in consent.recipients


def names_in_export(role: Role, consents: list[Consent], recipient: Recipient) -> str | None:
    """None when names may go out to ``recipient`` in an export of cases with ``consents``; otherwise
    the sentence that says why not."""
    if not may(role, Act.EXPORT_WITH_NAMES):
        return f"A {role.label} may not {Act.EXPORT_WITH_NAMES.value}."
    if not all(consent_covers(c, recipient) for c in consents):
        return (
            f"The reporter did not agree that the {recipient.label} may know who they are, so the"
            " names are withheld. Record their consent in the case first, if they gave it."
        )
    return None
