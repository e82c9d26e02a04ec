"""The failures a front end may meet, each with the one sentence to show (``str(error)``)."""

from cocdesk.vault.cases import CaseNotFound
from cocdesk.vault.errors import (
    DamagedVault,
    DiskFull,
    InvalidEdit,
    NewerVault,
    NotAllowed,
    NotAVault,
    ReadOnlyLocation,
    TooManyAttempts,
    UnknownMember,
    VaultError,
    VaultExists,
    VaultInUse,
    VaultMissing,
    WrongPassphrase,
)

__all__ = [
    "CaseNotFound",
    "DamagedVault",
    "DiskFull",
    "InvalidEdit",
    "NewerVault",
    "NotAVault",
    "NotAllowed",
    "ReadOnlyLocation",
    "TooManyAttempts",
    "UnknownMember",
    "VaultError",
    "VaultExists",
    "VaultInUse",
    "VaultMissing",
    "WrongPassphrase",
]
