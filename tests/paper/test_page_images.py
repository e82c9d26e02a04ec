"""Page 1 of the main documents, drawn as a PDF viewer draws it, compared with references we looked at.

To renew a reference after a deliberate change of layout: look at the new PNG first, then run
``python -m tests.paper.test_page_images`` and commit the images it writes.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat

from cocdesk.paper import Document, blank_form, filled_report, transparency_report
from tests.paper.conftest import render_page
from tests.paper.samples import filed_case, sample_event, sample_procedure

REFERENCE = Path(__file__).with_name("reference")
MEAN_TOLERANCE = 1.5  # average grey-level difference, out of 255
CHANGED_TOLERANCE = 0.004  # share of pixels allowed to differ clearly (anti-aliasing, renderer versions)

DOCUMENTS: dict[str, Callable[[], Document]] = {
    "blank_form": lambda: blank_form(sample_procedure()),
    "filled_report": lambda: filled_report(sample_procedure(), sample_event(), filed_case(1)),
    "transparency_report": lambda: transparency_report(
        sample_procedure(), sample_event(), [filed_case(n) for n in range(9)]
    ),
}


def difference(one: Path, other: Path) -> tuple[float, float]:
    """(mean grey-level difference, share of pixels differing by more than a quarter of the scale)."""
    a, b = Image.open(one).convert("L"), Image.open(other).convert("L")
    assert a.size == b.size, f"{one.name} is {a.size}, the reference {b.size}"
    diff = ImageChops.difference(a, b)
    changed = sum(diff.point(lambda v: 255 if v > 64 else 0).histogram()[255:]) / (a.size[0] * a.size[1])
    return ImageStat.Stat(diff).mean[0], changed


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_page_one_looks_like_its_reference(name: str, tmp_path: Path) -> None:
    drawn = render_page(DOCUMENTS[name](), tmp_path)
    mean, changed = difference(drawn, REFERENCE / f"{name}.png")
    assert mean <= MEAN_TOLERANCE and changed <= CHANGED_TOLERANCE, (name, mean, changed)


def test_the_comparison_notices_a_changed_page(tmp_path: Path) -> None:
    drawn = render_page(blank_form(sample_procedure(), sample_event()), tmp_path)
    mean, changed = difference(drawn, REFERENCE / "blank_form.png")  # the same form, with an event's name
    assert mean > MEAN_TOLERANCE or changed > CHANGED_TOLERANCE


def renew() -> None:
    REFERENCE.mkdir(exist_ok=True)
    for name, make in DOCUMENTS.items():
        with tempfile.TemporaryDirectory() as folder:
            shutil.copy(render_page(make(), Path(folder)), REFERENCE / f"{name}.png")
            print(f"wrote {REFERENCE / name}.png", file=sys.stderr)


if __name__ == "__main__":
    renew()
