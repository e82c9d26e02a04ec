"""The fixtures the fuzzers borrow: the in-process command line."""

from tests.cli_support import cli as cli
