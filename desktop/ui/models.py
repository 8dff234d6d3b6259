"""Qt models over records from the store."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.store.records import Adjustment, CheckIn, PlanItem, Status
from desktop.ui import labels

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")
ItemRole = Qt.ItemDataRole.UserRole + 1
CheckInRole = Qt.ItemDataRole.UserRole + 2
WeekRole = Qt.ItemDataRole.UserRole + 3


def week_of(day: date) -> list[date]:
    """The seven days, Monday first, of the week that holds day."""
    monday = day - timedelta(days=day.weekday())
    return [monday + timedelta(days=n) for n in range(7)]


@dataclass(frozen=True)
class PlanRow:
    """One plan item with its check-in for the chosen day and its check-ins that week."""

    item: PlanItem
    check_in: CheckIn | None
    week: dict[date, CheckIn]


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


class PlanItemModel(RecordListModel[PlanRow]):
    """The plan items shown in the Action plan tab's list."""

    def row_of(self, item_id: int) -> int | None:
        """The row that shows a plan item, if it is shown."""
        return self.row_where(lambda row: row.item.id == item_id)

    def item_ids(self) -> list[int]:
        """The ids of the items shown, in order."""
        return [row.item.id for row in self._rows]

    def value(self, row: PlanRow, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return row.item.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.item.why or None
        if role == ItemRole:
            return row.item
        if role == CheckInRole:
            return row.check_in
        if role == WeekRole:
            return row.week
        return None

    @staticmethod
    def _spoken(row: PlanRow) -> str:
        parts = [row.item.title, labels.rhythm(row.item.rhythm, row.item.days_per_week)]
        if row.item.status is not Status.ACTIVE:
            parts.append(labels.status(row.item.status))
        if row.check_in:
            parts.append(labels.outcome(row.check_in.outcome))
        return ", ".join(parts)


class AdjustmentModel(RecordListModel[Adjustment]):
    """The adjustment history of one plan item, newest first."""

    def value(self, entry: Adjustment, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{labels.day(entry.made_at.date())} · {labels.adjustment(entry)}"
        return None
