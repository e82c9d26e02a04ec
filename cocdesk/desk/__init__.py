"""The desk: every act and read of the station, under one policy. Front ends import only this."""

from cocdesk.desk.case_acts import TRAY, Quadrant
from cocdesk.desk.conflict_rules import FlagShown
from cocdesk.desk.desk import Desk
from cocdesk.desk.errors import (
    CaseNotFound,
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
from cocdesk.desk.policy import Act, Read
from cocdesk.domain.access import matches
from cocdesk.vault import CaseSummary, KdfParams, calibrate

__all__ = [
    "TRAY",
    "Act",
    "CaseNotFound",
    "CaseSummary",
    "DamagedVault",
    "Desk",
    "DiskFull",
    "FlagShown",
    "InvalidEdit",
    "KdfParams",
    "NewerVault",
    "NotAVault",
    "NotAllowed",
    "Quadrant",
    "Read",
    "ReadOnlyLocation",
    "TooManyAttempts",
    "UnknownMember",
    "VaultError",
    "VaultExists",
    "VaultInUse",
    "VaultMissing",
    "WrongPassphrase",
    "calibrate",
    "matches",
]
