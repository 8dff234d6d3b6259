"""When the next session is (and how often they come), and when the last one was."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.store.encouragement_records import Schedule, SessionRhythm
from desktop.ui.common import labels
from desktop.ui.common.dates import from_qdate, to_qdate
from desktop.ui.common.form_dialog import FormDialog


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(labels.day_format(weekday=True))
    edit.setAccessibleName(name)
    return edit


class ScheduleDialog(FormDialog):
    """The next session's date and rhythm, and optionally the day of the last session."""

    def __init__(self, schedule: Schedule, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.setWindowTitle(self.tr("Your sessions"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        intro = QLabel(
            self.tr(
                "The summary for your next session covers everything since the last one. "
                "Dates are only kept here, on this computer."
            )
        )
        intro.setWordWrap(True)
        self.knows_next = QCheckBox(self.tr("I know when my &next session is"))
        self.next_day = _date_edit(self.tr("Next session"))
        self.rhythm = QComboBox()
        self.rhythm.setAccessibleName(self.tr("How often sessions come"))
        for rhythm in SessionRhythm:
            self.rhythm.addItem(labels.session_rhythm(rhythm), rhythm)
        self.knows_last = QCheckBox(self.tr("My &last session was on"))
        self.last_day = _date_edit(self.tr("Last session"))
        self.last_day.setMaximumDate(to_qdate(today))

        form = QFormLayout()
        form.addRow(self.knows_next)
        form.addRow(self.tr("&Date"), self.next_day)
        form.addRow(self.tr("&Repeats"), self.rhythm)
        form.addRow(self.knows_last)
        form.addRow(self.tr("Da&y"), self.last_day)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        # Opened to set the date ("Set the date…"): ready to pick one, a week ahead, rather than
        # every field greyed behind a box to tick first. The box is there to untick.
        self.knows_next.setChecked(True)
        self.next_day.setDate(to_qdate(schedule.next_day or today + timedelta(days=7)))
        self.rhythm.setCurrentIndex(self.rhythm.findData(schedule.rhythm))
        self.knows_last.setChecked(schedule.last_day is not None)
        self.last_day.setDate(to_qdate(schedule.last_day or today))
        self.knows_next.toggled.connect(self._update)
        self.knows_last.toggled.connect(self._update)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._update()
        self.next_day.setFocus()

    @Slot()
    def _update(self) -> None:
        self.next_day.setEnabled(self.knows_next.isChecked())
        self.rhythm.setEnabled(self.knows_next.isChecked())
        self.last_day.setEnabled(self.knows_last.isChecked())

    def schedule(self) -> Schedule:
        """The schedule as chosen."""
        return Schedule(
            next_day=from_qdate(self.next_day.date()) if self.knows_next.isChecked() else None,
            rhythm=SessionRhythm(self.rhythm.currentData()),
            last_day=from_qdate(self.last_day.date()) if self.knows_last.isChecked() else None,
        )


class MarkDoneDialog(FormDialog):
    """Marking a session as done: which day it was, and what happens next."""

    def __init__(self, suggested: date, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark the session as done"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        text = QLabel(
            self.tr(
                "A copy of this summary is kept: choose “Kept copy” above the summary to read "
                "it again. A fresh summary starts from the session's day. Questions you ticked "
                "go with the copy; the others stay for next time."
            )
        )
        text.setWordWrap(True)
        self.day = _date_edit(self.tr("Day of the session"))
        self.day.setMaximumDate(to_qdate(today))
        self.day.setDate(to_qdate(min(suggested, today)))
        form = QFormLayout()
        form.addRow(self.tr("The session was on"), self.day)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Mark as done"))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def session_day(self) -> date:
        """The day chosen."""
        return from_qdate(self.day.date())
