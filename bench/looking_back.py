"""Looking back benchmark: the page drawn for a year, and for ten years, of a ten-year data set.

    uv run python bench/looking_back.py [--entries 20000] [--times 5]

The journal comes from bench/journal.py's generator (entries over ten years); three plan steps
get a check-in on most days of those years, with reasons on some, and an adjustment a month.
Each measure is the median of --times runs of: reading the stretch from the store and drawing
the whole page offscreen (refresh, then grab). The baseline is the same page drawn in the same
run for a stretch of one day before anything was written (the page's own cost, with no data),
because this machine is shared and noisy. The last line is the summary:

    looking-back-bench: year_ms=N decade_ms=N baseline_ms=N year_ratio=R decade_ratio=R

(the target: year_ms under 100).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.journal import generate  # noqa: E402


def add_plan(data_dir: Path) -> int:
    """Three steps with a check-in on most days of the ten years; returns the check-ins made."""
    from desktop import clock, paths
    from desktop.store import db, plan
    from desktop.store.models import writing
    from desktop.store.records import Outcome, Reason

    rng = random.Random(20261202)
    db.open_database(paths.database_path(data_dir))
    start = clock.today() - timedelta(days=3650)
    made = 0
    with writing():
        steps = [
            plan.add_item("A short walk", smaller_version="To the corner"),
            plan.add_item("Write three lines", smaller_version="One line"),
            plan.add_item("Call a friend"),
        ]
        for offset in range(3650):
            day = start + timedelta(days=offset)
            for step in steps:
                if rng.random() < 0.3:
                    continue
                outcome = rng.choice(list(Outcome))
                reasons = (
                    rng.sample(list(Reason), rng.randint(1, 2))
                    if outcome.asks_what_got_in_the_way and rng.random() < 0.5
                    else []
                )
                plan.check_in(step.id, day, outcome, reasons=reasons)
                made += 1
            if offset % 30 == 0:
                clock.freeze(datetime.combine(day, datetime.min.time()))
                plan.adjust_item(steps[offset % 3].id, note=f"Month {offset // 30}")
        clock.thaw()
    db.close_database()
    return made


def measure(data_dir: Path, times: int) -> dict[str, float]:
    """Median ms to read and draw the page for a year, ten years and the empty baseline."""
    from PySide6.QtWidgets import QApplication

    from desktop import clock, paths
    from desktop.store import db
    from desktop.ui.app.events import Events
    from desktop.ui.encouragement.looking_back import A_YEAR, CUSTOM, LookingBack

    app = QApplication.instance() or QApplication([])
    db.open_database(paths.database_path(data_dir))
    today = clock.today()
    page = LookingBack(Events(), today)
    page.resize(1100, 900)
    page.show()
    app.processEvents()

    def drawn(first: date, last: date, choice: int) -> float:
        page.choice.blockSignals(True)
        page.choice.setCurrentIndex(choice)
        page.choice.blockSignals(False)
        for edit, day in ((page.first_edit, first), (page.last_edit, last)):
            edit.blockSignals(True)
            edit.setDate(day)
            edit.blockSignals(False)
            edit.setVisible(choice == CUSTOM)
        runs = []
        for _ in range(times):
            began = time.perf_counter()
            page.refresh()
            page.grab()
            runs.append((time.perf_counter() - began) * 1000)
        return statistics.median(runs)

    before = today - timedelta(days=3660)
    result = {
        "baseline_ms": drawn(before, before, CUSTOM),
        "year_ms": drawn(today - timedelta(days=364), today, A_YEAR),
        "decade_ms": drawn(today - timedelta(days=3650), today, CUSTOM),
    }
    db.close_database()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--entries", type=int, default=20000)
    parser.add_argument("--times", type=int, default=5)
    args = parser.parse_args()
    from desktop import paths

    with tempfile.TemporaryDirectory(prefix="looking-back-bench-") as folder:
        data_dir = paths.prepare_data_dir(Path(folder) / "data")
        began = time.perf_counter()
        generate(data_dir, args.entries)
        check_ins = add_plan(data_dir)
        print(
            f"made {args.entries} entries and {check_ins} check-ins over ten years "
            f"in {time.perf_counter() - began:.0f} s"
        )
        found = measure(data_dir, args.times)
    base = max(found["baseline_ms"], 0.001)
    print(
        f"looking-back-bench: year_ms={found['year_ms']:.0f} decade_ms={found['decade_ms']:.0f} "
        f"baseline_ms={found['baseline_ms']:.0f} year_ratio={found['year_ms'] / base:.1f} "
        f"decade_ratio={found['decade_ms'] / base:.1f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
