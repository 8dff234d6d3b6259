"""peewee's SQLite database over the one engine (engine.py): SQLCipher, keyed as engine.connect
keys a connection."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.store import engine

if TYPE_CHECKING:
    from peewee import SqliteDatabase as _Database
else:
    from playhouse.sqlcipher_ext import SqlCipherDatabase as _Database


#: An encrypted file's page cache, in KiB (the engine's own default is 8,000). Each page read from
#: the disk (or the system's cache of it) is decrypted first: kept decrypted here, a search of a
#: ten-year journal takes as long as on a plain file, where it was half as long again. The cache
#: grows only as pages are read.
ENCRYPTED_CACHE_KIB = 32 * 1024


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
            if engine.key_for(self.database) is not None:
                conn.execute(f"PRAGMA cache_size = -{ENCRYPTED_CACHE_KIB}")
            self._add_conn_hooks(conn)  # type: ignore[attr-defined]
        except Exception:
            conn.close()
            raise
        return conn
