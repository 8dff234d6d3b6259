"""App-level signals: a tab changes something through the store, then says so here."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Events(QObject):
    """The only channel between tabs: each signal means "refresh what you show from the store"."""

    plan_changed = Signal()
    journal_changed = Signal()
    #: Everything may have changed at once (a restore, an import): reload, keep unsaved text.
    data_replaced = Signal()
    #: Ask the Journal tab to show an entry (for example from a plan item's thought records).
    open_entry = Signal(int)
