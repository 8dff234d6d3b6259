"""The composition root: arguments, then paths, then the store, then the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from types import TracebackType
from typing import TYPE_CHECKING

from desktop import APP_ID, APP_NAME, cli, paths
from desktop.store import db

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

EXIT_OK, EXIT_DATA_DIR, EXIT_DATABASE, EXIT_BUSY, EXIT_SMOKE_TIMEOUT = 0, 2, 3, 4, 5


def _tell(message: str, *, window: bool) -> None:
    """Say something went wrong: always on stderr, and in a dialog when there is a screen."""
    print(f"{APP_NAME}: {message}", file=sys.stderr)
    if window:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(None, APP_NAME, message)


def _install_excepthook(interactive: bool) -> None:
    """Show an unexpected error calmly instead of vanishing; the details go to stderr."""
    import traceback

    from PySide6.QtWidgets import QApplication, QMessageBox

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        from desktop.store.errors import CannotSaveError
        from desktop.ui import disk_trouble

        # The disk is full, read-only or busy: say so calmly, keep the text, retry later.
        if isinstance(error, CannotSaveError) and interactive and disk_trouble.report(error):
            print(f"{APP_NAME}: {error}", file=sys.stderr)
            return
        traceback.print_exception(kind, error, tb)
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
    args = cli.parse_args(sys.argv[1:] if argv is None else argv)
    if args.command:
        return cli.run_command(args)  # export, import, backup, check: no window, no Qt

    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    QApplication.setDesktopFileName(APP_ID)
    QApplication.setWindowIcon(_app_icon())
    interactive = not args.smoke_test
    _install_excepthook(interactive)

    try:
        data_dir = paths.prepare_data_dir(args.data_dir)
    except paths.DataDirError as exc:
        _tell(str(exc), window=interactive)
        return EXIT_DATA_DIR

    from desktop.ui import startup

    db_path = paths.database_path(data_dir)
    instance = startup.claim(db_path)
    if instance is True:
        return EXIT_OK  # the app already running with this data came to the front
    if instance is False:
        _tell(
            f"{APP_NAME} is busy with this data (a command may be running, such as an import). "
            "Please try again in a moment.",
            window=interactive,
        )
        return EXIT_BUSY
    try:
        checked = startup.open_store(db_path, interactive=interactive)
    except (db.StoreError, OSError) as exc:
        instance.release()
        _tell(str(exc), window=interactive)
        return EXIT_DATABASE

    from desktop.ui.main_window import MainWindow

    schedule = None
    try:
        window = MainWindow(data_dir)
        window.show()
        if args.smoke_test:
            QTimer.singleShot(0, lambda: _visit_every_tab(window))
            # Never leave CI waiting: a smoke test that hasn't finished in a minute has failed.
            QTimer.singleShot(60_000, lambda: app.exit(EXIT_SMOKE_TIMEOUT))
        schedule = startup.attach(window, instance, db_path, checked=checked)
        return app.exec()
    finally:
        if schedule is not None:
            schedule.shutdown()  # a backup under way finishes before the store closes
        db.close_database()
        instance.release()


def _visit_every_tab(window: object) -> None:
    """For --smoke-test: show each tab once, then close the window and quit."""
    from PySide6.QtWidgets import QApplication

    from desktop.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    print("smoke test: window shown", flush=True)  # bench/ times the start by this line
    first = window.tabs.currentIndex()
    for number in range(window.tabs.count()):
        window.tabs.setCurrentIndex(number)
        QApplication.processEvents()
    window.tabs.setCurrentIndex(first)  # a smoke test leaves the remembered tab as it was
    print(f"smoke test: visited {window.tabs.count()} tabs")
    window.close()
    QApplication.quit()
