"""The Encouragement tab: a message for today and your own notes, small wins, session prep, and
the safety plan, each a page chosen from a short list on the left."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListView,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.app.events import Events
from desktop.ui.encouragement.safety_plan import SafetyPlanView
from desktop.ui.encouragement.session_prep import SessionPrep
from desktop.ui.encouragement.small_wins import SmallWinsView
from desktop.ui.encouragement.today import TodayPage

TODAY, SMALL_WINS, SESSION_PREP, SAFETY_PLAN = range(4)


class EncouragementTab(QWidget):
    """Four pages: today, small wins, session prep, safety plan."""

    #: The person asked for the crisis help from the safety plan page.
    crisis_requested = Signal()

    def __init__(self, events: Events, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events = events
        self.today = date.today()

        self.today_page = TodayPage(self.today)
        self.wins_page = SmallWinsView(self.today)
        self.session_page = SessionPrep(self.today)
        self.safety_page = SafetyPlanView()
        self.pages = QStackedWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.today_page)
        for page in (scroll, self.wins_page, self.session_page, self.safety_page):
            self.pages.addWidget(page)

        self.nav_model = QStandardItemModel(self)
        for text, tip in (
            (self.tr("Today"), self.tr("A message for today, and your own notes")),
            (self.tr("Small wins"), self.tr("Everything that counted as a step")),
            (self.tr("Session prep"), self.tr("Your next session, questions and a summary")),
            (self.tr("Safety plan"), self.tr("Your safety plan and where to turn in a crisis")),
        ):
            item = QStandardItem(text)
            item.setSizeHint(QSize(-1, self.fontMetrics().height() * 2))
            item.setEditable(False)
            item.setToolTip(tip)
            item.setData(f"{text}: {tip}", Qt.ItemDataRole.AccessibleTextRole)
            self.nav_model.appendRow(item)
        self.nav = QListView()
        self.nav.setModel(self.nav_model)
        self.nav.setAccessibleName(self.tr("Encouragement pages"))
        self.nav.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.nav.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.nav.setMinimumWidth(self.fontMetrics().averageCharWidth() * 16)

        self.splitter = QSplitter()
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.pages)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(1, 1)
        width = self.fontMetrics().averageCharWidth()
        self.splitter.setSizes([width * 22, width * 130])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self._stale = set(range(self.pages.count()))
        self.nav.selectionModel().currentChanged.connect(self._page_chosen)
        self.safety_page.crisis_requested.connect(self.crisis_requested)
        self.events.plan_changed.connect(self._data_changed)
        self.events.journal_changed.connect(self._data_changed)
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(60_000)
        self._day_timer.timeout.connect(self._check_date)
        self._day_timer.start()
        self.show_page(TODAY)

    # -- pages ------------------------------------------------------------------------------

    def show_page(self, number: int) -> None:
        """Show one of the pages (TODAY, SMALL_WINS, SESSION_PREP, SAFETY_PLAN)."""
        self.nav.selectionModel().setCurrentIndex(
            self.nav_model.index(number, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self._show(number)

    def show_safety_plan(self) -> None:
        """Show the safety plan and put the keyboard in it."""
        self.show_page(SAFETY_PLAN)
        self.safety_page.tree.setFocus()

    def current_page(self) -> int:
        """The number of the page on screen."""
        return self.pages.currentIndex()

    @Slot(QModelIndex, QModelIndex)
    def _page_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show(current.row())

    def _show(self, number: int) -> None:
        self.pages.setCurrentIndex(number)
        if number in self._stale:
            self._refresh_page(number)

    def _refresh_page(self, number: int) -> None:
        self._stale.discard(number)
        page = (self.today_page, self.wins_page, self.session_page, self.safety_page)[number]
        page.refresh()

    def refresh(self) -> None:
        """Show everything again from the store (the page on screen now, the others when seen)."""
        self._stale = set(range(self.pages.count()))
        self._refresh_page(self.current_page())

    @Slot()
    def _data_changed(self) -> None:
        # Check-ins and entries feed small wins and the summary (and choose tomorrow's message).
        self._stale |= {SMALL_WINS, SESSION_PREP}
        if self.current_page() in self._stale and self.isVisible():
            self._refresh_page(self.current_page())

    def showEvent(self, event: QShowEvent) -> None:
        if self.current_page() in self._stale:
            self._refresh_page(self.current_page())
        super().showEvent(event)

    def set_today(self, day: date) -> None:
        """Make day the tab's today (at midnight, or for a fixed day in screenshots and tests)."""
        self.today = day
        self.today_page.today = day
        self.wins_page.today = day
        self.wins_page.show_week(day)
        self.session_page.today = day
        self.refresh()

    def _check_date(self) -> None:
        if date.today() != self.today:
            self.set_today(date.today())

    def commit_pending(self) -> bool:
        """Store words typed but not yet added (a question, a small win); False if some had
        to stay unsaved (they stay in their field, with the reason shown)."""
        question_stored = self.session_page.commit_pending()
        typed_win = bool(self.wins_page.win_text.text().strip())
        win_stored = self.wins_page.commit_pending()
        if typed_win and win_stored:
            self._stale.add(SESSION_PREP)  # the summary lists small wins
        return question_stored and win_stored
