"""The store's boundaries: it never loads Qt, and importing it does no work."""

from __future__ import annotations

import json
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import desktop
import desktop.store

REPO = Path(desktop.__file__).resolve().parent.parent
STORE_MODULES = sorted(
    f"desktop.store.{m.name}" for m in pkgutil.iter_modules(desktop.store.__path__)
)
REQUIRED = ["desktop.store", "desktop.store.db", "desktop.store.plan"]

PROBE = """
import importlib, json, os, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
from desktop.store import db, models
print(json.dumps({
    "qt": sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6"))),
    "is_open": db.is_open(),
    "database_path": models.database.database,
    "appdirs": "appdirs" in sys.modules,
}))
"""


def _run_probe(modules: list[str], cwd: Path, home: Path) -> dict[str, object]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "PYTHON", "QT_"))
    }
    env.update(
        PYTHONPATH=str(REPO),
        PYTHONDONTWRITEBYTECODE="1",
        HOME=str(home),
        USERPROFILE=str(home),
        APPDATA=str(home / "AppData"),
        LOCALAPPDATA=str(home / "LocalAppData"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
    )
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *modules],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _tree(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_the_store_has_the_modules_this_file_expects() -> None:
    assert {"desktop.store.db", "desktop.store.plan", "desktop.store.models"} <= set(STORE_MODULES)


@pytest.mark.parametrize(
    "modules",
    [REQUIRED, [*REQUIRED, *STORE_MODULES], ["desktop.paths", *REQUIRED]],
    ids=["store-db-plan", "every-store-module", "with-paths"],
)
def test_importing_the_store_loads_no_qt(tmp_path: Path, modules: list[str]) -> None:
    result = _run_probe(modules, cwd=tmp_path, home=tmp_path)
    assert result["qt"] == []


def test_the_probe_would_notice_qt(tmp_path: Path) -> None:
    # The control: the same probe does report Qt when something loads it.
    result = _run_probe([*REQUIRED, "PySide6.QtCore"], cwd=tmp_path, home=tmp_path)
    assert "PySide6.QtCore" in result["qt"]  # type: ignore[operator]


def test_importing_the_store_opens_nothing_and_creates_no_files(tmp_path: Path) -> None:
    work, home = tmp_path / "cwd", tmp_path / "home"
    work.mkdir()
    home.mkdir()
    for name in ("data", "config", "cache", "state"):
        (home / name).mkdir()
    before = _tree(tmp_path)

    result = _run_probe(["desktop.paths", *REQUIRED, *STORE_MODULES], cwd=work, home=home)

    assert result["is_open"] is False
    assert result["database_path"] is None  # deferred: no file named until open_database()
    assert result["appdirs"] is False  # paths looks up folders only when asked
    assert _tree(tmp_path) == before
