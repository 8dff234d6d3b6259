"""Locking a protected journal while the app runs: File → Lock now (Ctrl+L), and the lock after
some idle minutes (File → Lock when idle, off by default, kept in QSettings).

Locking stores what is being typed first (if it can't be stored, nothing is locked, and that is
said), closes every dialog, hides every tab behind the unlock screen, closes the data and
forgets its key. Unlocking opens the data again and shows the same tab, the same entry and the
same words (they were stored, so showing the tabs again from the store is enough).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMenu, QMessageBox

from desktop import APP_NAME, paths

if TYPE_CHECKING:
    from desktop.ui.app.main_window import MainWindow
    from desktop.ui.app.unlock_screen import UnlockScreen

#: The idle minutes to choose from (0: never), and where the choice is kept.
IDLE_CHOICES = (0, 5, 15, 30, 60)
IDLE_KEY = "lock/idle_minutes"

#: What counts as the person being there: a key, the mouse, a touch.
_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
}


class _Watch(QObject):
    """An application event filter: any key or mouse input starts the idle wait again."""

    def __init__(self, again: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._again = again

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self._again()
        return False


def close_dialogs() -> list[QDialog] | None:
    """Close every menu and dialog open now: a form with words typed in it stores them (as
    its OK would); a message box is answered by its escape button (no answer taken for a yes);
    any other dialog is closed as Escape would close it. Returns the dialogs closed, or None
    when a form's words couldn't be stored (it stays open, saying why)."""
    from desktop.ui.common.form_dialog import FormDialog

    for _ in range(20):  # (a popup closing may open none, but never loop for ever)
        popup = QApplication.activePopupWidget()
        if popup is None:
            break
        popup.close()
    closed: list[QDialog] = []
    for widget in QApplication.topLevelWidgets():
        if not isinstance(widget, QDialog) or not widget.isVisible():
            continue
        if isinstance(widget, FormDialog) and widget.is_changed():
            widget.accept()
            if widget.isVisible():
                return None
        elif isinstance(widget, QMessageBox) and (escape := _escape_button(widget)) is not None:
            escape.click()
        else:
            widget.done(QDialog.DialogCode.Rejected)  # (no "discard?" question now)
        closed.append(widget)
    return closed


def _escape_button(box: QMessageBox) -> QAbstractButton | None:
    """What Escape presses in box: its escape button, or else its one that rejects."""
    if box.escapeButton() is not None:
        return box.escapeButton()
    rejecting = (QMessageBox.ButtonRole.RejectRole, QMessageBox.ButtonRole.NoRole)
    for role in rejecting:
        for button in box.buttons():
            if box.buttonRole(button) == role:
                return button
    return None


class Locking(QObject):
    """The window's lock: its File menu entries, the idle timer, the unlock screen."""

    def __init__(self, window: MainWindow, file_menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.db_path = paths.database_path(window.data_dir)
        self.locked = False
        self.protected = False
        self.screen: UnlockScreen | None = None
        #: Set by the composition root (app.py): open the data again (False: it couldn't, and
        #: the app says so and ends), and close it (the backups stopped first).
        self.open_data: Callable[[], bool] = self._open_here
        self.close_data: Callable[[], None] = self._close_here
        self.lock_action = QAction(window)
        self.lock_action.setObjectName("lockNow")
        self.lock_action.setShortcuts([QKeySequence("Ctrl+L")])
        self.lock_action.triggered.connect(self.lock_now)
        self.idle_menu = QMenu(window)  # (the window's: it outlives a File menu built again)
        self.idle_menu.setToolTipsVisible(True)
        group = QActionGroup(self)
        chosen = self.idle_minutes()
        self.idle_actions: dict[int, QAction] = {}
        for minutes in IDLE_CHOICES:
            action = QAction(group)
            action.setCheckable(True)
            action.setChecked(minutes == chosen)
            action.triggered.connect(lambda _=False, m=minutes: self.set_idle_minutes(m))
            self.idle_menu.addAction(action)
            self.idle_actions[minutes] = action
        self.add_to(file_menu)
        #: The idle wait: started again by any input (see _Watch); a test can fire it.
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.idle_lock)
        self._watch: _Watch | None = None
        self.protection_changed()

    def add_to(self, file_menu: QMenu) -> None:
        """Put Lock now and Lock when idle into the File menu, in the language now chosen (and
        again when the menus are built again after a change of language)."""
        self.lock_action.setText(self.tr("&Lock now"))
        file_menu.addAction(self.lock_action)
        self.idle_menu.setTitle(self.tr("Lock &when idle"))
        file_menu.addMenu(self.idle_menu)
        for minutes, action in self.idle_actions.items():
            action.setText(
                self.tr("&Never")
                if minutes == 0
                else self.tr("After %1 minutes").replace("%1", str(minutes))
            )
        if hasattr(self, "idle_timer"):  # (again: the tooltips in the new language)
            self.protection_changed()

    # -- the settings ------------------------------------------------------------------------

    def idle_minutes(self) -> int:
        """The idle minutes after which a protected journal locks (0: never)."""
        value = self.window.settings.value(IDLE_KEY, 0)
        try:
            minutes = int(str(value))
        except ValueError:
            return 0
        return minutes if minutes in IDLE_CHOICES else 0

    def set_idle_minutes(self, minutes: int) -> None:
        """Lock after minutes without input (0: never); kept for the next runs."""
        self.window.settings.setValue(IDLE_KEY, minutes)
        self.window.settings.sync()
        if minutes in self.idle_actions:
            self.idle_actions[minutes].setChecked(True)
        self.arm()

    def protection_changed(self) -> None:
        """Look again whether the journal is protected (at start, and after protecting it or
        turning protection off): Lock now and the idle lock follow."""
        from desktop.store import engine  # (not protect: the window is up before the store loads)

        self.protected = engine.is_protected(self.db_path)
        self.lock_action.setEnabled(self.protected and not self.locked)
        self.idle_menu.setEnabled(self.protected)
        tip = "" if self.protected else self.tr("Protect your journal with a passphrase first")
        self.lock_action.setToolTip(tip)
        self.idle_menu.menuAction().setToolTip(tip)
        self.arm()

    def arm(self) -> None:
        """Start the idle wait when it applies (protected, unlocked, a time chosen)."""
        minutes = self.idle_minutes()
        app = QApplication.instance()
        if not (self.protected and minutes and not self.locked) or app is None:
            self.idle_timer.stop()
            if self._watch is not None and app is not None:
                app.removeEventFilter(self._watch)
            self._watch = None
            return
        self.idle_timer.setInterval(minutes * 60_000)
        self.idle_timer.start()
        if self._watch is None:
            self._watch = _Watch(self.idle_timer.start, self)
            app.installEventFilter(self._watch)

    # -- locking -----------------------------------------------------------------------------

    @Slot()
    def lock_now(self) -> None:
        """File → Lock now."""
        self.lock()

    @Slot()
    def idle_lock(self) -> None:
        """The idle time has passed: lock (or, if what is typed can't be stored, wait again)."""
        if not self.lock():
            self.arm()

    def lock(self) -> bool:
        """Lock the protected journal; False when it stays open (not protected, or what is
        typed couldn't be stored yet: that is said, and nothing is hidden)."""
        if self.locked or not self.protected:
            return False
        if any(
            getattr(w, "shown_only_once", False) and w.isVisible()
            for w in QApplication.topLevelWidgets()
        ):
            # (the recovery code: closed now, it would never be seen again)
            self.window.statusBar().showMessage(
                self.tr("Your journal locks once the recovery code is put away.")
            )
            return False
        closed = close_dialogs() if self.window.commit_pending() else None
        if closed is None:
            self.window.statusBar().showMessage(
                self.tr(
                    "Some of what you wrote couldn't be saved yet, so your journal stays "
                    "unlocked for now. It is still on screen."
                )
            )
            return False
        self.show_locked()
        if closed:
            # A dialog's exec() returns once this returns, and what called it may still read
            # the data (a list shown again): the data closes after that.
            QTimer.singleShot(0, self, self._close)
        else:
            self._close()
        return True

    def _close(self) -> None:
        if not self.locked:
            return  # (unlocked again meanwhile)
        self.close_data()
        from desktop.store import protect

        protect.lock(self.db_path)

    def show_locked(self) -> None:
        """Hide every tab behind the unlock screen (at start, or at a lock)."""
        self.locked = True
        self.arm()
        window = self.window
        window.statusBar().clearMessage()
        window.setWindowTitle(APP_NAME)
        for page in window.pages():
            page.held = True  # an unvisited tab isn't built while locked
        for action in (*window.needs_data, *window.view_actions):
            action.setEnabled(False)
        self.lock_action.setEnabled(False)
        screen = self._screen()
        screen.reset()
        window.stack.setCurrentWidget(screen)
        if window.isVisible():
            screen.field.setFocus()

    def _screen(self) -> UnlockScreen:
        if self.screen is None:
            from desktop.ui.app.unlock_screen import UnlockScreen

            self.screen = UnlockScreen(self.db_path)
            self.screen.unlocked.connect(self._unlocked)
            self.screen.crisis_requested.connect(self.window.show_crisis_help)
            self.window.stack.addWidget(self.screen)
        return self.screen

    @Slot(str)
    def _unlocked(self, recovery_code: str) -> None:
        window = self.window
        window.stack.setCurrentIndex(0)
        if not self.open_data():
            return  # the app has said why, and ends
        self.locked = False
        for action in window.view_actions:
            action.setEnabled(True)
        window.show_title()
        self.lock_action.setEnabled(self.protected)
        from desktop.ui.app.events import Scope

        window.events.announce(Scope.EVERYTHING)  # every tab shows again what is stored
        window.check_day()
        self.arm()
        if recovery_code:
            QTimer.singleShot(0, self, lambda: self._offer_new_passphrase(recovery_code))

    def _offer_new_passphrase(self, recovery_code: str) -> None:
        from desktop.ui.app.protect_dialogs import ask_new_passphrase

        ask_new_passphrase(self.window, self.db_path, recovery_code)

    # -- without app.py (tests, a window run alone) -----------------------------------------

    def _open_here(self) -> bool:
        from desktop.store import db

        db.open_database(self.db_path)
        self.window.data_opened()
        return True

    def _close_here(self) -> None:
        from desktop.store import db

        db.close_database()
