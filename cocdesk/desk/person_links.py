"""The same person across reports: the suggestions the desk makes and the team's answers to them.

Every reported person has a code. The desk suggests the other reports whose reported person has the
same name in any script (the matcher's ``same_person``) or a description sharing distinctive words;
the team confirms (the later report's person takes the earlier one's code) or says it is someone
else (kept by person, so never suggested again however either is linked later). Everything here
speaks in codes: a suggestion names no one.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import TYPE_CHECKING
from uuid import UUID

from pydantic import BaseModel, ConfigDict

from cocdesk.desk import policy
from cocdesk.desk.policy import Act, Read
from cocdesk.domain.case import Case, CaseStatus, Party, Person, person_ref
from cocdesk.flow.conflicts import same_person
from cocdesk.identity.described import description_words
from cocdesk.identity.person_keys import HANDLE_KEY, NAME_KEY, WORD_KEY, name_words
from cocdesk.vault import InvalidEdit
from cocdesk.vault.cases import CaseRef
from cocdesk.vault.person_index import Indexed
from cocdesk.vault.writes import CaseWrites

if TYPE_CHECKING:
    from cocdesk.desk.desk import Desk

INDEX_NOTE = "persons.index"
INDEX_VERSION = 2  # raise when the keys change: the next unlock makes the index again
COMMON_FLOOR = 5
COMMON_SHARE = 0.01
"""A description word carried by more than this many reported people (at least the floor, else this
share of them all) is too common to tell anyone apart ("man", "shirt")."""
DESCRIBED = 2  # distinctive words shared (a handle counts twice) that make a description match
MOST_CANDIDATES = 200


class Suggestion(BaseModel):
    """Another report whose reported person may be this one. Codes only."""

    model_config = ConfigDict(frozen=True)

    person_id: UUID
    person_code: str
    case_code: str
    other_case_id: UUID
    other_person_id: UUID
    other_code: str
    by_name: bool
    by_description: bool

    @property
    def why(self) -> str:
        ways = [
            w
            for w, on in (("the same name", self.by_name), ("a like description", self.by_description))
            if on
        ]
        return " and ".join(ways)


class PersonLinks:
    """The people half of the desk; ``Desk`` supplies the vault, the member and the policy."""

    def _people_desk(self) -> Desk:
        return self  # type: ignore[return-value]

    def _index_people_if_missing(self) -> None:
        """A vault made before the index (or by older keys): make it from every case's people."""
        desk = self._people_desk()
        if desk.vault.notes(INDEX_NOTE).get(INDEX_NOTE) == INDEX_VERSION:
            return

        def write(w: CaseWrites) -> None:
            w.index_people_again()
            w.note(INDEX_NOTE, INDEX_VERSION)

        desk.vault.write(None, "vault.indexed", "Indexed the reported people", write)

    # reads

    def suggestions(self, ref: CaseRef) -> list[Suggestion]:
        """For each reported person of the case, the other reports that may name them too."""
        desk = self._people_desk()
        desk.require(Read.CASES)
        case_id = desk.resolve(ref)
        code = desk.vault.case_code(case_id)
        found: list[Suggestion] = []
        for person in desk.vault.part(case_id, "people", sealed=False):
            if person.party == Party.REPORTED:
                for other, by_name, by_words in self.matches_for(person, case_id):
                    found.append(_suggestion(person, code, other, by_name, by_words))
        return found

    def also_reported_in(self, ref: CaseRef, *, held: bool = True) -> dict[UUID, list[str]]:
        """For each reported person of the case, the codes of the other reports the team confirmed
        name them (the same person code), oldest first; held reports left out unless ``held``."""
        desk = self._people_desk()
        desk.require(Read.CASES)
        case_id = desk.resolve(ref)
        people = [p for p in desk.vault.part(case_id, "people", sealed=False) if p.party == Party.REPORTED]
        linked = self._by_codes([p.person_code for p in people])
        skip = {case_id} | (set() if held else desk.vault.held_case_ids())
        return {
            p.id: [i.case_code for i in linked.get(p.person_code, []) if i.case_id not in skip]
            for p in people
        }

    def board_links(self, ref: CaseRef) -> tuple[str, ...]:
        """The codes a board card shows after "Also reported in": the other reports the case's
        reported people are confirmed in, never a held one (the board names no held case)."""
        codes = self.also_reported_in(ref, held=False).values()
        return tuple(dict.fromkeys(code for listed in codes for code in listed))

    def case_json(self, case: Case) -> str:
        """``case`` as JSON, each reported person with their ``person_code`` and the codes of the
        other reports suggested as naming them (``suggested_matches``, read again on import)."""
        data = case.model_dump(mode="json")
        suggested: dict[str, list[str]] = defaultdict(list)
        for suggestion in self.suggestions(case.id):
            suggested[str(suggestion.person_id)].append(suggestion.other_code)
        for person in data["people"]:
            if person["party"] == Party.REPORTED.value:
                person["suggested_matches"] = suggested.get(person["id"], [])
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"

    def linked_codes(self) -> dict[str, list[str]]:
        """Every case (by id) and the codes of the other cases its reported people are confirmed in:
        what the board's cards show (on a projector, too), read in one pass. A held case is named
        nowhere on the board: not even as where someone is also reported."""
        desk = self._people_desk()
        desk.require(Read.CASES)
        held = desk.vault.held_case_ids()
        groups: dict[str, list[Indexed]] = defaultdict(list)
        for item in desk.vault.linked_people():
            if self._shown(item) and item.case_id not in held:
                groups[item.code].append(item)
        found: dict[str, list[str]] = defaultdict(list)
        for items in groups.values():
            for item in items:
                for other in sorted(items, key=lambda i: i.received_at):
                    if other.case_id != item.case_id and other.case_code not in found[item.case_id]:
                        found[item.case_id].append(other.case_code)
        return dict(found)

    def matches_for(self, person: Person, case_id: str | None = None) -> list[tuple[Indexed, bool, bool]]:
        """The indexed reported people (outside ``case_id``) who may be ``person``: each with whether
        the name and whether the description matched. The fast path: a few indexed lookups."""
        desk = self._people_desk()
        words = name_words(person.name)
        described = description_words(person.description)
        word_keys = [WORD_KEY + w for w in described]
        counts = desk.vault.person_key_counts(word_keys) if word_keys else {}
        common = self.common_count() if word_keys else 0
        distinct = [k for k in word_keys if counts.get(k, 0) <= common]
        handles = [HANDLE_KEY + k.removeprefix(WORD_KEY) for k in distinct]
        rows = desk.vault.person_holders([*{k for w in words for k in w}, *distinct, *handles])
        named: dict[tuple[str, str], set[int]] = defaultdict(set)
        shared: dict[tuple[str, str], set[str]] = defaultdict(set)
        handled: dict[tuple[str, str], set[str]] = defaultdict(set)
        for key, other_case, other_person in rows:
            if other_case == case_id:
                continue
            pair = (other_case, other_person)
            if key.startswith(NAME_KEY):
                named[pair].update(i for i, keys in enumerate(words) if key in keys)
            elif key.startswith(WORD_KEY):
                shared[pair].add(key.removeprefix(WORD_KEY))
            else:
                handled[pair].add(key.removeprefix(HANDLE_KEY))
        by_words = {
            pair
            for pair, found in shared.items()
            if sum(2 if described[w] or w in handled[pair] else 1 for w in found) >= DESCRIBED
        }
        needed = min(len(words), 2)
        by_keys = {pair for pair, found in named.items() if words and len(found) >= needed}
        candidates = sorted(by_keys | by_words, key=lambda p: -len(named.get(p, ())))[:MOST_CANDIDATES]
        found: list[tuple[Indexed, bool, bool]] = []
        for item in desk.vault.indexed_people(candidates):
            if not self._shown(item) or _told_apart(person, case_id, item):
                continue
            pair = (item.case_id, item.person_id)
            by_name = pair in by_keys and _same_name(person.name, item.name)
            if by_name or pair in by_words:
                found.append((item, by_name, pair in by_words))
        return sorted(found, key=lambda f: f[0].received_at)

    def common_count(self) -> float:
        """How many reported people may carry a description word before it is too common to tell
        anyone apart."""
        return max(COMMON_FLOOR, COMMON_SHARE * self._people_desk().vault.people_count())

    def _shown(self, item: Indexed) -> bool:
        return policy.sees_status(self._people_desk().role, CaseStatus(item.status))

    def _by_codes(self, codes: list[str]) -> dict[str, list[Indexed]]:
        grouped: dict[str, list[Indexed]] = defaultdict(list)
        for item in self._people_desk().vault.people_by_codes(codes) if codes else []:
            if self._shown(item):
                grouped[item.code].append(item)
        for items in grouped.values():
            items.sort(key=lambda i: i.received_at)
        return grouped

    def links_dropped(self, case: Case, gone: list[Person]) -> str:
        """What the timeline says when ``gone`` (reported people of ``case``) stop being reported in
        it: the reports they were linked to, which no longer share a code with anyone here; or ""."""
        codes = [p.person_code for p in gone]
        if not codes:
            return ""
        others = sorted(
            {
                i.case_code
                for i in self._people_desk().vault.people_by_codes(codes)
                if i.case_id != str(case.id)
            }
        )
        if not others:
            return ""
        return f"; no one here is linked any more to case{'s' if len(others) > 1 else ''} {', '.join(others)}"

    # acts

    def confirm_same_person(
        self, ref: CaseRef, person_id: UUID, other_ref: CaseRef, other_person_id: UUID
    ) -> str:
        """The team's word that two reports name one person: the later report's person (and any
        report already linked to them) takes the earlier one's code. The code they now share."""
        desk = self._people_desk()
        desk.require(Act.LINK_PEOPLE)
        here, there = desk._whole(desk.resolve(ref)), desk._whole(desk.resolve(other_ref))
        if here.id == there.id:
            raise InvalidEdit("choose a person in another report")
        mine, theirs = _reported(here, person_id), _reported(there, other_person_id)
        earlier, later = (
            (there, here)
            if (there.received_at, there.code) < (here.received_at, here.code)
            else (here, there)
        )
        code = (theirs if earlier is there else mine).person_code
        old = (mine if later is here else theirs).person_code
        if old == code:
            return code
        gone = {code, old, person_ref(here.id, mine.id), person_ref(there.id, theirs.id)}
        moved = [later] + [
            desk._whole(item.case_id)
            for item in desk.vault.people_by_codes([old])
            if item.case_id not in (str(later.id), str(earlier.id))
        ]

        def write(w: CaseWrites) -> None:
            for case in moved:
                people = [
                    p.model_copy(
                        update={"person_code": code, "not_same": [c for c in p.not_same if c not in gone]}
                    )
                    if p.person_code == old and p.party == Party.REPORTED
                    else p
                    for p in case.people
                ]
                desk._put(w, case.model_copy(update={"people": people}), "people")
            # the team's word now: the earlier report no longer tells them apart either
            people = [
                p.model_copy(update={"not_same": [c for c in p.not_same if c not in gone]})
                for p in earlier.people
            ]
            if people != earlier.people:
                desk._put(w, earlier.model_copy(update={"people": people}), "people")

        what = f"Confirmed the reported person is the one in case {earlier.code} ({code})"
        desk.vault.write(later.id, "case.person_linked", what, write, other=earlier.code, person=code)
        return code

    def not_same_person(
        self, ref: CaseRef, person_id: UUID, other_ref: CaseRef, other_person_id: UUID
    ) -> None:
        """The team's word that a suggested report names someone else: never suggested again."""
        desk = self._people_desk()
        desk.require(Act.LINK_PEOPLE)
        here, there = desk._whole(desk.resolve(ref)), desk._whole(desk.resolve(other_ref))
        mine, theirs = _reported(here, person_id), _reported(there, other_person_id)
        if mine.person_code == theirs.person_code:
            raise InvalidEdit(f"the team confirmed this is the person in case {there.code}")
        told = person_ref(there.id, theirs.id)
        people = [
            p.model_copy(update={"not_same": [*p.not_same, told]})
            if p.id == mine.id and told not in p.not_same
            else p
            for p in here.people
        ]
        after = here.model_copy(update={"people": people})
        what = f"Said the reported person is not the one in case {there.code}"
        desk.vault.write(
            here.id, "case.person_not_linked", what, lambda w: desk._put(w, after, "people"), other=there.code
        )


def _reported(case: Case, person_id: UUID) -> Person:
    found = next((p for p in case.parties(Party.REPORTED) if p.id == person_id), None)
    if found is None:
        raise InvalidEdit(f"case {case.code} has no such reported person")
    return found


def _told_apart(person: Person, case_id: str | None, item: Indexed) -> bool:
    """Already the same code (a confirmed link, not a suggestion), or said to be someone else: by
    person (or, in a case stored before rejections were kept by person, by code)."""
    if item.code == person.person_code or item.code in person.not_same or person.person_code in item.not_same:
        return True
    if person_ref(item.case_id, item.person_id) in person.not_same:
        return True
    return case_id is not None and person_ref(case_id, person.id) in item.not_same


def _same_name(a: str, b: str) -> bool:
    return bool(a and b) and (same_person(a, b) or same_person(b, a))


def _suggestion(person: Person, code: str, other: Indexed, by_name: bool, by_words: bool) -> Suggestion:
    return Suggestion(
        person_id=person.id,
        person_code=person.person_code,
        case_code=code,
        other_case_id=UUID(other.case_id),
        other_person_id=UUID(other.person_id),
        other_code=other.case_code,
        by_name=by_name,
        by_description=by_words,
    )
