"""A case's evidence on paper: every attachment listed with its name (as the reader may see it), type,
size and SHA-256; each image, stripped of its metadata, scaled to fit the page. A PDF or any other
file is listed, not embedded."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from uuid import UUID

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether

from cocdesk.domain.evidence import Attachment, size_text
from cocdesk.imaging import CleanImage
from cocdesk.paper.typeset import Typeset, gap

SHA_NOTE = (
    "Each SHA-256 is of the file as it was attached. An image printed here was written again without"
    " its metadata (location, device, time), so its own bytes differ."
)
NOT_INCLUDED = (
    "The images are not printed: they can show who the reporter is, and go out only with the names."
)


def evidence_story(
    ts: Typeset,
    attachments: Sequence[Attachment],
    images: Mapping[UUID, CleanImage | None],
    *,
    width: float,
    height: float,
    with_images: bool,
) -> list[Flowable]:
    """The evidence section of one case; nothing when it has none."""
    if not attachments:
        return []
    out: list[Flowable] = [ts.para("Evidence", "h1"), ts.para(SHA_NOTE, "small")]
    if not with_images and any(a.is_image for a in attachments):
        out.append(ts.para(NOT_INCLUDED, "small"))
    rows = [
        [a.name, a.kind, size_text(a.size), _status(a, with_images, images), a.sha256] for a in attachments
    ]
    out.append(
        ts.table(
            ["Name", "Type", "Size", "Kept", "SHA-256"],
            rows,
            [width * 0.24, width * 0.13, width * 0.1, width * 0.18, width * 0.35],
        )
    )
    if not with_images:
        return out
    for attachment in attachments:
        if attachment.id not in images:
            continue
        image = images[attachment.id]
        caption = ts.para(f"{attachment.name} · {attachment.kind} · {size_text(attachment.size)}", "h2")
        if image is None:
            out += [caption, ts.para("This image could not be read, so it is listed only.", "small")]
            continue
        out.append(KeepTogether([caption, _fitted(image, width, height - 20 * mm), gap()]))
    return out


def _status(attachment: Attachment, with_images: bool, images: Mapping[UUID, CleanImage | None]) -> str:
    """What became of the file here; an image is "printed below" only when it was read."""
    if attachment.removed:
        return "removed; the file was deleted"
    if attachment.is_image:
        if not with_images:
            return "not printed"
        return "printed below" if images.get(attachment.id) is not None else "could not be read; listed"
    return "listed, not embedded"


def _fitted(image: CleanImage, width: float, height: float) -> Image:
    """The image scaled down (never up beyond its own size at 96 dpi) to fit ``width`` x ``height``."""
    natural_w, natural_h = image.width * 0.75, image.height * 0.75  # pixels at 96 dpi, in points
    scale = min(1.0, width / natural_w, height / natural_h)
    return Image(io.BytesIO(image.data), width=natural_w * scale, height=natural_h * scale)
