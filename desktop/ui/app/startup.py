"""Starting up safely: one instance per data folder, a damaged file handled, backups running."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, SignalInstance, Slot
from PySide6.QtWidgets import QMainWindow, QWidget

from desktop import APP_NAME
from desktop.store import db, files, journal
from desktop.store.errors import (
    BackupError,
    CannotSaveError,
    DamagedFileError,
    NotOurFileError,
    StoreError,
)
from desktop.ui.app.disk_trouble import DiskTroubleNotice
from desktop.ui.app.single_instance import SingleInstance
from desktop.ui.common.i18n import explain

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.app.main_window import MainWindow

# The backups' module, the English words for the log and the message box are loaded when first
# needed (the backups' is by their thread): none of them stands before the journal's first rows.

DAILY_CHECK_MS = 60 * 60 * 1000  # look every hour whether the daily backup is due
RECHECK_MS = 20_000  # a check after start that couldn't read the file is tried again
START_ANYWAY_MS = 2000  # the check after start begins this long after opening at the latest


def _log(message: str) -> None:
    from desktop import diagnostics

    diagnostics.say(message)


def explain_in_english(error: StoreError) -> str:
    """What the log says of an error from the store."""
    from desktop.reports.errors import explain as explain_for_the_log

    return explain_for_the_log(error)


#: Files under our name that aren't a database (empty, cut short, garbage): most likely ours.
_LOST_TO_A_COPY = ("open.empty", "open.not_a_database")


def open_store(
    db_path: Path, *, interactive: bool, parent: QWidget | None = None, read_only: bool = False
) -> bool:
    """Open the store; a damaged (or empty) file is moved aside and the newest good backup
    offered. Returns whether the file was checked on the way in (a large one is checked in the
    background after start instead, and the store writes nothing to it until that check has
    passed; see BackupSchedule.at_start).

    A file under the data file's name that isn't a database at all (cut short, garbage, an
    export saved over it) is handled the same way: it is most likely ours, lost to a copy or a
    disk, and the backups are the way back.

    The app starts either way: from the backup, or with empty data when there is none or the
    person prefers it. Other refusals (another program's database, a newer version, a file
    that can't be read now) raise errors.StoreError.

    read_only (a data folder that can't be written to): the file is opened for reading only,
    and a damaged one, which can't be set aside there, raises DamagedFileError.
    """
    if read_only:
        return db.open_database(db_path, read_only=True).checked
    for leftover in files.remove_unfinished(db_path):  # the app holds the lock: nobody's using it
        _log(f"removed {leftover.name}, left by an interrupted restore")
    try:
        return db.open_database(db_path, hold_writes=True).checked
    except (DamagedFileError, NotOurFileError) as error:
        if isinstance(error, NotOurFileError) and error.code not in _LOST_TO_A_COPY:
            raise
        _log(explain_in_english(error))
    db.close_database()
    from desktop.store import backup

    moved = files.set_aside(db_path)
    offered = backup.newest_good_backup(db_path)
    _log(f"the damaged file was kept as {moved}")
    use_backup = offered is not None
    if interactive:
        from desktop.ui.app.damaged_dialog import DamagedFileDialog

        dialog = DamagedFileDialog(moved, offered, parent)
        dialog.exec()
        use_backup = dialog.wants_backup()
    if offered is not None and use_backup:
        backup.restore(offered.path, db_path)
        _log(f"continuing from the backup {offered.path.name}")
    else:
        db.open_database(db_path)
    return True


class _Relay(QObject):
    """Carries a background job's outcome back to the window's thread."""

    finished = Signal(object)
    #: The check after start is done (a Checked), while its job goes on to the backup.
    checked = Signal(object)


class BackupSchedule(QObject):
    """The check and backup after start, and the daily backup while the app runs.

    The work runs on a thread of its own (SQLite does it outside Python's lock), so a large
    journal never makes the window wait: it has its own read-only connection to the file.
    interactive: False (--smoke-test) says what the check finds in the log and the status bar
    only, never in a box.
    """

    def __init__(self, window: QMainWindow, db_path: Path, *, interactive: bool = True) -> None:
        super().__init__(window)
        self.window = window
        self.db_path = db_path
        self.interactive = interactive
        self.box: QMessageBox | None = None
        self.checking = False  # the file waits for its check after start: writes are held
        self.busy = False
        self.closing = False
        self.worker: threading.Thread | None = None
        self.relay = _Relay(self)
        self.relay.finished.connect(self._finished)
        self.relay.checked.connect(self._checked)
        self.timer = QTimer(self)
        self.timer.setInterval(DAILY_CHECK_MS)
        self.timer.timeout.connect(self.daily)
        self.timer.start()

    def at_start(self, checked: bool = True) -> None:
        """Check the file if opening didn't, or else its search index; then let writes
        through, mend the index if it needs it, and back up when the data changed.

        The search index is checked when the file was checked at open (a small file, or the
        last run ended without closing it, or a check found trouble): its check holds a copy
        of the index in memory (never in a temp file: it holds the journal's words), 20 MiB
        for ten years of writing, and a run that closed its file left its index whole (it is
        written in the same transactions as the entries). `between-sessions check` checks it
        whenever asked.
        """
        self.checking = not checked

        def say(outcome: Checked) -> None:  # at once: writes needn't wait for the rest
            if not self.closing:
                with contextlib.suppress(RuntimeError):  # the window closed meanwhile
                    self.relay.checked.emit(outcome)

        def work() -> object:
            from desktop.store import backup

            # The checks read through connections of their own: no restore meanwhile (on
            # Windows, one would find the file held open).
            with backup.no_restore_meanwhile():
                if not checked:
                    problems = files.quick_check(self.db_path)
                    if problems:
                        return Damaged(problems)
                    say(Checked([], held=True))
                    index_problems: list[str] = []
                else:
                    # One read transaction: writes made meanwhile can't make it look damaged.
                    index_problems = files.search_index_problems(self.db_path)
            if index_problems:
                say(Checked(index_problems, held=False))
            return backup.backup_if_changed(self.db_path, "start")

        self._run(work)

    def daily(self) -> None:
        """Back up when the newest backup is a day old and the data changed."""
        from desktop.store import backup

        self._run(lambda: backup.backup_if_due(self.db_path))

    def _run(self, work: Callable[[], object]) -> None:
        if self.busy or not db.is_open():
            return
        self.busy = True

        def job() -> None:
            outcome: object = None
            try:
                outcome = work()
            except StoreError as error:
                outcome = error
            except Exception as error:  # whatever it was, the app goes on and says so
                outcome = BackupError("backup.failed", detail=str(error))
            finally:
                if not self.closing:
                    with contextlib.suppress(RuntimeError):  # the window closed meanwhile
                        self.relay.finished.emit(outcome)

        self.worker = threading.Thread(target=job, name="backup", daemon=False)
        self.worker.start()

    def shutdown(self) -> None:
        """Stop the timer and wait for a backup under way, before the store closes at exit."""
        self.closing = True
        self.timer.stop()
        if self.worker is not None:
            self.worker.join()

    @Slot(object)
    def _finished(self, outcome: object) -> None:
        self.busy = False
        if isinstance(outcome, StoreError):  # never stops the app; said in the status bar
            _log(explain_in_english(outcome))
            self.window.statusBar().showMessage(explain(outcome))
            if self.checking:  # the check itself couldn't read the file: writes keep waiting
                QTimer.singleShot(RECHECK_MS, lambda: self.at_start(checked=False))
        elif isinstance(outcome, Damaged):
            self._damaged(outcome)
        elif outcome is not None:
            from desktop.store import backup

            with contextlib.suppress(OSError):  # a leftover that can't go now goes next time
                backup.remove_leftovers(self.db_path)

    @Slot(object)
    def _checked(self, outcome: Checked) -> None:
        """What the check after start found, while it goes on: the file is healthy, so writes
        go through; or the search index needs mending."""
        self.checking = False
        if outcome.held:
            db.allow_writes()
        if outcome.index_problems:
            mend_search_index(outcome.index_problems)
        if outcome.held:
            empty_old_trash()  # it waited for the check
            self._retry_pending()

    def _damaged(self, outcome: Damaged) -> None:
        """The check after start found damage: the file is kept exactly as it is."""
        self.checking = False
        if db.writes_allowed():  # the data was opened again meanwhile (a restore): not this file
            _log(f"the check after start found a problem in the file before: {outcome.problems[0]}")
            return
        db.refuse_writes()  # for the rest of the session; the next start sets the file aside
        db.request_check(self.db_path)
        _log(f"the check after start found a problem: {outcome.problems[0]}")
        self.window.statusBar().showMessage(damaged_notice())
        self._retry_pending()  # what waited for the check is told why it can't be saved now
        if self.interactive and self.window.isVisible():
            from PySide6.QtWidgets import QMessageBox

            # Not modal to the app: the person can still read, and copy what they wrote.
            self.box = QMessageBox(
                QMessageBox.Icon.Warning,
                APP_NAME,
                damaged_notice(),
                QMessageBox.StandardButton.Ok,
                self.window,
            )
            self.box.setAccessibleName(self.tr("Your data file may be damaged"))
            self.box.open()

    def _retry_pending(self) -> None:
        notice = getattr(self.window, "disk_trouble", None)
        if isinstance(notice, DiskTroubleNotice):
            notice.retry_now()


@dataclass(frozen=True)
class Damaged:
    """The check after start found problems in the file."""

    problems: list[str]


@dataclass(frozen=True)
class Checked:
    """What the check after start found: the file healthy (held: its writes waited for this),
    or its search index in need of mending."""

    index_problems: list[str]
    held: bool


def mend_search_index(problems: list[str]) -> None:
    """Rebuild the search index, which is derived from the entries: logged, never a worry to
    the person (what they wrote is all in the entries)."""
    _log(f"the search index doesn't match the journal ({problems[0]}); rebuilding it")
    try:
        journal.rebuild_search_index()
    except StoreError as error:  # a full disk, say: it is mended at a later start
        _log(f"the search index couldn't be rebuilt now: {explain_in_english(error)}")
        return
    _log("the search index was rebuilt")


def damaged_notice() -> str:
    """What the person is told when the check after start finds a problem."""
    return QCoreApplication.translate(
        "startup",
        "A routine check found that your data file may be damaged. Nothing has been changed. "
        "Please close Between Sessions and open it again: it will keep the file safe and offer "
        "your newest good backup.",
    )


def answer_later_launches(window: QMainWindow, instance: SingleInstance) -> None:
    """A later launch with the same data brings this window to the front instead."""

    def bring_to_front() -> None:
        # Out of the taskbar to the state it had (showNormal would un-maximise a maximised
        # window), on top, with the keyboard. On Windows activateWindow takes the foreground
        # only because the later launch allowed it (single_instance.ask_running_instance).
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()

    instance.activated.connect(bring_to_front)
    instance.listen()


def empty_old_trash() -> None:
    """Remove journal entries that have been in the trash for over 30 days (at start; for a file
    that waits for its check after start, once that check has passed)."""
    if not db.writes_allowed():
        return  # BackupSchedule empties it once the check has passed (never on a damaged file)
    with contextlib.suppress(CannotSaveError):  # a full disk: the old trash can wait
        journal.purge_trash()


def attach(
    window: QMainWindow,
    db_path: Path,
    *,
    checked: bool = True,
    interactive: bool = True,
    start_after: SignalInstance | None = None,
) -> BackupSchedule:
    """Start the backups once the window's data is open: the check and backup after start,
    then the daily one.

    checked: whether the file was checked when it was opened (if not, it is checked now, in
    the background, and its writes wait for that). interactive: whether a box may say what the
    check found (not for --smoke-test). start_after: the check waits for this signal (the
    data drawn: on two cores it would slow the first drawing), or START_ANYWAY_MS at most.
    """
    schedule = BackupSchedule(window, db_path, interactive=interactive)
    begun: list[bool] = []

    def begin() -> None:
        if not begun:
            begun.append(True)
            schedule.at_start(checked)

    if start_after is None:
        QTimer.singleShot(0, schedule, begin)
    else:
        start_after.connect(begin)
        QTimer.singleShot(START_ANYWAY_MS, schedule, begin)
    return schedule


class DataSession:
    """The window's data while it is open: opened at start and again at each unlock (open),
    closed at each lock and at exit (close), its backups with it."""

    def __init__(
        self, window: MainWindow, db_path: Path, *, interactive: bool, read_only: bool
    ) -> None:
        self.window = window
        self.db_path = db_path
        self.interactive = interactive
        self.read_only = read_only
        self.schedule: BackupSchedule | None = None

    def open(self) -> None:
        """Open the data and show it (open_store's errors are the caller's to say)."""
        checked = open_store(
            self.db_path, interactive=self.interactive, parent=self.window, read_only=self.read_only
        )
        window = self.window
        if self.read_only:
            window.show_read_only()  # says why, and nothing offers to write
        else:
            # Backups first: they run even if a tab can't be built (START_ANYWAY_MS then).
            self.schedule = attach(
                window,
                self.db_path,
                checked=checked,
                interactive=self.interactive,
                start_after=window.data_shown,
            )
            empty_old_trash()
        window.data_opened()

    def close(self) -> None:
        """Stop the backups (one under way finishes first) and close the data."""
        schedule, self.schedule = self.schedule, None
        if schedule is not None:
            schedule.shutdown()
            schedule.deleteLater()
        db.close_database()
