"""The file chooser for evidence, which leaves no trace of what was picked.

A file's name or folder can name the reporter ("Зоя's messages/"). The desktop's own dialog adds
every file opened to the recently used list (GTK's ``recently-used.xbel``), and Qt's dialog saves
the last folder and its history (``lastVisited``, ``history`` in ``QtProject.conf``). So Qt's own
dialog is used, never the desktop's, and every folder it saves is removed when it closes.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QDir, QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

TITLE = "Attach files to the case"
SAVED_BY_QT = ("QtProject", "FileDialog")
"""Where Qt's dialog keeps its settings (organisation, group)."""
FOLDERS = ("history", "lastVisited", "shortcuts", "sidebar")
"""The settings that name folders: its history, the last folder, the sidebar's places."""


def _dialog_settings() -> QSettings:
    settings = QSettings(QSettings.Scope.UserScope, SAVED_BY_QT[0])
    settings.beginGroup(SAVED_BY_QT[1])
    return settings


def pick_files(parent: QWidget | None) -> list[str]:
    """The files the member picks, in Qt's own dialog opened at the home folder; nothing of the
    choice stays in any settings or recently used list."""
    dialog = QFileDialog(parent, TITLE, QDir.homePath())
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setHistory([])
    dialog.setAccessibleName(TITLE)
    try:
        chosen = dialog.selectedFiles() if dialog.exec() == QDialog.DialogCode.Accepted else []
    finally:
        dialog.setHistory([])
        dialog.setDirectory(QDir.homePath())
        shiboken6.delete(dialog)  # it saves its settings as it goes: now, so that they can be cleared
        saved = _dialog_settings()
        for key in FOLDERS:
            saved.remove(key)
        saved.sync()
    return chosen
