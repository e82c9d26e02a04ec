"""The reporter's identity withheld: one matcher and one rendition of a case.

Ana Núñez-Øby reported; Зоя Орлова, 李娜 and Ελένη Παπαδοπούλου witnessed. Their names are typed into
every free-text field of the case, also as "Zoya Orlova" (transliterated) and as "Зою" and "Орловой"
(inflected). As a role without identity reads the case, none of them is there, and the rest of each
sentence is.

The helpers here (``named_case``, ``fill_through_desk``, ``NAME_FORMS``, ``assert_withheld``) serve the
desk, CLI and paper tests of the same proof (tests/test_identity_desk.py).
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import UTC, datetime

from anyascii import anyascii

from cocdesk.domain import (
    Action,
    Agreement,
    Announcement,
    Case,
    CaseStatus,
    Communication,
    Conflict,
    Consent,
    Decision,
    Level,
    Meeting,
    Party,
    Person,
    Placement,
    StepRecord,
)
from cocdesk.domain.case import HIDDEN, Identity, Recipient
from cocdesk.flow.announcement import check
from cocdesk.flow.approval import blockers
from cocdesk.identity.case_names import labels, matcher_for
from cocdesk.identity.matcher import NameMatcher
from cocdesk.identity.rendition import withheld
from cocdesk.paper.transparency import transparency_figures
from cocdesk.procedure.loader import default_procedure

REPORTER, ZOYA, LI_NA, ELENI = "Ana Núñez-Øby", "Зоя Орлова", "李娜", "Ελένη Παπαδοπούλου"
REPORTED = "Björn Ålstrøm"
PHONE, MAIL = "+48 600 700 800", "ana.nunez@example.org"
NAME_FORMS = (
    "Ana",
    "Núñez",
    "Nunez",
    "Øby",
    "Зоя",
    "Орлова",
    "Zoya",
    "Orlova",
    "Зою",
    "Орловой",
    "李娜",
    "Ελένη",
    "Παπαδοπούλου",
    "Eleni",
    "Papadopoulou",
    "600 700 800",
    MAIL,
    "the blue Ruby Cat badge",
)
"""Every way a name (or a marked stretch) is typed below; none may reach a role without identity."""

MARKED = "the blue Ruby Cat badge"

# (field, what is typed, what a role without identity reads)
TEXTS = {
    "title": ("Remarks to Ana at the party", "Remarks to [reporter] at the party"),
    "public_summary": (
        "An attendee, Зоя Орлова, heard remarks in hall B",
        "An attendee, [witness 1], heard remarks in hall B",
    ),
    "what_happened": (
        f"Ana Núñez-Øby was followed from hall B; Zoya Orlova saw it. Call {PHONE}.",
        "[reporter] was followed from hall B; [witness 1] saw it. Call [reporter].",
    ),
    "where_happened": ("By the coffee stand where 李娜 works", "By the coffee stand where [witness 2] works"),
    "police_reference": ("Ticket filed by Eleni Papadopoulou", "Ticket filed by [witness 3]"),
    "talk_response": (
        "He said he had never spoken to Зою or to Орловой before",
        "He said he had never spoken to [witness 1] or to [witness 1] before",
    ),
    "decision": (
        "Tell Ελένη that the reported person leaves today",
        "Tell [witness 3] that the reported person leaves today",
    ),
    "action": (f"Write to {MAIL} about the outcome", "Write to [reporter] about the outcome"),
    "communication": (
        f"Spoke with Nunez about {MARKED} she wore",
        "Spoke with [reporter] about [withheld] she wore",
    ),
    "meeting": ("Orlova is a friend of one member", "[witness 1] is a friend of one member"),
    "conflict": ("Knows Ana Nunez-Oby well", "Knows [reporter] well"),
    "agreement": ("Ask Παπαδοπούλου first", "Ask [witness 3] first"),
    "announcement": (
        "An attendee was asked to leave after remarks to Li Na.",
        "An attendee was asked to leave after remarks to [witness 2].",
    ),
    "rationale": ("Zoya saw it twice", "[witness 1] saw it twice"),
    "reported_description": ("Tall; shouted at Ana", "Tall; shouted at [reporter]"),
}


def typed(field: str) -> str:
    return TEXTS[field][0]


def read_as(field: str) -> str:
    return TEXTS[field][1]


def people() -> list[Person]:
    return [
        Person(party=Party.REPORTER, name=REPORTER, contact=PHONE, contact_preference=MAIL),
        Person(party=Party.REPORTED, name=REPORTED, description=typed("reported_description")),
        Person(party=Party.WITNESS, name=ZOYA, description="Red scarf, volunteer"),
        Person(party=Party.WITNESS, name=LI_NA, contact="li.na@example.org"),
        Person(party=Party.WITNESS, name=ELENI, description="Speaker in track 2"),
    ]


def named_case() -> Case:
    at = datetime(2026, 6, 3, 14, 0, tzinfo=UTC)
    return Case(
        title=typed("title"),
        public_summary=typed("public_summary"),
        received_at=at,
        people=people(),
        consent=Consent(
            share_identity=True,
            recipients=[Recipient.NAMED],
            with_whom="her manager Ελένη",
            words="Ana said: only Ελένη may know",
        ),
        steps={
            "gather": StepRecord(
                values={
                    "what_happened": typed("what_happened"),
                    "where_happened": typed("where_happened"),
                    "evidence": "Photos on Ana's phone",
                    "ongoing": "yes",
                }
            ),
            "police": StepRecord(values={"police_reference": typed("police_reference")}),
            "talk": StepRecord(values={"talk_response": typed("talk_response")}),
        },
        placements=[Placement(risk=Level.HIGH, impact=Level.LOW, rationale=typed("rationale"), by="Mateus")],
        meeting=Meeting(
            present=["Mateus", "Ola", "Kwame"],
            size_reason=typed("meeting"),
            conflicts=[Conflict(member="Ola", note=typed("conflict"))],
        ),
        decisions=[Decision(text=typed("decision"), owner="Mateus", by="Mateus")],
        agreement=Agreement(agreed=False, by="Lead", changes=typed("agreement")),
        actions=[Action(text=typed("action"), owner="Kwame")],
        communications=[Communication(kind="talk", by="Ola", summary=typed("communication"))],
        announcement=Announcement(text=typed("announcement")),
        identity=Identity(marked=[MARKED]),
    )


def found_names(text: str) -> list[str]:
    """Every form of a name in ``text``, as typed, case-folded or transliterated."""
    haystacks = (text.casefold(), anyascii(text).casefold())
    return [
        form
        for form in NAME_FORMS
        if any(
            re.search(_whole(needle), hay)
            for hay in haystacks
            for needle in (form.casefold(), anyascii(form).casefold())
        )
    ]


def _whole(needle: str) -> str:
    """A word is found as a word ("Ana" not in "management"); 李娜 anywhere in a run of characters."""
    if any(unicodedata.east_asian_width(ch) in "WF" for ch in needle):
        return re.escape(needle)
    return rf"(?<![^\W_]){re.escape(needle)}(?![^\W_])"


def assert_withheld(text: str, fields: tuple[str, ...] = ()) -> None:
    """No form of any name in ``text``, and each of ``fields`` reads there as a role without identity
    reads it: the rest of its sentence stays."""
    assert found_names(text) == []
    for field in fields:
        assert read_as(field) in text, field


def test_labels_say_each_persons_role_in_the_case() -> None:
    case = named_case()
    assert sorted(labels(case).values()) == ["[reporter]", "[witness 1]", "[witness 2]", "[witness 3]"]
    one = case.model_copy(update={"people": case.people[:3]})
    assert sorted(labels(one).values()) == ["[reporter]", "[witness]"]


def test_the_matcher_finds_every_form_of_every_name() -> None:
    matcher = matcher_for(named_case())
    for field, (text, expected) in TEXTS.items():
        if field != "reported_description":
            assert matcher.withhold(text) == expected, field
    assert matcher.withhold("Anyone in hall B, Anastasia too") == "Anyone in hall B, Anastasia too"
    assert matcher.withhold("Ana's badge, Zoya’s scarf") == "[reporter]'s badge, [witness 1]’s scarf"
    assert matcher.withhold("It's Anna's") == "It's Anna's"


def test_a_word_unmarked_is_no_longer_a_name() -> None:
    case = named_case()
    assert matcher_for(case).withhold("Zoya said") == "[witness 1] said"
    unmarked = case.model_copy(update={"identity": Identity(unmarked=["Zoya"])})
    assert matcher_for(unmarked).withhold("Zoya said") == "Zoya said"


def test_the_rendition_keeps_every_sentence_and_no_name() -> None:
    case = named_case()
    shown = withheld(case, default_procedure())
    dumped = shown.model_dump_json()
    assert found_names(dumped) == []
    assert shown.title == read_as("title")
    assert shown.public_summary == read_as("public_summary")
    gather = shown.steps["gather"].values
    assert gather["what_happened"] == read_as("what_happened")
    assert gather["where_happened"] == read_as("where_happened")
    assert "evidence" not in gather  # the procedure marks it identifying
    assert gather["ongoing"] == "yes"  # a choice, not typed text
    assert shown.steps["police"].values["police_reference"] == read_as("police_reference")
    assert shown.steps["talk"].values["talk_response"] == read_as("talk_response")
    assert shown.decisions[0].text == read_as("decision")
    assert shown.actions[0].text == read_as("action")
    assert shown.communications[0].summary == read_as("communication")
    assert shown.meeting.size_reason == read_as("meeting")
    assert shown.meeting.conflicts[0].note == read_as("conflict")
    assert shown.agreement.changes == read_as("agreement")
    assert shown.announcement.text == read_as("announcement")
    assert shown.placements[0].rationale == read_as("rationale")
    assert shown.identity.marked == []


def test_the_rendition_keeps_the_reported_person_and_the_shape_of_the_case() -> None:
    case = named_case()
    shown = withheld(case, default_procedure())
    reported = shown.parties(Party.REPORTED)[0]
    assert reported.name == REPORTED and reported.description == read_as("reported_description")
    assert [p.party for p in shown.people] == [p.party for p in case.people]
    assert [p.id for p in shown.people] == [p.id for p in case.people]
    for person in shown.parties(Party.REPORTER) + shown.parties(Party.WITNESS):
        assert (person.name, person.contact, person.contact_preference) == ("", "", "")
        assert person.description == HIDDEN
    assert shown.consent.share_identity and shown.consent.recipients == [Recipient.NAMED]
    assert shown.consent.with_whom == HIDDEN and shown.consent.words == HIDDEN
    assert (shown.id, shown.code, shown.status, shown.received_at) == (
        case.id,
        case.code,
        case.status,
        case.received_at,
    )
    assert shown.decisions[0].owner == "Mateus" and shown.meeting.present == ["Mateus", "Ola", "Kwame"]


def test_the_rendition_of_a_rendition_is_itself() -> None:
    procedure = default_procedure()
    once = withheld(named_case(), procedure)
    assert withheld(once, procedure) == once


def test_a_text_stays_within_its_limit_when_a_short_name_becomes_a_long_label() -> None:
    case = named_case().model_copy(update={"title": " ".join(["李娜"] * 99)})
    shown = withheld(case, default_procedure())
    assert len(shown.title) <= 300 and "李娜" not in shown.title
    json.loads(shown.model_dump_json())


def test_the_announcement_check_finds_names_however_typed_and_the_cases_own_details() -> None:
    case = named_case()
    draft = (
        "An attendee said Zoya saw remarks to Орловой by the coffee stand where 李娜 works; "
        "[reporter] was told. Ask Papadopoulou or Björn."
    )
    flags = {(f.kind, f.term) for f in check(draft, case, default_procedure())}
    assert ("name", "Zoya") in flags and ("name", "Орловой") in flags
    assert ("name", "Papadopoulou") in flags and ("name", "Björn") in flags  # the reported person too
    assert ("name", "[reporter]") in flags  # a draft read from the rendition: a name was there
    assert ("detail", "by the coffee stand where 李娜 works") in flags  # the case's own "where" answer
    reasons = blockers(draft, case, default_procedure())
    assert "“Zoya” names someone involved" in reasons
    clean = "An attendee was asked to leave after unwelcome remarks at the social evening."
    assert check(clean, case, default_procedure()) == []


def test_the_transparency_report_withholds_every_form_of_the_cases_names() -> None:
    case = named_case().model_copy(
        update={
            "public_summary": "Zoya and Орловой saw an attendee follow Nunez; Li Na called for help.",
            "status": CaseStatus.CLOSED,  # only a finished case's description is published
        }
    )
    untold = case.model_copy(update={"public_summary": ""})  # three reports: fewer are not described
    figures = transparency_figures(default_procedure(), None, [case, untold, untold])
    (description,) = [text for _, text in figures.descriptions]
    assert (
        description
        == "[withheld] and [withheld] saw an attendee follow [withheld]; [withheld] called for help."
    )


def matcher_of(*named: tuple[str, str]) -> NameMatcher:
    """A case's matcher of one reporter and witnesses, each (name, contact)."""
    parties = [Party.REPORTER] + [Party.WITNESS] * (len(named) - 1)
    return matcher_for(
        Case(people=[Person(party=p, name=n, contact=c) for p, (n, c) in zip(parties, named, strict=True)])
    )


def test_a_chinese_name_recorded_with_a_space_and_its_surname_alone() -> None:
    spaced = matcher_of(("李 娜", ""))
    assert spaced.withhold("李娜说她很害怕") == "[reporter]说她很害怕"
    assert (
        spaced.withhold("Li Na was at the bar, then 李 娜 left")
        == "[reporter] was at the bar, then [reporter] left"
    )
    one = matcher_of(("李娜", ""))
    assert one.withhold("李女士说她很害怕") == "[reporter]女士说她很害怕"
    assert (
        one.withhold("Ms Li said so; Li's bag; Na Li")
        == "Ms [reporter] said so; [reporter]'s bag; [reporter]"
    )
    assert one.withhold("I like lime and lilies") == "I like lime and lilies"  # control


def test_a_name_recorded_in_latin_letters_is_found_in_another_script() -> None:
    matcher = matcher_of(("Ana Núñez-Øby", ""), ("Eleni Papadopoulou", ""), ("Li Na", ""))
    assert matcher.withhold("Η Παπαδοπούλου το είδε") == "Η [witness 1] το είδε"
    assert matcher.withhold("Ελένη saw it") == "[witness 1] saw it"
    assert matcher.withhold("Видела Нуньес у входа") == "Видела [reporter] у входа"
    assert matcher.withhold("我看见李娜在门口") == "我看见[witness 2]在门口"
    assert matcher.withhold("Any of them and an usher") == "Any of them and an usher"  # control


def test_invisible_characters_and_line_break_hyphens_inside_a_name_are_looked_through() -> None:
    matcher = matcher_of(("Ana Núñez-Øby", ""), ("Ελένη Παπαδοπούλου", ""))
    text = "Spoke to Nu\u00adñez and A\u200bna in hall\u00a0B"
    assert matcher.withhold(text) == "Spoke to [reporter] and [reporter] in hall\u00a0B"
    (first, second) = matcher.find(text)
    assert first.text(text) == "Nu\u00adñez" and second.text(text) == "A\u200bna"
    assert (
        matcher.withhold("Asked Papadopou-\nlou to wait, well-\nknown")
        == "Asked [witness] to wait, well-\nknown"
    )


def test_common_alternative_transliterations_and_polish_endings() -> None:
    matcher = matcher_of(("Зоя Орлова", ""), ("Łukasz Kowalski", ""))
    assert matcher.withhold("Zoja Orlowa and Zoia Orłowa came") == "[reporter] and [reporter] came"
    assert matcher.withhold("Rozmawiałem z Kowalskiej i Kowalską") == "Rozmawiałem z [witness] i [witness]"
    assert matcher.withhold("We ate soya at the zoo, sorry") == "We ate soya at the zoo, sorry"  # control


def test_handles_and_names_run_together() -> None:
    matcher = matcher_of(("Зоя Орлова", ""), ("Ana Núñez-Øby", ""), ("李娜", ""))
    for handle, label in (
        ("@zoyaorlova", "@[reporter]"),
        ("ZoyaOrlova", "[reporter]"),
        ("ananunez", "[witness 1]"),
        ("anunez", "[witness 1]"),
        ("ANúñez", "[witness 1]"),
        ("linali88", "[witness 2]"),
        ("li.na@example.org", "[witness 2]@example.org"),
    ):
        assert matcher.withhold(f"DM from {handle} last night") == f"DM from {label} last night", handle
    control = "An analysis of any banana and annals, Carolina, like Linear B"
    assert matcher.withhold(control) == control


def test_contacts_spelled_out_and_a_short_number_inside_a_longer_one() -> None:
    matcher = matcher_of(("Ana Núñez-Øby", "spark77@proton.me"), ("Зоя Орлова", "555 1234"))
    assert matcher.withhold("Mail spark77 at proton dot me today") == "Mail [reporter] today"
    assert matcher.withhold("Mail spark77 (at) proton (dot) me") == "Mail [reporter]"
    assert matcher.withhold("She called from +1 212 555 1234 at 9") == "She called from [witness] at 9"
    assert matcher.withhold("Room 1234, at 9 we meet") == "Room 1234, at 9 we meet"  # control


def test_search_finds_the_new_forms_and_not_a_common_word() -> None:
    matcher = matcher_of(("Зоя Орлова", ""), ("李娜", ""))
    assert matcher.mentions("zoyaorlova") and matcher.mentions("李") and matcher.mentions("Ms. Li")
    assert not matcher.mentions("like a lion")
