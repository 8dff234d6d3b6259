"""Importing 20,000 entries from Day One and from jrnl, on the clock (run by hand, not in CI;
the target is under 5 s each).

    uv run python bench/import_sources.py [--entries 20000]

Each source is written as its app exports it (Day One's JSON in a zip, with photo links,
escapes, tags and time zones; jrnl's JSON export), then read, previewed and imported into a
fresh store: the time is all of that, the search index rebuilt included. A second import of
the same file (which adds nothing) is timed too.
The last line: ``import-bench: dayone_s=N jrnl_s=N``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop import paths
from desktop.store import db
from desktop.store.sources import detect, preview, write
from desktop.store.sources.entries import SourceKind

WORDS = [
    "small",
    "steps",
    "count,",
    "naïve",
    "and",
    "kind",
    "😊",
    "quiet",
    "evening",
    "東京",
    "walk",
    "tea",
]
ZONES = ["Europe/Berlin", "America/Los_Angeles", "Europe/Madrid", "Asia/Tokyo"]


def _text(n: int) -> str:
    words = [WORDS[(n * 7 + i) % len(WORDS)] for i in range(60 + n % 200)]
    return " ".join(words) + f" number{n}"


def dayone_zip(folder: Path, count: int) -> Path:
    """A Day One export zip of count entries."""
    start = datetime(2014, 1, 1, 8, 0, tzinfo=UTC)
    entries = []
    for n in range(count):
        moment = start + timedelta(hours=5 * n + n % 3)
        text = f"# Evening {n}\n\n{_text(n)} \\(really\\)\\."
        if n % 10 == 0:
            text += f"\n\n![](dayone-moment://{n:032X})"
        entries.append(
            {
                "uuid": f"{n:032X}",
                "creationDate": moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "modifiedDate": moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "timeZone": ZONES[n % len(ZONES)],
                "starred": n % 17 == 0,
                "tags": ["walks", "Ärger"] if n % 3 else [],
                "text": text,
                "photos": [{"identifier": f"{n:032X}", "type": "jpeg"}] if n % 10 == 0 else [],
            }
        )
    path = folder / "dayone.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as packed:
        packed.writestr(
            "Journal.json", json.dumps({"metadata": {"version": "1.0"}, "entries": entries})
        )
    return path


def jrnl_json(folder: Path, count: int) -> Path:
    """A ``jrnl --export json`` of count entries."""
    start = datetime(2014, 1, 1, 8, 0)
    entries = []
    for n in range(count):
        moment = start + timedelta(hours=5 * n)
        entries.append(
            {
                "title": f"Evening {n}.",
                "body": _text(n) + (" @walks #therapy" if n % 3 else ""),
                "date": moment.strftime("%Y-%m-%d"),
                "time": moment.strftime("%H:%M"),
                "tags": ["@walks", "#therapy"] if n % 3 else [],
                "starred": n % 17 == 0,
            }
        )
    path = folder / "jrnl.json"
    path.write_text(json.dumps({"tags": {}, "entries": entries}, indent=2), encoding="utf-8")
    return path


def timed_import(source: Path, kind: SourceKind, data_dir: Path) -> tuple[float, float, int]:
    """Seconds to read, preview and import source into a fresh store; seconds for the same
    again; and how many entries came in."""
    db.open_database(paths.database_path(paths.prepare_data_dir(data_dir)))
    try:
        began = time.perf_counter()
        reading = detect.read_source(source, kind)
        preview.preview(reading)
        result = write.import_reading(reading)
        first = time.perf_counter() - began
        began = time.perf_counter()
        again = write.import_reading(detect.read_source(source, kind))
        second = time.perf_counter() - began
        assert again.added == 0, again
    finally:
        db.close_database()
    return first, second, result.added


def main() -> int:
    """Make both sources, import each, print the times."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=20_000)
    args = parser.parse_args()
    times = {}
    with tempfile.TemporaryDirectory(prefix="import-bench-") as folder:
        here = Path(folder)
        for name, make, kind in (
            ("dayone", dayone_zip, SourceKind.DAYONE),
            ("jrnl", jrnl_json, SourceKind.JRNL),
        ):
            source = make(here, args.entries)
            first, again, added = timed_import(source, kind, here / f"data-{name}")
            print(
                f"{name}: {added} entries from {source.stat().st_size / 2**20:.1f} MiB "
                f"in {first:.2f} s; the same file again (nothing added) {again:.2f} s"
            )
            times[name] = first
    print(f"import-bench: dayone_s={times['dayone']:.2f} jrnl_s={times['jrnl']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
