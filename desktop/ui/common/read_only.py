"""Writing held back while the data is open read-only (its folder can't be written to): the
words for why, and the one way a control takes it on. Fields keep their words to read, select
and copy; buttons, boxes and choices are disabled and say why in their tooltip."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

#: Where a control keeps its own tooltip while it says why it can't be used.
_OWN_TIP = "ownToolTip"


def why() -> str:
    """What a control that would write says in its tooltip while the data is read-only."""
    return QCoreApplication.translate(
        "read_only", "Your data is open read-only, so this can't be changed here."
    )


def tell_why(widget: QWidget, read_only: bool) -> None:
    """Say why in widget's tooltip while read_only; its own tooltip comes back afterwards."""
    own = widget.property(_OWN_TIP)
    if read_only:
        if own is None:
            widget.setProperty(_OWN_TIP, widget.toolTip())
        widget.setToolTip(why())
    elif own is not None:
        widget.setToolTip(str(own))
        widget.setProperty(_OWN_TIP, None)


def hold(widgets: Iterable[QWidget], read_only: bool, *, say_why: bool = True) -> None:
    """Hold widgets back from writing (read_only) or let them write again.

    A field that holds words (a line, a text, a number or a date) becomes read-only, so its
    words can still be read, selected and copied; anything else is disabled. say_why: the
    tooltip says why (not for a large text, where a tooltip would get in the way of reading).
    """
    for widget in widgets:
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox):
            widget.setReadOnly(read_only)
        else:
            widget.setEnabled(not read_only)
        if say_why:
            tell_why(widget, read_only)
