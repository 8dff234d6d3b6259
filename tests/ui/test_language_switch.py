"""View → Language: every open screen changes at once, the choice is kept for the next start,
and nothing typed is lost on the way (issue 13).

The translations come from a small .ts file this test writes itself (built with the wheel's
pyside6-lrelease), so the tests don't depend on how far the real German one has come.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from time import perf_counter
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMenu

from desktop import clock
from desktop.store import journal, plan
from desktop.store.records import EntryFields
from desktop.ui.app import language
from desktop.ui.app.main_window import MainWindow
from tests.ui.helpers import plain

GERMAN = {
    "MainWindow": {
        "Action plan": "Aktionsplan",
        "Journal": "Tagebuch",
        "Encouragement": "Ermutigung",
        "&File": "&Datei",
        "&View": "&Ansicht",
    },
    "LanguageSwitch": {"&Language": "&Sprache", "System (%1)": "System (%1)"},
    "Locking": {"&Lock now": "Jetzt &sperren"},
    "Reminders": {"&Reminder…": "&Erinnerung…", "&Open": "Ö&ffnen"},
    "JournalEditor": {"Title (optional)": "Titel (freiwillig)"},
}


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@pytest.fixture(scope="session")
def german_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("language")
    contexts = "".join(
        f"<context><name>{name}</name>"
        + "".join(
            f"<message><source>{_escape(source)}</source>"
            f"<translation>{_escape(target)}</translation></message>"
            for source, target in texts.items()
        )
        + "</context>"
        for name, texts in GERMAN.items()
    )
    ts = folder / "test_de.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="de_DE">{contexts}</TS>\n',
        encoding="utf-8",
    )
    qm = folder / "test_de.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


@pytest.fixture
def translators(german_qm: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The app's translators replaced by the test's own German one; the languages asked for."""
    asked: list[str] = []
    installed: list[QTranslator] = []

    def install(app: QCoreApplication, wanted: str | None) -> str:
        asked.append(wanted or "system")
        for each in installed:
            app.removeTranslator(each)
        installed.clear()
        if wanted == "de":
            translator = QTranslator(app)
            assert translator.load(str(german_qm))
            app.installTranslator(translator)
            installed.append(translator)
        return wanted or "en"

    monkeypatch.setattr(language, "install_translators", install)
    yield asked
    app = QCoreApplication.instance()
    assert app is not None
    for each in installed:
        app.removeTranslator(each)
    QLocale.setDefault(QLocale.system())
    from desktop import content

    content.set_language("en")


def menu_titles(window: MainWindow) -> list[str]:
    return [plain(action.text()) for action in window.menuBar().actions()]


def tab_titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(n) for n in range(window.tabs.count())]


def language_menu(window: MainWindow) -> QMenu:
    view = window.menuBar().actions()[1].menu()
    assert isinstance(view, QMenu)
    found = [a.menu() for a in view.actions() if a.menu() is not None]
    assert len(found) == 1
    menu = found[0]
    assert isinstance(menu, QMenu)
    return menu


def choose(window: MainWindow, choice: str) -> None:
    """Pick a language in View → Language, as the person would."""
    actions = {a.objectName(): a for a in language_menu(window).actions()}
    actions[f"language_{choice}"].trigger()


def test_the_menu_offers_each_language_in_its_own_words(
    make_window: Callable[[], MainWindow],
) -> None:
    window = make_window()
    items = language_menu(window).actions()
    assert [a.text() for a in items] == ["System (English)", "English", "Deutsch", "Español"]
    assert all(a.isCheckable() for a in items)
    assert [a.isChecked() for a in items] == [True, False, False, False]
    assert items[0].actionGroup() is not None and items[0].actionGroup().isExclusive()


def test_choosing_german_changes_the_open_window_at_once_and_back(
    make_window: Callable[[], MainWindow], translators: list[str], qtbot: Any
) -> None:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentIndex(1)
    assert window.journal_tab.editor.title.placeholderText() == "Title (optional)"

    choose(window, "de")

    assert translators == ["de"]
    assert tab_titles(window) == ["Aktionsplan", "Tagebuch", "Ermutigung"]
    assert menu_titles(window)[:2] == ["Datei", "Ansicht"]
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    texts = [plain(a.text()) for a in file_menu.actions()]
    assert "Jetzt sperren" in texts and "Erinnerung…" in texts
    view_menu = window.menuBar().actions()[1].menu()
    assert isinstance(view_menu, QMenu)
    assert [plain(a.text()) for a in view_menu.actions()][:3] == tab_titles(window)
    assert window.tabs.currentIndex() == 1  # the person is where they were
    assert window.journal_tab.editor.title.placeholderText() == "Titel (freiwillig)"
    assert plain(language_menu(window).title()) == "Sprache"
    assert [a.isChecked() for a in language_menu(window).actions()] == [
        False, False, True, False,
    ]  # fmt: skip
    assert QLocale().language() == QLocale.Language.German  # dates and numbers follow
    assert window.journal_tab.editor.day.text().endswith("Nov. 2026")  # (the frozen clock's)
    from desktop import content

    assert content.language() == "de"  # the built-in texts follow

    choose(window, "en")
    assert tab_titles(window) == ["Action plan", "Journal", "Encouragement"]
    assert menu_titles(window)[:2] == ["File", "View"]
    assert window.journal_tab.editor.title.placeholderText() == "Title (optional)"
    assert QLocale().language() == QLocale.Language.English
    assert content.language() == "en"


def test_the_choice_is_kept_for_the_next_start(
    make_window: Callable[[], MainWindow], translators: list[str], settings_path: Path
) -> None:
    window = make_window()
    assert language.chosen(window.settings) == language.SYSTEM
    choose(window, "es")
    window.close()
    assert "[view]\nlanguage=es\n" in settings_path.read_text(encoding="utf-8")

    again = make_window()
    assert language.chosen(again.settings) == "es"
    assert [a.isChecked() for a in language_menu(again).actions()] == [
        False, False, False, True,
    ]  # fmt: skip
    app = QCoreApplication.instance()
    assert app is not None
    language.apply(app, language.chosen(again.settings))  # as app.py does at start
    assert translators[-1] == "es"
    assert QLocale().language() == QLocale.Language.Spanish


def test_an_unknown_choice_follows_the_system(make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    window.settings.setValue(language.LANGUAGE_KEY, "klingon")
    assert language.chosen(window.settings) == language.SYSTEM


def test_what_is_typed_survives_a_switch_and_is_stored(
    make_window: Callable[[], MainWindow], translators: list[str], qtbot: Any
) -> None:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentIndex(1)
    editor = window.journal_tab.editor
    qtbot.keyClicks(editor.title, "A hard week")
    qtbot.keyClicks(editor.body, "Still here, still trying")  # no pause: nothing saved yet
    window.activateWindow()
    editor.body.setFocus()
    qtbot.waitUntil(editor.body.hasFocus)

    choose(window, "de")

    editor = window.journal_tab.editor  # (a new one: built in German)
    qtbot.waitUntil(editor.body.hasFocus)  # the keyboard is back where it was
    assert editor.title.text() == "A hard week"
    assert editor.body.toPlainText() == "Still here, still trying"
    assert editor.entry_id is not None
    stored = journal.get_entry(editor.entry_id)
    assert stored.fields.body == "Still here, still trying"
    qtbot.keyClicks(editor.body, " and more")  # the new editor goes on saving
    assert window.commit_pending()
    assert journal.get_entry(editor.entry_id).fields.body == "Still here, still trying and more"


def test_the_place_is_kept_in_every_tab(
    make_window: Callable[[], MainWindow],
    translators: list[str],
    add_items: Callable[..., list[Any]],
    qtbot: Any,
) -> None:
    items = add_items("Walk after lunch", "Call my sister", "Read ten pages")
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.plan_tab.refresh(select_id=items[1].id)
    assert window.plan_tab.current_item_id() == items[1].id
    window.tabs.setCurrentIndex(2)
    from desktop.ui.encouragement.tab import SAFETY_PLAN

    window.encouragement_tab.show_page(SAFETY_PLAN)

    choose(window, "de")

    assert window.tabs.currentIndex() == 2
    assert window.encouragement_tab.current_page() == SAFETY_PLAN
    assert window.plan_tab.current_item_id() == items[1].id
    assert plan.get_item(items[1].id).title == "Call my sister"


def test_a_switch_feels_instant_on_a_populated_store(
    make_window: Callable[[], MainWindow],
    translators: list[str],
    add_items: Callable[..., list[Any]],
    qtbot: Any,
) -> None:
    add_items(*(f"Step {n}" for n in range(30)))
    start = clock.today()
    for n in range(300):
        day = start - timedelta(days=n)
        journal.save_entry(None, EntryFields(day=day, title=f"Day {n}", body="Words " * 80))
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    for number in range(3):  # every tab built
        window.tabs.setCurrentIndex(number)
        QApplication.processEvents()
    began = perf_counter()
    choose(window, "de")
    QApplication.processEvents()
    took = perf_counter() - began
    print(f"switch: {window.language.last_switch_ms:.0f} ms to build, {took * 1000:.0f} ms shown")
    assert took < 1.0


def test_the_unlock_screen_follows_while_locked(
    make_window: Callable[[], MainWindow], translators: list[str], qtbot: Any
) -> None:
    window = make_window()
    window.locking.show_locked()
    before = window.locking.screen
    choose(window, "de")
    assert window.locking.screen is not None and window.locking.screen is not before
    assert window.stack.currentWidget() is window.locking.screen
    assert not any(a.isEnabled() for a in window.view_actions)  # still held back
    assert tab_titles(window) == ["Aktionsplan", "Tagebuch", "Ermutigung"]


def test_the_tray_menu_follows(
    make_window: Callable[[], MainWindow],
    translators: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from datetime import time as at

    from PySide6.QtWidgets import QSystemTrayIcon

    from desktop.reminders import ReminderSettings
    from desktop.ui.app import tray

    monkeypatch.setattr(tray.Reminders, "tray_available", staticmethod(lambda: True))
    monkeypatch.setattr(tray.Reminders, "_desktop_notifications", lambda self: None)
    monkeypatch.setattr(QSystemTrayIcon, "showMessage", lambda *_: None)
    window = make_window()
    window.reminders.apply(ReminderSettings(on=True, at=at(19, 0)))
    icon = window.reminders.tray
    assert icon is not None
    before = icon.contextMenu()
    choose(window, "de")
    assert window.reminders.tray is icon  # the same icon, a menu made again
    assert icon.contextMenu() is not before
    menu = icon.contextMenu()
    assert menu is not None
    assert plain(menu.actions()[0].text()) == "Öffnen"


def test_an_open_window_of_ours_closes_and_a_read_only_notice_is_said_again(
    make_window: Callable[[], MainWindow], translators: list[str], qtbot: Any
) -> None:
    from PySide6.QtWidgets import QDialog

    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.show_read_only()
    old_banner = window.read_only_banner
    dialog = QDialog(window)  # a window left open beside the main one (not modal)
    dialog.show()
    choose(window, "de")
    assert not dialog.isVisible()
    assert window.read_only and window.read_only_banner is not None
    banner = window.read_only_banner
    assert banner is not old_banner
    qtbot.waitUntil(banner.isVisible)  # (a widget put in a shown layout shows a moment later)
    writing = [a for a in window.data_actions.actions if a.objectName() == "back_up_now"]
    assert writing and not writing[0].isEnabled()  # still held back


def test_choosing_the_language_in_use_builds_nothing_again(
    make_window: Callable[[], MainWindow], translators: list[str]
) -> None:
    window = make_window()
    plan_tab = window.plan_tab
    choose(window, "system")  # (already the one in use)
    assert translators == [] and window.plan_tab is plan_tab


def test_words_that_couldnt_be_stored_yet_keep_their_tab(
    make_window: Callable[[], MainWindow],
    translators: list[str],
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentIndex(1)
    journal_tab = window.journal_tab
    qtbot.keyClicks(journal_tab.editor.body, "Words the disk can't take yet")
    monkeypatch.setattr(journal_tab, "commit_pending", lambda: False)  # (a full disk, say)
    plan_tab = window.plan_tab

    choose(window, "de")

    assert window.journal_tab is journal_tab  # kept as it was, with the words on screen
    assert journal_tab.editor.body.toPlainText() == "Words the disk can't take yet"
    assert window.plan_tab is not plan_tab  # the others in the new language
    assert tab_titles(window) == ["Aktionsplan", "Tagebuch", "Ermutigung"]
    # The disk takes words again: the window can close as usual (or it would stay open).
    monkeypatch.setattr(journal_tab, "commit_pending", lambda: True)
