"""The composition root: arguments, then paths, then the store, then the window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from desktop import APP_ID, APP_NAME, cli, paths

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QWidget

    from desktop.ui.app.main_window import MainWindow
    from desktop.ui.app.startup import DataSession

#: The exit codes. EXIT_OK also when SIGTERM or SIGHUP (a logout, a shutdown, `kill`) ended the
#: app: it closed as a close does. EXIT_DATA_DIR also when the lock file beside the data couldn't
#: be written for another reason than a full disk (the folder can't be written to).
EXIT_OK, EXIT_UNEXPECTED, EXIT_DATA_DIR, EXIT_DATABASE, EXIT_BUSY, EXIT_SMOKE_TIMEOUT = range(6)
EXIT_DISK_FULL = 6  # the disk that holds the data is full: the lock file couldn't be written
OPEN_ANYWAY_MS = 1000  # the data opens this long after start even if the window isn't drawn


def _tell(message: str, *, window: bool, parent: QWidget | None = None) -> None:
    """Say something went wrong: always on stderr and in the log, and in a dialog when there
    is a screen."""
    from desktop import diagnostics

    diagnostics.say(message)
    if window:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(parent, APP_NAME, message)


def _install_excepthook(interactive: bool) -> None:
    """Show a bug calmly instead of vanishing; the details go to stderr and the log.

    For bugs only: what the person can meet (a full disk, input the store can't keep) is met
    where the store is called, by ui/app/write.Writer.
    """
    from PySide6.QtWidgets import QApplication, QMessageBox

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        from desktop import diagnostics

        diagnostics.bug(kind, error, tb)
        if interactive and QApplication.instance() is not None:
            QMessageBox.warning(
                QApplication.activeWindow(),
                APP_NAME,
                QApplication.translate(
                    "app",
                    "Something unexpected happened and that last action may not have been "
                    "saved. Everything saved before it is safe.\n\nDetails: %1",
                ).replace("%1", str(error) or kind.__name__),
            )

    sys.excepthook = hook


def _app_icon() -> QIcon:
    """The app's own icon, in the sizes title bars, task bars and docks ask for."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        icon.addFile(str(paths.resource_path("icons", f"app-icon-{size}.png")))
    return icon


def main(argv: Sequence[str] | None = None) -> int:
    """Start the app; returns the process exit code."""
    from desktop.running_mark import hold_running_mark

    hold_running_mark()  # on Windows, until this process ends: the installer waits while it runs
    args = cli.parse_args(sys.argv[1:] if argv is None else argv)
    if args.command:
        return cli.run_command(args)  # export, import, backup, check: no window, no Qt

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from desktop.ui.common.import_hook import stop_reading_sources

    stop_reading_sources()  # (before the app's own modules load)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    keep_settings_in(paths.settings_dir())
    running = QApplication.instance()  # (tests start the app inside their own)
    name = sys.argv[0] if sys.argv else APP_NAME
    app = running if isinstance(running, QApplication) else QApplication([name])
    QApplication.setDesktopFileName(APP_ID)
    QApplication.setWindowIcon(_app_icon())
    from desktop.ui.common.contrast import keep_readable

    # Quiet words and the accent readable in any theme; the check boxes' and fields' outlines
    # once the window is drawn (it has none of them before its data is open).
    keep_readable(app, outlines=False)
    from desktop.ui.app import language  # View → Language's choice, or the system's

    language.apply(app, language.chosen())
    interactive = not args.smoke_test
    _install_excepthook(interactive)

    windows: list[MainWindow] = []  # the window, once it is up
    ended: list[bool] = []

    def end_session() -> None:
        # SIGTERM or SIGHUP: a logout, a shutdown, `kill`. End as a close does, asking nothing
        # (no dialog may hold up a shutdown); _run_window's finally then closes the store and
        # lets the lock go.
        if ended:
            return
        ended.append(True)
        # First: this ends every event loop, a dialog's too, and any dialog opened from now on
        # (a message while storing what is typed, say) returns at once instead of waiting.
        app.exit(EXIT_OK)
        for window in windows:
            window.close_without_asking()  # stores what is typed, keeps the window's state

    from desktop.ui.app.session_end import on_ending_signals

    stop_listening = on_ending_signals(end_session)
    try:
        return _run_window(app, args, interactive, windows)
    finally:
        stop_listening()  # last: a signal while the store closes changes nothing


def _run_window(
    app: QApplication, args: argparse.Namespace, interactive: bool, windows: list[MainWindow]
) -> int:
    """Claim the data, put the window up (into windows), open the data, and run."""
    from PySide6.QtCore import QTimer

    from desktop.store.errors import DataFolderError, StoreError

    try:
        data_dir = paths.prepare_data_dir(args.data_dir, reading_is_enough=True)
    except StoreError as exc:
        from desktop.ui.common.i18n import explain

        _tell(explain(exc), window=interactive)
        return EXIT_DATA_DIR

    from desktop.store.files import folder_writable
    from desktop.ui.app import single_instance

    db_path = paths.database_path(data_dir)
    if args.passphrase_file or args.recovery_code_file:  # e.g. --smoke-test, protected data
        from desktop import cli

        try:
            cli.unlock_for(args, db_path)
        except (StoreError, OSError) as exc:
            from desktop.ui.common.i18n import explain

            _tell(explain(exc) if isinstance(exc, StoreError) else str(exc), window=interactive)
            return EXIT_DATABASE
    # A folder that can't be written to: the data is shown read-only, with nothing to claim
    # (no lock file can be made there, and nothing in it can change).
    read_only = not folder_writable(db_path)
    try:
        instance = None if read_only else single_instance.claim(db_path)
    except DataFolderError as exc:  # the lock file couldn't be written: that is no "busy"
        if exc.code != "lock.read_only" or not db_path.is_file():
            from desktop.ui.common.i18n import explain

            _tell(explain(exc), window=interactive)
            return EXIT_DISK_FULL if exc.code == "lock.disk_full" else EXIT_DATA_DIR
        read_only, instance = True, None  # (what the system said of the folder was wrong)
    if instance is True:
        return EXIT_OK  # the app already running with this data came to the front
    if instance is False:  # held, and nothing answered: a command, or another computer
        from desktop.store.lock import busy_error
        from desktop.ui.common.i18n import explain

        _tell(explain(busy_error(db_path)), window=interactive)
        return EXIT_BUSY

    # The window goes up first and the data opens once it has been drawn, so the app is on
    # screen as soon as an empty window would be, however large the journal is.
    from desktop.ui.app.main_window import MainWindow

    window = MainWindow(data_dir, data_open=False)
    windows.append(window)
    if args.smoke_test:
        # bench/ times the start by this line
        window.first_painted.connect(lambda: print("smoke test: window shown", flush=True))
        # Never leave CI waiting: a smoke test that hasn't finished in a minute has failed.
        QTimer.singleShot(60_000, lambda: app.exit(EXIT_SMOKE_TIMEOUT))
    from desktop.store import engine  # (the rest of the store loads once the window is drawn)
    from desktop.ui.common.contrast import outline_fields

    # A protected journal whose key isn't at hand shows the unlock screen from the first
    # drawing on (the smoke test, which can't type, says so and ends instead).
    if interactive and engine.is_protected(db_path) and engine.key_for(db_path) is None:
        outline_fields(app)  # (the passphrase's field is drawn first)
        window.locking.show_locked()
    begun: list[bool] = []
    sessions: list[DataSession] = []  # the window's data, made at the first opening

    def open_the_data() -> bool:
        # At start and at each unlock; False when the data couldn't be opened (said, and the
        # app ends: without its data the window has nothing to offer).
        from desktop.store import protect
        from desktop.ui.app.startup import DataSession
        from desktop.ui.common.i18n import explain

        if not sessions:
            sessions.append(
                DataSession(window, db_path, interactive=interactive, read_only=read_only)
            )
        try:
            sessions[0].open()
        except StoreError as exc:
            if isinstance(exc, protect.LockedError) and interactive:
                window.locking.show_locked()  # (its key went meanwhile)
                return False
            _tell(explain(exc), window=interactive, parent=window)
            app.exit(EXIT_DATABASE)
            return False
        except OSError as exc:
            _tell(str(exc), window=interactive, parent=window)
            app.exit(EXIT_DATABASE)
            return False
        except BaseException:
            app.exit(EXIT_UNEXPECTED)
            raise
        return True

    def open_data() -> None:
        # Once only, whichever comes first: the first drawing or the fallback below. (A dialog
        # shown while opening runs the event loop, so the other may come while this one runs.)
        if begun:
            return
        begun.append(True)
        outline_fields(app)  # before any tab is built: its fields are drawn outlined at once
        # Here, not before the window: Qt's namespace (its 93 enums, 20 ms) isn't needed for
        # it, and until the data is open there is nothing typed to store at a logout.
        from PySide6.QtCore import Qt

        from desktop.ui.app.session_end import store_before_the_session_ends

        app.commitDataRequest.connect(  # (direct, as Qt asks: the answer is due before it returns)
            lambda manager: store_before_the_session_ends(manager, windows),
            Qt.ConnectionType.DirectConnection,
        )
        if instance is not None:
            from desktop.ui.app.startup import answer_later_launches

            answer_later_launches(window, instance)  # a locked window comes forward too
        if args.smoke_test:
            window.data_shown.connect(lambda: _data_shown_in_smoke_test(window))
        if not window.locking.locked:
            open_the_data()

    def close_the_data() -> None:
        for session in sessions:
            session.close()  # a backup under way finishes before the store closes

    window.locking.open_data = open_the_data
    window.locking.close_data = close_the_data

    finished: list[bool] = []

    def finish() -> None:
        # Once: when app.exec returns, or at aboutToQuit, which is all Windows gives at a logoff
        # or a shutdown (WM_ENDSESSION: the process is ended as soon as it returns).
        if finished:
            return
        finished.append(True)
        if window.isVisible():
            window.close_without_asking()  # stores what is typed, keeps the window's state
        close_the_data()  # (locked: no backup runs, and the data is closed already)
        if instance is not None:
            instance.release()

    app.aboutToQuit.connect(finish)
    window.first_painted.connect(lambda: QTimer.singleShot(0, open_data))
    QTimer.singleShot(OPEN_ANYWAY_MS, open_data)  # a window the system doesn't draw (minimised)
    if args.tray:  # started at login: only the tray icon, when the reminder is on
        window.reminders.start_in_tray()
    else:
        window.show()
    try:
        return app.exec()
    finally:
        finish()


def keep_settings_in(folder: Path | None) -> None:
    """With BETWEEN_SESSIONS_HOME, the settings are an INI file in folder, not in the system's
    own place for them (on Windows, the registry)."""
    if folder is None:
        return
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def _data_shown_in_smoke_test(window: object) -> None:
    print("smoke test: data shown", flush=True)  # the tab on screen is drawn with its data
    _visit_every_tab(window)


def _visit_every_tab(window: object) -> None:
    """For --smoke-test: show each tab once, then close the window and quit."""
    from PySide6.QtWidgets import QApplication

    from desktop.ui.app.main_window import MainWindow

    assert isinstance(window, MainWindow)
    first = window.tabs.currentIndex()
    for number in range(window.tabs.count()):
        window.tabs.setCurrentIndex(number)
        QApplication.processEvents()
    window.tabs.setCurrentIndex(first)  # a smoke test leaves the remembered tab as it was
    print(f"smoke test: visited {window.tabs.count()} tabs")
    window.close()
    QApplication.quit()
