"""Compare the start of the frozen app with the same code run from a virtual environment.

    python packaging/measure_start.py FROZEN_EXE VENV_EXE [--runs 9]

Each start is a full `--smoke-test` (open the window, visit every tab, close) on the offscreen
platform with a fresh data folder, timed from process start to exit. The two commands take turns,
after one warm-up start each (so both read from a warm disk cache and the venv has its .pyc files),
and the medians are compared. Prints one line per command and the ratio frozen / venv.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time


def start_once(command: str) -> float:
    """Seconds for one smoke-test start of the command, with its own fresh data folder."""
    with tempfile.TemporaryDirectory() as data, tempfile.TemporaryDirectory() as config:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": config}
        began = time.perf_counter()
        subprocess.run(
            [command, "--smoke-test", "--data-dir", data],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        return time.perf_counter() - began


def main() -> int:
    """Measure, print, and exit non-zero when the frozen app is over the budget."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("frozen")
    parser.add_argument("venv")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--budget", type=float, default=1.1, help="largest allowed ratio")
    args = parser.parse_args()

    times: dict[str, list[float]] = {args.frozen: [], args.venv: []}
    for command in times:
        start_once(command)  # warm-up, not counted
    for _ in range(args.runs):
        for command, seconds in times.items():
            seconds.append(start_once(command))
    medians = {command: statistics.median(seconds) for command, seconds in times.items()}
    for command, seconds in times.items():
        shown = " ".join(f"{value:.3f}" for value in seconds)
        print(f"{command}: median {medians[command]:.3f} s over {args.runs} starts ({shown})")
    ratio = medians[args.frozen] / medians[args.venv]
    print(f"start ratio frozen/venv: {ratio:.3f} (budget {args.budget})")
    return 0 if ratio <= args.budget else 1


if __name__ == "__main__":
    sys.exit(main())
