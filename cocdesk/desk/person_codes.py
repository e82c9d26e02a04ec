"""A reported person's code changes only by the team's word (``PersonLinks``): an edit of the people,
which a front end makes from the fields on screen, keeps each person's code and the codes they were
told apart from."""

from __future__ import annotations

from cocdesk.domain.case import Person


def keep_codes(before: list[Person], after: list[Person]) -> list[Person]:
    """``after`` with each person who was already recorded (by id) keeping their stored codes."""
    stored = {person.id: person for person in before}
    kept: list[Person] = []
    for person in after:
        old = stored.get(person.id)
        if old is not None and (old.person_code, old.not_same) != (person.person_code, person.not_same):
            person = person.model_copy(update={"person_code": old.person_code, "not_same": old.not_same})
        kept.append(person)
    return kept
