"""Show one tab on its own over a temporary store, for a quick look while working on it:
``python -m desktop.ui.plan`` (or journal, encouragement)."""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow

from desktop.store import db
from desktop.ui.app.disk_trouble import DiskTroubleNotice
from desktop.ui.app.events import Events
from desktop.ui.app.tab import Tab


def run_alone(make_tab: Callable[[Events], Tab], name: str) -> int:
    """Run a tab in a window of its own; returns the exit code."""
    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        db.open_database(Path(folder) / f"{name}.sqlite3")
        window = QMainWindow()
        events = Events(window)
        tab = make_tab(events)
        # As in the app: a write that waits for the disk is said, and retried.
        notice = DiskTroubleNotice(window, tab.commit_pending)
        events.cannot_save.connect(notice.report)
        window.setCentralWidget(tab)
        window.resize(1100, 720)
        window.show()
        code = app.exec()
        tab.commit_pending()
        db.close_database()
    return code
