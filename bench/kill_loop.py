"""The heavy runs of the crash tests (by hand, not in CI).

    uv run python bench/kill_loop.py [RUNS] [SEED] [--encrypted]
    uv run python bench/kill_loop.py --protecting [RUNS] [SEED]

By default 1,000 SIGKILLs of a writer (--encrypted: writing to a protected journal); prints the
runs, acknowledged batches, damaged files, lost and half-written batches, backups that fail
their check, and the time taken. --protecting: 100 kills while encryption is turned on and off
in turn (at least 50 each way once the kill lands inside the conversion); prints how many
killed each way and after how many the data was not whole. Exits non-zero if anything was lost
or damaged.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.store.crash_loop import kill_loop
from tests.store.protect_kills import PASSPHRASE, fill, protect_kill_loop


def writes(runs: int, seed: int, encrypted: bool) -> int:
    from desktop import paths
    from desktop.store import db, keys, protect

    with tempfile.TemporaryDirectory(prefix="kill-loop-") as folder:
        data = Path(folder) / "data"
        if encrypted:
            keys._calibrated = keys.Cost(*keys.FLOOR)  # the kills are what is measured
            path = paths.database_path(paths.prepare_data_dir(data))
            db.open_database(path)
            db.close_database()
            protect.protect(path, PASSPHRASE)
        tally = kill_loop(data, runs, seed, passphrase=PASSPHRASE if encrypted else None)
    print(
        f"{'encrypted ' if encrypted else ''}kill loop: {tally.runs} runs, "
        f"{tally.acknowledged} acknowledged batches, {len(tally.damaged)} damaged, "
        f"{len(tally.lost)} lost, {len(tally.half_written)} half-written, "
        f"{len(tally.bad_backups)} bad backups, {tally.seconds:.1f} s"
    )
    return 1 if tally.damaged or tally.lost or tally.half_written or tally.bad_backups else 0


def protecting(runs: int, seed: int) -> int:
    from desktop import paths
    from desktop.store import db, plan

    with tempfile.TemporaryDirectory(prefix="protect-kills-") as folder:
        path = paths.database_path(paths.prepare_data_dir(Path(folder) / "data"))
        db.open_database(path)
        plan.add_item("Walk by the river")
        db.close_database()
        fill(path)
        tally = protect_kill_loop(path, runs, seed)
    print(
        f"protect kills: {tally.runs} runs, killed {tally.killed[True]} while turning "
        f"encryption on and {tally.killed[False]} while turning it off; the data not whole "
        f"after {len(tally.changed)}, a half-made file left after {len(tally.leftovers)}, "
        f"{tally.seconds:.1f} s"
    )
    return 1 if tally.changed or tally.leftovers else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("runs", nargs="?", type=int)
    parser.add_argument("seed", nargs="?", type=int, default=1)
    parser.add_argument("--encrypted", action="store_true")
    parser.add_argument("--protecting", action="store_true")
    args = parser.parse_args()
    if args.protecting:
        return protecting(args.runs or 100, args.seed)
    return writes(args.runs or 1000, args.seed, args.encrypted)


if __name__ == "__main__":
    sys.exit(main())
