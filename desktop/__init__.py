"""Between Sessions: a private, offline companion for the days between therapy sessions."""

from __future__ import annotations

from functools import cache

APP_NAME = "Between Sessions"
APP_ID = "org.betweensessions.BetweenSessions"


@cache
def version() -> str:
    """The app's version, from the package metadata (read on first use: it is slow to import)."""
    from importlib import metadata

    try:
        return metadata.version("between-sessions")
    except metadata.PackageNotFoundError:  # a bare checkout with nothing installed
        return "0.1.0"


def __getattr__(name: str) -> str:
    # `desktop.__version__` keeps working, without paying for importlib.metadata at start.
    if name == "__version__":
        return version()
    raise AttributeError(name)
