"""The journal's calendar: a month with the days written on marked, and a day chosen to show only
that day's entries. Marking a day's mood too is the person's choice (off unless asked)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QToolButton, QVBoxLayout, QWidget

from desktop.ui.common import labels
from desktop.ui.common.dates import from_qdate, to_qdate

if TYPE_CHECKING:  # (loaded when the calendar is first shown: see JournalCalendar.calendar)
    from desktop.ui.journal.month_view import MarkedCalendar


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
        self._calendar: MarkedCalendar | None = None  # (built when first shown: see calendar)
        self.mood_box = QCheckBox(self.tr("Show each day's mood"))
        self.all_days = QPushButton(self.tr("Every day"))
        self.all_days.setToolTip(self.tr("Show the entries of every day again"))
        self.all_days.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.mood_box, 1)
        row.addWidget(self.all_days)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addLayout(row)
        self.hide()
        self.button.toggled.connect(self._toggled)
        self.mood_box.toggled.connect(self._mood_toggled)
        self.all_days.clicked.connect(lambda: self.choose(None))

    @property
    def calendar(self) -> MarkedCalendar:
        """The month's calendar, built now if it wasn't yet.

        Not at start: the Journal opens with it hidden, and a QCalendarWidget (its table, its
        model, its month menu and the enums PySide makes for them) is 15 ms before the first
        rows.
        """
        if self._calendar is None:
            from PySide6.QtWidgets import QTableView

            from desktop.ui.journal.month_view import MarkedCalendar

            calendar = self._calendar = MarkedCalendar()
            calendar.setAccessibleName(self.tr("Days written on"))
            # The month's table inside takes the keyboard: a screen reader names it as the whole.
            days = calendar.findChild(QTableView)
            if days is not None:
                days.setAccessibleName(calendar.accessibleName())
            calendar.with_mood = self.mood_box.isChecked()
            if self.chosen is not None:
                calendar.setSelectedDate(to_qdate(self.chosen))
            self._layout.insertWidget(0, calendar)
            calendar.clicked.connect(lambda qdate: self.choose(from_qdate(qdate)))
            calendar.activated.connect(lambda qdate: self.choose(from_qdate(qdate)))
            calendar.currentPageChanged.connect(lambda _y, _m: self.refresh_marks())
        return self._calendar

    def _toggled(self, shown: bool) -> None:
        if shown:
            self.calendar.show()  # (built first, so that it is drawn with the rest)
        self.setVisible(shown)

    def choose(self, day: date | None) -> None:
        """Show only day's entries (None: every day's)."""
        self.chosen = day
        self.all_days.setEnabled(day is not None)
        if day is not None and self._calendar is not None:  # (else it is selected when built)
            self._calendar.setSelectedDate(to_qdate(day))
        self.day_chosen.emit(day)

    def _mood_toggled(self, on: bool) -> None:
        if self._calendar is not None:
            self._calendar.with_mood = on
            self._calendar.updateCells()

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
        from desktop.store.looking_back import days_written

        first = date(self.calendar.yearShown(), self.calendar.monthShown(), 1)
        # The weeks shown around the month too.
        self.calendar.written = days_written(first - timedelta(days=7), first + timedelta(days=44))
        for offset in range(-7, 45):
            day = first + timedelta(days=offset)
            fmt = self.calendar.dateTextFormat(to_qdate(day))
            fmt.setToolTip(self._said(day))
            self.calendar.setDateTextFormat(to_qdate(day), fmt)
        self.calendar.updateCells()
