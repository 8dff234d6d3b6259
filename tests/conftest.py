"""Test-wide setup: headless Qt and no touching the developer's real settings or data."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest_plugins = ["tests.windows_files"]  # the file_rules fixture: Windows' rules for files

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep QSettings and appdirs away from the real home folder for the whole run.
_SANDBOX = Path(tempfile.mkdtemp(prefix="between-sessions-tests-"))
for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
    os.environ[_name] = str(_SANDBOX / _name.lower())
    Path(os.environ[_name]).mkdir(mode=0o700, exist_ok=True)
# On Windows and macOS appdirs doesn't follow XDG_*, and QSettings writes to the registry or
# ~/Library: the app's own variable keeps its data and settings here on every system, in this
# process and in every app process a test starts.
os.environ["BETWEEN_SESSIONS_HOME"] = str(_SANDBOX / "home")


def pytest_configure(config: pytest.Config) -> None:
    from desktop import app, paths

    app.keep_settings_in(paths.settings_dir())  # as the app does under BETWEEN_SESSIONS_HOME


@pytest.fixture(autouse=True)
def frozen_clock() -> Iterator[None]:
    """The app's clock stopped at tests/frozen.py's moment; a test steps it with clock.advance."""
    from desktop import clock
    from tests.frozen import FROZEN_AT

    clock.freeze(FROZEN_AT)
    try:
        yield
    finally:
        clock.thaw()


@pytest.fixture(autouse=True)
def english_counts() -> None:
    """English's plural forms ("1 entry", "%Ln entries") installed as the app does at start,
    once the test's QApplication is there (tests that speak another language put it back)."""
    from PySide6.QtCore import QCoreApplication

    from desktop.ui.app import translation

    app = QCoreApplication.instance()
    if app is not None and not translation._installed:
        translation.install(app, "en")


@pytest.fixture(autouse=True)
def windows_stop_checking_the_day() -> Iterator[None]:
    """Every main window's minute check of the day stops when its test ends: a closed window
    lives on until collected, and a day that moved on then would have its tabs read a store
    long closed (errors in whichever test runs then)."""
    yield
    from PySide6.QtWidgets import QApplication

    from desktop.ui.app.main_window import MainWindow

    if QApplication.instance() is not None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                widget._day_timer.stop()


@pytest.fixture
def cheap_kdf() -> Iterator[None]:
    """Passphrase slots made at Argon2id's floor, not calibrated to half a second on this
    machine: the tests of encryption are about what it keeps, not how long it takes."""
    from desktop.store import keys

    saved, keys._calibrated = keys._calibrated, keys.Cost(*keys.FLOOR)
    yield
    keys._calibrated = saved


@pytest.fixture(scope="session")
def empty_store_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new, empty data file made once: each test's store starts as a copy of it (making one
    with every migration takes ten times as long as copying it)."""
    from desktop.store import db

    path = tmp_path_factory.mktemp("template") / "between-sessions.sqlite3"
    db.open_database(path)
    db.close_database()
    return path


@pytest.fixture
def store(tmp_path: Path, empty_store_file: Path) -> Iterator[Path]:
    """An open, empty store in a temporary data folder; yields the database path."""
    from desktop import paths
    from desktop.store import db

    path = paths.database_path(paths.prepare_data_dir(tmp_path / "data"))
    shutil.copyfile(empty_store_file, path)
    db.open_database(path)
    try:
        yield path
    finally:
        db.close_database()
