"""Where CoC Desk keeps its files when nobody names a place."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir

APP_DIR_NAME = "cocdesk"
DEFAULT_VAULT_NAME = "event.cocdesk"


def default_vault_path() -> Path:
    """The vault the station opens when none is given: one per user, in their data folder."""
    return Path(user_data_dir(APP_DIR_NAME, appauthor=False)) / DEFAULT_VAULT_NAME
