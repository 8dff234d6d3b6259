"""When the session ends from outside the window: a logout, a shutdown, `kill`. On POSIX that
comes as SIGTERM or SIGHUP, which the app meets as a close that asks nothing. On Windows it comes
as window messages: first Qt's commitDataRequest (WM_QUERYENDSESSION: store what is typed, and
the shutdown may still be held up), then aboutToQuit (WM_ENDSESSION: the process is ended as
soon as that returns, so no window is closed and app.exec never returns)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Sequence
from types import FrameType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QSessionManager

    from desktop.ui.app.main_window import MainWindow


def _noted(_number: int, _frame: FrameType | None) -> None:
    """Python's half of the SIGTERM and SIGHUP handler: nothing to do, the signal's number is
    already in the wake-up pipe (on_ending_signals), and the event loop acts on it."""


def on_ending_signals(end: Callable[[], None]) -> Callable[[], None]:
    """On POSIX, have SIGTERM and SIGHUP (a logout, a shutdown, `kill`, a closed terminal) call
    end on the main thread, from the event loop; returns what puts things back as they were.

    The signal's C handler writes its number to a non-blocking pipe (signal.set_wakeup_fd), and
    a QSocketNotifier on the pipe's other end wakes the event loop, which reads the number and
    calls end. Nothing polls, and nothing of the app runs inside a signal handler. A signal that
    comes before the event loop runs waits in the pipe until it does.

    On Windows nothing is installed and nothing changes: SIGTERM can't be caught there (another
    process ends this one with TerminateProcess, which nothing can answer), and a logoff comes
    as a window message instead.
    """
    if os.name != "posix":
        return lambda: None

    import signal

    from PySide6.QtCore import QSocketNotifier

    # A signal set to be ignored stays ignored (SIGHUP under nohup, say).
    wanted = {
        int(number)
        for number in (signal.SIGTERM, signal.SIGHUP)
        if signal.getsignal(number) is not signal.SIG_IGN
    }
    read_end, write_end = os.pipe()
    os.set_blocking(read_end, False)
    os.set_blocking(write_end, False)  # a signal handler never waits for the pipe
    previous_fd = signal.set_wakeup_fd(write_end)
    previous = {number: signal.signal(number, _noted) for number in wanted}
    notifier = QSocketNotifier(read_end, QSocketNotifier.Type.Read)

    def woken() -> None:
        arrived = b""
        with contextlib.suppress(BlockingIOError):
            while chunk := os.read(read_end, 64):
                arrived += chunk
        if wanted & set(arrived):  # (other signals Python handles write their numbers too)
            end()

    notifier.activated.connect(woken)

    def undo() -> None:
        notifier.setEnabled(False)
        signal.set_wakeup_fd(previous_fd)
        for number, handler in previous.items():
            signal.signal(number, signal.SIG_DFL if handler is None else handler)
        os.close(read_end)
        os.close(write_end)

    return undo


def store_before_the_session_ends(manager: QSessionManager, windows: Sequence[MainWindow]) -> None:
    """Qt's commitDataRequest (on Windows WM_QUERYENDSESSION; an X11 session manager's save):
    store what is typed in every window. Should some of it not go through (a full disk), the
    person is asked, if the system lets the app ask, and choosing to keep the app open holds
    the logout or shutdown up (Windows then names the app that is holding it up)."""
    for window in windows:
        if window.commit_pending():
            continue
        if not manager.allowsInteraction():
            continue  # nothing can be asked now: the words are lost only if the session ends
        close = window.ask_close_anyway()
        manager.release()
        if not close:
            manager.cancel()
            return
