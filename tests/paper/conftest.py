"""Documents are read back as a user's PDF viewer would: their text, page by page, and their size."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from cocdesk.domain import Case, Event
from cocdesk.paper import Document
from cocdesk.procedure import Procedure
from tests.paper.samples import filed_case, sample_event, sample_procedure


@dataclass
class ReadBack:
    pages: list[str]
    sizes: list[tuple[float, float]]
    fonts: set[str]

    @property
    def text(self) -> str:
        return "\n".join(self.pages)

    @property
    def flat(self) -> str:
        """The text with line breaks and repeated spaces folded, for phrases that wrap."""
        return re.sub(r"\s+", " ", self.text)


def read(document: Document) -> ReadBack:
    reader = PdfReader(io.BytesIO(document.pdf))
    assert len(reader.pages) == document.pages
    fonts: set[str] = set()
    for page in reader.pages:
        resources = page.get("/Resources")
        for font in (resources.get_object().get("/Font") or {}).values() if resources else []:
            fonts.add(str(font.get_object()["/BaseFont"]))
    return ReadBack(
        pages=[page.extract_text() for page in reader.pages],
        sizes=[(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages],
        fonts=fonts,
    )


def render_page(document: Document, folder: Path, page: int = 1, dpi: int = 60) -> Path:
    """Page ``page`` as a PNG, drawn by poppler as a PDF viewer would."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm is not installed (Debian package poppler-utils)")
    source = folder / "document.pdf"
    document.save(source)
    prefix = folder / f"page{page}"
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile", source, prefix],
        check=True,
    )
    return prefix.with_suffix(".png")


@pytest.fixture
def procedure() -> Procedure:
    return sample_procedure()


@pytest.fixture
def event() -> Event:
    return sample_event()


@pytest.fixture
def case() -> Case:
    return filed_case(1)
