"""Documents that leave the desk on purpose: filing, exports, the transparency report, JSON, prints.

Every file is written whole or not at all (a temporary file renamed into place) and only its owner may
read it; every save or print is recorded with who, when and the file's SHA-256.

Filing is two things that must happen together: the export written for the Safety and Diversity
Officer and the case marked filed. The desk first notes its intent (the path and the digest) in the
vault, then writes the file, then records the filing and drops the note in one transaction. A crash
after the note is finished at the next unlock: the filing completes when the file is there with that
digest, and is dropped (file and all) when it is not; so a case is either exported and filed, or
neither.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cocdesk import paper
from cocdesk.desk import policy
from cocdesk.desk.action_links import refuse_unlinked
from cocdesk.desk.case_checks import checked_import
from cocdesk.desk.holds import imported_hold
from cocdesk.desk.person_codes import fresh_codes
from cocdesk.desk.policy import Act
from cocdesk.domain.access import FILED
from cocdesk.domain.case import Case, CaseStatus, Communication, Recipient
from cocdesk.domain.common import now
from cocdesk.flow.deadlines import after_step
from cocdesk.flow.requirements import missing
from cocdesk.identity.rendition import withheld, withheld_header, withheld_part
from cocdesk.identity.team import team_in
from cocdesk.outputs import check_output_path
from cocdesk.private_files import partial_copies, write_owner_only
from cocdesk.procedure.model import Part
from cocdesk.vault import InvalidEdit
from cocdesk.vault.cases import CaseRef
from cocdesk.vault.files import shred
from cocdesk.vault.writes import CaseWrites

if TYPE_CHECKING:
    from cocdesk.desk.desk import Desk

FILING_NOTE = "filing:"
EXPORTED_HOW = "PDF export for the Safety and Diversity Officer"


class Documents:
    """The documents half of the desk. ``Desk`` supplies the vault and the policy."""

    def _desk(self) -> Desk:
        return self  # type: ignore[return-value]

    # saving and printing

    def save_document(
        self,
        document: paper.Document,
        path: str | os.PathLike[str],
        action: str,
        what: str,
        case_id: str | None = None,
    ) -> str:
        """Write ``document`` to ``path`` (owner-only, whole or not at all) and record it; its SHA-256."""
        desk = self._desk()
        desk.require(Act.PRINT)
        refuse_vault_files(desk, path)
        digest = document.save(os.fspath(path))
        if case_id is not None:  # the audit log never holds a name, whatever the front end said
            hide = desk._hide(desk.resolve(case_id))
            what, name = hide(what), hide(os.path.basename(path))
        else:
            name = os.path.basename(path)
        desk.vault.record(action, what, case_id, sha256=digest, pages=document.pages, file=name)
        return digest

    def record_delivery(self, action: str, what: str, case_id: str | None = None, **detail: Any) -> None:
        """A print or a copy made outside the desk (a print dialog, the clipboard), recorded."""
        desk = self._desk()
        desk.require(Act.PRINT)
        if case_id is not None:
            hide = desk._hide(desk.resolve(case_id))
            what = hide(what)
            detail = {k: hide(v) if isinstance(v, str) else v for k, v in detail.items()}
        desk.vault.record(action, what, case_id, **detail)

    def filled_report(self, ref: CaseRef) -> paper.Document:
        """The filled report form of a case, as this member may see it, for printing."""
        desk = self._desk()
        case = desk.case(ref)
        desk.require_answerable(case)
        return paper.filled_report(desk.procedure, desk.event, case)

    # filing

    def file_report(self, ref: CaseRef, path: str | os.PathLike[str], *, with_names: bool = False) -> str:
        """Export the case for the Safety and Diversity Officer and mark it filed; its SHA-256."""
        desk = self._desk()
        desk.require(Act.FILE)
        refuse_vault_files(desk, path)
        case = desk._whole(desk.resolve(ref), timeline=True)
        step = desk.procedure.step_with_part(Part.FILING)
        if step is None:
            raise InvalidEdit("this procedure has no filing step")
        gaps = [g for g in missing(step, _with_filing(case, desk.member.name, "")) if g]
        if gaps:
            raise InvalidEdit("this step still needs: " + "; ".join(gaps))
        document = self._officer_document([case], with_names=with_names)
        target = str(Path(path).absolute())
        note: dict[str, Any] = {
            "path": target,
            "sha256": document.sha256,
            "pages": document.pages,
            "with_names": with_names,
            "member": desk.member.name,
        }
        key = FILING_NOTE + str(case.id)
        desk.vault.write(case.id, "case.filing.begun", "Began filing the report", lambda w: w.note(key, note))
        try:
            document.save(target)
        except BaseException:
            desk.vault.write(case.id, "case.filing.dropped", "Filing stopped", lambda w: w.note(key, None))
            raise
        self._finish_filing(str(case.id), note)
        return document.sha256

    def _finish_filing(self, case_id: str, note: dict[str, Any]) -> None:
        desk = self._desk()
        step = desk.procedure.step_with_part(Part.FILING)
        assert step is not None
        names = "with names" if note["with_names"] else "names withheld"
        what = f"Filed the report with the Safety and Diversity Officer ({names})"

        def write(w: CaseWrites) -> None:
            case = w.case(case_id)
            assert case is not None
            at = now()
            filed = _with_filing(case, note["member"], f"{names}; SHA-256 {note['sha256']}")
            deadlines = after_step(desk.procedure, case.deadlines, step.id, at)
            status = CaseStatus.CLOSED if case.status == CaseStatus.CLOSED else CaseStatus.FILED
            after = filed.model_copy(update={"deadlines": deadlines, "status": status})
            team = desk._member_names()
            w.part(
                case_id,
                "communications",
                after.communications,
                withheld_part(after, "communications", team=team),
            )
            w.step(case_id, step.id, at, note["member"])
            w.part(case_id, "deadlines", deadlines)
            w.header(after, withheld_header(after, team=team))
            w.note(FILING_NOTE + case_id, None)

        desk.vault.write(
            case_id,
            "case.export",
            what,
            write,
            sha256=note["sha256"],
            pages=note["pages"],
            file=os.path.basename(note["path"]),
        )

    def _finish_interrupted_filings(self) -> None:
        """Complete each filing whose file was written whole; drop each whose file was not."""
        desk = self._desk()
        for key, note in desk.vault.notes(FILING_NOTE).items():
            case_id = key.removeprefix(FILING_NOTE)
            target = Path(note["path"])
            if target.is_file() and _sha256(target) == note["sha256"]:
                self._finish_filing(case_id, note)
            else:
                self._drop_filing(case_id, key)
            for partial in partial_copies(target):  # the export, cut short before it was renamed
                shred(partial)

    def _drop_filing(self, case_id: str, key: str) -> None:
        self._desk().vault.write(
            case_id,
            "case.filing.dropped",
            "A filing cut short before its file was written was dropped",
            lambda w: w.note(key, None),
        )

    # exports

    def officer_export(
        self, path: str | os.PathLike[str], refs: Sequence[CaseRef] | None = None, *, with_names: bool = False
    ) -> str:
        """The Officer's export of ``refs`` (every filed or closed case by default); its SHA-256."""
        desk = self._desk()
        desk.require(Act.EXPORT)
        chosen = refs if refs is not None else [s.id for s in self.filed_cases()]
        cases = [desk._whole(desk.resolve(ref), timeline=True) for ref in chosen]
        if not cases:
            raise InvalidEdit("there is no filed case to export")
        document = self._officer_document(cases, with_names=with_names)
        names = " with names" if with_names else ""
        what = (
            f"Exported case {cases[0].code} for the Officer{names}"
            if len(cases) == 1
            else f"Exported {len(cases)} cases for the Officer{names}"
        )
        return self.save_document(
            document, path, "case.export", what, str(cases[0].id) if len(cases) == 1 else None
        )

    def _officer_document(self, cases: list[Case], *, with_names: bool) -> paper.Document:
        desk = self._desk()
        for case in cases:
            desk.require_answerable(case)
        recipient = Recipient.SAFETY_OFFICER
        if with_names:
            desk.require(Act.EXPORT_WITH_NAMES)
            refusal = policy.names_in_export(desk.role, [c.consent for c in cases], recipient)
            if refusal is not None:
                raise InvalidEdit(refusal)
        shown = cases if with_names else [withheld(c, desk.procedure, team=desk._team_for(c)) for c in cases]
        images = desk.export_images(cases) if with_names else {}  # evidence goes where names may
        return paper.officer_export(
            desk.procedure, desk.event, shown, exporter=desk.member, with_names=with_names, images=images
        )

    def filed_cases(self) -> list[Case]:
        """The filed and closed cases this member is shown, oldest first, as they may see them."""
        desk = self._desk()
        summaries = sorted((s for s in desk.cases() if s.status in FILED), key=lambda s: s.received_at)
        return [desk.case(s.id) for s in summaries]

    def transparency_report(
        self,
        path: str | os.PathLike[str],
        markdown: str | os.PathLike[str] | None = None,
        *,
        final: bool = True,
    ) -> list[tuple[Path, str]]:
        """The public transparency report as a PDF (and Markdown if asked); each path with its SHA-256.

        ``final`` at the close; else the draft for the closing ceremony, as of now."""
        desk = self._desk()
        desk.require(Act.TRANSPARENCY)
        refuse_vault_files(desk, path)
        if markdown is not None:
            refuse_vault_files(desk, markdown)
        # counts over every case, whatever the role is shown: the report names no one
        cases = [desk.vault.case(s.id, timeline=False) for s in desk.vault.list_cases()]
        at, draft = now(), "" if final else " (draft for the closing ceremony)"
        document = paper.transparency_report(desk.procedure, desk.event, cases, final=final, at=at)
        saved = [
            (
                Path(path),
                self.save_document(
                    document, path, "report.transparency", f"Saved the transparency report{draft}"
                ),
            )
        ]
        if markdown is not None:
            text = paper.transparency_markdown(desk.procedure, desk.event, cases, final=final, at=at)
            digest = write_owner_only(Path(markdown), text.encode("utf-8"))
            desk.vault.record(
                "report.transparency",
                f"Saved the transparency report{draft} as Markdown",
                sha256=digest,
                file=os.path.basename(markdown),
            )
            saved.append((Path(markdown), digest))
        _release(cases)
        return saved

    def export_case_json(self, ref: CaseRef) -> str:
        """The case as JSON, as this member may see it; the export is recorded."""
        desk = self._desk()
        desk.require(Act.EXPORT_JSON)
        case = desk.case(ref)
        text = desk.case_json(case)
        withheld = "" if desk.sees_identity else " without the reporter's and witnesses' names"
        desk.vault.record(
            "case.export",
            f"Exported case {case.code} as JSON{withheld}",
            str(case.id),
            format="json",
            sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        )
        return text

    def import_case(self, case: Case) -> Case:
        desk = self._desk()
        desk.require(Act.IMPORT)
        refuse_unlinked(case)
        case = checked_import(desk, case)
        held = imported_hold(desk, case)
        case = case.model_copy(update={"people": fresh_codes(case.people)})
        shown = withheld(case, desk.procedure, team=desk._member_names())
        stored = desk.vault.import_case(case, shown, what="Case imported" + held)
        whole = desk.vault.case(stored.id, timeline=False)
        if desk.vault.identity_key is not None and team_in(whole, desk._member_names()).named:
            what = "Recorded which members the case withholds"
            desk.vault.write(
                stored.id, "case.sealed", what, lambda w: desk._keep_team(w, whole, desk._member_names())
            )
        return desk.case(stored.id)


def _release(cases: list[Case], slice_size: int = 250) -> None:
    """Free many cases a slice at a time: freeing ten thousand at once holds the interpreter for
    over a hundred milliseconds, and a window painting in another thread would stall."""
    while cases:
        del cases[-slice_size:]


def _with_filing(case: Case, by: str, summary: str) -> Case:
    filed = Communication(kind="filing", by=by, how=EXPORTED_HOW, summary=summary, at=now())
    return case.model_copy(update={"communications": [*case.communications, filed]})


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as source:
        for block in iter(lambda: source.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def refuse_vault_files(desk: Desk, path: str | os.PathLike[str]) -> None:
    """A document never goes over the vault's own files."""
    check_output_path(path, force=True)  # the front end asked before replacing any other file
