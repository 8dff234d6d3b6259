"""Fill a data folder for the screen-reader audit: python tests/a11y/fill.py FOLDER [sample].

Without "sample" the folder gets an empty store, as at a first start; with it, the plan,
journal and encouragement docs/screenshots.py shows, dated from today; with "protected", the
empty store protected with the passphrase "correct horse" (the app starts locked).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str]) -> int:
    """Make the store in argv[0], with the sample data when argv[1] is "sample"."""
    sys.path[:0] = [str(ROOT), str(ROOT / "docs")]
    from screenshots import sample_encouragement, sample_journal, sample_plan

    from desktop import clock, paths
    from desktop.store import db, keys, protect

    path = paths.database_path(paths.prepare_data_dir(argv[0]))
    db.open_database(path)
    try:
        if argv[1:] == ["sample"]:
            today = clock.today()
            sample_plan(today)
            sample_journal(today)
            sample_encouragement(today)
    finally:
        db.close_database()
    if argv[1:] == ["protected"]:
        keys._calibrated = keys.Cost(*keys.FLOOR)  # (a quick unlock: the audit types nothing)
        protect.protect(path, "correct horse")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
