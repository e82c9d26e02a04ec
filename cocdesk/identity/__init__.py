"""The reporter's identity: who a case must keep private, and finding them in anything typed."""

from cocdesk.identity.matcher import WITHHELD, Match, NameMatcher, Person, fold

__all__ = ["WITHHELD", "Match", "NameMatcher", "Person", "fold"]
