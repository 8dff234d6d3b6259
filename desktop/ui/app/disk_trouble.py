"""When a write can't reach the disk: say so calmly once, keep the text, and keep trying.

Screens don't handle errors.CannotSaveError themselves: their writes go through write.Writer,
which hands it to the app (events.cannot_save), and the main window's notice says it. What the
person typed stays where it is (the store raised before anything changed), and the notice
retries the main window's commit_pending() until what is pending is stored.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QMainWindow, QMessageBox

if TYPE_CHECKING:  # the window is built before the data opens: store modules load later
    from desktop.store.errors import CannotSaveError

RETRY_INTERVAL_MS = 20_000


class DiskTroubleNotice(QObject):
    """Tells the person once per episode, then retries quietly until saving works again."""

    def __init__(self, window: QMainWindow, retry: Callable[[], bool]) -> None:
        super().__init__(window)
        self.window = window
        self.retry = retry
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_INTERVAL_MS)
        self.timer.timeout.connect(self.try_again)
        self.box: QMessageBox | None = None

    @Slot(object)
    def report(self, error: CannotSaveError) -> None:
        """Show the message (once while the trouble lasts) and start retrying."""
        from desktop.ui.common.i18n import explain

        said = explain(error)
        self.window.statusBar().showMessage(said)
        if self.box is not None and self.box.isVisible():
            self.box.setText(said)  # the reason changed (the check after start found damage)
        if not self.timer.isActive():
            self.timer.start()
            self.box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Not saved yet"),
                said,
                QMessageBox.StandardButton.Ok,
                self.window,
            )
            self.box.setAccessibleName(self.tr("Not saved yet"))
            self.box.open()  # not modal to the whole app: the person can keep working

    @Slot()
    def try_again(self) -> None:
        """Retry the pending writes; stop when they go through."""
        if not self.retry():
            return  # still waiting: the failed write has said so in the status bar again
        self.timer.stop()
        self.window.statusBar().showMessage(self.tr("Saving works again."))

    @Slot()
    def retry_now(self) -> None:
        """Store what is pending at once, not at the next retry: saving has just become possible
        (the check after start has passed), or its reason changed."""
        if self.waiting:
            self.try_again()
        else:
            self.retry()  # the journal's editor retries on its own timer: not waiting here

    @property
    def waiting(self) -> bool:
        """Whether a write is still waiting for the disk."""
        return self.timer.isActive()
