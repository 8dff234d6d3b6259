"""Reading a screen as a translator would: every text a person sees, and whether it fits.

Used by test_pseudo_walk.py (the pseudo-locale) and test_rtl.py. ``texts(root)`` lists what the
visible widgets under root say (labels, buttons, group box titles, tabs, placeholders, tool tips,
accessible names, the window title); ``english(text)`` tells whether any of it is left in English
(outside every pseudo bracket); ``cut_off(root)`` lists the labels and buttons whose text needs
more room than they have.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QRect, Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QTabBar,
    QTextEdit,
    QWidget,
)

from tests.translations.pseudo import CLOSE, OPEN

#: Qt's own dialogs: their texts are Qt's, translated by qtbase_<language>.qm.
QT_DIALOGS = (QPrintDialog, QFileDialog)

#: How much a size hint may exceed the room given (rounding in the layouts).
SLACK = 2

_BRACKETED = re.compile(re.escape(OPEN) + r"[^" + re.escape(CLOSE) + r"]*" + re.escape(CLOSE))
_TAG = re.compile(r"<[^>]*>")
_SHORTCUT = re.compile(r"\((?:[A-Za-z]+\+)+[A-Za-z0-9]+\)")
_WORD = re.compile(r"[A-Za-z]{2,}")


@dataclass(frozen=True)
class Seen:
    """One text on screen: which widget, which of its texts, and what it says."""

    widget: str
    what: str
    text: str

    def __str__(self) -> str:
        return f"{self.widget} {self.what}: {self.text!r}"


def describe(widget: QWidget) -> str:
    """A widget as a failure message names it: its class, object name and window."""
    name = widget.objectName()
    window = widget.window()
    title = window.windowTitle() if window is not widget else ""
    own = f"{type(widget).__name__}" + (f"#{name}" if name else "")
    return own + (f" in {type(window).__name__} {title!r}" if title else "")


def locale_words() -> set[str]:
    """Month and day names as the dates on screen spell them (dates are not ours to translate)."""
    locale = QLocale()
    words: set[str] = set()
    for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
        for month in range(1, 13):
            words.update(_WORD.findall(locale.monthName(month, form)))
            words.update(_WORD.findall(locale.standaloneMonthName(month, form)))
        for day in range(1, 8):
            words.update(_WORD.findall(locale.dayName(day, form)))
            words.update(_WORD.findall(locale.standaloneDayName(day, form)))
    words.update(_WORD.findall(locale.amText() + " " + locale.pmText()))
    return words


def english(text: str, allowed: Iterable[str] = ()) -> list[str]:
    """The English words of text outside every pseudo bracket (those not in allowed), and
    outside a shortcut in brackets, "(Alt+Up)": Qt names the keys (qtbase_*.qm)."""
    outside = html.unescape(_BRACKETED.sub(" ", _TAG.sub(" ", text)))
    outside = _SHORTCUT.sub(" ", outside)
    for phrase in sorted(allowed, key=len, reverse=True):
        if phrase:
            outside = outside.replace(phrase, " ")
    outside = re.sub(r"&[a-zA-Z]+;", " ", outside)
    return _WORD.findall(outside)


def qt_own(widget: QWidget) -> bool:
    """A widget inside one of Qt's own dialogs (qtbase_*.qm translates those)."""
    window = widget.window()
    return window is not widget and isinstance(window, QT_DIALOGS)


def visible(root: QWidget) -> Iterator[QWidget]:
    """root and every widget under it a person can see (but those inside Qt's own dialogs)."""
    if root.isVisible():
        yield root
    for child in root.findChildren(QWidget):
        if child.isVisible() and child.window() is root.window() and not qt_own(child):
            yield child


def standard_button(button: QAbstractButton) -> bool:
    """A button of a QDialogButtonBox that Qt names itself (qtbase_*.qm translates it)."""
    box = button.parent()
    while box is not None and not isinstance(box, QDialogButtonBox):
        box = box.parent()
    if not isinstance(box, QDialogButtonBox):
        return False
    return box.standardButton(button) != QDialogButtonBox.StandardButton.NoButton


def texts(root: QWidget) -> list[Seen]:
    """Every text the visible widgets under root show or say."""
    seen: list[Seen] = []
    for widget in visible(root):
        name = describe(widget)

        def add(what: str, text: str, name: str = name) -> None:
            if text and text.strip():
                seen.append(Seen(name, what, text))

        if widget.isWindow():
            add("window title", widget.windowTitle())
        add("tool tip", widget.toolTip())
        add("accessible name", widget.accessibleName())
        if isinstance(widget, QLabel):
            add("text", widget.text())
        elif isinstance(widget, QAbstractButton):
            if not standard_button(widget):
                add("text", widget.text())
        elif isinstance(widget, QGroupBox):
            add("title", widget.title())
        elif isinstance(widget, QTabBar):
            for number in range(widget.count()):
                add(f"tab {number}", widget.tabText(number))
                add(f"tab {number} tool tip", widget.tabToolTip(number))
        elif isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
            add("placeholder", widget.placeholderText())
        elif isinstance(widget, QComboBox):
            for number in range(widget.count()):
                add(f"item {number}", widget.itemText(number))
        elif isinstance(widget, QListView):
            for row, text, _rect in plain_rows(widget):
                add(f"row {row}", text)
    return seen


def plain_rows(view: QListView) -> Iterator[tuple[int, str, QRect]]:
    """The rows a list view draws with Qt's own delegate (the text as it is, elided if it
    doesn't fit): their number, text and rectangle."""
    if type(view.itemDelegate()) is not QStyledItemDelegate or view.model() is None:
        return
    model = view.model()
    for row in range(min(model.rowCount(view.rootIndex()), 60)):
        index = model.index(row, view.modelColumn(), view.rootIndex())
        text = index.data(Qt.ItemDataRole.DisplayRole)
        rect = view.visualRect(index)
        if isinstance(text, str) and text and rect.intersects(view.viewport().rect()):
            yield row, text, rect


def menu_texts(menus: Iterable[QMenu], where: str) -> list[Seen]:
    """Every action's text and tool tip in these menus and their submenus."""
    seen: list[Seen] = []
    for menu in menus:
        title = menu.title()
        for action in menu.actions():
            if action.isSeparator():
                continue
            label = f"{where} menu {title!r} action"
            if action.text().strip():
                seen.append(Seen(label, "text", action.text()))
            sub = action.menu()
            if isinstance(sub, QMenu):
                seen += menu_texts([sub], where)
    return seen


def cut_off(root: QWidget) -> list[str]:
    """The visible labels and buttons under root whose text needs more room than they have."""
    found: list[str] = []
    for widget in visible(root):
        if isinstance(widget, QLabel):
            if not widget.text().strip():
                continue
            if widget.wordWrap():
                need = widget.heightForWidth(widget.width())
                if need > widget.height() + SLACK:
                    found.append(
                        f"{describe(widget)} {widget.text()!r}: needs {need} px of height "
                        f"at its width {widget.width()}, has {widget.height()}"
                    )
            else:
                need = widget.sizeHint().width()
                if need > widget.width() + SLACK:
                    found.append(
                        f"{describe(widget)} {widget.text()!r}: needs {need} px of width, "
                        f"has {widget.width()}"
                    )
        elif isinstance(widget, QListView):
            margin = widget.style().pixelMetric(
                QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget
            )
            for row, text, rect in plain_rows(widget):
                lines = text.splitlines() or [text]
                need = max(widget.fontMetrics().horizontalAdvance(line) for line in lines)
                need += 2 * (margin + 1)
                room = min(rect.right(), widget.viewport().width()) - max(rect.left(), 0)
                if not widget.wordWrap() and need > room + SLACK:
                    found.append(
                        f"{describe(widget)} row {row} {text!r}: needs {need} px of width, "
                        f"has {room}"
                    )
        elif isinstance(widget, QAbstractButton) and widget.text().strip():
            need = widget.sizeHint().width()
            if need > widget.width() + SLACK:
                found.append(
                    f"{describe(widget)} {widget.text()!r}: needs {need} px of width, "
                    f"has {widget.width()}"
                )
    return found
