"""Between Sessions: a private, offline companion for the days between therapy sessions."""

from importlib import metadata

APP_NAME = "Between Sessions"
APP_ID = "org.betweensessions.BetweenSessions"

try:
    __version__ = metadata.version("between-sessions")
except metadata.PackageNotFoundError:  # running from a frozen bundle or a bare checkout
    __version__ = "0.1.0"
