"""Evidence through the desk: attached, listed, opened, refused, removed, and what each role sees.

The team (Łukasz, Зоя) attach and open files; the Event Lead Organiser (李明) and the Officer
(Ελένη) see the list (type, size, SHA-256) under a neutral label and can open nothing.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from cocdesk.desk import Desk, InvalidEdit, NotAllowed
from cocdesk.domain import CaseStatus
from tests.evidence_samples import (
    GIF_NAME,
    JPEG_NAME,
    OPAQUE,
    PDF_NAME,
    PNG,
    PNG_NAME,
    gif,
    jpeg_with_gps,
    pdf,
)
from tests.station_vaults import EVENT_LEAD, OFFICER, ZOYA, create_team_vault, desk_as

NAMES = (PNG_NAME, JPEG_NAME, PDF_NAME, GIF_NAME)


@pytest.fixture
def station(tmp_path: Path) -> tuple[Path, str]:
    path = create_team_vault(tmp_path / "summit.cocdesk")
    with desk_as(path) as desk:
        code = next(s.code for s in desk.cases() if s.title == "Messages after the keynote")  # filed
        desk.attach(code, PNG_NAME, PNG)
        desk.attach(code, JPEG_NAME, jpeg_with_gps())
        desk.attach(code, PDF_NAME, pdf())
        desk.attach(code, GIF_NAME, gif())
    return path, code


def test_each_file_is_listed_with_its_type_size_and_sha256_and_opens_for_the_team(
    station: tuple[Path, str],
) -> None:
    path, code = station
    with desk_as(path, ZOYA) as desk:
        listed = desk.attachments(code)
        assert [a.name for a in listed] == list(NAMES)
        assert [a.kind for a in listed] == ["PNG image", "JPEG image", "PDF document", "GIF image"]
        assert all(a.viewable and a.opens for a in listed)
        assert listed[0].size == len(PNG) and listed[0].sha256 == hashlib.sha256(PNG).hexdigest()
        assert listed[0].by == "Łukasz Wiśniewski"
        assert desk.attachment_bytes(code, listed[0].id) == PNG
        assert desk.attachment_bytes(code, listed[2].id).startswith(b"%PDF-")
        timeline = [e.what for e in desk.case(code).timeline]
        assert "Attached a PNG image (9.3 KB)" in timeline  # its size, never its name
        assert not any(name in " ".join(timeline) for name in NAMES)


def test_the_type_is_told_from_the_bytes_not_the_name(station: tuple[Path, str]) -> None:
    path, code = station
    with desk_as(path) as desk:
        disguised = desk.attach(code, "José-holiday.png", OPAQUE)  # a zip named like a picture
        assert disguised.attachment.media_type == "application/octet-stream"
        assert not disguised.attachment.viewable
        assert disguised.warning == (
            "“José-holiday.png” is not an image or a PDF the station can show: it is kept as a file,"
            " listed with its size and SHA-256, and never opened here."
        )
        with pytest.raises(InvalidEdit, match="never opened here"):
            desk.attachment_bytes(code, disguised.attachment.id)
        photo = desk.attach(code, "scan.pdf", PNG)
        assert photo.attachment.media_type == "image/png" and photo.warning == ""


def test_a_file_over_the_limit_is_refused_in_one_sentence_and_nothing_is_kept(
    station: tuple[Path, str],
) -> None:
    path, code = station
    with desk_as(path) as desk:
        before = desk.case(code)
        with pytest.raises(InvalidEdit) as refused:
            desk.attach(code, "Зоя-video.png", PNG + bytes(26_200_000))
        assert str(refused.value) == (
            "“Зоя-video.png” is 26.2 MB, larger than the 25 MB a file can be: attach a smaller copy"
            " (a screenshot, or the pages that matter)."
        )
        after = desk.case(code)
        assert after.attachments == before.attachments and len(after.timeline) == len(before.timeline)
        with pytest.raises(InvalidEdit, match="empty"):
            desk.attach(code, "李.png", b"")


def test_removing_is_recorded_in_the_timeline_and_audit_and_the_file_is_gone(
    station: tuple[Path, str],
) -> None:
    path, code = station
    with desk_as(path) as desk:
        png = desk.attachments(code)[0]
        case_id = str(desk.resolve(code))
        assert desk.vault.evidence_kept(case_id) >= {str(png.id)}
        desk.remove_attachment(code, png.id, "Зоя attached the wrong screenshot")
        kept = desk.attachments(code)[0]
        assert kept.removed and kept.removed_by == "Łukasz Wiśniewski" and kept.name == PNG_NAME
        assert kept.reason == "Зоя attached the wrong screenshot"
        assert str(png.id) not in desk.vault.evidence_kept(case_id)
        rows = desk.vault._connection.execute(
            "SELECT count(*) FROM evidence WHERE id = ?", (str(png.id),)
        ).fetchone()
        assert rows[0] == 0
        with pytest.raises(InvalidEdit, match="removed"):
            desk.attachment_bytes(code, png.id)
        with pytest.raises(InvalidEdit, match="removed already"):
            desk.remove_attachment(code, png.id)
        entry = desk.case(code).timeline[-1]
        assert entry.what == (
            "Removed attachment 1 (PNG image); its file is deleted: Зоя attached the wrong screenshot"
        )
        audit = desk.vault._connection.execute(
            "SELECT action, detail FROM audit ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        assert audit[0] == "case.evidence.remove"
        assert "Зоя" not in audit[1] and PNG_NAME not in audit[1]  # the log holds no typed word
        assert json.loads(audit[1])["attachment"] == str(png.id)


@pytest.mark.parametrize("member", [EVENT_LEAD, OFFICER])
def test_a_role_without_identity_sees_the_list_but_not_the_names_or_the_files(
    station: tuple[Path, str], member: str
) -> None:
    path, code = station
    with desk_as(path) as lead:
        full = lead.attachments(code)
        lead.remove_attachment(code, full[1].id, "Ana Núñez-Øby asked to take the photo back")
    with desk_as(path, member) as desk:
        listed = desk.attachments(code)
        assert [a.name for a in listed] == ["Attachment 1", "Attachment 2", "Attachment 3", "Attachment 4"]
        assert [(a.kind, a.size, a.sha256) for a in listed] == [(a.kind, a.size, a.sha256) for a in full]
        case = desk.case(code)
        text = case.model_dump_json() + desk.export_case_json(code)
        assert not any(name in text for name in NAMES)
        assert "Ana" not in text and listed[1].reason == "(withheld)"
        with pytest.raises(NotAllowed) as refused:
            desk.attachment_bytes(code, full[0].id)
        assert str(refused.value).startswith("Evidence is identity:")
        with pytest.raises(NotAllowed):
            desk.attach(code, PNG_NAME, PNG)
        # the database key alone opens nothing: the file is sealed under the identity key
        body = desk.vault._connection.execute(
            "SELECT body FROM evidence WHERE id = ?", (str(full[0].id),)
        ).fetchone()[0]
        assert PNG not in bytes(body)
        assert desk.case(code).status == CaseStatus.FILED


def test_the_files_survive_an_identity_key_rotation(station: tuple[Path, str]) -> None:
    path, code = station
    with desk_as(path) as desk:
        desk.remove_member(ZOYA)  # she loses the identity key: every sealed piece is sealed again
    with desk_as(path) as desk:
        assert desk.attachment_bytes(code, desk.attachments(code)[0].id) == PNG


def test_a_new_desk_without_evidence_lists_none(tmp_path: Path) -> None:
    path = create_team_vault(tmp_path / "v.cocdesk", with_cases=False)
    with Desk.open(path, "Łukasz Wiśniewski", "żółta łódź płynie nocą") as desk:
        case = desk.take_report(title="Nothing brought")
        assert desk.attachments(case.code) == []


def test_a_case_written_again_whole_keeps_its_evidence(station: tuple[Path, str]) -> None:
    """Acts that write a whole case again (a member joining whom the case names, a new rendition at
    unlock, an import) must never drop the files kept beside it."""
    from cocdesk.domain import Party, Person, Role

    path, code = station
    with desk_as(path) as desk:
        people = [Person(party=Party.REPORTER, name="José Álvarez"), *desk.case(code).people]
        desk.set_part(code, "people", people)
        desk.add_member("José Álvarez", Role.RESPONDER, "a long passphrase for José, 2026")  # re-renders
        desk._render_again()  # as the first unlock after a newer matcher does
    with desk_as(path) as desk:
        listed = desk.attachments(code)
        assert [a.name for a in listed] == list(NAMES)
        assert desk.attachment_bytes(code, listed[0].id) == PNG
