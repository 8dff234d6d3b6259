"""One running app per data folder: a QLockFile beside the database, and a per-user local
server through which a second launch asks the running window to come to the front."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from desktop.store.lock import lock_path

ACTIVATE, DONE = b"activate\n", b"ok\n"
HAND_OVER_TIMEOUT_MS = 3000


def server_name(db_path: Path) -> str:
    """A local server name for this user and this data file (a Unix socket / a named pipe)."""
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = hashlib.sha256(f"{user}\n{db_path.resolve()}".encode()).hexdigest()[:16]
    return f"between-sessions-{user}-{digest}"


class SingleInstance(QObject):
    """Claims the data folder for this process; emits activated when another launch asks."""

    activated = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(db_path)
        self._lock_file = lock_path(db_path)
        self._lock = QLockFile(str(self._lock_file))
        # Held for as long as the app runs: never stale by age. A lock left by a crashed
        # process is still recovered at once (QLockFile checks whether its process is alive).
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        """Take the lock and start listening; False when another process holds the data."""
        if not self._lock.tryLock(0):
            return False
        if os.name == "posix":
            os.chmod(self._lock_file, 0o600)
        # We hold the lock, so no live instance of this data is listening on this name: a
        # socket file left under it is a crashed instance's, safe to remove.
        QLocalServer.removeServer(self.name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if server.listen(self.name):
            server.newConnection.connect(self._answer)
            self._server = server
        return True

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
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(ACTIVATE)
    socket.waitForBytesWritten(timeout_ms)
    answered = socket.waitForReadyRead(timeout_ms) and bytes(socket.readAll().data()) == DONE
    socket.disconnectFromServer()
    return answered
