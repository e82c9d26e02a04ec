"""A person code belongs to a reported person, and changes only by the team's word (``PersonLinks``).

An edit of the people, which a front end makes from the fields on screen, keeps each reported
person's code and the people they were told apart from. A person new to the case gets a code of their
own (a code written into the edit links no one), and so does a person who stops being the reported
person: a reporter's or a witness's code shared with a report elsewhere would name them to every
role that reads that report.
"""

from __future__ import annotations

from cocdesk.domain.case import Party, Person, new_person_code


def keep_codes(before: list[Person], after: list[Person]) -> list[Person]:
    """``after`` with each reported person already recorded (by id) keeping their stored codes, and
    every other person with a code of their own."""
    stored = {person.id: person for person in before}
    kept: list[Person] = []
    for person in after:
        old = stored.get(person.id)
        if old is not None and (old.party == Party.REPORTED) == (person.party == Party.REPORTED):
            codes = {"person_code": old.person_code, "not_same": old.not_same}
        else:
            codes = {"person_code": new_person_code(), "not_same": []}
        if (person.person_code, person.not_same) != (codes["person_code"], codes["not_same"]):
            person = person.model_copy(update=codes)
        kept.append(person)
    return kept


def no_longer_reported(before: list[Person], after: list[Person]) -> list[Person]:
    """The reported people of ``before`` whom ``after`` records as someone else (a witness, the
    reporter) or no longer records at all: whatever linked them to other reports goes."""
    still = {person.id for person in after if person.party == Party.REPORTED}
    return [p for p in before if p.party == Party.REPORTED and p.id not in still]


def fresh_codes(people: list[Person]) -> list[Person]:
    """The people of an imported case, each with a code drawn here and told apart from no one: a
    case file is plain JSON, so a code in it could link it to any report here, and a rejection in it
    could hide a real match; links and rejections are this team's word only."""
    return [p.model_copy(update={"person_code": new_person_code(), "not_same": []}) for p in people]
