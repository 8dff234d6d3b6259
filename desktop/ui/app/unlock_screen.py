"""The calm screen a protected journal shows until its passphrase (or recovery code) opens it:
the app's name, one line, one field, Unlock, the recovery code, and crisis help. Nothing of the
journal is on it: no titles, no contents, no contacts."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME, paths
from desktop.ui.common import widgets
from desktop.ui.common.screen_reader import announce

#: How the screen unlocks: protect.unlock(db_path, passphrase=… | recovery_code=…).
Unlock = Callable[..., None]


class _Relay(QObject):
    """Carries the key derivation's outcome back from its thread (None: it opened)."""

    done = Signal(object)


class UnlockScreen(QWidget):
    """Asks for the passphrase (or the recovery code) of the protected journal at db_path."""

    #: The journal's key is at hand: "" (the passphrase opened it), or the recovery code.
    unlocked = Signal(str)
    #: The person asked for crisis help (generic: nothing of theirs is shown while locked).
    crisis_requested = Signal()

    def __init__(
        self, db_path: Path, unlock: Unlock | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlockScreen")
        self.db_path = db_path
        self._unlock = unlock
        self.with_code = False
        self.busy = False
        self._relay = _Relay(self)
        self._relay.done.connect(self._done)

        icon = QLabel()
        icon.setPixmap(
            QPixmap(str(paths.resource_path("icons", "app-icon-128.png"))).scaled(
                96,
                96,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        icon.setAccessibleName(APP_NAME)
        name = widgets.heading(APP_NAME, 1.5)
        name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.line = QLabel(self.tr("This journal is protected with a passphrase."))
        self.line.setWordWrap(True)
        self.line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.returnPressed.connect(self.try_unlock)
        self.field.textChanged.connect(self._typed)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problem.hide()
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.clicked.connect(self.try_unlock)
        self.switch_button = QPushButton()
        self.switch_button.setFlat(True)
        self.switch_button.clicked.connect(lambda: self.use_recovery_code(not self.with_code))
        self.crisis_button = QPushButton(self.tr("If you're in &crisis…"))
        self.crisis_button.setAccessibleName(self.tr("If you're in crisis"))
        self.crisis_button.clicked.connect(self.crisis_requested)

        column = QVBoxLayout()
        column.setSpacing(column.spacing() * 2)
        column.addWidget(icon)
        column.addWidget(name)
        column.addWidget(self.line)
        column.addWidget(self.field)
        column.addWidget(self.problem)
        column.addWidget(self.unlock_button)
        column.addWidget(self.switch_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addSpacing(self.fontMetrics().height() * 2)
        column.addWidget(self.crisis_button, 0, Qt.AlignmentFlag.AlignHCenter)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(self.fontMetrics().averageCharWidth() * 56)
        holder.setMinimumWidth(self.fontMetrics().averageCharWidth() * 40)
        across = QHBoxLayout()
        across.addStretch(1)
        across.addWidget(holder, 3)
        across.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(across)
        outer.addStretch(2)
        self.use_recovery_code(False)

    def reset(self) -> None:
        """Ready for the passphrase again, with nothing typed (at each lock)."""
        self.field.clear()
        self.problem.hide()
        self.use_recovery_code(False)

    def use_recovery_code(self, with_code: bool) -> None:
        """Ask for the recovery code instead of the passphrase (or the passphrase again)."""
        self.with_code = with_code
        self.field.clear()
        self.problem.hide()
        if with_code:
            self.field.setEchoMode(QLineEdit.EchoMode.Normal)  # 24 characters to check
            self.field.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
            self.field.setAccessibleName(self.tr("Recovery code"))
            self.line.setText(self.tr("Type the recovery code you wrote down or printed."))
            self.switch_button.setText(self.tr("Use your &passphrase instead"))
            self.switch_button.setAccessibleName(self.tr("Use your passphrase instead"))
        else:
            self.field.setEchoMode(QLineEdit.EchoMode.Password)
            self.field.setPlaceholderText(self.tr("Passphrase"))
            self.field.setAccessibleName(self.tr("Passphrase"))
            self.line.setText(self.tr("This journal is protected with a passphrase."))
            self.switch_button.setText(self.tr("Use your &recovery code instead"))
            self.switch_button.setAccessibleName(self.tr("Use your recovery code instead"))
        self._typed()
        if self.isVisible():
            self.field.setFocus()

    @Slot()
    def _typed(self) -> None:
        self.unlock_button.setEnabled(bool(self.field.text()) and not self.busy)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.field.setFocus()

    @Slot()
    def try_unlock(self) -> None:
        """Open the journal with what is typed; the key derivation (about half a second) runs
        on a thread of its own, with the wait cursor."""
        secret = self.field.text()
        if self.busy or not secret:
            return
        self.busy = True
        for each in (self.field, self.unlock_button, self.switch_button):
            each.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        with_code = self.with_code
        unlock = self._unlock
        if unlock is None:
            from desktop.store import protect

            unlock = protect.unlock

        def work() -> None:
            outcome: object = None
            try:
                if with_code:
                    unlock(self.db_path, recovery_code=secret)
                else:
                    unlock(self.db_path, passphrase=secret)
            except Exception as error:  # said on the screen; nothing was changed
                outcome = error
            with contextlib.suppress(RuntimeError):  # the window closed meanwhile
                self._relay.done.emit(outcome)

        threading.Thread(target=work, name="unlock", daemon=True).start()

    @Slot(object)
    def _done(self, outcome: object) -> None:
        QApplication.restoreOverrideCursor()
        self.busy = False
        for each in (self.field, self.switch_button):
            each.setEnabled(True)
        self._typed()
        if outcome is None:
            secret = self.field.text() if self.with_code else ""
            self.field.clear()
            self.problem.hide()
            self.unlocked.emit(secret)
            return
        from desktop.store.keys import WrongPassphraseError, WrongRecoveryCodeError

        if isinstance(outcome, WrongPassphraseError):
            text = self.tr(
                "That passphrase doesn't open this journal. Take your time and try again."
            )
        elif isinstance(outcome, WrongRecoveryCodeError):
            text = self.tr(
                "That recovery code doesn't open this journal. Check each group of four "
                "against the code you wrote down, and try again."
            )
        else:
            from desktop.store.errors import StoreError
            from desktop.ui.common.i18n import explain

            text = explain(outcome) if isinstance(outcome, StoreError) else str(outcome)
        self.problem.setText(text)
        self.problem.show()
        announce(self.problem, text)
        self.field.setFocus()
        self.field.selectAll()
