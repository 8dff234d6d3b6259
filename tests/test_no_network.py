"""Nothing leaves the machine: the real app never creates an internet socket.

Every socket() call of the app and its children is traced (strace, at the system-call level,
so Qt's C++ code is covered too); AF_INET and AF_INET6 are never allowed. A Python audit hook
backs it up where strace is missing. And no module of the app loads Qt's network module.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
STRACE = shutil.which("strace")
INTERNET = re.compile(r"socket\((AF_INET|AF_INET6|PF_INET|PF_INET6)\b")
AUDIT = """
import socket, sys
def hook(event, args):
    if event == "socket.__new__" and args[1] in (socket.AF_INET, socket.AF_INET6):
        sys.stderr.write("INTERNET SOCKET\\n")
        sys.stderr.flush()
        import os; os._exit(97)
sys.addaudithook(hook)
"""


def _traced(argv: list[str], tmp_path: Path) -> tuple[subprocess.CompletedProcess[str], str]:
    """Run argv (a Python program) with every socket() traced; returns the run and the trace."""
    hooks = tmp_path / "hooks"
    hooks.mkdir(exist_ok=True)
    (hooks / "sitecustomize.py").write_text(AUDIT)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(hooks), str(REPO)]),
        "QT_QPA_PLATFORM": "offscreen",
    }
    log = tmp_path / "strace.log"
    prefix = [STRACE, "-f", "-qq", "-e", "trace=socket,execve", "-o", str(log)] if STRACE else []
    done = subprocess.run(
        [*prefix, sys.executable, *argv],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return done, log.read_text() if log.exists() else ""


def _internet_sockets(done: subprocess.CompletedProcess[str], trace: str) -> list[str]:
    found = [line for line in trace.splitlines() if INTERNET.search(line)]
    if "INTERNET SOCKET" in done.stderr:
        found.append("(audit hook) " + done.stderr)
    return found


@pytest.mark.slow
def test_the_detector_sees_an_internet_socket(tmp_path: Path) -> None:
    # The control: proves the check below can fail.
    done, trace = _traced(["-c", "import socket; socket.socket(socket.AF_INET6)"], tmp_path)
    assert _internet_sockets(done, trace)


@pytest.mark.slow
def test_the_app_never_opens_an_internet_socket(tmp_path: Path) -> None:
    data = tmp_path / "data"
    done, trace = _traced(["-m", "desktop", "--data-dir", str(data), "--smoke-test"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "visited" in done.stdout
    assert _internet_sockets(done, trace) == []
    if STRACE:
        assert "execve(" in trace  # the run was traced: tracing works

    out = tmp_path / "export.json"
    for command in (
        ["backup"],
        ["check"],
        ["export", "--out", str(out)],
        ["import", str(out)],
    ):
        done, trace = _traced(["-m", "desktop", *command, "--data-dir", str(data)], tmp_path)
        assert done.returncode == 0, (command, done.stderr)
        assert _internet_sockets(done, trace) == [], command


@pytest.mark.slow
@pytest.mark.skipif(STRACE is None, reason="strace is not installed")
def test_strace_is_what_watched(tmp_path: Path) -> None:
    done, trace = _traced(["-c", "import socket; socket.socket(socket.AF_UNIX)"], tmp_path)
    assert "AF_UNIX" in trace
    assert _internet_sockets(done, trace) == []


NO_QT_NETWORK = """
import importlib, pkgutil, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
import desktop.ui
for found in pkgutil.walk_packages(desktop.ui.__path__, "desktop.ui."):
    if not found.name.endswith("__main__"):  # those run a tab alone
        importlib.import_module(found.name)
import desktop.app, desktop.cli
print(sorted(m for m in sys.modules if "QtNetwork" in m))
"""


def test_no_module_of_the_app_loads_qt_networking() -> None:
    done = subprocess.run(
        [sys.executable, "-c", NO_QT_NETWORK],
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
