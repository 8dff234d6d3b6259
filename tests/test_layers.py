"""The house rules, read from the source: which layer may import which, one clock, and every
error the store can raise has words for the person.

The layers (docs/architecture.md): store (peewee, no Qt) ← content, reports (no Qt) ← ui. In the
UI, app/ composes the three feature packages (plan, journal, encouragement); they share common/
and talk to each other only through app/events (and write through app/write, as an app/tab).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

import desktop
from desktop.reports import errors as words_for_errors
from desktop.store import errors

PACKAGE = Path(desktop.__file__).resolve().parent
FEATURES = ("plan", "journal", "encouragement")
#: What a feature package may use of ui/app: the change path, nothing else.
APP_FOR_FEATURES = {"desktop.ui.app.events", "desktop.ui.app.write", "desktop.ui.app.tab"}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"))


def _modules() -> Iterator[tuple[str, Path]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        yield _module_name(path), path


def _imports(path: Path) -> set[str]:
    """Every module a file imports, at the top or inside a function, typing-only ones too."""
    found: set[str] = set()
    package = _module_name(path).rsplit(".", 1)[0] if path.name != "__init__.py" else ""
    for node in ast.walk(_tree(path)):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative (the house has none, but never let one slip through)
                base = ".".join(
                    [*package.split(".")[: len(package.split(".")) - node.level + 1], base]
                )
            found.add(base)
            found |= {f"{base}.{alias.name}" for alias in node.names}
    return found


def _within(name: str, *prefixes: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def _violations(rule: str, layer: str, forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{module} imports {imported} ({rule})"
        for module, path in _modules()
        if _within(module, layer)
        for imported in sorted(_imports(path))
        if _within(imported, *forbidden)
    ]


@pytest.mark.parametrize("layer", ["desktop.store", "desktop.content", "desktop.reports"])
def test_the_layers_below_the_ui_import_no_qt_and_no_ui(layer: str) -> None:
    assert _violations("no Qt below the UI", layer, ("PySide6", "shiboken6", "desktop.ui")) == []


def test_the_store_imports_nothing_above_it() -> None:
    above = ("desktop.content", "desktop.reports", "desktop.ui", "desktop.app", "desktop.cli")
    assert _violations("the store is the bottom layer", "desktop.store", above) == []


def test_the_ui_has_no_sql() -> None:
    sql = ("peewee", "playhouse", "sqlite3", "desktop.store.models")
    assert _violations("the UI calls named store functions", "desktop.ui", sql) == []


@pytest.mark.parametrize("feature", FEATURES)
def test_a_feature_never_imports_another(feature: str) -> None:
    others = tuple(f"desktop.ui.{other}" for other in FEATURES if other != feature)
    assert _violations("features talk through events", f"desktop.ui.{feature}", others) == []


@pytest.mark.parametrize("feature", FEATURES)
def test_a_feature_uses_only_the_change_path_of_the_app(feature: str) -> None:
    found = []
    for module, path in _modules():
        if not _within(module, f"desktop.ui.{feature}"):
            continue
        allowed = APP_FOR_FEATURES | (
            {"desktop.ui.app.run_alone"} if module.endswith("__main__") else set()
        )
        for imported in _imports(path):
            from_the_app = _within(imported, "desktop.ui.app") and imported != "desktop.ui.app"
            if from_the_app and not any(_within(imported, a) for a in allowed):
                found.append(f"{module} imports {imported}")
    assert found == []


def test_common_knows_no_feature_and_not_the_app() -> None:
    forbidden = ("desktop.ui.app", *(f"desktop.ui.{f}" for f in FEATURES))
    assert _violations("common is feature-free", "desktop.ui.common", forbidden) == []


def test_only_paths_knows_where_files_live() -> None:
    found = [
        module
        for module, path in _modules()
        if "appdirs" in _imports(path) and module != "desktop.paths"
    ]
    assert found == []


CLOCK_CALLS = {("date", "today"), ("datetime", "now"), ("datetime", "today"), ("time", "localtime")}


def test_only_the_clock_asks_the_system_for_the_time() -> None:
    found = []
    for module, path in _modules():
        if module == "desktop.clock":
            continue
        for node in ast.walk(_tree(path)):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and (node.func.value.id, node.func.attr) in CLOCK_CALLS
            ):
                found.append(f"{module}:{node.lineno} {node.func.value.id}.{node.func.attr}()")
    assert found == []


def _store_error_classes() -> set[str]:
    return {
        name
        for name, value in vars(errors).items()
        if isinstance(value, type) and issubclass(value, errors.StoreError)
    }


def _raised_codes() -> Iterator[tuple[str, str]]:
    """(module:line, code) for every store error raised with a code, anywhere in the app."""
    classes = _store_error_classes()
    for module, path in _modules():
        for node in ast.walk(_tree(path)):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in classes or not node.args:
                continue
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                yield f"{module}:{node.lineno}", first.value


#: Codes explain() words itself (their words depend on their details), not from TEXTS.
WORDED_APART = {
    "cannot_save",
    "not_found",
    "import.refused",
    "open.disk",
    "backup.failed",
    "backup.restore_failed",
    "backup.unrestorable",
}


def test_every_error_raised_has_words_for_the_person() -> None:
    raised = list(_raised_codes())
    assert len(raised) > 40  # the walk finds them (a control)
    known = set(words_for_errors.TEXTS) | WORDED_APART
    assert [f"{where} {code}" for where, code in raised if code not in known] == []


def test_no_words_wait_for_an_error_that_is_never_raised() -> None:
    # A code is raised where it is written (some reach the error through a helper).
    written = {
        node.value
        for module, path in _modules()
        if module != "desktop.reports.errors"
        for node in ast.walk(_tree(path))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }
    assert sorted(set(words_for_errors.TEXTS) - written) == []


def test_the_store_never_raises_a_sentence() -> None:
    # An error's first argument is a code ("input.too_long"), never words for the person.
    found = [
        f"{where} {code!r}"
        for where, code in _raised_codes()
        if where.startswith("desktop.store") and (" " in code or not code.islower())
    ]
    assert found == []
