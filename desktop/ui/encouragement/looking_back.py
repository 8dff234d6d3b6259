"""Looking back: what a stretch of weeks shows, without a score. Mood and energy over time, each
step week by week, what got in the way and when, and a few things you might notice."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.reports.words import fill
from desktop.store import looking_back, session
from desktop.store.looking_back import Stretch, observation_text
from desktop.ui.app.events import Events
from desktop.ui.common import labels
from desktop.ui.common.dates import from_qdate, to_qdate
from desktop.ui.common.screen_reader import named
from desktop.ui.common.widgets import heading, page_scroll, quiet, selectable
from desktop.ui.encouragement.looking_back_charts import MeasuresChart, StepsChart, times

FOUR_WEEKS, THREE_MONTHS, A_YEAR, SINCE_SESSION, CUSTOM = range(5)


def stretch_for(
    choice: int, today: date, custom: tuple[date, date] | None = None
) -> tuple[date, date]:
    """The first and last day of a stretch chosen from the list."""
    if choice == THREE_MONTHS:
        return today - timedelta(days=90), today
    if choice == A_YEAR:
        return today - timedelta(days=364), today
    if choice == SINCE_SESSION:
        return session.period_start(today, session.get_schedule()), today
    if choice == CUSTOM and custom is not None:
        first, last = custom
        return min(first, last), max(first, last)
    return today - timedelta(days=27), today


def reason_lines(stretch: Stretch) -> list[str]:
    """What got in the way, in plain counts: "Too much going on — 5 times, mostly in the week of
    9 Nov"."""
    lines = []
    for found in stretch.reasons:
        values = (labels.WORDS.reason(found.reason), times(found.count), labels.day(found.most_in))
        if len(found.by_week) > 1:
            text = QCoreApplication.translate("LookingBack", "%1 — %2, mostly in the week of %3")
        elif found.by_week:
            text = QCoreApplication.translate("LookingBack", "%1 — %2, in the week of %3")
        else:
            text = QCoreApplication.translate("LookingBack", "%1 — %2")
        text = fill(text, *values)
        lines.append(text)
    return lines


def observation_lines(stretch: Stretch) -> list[str]:
    """The things you might notice, in the person's language."""
    return [
        observation_text(
            o,
            translate=QCoreApplication.translate,
            mood=labels.WORDS.mood,
            month=lambda day: QLocale().toString(to_qdate(day), "MMMM yyyy"),
        )
        for o in stretch.observations
    ]


class LookingBack(QWidget):
    """The Looking back page: a stretch chooser and what that stretch shows."""

    def __init__(self, events: Events, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events = events
        self.today = today
        self.stretch: Stretch | None = None

        self.choice = named(QComboBox(), self.tr("Which stretch to look back on"))
        for text in (
            self.tr("The last 4 weeks"),
            self.tr("The last 3 months"),
            self.tr("The last year"),
            self.tr("Since the last session"),
            self.tr("Choose the days…"),
        ):
            self.choice.addItem(text)
        self.first_edit, self.last_edit = QDateEdit(), QDateEdit()
        for edit, name in ((self.first_edit, self.tr("From")), (self.last_edit, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
            edit.setDisplayFormat(labels.day_format())
            edit.hide()
            edit.dateChanged.connect(lambda _d: self.refresh())
        top = QHBoxLayout()
        top.addWidget(self.choice)
        top.addWidget(self.first_edit)
        top.addWidget(self.last_edit)
        top.addStretch(1)
        self.period = quiet(QLabel())

        self.measures = MeasuresChart()
        self.measures_said = quiet(QLabel())
        self.steps = StepsChart()
        self.steps_said = quiet(QLabel())
        self.reasons = selectable(QLabel())
        self.noticed = selectable(QLabel())
        for label in (self.measures_said, self.steps_said, self.reasons, self.noticed):
            label.setWordWrap(True)
        self.measures.said.connect(self.measures_said.setText)
        self.steps.said.connect(self.steps_said.setText)

        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addLayout(top)
        layout.addWidget(self.period)
        for title, widgets in (
            (self.tr("Mood and energy"), (self.measures, self.measures_said)),
            (self.tr("Each step, week by week"), (self.steps, self.steps_said)),
            (self.tr("What got in the way, and when"), (self.reasons,)),
            (self.tr("Things you might notice"), (self.noticed,)),
        ):
            layout.addWidget(heading(title))
            for widget in widgets:
                layout.addWidget(widget)
        layout.addStretch(1)
        scroll = page_scroll(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.choice.currentIndexChanged.connect(self._chosen)

    def set_read_only(self, _read_only: bool) -> None:
        """Nothing here writes: the page reads the same either way."""

    def _chosen(self, index: int) -> None:
        custom = index == CUSTOM
        if custom:
            first, last = stretch_for(FOUR_WEEKS, self.today)
            for edit, day in ((self.first_edit, first), (self.last_edit, last)):
                edit.blockSignals(True)
                edit.setDate(to_qdate(day))
                edit.blockSignals(False)
        self.first_edit.setVisible(custom)
        self.last_edit.setVisible(custom)
        self.refresh()

    def days(self) -> tuple[date, date]:
        """The first and last day of the stretch chosen now."""
        custom = (from_qdate(self.first_edit.date()), from_qdate(self.last_edit.date()))
        return stretch_for(self.choice.currentIndex(), self.today, custom)

    def refresh(self) -> None:
        """Show the chosen stretch from the store."""
        first, last = self.days()
        self.stretch = looking_back.looking_back(first, last)
        self.period.setText(
            self.tr("From %1 to %2")
            .replace("%1", labels.day(first))
            .replace("%2", labels.day(last))
        )
        self.measures.show_stretch(self.stretch)
        self.steps.show_stretch(self.stretch)
        self.measures_said.setText(
            self.tr("Use the arrow keys on the chart to hear each day or week.")
        )
        self.steps_said.setText(self.tr("Use the arrow keys on the chart to hear each week."))
        reasons = reason_lines(self.stretch)
        self.reasons.setText(
            "\n".join(reasons) if reasons else self.tr("Nothing noted as getting in the way.")
        )
        noticed = observation_lines(self.stretch)
        self.noticed.setText(
            "\n".join(noticed)
            if noticed
            else self.tr(
                "Once a few more weeks are written, some patterns may show here. There's no hurry."
            )
        )

    def text(self) -> str:
        """Every fact on the page as plain text (what a reader hears, what a summary holds)."""
        if self.stretch is None:
            return ""
        return "\n".join(
            [
                self.period.text(),
                self.measures.accessibleDescription(),
                self.steps.accessibleDescription(),
                self.reasons.text(),
                self.noticed.text(),
            ]
        )
