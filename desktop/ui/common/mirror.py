"""Custom-painted widgets, right to left: the picture mirrored, its words still readable.

A paintEvent that draws in left-to-right coordinates calls ``mirror(painter, widget)`` first:
when the widget runs right to left, the painter maps x to width - x, so what was at the left is
at the right (time runs from the right, labels sit on the other side). Its words go through
``draw_text``, which places them at the mirrored spot without mirroring the letters.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QTransform
from PySide6.QtWidgets import QWidget


def mirror(painter: QPainter, widget: QWidget) -> None:
    """When widget runs right to left, make painter draw the mirror image of what it is given."""
    if widget.isRightToLeft():
        painter.setWorldTransform(_flip(widget.width()), combine=True)


def _flip(width: float) -> QTransform:
    return QTransform(-1, 0, 0, 1, width, 0)


def draw_text(
    painter: QPainter,
    widget: QWidget,
    where: QRectF | QPointF,
    text: str,
    flags: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
) -> None:
    """painter.drawText(where, flags, text) (at a point: the text starts there), readable under
    mirror(painter, widget): the box mirrored, the letters not."""
    if not widget.isRightToLeft():
        if isinstance(where, QPointF):
            painter.drawText(where, text)
        else:
            painter.drawText(where, flags, text)
        return
    flip = _flip(widget.width())
    painter.save()
    painter.setWorldTransform(flip * painter.worldTransform())  # flip twice: as unmirrored
    if isinstance(where, QPointF):
        start = flip.map(where)
        advance = painter.fontMetrics().horizontalAdvance(text)
        painter.drawText(QPointF(start.x() - advance, start.y()), text)
    else:
        # (A right-to-left painter reads AlignLeft as the leading side: the right.)
        painter.drawText(flip.mapRect(where), flags, text)
    painter.restore()
