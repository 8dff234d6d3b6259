"""Show one tab on its own over a temporary store, for a quick look while working on it."""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from desktop.store import db
from desktop.ui.app.events import Events


def run_alone(make_tab: Callable[[Events], QWidget], name: str) -> int:
    """Run a tab in its own window (python -m desktop.ui.<name>_tab); returns the exit code."""
    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        db.open_database(Path(folder) / f"{name}.sqlite3")
        tab = make_tab(Events())
        tab.resize(1100, 720)
        tab.show()
        code = app.exec()
        commit = getattr(tab, "commit_pending", None)
        if callable(commit):
            commit()
        db.close_database()
    return code
