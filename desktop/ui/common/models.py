"""The base of the app's list models: a list of plain records from the store."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")


class RecordListModel(QAbstractListModel, Generic[T]):
    """A list of records from the store; a subclass says what each role shows in value()."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[T] = []

    def set_rows(self, rows: Iterable[T]) -> None:
        """Replace what the list shows."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def record(self, row: int) -> T:
        """The record behind a row."""
        return self._rows[row]

    def row_where(self, test: Callable[[T], bool]) -> int | None:
        """The first row whose record passes test, if any."""
        return next((number for number, row in enumerate(self._rows) if test(row)), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self.value(self._rows[index.row()], role)

    def value(self, record: T, role: int) -> Any:
        """What a record shows for a role (None for roles it doesn't provide)."""
        raise NotImplementedError
