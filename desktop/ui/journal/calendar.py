"""The journal's calendar: a month with the days written on marked, and a day chosen to show only
that day's entries. Marking a day's mood too is the person's choice (off unless asked)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.store.looking_back import days_written
from desktop.ui.common import labels
from desktop.ui.common.dates import from_qdate, to_qdate


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


class JournalCalendar(QWidget):
    """The calendar, a toggle button to show it, and the day chosen (None: every day)."""

    #: A day was chosen (or None: every day again).
    day_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen: date | None = None
        self.button = QToolButton()
        self.button.setText(self.tr("Calendar"))
        self.button.setCheckable(True)
        self.button.setAccessibleName(self.tr("Show the calendar"))
        self.calendar = MarkedCalendar()
        self.calendar.setAccessibleName(self.tr("Days written on"))
        # The month's table inside takes the keyboard: a screen reader names it as the whole.
        days = self.calendar.findChild(QTableView)
        if days is not None:
            days.setAccessibleName(self.calendar.accessibleName())
        self.mood_box = QCheckBox(self.tr("Show each day's mood"))
        self.all_days = QPushButton(self.tr("Every day"))
        self.all_days.setToolTip(self.tr("Show the entries of every day again"))
        self.all_days.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.mood_box, 1)
        row.addWidget(self.all_days)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)
        layout.addLayout(row)
        self.hide()
        self.button.toggled.connect(self.setVisible)
        self.calendar.clicked.connect(lambda qdate: self.choose(from_qdate(qdate)))
        self.calendar.activated.connect(lambda qdate: self.choose(from_qdate(qdate)))
        self.calendar.currentPageChanged.connect(lambda _y, _m: self.refresh_marks())
        self.mood_box.toggled.connect(self._mood_toggled)
        self.all_days.clicked.connect(lambda: self.choose(None))

    def choose(self, day: date | None) -> None:
        """Show only day's entries (None: every day's)."""
        self.chosen = day
        self.all_days.setEnabled(day is not None)
        if day is not None:
            self.calendar.setSelectedDate(to_qdate(day))
        self.day_chosen.emit(day)

    def _mood_toggled(self, on: bool) -> None:
        self.calendar.with_mood = on
        self.calendar.updateCells()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_marks()

    def _said(self, day: date) -> str:
        if day not in self.calendar.written:
            return ""
        mood = self.calendar.written[day]
        if mood is None:
            return self.tr("Written on")
        word = labels.mood(max(1, min(5, round(mood))))
        return self.tr("Written on, mood %1").replace("%1", word)

    def refresh_marks(self) -> None:
        """Mark the days written on in the month shown (read only while the calendar shows)."""
        if not self.isVisible():
            return
        first = date(self.calendar.yearShown(), self.calendar.monthShown(), 1)
        # The weeks shown around the month too.
        self.calendar.written = days_written(first - timedelta(days=7), first + timedelta(days=44))
        for offset in range(-7, 45):
            day = first + timedelta(days=offset)
            fmt = self.calendar.dateTextFormat(to_qdate(day))
            fmt.setToolTip(self._said(day))
            self.calendar.setDateTextFormat(to_qdate(day), fmt)
        self.calendar.updateCells()
