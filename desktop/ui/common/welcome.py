"""The calm first page a tab shows while it holds nothing yet: a heading, a few lines that say
what the tab is for, and the way to begin, centred in the space the tab has."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

#: The widest the words run, in average characters: a comfortable line to read.
LINE_CHARS = 84


def welcome_page(heading: str, body: str, buttons: Sequence[QPushButton]) -> QWidget:
    """A page with heading, body (paragraphs split by a blank line) and buttons in a row below,
    all centred; the words wrap to the width given and never run wider than LINE_CHARS."""
    title = QLabel(heading)
    font = QFont(title.font())
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    title.setFont(font)
    title.setWordWrap(True)
    title.setAlignment(Qt.AlignmentFlag.AlignCenter)
    text = QLabel(body)
    text.setWordWrap(True)
    text.setAlignment(Qt.AlignmentFlag.AlignCenter)
    button_row = QHBoxLayout()
    button_row.addStretch(1)
    for button in buttons:
        button_row.addWidget(button)
    button_row.addStretch(1)

    column = QWidget()
    line = column.fontMetrics().height()
    column.setMaximumWidth(column.fontMetrics().averageCharWidth() * LINE_CHARS)
    column_layout = QVBoxLayout(column)
    column_layout.addWidget(title)
    column_layout.addSpacing(line)
    column_layout.addWidget(text)
    column_layout.addSpacing(line)
    column_layout.addLayout(button_row)
    across = QHBoxLayout()  # all the width there is, up to the line; centred beyond it
    across.addStretch(1)
    across.addWidget(column, 1000)
    across.addStretch(1)
    page = QWidget()
    down = QVBoxLayout(page)
    down.addStretch(1)
    down.addLayout(across)
    down.addStretch(2)
    return page
