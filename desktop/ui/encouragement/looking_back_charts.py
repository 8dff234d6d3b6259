"""The charts of Looking back, drawn with QPainter from the palette and the font: mood and energy
as calm lines with their gaps left open, and each step's marks by week. Every chart can be
walked with the arrow keys (one week or day at a time, its facts said in words) and holds all
its facts as its accessible description."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.store.looking_back import Measures, StepAcross, Stretch, week_of
from desktop.store.records import Outcome
from desktop.ui.common import labels
from desktop.ui.common.dates import to_qdate
from desktop.ui.common.mirror import draw_text, mirror
from desktop.ui.common.outcome_mark import paint_mark

Role = QPalette.ColorRole


class WalkedChart(QWidget):
    """A chart with a current column that the arrow keys move; says that column's facts."""

    #: The facts of the column now current, in words (for a label under it and a reader).
    said = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.current = -1

    def columns(self) -> int:
        return 0

    def column_text(self, number: int) -> str:
        return ""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        moves: dict[int, int] = {
            Qt.Key.Key_Left.value: self.current - 1,
            Qt.Key.Key_Right.value: self.current + 1,
            Qt.Key.Key_Home.value: 0,
            Qt.Key.Key_End.value: self.columns() - 1,
        }
        if event.key() in moves and self.columns():
            self.set_current(max(0, min(self.columns() - 1, moves[event.key()])))
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.current < 0 and self.columns():
            self.set_current(self.columns() - 1)

    def set_current(self, number: int) -> None:
        self.current = number
        text = self.column_text(number)
        self.setToolTip(text)
        self.said.emit(text)
        self.update()

    def _column_x(self, plot: QRectF, number: int) -> float:
        count = max(self.columns(), 1)
        return plot.left() + plot.width() * (number + 0.5) / count

    def _paint_current(self, painter: QPainter, plot: QRectF) -> None:
        if self.hasFocus() and 0 <= self.current < self.columns():
            width = plot.width() / max(self.columns(), 1)
            x = self._column_x(plot, self.current) - width / 2
            painter.setPen(QPen(self.palette().color(Role.Highlight), 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(x, plot.top(), width, plot.height()))


class MeasuresChart(WalkedChart):
    """Mood and energy over the stretch: one line each, by day or by week, gaps left open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("LookingBack", "Mood and energy over time"), parent
        )
        self.points: Sequence[Measures] = ()
        self.by_week = True

    def show_stretch(self, stretch: Stretch) -> None:
        # By day for a month or so, by week beyond: a line stays readable.
        self.by_week = len(stretch.days) > 42
        self.points = stretch.weeks if self.by_week else stretch.days
        self.current = -1
        self.setAccessibleDescription(
            "; ".join(self.column_text(n) for n in range(self.columns()) if self._has(n))
            or self.tr("No mood or energy written in this stretch")
        )
        self.updateGeometry()
        self.update()

    def _has(self, number: int) -> bool:
        point = self.points[number]
        return point.mood is not None or point.energy is not None

    def columns(self) -> int:
        return len(self.points)

    def column_text(self, number: int) -> str:
        point = self.points[number]
        when = (
            self.tr("Week of %1").replace("%1", labels.day(point.start))
            if self.by_week
            else labels.report_day(point.start)
        )
        said = []
        if point.mood is not None:
            said.append(self.tr("mood %1").replace("%1", level_word(point.mood, mood=True)))
        if point.energy is not None:
            said.append(self.tr("energy %1").replace("%1", level_word(point.energy, mood=False)))
        return f"{when}: {', '.join(said) if said else self.tr('nothing written')}"

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 60, self.fontMetrics().height() * 13)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 30, self.fontMetrics().height() * 13)

    def _plot(self) -> QRectF:
        metrics = self.fontMetrics()
        left = max(metrics.horizontalAdvance(labels.WORDS.mood(v)) for v in range(1, 6))
        left = max(left, max(metrics.horizontalAdvance(labels.WORDS.energy(v)) for v in (1, 5)))
        right = max(metrics.horizontalAdvance(labels.WORDS.energy(v)) for v in range(1, 6))
        line = metrics.height()
        width = self.width() - left - right - line * 2
        return QRectF(left + line, line * 0.6, width, line * 9.5)

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        mirror(painter, self)  # right to left: the weeks run from the right
        palette, plot, line = self.palette(), self._plot(), self.fontMetrics().height()
        quiet = palette.color(Role.PlaceholderText)
        mood_colour = palette.color(Role.Highlight)
        energy_colour = palette.color(Role.Text)
        energy_colour.setAlphaF(0.6)
        for level in range(1, 6):
            y = self._y(plot, level)
            painter.setPen(QPen(palette.color(Role.Mid), 0.6, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(quiet)
            word = labels.WORDS.mood(level)
            draw_text(
                painter,
                self,
                QRectF(0, y - line / 2, plot.left() - line / 2, line),
                word,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            )
            # Energy's own words on the right, in its colour: the same five steps.
            painter.setPen(energy_colour)
            draw_text(
                painter,
                self,
                QRectF(plot.right() + line / 2, y - line / 2, self.width(), line),
                labels.WORDS.energy(level),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            )
        self._line(painter, plot, [p.mood for p in self.points], mood_colour, Qt.PenStyle.SolidLine)
        self._line(
            painter, plot, [p.energy for p in self.points], energy_colour, Qt.PenStyle.DashLine
        )
        self._legend(painter, plot, mood_colour, energy_colour)
        self._paint_current(painter, plot)
        painter.end()

    def _y(self, plot: QRectF, value: float) -> float:
        return plot.bottom() - (value - 1) / 4 * plot.height()

    def _line(
        self,
        painter: QPainter,
        plot: QRectF,
        values: list[float | None],
        colour: QColor,
        style: Qt.PenStyle,
    ) -> None:
        width = max(1.5, self.fontMetrics().height() / 7)
        path, drawing = QPainterPath(), False
        painter.setBrush(colour)
        for number, value in enumerate(values):
            if value is None:
                drawing = False  # a gap stays a gap
                continue
            point = QPointF(self._column_x(plot, number), self._y(plot, value))
            if drawing:
                path.lineTo(point)
            else:
                path.moveTo(point)
                drawing = True
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(point, width * 1.3, width * 1.3)
        painter.setPen(QPen(colour, width, style, Qt.PenCapStyle.RoundCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)

    def _legend(self, painter: QPainter, plot: QRectF, mood: QColor, energy: QColor) -> None:
        metrics = self.fontMetrics()
        y = plot.bottom() + metrics.height() * 1.2
        x = plot.left()
        for text, colour, style in (
            (self.tr("Mood"), mood, Qt.PenStyle.SolidLine),
            (
                self.tr("Energy (its words on the right)"),
                energy,
                Qt.PenStyle.DashLine,
            ),
        ):
            painter.setPen(QPen(colour, max(1.5, metrics.height() / 7), style))
            painter.drawLine(QPointF(x, y), QPointF(x + metrics.height() * 1.5, y))
            painter.setPen(self.palette().color(Role.Text))
            x += metrics.height() * 2
            draw_text(painter, self, QPointF(x, y + metrics.ascent() / 2.5), text)
            x += metrics.horizontalAdvance(text) + metrics.height() * 1.5


def level_word(value: float, *, mood: bool) -> str:
    """A mean of levels in the scale's own word (the nearest step), never a number."""
    level = max(1, min(5, round(value)))
    return labels.WORDS.mood(level) if mood else labels.WORDS.energy(level)


#: Which outcome a week's mark shows when it holds several: the fullest step.
SHOWN_FIRST = (Outcome.DONE, Outcome.SMALLER, Outcome.TRIED, Outcome.THOUGHT)


class StepsChart(WalkedChart):
    """Each step as a row, each week a column, the week's mark as in the week view; a small tick
    under a week when the step was adjusted in it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("LookingBack", "Each step, week by week"), parent
        )
        self.steps: Sequence[StepAcross] = ()
        self.weeks: list[date] = []

    def show_stretch(self, stretch: Stretch) -> None:
        self.steps, self.weeks, self.current = stretch.steps, stretch.week_starts(), -1
        self.setAccessibleDescription(
            "; ".join(step_text(step, self.weeks) for step in self.steps)
            or self.tr("No steps in the plan")
        )
        self.updateGeometry()
        self.update()

    def columns(self) -> int:
        return len(self.weeks)

    def column_text(self, number: int) -> str:
        week = self.weeks[number]
        said = []
        for step in self.steps:
            found = next((w for w in step.weeks if w.week == week), None)
            if found is not None:
                said.append(f"{step.title} ({outcomes_text(found.counts)})")
            for change in step.adjustments:
                if week_of(change.made_at.date()) == week:
                    said.append(f"{step.title}: {labels.WORDS.adjustment(change, with_note=False)}")
        what = "; ".join(said) if said else self.tr("nothing marked")
        return f"{self.tr('Week of %1').replace('%1', labels.day(week))}: {what}"

    def _row_height(self) -> float:
        return self.fontMetrics().height() * 1.9

    def sizeHint(self) -> QSize:
        rows = max(len(self.steps), 1)
        height = int(self._row_height() * rows + self.fontMetrics().height() * 2)
        return QSize(self.fontMetrics().averageCharWidth() * 60, height)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 30, self.sizeHint().height())

    def _plot(self) -> QRectF:
        metrics = self.fontMetrics()
        names = [metrics.horizontalAdvance(s.title) for s in self.steps] or [0]
        left = min(max(names), self.width() // 3) + metrics.height()
        return QRectF(
            left,
            0,
            self.width() - left - metrics.height() / 2,
            self._row_height() * max(len(self.steps), 1),
        )

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        mirror(painter, self)  # right to left: the weeks run from the right
        palette, plot, metrics = self.palette(), self._plot(), self.fontMetrics()
        row = self._row_height()
        # As in the week view, smaller when a year of weeks shares the width: never touching.
        size = min(metrics.height() * 0.95, plot.width() / max(len(self.weeks), 1) * 0.8)
        quiet = palette.color(Role.PlaceholderText)
        for number, step in enumerate(self.steps):
            top = plot.top() + row * number
            painter.setPen(palette.color(Role.Text))
            name = metrics.elidedText(
                step.title, Qt.TextElideMode.ElideRight, int(plot.left() - metrics.height() / 2)
            )
            draw_text(
                painter, self, QRectF(0, top, plot.left(), row), name, Qt.AlignmentFlag.AlignVCenter
            )
            marks = {w.week: w.counts for w in step.weeks}
            changed = {week_of(a.made_at.date()) for a in step.adjustments}
            for column, week in enumerate(self.weeks):
                centre = QPointF(self._column_x(plot, column), top + row / 2)
                if week in marks:
                    shown = min((o for o, _n in marks[week]), key=SHOWN_FIRST.index)
                    box = QRectF(centre.x() - size / 2, centre.y() - size / 2, size, size)
                    paint_mark(painter, box, shown, palette)
                else:
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(palette.color(Role.Mid))
                    painter.drawEllipse(centre, size * 0.08, size * 0.08)
                if week in changed:
                    painter.setPen(QPen(quiet, max(1.2, size / 9)))
                    y = top + row - metrics.height() * 0.25
                    painter.drawLine(
                        QPointF(centre.x() - size / 3, y), QPointF(centre.x() + size / 3, y)
                    )
        self._week_axis(painter, plot)
        self._paint_current(painter, plot)
        painter.end()

    def _week_axis(self, painter: QPainter, plot: QRectF) -> None:
        metrics = self.fontMetrics()
        painter.setPen(self.palette().color(Role.PlaceholderText))
        every = max(
            1,
            int(len(self.weeks) * metrics.horizontalAdvance("00 MMM  ") / max(plot.width(), 1)) + 1,
        )
        for column in range(0, len(self.weeks), every):
            text = QLocale().toString(to_qdate(self.weeks[column]), labels.day_format(year=False))
            x = self._column_x(plot, column)
            draw_text(
                painter,
                self,
                QPointF(
                    x - metrics.horizontalAdvance(text) / 2, plot.bottom() + metrics.ascent() + 2
                ),
                text,
            )


def outcomes_text(counts: Sequence[tuple[Outcome, int]]) -> str:
    """A week's outcomes in words: "Done twice, Smaller once"."""
    return ", ".join(f"{labels.WORDS.outcome_short(o)} {times(n)}" for o, n in counts)


def times(count: int) -> str:
    """How often, as a person says it ("once", "3 times")."""
    return labels.WORDS.times(count)


def step_text(step: StepAcross, weeks: list[date]) -> str:
    """A step across the stretch in words, for a reader."""
    shown = QCoreApplication.translate("LookingBack", "%1: marks in %2 of %3 weeks").replace(
        "%1", step.title
    )
    return shown.replace("%2", str(len(step.weeks))).replace("%3", str(len(weeks)))
