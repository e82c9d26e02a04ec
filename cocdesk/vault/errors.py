"""Everything that can go wrong with a vault, each with one sentence that says what to do."""

from __future__ import annotations

from pathlib import Path

from cocdesk.domain.text import quoted


def seconds(value: float) -> str:
    """A wait as a person says it: "1 second", "8 seconds"."""
    whole = round(value)
    return f"{whole} second{'' if whole == 1 else 's'}"


class VaultError(Exception):
    """Base of every vault failure. ``str(error)`` is the sentence to show; the vault stays intact."""


class WrongPassphrase(VaultError):
    def __init__(self, retry_after: float = 0.0) -> None:
        self.retry_after = retry_after
        wait = f" Wait {seconds(retry_after)} before the next try." if retry_after >= 1 else ""
        super().__init__(f"That passphrase does not open this vault.{wait}")


class TooManyAttempts(VaultError):
    def __init__(self, retry_after: float) -> None:
        self.retry_after = retry_after
        super().__init__(
            f"Too many wrong passphrases for this member. Wait {seconds(retry_after)}, then try again."
        )


class UnknownMember(VaultError):
    def __init__(self, name: str) -> None:
        super().__init__(
            f"'{quoted(name)}' is not a member of this vault. Check the spelling, or ask the CoC team lead."
        )


class VaultMissing(VaultError):
    def __init__(self, path: str) -> None:
        super().__init__(f"There is no vault at {path}. Check the path, or create a vault there.")


class NotAVault(VaultError):
    def __init__(self, path: str) -> None:
        super().__init__(
            f"{path} is not a CoC Desk vault. Choose the vault file (its key file sits beside it)."
        )


class DamagedVault(VaultError):
    def __init__(self, path: str, detail: str = "") -> None:
        more = f" ({detail})" if detail else ""
        super().__init__(
            f"The vault at {path} is damaged{more}. Nothing was changed; open your latest backup instead."
        )


class NewerVault(VaultError):
    def __init__(self, path: str, version: int, supported: int) -> None:
        super().__init__(
            f"The vault at {path} was made by a newer CoC Desk (format {version}; this one reads up to"
            f" {supported}). Nothing was changed; open it with the newer CoC Desk."
        )


class VaultInUse(VaultError):
    def __init__(self, path: str, holder: str) -> None:
        super().__init__(
            f"The vault {path} is already open in another copy of CoC Desk{holder}. Close it there first."
        )


class DiskFull(VaultError):
    def __init__(self, opening: bool = False) -> None:
        if opening:
            super().__init__(
                "The disk is full, so the vault cannot be opened. Free some space and try again."
            )
        else:
            super().__init__(
                "The disk is full, so the last change was not saved. Free some space and try again."
            )


class ReadOnlyLocation(VaultError):
    def __init__(self, path: str) -> None:
        super().__init__(f"CoC Desk cannot write to {path}. Choose a folder you may write to.")


class NoPlaceForVault(VaultError):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"A vault cannot be made at {path}: {reason}. Choose another place for it.")


class NotAllowed(VaultError):
    def __init__(self, what: str, role: str = "") -> None:
        self.what = what
        if role:
            super().__init__(f"Signed in as {role}, you may not {what}. Ask a member whose role may.")
        else:
            super().__init__(f"Only the CoC team lead may {what}.")


class VaultExists(VaultError):
    def __init__(self, path: str, beside: str = "") -> None:
        if beside:
            super().__init__(
                f"There is a file {beside} where the vault {Path(path).name} would keep one of its own."
                " Nothing was written; choose another name."
            )
        else:
            super().__init__(f"There is already a vault at {path}. Open it, or choose another name.")


class InvalidEdit(VaultError):
    """An edit that the case model or the procedure refuses; nothing of it was written."""


class IdentityWithheld(NotAllowed):
    """A write that would change what identifies a reporter, by a member without the identity key."""

    def __init__(self) -> None:
        self.what = "change what identifies the reporter"
        VaultError.__init__(self, "Only the CoC team may change what identifies the reporter.")


class KeyFileChanged(VaultError):
    """The key file's seal does not hold: someone without the database key changed it."""

    def __init__(self, path: str, changes: list[str]) -> None:
        self.changes = changes
        listed = "; ".join(changes[:3]) + (f"; and {len(changes) - 3} more" if len(changes) > 3 else "")
        super().__init__(
            f"The key file {Path(path).name} was changed outside CoC Desk ({listed}), so the vault was not"
            " opened. The CoC team lead can put it right with `cocdesk vault repair-keys`, or open your"
            " latest backup."
        )


class KeyFileDamaged(VaultError):
    def __init__(self, path: str, detail: str) -> None:
        super().__init__(
            f"The key file {path} is damaged ({detail}). Nothing was changed; put back the key file from"
            " your latest backup."
        )


class KeysOfAnotherVault(VaultError):
    def __init__(self, path: str) -> None:
        super().__init__(
            f"The key file beside {path} belongs to another vault (or the database was replaced)."
            " Nothing was changed; put the vault's own key file beside it."
        )


class LockLost(VaultError):
    def __init__(self, path: str) -> None:
        super().__init__(
            f"The lock file of {Path(path).name} was removed while the vault was open here, so another copy"
            " of CoC Desk may have it open too. Nothing was changed; close the vault and unlock it again."
        )
