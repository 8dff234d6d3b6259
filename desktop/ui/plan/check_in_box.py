"""Checking in on one plan item for a day: six honest outcomes, what got in the way (never
required), a note, a kind word afterwards, and a cleared check-in that can be put back."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QSize, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.content.acknowledgements import acknowledgement
from desktop.reports.words import QT_TRANSLATE_NOOP
from desktop.store import plan
from desktop.store.records import CheckIn, Outcome, PlanItem, Reason
from desktop.store.text import FIELD_MAX
from desktop.ui.app.events import Scope
from desktop.ui.app.write import Writer
from desktop.ui.common import labels
from desktop.ui.common.columns import ColumnGrid
from desktop.ui.common.dates import from_qdate, to_qdate, week_of
from desktop.ui.common.outcome_mark import mark_icon
from desktop.ui.common.read_only import hold
from desktop.ui.common.screen_reader import announce, spoken
from desktop.ui.common.widgets import accent_when_checked, quiet, selectable

# Mnemonics avoid F and H, which open the File and Help menus.
OUTCOME_BUTTON_TEXT = {
    Outcome.DONE: QT_TRANSLATE_NOOP("CheckInBox", "&Done"),
    Outcome.SMALLER: QT_TRANSLATE_NOOP("CheckInBox", "Did the &smaller version"),
    Outcome.TRIED: QT_TRANSLATE_NOOP("CheckInBox", "&Tried / started"),
    Outcome.THOUGHT: QT_TRANSLATE_NOOP("CheckInBox", "Th&ought about it"),
    Outcome.NOT_TODAY: QT_TRANSLATE_NOOP("CheckInBox", "&Not today"),
    Outcome.RESTED: QT_TRANSLATE_NOOP("CheckInBox", "&Rested on purpose"),
}

#: How far the arrow keys move among the six outcomes, in rows (up and down: a row's worth).
OUTCOME_STEPS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
ROW_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down)


class CheckInBox(QGroupBox):
    """The check-in for one item on one day; emits changed after anything is stored, and
    week_shown(day, that week's check-ins) whenever it shows a day."""

    changed = Signal()
    week_shown = Signal(object, object)

    def __init__(self, writer: Writer, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Check in"))
        self.writer = writer
        self.item: PlanItem | None = None
        self.today = today
        self.day = today
        self.check_in: CheckIn | None = None
        self._cleared: CheckIn | None = None
        self.read_only = False  # set_read_only

        self.day_edit = QDateEdit()
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat(labels.day_format())
        self.day_edit.setAccessibleName(self.tr("Day to check in for"))
        self.day_edit.dateChanged.connect(self._day_edited)
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.setAccessibleName(self.tr("Check in for today"))
        self.today_button.clicked.connect(lambda: self.select_day(self.today))
        self.day_label = QLabel()
        self.day_label.setWordWrap(True)  # (a long day's name and a large font: it wraps)
        day_row = QHBoxLayout()
        day_row.addWidget(self.day_label, 1)
        day_row.addWidget(self.day_edit)
        day_row.addWidget(self.today_button)

        self.outcome_group = QButtonGroup(self)
        self.outcome_group.setExclusive(False)  # so that clearing can uncheck them all
        self.outcome_buttons: dict[Outcome, QPushButton] = {}
        self.outcome_grid = grid = ColumnGrid(3)  # fewer columns when there isn't the room
        icon_size = self.fontMetrics().height()
        for outcome in Outcome:
            text = QCoreApplication.translate("CheckInBox", OUTCOME_BUTTON_TEXT[outcome])
            button = QPushButton(text)
            button.setCheckable(True)
            # Read as radio buttons: one of six, the chosen one checked. Read so only: in a
            # button group the group's rule holds, and this one isn't exclusive (see above).
            button.setAutoExclusive(True)
            button.setAccessibleName(labels.outcome(outcome))
            button.setIconSize(QSize(icon_size, icon_size))
            button.clicked.connect(lambda _=False, o=outcome: self.record(o))
            button.installEventFilter(self)  # the arrow keys move within the six
            self.outcome_group.addButton(button)
            self.outcome_buttons[outcome] = button
            grid.addWidget(button)
        self._tab_stop(None)

        self.clear_button = QPushButton(self.tr("&Clear this check-in"))
        self.clear_button.clicked.connect(self.clear)
        self.put_back_button = QPushButton(self.tr("&Put it back"))
        self.put_back_button.clicked.connect(self.put_back)
        self.cleared_label = quiet(QLabel(self.tr("Check-in cleared.")))
        clear_row = QHBoxLayout()
        clear_row.addWidget(self.cleared_label)
        clear_row.addWidget(self.put_back_button)
        clear_row.addStretch(1)
        clear_row.addWidget(self.clear_button)

        self.acknowledgement = spoken(selectable(QLabel()), self.tr("A note for you"))
        self.acknowledgement_frame = QFrame()
        self.acknowledgement_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.acknowledgement_frame.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.acknowledgement_frame.setAutoFillBackground(True)
        frame_layout = QVBoxLayout(self.acknowledgement_frame)
        frame_layout.addWidget(self.acknowledgement)

        layout = QVBoxLayout(self)
        layout.addLayout(day_row)
        layout.addLayout(grid)
        layout.addLayout(clear_row)
        layout.addWidget(self._build_reasons())
        layout.addWidget(self.acknowledgement_frame)
        # A chosen outcome or reason is drawn in the accent colour of the palette.
        self._accents = [
            accent_when_checked(chosen)
            for chosen in (*self.outcome_buttons.values(), *self.reason_buttons.values())
        ]
        self._draw_marks()

    def _build_reasons(self) -> QWidget:
        self.reasons_box = QWidget()
        heading = QLabel(self.tr("What got in the way? (optional)"))
        self.reason_buttons: dict[Reason, QPushButton] = {}
        grid = ColumnGrid(3)
        for reason in Reason:
            button = QPushButton(labels.reason(reason))
            button.setCheckable(True)
            button.setAccessibleName(labels.reason(reason))
            button.toggled.connect(self._save_details)
            self.reason_buttons[reason] = button
            grid.addWidget(button)
        # On a line of its own, so that what it asks for is never cut.
        self.other_reason = QLineEdit()
        self.other_reason.setMaxLength(FIELD_MAX)
        self.other_reason.setPlaceholderText(self.tr("Something else, in your own words"))
        self.other_reason.setAccessibleName(self.tr("Something else that got in the way"))
        self.other_reason.editingFinished.connect(self._save_details)
        self.note = QLineEdit()
        self.note.setMaxLength(FIELD_MAX)
        self.note.setPlaceholderText(self.tr("A note about today (optional)"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.editingFinished.connect(self._save_details)
        # Asked only where something may have got in the way (Outcome.asks_what_got_in_the_way);
        # the note is there after every outcome.
        self.asking = QWidget()
        asking = QVBoxLayout(self.asking)
        asking.setContentsMargins(0, 0, 0, 0)
        asking.addWidget(heading)
        asking.addLayout(grid)
        asking.addWidget(self.other_reason)
        layout = QVBoxLayout(self.reasons_box)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.asking)
        layout.addWidget(self.note)
        return self.reasons_box

    def set_read_only(self, read_only: bool) -> None:
        """Hold back checking in, clearing and changing reasons or the note (the data is open
        read-only): what was checked in for each day can still be read, and the day changed."""
        self.read_only = read_only
        buttons = [*self.outcome_buttons.values(), *self.reason_buttons.values()]
        hold([*buttons, self.clear_button, self.put_back_button], read_only)
        hold([self.other_reason, self.note], read_only)

    # -- showing ----------------------------------------------------------------------------

    # -- the palette ----------------------------------------------------------------------------

    def _draw_marks(self) -> None:
        size = self.fontMetrics().height()
        for outcome, button in self.outcome_buttons.items():
            button.setIcon(mark_icon(outcome, self.palette(), size, self.devicePixelRatioF()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._draw_marks()  # light to dark (or back) while the app runs

    # -- the six outcomes as one group for the keyboard ----------------------------------------

    def _tab_stop(self, outcome: Outcome | None) -> None:
        """Make the outcome chosen (or the first) the group's one Tab stop: Tab enters the six
        there and leaves them at once; the others are reached with the arrow keys."""
        stop = self.outcome_buttons[outcome or next(iter(Outcome))]
        for button in self.outcome_buttons.values():
            button.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if button is stop else Qt.FocusPolicy.ClickFocus
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        buttons: list[QObject] = list(self.outcome_buttons.values())
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key = Qt.Key(event.key())
            step = OUTCOME_STEPS.get(key)
            if step is not None and key in ROW_KEYS:  # as many as there are to a row now
                step *= self.outcome_grid.columns_for(self.outcome_grid.geometry().width())
            if watched in buttons and step is not None and not event.modifiers():
                target = self.outcome_buttons[list(Outcome)[(buttons.index(watched) + step) % 6]]
                target.setFocus(Qt.FocusReason.TabFocusReason)
                return True  # moved only: Space or Enter chooses
        return super().eventFilter(watched, event)

    def show_for(self, item: PlanItem, day: date | None, today: date) -> None:
        """Check in on item, for day (the day shown so far by default; never after today)."""
        if self.item is None or item.id != self.item.id:
            self._cleared = None
        self.item = item
        self.today = today
        self.day = min(day or self.day, today)
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
        self.week_shown.emit(self.day, week)
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
        for paint in self._accents:  # (their toggles were silent)
            paint()
        self.reasons_box.setVisible(chosen is not None)
        self._tab_stop(chosen)
        self.asking.setVisible(chosen is not None and chosen.asks_what_got_in_the_way)
        self.clear_button.setVisible(check_in is not None)
        self.cleared_label.setVisible(self._cleared is not None and check_in is None)
        self.put_back_button.setVisible(self._cleared is not None and check_in is None)
        self._show_acknowledgement()

    def _show_acknowledgement(self) -> None:
        text = ""
        if self.check_in is not None and self.item is not None:
            text = acknowledgement(
                self.check_in.outcome,
                self.check_in.reasons,
                self.check_in.other_reason,
                seed=f"{self.item.id}:{self.check_in.day.isoformat()}",
            )
        self.acknowledgement.setText(text)
        self.acknowledgement_frame.setVisible(bool(text))

    # -- storing ----------------------------------------------------------------------------

    def _chosen_reasons(self) -> list[Reason]:
        return [r for r, button in self.reason_buttons.items() if button.isChecked()]

    def record(self, outcome: Outcome) -> None:
        """Check in for the selected day with an outcome (keeping any reasons and note)."""
        if self.item is None or self.read_only:
            return
        # Reasons stay stored under "Done" (where they are hidden and not counted), so going
        # back to another outcome shows them again.
        keep = self.check_in is not None
        stored = self.writer.result(
            Scope.PLAN,
            plan.check_in,
            self.item.id,
            self.day,
            outcome,
            reasons=self._chosen_reasons() if keep else (),
            other_reason=self.other_reason.text() if keep else "",
            note=self.note.text() if keep else "",
        )
        if stored is None:
            self._show_check_in()  # the buttons show what is stored, not the click
            return
        self.check_in = stored
        self._cleared = None
        self._stored()
        announce(self.acknowledgement, self.acknowledgement.text())  # the kind word, said

    @Slot()
    def _save_details(self) -> bool:
        if self.item is None or self.check_in is None or self.read_only:
            return True  # (read-only: nothing can have been changed)
        reasons, other, note = self._chosen_reasons(), self.other_reason.text(), self.note.text()
        current = self.check_in
        if (
            frozenset(reasons) == current.reasons
            and other.strip() == current.other_reason
            and note.strip() == current.note
        ):
            return True
        stored = self.writer.result(
            Scope.PLAN,
            plan.check_in,
            self.item.id,
            self.day,
            current.outcome,
            reasons=reasons,
            other_reason=other,
            note=note,
        )
        if stored is None:
            return False  # the words stay in their fields; the app retries
        self.check_in = stored
        self._show_acknowledgement()
        self.changed.emit()
        return True

    def _stored(self) -> None:
        # Show what is stored before anyone refreshes, so stale widgets are never saved back.
        self._show_check_in()
        self.changed.emit()

    def commit_pending(self) -> bool:
        """Store reasons and a note still being typed; False when they couldn't be yet."""
        return self._save_details()

    def clear(self) -> None:
        """Remove the check-in for the selected day; it can be put back."""
        if self.item is None or self.read_only:
            return
        cleared = self.writer.result(Scope.PLAN, plan.clear_check_in, self.item.id, self.day)
        if cleared is None and self.check_in is not None:
            return  # it couldn't be cleared (already said)
        self._cleared = cleared
        self.check_in = None
        self._stored()

    def put_back(self) -> None:
        """Restore the check-in that was just cleared."""
        if self.item is None or self._cleared is None or self.read_only:
            return
        old = self._cleared
        stored = self.writer.result(
            Scope.PLAN,
            plan.check_in,
            old.item_id,
            old.day,
            old.outcome,
            reasons=old.reasons,
            other_reason=old.other_reason,
            note=old.note,
        )
        if stored is None:
            return
        self.check_in, self._cleared = stored, None
        self._stored()

    @Slot(QDate)
    def _day_edited(self, value: QDate) -> None:
        self.select_day(from_qdate(value))
