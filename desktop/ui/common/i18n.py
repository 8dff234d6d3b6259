"""The store's errors in the person's language, through Qt's translator.

Texts outside a widget are translated with QCoreApplication.translate("Context", "text") written
out in full (or marked QT_TRANSLATE_NOOP in a table), never through a wrapper of our own:
pyside6-lupdate only finds the calls it knows by name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.store.errors import StoreError


def translate(context: str, text: str) -> str:
    """Qt's translator, in the shape the reports take (words.Translate)."""
    return QCoreApplication.translate(context, text)


def explain(error: StoreError, *, in_place: bool = False) -> str:
    """What to tell the person about an error from the store, in their language.

    in_place: said in a form or field where the words wait for the person to try again.
    """
    from desktop.reports import errors  # (with every report's words: not before it's needed)

    return errors.explain(error, translate, in_place=in_place)
