"""A writer for the crash tests: writes batches through the store until it is killed.

Each batch is one transaction: a plan item titled "batch N", three check-ins and an adjustment.
After each commit it prints "ack N" (so the parent knows what was acknowledged). Every
BACKUP_EVERY batches it also makes a backup, so kills land inside backups too. With a third
argument, the store is an encrypted one and that is its passphrase.
"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path

from desktop.store import backup, db, plan, protect
from desktop.store.models import PlanItemRow, writing
from desktop.store.records import Outcome

BACKUP_EVERY = 7


def main() -> None:
    path, seed = Path(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    if len(sys.argv) > 3:  # an encrypted store: its passphrase
        protect.unlock(path, passphrase=sys.argv[3])
    db.open_database(path)
    n = PlanItemRow.select().count()
    print("open", flush=True)
    while True:
        with writing():
            item = plan.add_item(f"batch {n}", why="w" * rng.randrange(0, 3000))
            for day in range(3):
                plan.check_in(item.id, date(2024, 1, 1) + timedelta(days=day), Outcome.TRIED)
            plan.adjust_item(item.id, smaller_version=f"smaller {n}", note="x" * rng.randrange(200))
        print(f"ack {n}", flush=True)
        n += 1
        if n % BACKUP_EVERY == 0:
            backup.make_backup(path, "manual")


if __name__ == "__main__":
    main()
