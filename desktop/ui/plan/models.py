"""Qt models of the Action plan tab, over records from the store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from desktop.store.records import Adjustment, CheckIn, PlanItem, Status
from desktop.ui.common import labels
from desktop.ui.common.models import RecordListModel

ItemRole = Qt.ItemDataRole.UserRole + 1
CheckInRole = Qt.ItemDataRole.UserRole + 2
WeekRole = Qt.ItemDataRole.UserRole + 3


@dataclass(frozen=True)
class PlanRow:
    """One plan item with its check-in for the chosen day and its check-ins that week."""

    item: PlanItem
    check_in: CheckIn | None
    week: dict[date, CheckIn]


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
        if row.week:  # what the row's marks show, day by day
            days = [
                f"{labels.weekday(day)} {labels.outcome_short(found.outcome)}"
                for day, found in sorted(row.week.items())
            ]
            parts.append(
                QCoreApplication.translate("PlanItemModel", "this week: %1").replace(
                    "%1", ", ".join(days)
                )
            )
        return ", ".join(parts)


class AdjustmentModel(RecordListModel[Adjustment]):
    """The adjustment history of one plan item, newest first."""

    def value(self, entry: Adjustment, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{labels.day(entry.made_at.date())} · {labels.adjustment(entry)}"
        return None
