"""Small wins: this week's steps as a list that grows day by day, plus wins added by hand.
Earlier weeks can be browsed. Never a score, and never a comparison between weeks."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.store import wins
from desktop.store.encouragement_records import SmallWin, WinKind
from desktop.ui.app.events import Events, Scope
from desktop.ui.app.write import Writer
from desktop.ui.common import labels
from desktop.ui.common.dates import from_qdate, to_qdate, week_of
from desktop.ui.common.read_only import hold
from desktop.ui.common.screen_reader import spoken
from desktop.ui.common.widgets import heading, quiet, reading_tree, remove_keys, undo_bar
from desktop.ui.encouragement.models import RecordRole, SmallWinsModel


class SmallWinsView(QWidget):
    """The small wins of one week, grouped by day, with a way to add your own."""

    def __init__(self, events: Events, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.writer = Writer(events, self)
        self.today = today
        self.monday = week_of(today)[0]
        self.read_only = False  # set_read_only

        self.earlier_button = QToolButton()
        self.earlier_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.earlier_button.setAccessibleName(self.tr("Earlier week"))
        self.earlier_button.setToolTip(self.tr("Earlier week (Alt+Left)"))
        self.later_button = QToolButton()
        self.later_button.setArrowType(Qt.ArrowType.RightArrow)
        self.later_button.setAccessibleName(self.tr("Later week"))
        self.later_button.setToolTip(self.tr("Later week (Alt+Right)"))
        self.this_week_button = QPushButton(self.tr("This &week"))
        self.week_label = spoken(heading(""), self.tr("Week shown"))
        top = QHBoxLayout()
        top.addWidget(self.week_label, 1)
        top.addWidget(self.earlier_button)
        top.addWidget(self.later_button)
        top.addWidget(self.this_week_button)
        intro = quiet(
            QLabel(
                self.tr(
                    "Everything that counted as a step: done, the smaller version, tried, "
                    "thought about it, and what you wrote. Add anything else that took effort."
                )
            )
        )
        intro.setWordWrap(True)

        self.model = SmallWinsModel(self)
        self.tree = reading_tree(self.model, self.tr("Small wins"))
        icon = self.fontMetrics().height()
        self.tree.setIconSize(QSize(icon, icon))
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(self.fontMetrics().height() * 2)
        quiet(self.empty)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.tree)
        self.pages.addWidget(self.empty)

        self.win_text = QLineEdit()
        self.win_text.setPlaceholderText(self.tr("A small win, in your own words"))
        self.win_text.setAccessibleName(self.tr("New small win"))
        self.win_text.setMaxLength(wins.WIN_MAX)
        self.win_day = QDateEdit()
        self.win_day.setCalendarPopup(True)
        self.win_day.setDisplayFormat(labels.day_format(weekday=True, year=False))
        self.win_day.setAccessibleName(self.tr("Day of the win"))
        self.win_day.setDateRange(to_qdate(self.monday), to_qdate(today))
        self.win_day.setDate(to_qdate(today))  # until the week is shown, a win is for today
        self.add_button = QPushButton(self.tr("&Add"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setToolTip(self.tr("Remove a win you added by hand"))
        self.problem = spoken(QLabel(), self.tr("Not saved yet"))
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.undo_bar, self.undo_label, self.undo_button = undo_bar(
            self.tr("The win was removed."), self.tr("Undo removing the win")
        )
        self._removed: SmallWin | None = None
        add_row = QHBoxLayout()
        add_row.addWidget(self.win_text, 1)
        add_row.addWidget(self.win_day)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.remove_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(intro)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.problem)
        layout.addLayout(add_row)

        self.earlier_button.clicked.connect(lambda: self.show_week(self.monday - timedelta(7)))
        self.later_button.clicked.connect(lambda: self.show_week(self.monday + timedelta(7)))
        self.this_week_button.clicked.connect(lambda: self.show_week(self.today))
        self.add_button.clicked.connect(self.add_win)
        self.win_text.returnPressed.connect(self.add_win)
        self.remove_button.clicked.connect(self.remove_win)
        self.undo_button.clicked.connect(self.undo_remove)
        self.win_text.textChanged.connect(self._update_buttons)
        self.tree.selectionModel().currentChanged.connect(self._update_buttons)
        for keys, step in (("Alt+Left", -7), ("Alt+Right", 7)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(
                lambda s=step: self.show_week(self.monday + timedelta(days=s))
            )
        remove_keys(self.tree, self.remove_win)

    def set_read_only(self, read_only: bool) -> None:
        """Hold back adding and removing wins (the data is open read-only): every week's wins
        can still be read."""
        self.read_only = read_only
        typing = [self.win_text, self.win_day]
        hold([*typing, self.add_button, self.remove_button, self.undo_button], read_only)
        for widget in typing:  # only for a new win: nothing in them to read
            widget.setEnabled(not read_only)
        self._update_buttons()

    # -- showing ----------------------------------------------------------------------------

    def show_week(self, day: date) -> None:
        """Show the week that holds day (never one after this week)."""
        self.monday = min(week_of(day)[0], week_of(self.today)[0])
        self.refresh()

    def refresh(self) -> None:
        """Show the week's wins from the store."""
        days = week_of(self.monday)
        found = wins.small_wins(days[0], days[-1])
        self.model.set_wins(found, self.palette(), self.fontMetrics().height())
        self.tree.expandAll()
        this_week = self.monday == week_of(self.today)[0]
        span = f"{labels.day(days[0])} – {labels.day(days[-1])}"
        self.week_label.setText(
            self.tr("This week · %1").replace("%1", span) if this_week else span
        )
        if this_week:
            self.empty.setText(
                self.tr(
                    "Nothing noted yet this week, and that's fine. A small win can be very "
                    "small: getting up, opening a window, asking for help."
                )
            )
        else:
            self.empty.setText(self.tr("A quiet week on this page."))
        self.pages.setCurrentIndex(0 if found else 1)
        self.later_button.setEnabled(not this_week)
        self.this_week_button.setEnabled(not this_week)
        last = min(days[-1], self.today)
        self.win_day.setMinimumDate(to_qdate(days[0]))
        self.win_day.setMaximumDate(to_qdate(last))
        self.win_day.setDate(to_qdate(last))
        self._update_buttons()

    def selected_win(self) -> SmallWin | None:
        """The win selected in the list, if any."""
        index = self.tree.currentIndex()
        win = index.data(RecordRole) if index.isValid() else None
        return win if isinstance(win, SmallWin) else None

    @Slot()
    def _update_buttons(self) -> None:
        writable = not self.read_only
        self.add_button.setEnabled(writable and bool(self.win_text.text().strip()))
        win = self.selected_win()
        manual = win is not None and win.kind is WinKind.MANUAL
        self.remove_button.setEnabled(writable and manual)

    # -- commands ---------------------------------------------------------------------------

    @Slot()
    def add_win(self) -> None:
        """Add the win typed, on the day chosen."""
        if self._store_typed_win():
            self.win_text.setFocus()

    def _store_typed_win(self) -> bool | None:
        """Store the win typed: True when stored, False when it couldn't be (the words stay in
        the field, with the reason shown), None when nothing was typed."""
        text = self.win_text.text()
        if not text.strip() or self.read_only:
            return None
        day = from_qdate(self.win_day.date())
        if not self.writer.shown_in(self.problem).run(Scope.ENCOURAGEMENT, wins.add_win, day, text):
            return False  # the words stay in the field, with the reason under it
        self.win_text.clear()
        self.refresh()
        return True

    def commit_pending(self) -> bool:
        """Store a win typed but not yet added; False if it had to stay unsaved."""
        return self._store_typed_win() is not False

    @Slot()
    def remove_win(self) -> None:
        """Remove the selected win, if it was added by hand."""
        win = self.selected_win()
        if win is None or win.kind is not WinKind.MANUAL or win.win_id is None or self.read_only:
            return
        if not self.writer.run(Scope.ENCOURAGEMENT, wins.delete_win, win.win_id):
            return
        self._removed = win
        self.undo_bar.show()
        self.refresh()

    @Slot()
    def undo_remove(self) -> None:
        """Put back the win just removed, on its own day."""
        if self._removed is None or self.read_only:
            return
        removed = self._removed
        if not self.writer.shown_in(self.problem).run(
            Scope.ENCOURAGEMENT, wins.add_win, removed.day, removed.text
        ):
            return
        self._removed = None
        self.undo_bar.hide()
        self.refresh()
