"""The gentle reminder while the app runs: File → Reminder…, a timer armed from reminders.py's
answer, the tray icon and its menu, and the nudge itself, through the desktop's notification
service on Linux (org.freedesktop.Notifications over D-Bus) when there is one, else the tray.

Closing the window keeps the app in the tray only while the reminder is on (said once, the
first time). The nudge's words are the ones the person chose, and nothing they wrote.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QObject,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QSystemTrayIcon

from desktop import APP_NAME
from desktop.reminders import (
    Answer,
    ReminderSettings,
    is_due,
    local_now,
    next_nudge,
    nudge_text,
    wait,
)
from desktop.ui.common.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from desktop.ui.app.events import Change
    from desktop.ui.app.main_window import MainWindow
    from desktop.ui.app.notifications import DesktopNotifications

#: What the reminder remembers between runs, beside its settings (ISO dates).
LAST_SHOWN, NOT_TODAY, TOLD_ABOUT_TRAY = (
    "reminder/last_shown",
    "reminder/not_today",
    "reminder/told",
)


GROUP = "reminder"


def load_settings(settings: QSettings) -> ReminderSettings:
    """The reminder's settings as last saved (the defaults, reminder off, at first)."""
    settings.beginGroup(GROUP)
    try:
        values = {key: settings.value(key) for key in settings.childKeys()}
    finally:
        settings.endGroup()
    return ReminderSettings.from_values({k: v for k, v in values.items() if v is not None})


def save_settings(settings: QSettings, chosen: ReminderSettings) -> None:
    """Keep the reminder's settings."""
    settings.beginGroup(GROUP)
    try:
        for key, value in chosen.to_values().items():
            settings.setValue(key, value)
    finally:
        settings.endGroup()
    settings.sync()


class Reminders(QObject):
    """The reminder in the running app: its menu entry, timer, tray icon and delivery."""

    #: A nudge was delivered (its words), for whoever listens (tests, the tray's tooltip).
    nudged = Signal(str)

    def __init__(self, window: MainWindow, file_menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.chosen = load_settings(window.settings)
        self.tray: QSystemTrayIcon | None = None
        self.notifications: DesktopNotifications | None = None  # (made when first needed)
        self._quitting = False
        self.action = QAction(window)
        self.action.setObjectName("reminder")
        self.action.triggered.connect(self.show_settings)
        self.add_to(file_menu)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.look)
        window.events.changed.connect(self._data_changed)
        window.events.day_changed.connect(lambda _day: self.arm())
        window.installEventFilter(self)
        self._show_tray()
        self.arm()

    def add_to(self, file_menu: QMenu) -> None:
        """Put File → Reminder… into the File menu in the language now chosen; the tray's menu
        follows (again when the menus are built again after a change of language)."""
        self.action.setText(self.tr("&Reminder…"))
        file_menu.addAction(self.action)
        # File → Quit quits, even with the tray (found once the menu is complete).
        QTimer.singleShot(0, self, lambda: self._follow_quit(file_menu))
        if self.tray is not None:
            before = self.tray.contextMenu()
            self.tray.setContextMenu(self._tray_menu())
            if before is not None:
                before.deleteLater()

    def _follow_quit(self, file_menu: QMenu) -> None:
        for each in file_menu.actions():
            if each.menuRole() == QAction.MenuRole.QuitRole:
                each.triggered.connect(self.quit)

    @staticmethod
    def tray_available() -> bool:
        """Whether this desktop shows tray icons (a seam for tests)."""
        return QSystemTrayIcon.isSystemTrayAvailable()

    # -- the schedule -----------------------------------------------------------------------

    def _day(self, key: str) -> date | None:
        try:
            return date.fromisoformat(str(self.window.settings.value(key, "")))
        except ValueError:
            return None

    def _mark(self, key: str, day: date) -> None:
        self.window.settings.setValue(key, day.isoformat())
        self.window.settings.sync()

    def _answer(self, stepped_today: bool) -> Answer:
        return next_nudge(
            self.chosen,
            last_shown=self._day(LAST_SHOWN),
            stepped_today=stepped_today,
            not_today=self._day(NOT_TODAY),
            now=local_now(),
        )

    @Slot()
    def arm(self) -> None:
        """Set the timer from the schedule's answer (again at each change)."""
        self.timer.stop()
        if not self.chosen.on:
            return
        answer = self._answer(stepped_today=False)  # (the store is asked when it is due)
        if is_due(answer, local_now()) or answer.passed:
            QTimer.singleShot(0, self, self.look)
            return
        self.timer.start(int(wait(answer, local_now()) / timedelta(milliseconds=1)))

    @Slot()
    def look(self) -> None:
        """The time may have come: nudge, or say the one quiet line, or wait on."""
        from desktop.store import db

        if not self.chosen.on:
            return
        now = local_now()
        first = self._answer(stepped_today=False)
        if (is_due(first, now) or first.passed) and db.is_open():
            answer = self._answer(stepped_today=self._stepped(now.date()))
            if is_due(answer, now):
                self._mark(LAST_SHOWN, now.date())
                self.deliver(nudge_text(self.chosen, translate))
            elif answer.passed:
                self._mark(LAST_SHOWN, now.date())
                self.say_in_app(nudge_text(self.chosen, translate))
        elif is_due(first, now) or first.passed:  # the data isn't open yet (or is locked)
            self.timer.start(60_000)
            return
        self.timer.start(int(wait(self._answer(False), now) / timedelta(milliseconds=1)))

    def _stepped(self, today: date) -> bool:
        """Whether the person checked in or wrote today (when unsure: yes, and no nudge)."""
        from desktop.store import journal, plan
        from desktop.store.errors import StoreError

        try:
            return bool(plan.check_ins_on(today)) or journal.written_on(today)
        except StoreError:
            return True

    def _data_changed(self, change: Change) -> None:
        from desktop.ui.app.events import Scope

        if change.scope & (Scope.PLAN | Scope.JOURNAL):
            self.arm()

    # -- delivery ---------------------------------------------------------------------------

    def deliver(self, text: str) -> None:
        """Show the nudge: the desktop's notifications on Linux when there are any, else the
        tray's message (whose "Not today" is in the icon's menu: balloons have no buttons)."""
        actions = [("default", self.tr("Open")), ("not-today", self.tr("Not today"))]
        notifications = self._desktop_notifications()
        if (
            notifications is not None
            and notifications.available()
            and notifications.notify(text, actions)
        ):
            self.nudged.emit(text)
            return
        if self.tray is not None:
            self.tray.showMessage(APP_NAME, text, QSystemTrayIcon.MessageIcon.NoIcon, 20_000)
            self.nudged.emit(text)

    def _desktop_notifications(self) -> DesktopNotifications | None:
        if self.notifications is None and sys.platform.startswith("linux"):
            from desktop.ui.app.notifications import DesktopNotifications

            self.notifications = DesktopNotifications(self)
            self.notifications.action.connect(self._notification_action)
        return self.notifications

    def say_in_app(self, text: str) -> None:
        """The one quiet line for a moment that passed while the computer was off or asleep."""
        from desktop.ui.common.labels import time_of_day

        at = time_of_day(self.chosen.at)
        line = self.tr("%1 (your reminder for %2)").replace("%2", at).replace("%1", text)
        self.window.statusBar().showMessage(line)

    @Slot(str)
    def _notification_action(self, key: str) -> None:
        if key == "not-today":
            self.not_today()
        else:
            self.show_window()

    @Slot()
    def not_today(self) -> None:
        """Quiet until tomorrow."""
        self._mark(NOT_TODAY, local_now().date())
        self.arm()

    # -- the settings -----------------------------------------------------------------------

    @Slot()
    def show_settings(self) -> None:
        """File → Reminder…"""
        from desktop.ui.app.settings_dialog import ReminderDialog

        dialog = ReminderDialog(self.chosen, self.window)
        if dialog.exec() == ReminderDialog.DialogCode.Accepted:
            self.apply(dialog.chosen())

    def apply(self, chosen: ReminderSettings) -> None:
        """Keep new settings: the login entry written or removed, the tray, the timer."""
        from desktop import autostart

        save_settings(self.window.settings, chosen)
        self.chosen = chosen
        try:
            if chosen.on and chosen.start_at_login:
                autostart.enable()
            elif autostart.is_enabled():
                autostart.disable()
        except OSError as error:
            QMessageBox.information(
                self.window,
                self.tr("Reminder"),
                self.tr("Starting at login couldn't be set up: %1").replace(
                    "%1", error.strerror or str(error)
                ),
            )
        self._show_tray()
        self.arm()

    # -- the tray ---------------------------------------------------------------------------

    def _show_tray(self) -> None:
        if not self.chosen.on or not self.tray_available():
            if self.tray is not None:
                self.tray.hide()
            return
        if self.tray is None:
            self.tray = QSystemTrayIcon(QGuiApplication.windowIcon(), self)
            self.tray.setToolTip(APP_NAME)
            self.tray.setContextMenu(self._tray_menu())
            self.tray.messageClicked.connect(self.show_window)
            self.tray.activated.connect(self._tray_activated)
        self.tray.show()

    def _tray_menu(self) -> QMenu:
        menu = QMenu(self.window)
        for text, slot in (
            (self.tr("&Open"), self.show_window),
            (self.tr("&Check in"), self.check_in),
            (self.tr("&Not today"), self.not_today),
            (self.tr("If you're in &crisis…"), self.crisis_help),
            (self.tr("&Quit"), self.quit),
        ):
            menu.addAction(text).triggered.connect(slot)
        return menu

    def _tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_window()

    @Slot()
    def show_window(self) -> None:
        """Bring the window up."""
        if self.window.isMinimized():
            self.window.showNormal()
        else:
            self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    @Slot()
    def check_in(self) -> None:
        """The window, on the Action plan."""
        self.show_window()
        self.window.tabs.setCurrentIndex(0)

    @Slot()
    def crisis_help(self) -> None:
        """Where to turn in a crisis, from the tray."""
        self.show_window()
        self.window.show_crisis_help()

    def start_in_tray(self) -> None:
        """--tray (started at login): only the tray icon, when the reminder is on."""
        if self.tray is None or not self.tray.isVisible():
            self.window.show()  # no reminder, or no tray here: the window as usual

    @Slot()
    def quit(self) -> None:
        """Quit for real (the tray's Quit, File → Quit)."""
        self._quitting = True
        if self.window.close():
            if self.tray is not None:
                self.tray.hide()
            QApplication.quit()
        else:
            self._quitting = False  # the person kept the app open (words not yet stored)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Closing the window while the reminder is on keeps the app in the tray."""
        if (
            watched is self.window
            and event.type() == QEvent.Type.Close
            and self.chosen.on
            and self.tray is not None
            and self.tray.isVisible()
            and not self._quitting
            and getattr(self.window, "_ask_before_closing", True)  # (not at a logout)
        ):
            event.ignore()
            QTimer.singleShot(0, self, self._to_tray)  # after File → Quit has had its say
            return True
        return super().eventFilter(watched, event)

    def _to_tray(self) -> None:
        if self._quitting or not self.window.isVisible():
            return
        self.window.commit_pending()
        self.window.hide()
        if self.tray is not None and not self.window.settings.value(
            TOLD_ABOUT_TRAY, False, type=bool
        ):
            self.window.settings.setValue(TOLD_ABOUT_TRAY, True)
            self.tray.showMessage(
                APP_NAME,
                self.tr(
                    "Still here in the tray, so your reminder can come. To close the app "
                    "completely, choose Quit in this icon's menu."
                ),
                QSystemTrayIcon.MessageIcon.NoIcon,
                15_000,
            )
