"""Starting up safely: one instance per data folder, a damaged file handled, backups running."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMainWindow

from desktop.store import backup, db
from desktop.store.errors import StoreError
from desktop.ui import disk_trouble
from desktop.ui.single_instance import SingleInstance, ask_running_instance

DAILY_CHECK_MS = 60 * 60 * 1000  # look every hour whether the daily backup is due


def _log(message: str) -> None:
    print(f"Between Sessions: {message}", file=sys.stderr, flush=True)


def claim(db_path: Path) -> SingleInstance | bool:
    """Claim the data for this process; if another has it, ask it to come to the front.

    Returns the SingleInstance to keep, True when the running app took over (exit quietly),
    or False when the data is busy and nothing answered (an import from the command line).
    """
    instance = SingleInstance(db_path)
    if instance.claim():
        return instance
    return ask_running_instance(instance.name)


def open_store(db_path: Path, *, interactive: bool) -> None:
    """Open the store; a damaged (or empty) file is moved aside and the newest good backup
    offered.

    The app starts either way: from the backup, or with empty data when there is none or the
    person prefers it. Other refusals (not our file, newer version) raise db.StoreError.
    """
    try:
        db.open_database(db_path)
        return
    except (db.DamagedFileError, db.EmptyFileError) as error:
        # An empty file under our name is most likely ours, cut short: handled the same way.
        _log(str(error))
    moved = db.set_aside(db_path)
    offered = backup.newest_good_backup(db_path)
    _log(f"the damaged file was kept as {moved}")
    use_backup = offered is not None
    if interactive:
        from desktop.ui.dialogs.damaged_dialog import DamagedFileDialog

        dialog = DamagedFileDialog(moved, offered)
        dialog.exec()
        use_backup = dialog.wants_backup()
    if offered is not None and use_backup:
        backup.restore(offered.path, db_path)
        _log(f"continuing from the backup {offered.path.name}")
    else:
        db.open_database(db_path)


class BackupSchedule(QObject):
    """The backup at start (when the data changed) and the daily one while the app runs."""

    def __init__(self, window: QMainWindow, db_path: Path) -> None:
        super().__init__(window)
        self.window = window
        self.db_path = db_path
        self.timer = QTimer(self)
        self.timer.setInterval(DAILY_CHECK_MS)
        self.timer.timeout.connect(self.daily)
        self.timer.start()

    def at_start(self) -> None:
        """Back up when the data changed since the newest backup."""
        self._run(lambda: backup.backup_if_changed(self.db_path, "start"))

    def daily(self) -> None:
        """Back up when the newest backup is a day old and the data changed."""
        self._run(lambda: backup.backup_if_due(self.db_path))

    def _run(self, work: object) -> None:
        if not db.is_open():
            return
        try:
            made = work()  # type: ignore[operator]
        except StoreError as error:  # never stops the app; said in the status bar
            _log(str(error))
            self.window.statusBar().showMessage(str(error))
            return
        if made is not None:
            backup.remove_leftovers(self.db_path)


def attach(window: QMainWindow, instance: SingleInstance, db_path: Path) -> BackupSchedule:
    """Wire the running window to the hand-over, the disk-trouble notice and the backups."""

    def bring_to_front() -> None:
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    instance.activated.connect(bring_to_front)

    def retry() -> None:
        for tab in ("plan_tab", "journal_tab"):
            commit = getattr(getattr(window, tab, None), "commit_pending", None)
            if commit is not None:
                commit()

    disk_trouble.install(window, retry)
    schedule = BackupSchedule(window, db_path)
    QTimer.singleShot(0, schedule.at_start)
    return schedule
