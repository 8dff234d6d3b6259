"""A minimal org.freedesktop.Notifications service for tests/ui/test_reminder_dbus.py: it takes
Notify only with the spec's exact types (susssasa{sv}i, as a real service does), writes each
notification as a JSON line to the file named on its command line, and can be asked to send
ActionInvoked (EmitAction), as a person clicking the notification's button would.

Run: python tests/ui/fake_notifications.py LOG (on the session bus DBUS_SESSION_BUS_ADDRESS names).
"""

from __future__ import annotations

import json
import sys
from typing import Any

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Signal, Slot
from PySide6.QtDBus import QDBusAbstractAdaptor, QDBusConnection

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


@ClassInfo({"D-Bus Interface": SERVICE})  # type: ignore[call-arg]
class Notifications(QDBusAbstractAdaptor):  # type: ignore[operator]
    """The spec's Notify and GetCapabilities, and the ActionInvoked signal."""

    ActionInvoked = Signal("uint", str)  # type: ignore[arg-type]

    def __init__(self, parent: QObject, log: str) -> None:
        super().__init__(parent)
        self.log = log
        self.count = 0

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(
        self,
        app_name: str,
        replaces_id: int,
        app_icon: str,
        summary: str,
        body: str,
        actions: list[str],
        hints: dict[str, Any],
        timeout: int,
    ) -> int:
        self.count += 1
        shown = {
            "id": self.count,
            "app_name": app_name,
            "summary": summary,
            "body": body,
            "actions": list(actions),
            "hints": {key: str(value) for key, value in hints.items()},
        }
        with open(self.log, "a", encoding="utf-8") as out:
            out.write(json.dumps(shown) + "\n")
        return self.count

    @Slot(result="QStringList")
    def GetCapabilities(self) -> list[str]:
        return ["actions", "body"]

    @Slot("uint", str)
    def EmitAction(self, notification_id: int, key: str) -> None:
        self.ActionInvoked.emit(notification_id, key)


def main() -> int:
    app = QCoreApplication([])
    bus = QDBusConnection.sessionBus()
    holder = QObject()
    Notifications(holder, sys.argv[1])
    if not (bus.registerObject(PATH, holder) and bus.registerService(SERVICE)):
        print("could not register", file=sys.stderr)
        return 1
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
