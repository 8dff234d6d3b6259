"""What a screen reader says: the words on screen, what each control is, and news as it comes.

Learned from an AT-SPI audit of the app (../shared/tools/a11y/README.md): on Linux an accessible
name set on a label replaces what the label says, and a combo box's own accessible name is
ignored (only a buddy label names it).
"""

from __future__ import annotations

from PySide6.QtCore import QChildEvent, QEvent, QObject
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QWidget

# QAccessible and QInputDialog are not imported here: PySide makes every enum of a class when
# it is first touched (14 of them for these two, 5 ms), and the tabs import this module on the
# way to their first drawing.


def spoken(label: QLabel, what: str) -> QLabel:
    """A label whose words a screen reader says as they are, with what it is after them.

    The words stay the label's accessible name (on Linux a name set on a label replaces what it
    says: the reader would hear "A note for you", never the note); what it is goes into the
    description, which readers say after the name."""
    label.setAccessibleName("")
    label.setAccessibleDescription(what)
    return label


def announce(widget: QWidget, words: str) -> None:
    """Have a screen reader say words that just appeared in widget, politely (after what it
    is saying now): words that come as the answer to something done, like a kind word after a
    check-in."""
    if words:
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, words))


class _HiddenBuddy(QObject):
    """A hidden label beside a field, with the field as its buddy: on Linux the only thing that
    names a combo box for a screen reader (its own accessible name is ignored: it is read as
    its current text, labelled by its buddy). Follows the field to each new parent."""

    def __init__(self, field: QWidget, name: str) -> None:
        super().__init__(field)
        self.label = QLabel(name)
        self.label.setBuddy(field)
        self.label.hide()
        field.installEventFilter(self)
        self._follow(field)

    def _follow(self, field: QWidget) -> None:
        parent = field.parentWidget()
        if parent is not None and self.label.parentWidget() is not parent:
            self.label.setParent(parent)
            self.label.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ParentChange and isinstance(watched, QWidget):
            self._follow(watched)
        return False


def named(combo: QComboBox, name: str) -> QComboBox:
    """Name a combo box that has no visible label, for screen readers on every system: its
    accessible name (Windows, macOS) and a hidden buddy label (Linux)."""
    combo.setAccessibleName(name)
    _HiddenBuddy(combo, name)
    return combo


class _InputDialogs(QObject):
    """Watches a widget for the QInputDialogs opened over it, and mends each as it shows."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ChildPolished and isinstance(event, QChildEvent):
            child = event.child()
            if child.inherits("QInputDialog"):
                child.installEventFilter(self)  # (once: Qt installs a filter only once)
        elif (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.inherits("QInputDialog")
        ):
            field = watched.focusWidget()  # (the dialog gives its field the keyboard as it shows)
            label = watched.findChild(QLabel)
            if field is not None and label is not None:
                label.setBuddy(field)  # its name, for a screen reader: what the label asks
            if isinstance(field, QPlainTextEdit):
                field.setTabChangesFocus(True)  # Tab goes on to OK and Cancel
        return False


def readable_input_dialogs(widget: QWidget) -> None:
    """Make each QInputDialog opened over widget (its static functions included) readable: its
    field named by the dialog's label, and Tab going on from a field of many lines. Qt leaves the
    field unnamed, and a many-line one keeps Tab (found by tests/a11y's audit)."""
    _InputDialogs(widget)
