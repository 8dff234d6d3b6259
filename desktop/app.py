"""The composition root: arguments, then paths, then the store, then the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from types import TracebackType
from typing import TYPE_CHECKING

from desktop import APP_ID, APP_NAME, __version__, cli, paths
from desktop.store import db

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

EXIT_OK, EXIT_DATA_DIR, EXIT_DATABASE = 0, 2, 3


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

    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    QApplication.setDesktopFileName(APP_ID)
    QApplication.setWindowIcon(_app_icon())
    interactive = not args.smoke_test
    _install_excepthook(interactive)

    try:
        data_dir = paths.prepare_data_dir(args.data_dir)
        db.open_database(paths.database_path(data_dir))
    except paths.DataDirError as exc:
        _tell(str(exc), window=interactive)
        return EXIT_DATA_DIR
    except (db.StoreError, OSError) as exc:
        _tell(str(exc), window=interactive)
        return EXIT_DATABASE

    from desktop.ui.main_window import MainWindow

    try:
        window = MainWindow(data_dir)
        window.show()
        if args.smoke_test:
            QTimer.singleShot(0, lambda: _visit_every_tab(window))
        return app.exec()
    finally:
        db.close_database()


def _visit_every_tab(window: object) -> None:
    """For --smoke-test: show each tab once, then close the window and quit."""
    from PySide6.QtWidgets import QApplication

    from desktop.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    for number in range(window.tabs.count()):
        window.tabs.setCurrentIndex(number)
        QApplication.processEvents()
    print(f"smoke test: visited {window.tabs.count()} tabs")
    window.close()
    QApplication.quit()
