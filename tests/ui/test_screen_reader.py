"""ui/common/screen_reader.py: what a screen reader hears, and where the keyboard can go."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QInputDialog, QPlainTextEdit, QWidget

from desktop.ui.common.screen_reader import readable_input_dialogs


def test_an_input_dialog_names_its_field_and_tab_leaves_a_field_of_many_lines(
    qtbot: Any,
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    readable_input_dialogs(parent)
    parent.show()
    qtbot.waitExposed(parent)
    met: dict[str, Any] = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # (not up yet)
            QTimer.singleShot(10, look)
            return
        field = dialog.findChild(QPlainTextEdit)
        assert isinstance(dialog, QInputDialog) and field is not None
        interface = QAccessible.queryAccessibleInterface(field)
        met["name"] = interface.text(QAccessible.Text.Name) if interface else ""
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_Tab)
        met["after Tab"] = QApplication.focusWidget()
        met["text"] = field.toPlainText()
        met["field"] = field
        dialog.reject()

    QTimer.singleShot(0, look)
    QInputDialog.getMultiLineText(parent, "Your own prompt", "A question to write from:", "Hi")

    assert met["name"] == "A question to write from:"
    assert met["after Tab"] is not met["field"]  # on to the buttons
    assert met["text"] == "Hi"  # no tab typed into it
