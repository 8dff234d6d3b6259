"""The passphrase dialogs (issue 18): protect the journal, change the passphrase (or choose a
new one with the recovery code), turn protection off. The recovery code's dialog and the plain
backups left are in recovery_code.py; the word before a plain file is written (an export, a
summary) in ui/common/plain_file.py.

Each dialog runs its work on accept, with a busy cursor, and stays open when it can't be done,
saying why in place (a wrong passphrase can be tried again as often as the person likes). The
work itself (closing and reopening the data, holding the backups back) is the caller's:
data_menu.DataActions for the File menu, ask_new_passphrase for the unlock screen.
"""

from __future__ import annotations

import contextlib
import html
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.store.errors import StoreError
from desktop.ui.common import widgets
from desktop.ui.common.i18n import explain
from desktop.ui.common.screen_reader import announce


@contextlib.contextmanager
def busy_cursor() -> Iterator[None]:
    """The wait cursor for the length of the block (a key derivation, a conversion)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


def paragraph(text: str) -> QLabel:
    """A wrapping paragraph (rich text when it begins with a tag)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if text.startswith("<") else Qt.TextFormat.PlainText)
    return label


class _WorkDialog(QDialog):
    """A dialog with one button that does the work, Cancel, and a line that says what's wrong."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.column = QVBoxLayout(self)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def add_form(self) -> QFormLayout:
        """A form under what the dialog shows so far, for its fields."""
        form = QFormLayout()
        self.column.addLayout(form)
        return form

    def finish_layout(self) -> None:
        """Put the problem line and the buttons under what the dialog added."""
        self.column.addWidget(self.problem)
        self.column.addWidget(self.buttons)
        self.update_button()
        for field in self.findChildren(QLineEdit):  # Enter in a field presses the work button
            field.returnPressed.connect(self.accept)

    def update_button(self) -> None:
        """Enable the work button when the fields are filled in as they need to be."""

    def work(self) -> None:
        """The dialog's work (raises a StoreError or OSError when it can't be done)."""

    def say(self, text: str) -> None:
        """Say what's wrong in the dialog (and to a screen reader)."""
        self.problem.setText(text)
        self.problem.show()
        announce(self.problem, text)

    def accept(self) -> None:
        if not self.ok_button.isEnabled():
            return
        try:
            with busy_cursor():
                self.work()
        except StoreError as error:
            self.say(explain(error, in_place=True))
            return
        except OSError as error:
            self.say(
                self.tr("That couldn't be done (%1). Your journal was left as it was.").replace(
                    "%1", error.strerror or str(error)
                )
            )
            return
        super().accept()


class NewPassphrase(QObject):
    """A new passphrase typed twice, in rows of form: says plainly when it is empty or the two
    differ."""

    def __init__(self, parent: _WorkDialog, form: QFormLayout) -> None:
        super().__init__(parent)
        self.first = _password_field(self.tr("New passphrase"))
        self.second = _password_field(self.tr("The same passphrase once more"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        widgets.quiet(self.hint)
        form.addRow(self.tr("&New passphrase:"), self.first)
        form.addRow(self.tr("The &same once more:"), self.second)
        form.addRow("", self.hint)
        for field in (self.first, self.second):
            field.textChanged.connect(self._changed)
            field.textChanged.connect(parent.update_button)
        self._changed()

    def text(self) -> str:
        """The new passphrase (only meaningful when is_ready)."""
        return self.first.text()

    def is_ready(self) -> bool:
        """Both the same, and not empty."""
        return bool(self.first.text()) and self.first.text() == self.second.text()

    @Slot()
    def _changed(self) -> None:
        first, second = self.first.text(), self.second.text()
        if not first and not second:
            said = self.tr("Type it twice, the same both times.")
        elif not first:
            said = self.tr("A passphrase needs at least one character.")
        elif first == second:
            said = self.tr("The two are the same.")
        elif not second:
            said = self.tr("Now type it once more below.")
        else:
            said = self.tr("The two aren't the same yet.")
        self.hint.setText(said)


class CurrentSecret(QObject):
    """The current passphrase, or the recovery code instead (a check box switches), in rows of
    form."""

    def __init__(self, parent: _WorkDialog, form: QFormLayout) -> None:
        super().__init__(parent)
        self.field = _password_field(self.tr("Current passphrase"))
        self.label = QLabel(self.tr("&Current passphrase:"))
        self.label.setBuddy(self.field)
        self.use_code = QCheckBox(self.tr("Use the &recovery code instead"))
        form.addRow(self.label, self.field)
        form.addRow("", self.use_code)
        self.use_code.toggled.connect(self._switch)
        self.field.textChanged.connect(parent.update_button)

    @Slot(bool)
    def _switch(self, code: bool) -> None:
        self.label.setText(self.tr("&Recovery code:") if code else self.tr("&Current passphrase:"))
        self.field.setAccessibleName(
            self.tr("Recovery code") if code else self.tr("Current passphrase")
        )
        # A code is copied from paper, group by group: it is seen as it is typed.
        self.field.setEchoMode(QLineEdit.EchoMode.Normal if code else QLineEdit.EchoMode.Password)
        self.field.clear()
        self.field.setFocus()

    def is_filled(self) -> bool:
        """Something is typed."""
        return bool(self.field.text())

    def secrets(self) -> tuple[str | None, str | None]:
        """(passphrase, recovery code): one of them."""
        text = self.field.text()
        return (None, text) if self.use_code.isChecked() else (text, None)

    def try_again(self) -> None:
        """After a wrong one: the field selected, to type it again."""
        self.field.selectAll()
        self.field.setFocus()


class ProtectDialog(_WorkDialog):
    """File → Protect with a passphrase…: what it does and doesn't protect, the passphrase twice.
    protect(passphrase) does the conversion and returns the recovery code (kept in .code)."""

    def __init__(self, protect: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Protect with a passphrase"))
        self.ok_button.setText(self.tr("&Protect"))
        self.protect = protect
        self.code = ""
        self.column.addWidget(widgets.heading(self.tr("Protect your journal with a passphrase")))
        self.column.addWidget(
            paragraph(
                self.tr(
                    "Your journal, your plan and everything else you keep here are encrypted "
                    "on this computer, and so are their backups: without your passphrase, or "
                    "the recovery code you are given next, no program can read them. The app "
                    "asks for the passphrase when it starts."
                )
            )
        )
        self.column.addWidget(
            paragraph(
                "<p>"
                + html.escape(self.tr("What a passphrase doesn't protect:"))
                + "</p><ul>"
                + "".join(
                    f"<li>{html.escape(item)}</li>"
                    for item in (
                        self.tr(
                            "Files you export or save, such as an export or a session summary: "
                            "anyone who can open them can read them."
                        ),
                        self.tr(
                            "The window while it is open and unlocked: anyone at this computer "
                            "can read what it shows."
                        ),
                        self.tr(
                            "A plain copy of the journal from before: a disk (an SSD "
                            "especially) or a backup program may still keep one."
                        ),
                    )
                )
                + "</ul>"
            )
        )
        self.passphrase = NewPassphrase(self, self.add_form())
        self.finish_layout()

    def update_button(self) -> None:
        self.ok_button.setEnabled(self.passphrase.is_ready())

    def work(self) -> None:
        self.code = self.protect(self.passphrase.text())


class ChangePassphraseDialog(_WorkDialog):
    """File → Change passphrase…: the current passphrase (or the recovery code), the new one
    twice. change(new, passphrase, recovery_code) does it."""

    def __init__(
        self,
        change: Callable[[str, str | None, str | None], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change passphrase"))
        self.ok_button.setText(self.tr("&Change passphrase"))
        self.change = change
        self.column.addWidget(
            paragraph(
                self.tr(
                    "Your journal and its backups open with the new passphrase from now on. The "
                    "recovery code stays the same."
                )
            )
        )
        form = self.add_form()
        self.current = CurrentSecret(self, form)
        self.new = NewPassphrase(self, form)
        self.finish_layout()

    def update_button(self) -> None:
        self.ok_button.setEnabled(self.current.is_filled() and self.new.is_ready())

    def work(self) -> None:
        passphrase, code = self.current.secrets()
        try:
            self.change(self.new.text(), passphrase, code)
        except StoreError:
            self.current.try_again()
            raise


class TurnOffDialog(_WorkDialog):
    """File → Turn off protection…: the plain warning, and the passphrase to confirm.
    turn_off(passphrase, recovery_code) does it."""

    def __init__(
        self, turn_off: Callable[[str | None, str | None], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Turn off protection"))
        self.ok_button.setText(self.tr("&Turn off protection"))
        self.turn_off = turn_off
        self.column.addWidget(widgets.heading(self.tr("Turn off the passphrase?")))
        self.column.addWidget(
            paragraph(
                self.tr(
                    "Your journal becomes a plain file again: any program on this computer can "
                    "read it, and so can anyone who copies it. Backups made from now on are "
                    "plain too. The backups made while it was protected stay protected: they "
                    "open with your passphrase or your recovery code."
                )
            )
        )
        self.current = CurrentSecret(self, self.add_form())
        self.finish_layout()

    def update_button(self) -> None:
        self.ok_button.setEnabled(self.current.is_filled())

    def work(self) -> None:
        try:
            self.turn_off(*self.current.secrets())
        except StoreError:
            self.current.try_again()
            raise


class NewPassphraseDialog(_WorkDialog):
    """A new passphrase after the recovery code opened the journal: set(new) does it."""

    def __init__(self, set_passphrase: Callable[[str], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a new passphrase"))
        self.ok_button.setText(self.tr("&Save the passphrase"))
        self.set_passphrase = set_passphrase
        self.column.addWidget(
            paragraph(
                self.tr(
                    "Your recovery code opens this journal. Choose a new passphrase for it: "
                    "from now on it opens with the new passphrase, and with the same recovery "
                    "code as before."
                )
            )
        )
        self.new = NewPassphrase(self, self.add_form())
        self.finish_layout()

    def update_button(self) -> None:
        self.ok_button.setEnabled(self.new.is_ready())

    def work(self) -> None:
        self.set_passphrase(self.new.text())


def ask_new_passphrase(parent: QWidget | None, db_path: Path, recovery_code: str) -> bool:
    """Ask for a new passphrase for the protected journal at db_path, which recovery_code opens
    (the unlock screen's "use the recovery code"); True once the new one is in place. The data
    may be closed or open."""
    from desktop.store import backup, protect

    def set_passphrase(new: str) -> None:
        with backup.no_restore_meanwhile():  # no backup copies the slots meanwhile
            protect.change_passphrase(db_path, new, recovery_code=recovery_code)

    dialog = NewPassphraseDialog(set_passphrase, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
