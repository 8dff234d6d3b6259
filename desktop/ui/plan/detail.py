"""The selected plan item: what it is, checking in for a day (check_in_box.py), its week, the
history of its adjustments and the thought records about it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.store import plan, search
from desktop.store.records import CheckIn, PlanItem, Status
from desktop.ui.app.events import Scope
from desktop.ui.app.write import Writer
from desktop.ui.common import labels
from desktop.ui.common.entry_list import EntryDelegate, EntryListModel, EntryRole
from desktop.ui.common.read_only import hold
from desktop.ui.common.widgets import quiet, selectable
from desktop.ui.plan.check_in_box import CheckInBox
from desktop.ui.plan.models import AdjustmentModel
from desktop.ui.plan.week_view import WeekView

#: The newest adjustments shown whole in an item's history; older ones scroll.
HISTORY_ROWS = 4


class PlanDetail(QWidget):
    """Everything about one plan item; emits changed after anything is stored."""

    changed = Signal()
    edit_requested = Signal()
    adjust_requested = Signal()
    retire_requested = Signal()
    open_entry = Signal(int)

    def __init__(self, writer: Writer, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.writer = writer
        self.item: PlanItem | None = None
        self.read_only = False  # set_read_only

        self.title = selectable(QLabel())
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.meta = quiet(selectable(QLabel()))
        self.why = selectable(QLabel())
        self.smaller = selectable(QLabel())

        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.adjust_button = QPushButton(self.tr("&Adjust…"))
        self.adjust_button.setToolTip(self.tr("Make it smaller, change its rhythm or pause it"))
        self.pause_button = QPushButton()
        self.retire_button = QPushButton()
        actions = QHBoxLayout()
        for button in (self.edit_button, self.adjust_button, self.pause_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.retire_button)

        self.check_in_box = CheckInBox(writer, today)
        self.week = WeekView()
        layout = QVBoxLayout(self)
        margin = self.fontMetrics().height()
        start, end = margin, margin // 2  # the wider margin beside the list (mirrored in RTL)
        if self.isRightToLeft():
            start, end = end, start
        layout.setContentsMargins(start, margin // 2, end, margin // 2)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(self.why)
        layout.addWidget(self.smaller)
        layout.addLayout(actions)
        layout.addWidget(self.check_in_box)
        layout.addWidget(self.week)
        layout.addWidget(self._build_history())
        layout.addWidget(self._build_thought_records())
        layout.addStretch(1)

        self.edit_button.clicked.connect(self.edit_requested)
        self.adjust_button.clicked.connect(self.adjust_requested)
        self.pause_button.clicked.connect(self._toggle_pause)
        self.retire_button.clicked.connect(self._toggle_retire)
        self.check_in_box.changed.connect(self.changed)
        self.check_in_box.week_shown.connect(
            lambda day, week: self.week.show_week(day, week, self.check_in_box.today)
        )
        self.week.day_selected.connect(self.check_in_box.select_day)

    @property
    def day(self) -> date:
        """The day being checked in for."""
        return self.check_in_box.day

    @day.setter
    def day(self, value: date) -> None:
        self.check_in_box.day = value

    @property
    def check_in(self) -> CheckIn | None:
        """The check-in stored for the item on the day shown, if any."""
        return self.check_in_box.check_in

    # -- building ---------------------------------------------------------------------------

    def _build_history(self) -> QGroupBox:
        box = QGroupBox(self.tr("Adjustments"))
        self.history_model = AdjustmentModel()
        self.history = QListView()
        self.history.setModel(self.history_model)
        self.history.setWordWrap(True)
        self.history.setSpacing(3)  # (a little air between one change and the next)
        self.history.setAccessibleName(self.tr("Adjustment history"))
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history_empty = quiet(
            selectable(
                QLabel(
                    self.tr(
                        "When you make this step smaller, change its rhythm or pause it, the "
                        "change is noted here, ready to talk about in your next session."
                    )
                )
            )
        )
        self.history.viewport().installEventFilter(self)  # (its width sets its lines' height)
        layout = QVBoxLayout(box)
        layout.addWidget(self.history_empty)
        layout.addWidget(self.history)
        return box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.history.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_history()
        return super().eventFilter(watched, event)

    def _fit_history(self) -> None:
        """Make the adjustments list as tall as its newest HISTORY_ROWS lines are, each wrapped
        at the width the list has, so that no note is cut (older ones scroll)."""
        rows = min(self.history_model.rowCount(), HISTORY_ROWS)
        width = max(self.history.viewport().width(), 1)
        metrics = self.history.fontMetrics()
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
        # (each row is the width less the spacing on both sides, its words less the margins)
        room = QRect(0, 0, max(width - 2 * (margin + self.history.spacing()), 1), 0)
        texts = [str(self.history_model.index(row).data()) for row in range(rows)]
        height = sum(
            metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, text).height()
            + 2 * (margin + self.history.spacing())
            for text in texts
        )
        fitted = height + 2 * self.history.frameWidth() if rows else 0
        if self.history.height() != fitted:
            self.history.setFixedHeight(fitted)

    def _build_thought_records(self) -> QGroupBox:
        box = QGroupBox(self.tr("Thought records about this step"))
        self.records_box = box
        self.records_model = EntryListModel()
        self.records = QListView()
        self.records.setModel(self.records_model)
        self.records.setItemDelegate(EntryDelegate(self.records))
        self.records.setAccessibleName(self.tr("Thought records about this step"))
        self.records.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.records.setToolTip(self.tr("Open in the journal (Enter or double-click)"))
        self.records.activated.connect(self._open_record)
        layout = QVBoxLayout(box)
        layout.addWidget(self.records)
        return box

    @Slot(QModelIndex)
    def _open_record(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_entry.emit(index.data(EntryRole).id)

    # -- showing ----------------------------------------------------------------------------

    def show_item(self, item: PlanItem, day: date | None = None, today: date | None = None) -> None:
        """Show a plan item, checking in for day (the day shown so far by default)."""
        self.item = item
        self.title.setText(item.title)
        self.meta.setText(
            " · ".join(
                [labels.kind(item.kind), labels.rhythm(item.rhythm, item.days_per_week)]
                + ([labels.status(item.status)] if item.status is not Status.ACTIVE else [])
            )
        )
        self.why.setText(item.why)
        self.why.setVisible(bool(item.why))
        self.smaller.setText(
            self.tr("Smaller version: %1").replace("%1", item.smaller_version)
            if item.smaller_version
            else ""
        )
        self.smaller.setVisible(bool(item.smaller_version))
        self.pause_button.setText(
            self.tr("Pick &up again") if item.status is Status.PAUSED else self.tr("Pa&use")
        )
        self.pause_button.setVisible(item.status is not Status.RETIRED)
        self.retire_button.setText(
            self.tr("&Bring back") if item.status is Status.RETIRED else self.tr("Ret&ire…")
        )
        records = search.thought_records_for_item(item.id)
        self.records_model.show_all(records)
        self.records_box.setVisible(bool(records))
        if records:
            self.records.setFixedHeight(
                min(len(records), 3) * self.records.sizeHintForRow(0)
                + 2 * self.records.frameWidth()
            )
        history = plan.adjustments(item.id)
        self.history_model.set_rows(history)
        self.history.setVisible(bool(history))
        self.history_empty.setVisible(not history)
        self._fit_history()
        self.check_in_box.show_for(item, day, today or self.check_in_box.today)

    def select_day(self, day: date) -> None:
        """Check in for another day (never a future one)."""
        self.check_in_box.select_day(day)

    def commit_pending(self) -> bool:
        """Store text still being typed (before switching item or closing)."""
        return self.check_in_box.commit_pending()

    def set_read_only(self, read_only: bool) -> None:
        """Hold back editing, adjusting, pausing, retiring and checking in (the data is open
        read-only); the item, its week and its history can still be read."""
        self.read_only = read_only
        hold(
            [self.edit_button, self.adjust_button, self.pause_button, self.retire_button],
            read_only,
        )
        self.check_in_box.set_read_only(read_only)

    # -- storing ----------------------------------------------------------------------------

    def _toggle_pause(self) -> None:
        if self.item is None or self.read_only:
            return
        target = Status.ACTIVE if self.item.status is Status.PAUSED else Status.PAUSED
        changed = self.writer.result(Scope.PLAN, plan.set_status, self.item.id, target)
        if changed is not None:
            self.item = changed
            self.changed.emit()

    def _toggle_retire(self) -> None:
        if self.item is None or self.read_only:
            return
        if self.item.status is not Status.RETIRED:
            self.retire_requested.emit()
            return
        changed = self.writer.result(Scope.PLAN, plan.set_status, self.item.id, Status.ACTIVE)
        if changed is not None:
            self.item = changed
            self.changed.emit()
