"""The one way a screen writes: run a store command, meet its expected failures calmly, announce
the change. In the spirit of Anki's CollectionOp.

The expected failures are the store's errors (store/errors.py), never bugs:

- the disk is full, read-only or busy (CannotSaveError): nothing was lost; where the words wait
  in a field (Writer.shown_in) it is said there, otherwise the app's notice says it once and
  retries what is pending (events.cannot_save);
- input the store can't keep (InputError): said in the field, or in a calm message;
- a row that is gone (NotFoundError, after a restore or an import): said, and every tab reloads;
- anything else the store names (a backup that can't be made, a file that can't be imported).

Anything else is a bug and goes to sys.excepthook, which says so and logs it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ParamSpec, TypeVar

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from desktop import APP_NAME
from desktop.store.errors import CannotSaveError, InputError, NotFoundError, StoreError
from desktop.ui.app.events import Events, Scope
from desktop.ui.common.i18n import explain

P = ParamSpec("P")
T = TypeVar("T")


class Writer:
    """Runs store commands for one screen (its source) and announces what they changed."""

    def __init__(self, events: Events, source: QWidget, shown_in: QLabel | None = None) -> None:
        self.events = events
        self.source = source
        self._label = shown_in

    def shown_in(self, label: QLabel) -> Writer:
        """This writer for words that wait in a field: a problem is said in label (hidden again
        once a write goes through), and nothing retries by itself."""
        return Writer(self.events, self.source, label)

    def result(
        self,
        scope: Scope | None,
        command: Callable[P, T],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> T | None:
        """command(*args, **kwargs)'s result; None when it couldn't be done (already said).

        scope: what a successful command changed, announced to the other tabs (None: nothing).
        """
        done = self._run(scope, command, *args, **kwargs)
        return done[0] if done else None

    def run(
        self,
        scope: Scope | None,
        command: Callable[P, object],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> bool:
        """Run command(*args, **kwargs); whether it went through (if not, it was said)."""
        return bool(self._run(scope, command, *args, **kwargs))

    def _run(
        self,
        scope: Scope | None,
        command: Callable[P, T],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> tuple[T] | None:
        try:
            value = command(*args, **kwargs)
        except (CannotSaveError, InputError) as error:
            if self._label is not None:
                self._label.setText(explain(error, in_place=True))
                self._label.show()
            elif isinstance(error, CannotSaveError):
                self.events.cannot_save.emit(error)
            else:
                self.tell(explain(error))
            return None
        except NotFoundError as error:
            self.tell(explain(error))
            self.events.announce(Scope.EVERYTHING)  # show what is stored now, everywhere
            return None
        except StoreError as error:
            self.tell(explain(error))
            return None
        if self._label is not None:
            self._label.hide()
        if scope is not None:
            self.events.announce(scope, self.source)
        return (value,)

    def announce(self, scope: Scope) -> None:
        """Say that this screen stored something itself (a form dialog's save, say)."""
        self.events.announce(scope, self.source)

    def tell(self, text: str) -> None:
        """Say something calmly over the screen (a problem that has no field to be shown in)."""
        box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, text, parent=self.source)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()
