"""Helpers for the UI tests: answering dialogs through their own buttons, and reading what a
person sees.

Dialogs are modal ``exec()`` calls. The helpers here replace ``exec`` with a function that fills
in the dialog's own widgets and then clicks its real buttons, so the dialog's wiring (a disabled
Save button, accept/reject) is exercised and not bypassed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QWidget,
)

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
