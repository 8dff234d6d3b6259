"""The SIGKILL loop shared by the crash test (200 runs) and bench/kill_loop.py (1,000 runs)."""

from __future__ import annotations

import contextlib
import os
import random
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from desktop.store import backup, engine

WRITER = Path(__file__).with_name("crash_writer.py")
REPO = Path(__file__).resolve().parents[2]
BATCH = re.compile(r"^batch (\d+)$")


@dataclass
class Tally:
    """What the loop found."""

    runs: int = 0
    acknowledged: int = 0
    damaged: list[str] = field(default_factory=list)
    lost: list[int] = field(default_factory=list)
    half_written: list[int] = field(default_factory=list)
    bad_backups: list[str] = field(default_factory=list)
    checked_backups: set[str] = field(default_factory=set)
    seconds: float = 0.0


def _check(path: Path, acked: set[int], tally: Tally) -> None:
    """Open the file as the app would (recovering the -wal) and look at everything (with the
    app's own engine, keyed when the store is encrypted)."""
    with contextlib.closing(engine.connect(path)) as conn:
        verdict = conn.execute("PRAGMA integrity_check").fetchall()
        if verdict != [("ok",)]:
            tally.damaged.append(f"run {tally.runs}: {verdict[:3]}")
            return
        items = {
            int(m.group(1)): item_id
            for item_id, title in conn.execute("SELECT id, title FROM plan_item")
            if (m := BATCH.match(title))
        }
        check_ins = dict(conn.execute("SELECT item_id, count(*) FROM check_in GROUP BY item_id"))
        adjustments = dict(
            conn.execute("SELECT item_id, count(*) FROM adjustment GROUP BY item_id")
        )
    tally.lost += sorted(acked - set(items))
    for batch, item_id in items.items():
        if check_ins.get(item_id) != 3 or adjustments.get(item_id) != 1:
            tally.half_written.append(batch)
    backups = path.parent / "backups"
    if backups.is_dir():
        # Packed (.sqlite3.gz, unpacked in memory and checked) and plain (.sqlite3) backups.
        for found in sorted(backups.glob("backup-*.sqlite3*")):
            if not found.name.endswith((".sqlite3", ".sqlite3.gz")):
                continue  # an unfinished one (.partial): never renamed into place
            if found.name in tally.checked_backups:
                continue  # a finished backup never changes
            tally.checked_backups.add(found.name)
            if backup.problems_with(found) is not None:
                tally.bad_backups.append(found.name)


def kill_loop(folder: Path, runs: int, seed: int = 1, passphrase: str | None = None) -> Tally:
    """Start a writer, let it write a random while, SIGKILL it; check; repeat. With a
    passphrase, the store in folder is an encrypted one (unlocked in this process already)."""
    rng = random.Random(seed)
    path = folder / "between-sessions.sqlite3"
    folder.mkdir(parents=True, exist_ok=True)
    tally = Tally()
    acked: set[int] = set()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    started = time.monotonic()
    for run in range(runs):
        tally.runs = run + 1
        writer = subprocess.Popen(
            [
                sys.executable,
                str(WRITER),
                str(path),
                str(rng.randrange(1 << 30)),
                *([passphrase] if passphrase else []),
            ],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert writer.stdout is not None
        # Kill at a random moment: sometimes while it opens (or builds the first file), usually
        # after a random number of acknowledged batches plus a random fraction of the next.
        wanted = rng.choice([0, 0, 1, 2, 3, 5, 8, 13])
        got = 0
        if wanted:
            while got < wanted:
                line = writer.stdout.readline()
                if not line:
                    break
                if line.startswith("ack "):
                    acked.add(int(line.split()[1]))
                    got += 1
        else:
            time.sleep(rng.uniform(0, 0.08))  # a random moment during start-up
        time.sleep(rng.uniform(0, 0.004))
        writer.send_signal(signal.SIGKILL)
        rest, _ = writer.communicate()
        # Anything acknowledged before the kill landed on stdout counts too.
        acked |= {int(m) for m in re.findall(r"^ack (\d+)$", rest, re.MULTILINE)}
        if path.exists():
            _check(path, acked, tally)
    tally.acknowledged = len(acked)
    tally.seconds = time.monotonic() - started
    return tally
