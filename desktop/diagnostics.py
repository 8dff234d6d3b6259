"""What the app says about itself, for diagnostics: on stderr when there is one, and in a small
rotating log file (paths.log_dir()).

A Windows app started from its icon has no stderr at all, so without the file what it says at
start (a damaged file set aside, a backup put back, the search index rebuilt) and the details of
a bug would be lost. The file holds only what the app itself says: paths, what it did, and a
bug's traceback; never what the person wrote. It is private to this user (0600 on POSIX) and
kept small: past LOG_BYTES its lines move to .1 (and .1's to .2), and the oldest go.

Imported when the app first has something to say (logging costs a few milliseconds to import):
a start with nothing to say pays nothing.
"""

from __future__ import annotations

import io
import logging
import os
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import cast

from desktop import APP_NAME, paths

LOG_NAME = "between-sessions.log"
#: The largest the log file grows before its lines move to .1 (and .1's to .2).
LOG_BYTES = 256 * 1024
KEPT = 2

_LOGGER = logging.getLogger("between_sessions")
_OWN: list[logging.Handler] = []  # the handlers set up by the first line said


def say(message: str) -> None:
    """Say something about the app (never the person's words): on stderr and in the log."""
    _ready().info(message)


def bug(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """Keep a bug's details, its traceback: on stderr and in the log."""
    _ready().error("".join(traceback.format_exception(kind, error, tb)).rstrip())


def log_file() -> Path:
    """Where the log is kept."""
    return paths.log_dir() / LOG_NAME


def stop() -> None:
    """Close the log file (at exit, and in tests): the next line sets it up afresh."""
    while _OWN:
        handler = _OWN.pop()
        _LOGGER.removeHandler(handler)
        handler.close()


def _ready() -> logging.Logger:
    if _OWN:
        return _LOGGER
    _LOGGER.setLevel(logging.INFO)
    _LOGGER.propagate = False
    to_stderr = _ToStderr()
    to_stderr.setFormatter(logging.Formatter(f"{APP_NAME}: %(message)s"))
    _OWN.append(to_stderr)
    try:
        log_file().parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        to_file = _PrivateRotatingFile(
            log_file(), maxBytes=LOG_BYTES, backupCount=KEPT, encoding="utf-8"
        )
    except OSError:
        pass  # (a folder that can't be written: stderr only)
    else:
        to_file.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        _OWN.append(to_file)
    for handler in _OWN:
        _LOGGER.addHandler(handler)
    return _LOGGER


class _ToStderr(logging.Handler):
    """Writes to sys.stderr as it is when a line is said; a Windows app has none at all."""

    def emit(self, record: logging.LogRecord) -> None:
        stream = sys.stderr
        if stream is None:
            return
        try:
            stream.write(self.format(record) + "\n")
            stream.flush()
        except (OSError, ValueError):  # a closed or broken stderr
            pass


class _PrivateRotatingFile(RotatingFileHandler):
    """The log file, made readable by this user only; a line that can't be written (a full
    disk, a file another program holds on Windows) goes to stderr only, with no complaint."""

    def _open(self) -> io.TextIOWrapper:
        def private(name: str, flags: int) -> int:
            return os.open(name, flags, 0o600)  # (flags hold O_BINARY: open's own)

        # (the handler keeps the file open, and closes it)
        opened = open(self.baseFilename, self.mode, encoding=self.encoding, opener=private)  # noqa: SIM115
        return cast("io.TextIOWrapper", opened)

    def handleError(self, record: logging.LogRecord) -> None:
        pass
