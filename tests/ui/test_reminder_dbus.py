"""The nudge on a real, private D-Bus session bus (dbus-daemon), delivered to a notification
service that takes only the spec's exact types (tests/ui/fake_notifications.py, a small QtDBus
service: dunst needs a display and answers nothing back): once, with the chosen words and
nothing else; not at all after a check-in; and its "Not today" button quiets the day."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Q_ARG, QMetaObject, Qt
from PySide6.QtDBus import QDBusConnection, QDBusInterface

from desktop import APP_ID, APP_NAME, clock
from desktop.store import plan
from desktop.store.records import Outcome
from desktop.ui.app import notifications, tray
from tests.ui.test_reminder_ui import EVENING, QUIET_WORDS

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("dbus-daemon") is None,
    reason="a private session bus needs dbus-daemon (Linux; Debian's dbus package)",
)
SERVER = Path(__file__).with_name("fake_notifications.py")


@pytest.fixture
def bus(tmp_path: Path, qtbot: Any) -> Iterator[tuple[QDBusConnection, Path]]:
    """A private session bus with the notification service on it, and the service's log."""
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    log = tmp_path / "notifications.jsonl"
    log.touch()
    service = None
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address, "QT_QPA_PLATFORM": "offscreen"}
        service = subprocess.Popen([sys.executable, str(SERVER), str(log)], env=env)
        connection = QDBusConnection.connectToBus(address, f"reminder-test-{tmp_path.name}")
        assert connection.isConnected()

        def registered() -> bool:
            reply = connection.interface().isServiceRegistered(notifications.SERVICE)
            return reply.isValid() and bool(reply.value())

        qtbot.waitUntil(registered, timeout=20_000)
        yield connection, log
        QDBusConnection.disconnectFromBus(f"reminder-test-{tmp_path.name}")
    finally:
        for process in (service, daemon):
            if process is not None:
                process.terminate()
                process.wait(10)


@pytest.fixture
def window(
    make_window: Callable[..., Any],
    bus: tuple[QDBusConnection, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> Any:
    connection, _log = bus
    monkeypatch.setattr("sys.platform", "linux")

    def on_the_test_bus(self: tray.Reminders) -> notifications.DesktopNotifications:
        if self.notifications is None:
            self.notifications = notifications.DesktopNotifications(self, connection)
            self.notifications.action.connect(self._notification_action)
        return self.notifications

    monkeypatch.setattr(tray.Reminders, "_desktop_notifications", on_the_test_bus)
    clock.freeze(datetime(2026, 11, 26, 18, 59))
    made = make_window()
    made.reminders.apply(EVENING)
    return made


def _shown(log: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]


def test_the_nudge_arrives_once_with_the_chosen_words_and_nothing_else(
    window: Any, bus: tuple[QDBusConnection, Path]
) -> None:
    _connection, log = bus
    window.reminders.look()
    assert _shown(log) == []
    clock.advance(timedelta(minutes=1))
    window.reminders.look()
    clock.advance(timedelta(minutes=1))
    window.reminders.look()
    assert _shown(log) == [
        {
            "id": 1,
            "app_name": APP_NAME,
            "summary": QUIET_WORDS,
            "body": "",
            "actions": ["default", "Open", "not-today", "Not today"],
            "hints": {"desktop-entry": APP_ID},
        }
    ]


def test_nothing_arrives_after_a_check_in(window: Any, bus: tuple[QDBusConnection, Path]) -> None:
    _connection, log = bus
    item = plan.add_item("Drink a glass of water")
    plan.check_in(item.id, clock.today(), Outcome.DONE)
    clock.advance(timedelta(minutes=1))
    window.reminders.look()
    assert _shown(log) == []


def test_not_today_on_the_notification_quiets_the_day(
    window: Any, bus: tuple[QDBusConnection, Path], qtbot: Any
) -> None:
    connection, log = bus
    clock.freeze(datetime(2026, 11, 26, 19, 0))
    window.reminders.look()
    [shown] = _shown(log)
    # The person presses "Not today": the service says so on the bus, as a real one does.
    with qtbot.waitSignal(window.reminders.notifications.action, timeout=10_000) as pressed:
        _press(connection, shown["id"], "not-today")
    assert pressed.args == ["not-today"]
    assert window.settings.value(tray.NOT_TODAY) == "2026-11-26"
    assert window.reminders.timer.isActive()  # armed again, for tomorrow


def _press(connection: QDBusConnection, notification_id: int, key: str) -> None:
    # EmitAction takes a uint32 and a string: sent typed, as the app sends Notify.
    service = QDBusInterface(
        notifications.SERVICE, notifications.OBJECT_PATH, notifications.SERVICE, connection
    )
    QMetaObject.invokeMethod(
        service,
        "EmitAction",
        Qt.ConnectionType.DirectConnection,
        Q_ARG("uint", notification_id),
        Q_ARG(str, key),
    )
