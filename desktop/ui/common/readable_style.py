"""Fusion with readable outlines: check boxes, fields and combo boxes outlined at 3:1 and a
focus ring that reads at 4.5:1 (contrast.keep_readable installs it)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QStyleOptionComplex, QWidget

from desktop.ui.common.contrast import GROUPS, Role, outline_colour

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
