"""Marking the words a search found in the fields of an open entry: a soft mark in the
palette's Highlight, on a QPlainTextEdit (extra selections) or a QLineEdit (input method
formats)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QColor, QInputMethodEvent, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

Spans = tuple[tuple[int, int], ...]


def qt_position(text: str, index: int) -> int:
    """Where a character of text (a Python index) is in the QTextDocument showing it: Qt counts
    UTF-16 units (an emoji is two), and reads "\\r\\n" as one line break."""
    before = text[:index]
    return len(before.encode("utf-16-le")) // 2 - before.count("\r\n")


def look(palette: QPalette) -> QTextCharFormat:
    """The list's soft mark (entry_list.snippet_html): the text keeps its own colour, so the
    person's own selection, in full Highlight, still stands out from it."""
    mark = QTextCharFormat()
    accent = QColor(palette.color(QPalette.ColorRole.Highlight))
    accent.setAlpha(90)
    mark.setBackground(accent)
    return mark


def mark_text(edit: QPlainTextEdit, text: str, spans: Spans) -> bool:
    """Mark spans of text (as stored) in the edit showing it; False when the edit shows
    something else (its words changed since), and nothing is marked."""
    if not spans or qt_position(text, len(text)) != edit.document().characterCount() - 1:
        return False
    selections = []
    for start, end in spans:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(edit.document())
        cursor.setPosition(qt_position(text, start))
        cursor.setPosition(qt_position(text, end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = look(edit.palette())
        selections.append(selection)
    edit.setExtraSelections(selections)
    return True


def show_first(edit: QPlainTextEdit) -> None:
    """Put the cursor at the first mark, in the middle of the box with the lines around it
    (ensureCursorVisible would leave it at the foot)."""
    selections = edit.extraSelections()  # (held: the cursor is the list's own)
    cursor = QTextCursor(selections[0].cursor)
    cursor.setPosition(cursor.selectionStart())
    edit.setTextCursor(cursor)
    edit.centerCursor()
    QTimer.singleShot(0, edit, edit.centerCursor)  # once laid out, if it wasn't yet


def marked_words(edit: QPlainTextEdit) -> list[str]:
    """The words marked in an edit."""
    selections = edit.extraSelections()
    return [QTextCursor(selection.cursor).selectedText() for selection in selections]


def clear_text(edit: QPlainTextEdit) -> None:
    """Take an edit's marks away."""
    if edit.extraSelections():
        edit.setExtraSelections([])


def mark_line(edit: QLineEdit, spans: Spans) -> None:
    """Mark spans of a line edit's text (() takes the marks away).

    A QLineEdit has no extra selections. Its text is drawn with the formats an input method's
    event gives it: one with no text to insert only sets them (as an input method marks the
    words it is composing), so nothing is typed or undoable; one with none takes them away.
    A read-only line edit takes no input method's events: it stays unmarked.
    """
    text, cursor, mark = edit.text(), edit.cursorPosition(), look(edit.palette())
    kind = QInputMethodEvent.AttributeType.TextFormat
    attributes = [
        QInputMethodEvent.Attribute(
            kind,
            qt_position(text, start) - cursor,
            qt_position(text, end) - qt_position(text, start),
            mark,
        )
        for start, end in spans
    ]
    QCoreApplication.sendEvent(edit, QInputMethodEvent("", attributes))
