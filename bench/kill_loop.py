"""The heavy run of the crash test: 1,000 SIGKILLs of a writer (run by hand, not in CI).

    uv run python bench/kill_loop.py [RUNS] [SEED]

Prints the runs, acknowledged batches, damaged files, lost and half-written batches, backups
that fail their check, and the time taken; exits non-zero if anything was lost or damaged.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "store"))

from crash_loop import kill_loop


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    with tempfile.TemporaryDirectory(prefix="kill-loop-") as folder:
        tally = kill_loop(Path(folder) / "data", runs, seed)
    print(
        f"kill loop: {tally.runs} runs, {tally.acknowledged} acknowledged batches, "
        f"{len(tally.damaged)} damaged, {len(tally.lost)} lost, "
        f"{len(tally.half_written)} half-written, {len(tally.bad_backups)} bad backups, "
        f"{tally.seconds:.1f} s"
    )
    bad = tally.damaged or tally.lost or tally.half_written or tally.bad_backups
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
