"""Start the station the way ``cocdesk --vault PATH`` does and close it once the unlock screen has painted.

For checking an installed copy (a wheel in a fresh environment, or the desktop bundle through its
``--smoke-test`` option): it proves that Qt, its platform and image plugins, the compiled resources and
the station's first screen all load, and prints how long the start took. Run it with
``QT_QPA_PLATFORM=offscreen`` where there is no display. Exit status 0 only when the unlock screen showed.
"""

from __future__ import annotations

import sys
import time

PAINTED = "unlock screen painted"


def native_parts() -> str:
    """The compiled parts the app relies on, each used once: the error names the one that broke."""
    import reportlab.lib.rl_accel
    import sqlcipher3
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    connection = sqlcipher3.connect(":memory:")
    cipher = connection.execute("PRAGMA cipher_version").fetchone()[0]
    connection.close()
    key = Argon2id(salt=b"sixteen byte salt", length=32, iterations=1, lanes=1, memory_cost=8).derive(b"ok")
    AESGCM(key).encrypt(b"twelve bytes", b"", None)
    if reportlab.lib.rl_accel.fp_str.__module__ != "_rl_accel":
        raise ImportError("reportlab runs without its C accelerator (_rl_accel)")
    return f"SQLCipher {cipher}, Argon2id and AES-GCM, reportlab with _rl_accel"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or args[0].startswith("-"):
        print("usage: python -m cocdesk.gui.smoke VAULT", file=sys.stderr)
        return 2
    started = time.perf_counter()
    shown: list[str] = []

    from cocdesk.cli import main as cocdesk
    from cocdesk.desk import Desk, VaultError
    from cocdesk.gui import app

    try:
        members = len(Desk.member_names(args[0]))  # the unlock screen shows a broken vault too
    except VaultError as error:
        print(f"The unlock screen would have no one to unlock: {error}", file=sys.stderr)
        return 1

    def painted() -> None:
        from PySide6.QtWidgets import QApplication

        from cocdesk.gui.unlock import UnlockWindow

        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        shown.extend(type(w).__name__ for w in windows)
        if any(isinstance(w, UnlockWindow) for w in windows):
            print(f"{PAINTED} after {time.perf_counter() - started:.3f} s, for {members} members", flush=True)
        for window in windows:
            window.close()
        QApplication.quit()

    app.FIRST_PAINT_HOOK = painted
    status = cocdesk(["--vault", args[0]])
    if "UnlockWindow" not in shown:
        print(
            f"The unlock screen did not show (windows shown: {', '.join(shown) or 'none'}).", file=sys.stderr
        )
        return 1
    try:
        print(f"native parts work: {native_parts()}", flush=True)
    except Exception as error:  # one line that names the broken part, as everywhere else
        print(f"A compiled part does not work: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    return status


if __name__ == "__main__":
    raise SystemExit(main())
