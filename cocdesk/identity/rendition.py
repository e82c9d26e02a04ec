"""A case as a role without identity reads it: the one rule, for screens, search, documents and what
the vault stores in the clear.

Reporters and witnesses keep their place in the case but lose their name, contact and description;
the consent keeps what was agreed and to whom, but not the words or the person named; answers the
procedure marks identifying are left out; and every other text of the case (the title, the answers,
decisions, actions, conversations, the meeting, the agreement, the announcement, the placements'
reasons, the timeline) has each mention of a reporter or witness, and each marked stretch, replaced
by their role in the case ("[reporter]", "[witness 2]"). The rest of each sentence stays.

The rendition of a rendition is itself: it names no one, so it can be made again at any time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pydantic import TypeAdapter

from cocdesk.domain.case import HIDDEN, Case, Consent, Party, Person, StepRecord
from cocdesk.domain.common import LONG_TEXT_MAX, SHORT_TEXT_MAX
from cocdesk.domain.evidence import withheld_attachments
from cocdesk.identity.case_names import matcher_for
from cocdesk.identity.team import MEMBER_NAMED, NO_TEAM, Team, team_in
from cocdesk.procedure.fields import PARTY_KINDS, FieldKind
from cocdesk.procedure.model import Procedure

WITHHELD_PARTIES = frozenset({Party.REPORTER, Party.WITNESS})
STRUCTURE = frozenset(
    {
        "id",
        "code",
        "person_code",
        "not_same",
        "status",
        "party",
        "kind",
        "horizon",
        "response",
        "risk",
        "impact",
        "recipients",
    }
    # the team's own names, chosen from the team: a member who shares a first name with the reporter
    # must not read "[reporter] K." (which would give the reporter's name away)
    | {"who", "member", "received_by", "handler", "approved_by"}
)
"""Keys whose values are ids, codes, choices of the program or the team's names, never typed text."""
TIMES = frozenset({"at", "due"})
TEXT_KINDS = frozenset({FieldKind.SHORT_TEXT, FieldKind.LONG_TEXT})


RENDITION = 4
"""Which matcher made the stored renditions. Raise it whenever the matcher or the rendition finds
or withholds more: the next unlock by a member with the identity key makes every rendition again."""


def identifying_fields(procedure: Procedure) -> frozenset[tuple[str, str]]:
    """(step id, field id) of every answer that may identify the reporter or a witness."""
    return frozenset(
        (step.id, spec.id)
        for step in procedure.steps
        for spec in step.fields
        if spec.identifying and spec.kind not in PARTY_KINDS
    )


def text_fields(procedure: Procedure) -> frozenset[tuple[str, str]]:
    return frozenset(
        (step.id, spec.id) for step in procedure.steps for spec in step.fields if spec.kind in TEXT_KINDS
    )


def withheld(
    case: Case, procedure: Procedure, *, everyone: bool = False, team: Team | Sequence[str] = ()
) -> Case:
    """``case`` as a role without identity may read it; with ``everyone``, as a shared screen shows
    it (a projector, the board): the reported people withheld too, as "[reported person]". ``team``:
    the team members' names, or the team a rendition keeps (see ``cocdesk.identity.team``)."""
    members = _team(case, team, everyone=everyone)
    hide = hider(case, everyone=everyone, team=members)
    data = _texts(
        case.model_dump(mode="json", exclude={"people", "consent", "steps", "identity", "attachments"}),
        hide,
        members,
    )
    data["people"] = [_person(p, hide, everyone=everyone) for p in case.people]
    data["consent"] = _consent(case.consent)
    data["steps"] = {
        step_id: withheld_step(step_id, record, procedure, hide, members)
        for step_id, record in case.steps.items()
    }
    data["identity"] = {"marked": [], "unmarked": case.identity.unmarked}
    data["hold"] = _hold(case.hold, hide, members)
    data["attachments"] = _attachments(case.attachments, hide, members)
    return Case.model_validate(data)


def hider(case: Case, *, everyone: bool = False, team: Team | Sequence[str] = ()) -> Callable[[str], str]:
    """``case``'s matcher as a function of one text: each mention replaced by the person's role (with
    ``everyone``, the reported people's too), a team member who is none of them left whole. A text
    stays within the limit it was typed under ("[witness 2]" is longer than "Li")."""
    members = _team(case, team, everyone=everyone)
    matcher = matcher_for(case, everyone=everyone, spared=members.spared, members=members.named)

    def hide(text: str) -> str:
        shown = matcher.withhold(text)
        limit = SHORT_TEXT_MAX if len(text) <= SHORT_TEXT_MAX else LONG_TEXT_MAX
        return shown if len(shown) <= limit else shown[: limit - 1] + "…"

    return hide


def _team(case: Case, team: Team | Sequence[str], *, everyone: bool = False) -> Team:
    return team if isinstance(team, Team) else team_in(case, team, everyone=everyone)


@dataclass(frozen=True)
class _Fields:
    hidden: frozenset[tuple[str, str]]
    texts: frozenset[tuple[str, str]]
    known: frozenset[tuple[str, str]]


_FIELDS: dict[int, tuple[Procedure, _Fields]] = {}


def _fields(procedure: Procedure) -> _Fields:
    """The procedure's identifying, typed and known fields, worked out once per procedure (an answer
    is saved at every keystroke)."""
    cached = _FIELDS.get(id(procedure))
    if cached is not None and cached[0] is procedure:
        return cached[1]
    known = frozenset((step.id, spec.id) for step in procedure.steps for spec in step.fields)
    fields = _Fields(identifying_fields(procedure), text_fields(procedure), known)
    if len(_FIELDS) > 8:
        _FIELDS.clear()
    _FIELDS[id(procedure)] = (procedure, fields)
    return fields


def withheld_step(
    step_id: str, record: StepRecord, procedure: Procedure, hide: Callable[[str], str], team: Team = NO_TEAM
) -> dict[str, Any]:
    fields = _fields(procedure)
    hidden, texts, known = fields.hidden, fields.texts, fields.known
    values = {
        field_id: (
            withheld_answer(value, hide)
            if (step_id, field_id) in texts or (step_id, field_id) not in known
            else value
        )
        for field_id, value in record.values.items()
        if (step_id, field_id) not in hidden
    }
    done_by = team.shown(record.done_by, hide) if record.done_by else ""
    return {**record.model_dump(mode="json"), "values": values, "done_by": done_by}


def withheld_answer(value: Any, hide: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return hide(value)
    if isinstance(value, list):
        return [hide(item) if isinstance(item, str) else item for item in value]
    return value


def _person(person: Person, hide: Callable[[str], str], *, everyone: bool = False) -> dict[str, Any]:
    codes = {"person_code": person.person_code, "not_same": list(person.not_same)}  # codes, never names
    if person.party in WITHHELD_PARTIES:
        return {"id": str(person.id), "party": person.party.value, "description": HIDDEN, **codes}
    if everyone:  # a shared screen names no one: the reported person is described, not named
        return {
            "id": str(person.id),
            "party": person.party.value,
            "description": hide(person.description) or HIDDEN,
            **codes,
        }
    dumped: dict[str, Any] = _texts(person.model_dump(mode="json", exclude={"name"}), hide)
    # the reported person's own name is theirs, not a mention: a part it shares with a witness's
    # name (a common surname) must not turn it into "[witness]"
    return {**dumped, "name": person.name}


def _consent(consent: Consent) -> dict[str, Any]:
    return {
        "share_identity": consent.share_identity,
        "recipients": [r.value for r in consent.recipients],
        "with_whom": HIDDEN if consent.with_whom else "",
        "words": HIDDEN if consent.words else "",
    }


def _hold(hold: Any, hide: Callable[[str], str], team: Team) -> dict[str, Any]:
    """A hold keeps when and by whom; the reporter's words are theirs, withheld as consent's are."""
    dumped: dict[str, Any] = hold.model_dump(mode="json")
    return _members_shown({**dumped, "words": HIDDEN if hold.words else ""}, hide, team)


def _attachments(attachments: Any, hide: Callable[[str], str], team: Team) -> list[dict[str, Any]]:
    """A file's name can name someone: a neutral label instead; who attached or removed it as the
    team's names are shown."""
    return [_members_shown(a.model_dump(mode="json"), hide, team) for a in withheld_attachments(attachments)]


def _members_shown(value: dict[str, Any], hide: Callable[[str], str], team: Team) -> dict[str, Any]:
    """A part withheld by its own rule whose fields naming a team member still follow the team's."""
    return {
        k: team.shown(v, hide) if k in MEMBER_NAMED and isinstance(v, str) and v else v
        for k, v in value.items()
    }


def _texts(value: Any, hide: Callable[[str], str], team: Team = NO_TEAM) -> Any:
    """Every typed text in ``value`` withheld; ids, choices and times left as they are; the team's
    names as ``cocdesk.identity.team`` says."""
    if isinstance(value, str):
        return hide(value)
    if isinstance(value, list):
        return [_texts(item, hide, team) for item in value]
    if isinstance(value, dict):
        return {key: _text_at(key, item, hide, team) for key, item in value.items()}
    return value


def _text_at(key: str, item: Any, hide: Callable[[str], str], team: Team) -> Any:
    if key == "present" and isinstance(item, list):
        return _attendees([name for name in item if not team.is_party(name)], hide)
    if key == "conflicts" and isinstance(item, list):  # a withheld member's conflict goes with them
        kept = [c for c in item if not (isinstance(c, dict) and team.is_party(str(c.get("member", ""))))]
        return _texts(kept, hide, team)
    if key in MEMBER_NAMED and isinstance(item, str):
        return team.shown(item, hide) if item else item
    if key in STRUCTURE or key in TIMES or key.endswith("_at"):
        return item
    return _texts(item, hide, team)


def _attendees(present: list[str], hide: Callable[[str], str]) -> list[str]:
    """Those at the meeting, or who spoke to someone: team members and others typed in. A name the
    matcher touches is withheld whole: "[reporter] K." would give away that someone there shares the
    reporter's name (a team member who is none of the case's people is spared by the matcher)."""
    return [name if hide(name) == name else HIDDEN for name in present]


HEADER_TEXTS = ("title", "paper_reference", "public_summary")
"""The header fields typed by the team (the code, times, status and the team's names are not)."""


def withheld_part(
    case: Case, name: str, hide: Callable[[str], str] | None = None, team: Team | Sequence[str] = ()
) -> Any:
    """One part of ``case`` as a role without identity reads it (the same as in ``withheld``),
    validated: what the desk stores in the clear beside the sealed full part."""
    members = _team(case, team)
    hide = hide or hider(case, team=members)
    value = getattr(case, name)
    rendered: Any
    if name == "people":
        rendered = [_person(p, hide) for p in value]
    elif name == "consent":
        rendered = _consent(value)
    elif name == "identity":
        rendered = {"marked": [], "unmarked": value.unmarked}
    elif name == "hold":
        rendered = _hold(value, hide, members)
    elif name == "attachments":
        rendered = _attachments(value, hide, members)
    else:
        rendered = _texts(_adapter(name).dump_python(value, mode="json"), hide, members)
    return _adapter(name).validate_python(rendered)


def withheld_header(
    case: Case, hide: Callable[[str], str] | None = None, team: Team | Sequence[str] = ()
) -> Case:
    """``case`` with its typed header fields withheld and the team's names in it by the team's rule:
    what the case list shows a role without identity."""
    members = _team(case, team)
    hide = hide or hider(case, team=members)
    texts = {field: hide(getattr(case, field)) for field in HEADER_TEXTS}
    named = {f: _text_at(f, getattr(case, f), hide, members) for f in ("received_by", "handler")}
    return case.model_copy(update={**texts, **named})


def withheld_value(
    procedure: Procedure, step_id: str, field_id: str, value: Any, hide: Callable[[str], str]
) -> Any:
    """One answer as a role without identity reads it; ``None`` when they do not read it at all."""
    fields = _fields(procedure)
    if (step_id, field_id) in fields.hidden:
        return None
    if (step_id, field_id) in fields.texts or (step_id, field_id) not in fields.known:
        return withheld_answer(value, hide)
    return value


@lru_cache(maxsize=32)
def _adapter(name: str) -> TypeAdapter[Any]:
    annotation = Case.model_fields[name].annotation
    assert annotation is not None
    return TypeAdapter(annotation)
