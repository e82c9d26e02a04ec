"""The triage board window. Open it with ``BoardWindow(session, parent).show()``."""

from cocdesk.gui.board.window import BoardWindow

__all__ = ["BoardWindow"]
