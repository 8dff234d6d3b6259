"""peewee's SQLite database over the one engine (engine.py): SQLCipher, keyed as engine.connect
keys a connection."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.store import engine

if TYPE_CHECKING:
    from peewee import SqliteDatabase as _Database
else:
    from playhouse.sqlcipher_ext import SqlCipherDatabase as _Database


class Database(_Database):
    """The store's database: every connection it opens is keyed as engine.connect() keys one,
    and waits as long as init(timeout=...) says for a busy file (peewee's own
    SqlCipherDatabase drops the timeout)."""

    def _connect(self) -> engine.dbapi.Connection:
        timeout = getattr(self, "_timeout", 5)  # peewee's init(timeout=...)
        conn = engine.connect(
            self.database, timeout=timeout, isolation_level=None, **self.connect_params
        )
        try:
            self._add_conn_hooks(conn)  # type: ignore[attr-defined]
        except Exception:
            conn.close()
            raise
        return conn
