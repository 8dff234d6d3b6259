"""The desktop's notification service on Linux (org.freedesktop.Notifications, the
freedesktop.org spec) over QtDBus: the reminder's nudge, with its Open and Not today buttons."""

from __future__ import annotations

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, SLOT, QMetaObject, QObject, Qt, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusInterface

from desktop import APP_ID, APP_NAME

SERVICE = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"


class DesktopNotifications(QObject):
    """The desktop's notification service (the freedesktop.org spec), over QtDBus."""

    #: The person chose an action on our last notification: "default" (clicked) or "not-today".
    action = Signal(str)

    def __init__(self, parent: QObject | None = None, bus: QDBusConnection | None = None) -> None:
        super().__init__(parent)
        self.bus = bus if bus is not None else QDBusConnection.sessionBus()
        self.last_id = 0
        if self.bus.isConnected():
            slot = SLOT("_invoked(uint,QString)")  # (a str: the stubs' bytes is refused)
            self.bus.connect(SERVICE, OBJECT_PATH, SERVICE, "ActionInvoked", self, slot)  # type: ignore[call-overload]

    def available(self) -> bool:
        """Whether a notification service is running on the session bus."""
        if not self.bus.isConnected():
            return False
        reply = self.bus.interface().isServiceRegistered(SERVICE)
        return reply.isValid() and bool(reply.value())

    def notify(self, summary: str, actions: list[tuple[str, str]]) -> bool:
        """Show summary (and no body); False when the service didn't take it."""
        service = QDBusInterface(SERVICE, OBJECT_PATH, SERVICE, self.bus)
        if not service.isValid():
            return False
        flat = [part for pair in actions for part in pair]
        hints = {"desktop-entry": APP_ID}
        # invokeMethod, not call(): the spec's replaces_id is a uint32, and only the typed path
        # sends one (call() would send an int32, which a notification service refuses).
        try:
            result = QMetaObject.invokeMethod(
                service,
                "Notify",
                Qt.ConnectionType.DirectConnection,
                Q_RETURN_ARG("uint"),
                Q_ARG(str, APP_NAME),
                Q_ARG("uint", 0),
                Q_ARG(str, APP_ID),
                Q_ARG(str, summary),
                Q_ARG(str, ""),
                Q_ARG("QStringList", flat),
                Q_ARG("QVariantMap", hints),
                Q_ARG(int, -1),
            )
        except (RuntimeError, TypeError):
            return False
        if not isinstance(result, int) or result == 0:
            return False
        self.last_id = result
        return True

    @Slot("uint", str)
    def _invoked(self, notification_id: int, key: str) -> None:
        if notification_id == self.last_id:
            self.action.emit(key)
