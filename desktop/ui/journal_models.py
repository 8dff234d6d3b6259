"""The journal's entry list: a model that loads a page at a time, so 20,000 entries open fast."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.store.records import EntrySummary
from desktop.ui import labels

Index = QModelIndex | QPersistentModelIndex
EntryRole = Qt.ItemDataRole.UserRole + 1
#: Loads the page after the given row (None: the first page); an empty page means the end.
PageLoader = Callable[[EntrySummary | None], list[EntrySummary]]


class EntryListModel(QAbstractListModel):
    """Entries newest first (or search results best first), fetched as the view scrolls."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[EntrySummary] = []
        self._loader: PageLoader = lambda _after: []
        self._more = False

    def load(self, loader: PageLoader) -> None:
        """Show what loader gives, starting again from its first page."""
        self.beginResetModel()
        self._loader = loader
        self._rows = loader(None)
        self._more = bool(self._rows)
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        page = self._loader(self._rows[-1] if self._rows else None)
        if not page:
            self._more = False
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.heading or labels.day(entry.day)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [labels.day(entry.day), entry.heading]
            if entry.mood is not None:
                parts.append(labels.mood(entry.mood))
            if entry.bring_to_session:
                parts.append(labels.bring_to_session_flag())
            if entry.private:
                parts.append(labels.private_flag())
            return ", ".join(p for p in parts if p)
        if role == EntryRole:
            return entry
        return None

    def row_of(self, entry_id: int) -> int | None:
        """The row showing an entry, if it is loaded."""
        for number, entry in enumerate(self._rows):
            if entry.id == entry_id:
                return number
        return None

    def replace(self, summary: EntrySummary) -> None:
        """Show the new state of an entry that is already in the list."""
        row = self.row_of(summary.id)
        if row is not None:
            self._rows[row] = summary
            index = self.index(row)
            self.dataChanged.emit(index, index)
