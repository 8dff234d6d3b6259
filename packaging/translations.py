"""The translations: our texts into resources/translations/*.ts, and the .ts into .qm files.

    python3 packaging/translations.py [update]          lupdate over desktop/ into every .ts
                                                        (English's: its plural forms only)
    python3 packaging/translations.py release OUT_DIR   lrelease each .ts into OUT_DIR

Plain Python (no Qt import): it runs the PySide6 wheel's pyside6-lupdate / pyside6-lrelease,
found beside this Python (a venv's bin/ or Scripts/), beside .venv's, or on PATH. The .qm files
are built, never committed: for a checkout at first need (desktop/ui/app/translation.py), into
a wheel by hatch_build.py, into the bundle by packaging/build.py.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCES = REPO / "desktop"
TRANSLATIONS = REPO / "resources" / "translations"
PREFIX = "between_sessions_"
SOURCE_LANGUAGE = "en"
#: The built-in texts (desktop/content) have their own translated files, not the .ts.
SKIP = ("content",)


def tool(name: str) -> str | None:
    """The path of pyside6-<name> (lupdate, lrelease), or None when PySide6 isn't installed."""
    exe = f"pyside6-{name}" + (".exe" if os.name == "nt" else "")
    beside = [Path(sys.executable).parent, REPO / ".venv" / "bin", REPO / ".venv" / "Scripts"]
    for folder in beside:
        if (folder / exe).is_file():
            return str(folder / exe)
    return shutil.which(exe)


def _run(name: str, args: Sequence[str]) -> None:
    found = tool(name)
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install the project's environment first")
    subprocess.run([found, *args], check=True, stdout=subprocess.DEVNULL)


def sources() -> list[str]:
    """Every module with texts for the .ts, in a stable order."""
    return sorted(
        str(path)
        for path in SOURCES.rglob("*.py")
        if not set(SKIP) & set(path.relative_to(SOURCES).parts)
    )


def ts_files() -> list[Path]:
    return sorted(TRANSLATIONS.glob(f"{PREFIX}*.ts"))


def lupdate(targets: Sequence[Path] | None = None) -> None:
    """Our texts into each .ts: new ones added unfinished, the translations kept. English, the
    source language, has a .ts of its counted texts only ("%Ln entries": "1 entry")."""
    files = list(targets if targets is not None else ts_files())
    for plural_only in (False, True):
        chosen = [str(ts) for ts in files if (language(ts) == SOURCE_LANGUAGE) == plural_only]
        if chosen:
            extra = ["-pluralonly"] if plural_only else []
            _run(
                "lupdate",
                [*sources(), "-locations", "none", "-no-obsolete", *extra, "-ts", *chosen],
            )


def language(ts: Path) -> str:
    return ts.stem.removeprefix(PREFIX)


def release(out_dir: Path, sources: Sequence[Path] | None = None) -> list[Path]:
    """Each .ts into out_dir/between_sessions_<lang>.qm; returns the .qm files."""
    out_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sources if sources is not None else ts_files():
        qm = out_dir / f"{PREFIX}{language(ts)}.qm"
        _run("lrelease", ["-silent", str(ts), "-qm", str(qm)])
        built.append(qm)
    return built


def main(argv: Sequence[str]) -> int:
    if list(argv) in ([], ["update"]):
        lupdate()
        return 0
    if argv[:1] == ["release"] and len(argv) == 2:
        for qm in release(Path(argv[1])):
            print(qm)
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
