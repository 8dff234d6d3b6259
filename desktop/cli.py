"""Command-line parsing."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from desktop import APP_NAME, __version__


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse the command line (``--help`` and ``--version`` print and exit here)."""
    parser = argparse.ArgumentParser(
        prog="between-sessions",
        description=f"{APP_NAME}: a private, offline companion for the days between "
        "therapy sessions. Everything stays in one file on this computer.",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep the data in DIR instead of the usual per-user data folder "
        "(created if missing; useful for portable use and tests)",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the main window, visit every tab, close cleanly and exit 0 (for CI)",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return parser.parse_args(argv)
