"""App-level signals: a tab changes something through the store, then says so here."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Events(QObject):
    """The only channel between tabs: each signal means "refresh what you show from the store"."""

    plan_changed = Signal()
