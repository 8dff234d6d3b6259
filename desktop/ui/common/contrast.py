"""Colours that stay readable in any theme: the quiet text, the accent and the check box outline
derived from the palette so that text meets 4.5:1 and marks and outlines 3:1 (WCAG 2 AA)
against what they are painted on.

Secondary text, future days and the Not today / Rested marks are painted in the palette's
PlaceholderText colour, which many themes don't set (Qt then leaves it at half-transparent
black: 1:1 on a black window, 4:1 on white). keep_readable() makes the application's palette
readable when the app starts and again whenever the palette changes; a role a theme already
sets readably is kept as it is.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

# Neither Qt's namespace nor QStyle is imported here: PySide makes every enum of a class the
# first time the class is touched (93 for Qt, 14 for QStyle: 30 ms), and this module is on the
# way to the first window. The outlines (readable_style.py) are loaded when they are installed.

#: WCAG 2's minimum contrast for text, and for marks, outlines and other non-text signs.
TEXT_RATIO, MARK_RATIO = 4.5, 3.0
#: A little above the minimum, so that rounding to 8-bit colours never takes a colour below it.
_SPARE = 0.15

Role, Group = QPalette.ColorRole, QPalette.ColorGroup
#: What quiet text and marks are painted on: the window, fields and lists, cards, buttons.
BACKGROUNDS = (Role.Window, Role.Base, Role.AlternateBase, Role.Button)
GROUPS = (Group.Active, Group.Inactive, Group.Disabled)
#: The roles readable() may change.
DERIVED = (Role.PlaceholderText, Role.Highlight, Role.HighlightedText)
#: How much darker than the window a group box's inside may be.
GROUP_BOX_SHADE = 0.02
#: The object name of the application's style once keep_readable has outlined Fusion's.
OUTLINED_FUSION = "readableFusion"


def luminance(colour: QColor) -> float:
    """WCAG's relative luminance of an opaque colour (0 for black, 1 for white)."""
    return _luminance(colour.redF(), colour.greenF(), colour.blueF())


def _luminance(red: float, green: float, blue: float) -> float:
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)


def _ratio(first: float, second: float) -> float:
    """The contrast ratio of two relative luminances."""
    lighter, darker = (first, second) if first > second else (second, first)
    return (lighter + 0.05) / (darker + 0.05)


def over(colour: QColor, background: QColor) -> QColor:
    """colour as it looks painted over background (its transparency composited away)."""
    alpha = colour.alphaF()
    return mix(background, QColor(colour.red(), colour.green(), colour.blue()), alpha)


def ratio(colour: QColor, background: QColor) -> float:
    """The WCAG contrast ratio of colour painted on background (1 to 21)."""
    return _ratio(luminance(over(colour, background)), luminance(over(background, QColor("white"))))


def mix(first: QColor, second: QColor, amount: float) -> QColor:
    """The colour amount of the way from first to second (opaque)."""
    return QColor.fromRgbF(
        first.redF() + (second.redF() - first.redF()) * amount,
        first.greenF() + (second.greenF() - first.greenF()) * amount,
        first.blueF() + (second.blueF() - first.blueF()) * amount,
    )


def nearest_readable(
    colour: QColor, toward: QColor, backgrounds: Iterable[QColor], minimum: float
) -> QColor:
    """colour (made opaque on the first background), moved toward `toward` only as far as it
    takes to reach minimum against every background; `toward` itself if nothing nearer does."""
    grounds = list(backgrounds)
    start = over(colour, grounds[0])
    # In plain numbers (what ratio() works out, without a QColor per step: the outlines are
    # worked out while the first rows are drawn).
    under = [luminance(over(ground, QColor("white"))) for ground in grounds]
    first = (start.redF(), start.greenF(), start.blueF())
    last = (toward.redF(), toward.greenF(), toward.blueF())
    for step in range(101):
        amount = step / 100
        shade = _luminance(*(a + (b - a) * amount for a, b in zip(first, last, strict=True)))
        if all(_ratio(shade, ground) >= minimum + _SPARE for ground in under):
            return mix(start, toward, amount) if step else colour
    return QColor(toward)


def _grounds(palette: QPalette, group: QPalette.ColorGroup) -> list[QColor]:
    grounds = [palette.color(group, role) for role in BACKGROUNDS]
    # Fusion shades the inside of a group box a little darker than the window (#ececec in
    # #efefef): the check-in box's quiet words are on that.
    return [*grounds, mix(grounds[0], QColor("black"), GROUP_BOX_SHADE)]


def quiet_colour(palette: QPalette, group: QPalette.ColorGroup = Group.Active) -> QColor:
    """The palette's PlaceholderText, as near as it can stay to it while it reads at 4.5:1 on
    every background quiet text is painted on (disabled too: the days still to come are)."""
    ink_group = Group.Active if group is Group.Disabled else group  # (disabled text is faint)
    return nearest_readable(
        palette.color(group, Role.PlaceholderText),
        palette.color(ink_group, Role.Text),
        _grounds(palette, group),
        TEXT_RATIO,
    )


def accent_colours(
    palette: QPalette, group: QPalette.ColorGroup = Group.Active, *, on_button: bool = False
) -> tuple[QColor, QColor]:
    """The accent (Highlight) and the text on it (HighlightedText): the accent moved away from
    its text only as far as it takes for the text to read at 4.5:1 on it and for the accent to
    stand out at 3:1 as a mark or an outline on every background. on_button: for a button
    painted in it, which Fusion paints lighter than its colour (its text must read on that)."""
    accent = palette.color(group, Role.Highlight)
    ink = palette.color(group, Role.HighlightedText)
    grounds = _grounds(palette, group)
    away = QColor("black") if luminance(ink) > luminance(accent) else QColor("white")
    for step in range(101):
        candidate = mix(accent, away, step / 100) if step else accent
        under = [candidate, _as_fusion_button(candidate)] if on_button else [candidate]
        if all(ratio(ink, shade) >= TEXT_RATIO + _SPARE for shade in under) and all(
            ratio(candidate, ground) >= MARK_RATIO + _SPARE for ground in grounds
        ):
            return candidate, ink
    # No shade of this accent does both (an accent as light as the window, with light text on
    # it): keep the accent and write on it in black or white, whichever reads better.
    black, white = QColor("black"), QColor("white")
    return accent, black if ratio(black, accent) > ratio(white, accent) else white


def _as_fusion_button(colour: QColor) -> QColor:
    """How Fusion paints a button of this colour: lighter the darker it is (its buttonColor)."""
    gray = (colour.red() * 11 + colour.green() * 16 + colour.blue() * 5) // 32
    return colour.lighter(100 + max(1, (180 - gray) // 6))


def outline_colour(palette: QPalette, group: QPalette.ColorGroup = Group.Active) -> QColor:
    """An outline for a check box or a radio button that stands out at 3:1 from the window and
    from the field it encloses: the faintest mix of the window's text into the window that does."""
    grounds = [palette.color(group, Role.Window), palette.color(group, Role.Base)]
    return nearest_readable(
        mix(grounds[0], palette.color(group, Role.WindowText), 0.3),
        palette.color(group, Role.WindowText),
        grounds,
        MARK_RATIO,
    )


def readable(palette: QPalette) -> QPalette:
    """A copy of palette whose quiet text and accent read in every colour group."""
    result = copy.copy(palette)  # (QPalette(palette) would make Qt's 93 enums: 20 ms)
    for group in GROUPS:
        result.setColor(group, Role.PlaceholderText, quiet_colour(palette, group))
        if group is not Group.Disabled:  # (a disabled selection is not there to be read)
            accent, ink = accent_colours(palette, group)
            result.setColor(group, Role.Highlight, accent)
            result.setColor(group, Role.HighlightedText, ink)
    return result


class _Keeper(QObject):
    """Makes the application's palette readable, and again after every change to it."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        # What the theme (or whoever set the palette) gave for each derived colour, and what
        # was made of it: a palette change that leaves a derived colour as it was made is a
        # change to other roles, and the colour is derived again from what was given.
        self.given: dict[tuple[QPalette.ColorGroup, QPalette.ColorRole], QColor] = {}
        self.made: dict[tuple[QPalette.ColorGroup, QPalette.ColorRole], QColor] = {}
        # The signal, not an event filter: one on the application would see every event of
        # every widget, in Python. (Qt 6 still sends paletteChanged, for a theme's change too.)
        app.paletteChanged.connect(self.apply)
        self.apply()

    @Slot()
    def apply(self) -> None:
        current = self.app.palette()
        source = copy.copy(current)
        for group in GROUPS:
            for role in DERIVED:
                key = (group, role)
                colour = current.color(group, role)
                if key in self.made and colour == self.made[key]:
                    source.setColor(group, role, self.given[key])
                else:
                    self.given[key] = colour
        fixed = readable(source)
        changed = False
        for group in GROUPS:
            for role in DERIVED:
                self.made[(group, role)] = fixed.color(group, role)
                changed = changed or fixed.color(group, role) != current.color(group, role)
        if changed:
            self.app.setPalette(fixed)  # (the change this sends finds nothing more to do)

    def stop(self) -> None:
        _KEEPERS.pop(id(self.app), None)
        self.app.paletteChanged.disconnect(self.apply)
        self.setParent(None)  # (at once: a keeper asked for next is a new one)
        self.deleteLater()


#: The keeper of each application, by its id (not findChild, whose overloads make Qt's enums).
_KEEPERS: dict[int, _Keeper] = {}


def keep_readable(app: QApplication, *, outlines: bool = True) -> Callable[[], None]:
    """Keep the application's palette readable from now on, through every change of palette
    (and under Fusion, its check boxes and fields outlined readably, unless outlines is False:
    then outline_fields follows). Returns what stops it (for tests)."""
    if outlines:
        outline_fields(app)
    keeper = _KEEPERS.get(id(app))
    if keeper is None or keeper.app is not app:  # (once, however often it is asked)
        keeper = _KEEPERS[id(app)] = _Keeper(app)
    return keeper.stop


def outline_fields(app: QApplication) -> None:
    """Under Fusion, outline check boxes, fields and combo boxes readably (readable_style.py).

    The app does it once its window is first drawn, before the tabs are built: a window of
    tabs still to be built has no field to outline, and the style's Python drawing would make
    QStyle's and Qt's enums on the way to it (30 ms). A locked journal's unlock screen, which
    has a field, is outlined before it is drawn.
    """
    style = app.style()
    if style.objectName() == OUTLINED_FUSION or style.name().lower() != "fusion":
        return
    from desktop.ui.common.readable_style import ReadableIndicators

    outlined = ReadableIndicators("fusion")
    outlined.setObjectName(OUTLINED_FUSION)
    app.setStyle(outlined)
