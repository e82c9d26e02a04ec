"""Evidence: a file a reporter brought (a screenshot, a photo, a PDF), kept with its case.

The list of a case's attachments is a part of the case (``Case.attachments``): every export, the
JSON and the rendition see it. The file itself is kept apart, sealed under the identity key (see
``cocdesk.vault.evidence``), and is never part of the case model.

The type is told from the file's first bytes, never from its name: what the station can show (PNG,
JPEG, GIF, WebP, PDF) is ``viewable``; anything else is kept as an opaque file, listed and never
opened. A file's name can itself name someone, so a role without identity reads a neutral label.
"""

from __future__ import annotations

import re
from typing import Annotated
from uuid import UUID, uuid4

from pydantic import Field, StringConstraints

from cocdesk.domain.common import (
    CONTROLS_IN_NAME,
    SHORT_TEXT_MAX,
    AwareDatetime,
    LongText,
    Model,
    ShortText,
    now,
)
from cocdesk.domain.text import clipped

MOST_BYTES = 25_000_000
"""The largest file the desk keeps: 25 MB, decimal, as every size is shown ("25.0 MB"). A phone's
photo is a few; a video is not evidence here."""
LIMIT_TEXT = "25 MB"
KEPT_MOST_BYTES = 25 << 20
"""The largest size a kept listing may hold: the limit was once 25 MiB, and a file kept then must
still read."""
MOST_ATTACHMENTS = 200
WITHHELD = "(withheld)"  # as ``cocdesk.domain.case.HIDDEN`` reads

Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]

OPAQUE = "application/octet-stream"
IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif", "image/webp")
PDF = "application/pdf"
KINDS = {
    "image/png": "PNG image",
    "image/jpeg": "JPEG image",
    "image/gif": "GIF image",
    "image/webp": "WebP image",
    PDF: "PDF document",
    OPAQUE: "file",
}
"""How each type reads in a sentence or a list."""


def sniff(data: bytes) -> str:
    """The media type ``data`` really is, from its first bytes; ``OPAQUE`` when the station cannot
    show it."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"%PDF-"):
        return PDF
    return OPAQUE


UNNAMED = "Unnamed file"
SURROGATES = re.compile("[\ud800-\udfff]")


def attachment_name(name: str) -> str:
    """The name a file is listed under: its last part (a path's folders dropped), white space made
    one space, control characters and marks that reorder text removed (a name with U+202E can make
    "chat\u202egnp.exe" read as a PNG), bytes that were not UTF-8 (as ``os.fsdecode`` hands them)
    shown as "\ufffd"; never refused for its name."""
    name = SURROGATES.sub("\ufffd", name.replace("\\", "/").rsplit("/", 1)[-1])
    name = CONTROLS_IN_NAME.sub("", " ".join(name.split()))
    return clipped(name, SHORT_TEXT_MAX) or UNNAMED


def size_text(size: int) -> str:
    """A file's size as people read it: "812 bytes", "4.2 KB", "10.5 MB"."""
    if size < 1000:
        return f"{size} byte{'s' if size != 1 else ''}"
    if size < 1000 * 1000:
        return f"{size / 1000:.1f} KB"
    return f"{size / 1000 / 1000:.1f} MB"


class Attachment(Model):
    """One file attached to a case: what it is, who attached it and when; and, once removed, who
    removed it, when and why (the listing stays; the file itself is deleted)."""

    id: UUID = Field(default_factory=uuid4)
    name: ShortText
    media_type: ShortText = OPAQUE
    size: Annotated[int, Field(ge=0, le=KEPT_MOST_BYTES)]
    sha256: Sha256
    by: ShortText = ""
    at: AwareDatetime = Field(default_factory=now)
    viewable: bool = False
    removed_at: AwareDatetime | None = None
    removed_by: ShortText = ""
    reason: LongText = ""

    @property
    def kind(self) -> str:
        return KINDS.get(self.media_type, "file")

    @property
    def is_image(self) -> bool:
        return self.media_type in IMAGE_TYPES

    @property
    def removed(self) -> bool:
        return self.removed_at is not None

    @property
    def opens(self) -> bool:
        """Whether the station shows it: a type it can show, and still kept."""
        return self.viewable and not self.removed


def neutral_label(index: int) -> str:
    """What a role without identity reads in place of the file's name (``index`` from 1)."""
    return f"Attachment {index}"


def withheld_attachments(attachments: list[Attachment]) -> list[Attachment]:
    """The list as a role without identity reads it: each name replaced by a neutral label, the reason
    for a removal withheld; type, size, SHA-256, who and when stay. Its own rendition is itself."""
    return [
        a.model_copy(
            update={"name": neutral_label(i), "reason": WITHHELD if a.reason else ""},
        )
        for i, a in enumerate(attachments, start=1)
    ]


class Attached(Model):
    """What attaching a file gave the front end: the attachment, and the one sentence to show when it
    was kept as an opaque file (empty otherwise)."""

    attachment: Attachment
    warning: str = ""
