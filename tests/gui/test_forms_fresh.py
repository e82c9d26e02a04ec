"""The generated forms and resources in cocdesk/gui/forms/ match ui/ and resources/."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def build_ui():
    spec = importlib.util.spec_from_file_location("build_ui", ROOT / "packaging" / "build_ui.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_generated_module_matches_its_source() -> None:
    stale = build_ui().stale()
    assert stale == [], f"run packaging/build_ui.py: {[str(p.relative_to(ROOT)) for p in stale]} are stale"


def test_a_changed_form_is_caught(tmp_path: Path, monkeypatch) -> None:
    module = build_ui()
    forms = tmp_path / "ui"
    forms.mkdir()
    source = (ROOT / "ui" / "unlock_window.ui").read_text(encoding="utf-8")
    (forms / "unlock_window.ui").write_text(source.replace("&amp;Unlock", "&amp;Open"), encoding="utf-8")
    monkeypatch.setattr(module, "FORMS", forms)
    assert module.OUTPUT / "ui_unlock_window.py" in module.stale()


def test_every_form_is_marked_generated_and_names_are_snake_case() -> None:

    for path in build_ui().generated_files():
        assert path.read_text(encoding="utf-8").startswith("# generated — do not edit"), path.name
    for form in (ROOT / "ui").glob("*.ui"):
        names = re.findall(r'<widget class="[^"]+" name="([^"]+)"', form.read_text(encoding="utf-8"))
        _top_level, *children = names
        assert all(re.fullmatch(r"[a-z][a-z0-9_]*", name) for name in children), (form.name, children)
