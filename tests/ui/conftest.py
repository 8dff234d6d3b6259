"""Fixtures for the UI tests: tabs and a main window over an empty store, and no message box
left waiting (the helpers that answer dialogs are in tests/ui/helpers.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QMessageBox,
    QWidget,
)

from desktop.store import plan
from desktop.store.records import PlanItem


@pytest.fixture(autouse=True)
def no_unanswered_message_box(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box no test answered would wait forever offscreen: fail at once instead."""

    def unanswered(self: QMessageBox) -> int:
        raise AssertionError(f"an unanswered message box: {self.text()!r}")

    monkeypatch.setattr(QMessageBox, "exec", unanswered)


@pytest.fixture
def add_items(store: Path) -> Callable[..., list[PlanItem]]:
    """Add plan items straight to the store (for tests about something other than adding)."""

    def add(*titles: str, **fields: Any) -> list[PlanItem]:
        return [plan.add_item(title, **fields) for title in titles]

    return add


@pytest.fixture
def writer(qtbot: Any) -> Any:
    """A Writer for a dialog tested on its own (its changes are announced to nobody)."""
    from desktop.ui.app.events import Events
    from desktop.ui.app.write import Writer

    screen = QWidget()
    qtbot.addWidget(screen)
    return Writer(Events(screen), screen)


@pytest.fixture
def make_tab(qtbot: Any, store: Path) -> Callable[[], Any]:
    """Build an Action plan tab over the test store, as it looks when the app starts."""
    from desktop.ui.app.events import Events
    from desktop.ui.plan.tab import PlanTab

    def make() -> PlanTab:
        widget = PlanTab(Events())  # the tab keeps its Events alive
        widget.resize(1100, 720)
        qtbot.addWidget(widget)
        return widget

    return make


@pytest.fixture
def tab(make_tab: Callable[[], Any]) -> Any:
    """An Action plan tab over the empty test store (not shown)."""
    return make_tab()


@pytest.fixture
def shown_tab(qtbot: Any, tab: Any) -> Any:
    """The plan tab, shown and active, for keyboard tests."""
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    return tab


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def make_window(qtbot: Any, store: Path, settings_path: Path) -> Callable[..., Any]:
    """Open a main window on the test store, with settings kept in a temporary file."""

    def make(*, data_open: bool = True) -> Any:
        from PySide6.QtCore import QSettings

        from desktop.ui.app.main_window import MainWindow

        settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
        window = MainWindow(store.parent, settings, data_open=data_open)
        qtbot.addWidget(window)
        return window

    return make
