"""PySide's import hook stops reading the source of every module imported (import_hook.py)."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path

import pytest

from desktop.ui.common.import_hook import stop_reading_sources


def test_a_module_imported_afterwards_is_not_read_by_pysides_hook(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import PySide6.QtCore  # noqa: F401  (the hook comes with PySide)

    feature = sys.modules["shibokensupport.feature"]
    monkeypatch.setattr(feature, "_mod_uses_pyside", feature._mod_uses_pyside)  # (put back)
    source = tmp_path / "a_module_of_words.py"
    source.write_text('WORDS = "a line of its own"\n', encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))

    stop_reading_sources()
    linecache.clearcache()
    module = __import__("a_module_of_words")  # (as an import statement: PySide's hook sees it)

    assert module.WORDS == "a line of its own"
    assert str(source) not in linecache.cache  # PySide read it, and kept it there, before
    assert feature.pyside_feature_dict["a_module_of_words"] == 0  # PySide's default, as ever
    monkeypatch.delitem(sys.modules, "a_module_of_words")
