"""The gentle reminder in the running app (ui/app/tray.py, settings_dialog.py): File → Reminder…,
the nudge when its time comes and not after a check-in, the one quiet line for a time that
passed unseen, start at login, and closing into the tray only while the reminder is on."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QSystemTrayIcon, QWidget

from desktop import APP_ID, clock, reminders
from desktop.reminders import ReminderSettings
from desktop.store import plan
from desktop.store.records import Outcome
from desktop.ui.app import tray
from desktop.ui.app.settings_dialog import ReminderDialog
from tests.ui.helpers import plain

EVENING = ReminderSettings(on=True, at=time(19, 0), words="quiet")
QUIET_WORDS = "A quiet minute, if you'd like one."


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The tray's messages (the nudge, the first-close note), with a tray this desktop lacks,
    and no desktop notification service (tests/ui/test_reminder_dbus.py has a real one)."""
    shown: list[str] = []
    monkeypatch.setattr(tray.Reminders, "tray_available", staticmethod(lambda: True))
    monkeypatch.setattr(tray.Reminders, "_desktop_notifications", lambda self: None)
    monkeypatch.setattr(
        QSystemTrayIcon, "showMessage", lambda self, title, text, *rest: shown.append(text)
    )
    return shown


@pytest.fixture
def window(make_window: Callable[..., Any], messages: list[str]) -> Any:
    clock.freeze(datetime(2026, 11, 26, 18, 59))
    made = make_window()
    made.reminders.apply(EVENING)
    return made


def test_file_menu_has_the_reminder_and_it_starts_off(make_window: Callable[..., Any]) -> None:
    made = make_window()
    file_menu = made.menuBar().actions()[0].menu()
    names = [plain(a.text()) for a in file_menu.actions() if not a.isSeparator()]
    assert "Reminder…" in names
    assert names.index("Reminder…") < names.index("Quit")
    assert made.reminders.chosen == ReminderSettings()
    assert not made.reminders.timer.isActive() and made.reminders.tray is None


def test_the_dialog_is_reachable_by_keyboard_and_named(qtbot: Any) -> None:
    dialog = ReminderDialog(ReminderSettings())
    qtbot.addWidget(dialog)
    boxes = dialog.findChildren(QCheckBox)
    controls: list[QWidget] = [*boxes, dialog.at, dialog.words]
    assert len(controls) == 3 + 7 + 2  # on, plan, login; the days; time, words
    for control in controls:
        assert control.accessibleName(), control
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, control.accessibleName()
    assert not dialog.details.isEnabled()  # off: the rest waits until it is turned on
    dialog.on.click()
    assert dialog.details.isEnabled()
    dialog.days[5].click()  # Saturday off
    dialog.words.setCurrentIndex(dialog.words.findData("quiet"))
    chosen = dialog.chosen()
    assert chosen.on and chosen.words == "quiet" and chosen.days == frozenset({0, 1, 2, 3, 4, 6})


def test_the_nudge_comes_once_with_the_chosen_words(window: Any, messages: list[str]) -> None:
    assert window.reminders.timer.isActive()
    assert window.reminders.timer.remainingTime() <= reminders.LOOK_AGAIN.total_seconds() * 1000
    window.reminders.look()
    assert messages == []  # 18:59: not yet
    clock.advance(timedelta(minutes=1))
    window.reminders.look()
    assert messages == [QUIET_WORDS]
    clock.advance(timedelta(minutes=1))
    window.reminders.look()
    assert messages == [QUIET_WORDS]  # once a day


def test_no_nudge_after_a_check_in(window: Any, messages: list[str]) -> None:
    item = plan.add_item("A short walk")
    plan.check_in(item.id, clock.today(), Outcome.TRIED)
    clock.advance(timedelta(minutes=1))
    window.reminders.look()
    assert messages == []


def test_not_today_from_the_tray_quiets_it(window: Any, messages: list[str]) -> None:
    menu = window.reminders.tray.contextMenu()
    texts = [plain(a.text()) for a in menu.actions()]
    assert texts == ["Open", "Check in", "Not today", "If you're in crisis…", "Quit"]
    menu.actions()[2].trigger()
    clock.advance(timedelta(minutes=1))
    window.reminders.look()
    assert messages == []


def test_a_time_passed_while_closed_is_one_quiet_line(
    make_window: Callable[..., Any], messages: list[str], qtbot: Any
) -> None:
    first = make_window()
    first.reminders.apply(EVENING)
    clock.freeze(datetime(2026, 11, 26, 22, 30))  # opened again long after 19:00
    later = make_window()
    later.reminders.look()
    assert messages == []  # no late notification
    assert later.statusBar().currentMessage() == f"{QUIET_WORDS} (your reminder for 19:00)"
    later.statusBar().clearMessage()
    later.reminders.look()
    assert later.statusBar().currentMessage() == ""  # one line, once


def test_closing_keeps_the_app_in_the_tray_only_while_it_is_on(
    window: Any, messages: list[str], qtbot: Any
) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert len(messages) == 1 and "Quit" in messages[0]  # said once, plainly
    window.reminders.show_window()
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert len(messages) == 1  # not again
    window.reminders.apply(ReminderSettings())  # off: closing closes
    window.show()
    assert window.close() is True


def test_file_quit_quits_even_with_the_tray(
    window: Any, messages: list[str], qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    window.show()
    qtbot.waitExposed(window)  # (the menu is complete, and the reminder follows its Quit)
    file_menu = window.menuBar().actions()[0].menu()
    [quit_action] = [a for a in file_menu.actions() if plain(a.text()) == "Quit"]
    quit_action.trigger()
    assert quits == [True] and not window.isVisible()
    QApplication.processEvents()  # (a close held back for the tray would come now: none)
    assert messages == [] and not window.isVisible()


def test_start_at_login_writes_and_removes_the_entry(
    window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    entry = tmp_path / "config" / "autostart" / f"{APP_ID}.desktop"
    window.reminders.apply(ReminderSettings(on=True, start_at_login=True))
    assert entry.is_file() and "--tray" in entry.read_text(encoding="utf-8")
    window.reminders.apply(ReminderSettings(on=False, start_at_login=True))
    assert not entry.exists()


def test_started_at_login_only_the_tray_shows(
    make_window: Callable[..., Any], messages: list[str]
) -> None:
    from desktop import cli

    assert cli.parse_args(["--tray"]).tray and not cli.parse_args([]).tray
    quiet = make_window()
    quiet.reminders.apply(EVENING)
    quiet.reminders.start_in_tray()
    assert not quiet.isVisible() and quiet.reminders.tray.isVisible()
    off = make_window()
    off.reminders.apply(ReminderSettings())
    off.reminders.start_in_tray()
    assert off.isVisible()  # the reminder is off: the window as usual
