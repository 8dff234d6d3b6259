"""The main window: three tabs, the menus, the day that moves on, the window state remembered
between runs, the read-only mode (a data folder that can't be written to), and a notice when
the data folder is synced or on a network share."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, cast

from PySide6.QtCore import QEvent, QSettings, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME, clock
from desktop.ui.app.data_menu import DataActions
from desktop.ui.app.disk_trouble import DiskTroubleNotice
from desktop.ui.app.events import Events
from desktop.ui.common.lazy_page import LazyPage, after_first_paint

if TYPE_CHECKING:  # the tabs' modules are imported when a tab is first built: a quicker start
    from desktop.store.errors import CannotSaveError
    from desktop.ui.app.tab import Tab
    from desktop.ui.common.notice_bar import NoticeBar
    from desktop.ui.encouragement.tab import EncouragementTab
    from desktop.ui.journal.tab import JournalTab
    from desktop.ui.plan.tab import PlanTab

TabT = TypeVar("TabT", bound="Tab")

#: How often the window looks whether the person's day has moved on (past midnight, or after
#: the computer slept through it).
DAY_CHECK_MS = 60_000


class MainWindow(QMainWindow):
    """The app's one window."""

    #: The window has been drawn for the first time: the cue for work that can wait a moment.
    first_painted = Signal()
    #: The tab on screen has been drawn with its data (once, after data_opened): the cue for
    #: work that can wait until the person's words are there to read.
    data_shown = Signal()

    def __init__(
        self, data_dir: Path, settings: QSettings | None = None, *, data_open: bool = True
    ) -> None:
        """data_open=False: the window goes up before the data is open; data_opened() follows."""
        super().__init__()
        self._painted = False
        self._ask_before_closing = True  # (not at a logout or shutdown: close_without_asking)
        self.data_dir = data_dir
        self.settings = settings or QSettings()
        self.events = Events(self)
        self.today = clock.today()
        self.setWindowTitle(APP_NAME)
        #: Whether the data is open read-only (show_read_only): nothing offers to write.
        self.read_only = False
        self.read_only_banner: NoticeBar | None = None
        #: The notice that the data folder is synced or remote (check_data_place), while shown.
        self.place_notice: NoticeBar | None = None
        self._place_checked = False
        # A write that waits for the disk is said once, and what is pending is retried.
        self.disk_trouble = DiskTroubleNotice(self, self.commit_pending)
        self.events.cannot_save.connect(self._cannot_save)

        # Only the tab on screen is built at start; the others when first visited.
        self._plan_page = LazyPage(self._make_plan, self._restore_splitter)
        self._journal_page = LazyPage(self._make_journal, self._restore_splitter)
        self._encouragement_page = LazyPage(self._make_encouragement, self._restore_splitter)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._plan_page, self.tr("Action plan"))
        self.tabs.addTab(self._journal_page, self.tr("Journal"))
        self.tabs.addTab(self._encouragement_page, self.tr("Encouragement"))
        central = QWidget()
        self._column = QVBoxLayout(central)  # a notice across the top (show_read_only), the tabs
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self._column.addWidget(self.tabs, 1)
        #: The tabs (page 0), or the unlock screen while a protected journal is locked.
        self.stack = QStackedWidget()
        self.stack.addWidget(central)
        self.setCentralWidget(self.stack)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.events.open_entry.connect(self._open_entry)
        from desktop.ui.app.language import LanguageSwitch  # View → Language (issue 13)

        self.language = LanguageSwitch(self)
        self.build_menus()
        self._restore_state()
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(DAY_CHECK_MS)
        self._day_timer.timeout.connect(self.check_day)
        self._day_timer.start()
        if not data_open:
            for page in self.pages():
                page.held = True
            for action in self.needs_data:
                action.setEnabled(False)

    def pages(self) -> tuple[LazyPage, LazyPage, LazyPage]:
        """The three tabs' pages (each builds its tab when first needed)."""
        return (self._plan_page, self._journal_page, self._encouragement_page)

    def data_opened(self) -> None:
        """The data is open: the tab on screen is built, and the data actions work."""
        for action in self.needs_data:
            action.setEnabled(True)
        if self.read_only:
            self.data_actions.set_read_only(True)  # export only: the rest would write
        for page in self.pages():
            page.held = False  # all first: should one page fail to build, the others still can
        shown = [page for page in self.pages() if page.isVisible()]
        for page in shown:
            page.build()
        if shown:
            after_first_paint(shown[0], self.data_shown.emit)
        else:  # (a window not on screen)
            QTimer.singleShot(0, self, self.data_shown.emit)
        self.check_data_place()

    # -- read-only ---------------------------------------------------------------------------

    def show_read_only(self) -> None:
        """The data is open read-only (its folder can't be written to): say so across the top,
        and let nothing offer to write, in every tab (those built later too) and in the File
        menu. Reading, searching, copying and exporting go on working."""
        if self.read_only:
            return
        self.read_only = True
        self.show_title()
        self.read_only_banner = self._read_only_banner()
        self._column.insertWidget(0, self.read_only_banner)
        self.data_actions.set_read_only(True)
        for tab in self.built_tabs():
            tab.set_read_only(True)
        self.read_only_banner.announce()

    def show_title(self) -> None:
        """The window's title: the app's name (and that the data is read-only)."""
        self.setWindowTitle(
            self.tr("%1 (read-only)").replace("%1", APP_NAME) if self.read_only else APP_NAME
        )

    def _read_only_banner(self) -> NoticeBar:
        from desktop.ui.common.notice_bar import NoticeBar

        bar = NoticeBar(
            self.tr("Your data is open read-only"),
            self.tr(
                "Between Sessions can't write to the folder that holds your data (%1), so it "
                "is showing your data read-only. You can read, search and export everything, "
                "and nothing you had has been changed. To write again, open your data from a "
                "folder you can write to, or ask whoever manages this disk or share."
            ).replace("%1", str(self.data_dir)),
        )
        bar.setObjectName("readOnlyBanner")
        bar.add_button(
            self.tr("Export everything…"),
            self.data_actions.export_everything,
            self.tr("Save a copy of all your data somewhere you can write to"),
        )
        bar.add_button(
            self.tr("Open data folder"),
            self.open_data_folder,
            self.tr("Show the folder in your file manager"),
        )
        return bar

    # -- a data folder a sync client uploads, or on a network share ---------------------------

    def check_data_place(self) -> None:
        """Say so across the top when the data folder is synced or on a network share: once,
        and never for a folder the person chose to keep where it is."""
        if self._place_checked:
            return
        self._place_checked = True
        from desktop.store import places  # here: the window goes up before the store is needed

        place = places.where(self.data_dir)
        if place is None:
            return  # the usual case: the notice's module isn't even loaded
        from desktop.ui.app import place_notice

        self.place_notice = place_notice.notice_for(
            place, self.data_dir, self.settings, self.open_data_folder
        )
        if self.place_notice is not None:
            self.place_notice.closed.connect(self._place_notice_closed)
            self._column.insertWidget(self._column.indexOf(self.tabs), self.place_notice)
            self.place_notice.announce()

    @Slot()
    def _place_notice_closed(self) -> None:
        bar, self.place_notice = self.place_notice, None
        if bar is None:
            return
        focus = QApplication.focusWidget()
        if focus is None or bar.isAncestorOf(focus):
            self.tabs.setFocus()  # the focus goes on, to the tabs, not out of the window
        self._column.removeWidget(bar)
        bar.deleteLater()

    @Slot(object)
    def _cannot_save(self, error: CannotSaveError) -> None:
        if not self.read_only:
            self.disk_trouble.report(error)  # said once, and what is pending is retried
            return
        # Nothing offers to write while read-only; should a write come all the same, it is
        # said quietly, with no box and no retrying (it could never go through).
        self.statusBar().showMessage(
            self.tr("Your data is open read-only, so nothing can be saved here."), 10_000
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.language.language_changed()  # built again in the new language (language.py)
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def build_menus(self, *, again: bool = False) -> None:
        """The menus in the language in use (again: after a change of it, see language.py)."""
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.setToolTipsVisible(True)  # a held-back action says why (show_read_only)
        open_folder = QAction(self.tr("Open &data folder"), self)
        open_folder.triggered.connect(self.open_data_folder)
        file_menu.addAction(open_folder)
        file_menu.addSeparator()
        if not again:
            self.data_actions = DataActions(self, self.data_dir, self.events, self.commit_pending)
        self.data_actions.add_to(file_menu)
        from desktop.ui.app.tray import Reminders  # File → Reminder…, the tray (issue 17)

        if again:
            self.reminders.add_to(file_menu)
        else:
            self.reminders: Reminders = Reminders(self, file_menu)
        file_menu.addSeparator()
        from desktop.ui.app.locking import Locking  # Lock now, Lock when idle (issue 18)

        if again:
            self.locking.add_to(file_menu)
        else:
            self.locking: Locking = Locking(self, file_menu)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        # setShortcuts, not setShortcut: PySide resolves setShortcut's overloads by building
        # ~100 Python enum classes first, 10 ms on the way to the first window.
        quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.view_actions: list[QAction] = []  # (held back while locked)
        for number in range(self.tabs.count()):
            action = QAction(self.tabs.tabText(number), self)
            action.setShortcuts([QKeySequence(f"Ctrl+{number + 1}")])
            action.triggered.connect(lambda _=False, n=number: self.tabs.setCurrentIndex(n))
            view_menu.addAction(action)
            self.view_actions.append(action)
        view_menu.addSeparator()
        self.language.add_to(view_menu)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        crisis = QAction(self.tr("If you're in &crisis…"), self)
        crisis.triggered.connect(self.show_crisis_help)
        help_menu.addAction(crisis)
        safety_plan = QAction(self.tr("Your &safety plan…"), self)
        safety_plan.triggered.connect(self.show_safety_plan)
        help_menu.addAction(safety_plan)
        self.needs_data: list[QAction] = [*self.data_actions.actions, safety_plan]
        help_menu.addSeparator()
        about = QAction(self.tr("&About %1").replace("%1", APP_NAME), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            from PySide6.QtCore import QSize

            from desktop.ui.common.widgets import opening_size

            self.resize(opening_size(self, QSize(1100, 720)))  # (never larger than the screen)
        tab = self.settings.value("window/tab", 0, type=int)
        if isinstance(tab, int) and 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)

    # -- the tabs ---------------------------------------------------------------------------

    @property
    def plan_tab(self) -> PlanTab:
        """The Action plan tab (built now if it wasn't yet)."""
        return cast("PlanTab", self._plan_page.build())

    @property
    def journal_tab(self) -> JournalTab:
        """The Journal tab (built now if it wasn't yet)."""
        return cast("JournalTab", self._journal_page.build())

    @property
    def encouragement_tab(self) -> EncouragementTab:
        """The Encouragement tab (built now if it wasn't yet)."""
        return cast("EncouragementTab", self._encouragement_page.build())

    def _make_plan(self) -> PlanTab:
        from desktop.ui.plan.tab import PlanTab

        return self._ready(PlanTab(self.events))

    def _make_journal(self) -> JournalTab:
        from desktop.ui.journal.tab import JournalTab

        return self._ready(JournalTab(self.events))

    def _make_encouragement(self) -> EncouragementTab:
        from desktop.ui.encouragement.tab import EncouragementTab

        tab = EncouragementTab(self.events)
        tab.crisis_requested.connect(self.show_crisis_help)
        return self._ready(tab)

    def _ready(self, tab: TabT) -> TabT:
        """A tab just built, as the window is now: read-only before it is ever shown."""
        if self.read_only:
            tab.set_read_only(True)
        return tab

    def built_tabs(self) -> list[Tab]:
        """The tabs built so far (an unvisited tab is never built just to be asked something)."""
        return [cast("Tab", page.content) for page in self.pages() if page.content is not None]

    def commit_pending(self) -> bool:
        """Store whatever is being typed in every built tab; False when some of it couldn't be
        stored yet (it stays on screen, and the disk notice keeps retrying). While locked
        everything was stored before locking, and the data is closed: nothing to do."""
        if self.locking.locked:
            return True
        stored = [tab.commit_pending() for tab in self.built_tabs()]
        return all(stored)

    @Slot()
    def check_day(self) -> None:
        """Tell the tabs when the person's day has moved on (what was typed is stored first)."""
        today = clock.today()
        if today != self.today and not self.locking.locked:  # (at the unlock, else)
            self.commit_pending()
            self.today = today
            self.events.day_changed.emit(today)

    def _restore_splitter(self, tab: QWidget) -> None:
        splitter = getattr(tab, "splitter", None)
        if isinstance(splitter, QSplitter):
            state = self.settings.value(f"{type(tab).__name__}/splitter")
            if state is not None:
                splitter.restoreState(state)

    def close_without_asking(self) -> None:
        """Close as at a logout or a shutdown (SIGTERM): what is typed is stored if the disk lets
        it, and the window's state kept, but no dialog waits for an answer."""
        self._ask_before_closing = False
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.commit_pending() and self._ask_before_closing and not self.ask_close_anyway():
            event.ignore()  # the unsaved words stay on screen, and saving keeps being retried
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/tab", self.tabs.currentIndex())
        for tab in self.built_tabs():
            splitter = getattr(tab, "splitter", None)
            if isinstance(splitter, QSplitter):
                self.settings.setValue(f"{type(tab).__name__}/splitter", splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)

    def ask_close_anyway(self) -> bool:
        """Ask before closing while something written couldn't be stored yet."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Not saved yet"))
        box.setText(self.tr("Some of what you wrote couldn't be saved yet."))
        box.setInformativeText(
            self.tr(
                "It is still on screen, and the app keeps trying to save it. If you close now, "
                "those last words will be lost. You could copy them somewhere safe first."
            )
        )
        keep = box.addButton(self.tr("Keep the app open"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(self.tr("Close anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is not keep

    @Slot(int)
    def _tab_changed(self, _index: int) -> None:
        self.commit_pending()  # leaving a tab stores what was being typed in it

    @Slot(int)
    def _open_entry(self, entry_id: int) -> None:
        self.tabs.setCurrentWidget(self._journal_page)
        self.journal_tab.open_entry(entry_id)

    # -- the menus' commands ----------------------------------------------------------------

    @Slot()
    def show_safety_plan(self) -> None:
        """The safety plan, on the Encouragement tab."""
        self.tabs.setCurrentWidget(self._encouragement_page)
        self.encouragement_tab.show_safety_plan()

    @Slot()
    def open_data_folder(self) -> None:
        """Show the folder that holds the person's data in the system's file manager."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))

    @Slot()
    def show_crisis_help(self) -> None:
        """Where to turn in a crisis; this app is not emergency help."""
        from desktop.ui.app import help_boxes  # here: the store loads after the window is up

        # While locked, the generic help only: nothing of the person's own.
        help_boxes.show_crisis_help(self, None if self.locking.locked else self.show_safety_plan)

    def protection_changed(self) -> None:
        """The journal was protected, or its protection turned off: Lock now follows."""
        self.locking.protection_changed()

    @Slot()
    def show_about(self) -> None:
        """What the app is, and what it is not."""
        from desktop.ui.app import help_boxes

        help_boxes.show_about(self)
