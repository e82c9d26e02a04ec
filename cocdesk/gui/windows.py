"""Walking the application's top-level windows safely."""

from __future__ import annotations

import gc

from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid


def live_windows() -> list[QWidget]:
    """Every top-level widget whose C++ side still exists.

    Python's cycle collector may destroy a window left for garbage (and the C++ widget with it) at any
    allocation; collecting first, and skipping wrappers whose widget is gone, keeps a walk over the
    list from touching a deleted widget."""
    gc.collect()
    return [window for window in QApplication.topLevelWidgets() if isValid(window)]
