"""Check a frozen bundle as a person would use it: `python3 packaging/check_bundle.py [BUNDLE]`.

BUNDLE is dist/between-sessions (Linux, Windows) or "dist/Between Sessions.app" (macOS), the
default for this OS. Standard library only; runs with any Python 3.11+ on Linux, Windows and
macOS (.ci/run, .github/workflows/test.yml and release.yml run it). It prints a PASS line per
check and stops at the first failure, showing what the failing command said:

1. both executables are there; the console one's --version names pyproject.toml's version
   (and the SQLite it carries, when --version reports it);
2. --smoke-test passes from the app's executable and from the console one;
3. the commands round-trip data with non-ASCII text in a folder with a non-ASCII name:
   import -> export -> import into an empty folder -> check (integrity, links, the FTS5 search
   index) -> backup (to the backups folder and to --out) -> export again, the same document;
4. a second launch while the app runs hands over to it and exits 0, the first keeps running;
   a command can read the data meanwhile, and one that writes is refused as busy (exit 3).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "Between Sessions"
GUI, CLI = "between-sessions", "between-sessions-cli"
DATABASE = "between-sessions.sqlite3"
EXIT_DATA_BUSY = 3  # desktop/cli.py
EXIT_BUSY = 4  # desktop/app.py: held, and nothing answered
# A folder name no ASCII-only code path survives: accents, CJK, an emoji (outside the BMP), a space.
FOLDER = "Zwischen den Sitzungen ü 日本語 🌱"
TITLE = "Spaziergang 🌿 — 散歩"
BODY = "Heute nur bis zum Tor gegangen. Ça compte aussi. 今日は少しだけ。"

# An export document (docs/export-format.md) as version 0.1.0 wrote it: format 1, schema 2.
SEED = {
    "format": "between-sessions-export",
    "format_version": 1,
    "schema_version": 2,
    "app_version": "0.1.0",
    "exported_at": "2026-11-20T18:30:00",
    "tables": {
        "plan_item": [
            {
                "id": 1,
                "title": TITLE,
                "why": "Frische Luft, ein klarer Kopf",
                "kind": "self_care",
                "rhythm": "daily",
                "days_per_week": None,
                "smaller_version": "Bis zum Tor",
                "status": "active",
                "position": 1,
                "created_at": "2026-11-18 09:12:00",
                "updated_at": "2026-11-18 09:12:00",
            }
        ],
        "check_in": [
            {
                "id": 1,
                "item_id": 1,
                "day": "2026-11-19",
                "outcome": "tried",
                "note": "Nur fünf Minuten",
                "created_at": "2026-11-19 17:00:00",
                "updated_at": "2026-11-19 17:00:00",
            }
        ],
        "journal_entry": [
            {
                "id": 1,
                "day": "2026-11-19",
                "title": TITLE,
                "body": BODY,
                "mood": 3,
                "energy": 2,
                "bring_to_session": True,
                "private": False,
                "created_at": "2026-11-19 20:00:00",
                "updated_at": "2026-11-19 20:00:00",
                "deleted_at": None,
            }
        ],
        "tag": [{"id": 1, "name": "Draußen"}],
        "entry_tag": [{"id": 1, "entry_id": 1, "tag_id": 1}],
    },
}


class Failed(Exception):
    """A check that did not pass; the message says what was seen."""


def passed(what: str) -> None:
    print(f"PASS: {what}", flush=True)


def executables(bundle: Path) -> tuple[Path, Path]:
    """The app's executable and the console one (packaging/build.py puts them so)."""
    folder = bundle / "Contents" / "MacOS" if bundle.suffix == ".app" else bundle
    suffix = ".exe" if os.name == "nt" else ""
    return folder / f"{GUI}{suffix}", folder / f"{CLI}{suffix}"


def environment(home: Path) -> dict[str, str]:
    """Offscreen Qt (unless told otherwise), and on Linux no touching the real settings."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    if sys.platform.startswith("linux"):
        for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
            folder = home / name.lower()
            folder.mkdir(mode=0o700, exist_ok=True)
            env[name] = str(folder)
    return env


def shown(words: list[str]) -> str:
    """A command as a shell would need it typed (quotes around words with spaces)."""
    return " ".join(f'"{word}"' if " " in word else word for word in words)


def run(
    command: list[str | Path], env: dict[str, str], expect: int | None = 0, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run a command; Failed unless it exits with `expect` (any exit code if None)."""
    words = [str(word) for word in command]
    print("+", shown(words), flush=True)
    try:
        done = subprocess.run(
            words,
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="backslashreplace",  # a wrong encoding shows in the output, not as a crash here
            timeout=timeout,
        )
    except subprocess.TimeoutExpired as error:
        raise Failed(f"no answer within {timeout:.0f} s") from error
    if expect is not None and done.returncode != expect:
        raise Failed(
            f"exit code {done.returncode}, expected {expect}\n"
            f"--- stdout\n{done.stdout}--- stderr\n{done.stderr}"
        )
    return done


def check_version(cli: Path, env: dict[str, str]) -> None:
    with (ROOT / "pyproject.toml").open("rb") as file:
        version = tomllib.load(file)["project"]["version"]
    said = run([cli, "--version"], env).stdout.strip()
    print(said)
    if not said.startswith(f"{APP_NAME} {version}"):
        raise Failed(f"--version said {said!r}, not {APP_NAME} {version}")
    passed(f"{CLI} --version: {said.splitlines()[0]}")
    if "sqlite" in said.lower():
        passed(f"the bundle's SQLite: {said}")
    else:
        print("NOTE: --version does not report the SQLite version (docs/windows-macos.md)")


def check_smoke_tests(gui: Path, cli: Path, work: Path, env: dict[str, str]) -> None:
    run([gui, "--smoke-test", "--data-dir", work / "smoke-app"], env)
    if not (work / "smoke-app" / DATABASE).is_file():
        raise Failed(f"{GUI} --smoke-test made no data file")
    passed(f"{GUI} --smoke-test (exit 0, data file made)")
    said = run([cli, "--smoke-test", "--data-dir", work / "smoke-cli"], env).stdout
    if "smoke test: visited" not in said:
        raise Failed(f"{CLI} --smoke-test printed no 'visited' line:\n{said}")
    passed(f"{CLI} --smoke-test: {said.strip().splitlines()[-1]}")


def tables(path: Path) -> dict[str, object]:
    document = json.loads(path.read_text(encoding="utf-8"))
    return {key: value for key, value in document.items() if key != "exported_at"}


def check_round_trip(cli: Path, work: Path, env: dict[str, str]) -> None:
    seed = work / "seed.json"
    seed.write_text(json.dumps(SEED, ensure_ascii=False, indent=1), encoding="utf-8")
    first, second = work / "erste Daten", work / "zweite Daten"

    said = run([cli, "import", seed, "--data-dir", first], env).stdout
    passed(f"import into a new data folder: {said.strip()}")
    exported = work / "export-1.json"
    run([cli, "export", "--data-dir", first, "--out", exported], env)
    document = json.loads(exported.read_text(encoding="utf-8"))
    if document["tables"]["journal_entry"][0]["body"] != BODY:
        raise Failed("the export did not keep the journal entry's text exactly")
    passed("export --format json: the text came back exactly")

    said = run([cli, "import", exported, "--data-dir", second], env).stdout
    if "Imported" not in said:
        raise Failed(f"import said: {said}")
    passed(f"import of that export into an empty folder: {said.strip()}")
    said = run([cli, "check", "--data-dir", second], env).stdout
    if "Search index: ok" not in said or "healthy" not in said:
        raise Failed(f"check said:\n{said}")
    passed("check: integrity, links and the FTS5 search index all ok")

    said = run([cli, "backup", "--data-dir", second], env).stdout
    backups = list((second / "backups").glob("*"))
    if not backups:
        raise Failed(f"backup made nothing in {second / 'backups'}: {said}")
    passed(f"backup into the backups folder: {backups[0].name}")
    out = work / "Sicherung 🌱.sqlite3"
    run([cli, "backup", "--data-dir", second, "--out", out], env)
    if not out.is_file() or out.stat().st_size == 0:
        raise Failed(f"backup --out wrote nothing to {out}")
    passed("backup --out to a file with a non-ASCII name")

    again = work / "export-2.json"
    run([cli, "export", "--data-dir", second, "--out", again], env)
    if tables(again) != tables(exported):
        raise Failed("exporting the imported data gave a different document")
    passed("export after import: the same document (apart from exported_at)")
    markdown = work / "export.md"
    run([cli, "export", "--format", "markdown", "--data-dir", second, "--out", markdown], env)
    if TITLE not in markdown.read_text(encoding="utf-8"):
        raise Failed("the Markdown export lacks the entry's title")
    passed("export --format markdown keeps the non-ASCII title")


def check_second_launch(gui: Path, cli: Path, work: Path, env: dict[str, str]) -> None:
    data = work / "laufende App"
    run([cli, "import", work / "seed.json", "--data-dir", data], env)
    print("+", shown([str(gui), "--data-dir", str(data)]), "&", flush=True)
    log = work / "running-app.log"
    with log.open("wb") as output:  # a file, not a pipe, which the app could fill and stall on
        first = subprocess.Popen(
            [str(gui), "--data-dir", str(data)], env=env, stdout=output, stderr=output
        )
    try:
        lock = data / f"{DATABASE}.lock"
        deadline = time.monotonic() + 60
        while not lock.exists() and first.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
        if first.poll() is not None or not lock.exists():
            raise Failed(f"the app did not start and hold its data (exit {first.poll()})")
        # A later launch waits a few seconds for the running app to answer; the app listens
        # once its data is open, shortly after its window is drawn.
        for attempt in range(1, 6):
            time.sleep(2)
            later = run([gui, "--data-dir", data], env, expect=None, timeout=60)
            if later.returncode != EXIT_BUSY:
                break
            print(f"(attempt {attempt}: the app did not answer yet)")
        if later.returncode != 0:
            raise Failed(f"a second launch exited {later.returncode}\n{later.stderr}")
        if first.poll() is not None:
            raise Failed(f"the first app ended ({first.returncode}) when the second launched")
        passed("a second launch handed over to the running app and exited 0; the app runs on")

        read = work / "export-while-open.json"
        run([cli, "export", "--data-dir", data, "--out", read], env)
        passed("export while the app has the data open (reads alongside it)")
        refused = run([cli, "import", work / "seed.json", "--data-dir", data], env, EXIT_DATA_BUSY)
        passed(f"import while the app runs is refused as busy: {refused.stderr.strip()}")
    finally:
        if first.poll() is None:
            if os.name == "nt":
                first.terminate()  # TerminateProcess: Windows has no SIGTERM to catch
            else:
                first.send_signal(signal.SIGTERM)  # the app closes as a close does
        try:
            first.wait(timeout=30)
        except subprocess.TimeoutExpired:
            first.kill()
            first.wait()
    if os.name != "nt" and first.returncode != 0:
        said = log.read_text(encoding="utf-8", errors="backslashreplace")
        raise Failed(f"the app ended {first.returncode} on SIGTERM\n{said}")
    said = run([cli, "check", "--data-dir", data], env).stdout
    if "healthy" not in said:
        raise Failed(f"check after the app ended:\n{said}")
    how = "TerminateProcess" if os.name == "nt" else "SIGTERM (exit 0)"
    passed(f"the app ended by {how}; check finds the data healthy")


def main(argv: list[str] | None = None) -> int:
    # The paths shown hold characters the ANSI code page lacks (Windows, output to a pipe).
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = ROOT / "dist" / (f"{APP_NAME}.app" if sys.platform == "darwin" else GUI)
    parser.add_argument("bundle", nargs="?", type=Path, default=default)
    parser.add_argument("--no-second-launch", action="store_true", help="skip check 4")
    parser.add_argument("--work", type=Path, help="where to make the data folders (default: temp)")
    args = parser.parse_args(argv)

    gui, cli = (path.resolve() for path in executables(args.bundle))
    base = Path(tempfile.mkdtemp(prefix="bundle-check-", dir=args.work))
    work = base / FOLDER
    work.mkdir()
    env = environment(base)
    print(f"checking {args.bundle} in {work}", flush=True)
    try:
        for executable in (gui, cli):
            if not executable.is_file():
                raise Failed(f"{executable} is missing")
        passed(f"both executables are there: {gui.name}, {cli.name}")
        check_version(cli, env)
        check_smoke_tests(gui, cli, work, env)
        check_round_trip(cli, work, env)
        if not args.no_second_launch:
            check_second_launch(gui, cli, work, env)
    except Failed as failure:
        print(f"FAIL: {failure}\n(the data folders are kept in {base})", flush=True)
        return 1
    shutil.rmtree(base, ignore_errors=True)
    print("all bundle checks passed", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
