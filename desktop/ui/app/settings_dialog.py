"""File → Reminder…: the gentle reminder's settings (off until the person turns it on; kept in
QSettings by ui/app/tray.py). The rules themselves are in desktop/reminders.py."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.reminders import WORDS, ReminderSettings
from desktop.ui.common.i18n import translate
from desktop.ui.common.widgets import quiet


class ReminderDialog(QDialog):
    """The reminder's settings: on or off, the time, the days, the words, and what it may say."""

    def __init__(self, chosen: ReminderSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reminder"))
        column = QVBoxLayout(self)

        self.on = QCheckBox(self.tr("&Remind me gently, once a day at most"))
        self.on.setAccessibleName(self.tr("Remind me gently, once a day at most"))
        self.on.setChecked(chosen.on)
        column.addWidget(self.on)

        self.details = QWidget()
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.at = QTimeEdit(QTime(chosen.at.hour, chosen.at.minute))
        self.at.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        self.at.setAccessibleName(self.tr("Time of the reminder"))
        form.addRow(self.tr("&At:"), self.at)

        self.days: dict[int, QCheckBox] = {}
        days = QWidget()
        grid = QGridLayout(days)
        grid.setContentsMargins(0, 0, 0, 0)
        first = QLocale().firstDayOfWeek().value  # 1 is Monday, as Qt counts
        for place in range(7):
            iso = (first - 1 + place) % 7 + 1
            box = QCheckBox(QLocale().dayName(iso, QLocale.FormatType.ShortFormat))
            box.setAccessibleName(QLocale().dayName(iso, QLocale.FormatType.LongFormat))
            box.setChecked(iso - 1 in chosen.days)
            self.days[iso - 1] = box
            grid.addWidget(box, 0, place)
        days_label = QLabel(self.tr("On these &days:"))
        days_label.setBuddy(self.days[(first - 1) % 7])
        form.addRow(days_label, days)

        self.words = QComboBox()
        for key, text in WORDS:
            self.words.addItem(translate("reminders", text), key)
        self.words.setCurrentIndex(max(0, self.words.findData(chosen.words)))
        self.words.setAccessibleName(self.tr("Words of the reminder"))
        form.addRow(self.tr("&Words:"), self.words)

        self.mention_plan = QCheckBox(self.tr("It may mention my &plan (never what is in it)"))
        self.mention_plan.setAccessibleName(self.tr("It may mention my plan"))
        self.mention_plan.setChecked(chosen.may_mention_plan)
        form.addRow(self.mention_plan)
        self.start_at_login = QCheckBox(self.tr("&Start at login, quietly in the tray"))
        self.start_at_login.setAccessibleName(self.tr("Start at login, quietly in the tray"))
        self.start_at_login.setChecked(chosen.start_at_login)
        form.addRow(self.start_at_login)
        column.addWidget(self.details)

        self.note = quiet(
            QLabel(
                self.tr(
                    'None on a day you have already checked in or written, and "Not today" '
                    "quiets it until tomorrow. It never shows anything you wrote."
                )
            )
        )
        self.note.setWordWrap(True)
        column.addWidget(self.note)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.on.toggled.connect(self.details.setEnabled)
        self.details.setEnabled(chosen.on)

    def chosen(self) -> ReminderSettings:
        """What the dialog shows now."""
        at = self.at.time()
        return ReminderSettings(
            on=self.on.isChecked(),
            at=time(at.hour(), at.minute()),
            days=frozenset(day for day, box in self.days.items() if box.isChecked()),
            words=str(self.words.currentData()),
            may_mention_plan=self.mention_plan.isChecked(),
            start_at_login=self.start_at_login.isChecked(),
        )
