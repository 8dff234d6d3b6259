"""The journal's month view: the days written on marked (journal/calendar.py shows it)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QCalendarWidget, QWidget

from desktop.ui.common.dates import from_qdate


class MarkedCalendar(QCalendarWidget):
    """A month view that draws a dot under each day with an entry (and its mood word's first
    letters when asked); each such day also says so in its tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.written: dict[date, float | None] = {}
        self.with_mood = False
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        # Weekends as every other day (Qt's default is red: nothing here is a warning).
        plain = self.weekdayTextFormat(Qt.DayOfWeek.Monday)
        for weekend in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.setWeekdayTextFormat(weekend, plain)
        # Room in each day for its number and the mark under it, at any font size.
        self.setMinimumHeight(self.fontMetrics().height() * 15)

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:
        super().paintCell(painter, rect, qdate)
        day = from_qdate(qdate)
        if day not in self.written:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = qdate == self.selectedDate()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().color(role))
        line = self.fontMetrics().height()
        mood = self.written[day]
        bottom = rect.bottom() - line * 0.22
        if self.with_mood and mood is not None:
            # A short bar, longer the lighter the day (five steps, as the scale has).
            width = rect.width() * 0.6 * max(1, min(5, round(mood))) / 5
            height = max(2.0, line / 7)
            bar = QRectF(rect.center().x() + 0.5 - width / 2, bottom - height, width, height)
            painter.drawRoundedRect(bar, height / 2, height / 2)
        else:
            radius = max(2.0, line / 9)
            painter.drawEllipse(QPointF(rect.center().x() + 0.5, bottom - radius), radius, radius)
        painter.restore()
