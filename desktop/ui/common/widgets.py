"""Small pieces several screens share, so they look and read the same everywhere."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QTreeView,
    QWidget,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("common", text)


def move_buttons() -> tuple[QToolButton, QToolButton]:
    """Arrow buttons to move the selected line up and down (Alt+Up, Alt+Down)."""
    buttons = []
    for arrow, name, keys in (
        (Qt.ArrowType.UpArrow, _tr("Move up"), "Alt+Up"),
        (Qt.ArrowType.DownArrow, _tr("Move down"), "Alt+Down"),
    ):
        button = QToolButton()
        button.setArrowType(arrow)
        button.setAccessibleName(name)
        button.setToolTip(f"{name} ({keys})")
        buttons.append(button)
    return buttons[0], buttons[1]


def reading_tree(model: QAbstractItemModel, name: str) -> QTreeView:
    """A tree for reading grouped lines (no header, no branch marks, always open)."""
    tree = QTreeView()
    tree.setModel(model)
    tree.setHeaderHidden(True)
    tree.setRootIsDecorated(False)
    tree.setItemsExpandable(False)
    tree.setWordWrap(True)
    tree.setAccessibleName(name)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    return tree


def undo_bar(text: str, spoken: str = "") -> tuple[QWidget, QLabel, QPushButton]:
    """A quiet line that says what just happened, with an Undo button; hidden until needed."""
    label = QLabel(text)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    button = QPushButton(_tr("&Undo"))
    if spoken:
        button.setAccessibleName(spoken)
    bar = QWidget()
    row = QHBoxLayout(bar)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(label)
    row.addWidget(button)
    row.addStretch(1)
    bar.hide()
    return bar, label, button
