"""A small drawn mark for each outcome, in the palette's colours (never red, never a cross)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap

from desktop.store.records import Outcome


def mark_colour(palette: QPalette, outcome: Outcome) -> QColor:
    """The colour of an outcome's mark: the accent for steps, a quiet tone otherwise."""
    if outcome.is_step:
        return palette.color(QPalette.ColorRole.Highlight)
    return palette.color(QPalette.ColorRole.PlaceholderText)


def paint_mark(painter: QPainter, rect: QRectF, outcome: Outcome, palette: QPalette) -> None:
    """Draw the mark of an outcome centred in rect."""
    size = min(rect.width(), rect.height())
    centre = rect.center()
    radius = size * 0.42
    colour = mark_colour(palette, outcome)
    pen = QPen(colour, max(1.2, size * 0.12))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
    if outcome is Outcome.DONE:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(colour))
        painter.drawEllipse(box)
    elif outcome is Outcome.SMALLER:
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(colour))
        painter.drawEllipse(centre, radius * 0.5, radius * 0.5)
    elif outcome is Outcome.TRIED:
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(colour))
        painter.drawPie(box, 90 * 16, 180 * 16)
    elif outcome is Outcome.THOUGHT:
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box)
    elif outcome is Outcome.RESTED:
        # A crescent: rest, drawn as a moon.
        moon, shadow = QPainterPath(), QPainterPath()
        moon.addEllipse(box)
        shadow.addEllipse(
            QPointF(centre.x() + radius * 0.55, centre.y() - radius * 0.35),
            radius * 0.85,
            radius * 0.85,
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(colour))
        painter.drawPath(moon.subtracted(shadow))
    else:  # NOT_TODAY: a quiet small dot
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(colour))
        painter.drawEllipse(centre, radius * 0.35, radius * 0.35)
    painter.restore()


def _mark_pixmap(outcome: Outcome, palette: QPalette, size: int, ratio: float) -> QPixmap:
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_mark(painter, QRectF(0, 0, size, size), outcome, palette)
    painter.end()
    return pixmap


def mark_icon(outcome: Outcome, palette: QPalette, size: int, ratio: float = 1.0) -> QIcon:
    """An icon of an outcome's mark for a checkable button; drawn in the text colour when on."""
    icon = QIcon(_mark_pixmap(outcome, palette, size, ratio))
    on = QPalette(palette)
    ink = palette.color(QPalette.ColorRole.HighlightedText)
    on.setColor(QPalette.ColorRole.Highlight, ink)
    on.setColor(QPalette.ColorRole.PlaceholderText, ink)
    icon.addPixmap(_mark_pixmap(outcome, on, size, ratio), QIcon.Mode.Normal, QIcon.State.On)
    return icon
