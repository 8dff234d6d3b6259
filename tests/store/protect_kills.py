"""Kills while encryption is turned on and off: the test's handful (test_protect) and bench/'s
hundreds (bench/kill_loop.py --protecting). After each kill the journal opens, whole: the old
file intact or the new one complete, and nothing half-made is left beside it."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from desktop.store import db, engine, plan, protect

REPO = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse"

# Turns encryption on, or off if it is on (at the floor cost: the kill is what is tested).
CHILD = """
import sys
from pathlib import Path
from desktop.store import keys, protect
keys._calibrated = keys.Cost(*keys.FLOOR)
path = Path(sys.argv[1])
protect.settle(path)
if protect.is_protected(path):
    protect.unprotect(path, passphrase=sys.argv[2])
else:
    protect.protect(path, sys.argv[2])
print("done", flush=True)
"""


@dataclass
class Tally:
    runs: int = 0
    killed: dict[bool, int] = field(default_factory=lambda: {True: 0, False: 0})  # protecting?
    changed: list[int] = field(default_factory=list)  # runs after which the data wasn't whole
    leftovers: list[int] = field(default_factory=list)  # runs that left a half-made file
    seconds: float = 0.0


def titles(path: Path) -> list[str]:
    """The plan's titles in the (unlocked or plain) data file at path."""
    db.open_database(path)
    try:
        return [item.title for item in plan.list_items()]
    finally:
        db.close_database()


def fill(path: Path, items: int = 1500) -> None:
    """Make the plain data file at path large enough (about 4 MB for 1500) that a conversion
    takes a while to kill in."""
    db.open_database(path)
    for number in range(items):
        plan.add_item(f"Item {number}", why=f"{number} " * 600)
    db.close_database()


def protect_kill_loop(path: Path, runs: int, seed: int) -> Tally:
    """Turn encryption on and off in turn in a child process, killed at a random moment of each
    run; check the data at path after every one."""
    expected = titles(path)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-c", CHILD, str(path), PASSPHRASE]

    def whole_run() -> float:
        started = time.perf_counter()
        subprocess.run(command, env=env, check=True, timeout=120, stdout=subprocess.DEVNULL)
        return time.perf_counter() - started

    started = time.monotonic()
    took = {True: whole_run(), False: whole_run()}  # protecting, then unprotecting
    rng = random.Random(seed)
    tally = Tally()
    for run in range(runs):
        tally.runs = run + 1
        protecting = run % 2 == 0  # each way in turn
        if protect.is_protected(path) == protecting:
            whole_run()  # to the state this run starts from
        child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
        try:
            child.wait(timeout=rng.uniform(0.0, 0.9 * took[protecting]))
        except subprocess.TimeoutExpired:
            child.send_signal(signal.SIGKILL if os.name == "posix" else signal.SIGTERM)
            child.wait()
            tally.killed[protecting] += 1
        # Whichever it is now, it opens, whole: plain, or with its passphrase.
        protect.settle(path)
        if protect.is_protected(path):
            protect.unlock(path, passphrase=PASSPHRASE)
        if titles(path) != expected:
            tally.changed.append(run)
        engine.forget_key(path)
        if [p.name for p in path.parent.iterdir() if "crypting" in p.name]:
            tally.leftovers.append(run)
    tally.seconds = time.monotonic() - started
    return tally
