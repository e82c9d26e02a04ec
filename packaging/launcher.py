"""The desktop bundle's program: the ``cocdesk`` command, plus ``--smoke-test VAULT`` for checking a build
(it starts the station on VAULT and closes it once the unlock screen has painted)."""

import sys


def launch() -> int:
    if sys.argv[1:2] == ["--smoke-test"]:
        from cocdesk.gui.smoke import main as smoke

        return smoke(sys.argv[2:])
    from cocdesk.cli import main

    return main()


if __name__ == "__main__":
    raise SystemExit(launch())
