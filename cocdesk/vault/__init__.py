"""The encrypted vault: one SQLCipher database per event, opened by each member's own passphrase."""

from cocdesk.vault.cases import CaseNotFound
from cocdesk.vault.errors import (
    DamagedVault,
    DiskFull,
    IdentityWithheld,
    InvalidEdit,
    KeyFileChanged,
    KeyFileDamaged,
    KeysOfAnotherVault,
    LockLost,
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
from cocdesk.vault.files import VaultFiles
from cocdesk.vault.keyslots import KdfParams, calibrate
from cocdesk.vault.records import CaseSummary
from cocdesk.vault.sealed import ABSENT, SAME
from cocdesk.vault.vault import Vault, destroy_files

__all__ = [
    "ABSENT",
    "SAME",
    "CaseNotFound",
    "CaseSummary",
    "DamagedVault",
    "DiskFull",
    "IdentityWithheld",
    "InvalidEdit",
    "KdfParams",
    "KeyFileChanged",
    "KeyFileDamaged",
    "KeysOfAnotherVault",
    "LockLost",
    "NewerVault",
    "NotAVault",
    "NotAllowed",
    "ReadOnlyLocation",
    "TooManyAttempts",
    "UnknownMember",
    "Vault",
    "VaultError",
    "VaultExists",
    "VaultFiles",
    "VaultInUse",
    "VaultMissing",
    "WrongPassphrase",
    "calibrate",
    "destroy_files",
]
