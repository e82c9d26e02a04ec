"""The boundaries of the house, read from the source: the front ends reach storage only through the
desk, and the storage knows nothing of the flow above it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "cocdesk"


def imported_modules(path: Path) -> list[tuple[int, str]]:
    """Every module ``path`` imports, as dotted names with the line they are imported on; ``from a
    import b`` counts as both ``a`` and ``a.b`` (b may be a module)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*parent, *([base] if base else [])])
            found.append((node.lineno, base))
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
    return found


def reaches(name: str, forbidden: str) -> bool:
    return name == forbidden or name.startswith(forbidden + ".")


def offenders(folders: list[str], forbidden: str) -> list[str]:
    out = []
    for folder in folders:
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            for line, name in imported_modules(path):
                if reaches(name, forbidden):
                    out.append(f"{path.relative_to(ROOT)}:{line} imports {name}")
    return sorted(set(out))


def test_the_window_and_the_command_line_never_import_the_vault() -> None:
    found = offenders(["gui", "cli"], "cocdesk.vault")
    assert not found, "front ends go through cocdesk.desk:\n" + "\n".join(found)


def test_the_vault_never_imports_the_flow() -> None:
    found = offenders(["vault"], "cocdesk.flow")
    assert not found, "the vault is storage; the desk applies the flow:\n" + "\n".join(found)


@pytest.mark.parametrize(
    "source, forbidden, caught",
    [
        ("import cocdesk.vault\n", "cocdesk.vault", True),
        ("import cocdesk.vault.records as r\n", "cocdesk.vault", True),
        ("from cocdesk.vault.cases import CaseRef\n", "cocdesk.vault", True),
        ("from cocdesk import vault\n", "cocdesk.vault", True),
        ("from cocdesk import vault as storage, desk\n", "cocdesk.vault", True),
        ("from ... import vault\n", "cocdesk.vault", True),
        ("from ...vault import Vault\n", "cocdesk.vault", True),
        ("from .. import vault\n", "cocdesk.vault", False),  # cocdesk.gui.vault
        ("def later():\n    from cocdesk.vault import Vault\n", "cocdesk.vault", True),
        ("from cocdesk.desk import Desk\n", "cocdesk.vault", False),
        ("import cocdesk.vaulted\n", "cocdesk.vault", False),
        ("from cocdesk import desk\n", "cocdesk.vault", False),
    ],
)
def test_the_check_catches_every_way_to_import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: str, forbidden: str, caught: bool
) -> None:
    monkeypatch.setattr(f"{__name__}.ROOT", tmp_path)
    monkeypatch.setattr(f"{__name__}.PACKAGE", tmp_path / "cocdesk")
    module = tmp_path / "cocdesk" / "gui" / "wizard" / "page.py"
    module.parent.mkdir(parents=True)
    module.write_text(source, encoding="utf-8")
    assert bool(offenders(["gui"], forbidden)) is caught
