"""The main window: three tabs, the menus, and the window state remembered between runs."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSettings, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QWidget,
)

from desktop import APP_NAME, version
from desktop.ui.app.data_menu import add_data_actions
from desktop.ui.app.events import Events
from desktop.ui.common.lazy_page import LazyPage

if TYPE_CHECKING:  # the tabs' modules are imported when a tab is first built: a quicker start
    from desktop.ui.encouragement.tab import EncouragementTab
    from desktop.ui.journal.tab import JournalTab
    from desktop.ui.plan.tab import PlanTab


class MainWindow(QMainWindow):
    """The app's one window."""

    #: The window has been drawn for the first time: the cue for work that can wait a moment.
    first_painted = Signal()

    def __init__(
        self, data_dir: Path, settings: QSettings | None = None, *, data_open: bool = True
    ) -> None:
        """data_open=False: the window goes up before the data is open; data_opened() follows."""
        super().__init__()
        self._painted = False
        self.data_dir = data_dir
        self.settings = settings or QSettings()
        self.events = Events(self)
        self.setWindowTitle(APP_NAME)

        # Only the tab on screen is built at start; the others when first visited.
        self._plan_page = LazyPage(self._make_plan, self._restore_splitter)
        self._journal_page = LazyPage(self._make_journal, self._restore_splitter)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._plan_page, self.tr("Action plan"))
        self.tabs.addTab(self._journal_page, self.tr("Journal"))
        self._encouragement_page = LazyPage(self._make_encouragement, self._restore_splitter)
        self.tabs.addTab(self._encouragement_page, self.tr("Encouragement"))
        self.setCentralWidget(self.tabs)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.events.open_entry.connect(self._open_entry)
        self._build_menus()
        self._restore_state()
        if not data_open:
            for page in self._pages():
                page.held = True
            for action in self._needs_data:
                action.setEnabled(False)

    def _pages(self) -> tuple[LazyPage, LazyPage, LazyPage]:
        return (self._plan_page, self._journal_page, self._encouragement_page)

    def data_opened(self) -> None:
        """The data is open: the tab on screen is built, and the data actions work."""
        for action in self._needs_data:
            action.setEnabled(True)
        for page in self._pages():
            page.held = False  # all first: should one page fail to build, the others still can
        for page in self._pages():
            if page.isVisible():
                page.build()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        open_folder = QAction(self.tr("Open &data folder"), self)
        open_folder.triggered.connect(self.open_data_folder)
        file_menu.addAction(open_folder)
        file_menu.addSeparator()
        self.data_actions = add_data_actions(self, file_menu, self.data_dir)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        # setShortcuts, not setShortcut: PySide resolves setShortcut's overloads by building
        # ~100 Python enum classes first, 10 ms on the way to the first window.
        quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for number in range(self.tabs.count()):
            action = QAction(self.tabs.tabText(number), self)
            action.setShortcuts([QKeySequence(f"Ctrl+{number + 1}")])
            action.triggered.connect(lambda _=False, n=number: self.tabs.setCurrentIndex(n))
            view_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        crisis = QAction(self.tr("If you're in &crisis…"), self)
        crisis.triggered.connect(self.show_crisis_help)
        help_menu.addAction(crisis)
        safety_plan = QAction(self.tr("Your &safety plan…"), self)
        safety_plan.triggered.connect(self.show_safety_plan)
        help_menu.addAction(safety_plan)
        self._needs_data = [*self.data_actions.actions, safety_plan]
        help_menu.addSeparator()
        about = QAction(self.tr("&About %1").replace("%1", APP_NAME), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 720)
        tab = self.settings.value("window/tab", 0, type=int)
        if isinstance(tab, int) and 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)

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

        return PlanTab(self.events)

    def _make_journal(self) -> JournalTab:
        from desktop.ui.journal.tab import JournalTab

        return JournalTab(self.events)

    def _make_encouragement(self) -> EncouragementTab:
        from desktop.ui.encouragement.tab import EncouragementTab

        tab = EncouragementTab(self.events)
        tab.crisis_requested.connect(self.show_crisis_help)
        return tab

    @Slot()
    def show_safety_plan(self) -> None:
        """The safety plan, on the Encouragement tab."""
        self.tabs.setCurrentWidget(self._encouragement_page)
        self.encouragement_tab.show_safety_plan()

    def _built_tabs(self) -> list[PlanTab | JournalTab | EncouragementTab]:
        return [
            cast("PlanTab | JournalTab | EncouragementTab", p.content)
            for p in self._pages()
            if p.content is not None
        ]

    def _restore_splitter(self, tab: QWidget) -> None:
        splitter = getattr(tab, "splitter", None)
        if isinstance(splitter, QSplitter):
            state = self.settings.value(f"{type(tab).__name__}/splitter")
            if state is not None:
                splitter.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        stored = [tab.commit_pending() is not False for tab in self._built_tabs()]
        if not all(stored) and not self._close_anyway():
            event.ignore()  # the unsaved words stay on screen, and saving keeps being retried
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/tab", self.tabs.currentIndex())
        for tab in self._built_tabs():
            self.settings.setValue(f"{type(tab).__name__}/splitter", tab.splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)

    def _close_anyway(self) -> bool:
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
        # Leaving a tab stores what was being typed in it.
        for tab in self._built_tabs():
            tab.commit_pending()

    @Slot(int)
    def _open_entry(self, entry_id: int) -> None:
        self.tabs.setCurrentWidget(self._journal_page)
        self.journal_tab.open_entry(entry_id)

    @Slot()
    def open_data_folder(self) -> None:
        """Show the folder that holds the person's data in the system's file manager."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))

    @Slot()
    def show_about(self) -> None:
        """The About box: what the app is, and what it is not."""
        QMessageBox.about(
            self,
            self.tr("About %1").replace("%1", APP_NAME),
            self.tr(
                "<h3>%1 %2</h3>"
                "<p>A private companion for the days between therapy sessions: your action "
                "plan, a reflection journal, and some encouragement.</p>"
                "<p>Everything stays in one file on this computer. Nothing is sent anywhere.</p>"
                "<p>This app is not a therapist and not emergency help.</p>"
            )
            .replace("%1", APP_NAME)
            .replace("%2", version()),
        )

    @Slot()
    def show_crisis_help(self) -> None:
        """Where to turn in a crisis; this app is not emergency help."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("If you're in crisis"))
        box.setText(self.tr("This app is not emergency help."))
        help_text = self.tr(
            "If you are in danger or thinking about harming yourself, please reach out "
            "now:\n\n"
            "• Call your local emergency number.\n"
            "• Contact a crisis line in your country; they are there to listen, day and "
            "night.\n"
            "• Get in touch with your therapist, your doctor, or someone you trust.\n\n"
            "You deserve support, and you don't have to get through this alone."
        )
        # The person's own contacts first: in a crisis, their own numbers are the ones to call.
        from desktop.ui.encouragement.safety_plan import crisis_contacts_text

        try:
            own = crisis_contacts_text()
        except Exception:  # whatever is wrong with the data, help must still open
            own = ""
        box.setInformativeText(f"{own}\n\n{help_text}" if own else help_text)
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        open_plan = box.addButton(self.tr("Open my safety plan"), QMessageBox.ButtonRole.ActionRole)
        box.exec()
        if box.clickedButton() is open_plan:
            self.show_safety_plan()
