"""One running app per data folder: a QLockFile beside the database, and a per-user local
server through which a second launch asks the running window to come to the front.

QtNetwork is imported only once the window is on screen (listen) or by a second launch (ask):
taking the lock needs QtCore alone, so it costs nothing on the way to the first window.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal, Slot

from desktop.store.lock import lock_path

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

ACTIVATE, DONE = b"activate\n", b"ok\n"
HAND_OVER_TIMEOUT_MS = 3000
RETRY_MS = 50  # a second launch while the first is still starting: its server may not be up


def server_name(db_path: Path) -> str:
    """A local server name for this user and this data file (a Unix socket / a named pipe)."""
    import hashlib  # here: loading it costs 2 ms, and the name is only needed after start

    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = hashlib.sha256(f"{user}\n{db_path.resolve()}".encode()).hexdigest()[:16]
    return f"between-sessions-{user}-{digest}"


class SingleInstance(QObject):
    """Claims the data folder for this process; emits activated when another launch asks."""

    activated = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self._lock_file = lock_path(db_path)
        self._lock = QLockFile(str(self._lock_file))
        # Held for as long as the app runs: never stale by age. A lock left by a crashed
        # process is still recovered at once (QLockFile checks whether its process is alive).
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    @property
    def name(self) -> str:
        """The local server's name for this data."""
        return server_name(self._db_path)

    def claim(self) -> bool:
        """Take the lock; False when another process holds the data."""
        if not self._lock.tryLock(0):
            return False
        if os.name == "posix":
            os.chmod(self._lock_file, 0o600)
        return True

    def listen(self) -> None:
        """Answer later launches (call once the lock is claimed): they bring this window forward."""
        from PySide6.QtNetwork import QLocalServer

        assert self._lock.isLocked()
        # We hold the lock, so no live instance of this data is listening on this name: a
        # socket file left under it is a crashed instance's, safe to remove.
        QLocalServer.removeServer(self.name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if server.listen(self.name):
            server.newConnection.connect(self._answer)
            self._server = server

    @Slot()
    def _answer(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if socket.canReadLine() and bytes(socket.readLine().data()) == ACTIVATE:
            socket.write(DONE)
            socket.flush()
            self.activated.emit()
            socket.disconnectFromServer()

    def release(self) -> None:
        """Stop listening and let the lock go (at exit)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()


def ask_running_instance(name: str, timeout_ms: int = HAND_OVER_TIMEOUT_MS) -> bool:
    """Ask the instance listening on name to show its window; True when it said it did."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        socket.connectToServer(name)
        if socket.waitForConnected(timeout_ms):
            break
        # Nothing listening yet: the running app may have just started. Ask again shortly.
        if time.monotonic() >= deadline:
            return False
        time.sleep(RETRY_MS / 1000)
    socket.write(ACTIVATE)
    socket.waitForBytesWritten(timeout_ms)
    answered = socket.waitForReadyRead(timeout_ms) and bytes(socket.readAll().data()) == DONE
    socket.disconnectFromServer()
    return answered


def claim(db_path: Path) -> SingleInstance | bool:
    """Claim the data for this process; if another has it, ask it to come to the front.

    Returns the SingleInstance to keep, True when the running app took over (exit quietly),
    or False when the data is busy and nothing answered (an import from the command line).
    """
    instance = SingleInstance(db_path)
    if instance.claim():
        return instance
    return ask_running_instance(instance.name)
