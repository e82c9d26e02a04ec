"""Compile the Designer forms and the resources into Python modules under cocdesk/gui/forms/.

    python packaging/build_ui.py            write the generated modules
    python packaging/build_ui.py --check    list the stale ones and exit 1 if there are any

ui/NAME.ui becomes cocdesk/gui/forms/ui_NAME.py (pyside6-uic), and resources/cocdesk.qrc (the
stylesheets and icons) becomes cocdesk/gui/forms/rc_cocdesk.py (pyside6-rcc), so an installed
package carries everything the window needs. The output is committed; run this after changing a form,
a stylesheet or an icon. The test suite fails when the committed output is stale.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "ui"
RESOURCES = ROOT / "resources" / "cocdesk.qrc"
OUTPUT = ROOT / "cocdesk" / "gui" / "forms"
NOTICE = "# generated — do not edit: change {source} and run packaging/build_ui.py\n# mypy: ignore-errors\n"
PACKAGE_INIT = '"""Code generated from ui/*.ui and resources/cocdesk.qrc by packaging/build_ui.py."""\n'


def _tool(name: str) -> list[str]:
    """PySide6's own uic and rcc, run through the interpreter that has PySide6 installed."""
    script = f"import sys; from PySide6.scripts.pyside_tool import {name}; sys.exit({name}())"
    return [sys.executable, "-c", script]


def _run(command: list[str]) -> str:
    done = subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command[3:])} failed:\n{done.stderr.strip()}")
    return done.stdout


def generated() -> dict[Path, str]:
    """Every generated module and the text it should hold."""
    modules = {OUTPUT / "__init__.py": PACKAGE_INIT}
    for form in sorted(FORMS.glob("*.ui")):
        code = _run([*_tool("uic"), "--generator", "python", os.path.relpath(form, ROOT)])
        modules[OUTPUT / f"ui_{form.stem}.py"] = NOTICE.format(source=f"ui/{form.name}") + code
    code = _run([*_tool("rcc"), "--format-version", "1", "--no-zstd", os.path.relpath(RESOURCES, ROOT)])
    modules[OUTPUT / "rc_cocdesk.py"] = NOTICE.format(source="resources/") + code
    return modules


def generated_files() -> list[Path]:
    return sorted([*OUTPUT.glob("ui_*.py"), *OUTPUT.glob("rc_*.py")])


def _without_tool_version(text: str) -> str:
    """The generated code minus the line naming the compiler's version, which a Qt update changes."""
    return re.sub(r"^#.*Created by: .*(Compiler|Resource).*$", "", text, flags=re.MULTILINE)


def stale() -> list[Path]:
    """Generated modules that are missing or differ from what the sources give now, and leftovers."""
    wanted = generated()
    differing = [
        path
        for path, text in wanted.items()
        if not path.exists()
        or _without_tool_version(path.read_text(encoding="utf-8")) != _without_tool_version(text)
    ]
    leftovers = [path for path in generated_files() if path not in wanted]
    return differing + leftovers


def main(argv: list[str]) -> int:
    if argv == ["--check"]:
        out_of_date = stale()
        for path in out_of_date:
            print(f"stale: {path.relative_to(ROOT)}")
        return 1 if out_of_date else 0
    OUTPUT.mkdir(parents=True, exist_ok=True)
    wanted = generated()
    for path in generated_files():
        if path not in wanted:
            path.unlink()
    for path, text in wanted.items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
