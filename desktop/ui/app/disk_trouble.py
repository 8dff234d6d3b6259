"""When a write can't reach the disk: say so calmly once, keep the text, and keep trying.

Screens don't need to catch errors.CannotSaveError themselves: one raised from a slot reaches
the app's exception hook, which hands it to report(). What the person typed stays in its
editor (the store raised before anything changed), and the retry calls each tab's
commit_pending() until a save goes through.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from desktop.store.errors import CannotSaveError

RETRY_INTERVAL_MS = 20_000


class DiskTroubleNotice(QObject):
    """Tells the person once per episode, then retries quietly until saving works again."""

    def __init__(self, window: QWidget, retry: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.retry = retry
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_INTERVAL_MS)
        self.timer.timeout.connect(self.try_again)
        self.box: QMessageBox | None = None

    def report(self, error: CannotSaveError) -> None:
        """Show the message (once while the trouble lasts) and start retrying."""
        self._status(str(error))
        if not self.timer.isActive():
            self.timer.start()
            self.box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Not saved yet"),
                str(error),
                QMessageBox.StandardButton.Ok,
                self.window,
            )
            self.box.setAccessibleName(self.tr("Not saved yet"))
            self.box.open()  # not modal to the whole app: the person can keep working

    @Slot()
    def try_again(self) -> None:
        """Retry the pending writes; stop when they go through."""
        try:
            self.retry()
        except CannotSaveError as error:
            self._status(str(error))
            return
        self.timer.stop()
        self._status(self.tr("Everything is saved again."))

    @property
    def waiting(self) -> bool:
        """Whether a write is still waiting for the disk."""
        return self.timer.isActive()

    def _status(self, text: str) -> None:
        if isinstance(self.window, QMainWindow):
            self.window.statusBar().showMessage(text)


_notice: DiskTroubleNotice | None = None


def install(window: QWidget, retry: Callable[[], None]) -> DiskTroubleNotice:
    """Make report() show its messages over window and retry with retry()."""
    global _notice
    _notice = DiskTroubleNotice(window, retry)
    return _notice


def report(error: CannotSaveError) -> bool:
    """Hand a disk error to the installed notice; False when there is none."""
    if _notice is None:
        return False
    _notice.report(error)
    return True
