"""A week of one plan item, as seven day buttons that show presence and pick the check-in day."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop import clock
from desktop.store.records import CheckIn
from desktop.ui.common import labels
from desktop.ui.common.dates import week_of
from desktop.ui.common.outcome_mark import paint_mark
from desktop.ui.common.widgets import ArrowButton


class DayCell(QAbstractButton):
    """One day: its name and date, and the mark of its check-in if there is one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        # One of seven, the day shown checked: read as radio buttons, as a radio group Tab
        # reaches once (at the day shown) and the arrow keys move in, choosing as they go.
        self.setAutoExclusive(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # (a button's own policy keeps it at its full width: seven of those at a large font
        # pushed the page sideways; a narrow day shortens its outcome's word instead)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.day = clock.today()
        self.check_in: CheckIn | None = None
        self.is_today = False

    def show_day(self, day: date, check_in: CheckIn | None, today: date) -> None:
        """Show a day and what was checked in for it."""
        self.day, self.check_in, self.is_today = day, check_in, day == today
        self.setEnabled(day <= today)
        what = labels.outcome(check_in.outcome) if check_in else self.tr("nothing noted")
        name = f"{labels.weekday(day, long=True)} {labels.day(day)}"
        self.setAccessibleName(f"{name}: {what}")
        self.setToolTip(f"{name}\n{what}" if day <= today else name)
        self.update()

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance("Thought") + 12, metrics.height() * 4 + 16)

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance("Wed") + 8, metrics.height() * 4 + 16)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        rect = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        accent = palette.color(QPalette.ColorRole.Highlight)
        if self.isChecked():  # the day shown: filled, with a thin line round it
            painter.setPen(QPen(accent, 1))
            painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
            painter.drawRoundedRect(rect, 6, 6)
        if self.hasFocus():  # focus: a thick line round it, on the day shown or not
            painter.setPen(QPen(accent, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, 6, 6)
        metrics = self.fontMetrics()
        line = metrics.height()
        enabled = self.isEnabled()
        ink = palette.color(
            QPalette.ColorRole.Text if enabled else QPalette.ColorRole.PlaceholderText
        )
        quiet = palette.color(QPalette.ColorRole.PlaceholderText)
        font = self.font()
        font.setBold(self.is_today)
        painter.setFont(font)
        painter.setPen(ink)
        top = rect.top() + 5
        painter.drawText(
            QRectF(rect.left(), top, rect.width(), line),
            Qt.AlignmentFlag.AlignCenter,
            labels.weekday(self.day),
        )
        painter.setPen(quiet)
        painter.drawText(
            QRectF(rect.left(), top + line, rect.width(), line),
            Qt.AlignmentFlag.AlignCenter,
            str(self.day.day),
        )
        font.setBold(False)
        painter.setFont(font)
        if self.check_in is not None:
            size = line * 0.9
            mark = QRectF(rect.center().x() - size / 2, top + line * 2 + 1, size, size)
            paint_mark(painter, mark, self.check_in.outcome, palette)
            painter.setPen(quiet)
            painter.drawText(
                QRectF(rect.left(), top + line * 3 + 1, rect.width(), line),
                Qt.AlignmentFlag.AlignCenter,
                metrics.elidedText(
                    labels.outcome_short(self.check_in.outcome),
                    Qt.TextElideMode.ElideRight,
                    int(rect.width()) - 4,
                ),
            )
        painter.end()


class WeekView(QWidget):
    """Seven days of one plan item; empty days are simply empty. Clicking a day selects it."""

    day_selected = Signal(date)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = clock.today()
        self._selected = self.today
        self._check_ins: dict[date, CheckIn] = {}
        self.setAccessibleName(self.tr("Week view"))

        self.title = QLabel()
        self.previous_button = ArrowButton(Qt.ArrowType.LeftArrow, self.tr("Previous week"))
        self.next_button = ArrowButton(Qt.ArrowType.RightArrow, self.tr("Next week"))
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.previous_button)
        header.addWidget(self.next_button)

        self.cells = [DayCell(self) for _ in range(7)]
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        days = QHBoxLayout()
        days.setSpacing(4)
        for cell in self.cells:
            self.group.addButton(cell)
            days.addWidget(cell)
            cell.clicked.connect(self._cell_clicked)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addLayout(days)
        self.previous_button.clicked.connect(lambda: self._step(-7))
        self.next_button.clicked.connect(lambda: self._step(7))

    def days(self) -> list[date]:
        """The seven days shown."""
        return week_of(self._selected)

    def show_week(self, selected: date, check_ins: dict[date, CheckIn], today: date) -> None:
        """Show the week that holds selected, with the check-ins made in it."""
        self.today, self._selected, self._check_ins = today, selected, check_ins
        days = week_of(selected)
        for cell, day in zip(self.cells, days, strict=True):
            cell.show_day(day, check_ins.get(day), today)
            cell.setChecked(day == selected)
            # The day shown is the week's one Tab stop (Qt keeps Tab on the day last focused).
            cell.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if day == selected else Qt.FocusPolicy.ClickFocus
            )
        if days[0] <= today <= days[-1]:
            self.title.setText(self.tr("This week"))
        else:
            self.title.setText(self.tr("Week of %1").replace("%1", labels.day(days[0])))
        self.next_button.setEnabled(days[-1] < today)

    @Slot()
    def _cell_clicked(self) -> None:
        cell = self.sender()
        if isinstance(cell, DayCell):
            self.day_selected.emit(cell.day)

    def _step(self, days: int) -> None:
        target = min(self._selected + timedelta(days=days), self.today)
        self.day_selected.emit(target)
