"""The Journal's filters: a flag, a tag, a mood range and how far back (shown by "Filters")."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from desktop.store.records import MOOD_RANGE, EntryFilter, Flag
from desktop.ui.common import labels
from desktop.ui.common.screen_reader import named

# The date filter's choices, as days back from today (None: any time).
DATE_RANGES: list[int | None] = [None, 7, 31, 365]


class JournalFilters(QWidget):
    """Two rows of choices, each "any" at first; changed is emitted when one is chosen."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tag_filter = named(QComboBox(), self.tr("Filter by tag"))
        self.set_tags([])  # "Any tag" alone until the tags are read
        self.flag_filter = named(QComboBox(), self.tr("Filter by flag"))
        self.flag_filter.addItem(self.tr("All entries"), None)
        self.flag_filter.addItem(labels.bring_to_session_flag(), Flag.BRING_TO_SESSION)
        self.flag_filter.addItem(self.tr("Private"), Flag.PRIVATE)
        self.flag_filter.addItem(self.tr("With a thought record"), Flag.THOUGHT_RECORD)
        self.flag_filter.addItem(self.tr("Trash (kept 30 days)"), Flag.TRASH)
        self.mood_from = named(QComboBox(), self.tr("Mood from"))
        self.mood_to = named(QComboBox(), self.tr("Mood up to"))
        for combo, empty in (
            (self.mood_from, self.tr("Any mood")),
            (self.mood_to, self.tr("up to any mood")),
        ):
            combo.addItem(empty, None)
            for value in MOOD_RANGE:
                combo.addItem(labels.mood(value), value)
        self.date_filter = named(QComboBox(), self.tr("Filter by date"))
        for days, text in zip(
            DATE_RANGES,
            [
                self.tr("Any time"),
                self.tr("Past week"),
                self.tr("Past month"),
                self.tr("Past year"),
            ],
            strict=True,
        ):
            self.date_filter.addItem(text, days)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        first, second = QHBoxLayout(), QHBoxLayout()
        first.addWidget(self.flag_filter, 1)
        first.addWidget(self.tag_filter, 1)
        second.addWidget(self.mood_from, 1)
        second.addWidget(self.mood_to, 1)
        second.addWidget(self.date_filter, 1)
        rows.addLayout(first)
        rows.addLayout(second)
        for combo in self._combos():
            combo.currentIndexChanged.connect(lambda _index: self.changed.emit())

    def _combos(self) -> list[QComboBox]:
        return [self.tag_filter, self.flag_filter, self.mood_from, self.mood_to, self.date_filter]

    def entry_filter(self, today: date, day: date | None = None) -> EntryFilter:
        """The entries the choices let through; day (one chosen on the calendar) stands for
        the date filter while there is one."""
        days = self.date_filter.currentData()
        return EntryFilter(
            tag=self.tag_filter.currentData(),
            mood_from=self.mood_from.currentData(),
            mood_to=self.mood_to.currentData(),
            first_day=day or (today - timedelta(days=days) if days else None),
            last_day=day,
            flag=Flag(flag) if (flag := self.flag_filter.currentData()) else None,
        )

    def set_tags(self, tags: list[str]) -> None:
        """The tags to choose from; the one chosen stays chosen while it is still among them."""
        chosen = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("Any tag"), None)
        for tag in tags:
            self.tag_filter.addItem(tag, tag)
        self.tag_filter.setCurrentIndex(max(self.tag_filter.findData(chosen), 0))
        self.tag_filter.blockSignals(False)

    def clear(self) -> None:
        """Every choice back to "any", quietly (the caller shows the entries again)."""
        for combo in self._combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
