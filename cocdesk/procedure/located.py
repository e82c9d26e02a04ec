"""Validation errors that say which entry inside the validated model is wrong.

A model-level check (two steps with one id, a deadline met by no step) fails on the whole list, so
pydantic would place it at the list. ``LocatedError`` carries the path of the offending entry from
the model that raised it, and the loader adds it to pydantic's location to find the line in the file.
"""

from __future__ import annotations


class LocatedError(ValueError):
    """A ValueError that knows where, relative to the model being validated, the problem is."""

    def __init__(self, message: str, *where: int | str) -> None:
        super().__init__(message)
        self.where: tuple[int | str, ...] = where


def no_repeats(what: str, ids: list[str], *where: int | str) -> None:
    """Refuse the second use of an id, pointing at the id of the entry that repeats it."""
    seen: set[str] = set()
    for index, item in enumerate(ids):
        if item in seen:
            raise LocatedError(f"two {what}s have the id '{item}'", *where, index, "id")
        seen.add(item)
