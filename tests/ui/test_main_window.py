"""The main window: its tabs, menus and shortcuts, the state it remembers, and crisis help."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from desktop import clock
from desktop.store import plan
from desktop.store.records import Outcome
from desktop.ui.app.events import Scope
from desktop.ui.app.main_window import MainWindow
from tests.ui.helpers import plain

TAB_TITLES = ["Action plan", "Journal", "Encouragement"]


def menu(window: MainWindow, title: str) -> QMenu:
    for action in window.menuBar().actions():
        found = action.menu()
        if plain(action.text()) == title and found is not None:
            assert isinstance(found, QMenu), found
            return found
    raise AssertionError(f"no {title} menu")


def page(window: MainWindow, index: int) -> QWidget:
    """The widget of one of the window's tabs; the tab must exist."""
    widget = window.tabs.widget(index)
    assert widget is not None, f"no tab {index}"
    return widget


def action(window: MainWindow, menu_title: str, text_part: str) -> QAction:
    found = [a for a in menu(window, menu_title).actions() if text_part in plain(a.text())]
    assert len(found) == 1, [a.text() for a in menu(window, menu_title).actions()]
    return found[0]


def test_three_tabs_in_order(make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    assert [window.tabs.tabText(n) for n in range(window.tabs.count())] == TAB_TITLES
    assert page(window, 0).isAncestorOf(window.plan_tab)
    assert page(window, 1).isAncestorOf(window.journal_tab)
    assert window.tabs.currentIndex() == 0
    assert window.windowTitle() == "Between Sessions"


def test_only_the_tab_on_screen_is_built_at_start(
    make_window: Callable[[], MainWindow], qtbot: Any
) -> None:
    from desktop.ui.journal.tab import JournalTab

    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    assert page(window, 1).findChild(JournalTab) is None  # start-up stays quick
    window.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page(window, 1).findChild(JournalTab) is not None)


def test_the_window_can_go_up_before_the_data_opens(
    make_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    from desktop.ui.journal.tab import JournalTab
    from desktop.ui.plan.tab import PlanTab

    window = make_window(data_open=False)
    window.show()
    qtbot.waitExposed(window)
    assert page(window, 0).findChild(PlanTab) is None  # nothing is read yet
    needs_data = [
        action(window, "File", "Back up now"),
        action(window, "File", "Export everything"),
        action(window, "File", "Import"),
        action(window, "Help", "safety plan"),
    ]
    assert not any(a.isEnabled() for a in needs_data)
    assert action(window, "Help", "crisis").isEnabled()  # help never waits

    window.data_opened()
    assert page(window, 0).findChild(PlanTab) is not None  # the tab on screen, at once
    assert all(a.isEnabled() for a in needs_data)
    assert page(window, 1).findChild(JournalTab) is None  # the others when visited


def test_the_window_says_when_it_is_first_drawn(
    make_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    window = make_window(data_open=False)
    drawn: list[bool] = []
    window.first_painted.connect(lambda: drawn.append(True))
    with qtbot.waitSignal(window.first_painted, timeout=10_000):
        window.show()
    window.repaint()  # drawn again, at once
    assert drawn == [True]  # said once: it is the cue to open the data


def test_a_tab_that_cannot_be_built_leaves_the_others_working(
    make_window: Callable[..., MainWindow],
    qtbot: Any,
    settings_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.ui.plan.tab import PlanTab

    def broken(_self: MainWindow) -> QWidget:
        raise RuntimeError("a tab that can't be built")

    monkeypatch.setattr(MainWindow, "_make_journal", broken)
    last_time = QSettings(str(settings_path), QSettings.Format.IniFormat)
    last_time.setValue("window/tab", 1)  # the Journal was on screen last time
    last_time.sync()
    window = make_window(data_open=False)
    window.show()
    qtbot.waitExposed(window)
    with pytest.raises(RuntimeError):
        window.data_opened()

    window.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page(window, 0).findChild(PlanTab) is not None)
    assert action(window, "File", "Back up now").isEnabled()


def test_menus(make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    titles = [plain(a.text()) for a in window.menuBar().actions()]
    assert titles == ["File", "View", "Help"]


def test_view_menu_actions_switch_tabs_with_ctrl_number(
    make_window: Callable[[], MainWindow],
) -> None:
    window = make_window()
    view = menu(window, "View").actions()
    actions = [a for a in view if not a.isSeparator() and a.menu() is None]  # (not Language)
    assert [plain(a.text()) for a in actions] == TAB_TITLES
    assert [a.shortcut().toString() for a in actions] == ["Ctrl+1", "Ctrl+2", "Ctrl+3"]
    for number in (2, 1, 0, 2):
        actions[number].trigger()
        assert window.tabs.currentIndex() == number


def test_ctrl_number_keys_switch_tabs(make_window: Callable[[], MainWindow], qtbot: Any) -> None:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for key, number in [(Qt.Key.Key_3, 2), (Qt.Key.Key_2, 1), (Qt.Key.Key_1, 0)]:
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentIndex() == number


def test_geometry_last_tab_and_splitter_survive_a_restart(
    make_window: Callable[[], MainWindow], qtbot: Any
) -> None:
    plan.add_item("Walk")  # so the plan tab shows its list and the item beside it
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    # The offscreen screen is 800 x 600; a window must fit on it to come back unchanged.
    window.setGeometry(QRect(30, 40, 640, 470))
    qtbot.waitUntil(lambda: window.size().width() == 640)
    window.plan_tab.splitter.setSizes([200, 400])
    splitter_sizes = window.plan_tab.splitter.sizes()
    window.tabs.setCurrentIndex(2)
    window.close()

    again = make_window()
    assert again.tabs.currentIndex() == 2
    assert again.geometry() == QRect(30, 40, 640, 470)
    again.show()
    qtbot.waitExposed(again)
    assert again.geometry() == QRect(30, 40, 640, 470)
    again.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: again.plan_tab.splitter.sizes() == splitter_sizes, timeout=2000)


def test_first_start_has_a_sensible_size_and_the_plan_tab(
    make_window: Callable[[], MainWindow],
) -> None:
    window = make_window()
    assert window.tabs.currentIndex() == 0
    assert window.width() >= 800 and window.height() >= 600


def test_a_stored_tab_number_out_of_range_is_ignored(
    make_window: Callable[[], MainWindow], settings_path: Path
) -> None:
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    settings.setValue("window/tab", 7)
    settings.setValue("window/geometry", b"not a geometry")
    settings.sync()
    window = make_window()
    assert window.tabs.currentIndex() == 0
    assert window.width() >= 800


def test_closing_the_window_keeps_a_note_still_being_typed(
    make_window: Callable[[], MainWindow],
) -> None:
    item = plan.add_item("Journal")
    window = make_window()
    detail = window.plan_tab.detail
    detail.check_in_box.outcome_buttons[Outcome.TRIED].click()
    detail.check_in_box.note.setText("Half a page")
    window.close()
    assert plan.check_ins_on(clock.today())[item.id].note == "Half a page"


def test_crisis_help_is_in_the_help_menu_and_speaks_of_emergency(
    make_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(f"{box.windowTitle()}\n{box.text()}\n{box.informativeText()}")
        return int(QMessageBox.StandardButton.Close)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    window = make_window()
    crisis = action(window, "Help", "crisis")
    # Two clicks away: the Help menu, then this, the first entry in it.
    assert menu(window, "Help").actions()[0] is crisis
    crisis.trigger()

    assert len(shown) == 1
    assert "emergency" in shown[0].lower()
    assert "not emergency help" in shown[0]


def test_crisis_help_opens_even_when_the_data_cannot_be_read(
    make_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.app import help_boxes

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.informativeText()))

    def unreadable() -> str:
        raise RuntimeError("the data drive was unplugged")

    monkeypatch.setattr(help_boxes, "crisis_contacts_text", unreadable)
    window = make_window()
    action(window, "Help", "crisis").trigger()

    assert len(shown) == 1
    assert "emergency number" in shown[0]


def test_about_says_what_the_app_is_not(
    make_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "about", staticmethod(lambda parent, title, text: shown.append(text))
    )
    window = make_window()
    action(window, "Help", "About").trigger()
    assert len(shown) == 1
    assert "not a therapist" in shown[0]
    assert "Between Sessions" in shown[0]


def test_plan_changes_reach_the_plan_tab_through_events(
    make_window: Callable[[], MainWindow], qtbot: Any
) -> None:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    assert window.plan_tab.pages.currentIndex() == 0
    plan.add_item("Walk")
    window.events.announce(Scope.PLAN)  # another tab changed the plan
    assert window.plan_tab.pages.currentIndex() == 1
    assert window.plan_tab.detail.title.text() == "Walk"


def test_building_a_tab_writes_nothing(make_window: Callable[[], MainWindow], store: Path) -> None:
    from tests.store.store_helpers import open_connection

    plan.add_item("Walk")
    window = make_window()
    connection = open_connection()
    before = connection.total_changes
    for tab in (window.plan_tab, window.journal_tab, window.encouragement_tab):
        assert tab is not None  # built, not shown
    assert connection.total_changes == before


def test_a_tabs_keys_work_wherever_the_keyboard_is_in_the_window(
    make_window: Callable[..., MainWindow], qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # At start the keyboard is on the tab bar, outside every tab: Ctrl+N and Ctrl+F work
    # there all the same, for the tab on screen (and only for it).
    from PySide6.QtWidgets import QApplication

    from desktop.ui.plan.item_dialog import ItemDialog
    from tests.ui.helpers import answer_dialog

    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    bar = window.tabs.tabBar()
    bar.setFocus()
    qtbot.waitUntil(bar.hasFocus)

    asked = answer_dialog(monkeypatch, ItemDialog, lambda d: d.title.setText("Walk"))
    qtbot.keyClick(bar, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(asked.seen) == 1 and [i.title for i in plan.list_items()] == ["Walk"]

    window.tabs.setCurrentIndex(1)  # the Journal
    bar.setFocus()
    qtbot.waitUntil(bar.hasFocus)
    qtbot.keyClick(bar, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.journal_tab.search
    bar.setFocus()
    qtbot.keyClick(bar, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(asked.seen) == 1  # the plan's Ctrl+N sleeps while its tab is hidden
    assert window.journal_tab.editor.entry_id is None  # a new entry, blank, to write in
    focused = QApplication.focusWidget()
    assert focused is not None and window.journal_tab.editor.isAncestorOf(focused)
