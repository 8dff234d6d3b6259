"""protect, unprotect and change-passphrase on the command line, and every command on a
protected journal: the passphrase from a file's first line or asked on the terminal, the
recovery code instead of it; a wrong one exits non-zero with plain words and changes nothing."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import cli, paths
from desktop.store import db, engine, keys, plan

MARKER = "Heronsbill-4410"


pytestmark = pytest.mark.usefixtures("cheap_kdf")


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Path]:
    data = tmp_path / "data"
    path = paths.database_path(paths.prepare_data_dir(data))
    db.open_database(path)
    plan.add_item(f"Call Sam {MARKER}")
    db.close_database()
    yield data
    engine.forget_key(path)


def _file(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def _run(*argv: str) -> int:
    engine._keys.clear()  # each command starts locked, as a new process would
    return cli.run_command(cli.parse_args(list(argv)))


def _sha(folder: Path) -> str:
    return hashlib.sha256(paths.database_path(folder).read_bytes()).hexdigest()


def _protect(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    passphrase = _file(tmp_path, "pass", "correct horse\nthe second line is not read\n")
    assert _run("protect", "--data-dir", str(folder), "--passphrase-file", passphrase) == 0
    out = capsys.readouterr().out
    found = re.findall(r"^Recovery code: ([0-9A-Z]{4}(?:-[0-9A-Z]{4}){5})$", out, re.MULTILINE)
    assert len(found) == 1, out
    return str(found[0])


def test_protect_prints_the_recovery_code_on_a_line_of_its_own(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = _protect(folder, tmp_path, capsys)
    assert MARKER.encode() not in paths.database_path(folder).read_bytes()
    with_code = _file(tmp_path, "code", code.lower() + "\n")
    args = ("export", "--data-dir", str(folder), "--recovery-code-file", with_code)
    assert _run(*args, "--out", str(tmp_path / "out.json")) == 0
    assert MARKER in (tmp_path / "out.json").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "command",
    [
        ["check"],
        ["export", "--out", "OUT"],
        ["backup"],
        ["restore"],
        ["unprotect"],
        ["change-passphrase", "--new-passphrase-file", "NEW"],
    ],
)
def test_a_wrong_passphrase_exits_with_plain_words_and_changes_nothing(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    _protect(folder, tmp_path, capsys)
    wrong = _file(tmp_path, "wrong", "Correct horse\n")
    new = _file(tmp_path, "new", "battery staple\n")
    argv = [a.replace("OUT", str(tmp_path / "out.json")).replace("NEW", new) for a in command]
    before = _sha(folder), sorted(p.name for p in folder.rglob("*"))
    assert _run(*argv, "--data-dir", str(folder), "--passphrase-file", wrong) == 1
    err = capsys.readouterr().err
    assert "That passphrase doesn't open this journal. Nothing was changed" in err
    assert "Traceback" not in err and "damaged" not in err
    assert (_sha(folder), sorted(p.name for p in folder.rglob("*"))) == before
    assert not (tmp_path / "out.json").exists()
    right = _file(tmp_path, "right", "correct horse\n")
    assert _run("check", "--data-dir", str(folder), "--passphrase-file", right) == 0


def test_a_wrong_recovery_code_says_so(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _protect(folder, tmp_path, capsys)
    before = _sha(folder)
    wrong = _file(tmp_path, "code", keys.new_recovery_code())
    assert _run("check", "--data-dir", str(folder), "--recovery-code-file", wrong) == 1
    assert "That recovery code doesn't open this journal" in capsys.readouterr().err
    assert _sha(folder) == before


def test_change_passphrase_then_only_the_new_one_opens(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = _protect(folder, tmp_path, capsys)
    old = _file(tmp_path, "old", "correct horse")
    new = _file(tmp_path, "new", "battery staple")
    d = ("--data-dir", str(folder))
    assert (
        _run("change-passphrase", *d, "--passphrase-file", old, "--new-passphrase-file", new) == 0
    )
    assert _run("check", *d, "--passphrase-file", old) == 1
    assert _run("check", *d, "--passphrase-file", new) == 0
    assert _run("check", *d, "--recovery-code-file", _file(tmp_path, "code", code)) == 0


def test_an_empty_passphrase_is_refused(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _sha(folder)
    empty = _file(tmp_path, "empty", "\n")
    assert _run("protect", "--data-dir", str(folder), "--passphrase-file", empty) == 1
    assert "A passphrase needs at least one character." in capsys.readouterr().err
    assert _sha(folder) == before
    assert not (paths.database_path(folder).with_name("between-sessions.sqlite3.keys")).exists()


def test_asked_on_the_terminal_typed_twice_and_unprotected_again(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter(["walk slowly", "walk slowy"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert _run("protect", "--data-dir", str(folder)) == cli.EXIT_USAGE
    assert "weren't the same, so nothing was changed" in capsys.readouterr().err
    answers = iter(["walk slowly", "walk slowly", "walk slowly"])
    assert _run("protect", "--data-dir", str(folder)) == 0
    assert "Recovery code: " in capsys.readouterr().out
    assert _run("unprotect", "--data-dir", str(folder)) == 0
    assert paths.database_path(folder).read_bytes().startswith(db.SQLITE_MAGIC)
    assert _run("check", "--data-dir", str(folder)) == 0  # plain: nothing asked


@pytest.mark.slow  # starts the app as a process of its own
def test_the_smoke_test_opens_a_protected_journal_with_its_passphrase_file(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import os
    import subprocess
    import sys

    from desktop import app

    _protect(folder, tmp_path, capsys)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "BETWEEN_SESSIONS_HOME": str(tmp_path / "home"),
    }
    repo = Path(__file__).resolve().parents[2]

    def smoke(passphrase: str) -> subprocess.CompletedProcess[str]:
        secret = _file(tmp_path, "smoke-pass", passphrase)
        argv = ["--data-dir", str(folder), "--smoke-test", "--passphrase-file", secret]
        return subprocess.run(
            [sys.executable, "-m", "desktop", *argv],
            cwd=repo,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )

    before = _sha(folder)
    wrong = smoke("not it")
    assert wrong.returncode == app.EXIT_DATABASE
    assert "That passphrase doesn't open this journal" in wrong.stderr
    assert "damaged" not in wrong.stderr and "Traceback" not in wrong.stderr
    assert _sha(folder) == before
    right = smoke("correct horse")
    assert right.returncode == 0, right.stderr
    assert "smoke test: data shown" in right.stdout
