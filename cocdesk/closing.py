"""Closing the event: the handover, the last documents, and the vault's crypto-erase.

The CoC team lead walks through it in order. Every case not yet filed or closed is finished or left
with a reason; the Safety and Diversity Officer's export of the filed cases and the transparency
report are saved where the team chose, each recorded with its SHA-256; then, once the event's name is
typed exactly, the vault is destroyed. Reports are not passed on to successive teams.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from cocdesk.desk import Act, CaseSummary, Desk, VaultError
from cocdesk.domain.access import FILED
from cocdesk.domain.case import Case
from cocdesk.paths import default_vault_path
from cocdesk.vault.cases import CaseRef

LEFT_UNFINISHED = "case.left_unfinished"
OFFICER_EXPORT = "case.export"
TRANSPARENCY = "report.transparency"
"""The audit log's actions for the handover, as the desk records them."""


class ClosingNotReady(VaultError):
    """Destroying the vault was asked for before the handover was done; the sentence says what is left."""


@dataclass
class Saved:
    """A document the team chose to keep, where it went and its SHA-256 (as in the audit log)."""

    what: str
    path: Path
    sha256: str


@dataclass
class Closing:
    """One walk through the end of the event, by the CoC team lead, on an open desk.

    ``desk`` may be replaced by the same lead's desk opened again (after a lock); the walk carries on.
    """

    desk: Desk
    saved: list[Saved] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.desk.require(Act.CLOSE_EVENT)

    # the handover

    def unfinished(self) -> list[CaseSummary]:
        """The cases not yet filed or closed, oldest first: each must be finished or left with a reason."""
        pending = [s for s in self.desk.cases() if s.status not in FILED]
        return sorted(pending, key=lambda s: s.received_at)

    def leave_unfinished(self, ref: CaseRef, reason: str) -> Case:
        """Close a case as it stands, with the team's reason in its audit log (and so in its timeline)."""
        return self.desk.leave_unfinished(ref, reason)

    # the last documents

    def filed_cases(self) -> list[Case]:
        return self.desk.filed_cases()

    def save_officer_export(self, path: str | os.PathLike[str], *, with_names: bool = False) -> Saved | None:
        """The Officer's export of every filed or closed case; None when no case was ever filed.

        With names only when the reporter of every case agreed that the Officer may know who they are."""
        if not self.filed_cases():
            return None
        digest = self.desk.officer_export(path, with_names=with_names)
        return self._keep("Safety and Diversity Officer export", path, digest)

    def save_transparency_report(
        self, path: str | os.PathLike[str], markdown: str | os.PathLike[str] | None = None
    ) -> list[Saved]:
        """The final public transparency report over every case, as a PDF and, if asked, as Markdown."""
        written = self.desk.transparency_report(path, markdown)
        kinds = ["Transparency report", "Transparency report (Markdown)"]
        return [
            self._keep(kind, saved, digest) for kind, (saved, digest) in zip(kinds, written, strict=False)
        ]

    def _keep(self, what: str, path: str | os.PathLike[str], digest: str) -> Saved:
        done = Saved(what, Path(path).absolute(), digest)
        self.saved = [s for s in self.saved if s.path != done.path] + [done]
        return done

    # the end

    def still_to_do(self) -> list[str]:
        """What stands between the team and destroying the vault, as sentences; empty when ready."""
        left: list[str] = []
        pending = self.unfinished()
        if pending:
            codes = ", ".join(s.code for s in pending)
            left.append(f"Finish or leave with a reason: {codes}.")
        kinds = {s.what for s in self.saved}
        if "Safety and Diversity Officer export" not in kinds and self.filed_cases():
            left.append("Save the Safety and Diversity Officer's export of the filed cases.")
        if "Transparency report" not in kinds:
            left.append("Save the transparency report.")
        return left

    def destroy(self, typed_name: str) -> str:
        """Crypto-erase the vault once the event's name is typed exactly; the sentence to show after."""
        name = self.desk.event.name
        left = self.still_to_do()
        if left:
            raise ClosingNotReady(f"The event cannot be closed yet. {' '.join(left)}")
        if typed_name.strip() != name:
            raise ClosingNotReady(f"Type the event's name exactly as it is, “{name}”, to destroy its vault.")
        folder = self.desk.path.parent
        backups = self.desk.destroy()
        if folder == default_vault_path().parent:
            with contextlib.suppress(OSError):
                folder.rmdir()  # only when empty: the app's own data folder, nothing else of the user's
        kept = f" The {len(self.saved)} documents you saved are kept." if self.saved else ""
        left_over = ""
        if backups:
            listed = ", ".join(str(path) for path in backups)
            left_over = (
                f" The backups made of it still exist and open with the team's passphrases: {listed}."
                " Destroy them too (`cocdesk vault destroy PATH` for each)."
            )
        return (
            f"{name} is closed. Its vault was destroyed: its key slots and database were overwritten and "
            f"removed, and no one can read its reports again.{kept}{left_over}"
        )
