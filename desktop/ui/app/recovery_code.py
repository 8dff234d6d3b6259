"""What follows protecting the journal: its recovery code shown once (to copy or print), and
the plain backups from before, said with where they are, to remove or keep."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME, clock
from desktop.ui.app.protect_dialogs import paragraph
from desktop.ui.common import widgets
from desktop.ui.common.labels import Counts
from desktop.ui.common.screen_reader import announce


class RecoveryCodeDialog(QDialog):
    """The recovery code, shown once: large and selectable, to copy or print; closes only by
    "I've kept it somewhere safe" (Escape doesn't lose it by accident, nor does a lock:
    see locking.Locking.lock)."""

    shown_only_once = True

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.setWindowTitle(self.tr("Your recovery code"))
        column = QVBoxLayout(self)
        column.addWidget(widgets.heading(self.tr("Your recovery code")))
        column.addWidget(
            paragraph(
                self.tr(
                    "If you ever forget your passphrase, this code opens your journal. Write it "
                    "down or print it, and keep it somewhere safe, away from this computer. It "
                    "is shown only this once."
                )
            )
        )
        self.code_label = QLabel(code)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(QFont(self.font()).pointSizeF() * 1.8)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.code_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        self.code_label.setAccessibleDescription(" ".join(code.replace("-", " ")))
        panel = widgets.card(self.backgroundRole())
        panel_column = QVBoxLayout(panel)
        panel_column.addWidget(self.code_label)
        column.addWidget(panel)
        nobody = paragraph(
            self.tr(
                "Without your passphrase and this code, nobody can open your journal, not even "
                "the makers of %1."
            ).replace("%1", APP_NAME)
        )
        bold = QFont(nobody.font())
        bold.setBold(True)
        nobody.setFont(bold)
        column.addWidget(nobody)
        self.copied = widgets.quiet(QLabel())
        column.addWidget(self.copied)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.kept_button = QPushButton(self.tr("I've &kept it somewhere safe"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.kept_button, QDialogButtonBox.ButtonRole.AcceptRole)
        for button in (self.copy_button, self.print_button):
            button.setAutoDefault(False)
        self.kept_button.setDefault(True)
        self.copy_button.clicked.connect(self.copy_code)
        self.print_button.clicked.connect(self.print_code)
        buttons.accepted.connect(self.accept)
        column.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        self.code_label.setFocus()  # read first; Tab goes on to the buttons

    def reject(self) -> None:
        """Escape and the window's close button keep the code on screen."""

    @Slot()
    def copy_code(self) -> None:
        """Put the code on the clipboard."""
        QGuiApplication.clipboard().setText(self.code)
        said = self.tr("Copied. Paste it where you keep it safe.")
        self.copied.setText(said)
        announce(self.copied, said)

    @Slot()
    def print_code(self) -> None:
        """Print the code on a page of its own."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # only when printing

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the recovery code"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            code_document(self.code).print_(printer)


def code_document(code: str) -> QTextDocument:
    """The recovery code on paper: what it is, the code large, the date, the plain line."""
    document = QTextDocument()
    lines = [
        "<h2>"
        + html.escape(
            QCoreApplication.translate("protect_dialogs", "%1: recovery code").replace(
                "%1", APP_NAME
            )
        )
        + "</h2>",
        "<p>"
        + html.escape(
            QCoreApplication.translate(
                "protect_dialogs",
                "This code opens your journal if you forget your passphrase. Made on %1.",
            )
        ).replace("%1", html.escape(str(clock.today())))
        + "</p>",
        f'<p style="font-family: monospace; font-size: 20pt; font-weight: bold">{code}</p>',
        "<p>"
        + html.escape(
            QCoreApplication.translate(
                "protect_dialogs",
                "Without your passphrase and this code, nobody can open your journal, not even "
                "the makers of %1. Keep this page somewhere safe, away from the computer.",
            ).replace("%1", APP_NAME)
        )
        + "</p>",
    ]
    document.setHtml("".join(lines))
    return document


def offer_to_remove_plain_backups(parent: QWidget, db_path: Path) -> list[Path]:
    """After protecting: say which backups anyone can still read, and where, and offer to
    remove them (asked once more) or keep them; returns those removed."""
    from desktop.store import backup_keys, files

    plain = backup_keys.plain_backups(db_path)
    if not plain:
        return []
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("protect_dialogs", "Backups anyone can read"))
    count = len(plain)
    box.setText(
        Counts.tr(
            "%Ln backups from before are still plain files, readable by any program.", "", count
        )
    )
    box.setInformativeText(
        QCoreApplication.translate("protect_dialogs", "In %1:").replace("%1", str(plain[0].parent))
        + "\n"
        + "\n".join(path.name for path in plain[:10])
        + ("\n…" if count > 10 else "")
    )
    remove = box.addButton(
        QCoreApplication.translate("protect_dialogs", "&Remove them…"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("protect_dialogs", "&Keep them"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    if box.clickedButton() is not remove:
        return []
    if not widgets.confirm(
        parent,
        QCoreApplication.translate("protect_dialogs", "Remove the plain backups?"),
        QCoreApplication.translate(
            "protect_dialogs", "Remove these backups for good? They can't be brought back."
        ),
        QCoreApplication.translate("protect_dialogs", "Remove"),
        details=QCoreApplication.translate(
            "protect_dialogs",
            "Your journal and its protected backups stay as they are. A disk or a backup "
            "program may still keep an older copy of a removed file.",
        ),
        destructive=True,
    ):
        return []
    removed = []
    for path in plain:
        try:
            files.remove_file(path)
        except OSError:
            continue  # it stays listed next time
        backup_keys.remove_with(path)
        removed.append(path)
    return removed
