"""A year of daily use, on the clock, with the thinning schedule: how large the backups folder
settles (run by hand, not in CI; about 8 minutes for the ten-year journal).

    uv run python bench/backup_year.py [--entries 20000] [--days 365]

Each simulated day the app starts (a backup when the data changed), the person writes an
entry, the daily backup runs if it is due; desktop.clock is frozen and stepped a day at a time.
The last line: ``backup-year: backups=N folder_mib=N max_folder_mib=N backup_mib=N``
(the folder as the year ends, its largest over the last 60 days, and the newest backup).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.journal import generate
from desktop import clock, paths
from desktop.store import backup, db, journal
from desktop.store.records import EntryFields


def main() -> int:
    """Generate the journal, live a year with it, print the folder's size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=20_000)
    parser.add_argument("--days", type=int, default=365)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="backup-year-") as folder:
        data_dir = Path(folder)
        generate(data_dir, args.entries)
        path = paths.database_path(data_dir)
        clock.freeze(datetime(2026, 1, 1, 9, 0))
        sizes = []
        for _day in range(args.days):
            db.open_database(path)
            backup.backup_if_changed(path, "start")
            clock.advance(timedelta(hours=12))
            journal.save_entry(None, EntryFields(day=clock.today(), body="Small steps. " * 80))
            backup.backup_if_due(path)
            db.close_database()
            clock.advance(timedelta(hours=12))
            sizes.append(sum(b.size for b in backup.list_backups(path)))
        kept = backup.list_backups(path)
        mib = 2**20
        print(
            f"backup-year: backups={len(kept)} folder_mib={sizes[-1] / mib:.0f} "
            f"max_folder_mib={max(sizes[-60:]) / mib:.0f} backup_mib={kept[0].size / mib:.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
