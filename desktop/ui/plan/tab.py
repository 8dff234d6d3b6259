"""The Action plan tab: the plan items from therapy, today's check-ins, adjustments."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.store import plan
from desktop.store.records import CheckIn, Status
from desktop.ui.app.events import Events, Scope
from desktop.ui.app.tab import Tab
from desktop.ui.common.dates import week_of
from desktop.ui.common.read_only import hold
from desktop.ui.common.screen_reader import named
from desktop.ui.common.welcome import welcome_page
from desktop.ui.common.widgets import confirm, move_buttons, page_scroll
from desktop.ui.plan.adjust_dialog import AdjustDialog
from desktop.ui.plan.delegate import PlanItemDelegate
from desktop.ui.plan.detail import PlanDetail
from desktop.ui.plan.item_dialog import ItemDialog
from desktop.ui.plan.models import ItemRole, PlanItemModel, PlanRow

CURRENT_VIEW, RETIRED_VIEW = 0, 1


class PlanTab(Tab):
    """The plan on the left, the selected item on the right."""

    #: The plan, and the journal's thought records shown with each item.
    shows = Scope.PLAN | Scope.JOURNAL

    def __init__(self, events: Events, parent: QWidget | None = None) -> None:
        super().__init__(events, parent)

        self.model = PlanItemModel()
        self.delegate = PlanItemDelegate(self.today, self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(self.delegate)
        self.list.setAccessibleName(self.tr("Plan items"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Each card as tall as its title needs at the list's width (wrapped, never cut):
        # laid out again when the width changes, and never wider than the list.
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

        self.view_choice = named(QComboBox(), self.tr("Which plan items to show"))
        self.view_choice.addItems([self.tr("Current plan"), self.tr("Retired items")])
        self.add_button = QPushButton(self.tr("Add plan item…"))
        self.add_button.setToolTip(self.tr("Add a plan item (Ctrl+N)"))
        self.up_button, self.down_button = move_buttons()

        top = QHBoxLayout()
        top.addWidget(self.view_choice, 1)
        top.addWidget(self.up_button)
        top.addWidget(self.down_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.add_button)

        self.detail = PlanDetail(self.writer, self.today)
        scroll = page_scroll(self.detail)
        self.nothing_retired = QLabel(
            self.tr("Nothing is retired. Items you retire are kept here with their history.")
        )
        self.nothing_retired.setWordWrap(True)
        self.nothing_retired.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right = QStackedWidget()
        self.right.addWidget(scroll)
        self.right.addWidget(self.nothing_retired)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        width = self.fontMetrics().averageCharWidth()
        splitter.setSizes([width * 55, width * 95])
        self.splitter = splitter

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_empty_state())
        self.pages.addWidget(splitter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        self.add_button.clicked.connect(self.add_item)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.view_choice.currentIndexChanged.connect(lambda _index: self.refresh())
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.detail.changed.connect(self._stored)
        self.detail.edit_requested.connect(self.edit_item)
        self.detail.adjust_requested.connect(self.adjust_item)
        self.detail.retire_requested.connect(self.retire_item)
        self.detail.open_entry.connect(self.events.open_entry)
        self.shortcut("Ctrl+N", self.add_item, anywhere=True)
        self.shortcut("Alt+Up", lambda: self.move_selected(-1))
        self.shortcut("Alt+Down", lambda: self.move_selected(1))
        self.refresh()

    def _build_empty_state(self) -> QWidget:
        self.first_item_button = QPushButton(self.tr("Add your first plan item"))
        self.first_item_button.setDefault(True)
        self.first_item_button.clicked.connect(self.add_item)
        return welcome_page(
            self.tr("Your plan from therapy, one small step at a time"),
            self.tr(
                "Add the steps you agreed on in therapy, each with a smaller version for the "
                "harder days. Then check in when you like: done, the smaller version, tried, "
                "or just thought about it. Every one of those counts.\n\n"
                "Nothing here is graded, and a day without a check-in is simply a day."
            ),
            [self.first_item_button],
        )

    # -- showing ----------------------------------------------------------------------------

    def showing_retired(self) -> bool:
        """Whether the list shows retired items rather than the current plan."""
        return self.view_choice.currentIndex() == RETIRED_VIEW

    def current_item_id(self) -> int | None:
        """The id of the selected plan item, if any."""
        index = self.list.currentIndex()
        return index.data(ItemRole).id if index.isValid() else None

    @Slot()
    def refresh(self, select_id: int | None = None) -> None:
        """Reload the list from the store, keeping the selection where it was."""
        self.detail.commit_pending()  # never lose a note being typed to a refresh
        keep = select_id if select_id is not None else self.current_item_id()
        statuses = (Status.RETIRED,) if self.showing_retired() else plan.CURRENT
        items = plan.list_items(statuses)
        days = week_of(self.today)
        week: dict[int, dict[date, CheckIn]] = defaultdict(dict)
        for found in plan.check_ins_between(days[0], days[-1]):
            week[found.item_id][found.day] = found
        self.delegate.today = self.today
        self.model.set_rows(
            [PlanRow(item, week[item.id].get(self.today), week[item.id]) for item in items]
        )
        empty_plan = not items and not self.showing_retired() and not plan.list_items(Status)
        self.pages.setCurrentIndex(0 if empty_plan else 1)
        self.right.setCurrentIndex(1 if not items else 0)
        row = self.model.row_of(keep) if keep is not None else None
        if row is None and items:
            row = 0
        if row is not None:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row),
                QItemSelectionModel.SelectionFlag.ClearAndSelect,
            )
            self._show_detail(self.model.index(row))
        self._update_buttons()

    def _show_detail(self, index: QModelIndex) -> None:
        if index.isValid():
            self.detail.show_item(index.data(ItemRole), today=self.today)

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if previous.isValid():
            self.detail.commit_pending()
        self._show_detail(current)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.list.currentIndex().row()
        movable = not self.read_only and not self.showing_retired() and row >= 0
        self.up_button.setEnabled(movable and row > 0)
        self.down_button.setEnabled(movable and row < self.model.rowCount() - 1)
        self.add_button.setVisible(not self.showing_retired())

    @Slot()
    def _stored(self) -> None:
        self.refresh()  # the detail stored something: the list shows it too

    def refresh_for(self, scope: Scope) -> None:
        """Another tab changed the plan (show it all again) or the journal (the thought records
        shown with the item)."""
        if scope & Scope.PLAN:
            self.refresh()
        elif self.detail.item is not None:
            self.detail.show_item(self.detail.item, today=self.today)

    def set_today(self, day: date) -> None:
        """Make day the tab's today (at midnight, or for a fixed day in screenshots)."""
        self.detail.commit_pending()
        self.today = day
        self.detail.day = day
        self.refresh()

    def commit_pending(self) -> bool:
        """Store anything still being typed."""
        return self.detail.commit_pending()

    def set_read_only(self, read_only: bool) -> None:
        """Hold back adding and moving plan items, and all the selected item offers: editing,
        adjusting, pausing, retiring, checking in (the data is open read-only)."""
        super().set_read_only(read_only)
        hold([self.add_button, self.first_item_button, self.up_button, self.down_button], read_only)
        self.detail.set_read_only(read_only)
        self._update_buttons()

    # -- commands ---------------------------------------------------------------------------

    @Slot()
    def add_item(self) -> None:
        """Ask for a new plan item and add it."""
        if self.read_only:
            return
        dialog = ItemDialog(parent=self)
        dialog.save = lambda: plan.add_item(**dialog.values())  # type: ignore[arg-type]
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        item = dialog.saved
        self.view_choice.setCurrentIndex(CURRENT_VIEW)
        self.refresh(select_id=item.id)
        self.writer.announce(Scope.PLAN)
        self.list.setFocus()

    @Slot()
    def edit_item(self) -> None:
        """Edit the selected plan item."""
        item = self.detail.item
        if item is None or self.read_only:
            return
        dialog = ItemDialog(item, parent=self)
        dialog.save = lambda: plan.edit_item(item.id, **dialog.values())  # type: ignore[arg-type]
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._stored_by_dialog()

    @Slot()
    def adjust_item(self) -> None:
        """Fit the selected item to today's capacity, keeping the change in its history."""
        item = self.detail.item
        if item is None or self.read_only:
            return
        dialog = AdjustDialog(item, parent=self)

        def save() -> object:
            rhythm, days = dialog.chosen_rhythm()
            return plan.adjust_item(
                item.id,
                smaller_version=dialog.smaller_version(),
                rhythm=rhythm,
                days_per_week=days,
                status=dialog.chosen_status(),
                note=dialog.note_text(),
            )

        dialog.save = save
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._stored_by_dialog()

    def _stored_by_dialog(self) -> None:
        self.refresh()
        self.writer.announce(Scope.PLAN)

    @Slot()
    def retire_item(self) -> None:
        """Retire the selected item after a gentle confirmation; it is kept and can come back."""
        item = self.detail.item
        if item is None or self.read_only:
            return
        retire = confirm(
            self,
            self.tr("Retire plan item"),
            self.tr("Retire “%1”?").replace("%1", item.title),
            self.tr("Retire"),
            details=self.tr(
                "It leaves your current plan but is kept, with its check-ins and history, "
                "under Retired items. You can bring it back at any time."
            ),
        )
        if retire and self.writer.run(Scope.PLAN, plan.set_status, item.id, Status.RETIRED):
            self.refresh()

    def move_selected(self, step: int) -> None:
        """Move the selected item up (-1) or down (+1) in the plan."""
        if self.read_only or self.showing_retired():
            return
        row = self.list.currentIndex().row()
        target = row + step
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        ids = self.model.item_ids()
        ids[row], ids[target] = ids[target], ids[row]
        if self.writer.run(Scope.PLAN, plan.reorder, ids):
            self.refresh(select_id=ids[target])
