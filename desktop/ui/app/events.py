"""The app's one channel between tabs: a change says what changed and who made it.

A tab changes something through the store (by way of write.Writer), then announces it here. Every
tab hears it: the one that made the change already shows it; the others refresh what it
concerns, at once if they are on screen or when they are next shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Flag, auto

from PySide6.QtCore import QObject, Signal


class Scope(Flag):
    """Which part of the data a change touched."""

    PLAN = auto()
    JOURNAL = auto()
    ENCOURAGEMENT = auto()
    #: Everything at once (a restore, an import): every tab reloads, keeping unsaved text.
    EVERYTHING = PLAN | JOURNAL | ENCOURAGEMENT


@dataclass(frozen=True)
class Change:
    """What changed, and the widget that changed it (which needn't refresh)."""

    scope: Scope
    source: object | None = None


class Events(QObject):
    """Signals every tab can hear; the main window owns one, each tab run alone its own."""

    #: A Change: data was stored.
    changed = Signal(object)
    #: The person's day has moved on (the new date): a new day starts while the app is open.
    day_changed = Signal(object)
    #: A write is waiting for the disk (an errors.CannotSaveError); the app says so and retries.
    cannot_save = Signal(object)
    #: Ask the Journal tab to show an entry (for example from a plan item's thought records).
    open_entry = Signal(int)

    def announce(self, scope: Scope, source: object | None = None) -> None:
        """Say that data was stored (by source, if given)."""
        self.changed.emit(Change(scope, source))
