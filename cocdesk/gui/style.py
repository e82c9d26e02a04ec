"""The station's look: the stylesheets and icons shipped in the package, high contrast, and sizes of
headings relative to the system font so that text grows with it."""

from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice, QObject, QSettings, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from cocdesk.gui.forms import rc_cocdesk  # noqa: F401  (registers the :/cocdesk resources)

HIGH_CONTRAST_SETTING = "view/high_contrast"


def settings() -> QSettings:
    """The station's own settings: how it looks, never anything about a case."""
    return QSettings("cocdesk", "station")


def _resource_text(path: str) -> str:
    source = QFile(path)
    if not source.open(QIODevice.OpenModeFlag.ReadOnly):
        return ""
    try:
        return bytes(source.readAll().data()).decode("utf-8")
    finally:
        source.close()


# the palette under each stylesheet: the same colours as resources/style.qss and high-contrast.qss
DESK_ROLES = {"Highlight": "#1d4ed8", "HighlightedText": "#ffffff", "PlaceholderText": "#5f6368"}
HIGH_CONTRAST_ROLES = {
    "Window": "#000000",
    "WindowText": "#ffffff",
    "Base": "#000000",
    "AlternateBase": "#202020",
    "Text": "#ffffff",
    "Button": "#000000",
    "ButtonText": "#ffffff",
    "ToolTipBase": "#000000",
    "ToolTipText": "#ffffff",
    "Highlight": "#ffff00",
    "HighlightedText": "#000000",
    "PlaceholderText": "#c8c8c8",
    "Link": "#80c0ff",
    "BrightText": "#ffff00",
}
LIGHT_ICONS = frozenset({"lock", "new-report", "board", "cases"})  # drawn white for high contrast


def icon(name: str) -> QIcon:
    light = name in LIGHT_ICONS and look().high_contrast
    return QIcon(f":/cocdesk/icons/{name}{'-light' if light else ''}.svg")


class Look(QObject):
    """The current look; switching it restyles every window, which repaints them all, and says so to
    whatever draws colours of its own (the main window's icons and its View menu's tick)."""

    sig_changed = Signal(bool)  # high contrast on

    def __init__(self) -> None:
        super().__init__()
        self.high_contrast = bool(settings().value(HIGH_CONTRAST_SETTING, False, type=bool))

    def apply(self, app: QApplication) -> None:
        sheet = "high-contrast.qss" if self.high_contrast else "style.qss"
        app.setPalette(self.palette(app))
        app.setStyleSheet(_resource_text(f":/cocdesk/{sheet}"))

    def palette(self, app: QApplication) -> QPalette:
        """The roles a stylesheet does not reach (a list's selection, hints drawn in the placeholder's
        colour) in the sheet's colours, each at least 4.5:1 on its ground."""
        roles = QPalette.ColorRole
        colours = app.style().standardPalette()
        chosen = HIGH_CONTRAST_ROLES if self.high_contrast else DESK_ROLES
        for role, colour in chosen.items():
            colours.setColor(getattr(roles, role), QColor(colour))
        return colours

    def set_high_contrast(self, on: bool) -> None:
        if on == self.high_contrast:
            return
        self.high_contrast = on
        settings().setValue(HIGH_CONTRAST_SETTING, on)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.apply(app)
        self.sig_changed.emit(on)

    def switch(self) -> None:
        """High contrast on if it was off, off if it was on (Ctrl+Shift+H)."""
        self.set_high_contrast(not self.high_contrast)

    # colours the models paint with (stylesheets cannot reach a model's cells)

    def overdue_colours(self) -> tuple[QColor, QColor]:
        """(text, background) of an overdue deadline: unmistakable in both looks."""
        if self.high_contrast:
            return QColor("#ffffff"), QColor("#c00000")  # not the yellow of the selection
        return QColor("#ffffff"), QColor("#b91c1c")

    def soon_colour(self) -> QColor:
        return QColor("#ffff00") if self.high_contrast else QColor("#9a3412")


_look: Look | None = None


def look() -> Look:
    global _look
    if _look is None:
        _look = Look()
    return _look


def emphasise(widget: QWidget, scale: float = 1.0, bold: bool = True) -> None:
    """A heading: larger than the system font by ``scale``, so it still follows the system size."""
    font = QFont(widget.font())
    base = QApplication.font().pointSizeF()
    if base > 0:
        font.setPointSizeF(base * scale)
    font.setBold(bold)
    widget.setFont(font)


def mark_problem(widget: QWidget, problem: bool) -> None:
    """Messages that report a problem are styled by the ``problem`` property in both stylesheets."""
    mark(widget, "problem", problem)


def mark(widget: QWidget, name: str, value: object) -> None:
    """Set the property the stylesheets select by (``QLabel[verdict="flagged"]``) and restyle."""
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
