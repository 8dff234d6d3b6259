"""View → Language: the language the app speaks, chosen in the window and changed at once.

The choice is kept in QSettings (LANGUAGE_KEY: "system", "en", "de", "es") and applied at
every start (apply, from app.py). Choosing another one installs its translators and sets the
locale (dates, numbers, the week's first day); Qt then tells every widget (LanguageChange).
Our widgets set their texts once, as they are built, so the window builds itself again: what
is being typed is stored first, the menus and the tabs are built again from the open store,
and the person is put back where they were (the tab, the Encouragement page, the journal
entry, the plan item). Nothing typed is lost: a tab whose words couldn't be stored yet (a full
disk) is kept as it is.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from time import perf_counter
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSettings, QTimer, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QSplitter, QWidget

if TYPE_CHECKING:
    from desktop.ui.app.main_window import MainWindow
    from desktop.ui.common.lazy_page import LazyPage

#: Where the choice is kept, and the choices.
LANGUAGE_KEY = "view/language"
SYSTEM = "system"
CHOICES = (SYSTEM, "en", "de", "es")
#: Each language's name in its own language: never translated.
NATIVE_NAMES = {"en": "English", "de": "Deutsch", "es": "Español"}

#: How many times the language has been applied (a window built since needn't build again).
_applied = [0]


def chosen(settings: QSettings | None = None) -> str:
    """The language chosen in View → Language ("system" unless one was chosen)."""
    value = str((settings or QSettings()).value(LANGUAGE_KEY, SYSTEM))
    return value if value in CHOICES else SYSTEM


def locale_for(choice: str) -> QLocale:
    """The locale for a choice: the system's own, or the language's (in the system's country
    when it speaks that language: British English keeps its Monday and its 24 hours)."""
    system = QLocale.system()
    if choice == SYSTEM:
        return system
    wanted = QLocale(choice)
    return system if system.language() == wanted.language() else wanted


def install_translators(app: QCoreApplication, language: str | None) -> str:
    """Our translations and Qt's own for a language (None: the system's), instead of those
    before; returns the language now in use. (Tests put their own in its place.)"""
    from desktop.ui.app import translation

    return translation.install(app, language)


def apply(app: QCoreApplication, choice: str) -> str:
    """Install the translators for a choice and make its locale the default; returns the
    language now in use ("en", "de", "es"). At start (app.py) and at each choice."""
    QLocale.setDefault(locale_for(choice))  # first: what LanguageChange builds shows its dates
    in_use = install_translators(app, None if choice == SYSTEM else choice)
    from desktop import content

    content.set_language(in_use)  # the built-in texts (messages, prompts) too
    _applied[0] += 1
    return in_use


def system_name() -> str:
    """The system's language in its own words ("Deutsch", "English")."""
    system = QLocale.system()
    if system.language() == QLocale.Language.C:
        return NATIVE_NAMES["en"]  # (no language set: the app speaks English)
    code = system.name().split("_")[0]
    return NATIVE_NAMES.get(code) or system.nativeLanguageName().capitalize() or code


@dataclass
class Place:
    """Where the person was in the window, to be put back after building it again."""

    tab: int
    page: int | None = None
    entry_id: int | None = None
    item_id: int | None = None
    cursor: int = 0  # where the journal entry's text was being typed
    #: The widget with the keyboard: its tab, its kind, and which of that kind it was.
    focus: tuple[int, type[QWidget], int] | None = None


class LanguageSwitch(QObject):
    """View → Language, and building the window again in the language chosen."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._shown = _applied[0]
        #: How long the last change of language took to show, in milliseconds.
        self.last_switch_ms = 0.0
        self.actions: dict[str, QAction] = {}

    def add_to(self, view_menu: QMenu) -> None:
        """Add View → Language (again after a change of language: the menus are new)."""
        menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(menu)
        now = chosen(self.window.settings)
        self.actions = {}
        for choice in CHOICES:
            name = (
                self.tr("System (%1)").replace("%1", system_name())
                if choice == SYSTEM
                else NATIVE_NAMES[choice]
            )
            action = QAction(name, group)
            action.setObjectName(f"language_{choice}")
            action.setCheckable(True)
            action.setChecked(choice == now)
            action.triggered.connect(lambda _=False, c=choice: self.choose(c))
            menu.addAction(action)
            self.actions[choice] = action

    def choose(self, choice: str) -> None:
        """Speak another language from now on, in every open screen; kept for the next runs."""
        settings = self.window.settings
        if choice == chosen(settings):
            return  # (the one in use: nothing to build again)
        settings.setValue(LANGUAGE_KEY, choice)
        settings.sync()
        app = QCoreApplication.instance()
        if app is not None:
            apply(app, choice)
        self.rebuild_if_changed()

    def language_changed(self) -> None:
        """Qt says the language changed (the window's LanguageChange): build again once the
        translators are all in place (several events come for one change)."""
        QTimer.singleShot(0, self, self.rebuild_if_changed)

    @Slot()
    def rebuild_if_changed(self) -> None:
        """Build the window again if the language was applied since it was last built."""
        if self._shown != _applied[0]:
            self.rebuild()

    def rebuild(self) -> None:
        """Build the menus and the tabs again in the language now in use, and put the person
        back where they were. What is typed is stored first."""
        began = perf_counter()
        self._shown = _applied[0]
        window = self.window
        window.setUpdatesEnabled(False)
        window.setLocale(QLocale())  # (a widget keeps the locale it was made with: date fields)
        try:
            kept = self._store_what_is_typed()
            place = self._place()
            self._close_other_windows()
            for page, title in zip(window.pages(), self._titles(), strict=True):
                window.tabs.setTabText(window.tabs.indexOf(page), title)
            self._rebuild_menus()  # (after the tabs' titles: View names the tabs)
            for page in window.pages():
                if page not in kept:
                    self._rebuild_page(page)
            window.show_title()
            self._rebuild_notices()
            if window.locking.locked:
                self._rebuild_unlock_screen()
            else:
                self._put_back(place)
        finally:
            window.setUpdatesEnabled(True)
        self.last_switch_ms = (perf_counter() - began) * 1000

    def _titles(self) -> tuple[str, str, str]:
        # The window's own texts, in its context (a call of tr(...) alone lupdate files in none).
        translate = QCoreApplication.translate
        return (
            translate("MainWindow", "Action plan"),
            translate("MainWindow", "Journal"),
            translate("MainWindow", "Encouragement"),
        )

    def _store_what_is_typed(self) -> list[LazyPage]:
        """Store what is being typed in every built tab; the pages whose words couldn't be
        stored yet (a full disk), which are kept as they are, with them."""
        from desktop.ui.app.tab import Tab

        if self.window.locking.locked:
            return []  # (all was stored at the lock)
        return [
            page
            for page in self.window.pages()
            if page.content is not None and not cast("Tab", page.content).commit_pending()
        ]

    # -- where the person was -----------------------------------------------------------------

    def _place(self) -> Place:
        window = self.window
        place = Place(tab=window.tabs.currentIndex())
        if window.locking.locked:
            return place
        focus = QApplication.focusWidget()
        content = window.pages()[place.tab].content
        if focus is not None and content is not None and content.isAncestorOf(focus):
            alike = content.findChildren(type(focus))
            place.focus = (place.tab, type(focus), alike.index(focus))
        from desktop.ui.encouragement.tab import EncouragementTab
        from desktop.ui.journal.tab import JournalTab
        from desktop.ui.plan.tab import PlanTab

        for tab in window.built_tabs():
            if isinstance(tab, EncouragementTab):
                place.page = tab.current_page()
            elif isinstance(tab, JournalTab):
                place.entry_id = tab.editor.entry_id
                place.cursor = tab.editor.body.textCursor().position()
            elif isinstance(tab, PlanTab):
                place.item_id = tab.current_item_id()
        return place

    def _put_back(self, place: Place) -> None:
        window = self.window
        window.tabs.setCurrentIndex(place.tab)
        pages = window.pages()
        plan, journal, encouragement = (page.content for page in pages)
        from desktop.store.errors import StoreError

        with contextlib.suppress(StoreError):  # (an entry gone meanwhile: the list as it is)
            if encouragement is not None and place.page is not None:
                window.encouragement_tab.show_page(place.page)
            if journal is not None and place.entry_id is not None:
                window.journal_tab.open_entry(place.entry_id)
                body = window.journal_tab.editor.body
                cursor = body.textCursor()
                cursor.setPosition(min(place.cursor, len(body.toPlainText())))
                body.setTextCursor(cursor)
            if plan is not None and place.item_id is not None:
                window.plan_tab.refresh(select_id=place.item_id)
        content = window.pages()[place.tab].content
        if place.focus is not None and content is not None:  # the keyboard where it was
            _tab, kind, index = place.focus
            alike = content.findChildren(kind)  # (the tab built again is made alike)
            if index < len(alike):
                alike[index].setFocus()

    # -- building again -----------------------------------------------------------------------

    def _rebuild_menus(self) -> None:
        window = self.window
        menus = [cast("QMenu", a.menu()) for a in window.menuBar().actions() if a.menu()]
        kept = {window.locking.lock_action, window.reminders.action}
        window.menuBar().clear()
        for menu in menus:
            for action in menu.actions():  # the window's own (Quit, the tabs'): not kept
                if action.parent() is window and action not in kept:
                    action.deleteLater()
            menu.deleteLater()
        window.data_actions.actions = []  # (they went with the old File menu)
        window.build_menus(again=True)
        window.data_actions.set_read_only(window.read_only)
        if window.locking.locked or any(page.held for page in window.pages()):
            for action in window.needs_data:
                action.setEnabled(False)
        if window.locking.locked:
            for action in window.view_actions:
                action.setEnabled(False)

    def _rebuild_page(self, page: LazyPage) -> None:
        """A built tab is built again (an unvisited one is built in the new language anyway)."""
        content = page.content
        if content is None:
            return
        window = self.window
        splitter = getattr(content, "splitter", None)
        if isinstance(splitter, QSplitter):  # as the person left it, not as it was at start
            window.settings.setValue(f"{type(content).__name__}/splitter", splitter.saveState())
        layout = page.layout()
        if layout is not None:
            layout.removeWidget(content)
        content.hide()
        content.deleteLater()
        page.content = None
        if not page.held:
            page.build()  # (a tab built before stays built: the person's place in it is kept)

    def _rebuild_notices(self) -> None:
        window = self.window
        banner = window.read_only_banner
        if banner is not None:
            window.read_only_banner = None
            window.read_only = False
            banner.hide()
            banner.deleteLater()
            window.show_read_only()
        notice = window.place_notice
        if notice is not None:
            window.place_notice = None
            notice.hide()
            notice.deleteLater()
            window._place_checked = False  # (asked for again, in the new language)
            window.check_data_place()

    def _rebuild_unlock_screen(self) -> None:
        locking = self.window.locking
        screen, locking.screen = locking.screen, None
        if screen is not None:
            self.window.stack.removeWidget(screen)
            screen.deleteLater()
        locking.show_locked()

    def _close_other_windows(self) -> None:
        """Other windows of ours that are open (a dialog left open) close: they would stay in
        the language before. A modal one is the person's to finish (its exec waits)."""
        for widget in QApplication.topLevelWidgets():
            if widget is self.window or not widget.isVisible() or widget.isModal():
                continue
            if isinstance(widget, QMenu) or widget.parent() is None:
                continue  # (menus, and windows not ours: the tray's, a test's)
            if getattr(widget, "shown_only_once", False):
                continue  # the recovery code: closed now, it would never be seen again
            with contextlib.suppress(RuntimeError):
                widget.close()
