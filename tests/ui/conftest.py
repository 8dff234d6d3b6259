"""Shared pieces for the UI tests: a plan tab over an empty store, and answers for dialogs.

Dialogs are modal ``exec()`` calls. The helpers here replace ``exec`` with a function that fills
in the dialog's own widgets and then clicks its real buttons, so the dialog's wiring (a disabled
Save button, accept/reject) is exercised and not bypassed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QWidget,
)

from desktop.store import plan
from desktop.store.records import PlanItem

SAVE = QDialogButtonBox.StandardButton.Save
CANCEL = QDialogButtonBox.StandardButton.Cancel


def plain(text: str) -> str:
    """A button's text as a person reads it: mnemonic ampersands removed."""
    return re.sub(r"&(.)", r"\1", text)


def click_dialog_button(dialog: QDialog, which: QDialogButtonBox.StandardButton) -> int:
    """Click a standard button of a dialog (if it is enabled) and return the dialog's result."""
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None, "the dialog has no button box"
    button = box.button(which)
    assert button is not None, f"the dialog has no {which} button"
    button.click()  # does nothing when the button is disabled
    return dialog.result()


class DialogAnswers:
    """Replaces a dialog class's exec(); records each dialog it answered."""

    def __init__(self) -> None:
        self.seen: list[Any] = []


def answer_dialog(
    monkeypatch: pytest.MonkeyPatch,
    dialog_class: type[QDialog],
    fill: Callable[[Any], None],
    button: QDialogButtonBox.StandardButton = SAVE,
) -> DialogAnswers:
    """Make every dialog_class.exec() fill the form with fill(dialog) and click button."""
    answers = DialogAnswers()

    def fake_exec(self: QDialog) -> int:
        answers.seen.append(self)
        fill(self)
        return click_dialog_button(self, button)

    monkeypatch.setattr(dialog_class, "exec", fake_exec)
    return answers


def answer_message_box(monkeypatch: pytest.MonkeyPatch, button_text: str) -> list[QMessageBox]:
    """Make every QMessageBox.exec() click the button whose text reads button_text."""
    boxes: list[QMessageBox] = []

    def fake_exec(self: QMessageBox) -> int:
        boxes.append(self)
        for candidate in self.buttons():
            if plain(candidate.text()) == button_text:
                candidate.click()
                break
        else:
            names = [plain(b.text()) for b in self.buttons()]
            raise AssertionError(f"no {button_text!r} button in the message box: {names}")
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return boxes


@pytest.fixture(autouse=True)
def no_unanswered_message_box(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box no test answered would wait forever offscreen: fail at once instead."""

    def unanswered(self: QMessageBox) -> int:
        raise AssertionError(f"an unanswered message box: {self.text()!r}")

    monkeypatch.setattr(QMessageBox, "exec", unanswered)


def visible_texts(root: QWidget) -> list[str]:
    """Every text a person can see or hear in root: labels, buttons, tooltips, spoken names."""
    from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit

    texts: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(plain(widget.text()))
        if isinstance(widget, QGroupBox):
            texts.append(plain(widget.title()))
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
    return [t for t in texts if t]


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
