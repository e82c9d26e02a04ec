"""Evidence at the desk: attach a file to a case, remove one (recorded, never silent), list them and
open one, each under the policy.

A file is identity: it can show who the reporter is as plainly as their name. So its bytes are
sealed under the identity key, and a role without identity access sees the list (type, size,
SHA-256, who attached it and when) under a neutral label, never the file's name or the file.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING
from uuid import UUID

from cocdesk.desk import policy
from cocdesk.desk.case_checks import valid
from cocdesk.desk.policy import Act, Read
from cocdesk.domain.case import Case
from cocdesk.domain.common import now
from cocdesk.domain.evidence import (
    LIMIT_TEXT,
    MOST_BYTES,
    OPAQUE,
    Attached,
    Attachment,
    attachment_name,
    neutral_label,
    size_text,
    sniff,
    withheld_attachments,
)
from cocdesk.domain.text import quoted
from cocdesk.imaging import CleanImage, NotAnImage, stripped
from cocdesk.small_files import NOT_REGULAR, TooLarge, read_at_most
from cocdesk.vault import InvalidEdit, NotAllowed
from cocdesk.vault.cases import CaseRef
from cocdesk.vault.records import REASON_AT, REASON_PART
from cocdesk.vault.writes import CaseWrites

if TYPE_CHECKING:
    from cocdesk.desk.desk import Desk


class EvidenceWithheld(NotAllowed):
    """A role without identity access asked for an attached file."""

    def __init__(self, role: str) -> None:
        self.what = "open evidence"
        Exception.__init__(
            self,
            f"Evidence is identity: signed in as {role}, you see it listed, not shown."
            " Ask a member of the CoC team to look at it.",
        )


def too_large(name: str, size: int) -> str:
    """The sentence said when a file passes the limit."""
    return (
        f"“{quoted(name)}” is {_over(size)}, larger than the {LIMIT_TEXT} a file can be:"
        " attach a smaller copy (a screenshot, or the pages that matter)."
    )


def _over(size: int) -> str:
    """A size over the limit that never reads as one kept: "25.0 MB" is both, so in bytes then."""
    shown = size_text(size)
    return f"{size:,} bytes" if shown == size_text(MOST_BYTES) else shown


def read_evidence(path: str) -> tuple[str, bytes]:
    """The file at ``path`` as (the name it is listed under, its bytes), for the command line and
    the window alike; InvalidEdit with one sentence when it cannot be attached. Nothing but a regular
    file is opened (a pipe or a device is refused before), and no more than the limit is read."""
    name = attachment_name(path)
    try:
        found = os.stat(path)
        if stat.S_ISREG(found.st_mode) and found.st_size > MOST_BYTES:
            raise InvalidEdit(too_large(name, found.st_size))
        data = read_at_most(path, MOST_BYTES)
    except TooLarge as refused:
        if str(refused) == NOT_REGULAR:
            raise InvalidEdit(f"“{quoted(name)}” cannot be attached: {refused}.") from None
        raise InvalidEdit(too_large(name, MOST_BYTES + 1)) from None
    except OSError as error:
        raise InvalidEdit(f"“{quoted(name)}” cannot be read: {error.strerror or error}.") from None
    return name, data


def opaque_warning(name: str) -> str:
    return (
        f"“{quoted(name)}” is not an image or a PDF the station can show: it is kept as a file, listed"
        " with its size and SHA-256, and never opened here."
    )


class EvidenceActs:
    """The evidence half of the desk. ``Desk`` supplies the vault, the member and the policy."""

    def _desk(self) -> Desk:
        return self  # type: ignore[return-value]

    def attach(self, ref: CaseRef, name: str, data: bytes) -> Attached:
        """Keep ``data`` with the case, sealed; what was attached and, for a file the station cannot
        show, the sentence to say."""
        desk = self._desk()
        desk.require(Act.ATTACH)
        name = attachment_name(name)
        if len(data) > MOST_BYTES:
            raise InvalidEdit(too_large(name, len(data)))
        if not data:
            raise InvalidEdit(f"“{quoted(name)}” is empty: there is nothing to attach.")
        case = desk._whole(desk.resolve(ref))
        media_type = sniff(data)
        attachment = Attachment(
            name=name,
            media_type=media_type,
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            by=desk.member.name,
            at=now(),
            viewable=media_type != OPAQUE,
        )
        after = valid(lambda: case.model_copy(update={"attachments": [*case.attachments, attachment]}))

        def write(w: CaseWrites) -> None:
            _put(w, after)
            w.evidence(str(case.id), str(attachment.id), data)

        what = f"Attached {_a(attachment.kind)} ({size_text(attachment.size)})"
        desk.vault.write(
            case.id,
            "case.evidence.attach",
            what,
            write,
            attachment=str(attachment.id),
            sha256=attachment.sha256,
        )
        warning = opaque_warning(name) if media_type == OPAQUE else ""
        return Attached(attachment=attachment, warning=warning)

    def remove_attachment(self, ref: CaseRef, attachment_id: UUID | str, reason: str = "") -> None:
        """Remove an attachment: its file is deleted; the listing stays, with who removed it, when
        and why, and the timeline says so."""
        desk = self._desk()
        desk.require(Act.REMOVE_EVIDENCE)
        case = desk._whole(desk.resolve(ref))
        index, found = _find(case, attachment_id)
        if found.removed:
            raise InvalidEdit("This attachment was removed already.")
        gone = found.model_copy(update={"removed_at": now(), "removed_by": desk.member.name})
        gone = valid(lambda: Attachment.model_validate({**gone.model_dump(), "reason": reason}))
        attachments = [*case.attachments]
        attachments[index] = gone
        after = case.model_copy(update={"attachments": attachments})

        def write(w: CaseWrites) -> None:
            _put(w, after)
            w.evidence(str(case.id), str(found.id), None)

        what = f"Removed {neutral_label(index + 1).lower()} ({found.kind}); its file is deleted"
        detail: dict[str, object] = {"attachment": str(found.id)}
        if gone.reason:
            detail |= {REASON_PART: "attachments", REASON_AT: found.at.isoformat()}
        desk.vault.write(case.id, "case.evidence.remove", what, write, **detail)

    def attachments(self, ref: CaseRef) -> list[Attachment]:
        """The case's attachments as this member may see them (names withheld without identity)."""
        return self._desk().case(ref, timeline=False).attachments

    def attachment_bytes(self, ref: CaseRef, attachment_id: UUID | str) -> bytes:
        """The attached file itself, for the station's own viewer; only for a role with identity,
        only a file the station shows, and never one removed."""
        desk = self._desk()
        desk.require(Read.CASES)
        if not desk.may(Read.IDENTITY):
            raise EvidenceWithheld(desk.role.label)
        case = desk._whole(desk.resolve(ref))
        _, found = _find(case, attachment_id)
        if found.removed:
            raise InvalidEdit("This attachment was removed: its file was deleted.")
        if not found.viewable:
            raise InvalidEdit(opaque_warning(found.name))
        return desk.vault.evidence(str(case.id), str(found.id))

    def export_images(self, cases: Sequence[Case]) -> Mapping[UUID, CleanImage | None]:
        """Each image still kept in ``cases``, stripped of its metadata, for an export: None for one
        that does not decode. Only for a role with identity (the caller checked the consent)."""
        desk = self._desk()
        if not policy.sees_identity(desk.role):
            return {}
        images: dict[UUID, CleanImage | None] = {}
        for case in cases:
            for attachment in case.attachments:
                if attachment.is_image and attachment.opens:
                    data = desk.vault.evidence(str(case.id), str(attachment.id))
                    try:
                        images[attachment.id] = stripped(data)
                    except NotAnImage:
                        images[attachment.id] = None
        return images


def _put(w: CaseWrites, case: Case) -> None:
    w.part(str(case.id), "attachments", case.attachments, withheld_attachments(case.attachments))


def _find(case: Case, attachment_id: UUID | str) -> tuple[int, Attachment]:
    for index, attachment in enumerate(case.attachments):
        if str(attachment.id) == str(attachment_id):
            return index, attachment
    raise InvalidEdit(f"Case {case.code} has no such attachment.")


def _a(kind: str) -> str:
    return ("an " if kind[:1].lower() in "aeiou" else "a ") + kind
