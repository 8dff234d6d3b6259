"""The app itself (app.main, in a process of its own) on a protected data folder: it starts on
the unlock screen, opens with the passphrase, locks, and closes while locked, letting its lock
file go and leaving the data closed and whole."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop import paths
from desktop.store import db, engine, keys, plan, protect

REPO = Path(__file__).resolve().parents[2]

PROBE = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop import app
from desktop.store import db
from desktop.ui.app.main_window import MainWindow
from desktop.ui.app.single_instance import lock_path

seen = []

def window():
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    return found[0] if found else None

def step():
    w = window()
    screen = w.locking.screen if w is not None else None
    if not seen and screen is not None and screen.isVisible():
        seen.append(f"locked at start: tabs shown {w.tabs.isVisible()}, data open {db.is_open()}")
        screen.field.setText(sys.argv[2])
        screen.unlock_button.click()
    elif len(seen) == 1 and w is not None and w.tabs.isVisible() and db.is_open():
        seen.append("unlocked")
        seen.append(f"locked again: {w.locking.lock()}, data open {db.is_open()}")
        w.close()  # while locked
        return
    QTimer.singleShot(20, step)

QTimer.singleShot(0, step)
QTimer.singleShot(60_000, lambda: QApplication.exit(9))
code = app.main(["--data-dir", sys.argv[1]])
for line in seen:
    print(line)
lock = lock_path(Path(sys.argv[1]) / "between-sessions.sqlite3")
print(f"exit {code}, data open {db.is_open()}, lock file held {lock.exists()}")
"""


def test_the_app_starts_locked_unlocks_locks_and_closes_while_locked(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    path = paths.database_path(paths.prepare_data_dir(folder))
    saved, keys._calibrated = keys._calibrated, keys.Cost(*keys.FLOOR)  # a quick unlock
    try:
        db.open_database(path)
        plan.add_item("Walk by the river")
        db.close_database()
        protect.protect(path, "correct horse")
    finally:
        keys._calibrated = saved
        engine.forget_key(path)
    home = tmp_path / "home"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BETWEEN_SESSIONS_HOME=str(home))
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(folder), "correct horse"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "locked at start: tabs shown False, data open False",
        "unlocked",
        "locked again: True, data open False",
        "exit 0, data open False, lock file held False",
    ], done.stderr
    assert protect.is_protected(path)
    assert b"Walk by the river" not in path.read_bytes()
