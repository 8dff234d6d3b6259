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

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QRect, QRectF, Qt, Slot
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

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


def luminance(colour: QColor) -> float:
    """WCAG's relative luminance of an opaque colour (0 for black, 1 for white)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def over(colour: QColor, background: QColor) -> QColor:
    """colour as it looks painted over background (its transparency composited away)."""
    alpha = colour.alphaF()
    return mix(background, QColor(colour.red(), colour.green(), colour.blue()), alpha)


def ratio(colour: QColor, background: QColor) -> float:
    """The WCAG contrast ratio of colour painted on background (1 to 21)."""
    lighter, darker = sorted(
        (luminance(over(colour, background)), luminance(over(background, QColor("white")))),
        reverse=True,
    )
    return (lighter + 0.05) / (darker + 0.05)


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
    for step in range(101):
        candidate = mix(start, toward, step / 100)
        if all(ratio(candidate, ground) >= minimum + _SPARE for ground in grounds):
            return candidate if step else colour
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
    result = QPalette(palette)
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
        source = QPalette(current)
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
        self.app.paletteChanged.disconnect(self.apply)
        self.setParent(None)  # (at once: a keeper asked for next is a new one)
        self.deleteLater()


#: Where Fusion draws an outline from the window's colour, and how much darker it makes it:
#: Window.darker(140), and for a check box .lighter(110) of that.
_PRIMITIVE_OUTLINES = {
    QStyle.PrimitiveElement.PE_IndicatorCheckBox: 1.4 / 1.1,
    QStyle.PrimitiveElement.PE_FrameLineEdit: 1.4,
}
_CONTROL_OUTLINES = {
    QStyle.ComplexControl.CC_SpinBox: 1.4,  # (the date fields)
    QStyle.ComplexControl.CC_ComboBox: 1.4,
}


class ReadableIndicators(QProxyStyle):
    """Fusion, with check boxes, fields and combo boxes outlined so that they stand out at
    3:1 (Fusion outlines them in the window's own colour, darkened: nearly invisible on a dark
    or black window, 1.7:1 on a light one)."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element is QStyle.PrimitiveElement.PE_FrameFocusRect:
            _focus_ring(option, painter, option.rect)
            return
        factor = _PRIMITIVE_OUTLINES.get(element)
        if factor is None:
            super().drawPrimitive(element, option, painter, widget)
            if element is QStyle.PrimitiveElement.PE_PanelButtonCommand and _keyboard_focus(option):
                _focus_ring(option, painter, option.rect.adjusted(2, 2, -2, -2))
            return
        with _outline_drawn(option, factor):
            super().drawPrimitive(element, option, painter, widget)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        factor = _CONTROL_OUTLINES.get(control)
        if factor is None:
            super().drawComplexControl(control, option, painter, widget)
            return
        with _outline_drawn(option, factor):
            super().drawComplexControl(control, option, painter, widget)


@contextmanager
def _outline_drawn(option: QStyleOption, factor: float) -> Iterator[None]:
    """While drawing: option's palette with the window its outline is made from."""
    palette = option.palette
    option.palette = _outlined(palette, factor)
    try:
        yield
    finally:
        option.palette = palette


#: The outlined palettes made so far, by what they were made from: a field or a check box is
#: drawn many times a second, and working out a readable outline costs a few milliseconds.
_OUTLINED: dict[tuple[tuple[int, ...], float], QPalette] = {}
_OUTLINED_KEPT = 64


def _keyboard_focus(option: QStyleOption) -> bool:
    """Whether the keyboard is on what option draws, and the person is using the keyboard."""
    wanted = QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_KeyboardFocusChange
    return (option.state & wanted) == wanted


def _focus_ring(option: QStyleOption, painter: QPainter, rect: QRect) -> None:
    """Where the keyboard is, a ring two pixels wide in the colour of the words under it, so
    that it reads at 4.5:1 and never looks like the selection or a chosen button (Fusion's is
    a one-pixel line in the accent colour: invisible on a chosen button)."""
    on_accent = bool(option.state & (QStyle.StateFlag.State_On | QStyle.StateFlag.State_Selected))
    role = Role.HighlightedText if on_accent else Role.WindowText
    pen = QPen(option.palette.color(role), 2)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(rect).adjusted(1, 1, -1, -1))
    painter.restore()


def _outlined(palette: QPalette, factor: float) -> QPalette:
    """palette with the window Fusion makes our outline of (it takes nothing else from the
    window where it draws these)."""
    key = (_outline_inputs(palette), factor)
    drawn = _OUTLINED.get(key)
    if drawn is None:
        drawn = QPalette(palette)
        for group in GROUPS:
            outline = _value_times(outline_colour(palette, group), factor)
            drawn.setColor(group, Role.Window, outline)
        if len(_OUTLINED) >= _OUTLINED_KEPT:
            _OUTLINED.clear()
        _OUTLINED[key] = drawn
    return drawn


def _outline_inputs(palette: QPalette) -> tuple[int, ...]:
    """The colours an outline is made from (every widget has a palette of its own, with its own
    cacheKey, but most hold the same colours)."""
    return tuple(
        palette.color(group, role).rgba()
        for group in GROUPS
        for role in (Role.Window, Role.Base, Role.WindowText)
    )


def _value_times(colour: QColor, factor: float) -> QColor:
    """colour with its HSV value multiplied by factor (what QColor.darker and lighter undo)."""
    value = min(255, round(colour.value() * factor))
    return QColor.fromHsv(max(colour.hsvHue(), 0), colour.hsvSaturation(), value)


def keep_readable(app: QApplication) -> Callable[[], None]:
    """Keep the application's palette readable from now on, through every change of palette
    (and under Fusion, its check boxes and fields outlined readably). Returns what stops it
    (for tests)."""
    if app.style().name().lower() == "fusion" and not isinstance(app.style(), QProxyStyle):
        app.setStyle(ReadableIndicators("fusion"))
    keeper = app.findChild(_Keeper) or _Keeper(app)  # (once, however often it is asked)
    return keeper.stop
