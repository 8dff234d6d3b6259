"""PySide's import hook, told what it would find: the app never selects a `__feature__`."""

from __future__ import annotations

import sys


def stop_reading_sources() -> None:
    """Let PySide's import hook take every module imported from now on as one that uses
    PySide, instead of reading its whole source to see.

    PySide looks at each module imported after it (shibokensupport/feature.py,
    `_mod_uses_pyside`: inspect.getsource, the text searched for "PySide6") to know which
    modules a `from __feature__ import ...` switches. The app never makes that import, so
    every module sees PySide as it is either way. Reading the sources (peewee's, the store's,
    the tabs') cost 40 ms before the journal's first rows on the bench's two cores, and left
    them in linecache (3 MiB of the peak). Should PySide's internals differ, nothing changes.
    """
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        setattr(feature, "_mod_uses_pyside", _uses_pyside)  # noqa: B010 (a module of PySide)


def _uses_pyside(_module: object) -> bool:
    return True  # (the answer that leaves a module's features as PySide's defaults)
