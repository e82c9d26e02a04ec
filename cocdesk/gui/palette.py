"""The colours of what the station paints itself (the board's cards, quadrants and side panel, a
flagged word in a draft, the wizard's late and done steps), one set per look, so that no painted
surface keeps the desk's pastels when the window turns high contrast.

The stylesheets colour every ordinary widget; these are the same colours for what a stylesheet cannot
reach (a delegate's painting, rich text) and for the board's own sheets, built here from them. Text
on its ground is at least 4.5:1 in every set (tests/gui/test_contrast*.py measures it on the pixels).

    colours = palette.board(presenting=False)   # the set for the current look (or the projector's)
    painter.setPen(colours.ink)                 # str, a "#rrggbb" that QColor, QPen and CSS all take
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cocdesk.domain import Level
from cocdesk.gui import style

Quadrant = tuple[Level, Level]


@dataclass(frozen=True)
class Palette:
    ground: str  # behind everything: the window, the axis labels, the tray
    paper: str  # a card
    ink: str  # body text, axis labels
    muted: str  # secondary text (ages, holders, "For example"), still ≥ 4.5:1 on paper and tints
    heading: str  # a quadrant's response
    edge: str  # a card's or a quadrant's outline
    alert: str  # an overdue deadline and its card's edge, a late step in the wizard's step list
    done: str  # a step done, in the wizard's step list
    selected: str  # the selected card's outline, a quadrant's mark
    focus: str  # the keyboard's ring
    badge_ink: str
    badge_paper: str
    flag_paper: str  # behind a word a check flags in a text being written (a name in a draft)
    flag_ink: str
    name_paper: str  # behind a word of a typed answer that names someone in the case
    name_ink: str
    tints: dict[Quadrant, str] = field(default_factory=dict)  # a quadrant's ground; paper when absent
    high_contrast: bool = False

    def tint(self, quadrant: Quadrant) -> str:
        return self.tints.get(quadrant, self.paper)


DESK = Palette(
    ground="#f4f5f7",
    paper="#ffffff",
    ink="#1d1d1f",
    muted="#4a4f55",
    heading="#1d1d1f",
    edge="#8a9099",
    alert="#b3261e",
    done="#146c2e",
    selected="#1a5fb4",
    focus="#b45309",
    badge_ink="#ffffff",
    badge_paper="#1a5fb4",
    flag_paper="#f9dedc",
    flag_ink="#410e0b",
    name_paper="#fde7c2",
    name_ink="#1d1d1f",
    tints={
        (Level.LOW, Level.LOW): "#eef6ee",
        (Level.HIGH, Level.LOW): "#fdf6e3",
        (Level.LOW, Level.HIGH): "#fcefe3",
        (Level.HIGH, Level.HIGH): "#fbe9e7",
    },
)
# the colours of resources/high-contrast.qss: white on black, yellow for selection and focus
HIGH_CONTRAST = Palette(
    ground="#000000",
    paper="#000000",
    ink="#ffffff",
    muted="#ffffff",
    heading="#ffff00",
    edge="#ffffff",
    alert="#ff8080",
    done="#80ff80",
    selected="#ffff00",
    focus="#ffff00",  # as the sheet's; a card's focus ring is dashed, inside the selection's solid one
    badge_ink="#000000",
    badge_paper="#ffff00",
    flag_paper="#c00000",
    flag_ink="#ffffff",
    name_paper="#ffffff",
    name_ink="#000000",
    high_contrast=True,
)
# the projector: high contrast whatever the desk's look, a warmer yellow that projects well
PRESENTING = Palette(
    ground="#000000",
    paper="#000000",
    ink="#ffffff",
    muted="#e6e6e6",
    heading="#ffd400",
    edge="#ffffff",
    alert="#ff8a80",
    done="#80ff80",
    selected="#ffd400",
    focus="#ffd400",
    badge_ink="#000000",
    badge_paper="#ffd400",
    flag_paper="#c00000",
    flag_ink="#ffffff",
    name_paper="#ffffff",
    name_ink="#000000",
    high_contrast=True,
)


def current() -> Palette:
    """The colours of the current look."""
    return HIGH_CONTRAST if style.look().high_contrast else DESK


def board(presenting: bool = False) -> Palette:
    """The board's colours: the projector's when presenting, else the current look's."""
    return PRESENTING if presenting else current()
