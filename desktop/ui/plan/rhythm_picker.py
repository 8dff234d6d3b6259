"""Choosing a rhythm: a list of rhythms, and how many days when it is "some days a week"."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox, QWidget

from desktop.store.plan import DEFAULT_DAYS_PER_WEEK
from desktop.store.records import Rhythm
from desktop.ui.common import labels
from desktop.ui.common.screen_reader import named


class RhythmPicker(QWidget):
    """A rhythm combo box with a days-per-week spin box that shows only when it applies."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = named(QComboBox(), self.tr("Rhythm"))
        for rhythm in Rhythm:
            self.combo.addItem(labels.rhythm_choice(rhythm), rhythm)
        self.days = QSpinBox()
        self.days.setRange(1, 6)
        self.days.setValue(DEFAULT_DAYS_PER_WEEK)
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Days a week"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.days)
        self.combo.currentIndexChanged.connect(self._update)
        self._update()

    def set_value(self, rhythm: Rhythm, days_per_week: int | None) -> None:
        """Show a rhythm."""
        self.combo.setCurrentIndex(self.combo.findData(rhythm))
        if days_per_week:
            self.days.setValue(days_per_week)
        self._update()

    def rhythm(self) -> Rhythm:
        """The chosen rhythm."""
        return Rhythm(self.combo.currentData())

    def days_per_week(self) -> int | None:
        """The chosen number of days, for "some days a week"."""
        return self.days.value() if self.rhythm() is Rhythm.SOME_DAYS else None

    def _update(self) -> None:
        self.days.setVisible(self.rhythm() is Rhythm.SOME_DAYS)
