"""The selected plan item: check in for a day, say what got in the way, see the week and history."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QModelIndex, QSize, Qt, Signal, Slot
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDateEdit,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.content.acknowledgements import acknowledgement
from desktop.store import journal, plan
from desktop.store.records import CheckIn, Outcome, PlanItem, Reason, Status
from desktop.store.text import FIELD_MAX
from desktop.ui.common import labels
from desktop.ui.common.dates import from_qdate, to_qdate, week_of
from desktop.ui.common.entry_list import EntryDelegate, EntryListModel, EntryRole
from desktop.ui.common.outcome_mark import mark_icon
from desktop.ui.plan.models import AdjustmentModel
from desktop.ui.plan.week_view import WeekView

# Mnemonics avoid F and H, which open the File and Help menus.
OUTCOME_BUTTON_TEXT = {
    Outcome.DONE: "&Done",
    Outcome.SMALLER: "Did the &smaller version",
    Outcome.TRIED: "&Tried / started",
    Outcome.THOUGHT: "Th&ought about it",
    Outcome.NOT_TODAY: "&Not today",
    Outcome.RESTED: "&Rested on purpose",
}

CHOSEN_STYLE = """
QPushButton:checked {
    background-color: palette(highlight);
    color: palette(highlighted-text);
    border: 1px solid palette(highlight);
    border-radius: 3px;
    padding: 3px 8px;
}
"""


def _quiet(label: QLabel) -> QLabel:
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def _wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class PlanDetail(QWidget):
    """Everything about one plan item; emits changed after anything is stored."""

    changed = Signal()
    edit_requested = Signal()
    adjust_requested = Signal()
    retire_requested = Signal()
    open_entry = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: PlanItem | None = None
        self.today = date.today()
        self.day = self.today
        self.check_in: CheckIn | None = None
        self._cleared: CheckIn | None = None

        self.title = _wrapped()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.meta = _quiet(_wrapped())
        self.why = _wrapped()
        self.smaller = _wrapped()

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

        layout = QVBoxLayout(self)
        margin = self.fontMetrics().height()
        layout.setContentsMargins(margin, margin // 2, margin // 2, margin // 2)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(self.why)
        layout.addWidget(self.smaller)
        layout.addLayout(actions)
        layout.addWidget(self._build_check_in())
        self.week = WeekView()
        layout.addWidget(self.week)
        layout.addWidget(self._build_history())
        layout.addWidget(self._build_thought_records())
        layout.addStretch(1)

        self.edit_button.clicked.connect(self.edit_requested)
        self.adjust_button.clicked.connect(self.adjust_requested)
        self.pause_button.clicked.connect(self._toggle_pause)
        self.retire_button.clicked.connect(self._toggle_retire)
        self.week.day_selected.connect(self.select_day)

    # -- building ---------------------------------------------------------------------------

    def _build_check_in(self) -> QGroupBox:
        box = QGroupBox(self.tr("Check in"))
        self.check_in_box = box
        self.day_edit = QDateEdit()
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("d MMM yyyy")
        self.day_edit.setAccessibleName(self.tr("Day to check in for"))
        self.day_edit.dateChanged.connect(self._day_edited)
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.setAccessibleName(self.tr("Check in for today"))
        self.today_button.clicked.connect(lambda: self.select_day(self.today))
        self.day_label = QLabel()
        day_row = QHBoxLayout()
        day_row.addWidget(self.day_label, 1)
        day_row.addWidget(self.day_edit)
        day_row.addWidget(self.today_button)

        self.outcome_group = QButtonGroup(self)
        self.outcome_group.setExclusive(False)  # so that clearing can uncheck them all
        self.outcome_buttons: dict[Outcome, QPushButton] = {}
        grid = QGridLayout()
        for number, outcome in enumerate(Outcome):
            button = QPushButton(self.tr(OUTCOME_BUTTON_TEXT[outcome]))
            button.setCheckable(True)
            button.setAccessibleName(labels.outcome(outcome))
            icon_size = self.fontMetrics().height()
            button.setIcon(mark_icon(outcome, self.palette(), icon_size, self.devicePixelRatioF()))
            button.setIconSize(QSize(icon_size, icon_size))
            button.clicked.connect(lambda _=False, o=outcome: self.record(o))
            self.outcome_group.addButton(button)
            self.outcome_buttons[outcome] = button
            grid.addWidget(button, number // 3, number % 3)
        for column in range(3):
            grid.setColumnStretch(column, 1)

        self.clear_button = QPushButton(self.tr("&Clear this check-in"))
        self.clear_button.clicked.connect(self.clear)
        self.put_back_button = QPushButton(self.tr("&Put it back"))
        self.put_back_button.clicked.connect(self.put_back)
        self.cleared_label = _quiet(QLabel(self.tr("Check-in cleared.")))
        clear_row = QHBoxLayout()
        clear_row.addWidget(self.cleared_label)
        clear_row.addWidget(self.put_back_button)
        clear_row.addStretch(1)
        clear_row.addWidget(self.clear_button)

        self.acknowledgement = _wrapped()
        self.acknowledgement.setAccessibleName(self.tr("A note for you"))
        self.acknowledgement_frame = QFrame()
        self.acknowledgement_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.acknowledgement_frame.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.acknowledgement_frame.setAutoFillBackground(True)
        frame_layout = QVBoxLayout(self.acknowledgement_frame)
        frame_layout.addWidget(self.acknowledgement)

        # A chosen outcome or reason is drawn in the accent colour of the system palette.
        box.setStyleSheet(CHOSEN_STYLE)
        layout = QVBoxLayout(box)
        layout.addLayout(day_row)
        layout.addLayout(grid)
        layout.addLayout(clear_row)
        layout.addWidget(self._build_reasons())
        layout.addWidget(self.acknowledgement_frame)
        return box

    def _build_reasons(self) -> QWidget:
        self.reasons_box = QWidget()
        heading = QLabel(self.tr("What got in the way? (optional)"))
        self.reason_buttons: dict[Reason, QPushButton] = {}
        grid = QGridLayout()
        for number, reason in enumerate(Reason):
            button = QPushButton(labels.reason(reason))
            button.setCheckable(True)
            button.setAccessibleName(labels.reason(reason))
            button.toggled.connect(self._save_details)
            self.reason_buttons[reason] = button
            grid.addWidget(button, number // 3, number % 3)
        self.other_reason = QLineEdit()
        self.other_reason.setMaxLength(FIELD_MAX)
        self.other_reason.setPlaceholderText(self.tr("Something else, in your own words"))
        self.other_reason.setAccessibleName(self.tr("Something else that got in the way"))
        self.other_reason.editingFinished.connect(self._save_details)
        grid.addWidget(self.other_reason, 1, 2)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        self.note = QLineEdit()
        self.note.setMaxLength(FIELD_MAX)
        self.note.setPlaceholderText(self.tr("A note about today (optional)"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.editingFinished.connect(self._save_details)
        layout = QVBoxLayout(self.reasons_box)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(heading)
        layout.addLayout(grid)
        layout.addWidget(self.note)
        return self.reasons_box

    def _build_history(self) -> QGroupBox:
        box = QGroupBox(self.tr("Adjustments"))
        self.history_model = AdjustmentModel()
        self.history = QListView()
        self.history.setModel(self.history_model)
        self.history.setWordWrap(True)
        self.history.setAccessibleName(self.tr("Adjustment history"))
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history_empty = _quiet(
            _wrapped(
                self.tr(
                    "When you make this step smaller, change its rhythm or pause it, the "
                    "change is noted here, ready to talk about in your next session."
                )
            )
        )
        layout = QVBoxLayout(box)
        layout.addWidget(self.history_empty)
        layout.addWidget(self.history)
        return box

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
        """Show a plan item, checking in for day (today by default)."""
        if self.item is None or item.id != self.item.id:
            self._cleared = None
        self.item = item
        self.today = today or date.today()
        self.day = min(day or self.day, self.today)
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
        records = journal.thought_records_for_item(item.id)
        self.records_model.load(lambda after: records if after is None else [])
        self.records_box.setVisible(bool(records))
        if records:
            self.records.setFixedHeight(
                min(len(records), 3) * self.records.sizeHintForRow(0)
                + 2 * self.records.frameWidth()
            )
        history = plan.adjustments(item.id)
        self.history_model.set_rows(history)
        rows = min(len(history), 6)
        self.history.setFixedHeight(
            rows * self.history.sizeHintForRow(0) + 2 * self.history.frameWidth() + 4
            if history
            else 0
        )
        self.history.setVisible(bool(history))
        self.history_empty.setVisible(not history)
        self._show_day()

    def select_day(self, day: date) -> None:
        """Check in for another day (never a future one)."""
        if self.item is None:
            return
        self.commit_pending()
        self.day = min(day, self.today)
        self._cleared = None
        self._show_day()

    def _show_day(self) -> None:
        assert self.item is not None
        days = week_of(self.day)
        week = {c.day: c for c in plan.check_ins_between(days[0], days[-1], self.item.id)}
        self.check_in = week.get(self.day)
        self.week.show_week(self.day, week, self.today)
        self.day_edit.blockSignals(True)
        self.day_edit.setMaximumDate(to_qdate(self.today))
        self.day_edit.setDate(to_qdate(self.day))
        self.day_edit.blockSignals(False)
        if self.day == self.today:
            self.day_label.setText(self.tr("How did it go today?"))
        else:
            self.day_label.setText(
                self.tr("How did it go on %1?").replace(
                    "%1", f"{labels.weekday(self.day, long=True)} {labels.day(self.day)}"
                )
            )
        self.today_button.setEnabled(self.day != self.today)
        self._show_check_in()

    def _show_check_in(self) -> None:
        check_in = self.check_in
        chosen = check_in.outcome if check_in else None
        for outcome, button in self.outcome_buttons.items():
            button.setChecked(outcome is chosen)
        widgets = [*self.reason_buttons.values(), self.other_reason, self.note]
        for widget in widgets:
            widget.blockSignals(True)
        for reason, button in self.reason_buttons.items():
            button.setChecked(bool(check_in and reason in check_in.reasons))
        self.other_reason.setText(check_in.other_reason if check_in else "")
        self.note.setText(check_in.note if check_in else "")
        for widget in widgets:
            widget.blockSignals(False)
        self.reasons_box.setVisible(chosen is not None and chosen is not Outcome.DONE)
        self.clear_button.setVisible(check_in is not None)
        self.cleared_label.setVisible(self._cleared is not None and check_in is None)
        self.put_back_button.setVisible(self._cleared is not None and check_in is None)
        self._show_acknowledgement()

    def _show_acknowledgement(self) -> None:
        text = None
        if self.check_in is not None and self.item is not None:
            text = acknowledgement(
                self.check_in.outcome,
                self.check_in.reasons,
                self.check_in.other_reason,
                seed=f"{self.item.id}:{self.check_in.day.isoformat()}",
            )
        self.acknowledgement.setText(text or "")
        self.acknowledgement_frame.setVisible(bool(text))

    # -- storing ----------------------------------------------------------------------------

    def _chosen_reasons(self) -> list[Reason]:
        return [r for r, button in self.reason_buttons.items() if button.isChecked()]

    def record(self, outcome: Outcome) -> None:
        """Check in for the selected day with an outcome (keeping any reasons and note)."""
        if self.item is None:
            return
        # Reasons stay stored under "Done" (where they are hidden and not counted), so going
        # back to another outcome shows them again.
        keep = self.check_in is not None
        self.check_in = plan.check_in(
            self.item.id,
            self.day,
            outcome,
            reasons=self._chosen_reasons() if keep else (),
            other_reason=self.other_reason.text() if keep else "",
            note=self.note.text() if self.check_in is not None else "",
        )
        self._cleared = None
        self._stored()

    @Slot()
    def _save_details(self) -> None:
        if self.item is None or self.check_in is None:
            return
        reasons, other, note = self._chosen_reasons(), self.other_reason.text(), self.note.text()
        current = self.check_in
        if (
            frozenset(reasons) == current.reasons
            and other.strip() == current.other_reason
            and note.strip() == current.note
        ):
            return
        self.check_in = plan.check_in(
            self.item.id, self.day, current.outcome, reasons=reasons, other_reason=other, note=note
        )
        self._show_acknowledgement()
        self.changed.emit()

    def _stored(self) -> None:
        # Show what is stored before anyone refreshes, so stale widgets are never saved back.
        self._show_check_in()
        self.changed.emit()

    def commit_pending(self) -> None:
        """Store text still being typed (before switching item or closing)."""
        self._save_details()

    def clear(self) -> None:
        """Remove the check-in for the selected day; it can be put back."""
        if self.item is None:
            return
        self._cleared = plan.clear_check_in(self.item.id, self.day)
        self.check_in = None
        self._stored()

    def put_back(self) -> None:
        """Restore the check-in that was just cleared."""
        if self.item is None or self._cleared is None:
            return
        old, self._cleared = self._cleared, None
        self.check_in = plan.check_in(
            old.item_id,
            old.day,
            old.outcome,
            reasons=old.reasons,
            other_reason=old.other_reason,
            note=old.note,
        )
        self._stored()

    @Slot(QDate)
    def _day_edited(self, value: QDate) -> None:
        self.select_day(from_qdate(value))

    def _toggle_pause(self) -> None:
        if self.item is None:
            return
        target = Status.ACTIVE if self.item.status is Status.PAUSED else Status.PAUSED
        self.item = plan.set_status(self.item.id, target)
        self.changed.emit()

    def _toggle_retire(self) -> None:
        if self.item is None:
            return
        if self.item.status is Status.RETIRED:
            self.item = plan.set_status(self.item.id, Status.ACTIVE)
            self.changed.emit()
        else:
            self.retire_requested.emit()
