"""On Windows, a named mutex that says the app is running, for the installer to find.

The installer (packaging/windows/installer.nsi, .onInit and un.onInit) opens this mutex before it
does anything, and while it exists stops, touching nothing: an upgrade or an uninstall would
otherwise delete _internal under the running app (Windows refuses only the files it has loaded)
and, with "remove my data", the backups. The name is in the session's namespace (Local\\): the
installer is per user (RequestExecutionLevel user, into %LOCALAPPDATA%), and an app another
person runs on the same computer, signed in beside this one, runs from that person's own install,
which this installer never touches. Global\\ would make their app stop this person's uninstall.

Nothing needs to let it go: Windows closes the handle when the process ends, a crash too, so the
mark never outlives the app. Elsewhere there is no installer to tell, and this does nothing.
"""

from __future__ import annotations

import sys

#: The mutex's name; installer.nsi (RUNNING_MUTEX) and windows/standin.c spell it the same way,
#: and tests/test_running_mark.py holds them to it.
MUTEX_NAME = "Local\\org.betweensessions.BetweenSessions.running"


def hold_running_mark() -> int | None:
    """Mark this process as the app running, until it ends; returns the mutex's handle, or None
    (not Windows, or Windows refused: the app runs anyway, it only isn't marked). The handle is
    a plain number: nothing closes it but the end of the process, so it needn't be kept."""
    if sys.platform != "win32":
        return None
    try:
        import ctypes
        from ctypes import wintypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        create_mutex = kernel32.CreateMutexW
        create_mutex.argtypes = (ctypes.c_void_p, wintypes.BOOL, wintypes.LPCWSTR)
        create_mutex.restype = wintypes.HANDLE
        # Never owned, never waited on: the installer asks only whether the name exists. A
        # second launch (on its way to bringing this one forward) opens the same mutex.
        handle = create_mutex(None, False, MUTEX_NAME)
    except Exception:  # no ctypes, no kernel32: run unmarked rather than not at all
        return None
    return int(handle) if handle else None
