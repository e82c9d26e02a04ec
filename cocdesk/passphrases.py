"""What a new passphrase must be. The station and the command line refuse the same ones."""

from __future__ import annotations

MIN_LENGTH = 8


def weakness(passphrase: str) -> str | None:
    """Why ``passphrase`` is too weak to protect a vault, or None when it will do."""
    if not passphrase.strip():
        return "A passphrase cannot be empty or only spaces."
    if len(passphrase) < MIN_LENGTH:
        return (
            f"That passphrase is too short: use at least {MIN_LENGTH} characters"
            " (a few words together are easy to remember and hard to guess)."
        )
    return None
