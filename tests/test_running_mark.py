"""The mutex that tells the Windows installer the app runs: held on Windows (faked here), never a
reason not to start, and the installer asks for it by the same name before it touches anything.

packaging/check-installer-wine.sh proves the installer's side under Wine.
"""

from __future__ import annotations

import ast
import ctypes
import re
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from desktop import running_mark

REPO = Path(__file__).resolve().parents[1]
INSTALLER = REPO / "packaging" / "windows" / "installer.nsi"
STANDIN = REPO / "packaging" / "windows" / "standin.c"


def _on_windows(monkeypatch: pytest.MonkeyPatch, kernel32: Any) -> list[str]:
    loaded: list[str] = []

    def win_dll(name: str, use_last_error: bool = False) -> Any:
        loaded.append(name)
        if isinstance(kernel32, BaseException):
            raise kernel32
        return kernel32

    monkeypatch.setattr(ctypes, "WinDLL", win_dll, raising=False)  # (only Windows has it)
    monkeypatch.setattr(sys, "platform", "win32")
    return loaded


def test_on_windows_the_app_holds_the_named_mutex(monkeypatch: pytest.MonkeyPatch) -> None:
    created: list[tuple[Any, ...]] = []

    def create_mutex(*args: Any) -> int:
        created.append(args)
        return 0x1234

    loaded = _on_windows(monkeypatch, types.SimpleNamespace(CreateMutexW=create_mutex))
    handle = running_mark.hold_running_mark()
    monkeypatch.undo()
    assert handle == 0x1234
    assert loaded == ["kernel32"]
    # Not owned (nothing waits on it): only its name matters, for as long as the handle lives.
    assert created == [(None, False, running_mark.MUTEX_NAME)]


@pytest.mark.parametrize(
    "kernel32",
    [
        types.SimpleNamespace(CreateMutexW=lambda *args: 0),  # refused (NULL)
        types.SimpleNamespace(CreateMutexW=lambda *args: 1 / 0),  # something unforeseen
        OSError("kernel32 can't be loaded"),
    ],
)
def test_a_mark_windows_refuses_never_stops_the_app(
    monkeypatch: pytest.MonkeyPatch, kernel32: Any
) -> None:
    _on_windows(monkeypatch, kernel32)
    handle = running_mark.hold_running_mark()
    monkeypatch.undo()
    assert handle is None


def test_elsewhere_nothing_is_marked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(ctypes, "WinDLL", lambda *a, **k: pytest.fail("loaded"), raising=False)
    assert running_mark.hold_running_mark() is None


def _function(script: str, name: str) -> list[str]:
    """The instructions of an NSIS function, without comments and blank lines."""
    body = re.search(rf"^Function {re.escape(name)}\n(.*?)^FunctionEnd", script, re.M | re.S)
    assert body, f"no Function {name}"
    lines = (line.strip() for line in body.group(1).splitlines())
    return [line for line in lines if line and not line.startswith(";")]


def test_the_installer_asks_for_the_same_mutex_before_anything_else() -> None:
    script = INSTALLER.read_text(encoding="utf-8")
    defined = re.search(r'^!define RUNNING_MUTEX "([^"]+)"$', script, re.M)
    assert defined and defined.group(1) == running_mark.MUTEX_NAME  # (NSIS keeps "\" as is)
    standin = re.search(r'^#define RUNNING_MUTEX L("[^"]+")$', STANDIN.read_text(), re.M)
    assert standin and ast.literal_eval(standin.group(1)) == running_mark.MUTEX_NAME

    for init in (".onInit", "un.onInit"):
        assert _function(script, init)[0] == "!insertmacro STOP_WHILE_THE_APP_RUNS", init
    check = re.search(r"^!macro STOP_WHILE_THE_APP_RUNS\n(.*?)^!macroend", script, re.M | re.S)
    assert check
    asks = check.group(1)
    assert "!define SYNCHRONIZE 0x00100000" in script
    assert 'kernel32::OpenMutexW(i ${SYNCHRONIZE}, i 0, w "${RUNNING_MUTEX}")' in asks
    # Silent: Cancel, so the installer ends there; asked: Retry looks again.
    assert "MB_RETRYCANCEL" in asks and "/SD IDCANCEL IDRETRY" in asks and "Abort" in asks
    assert '"$(AppIsOpen)"' in asks  # (the LangString, in each language of the installer)
    assert '${LANG_ENGLISH} "${APP_NAME} is open. Close it, then choose Retry."' in script


def test_the_app_and_its_commands_mark_themselves_running_first(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop import app

    marked: list[bool] = []
    monkeypatch.setattr(running_mark, "hold_running_mark", lambda: marked.append(True))
    with pytest.raises(SystemExit):
        app.main(["--version"])  # (a command: between-sessions-cli runs from the same folder)
    assert marked == [True]
    assert capsys.readouterr().out.startswith("Between Sessions ")
