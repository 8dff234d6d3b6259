"""The Encouragement tab: a message for today and your own notes, small wins, looking back,
session prep, and the safety plan, each a page chosen from a short list on the left."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt, Signal, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.app.events import Events, Scope
from desktop.ui.app.tab import Tab
from desktop.ui.common.widgets import page_scroll
from desktop.ui.encouragement.looking_back import LookingBack
from desktop.ui.encouragement.safety_plan import SafetyPlanView
from desktop.ui.encouragement.session_prep import SessionPrep
from desktop.ui.encouragement.small_wins import SmallWinsView
from desktop.ui.encouragement.today import TodayPage

TODAY, SMALL_WINS, LOOKING_BACK, SESSION_PREP, SAFETY_PLAN = range(5)
#: What each page shows: a change there has it shown again.
PAGE_SHOWS = (
    Scope.ENCOURAGEMENT,  # today's message and own notes
    Scope.EVERYTHING,  # small wins: check-ins, entries and wins added by hand
    Scope.EVERYTHING,  # looking back: check-ins, adjustments, moods
    Scope.EVERYTHING,  # session prep: all of it, in the summary
    Scope.ENCOURAGEMENT,  # the safety plan
)


class EncouragementTab(Tab):
    """Five pages: today, small wins, looking back, session prep, safety plan."""

    #: The person asked for the crisis help from the safety plan page.
    crisis_requested = Signal()

    def __init__(self, events: Events, parent: QWidget | None = None) -> None:
        super().__init__(events, parent)
        self.today_page = TodayPage(events, self.today)
        self.wins_page = SmallWinsView(events, self.today)
        self.looking_back_page = LookingBack(events, self.today)
        self.session_page = SessionPrep(events, self.today)
        self.safety_page = SafetyPlanView(events)
        self.pages = QStackedWidget()
        scroll = page_scroll(self.today_page)
        for page in (
            scroll,
            self.wins_page,
            self.looking_back_page,
            self.session_page,
            self.safety_page,
        ):
            self.pages.addWidget(page)

        self.nav_model = QStandardItemModel(self)
        for text, tip in (
            (self.tr("Today"), self.tr("A message for today, and your own notes")),
            (self.tr("Small wins"), self.tr("Everything that counted as a step")),
            (self.tr("Looking back"), self.tr("What the weeks and months show")),
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
        # As wide as its longest page name (in every language), and never narrower than 16.
        metrics = self.fontMetrics()
        names = [self.nav_model.item(row).text() for row in range(self.nav_model.rowCount())]
        widest = max(metrics.horizontalAdvance(name) for name in names)
        nav_width = max(metrics.averageCharWidth() * 16, widest + metrics.height() * 2)
        self.nav.setMinimumWidth(nav_width)

        self.splitter = QSplitter()
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.pages)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(1, 1)
        width = self.fontMetrics().averageCharWidth()
        self.splitter.setSizes([max(width * 22, nav_width), width * 130])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        # Every page waits to be shown before it reads (and today's page keeps the day's
        # choice of message, a write): building the tab stores nothing.
        self._stale_pages = set(range(self.pages.count()))
        self.nav.selectionModel().setCurrentIndex(
            self.nav_model.index(TODAY, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.nav.selectionModel().currentChanged.connect(self._page_chosen)
        self.safety_page.crisis_requested.connect(self.crisis_requested)

    # -- pages ------------------------------------------------------------------------------

    def show_page(self, number: int) -> None:
        """Show one of the pages (TODAY, SMALL_WINS, LOOKING_BACK, SESSION_PREP, SAFETY_PLAN)."""
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

    def _page(
        self, number: int
    ) -> TodayPage | SmallWinsView | LookingBack | SessionPrep | SafetyPlanView:
        pages = (self.today_page, self.wins_page, self.looking_back_page)
        return (*pages, self.session_page, self.safety_page)[number]

    def _show(self, number: int) -> None:
        self.pages.setCurrentIndex(number)
        if number in self._stale_pages:
            self._refresh_page(number)

    def _refresh_page(self, number: int) -> None:
        self._stale_pages.discard(number)
        self._page(number).refresh()

    def refresh(self) -> None:
        """Show everything again from the store (the page on screen now, the others when seen)."""
        self._stale_pages = set(range(self.pages.count()))
        self._refresh_page(self.current_page())

    def mark_stale(self, scope: Scope, source: object | None = None) -> None:
        """A change to scope (made by source, which shows it already): the pages that show it
        are shown again, the one on screen at once if the tab is."""
        for number, shows in enumerate(PAGE_SHOWS):
            if shows & scope and self._page(number) is not source:
                self._stale_pages.add(number)
        if self.isVisible() and self.current_page() in self._stale_pages:
            self._refresh_page(self.current_page())

    def _show_again(self) -> None:
        if self.current_page() in self._stale_pages:
            self._refresh_page(self.current_page())

    def set_today(self, day: date) -> None:
        """Make day the tab's today (at midnight, or for a fixed day in screenshots and tests)."""
        self.today = day
        self.today_page.today = day
        self.wins_page.today = day
        self.wins_page.show_week(day)
        self.session_page.today = day
        self.looking_back_page.today = day
        self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        """Hold back every page's writing (the data is open read-only): today's message and
        notes, small wins, session prep and the safety plan can all still be read."""
        super().set_read_only(read_only)
        for page in (self.today_page, self.wins_page, self.session_page, self.safety_page):
            page.set_read_only(read_only)

    def commit_pending(self) -> bool:
        """Store words typed but not yet added (a question, a small win); False if some had
        to stay unsaved (they stay in their field, with the reason shown)."""
        question_stored = self.session_page.commit_pending()
        win_stored = self.wins_page.commit_pending()
        return question_stored and win_stored
