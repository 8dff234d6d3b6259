"""The File menu's data actions: back up now, the Backups dialog, export and import, and the
passphrase (protect, change it, turn it off: issue 18).

Each one first stores what is being typed in the tabs already built (never building another),
so that a backup or an export holds it; a restore or an import then tells every tab that
everything changed. While the data is open read-only (its folder can't be written to), only the
export works: a backup, a restore and an import would all write there.

Protecting the journal and turning that off convert the data file with the store closed and
the backups held back (backup.no_restore_meanwhile), then reopen it and tell every tab, as a
restore does. An export of a protected journal says first that its file is plain.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from desktop import clock, paths
from desktop.ui.app.events import Events, Scope
from desktop.ui.common.read_only import why

if TYPE_CHECKING:
    from desktop.ui.app.write import Writer

# The store's modules are imported in the slots: the menu is built before the data is open,
# on the way to the first window, where every import is time the person waits.


class DataActions(QObject):
    """Menu actions that work on the whole data file; they announce changes through events."""

    def __init__(
        self,
        window: QMainWindow,
        data_dir: Path,
        events: Events,
        commit_pending: Callable[[], bool],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.db_path = paths.database_path(data_dir)
        self.events = events
        self.commit_pending = commit_pending
        self.actions: list[QAction] = []
        self.read_only = False  # set_read_only

    #: The passphrase's actions: "protect" for a plain journal, the other two for a protected one.
    PASSPHRASE = ("protect", "change_passphrase", "unprotect")
    #: The actions that write to the data folder: held back while it is read-only.
    WRITING = ("back_up_now", "backups", "import", *PASSPHRASE)

    def add_to(self, menu: QMenu) -> None:
        """Add the actions to a menu."""
        for group in (
            (
                (self.tr("&Back up now"), self.back_up_now, "back_up_now"),
                (self.tr("Bac&kups…"), self.show_backups, "backups"),
                (self.tr("&Export everything…"), self.export_everything, "export"),
                (self.tr("&Import…"), self.import_file, "import"),
            ),
            (
                (self.tr("&Protect with a passphrase…"), self.protect_journal, "protect"),
                (self.tr("Change &passphrase…"), self.change_passphrase, "change_passphrase"),
                (self.tr("&Turn off protection…"), self.turn_off_protection, "unprotect"),
            ),
        ):
            if self.actions:
                menu.addSeparator()
            for text, slot, name in group:
                action = menu.addAction(text)
                action.setObjectName(name)
                action.triggered.connect(slot)
                self.actions.append(action)
        # Which of the passphrase's actions shows is looked at as the menu opens: the data
        # isn't open yet while the menu is built.
        self._action("change_passphrase").setVisible(False)
        self._action("unprotect").setVisible(False)
        menu.aboutToShow.connect(self.update_passphrase_actions)

    def _action(self, name: str) -> QAction:
        return next(action for action in self.actions if action.objectName() == name)

    @Slot()
    def update_passphrase_actions(self) -> None:
        """Show "Protect with a passphrase…" for a plain journal, "Change passphrase…" and
        "Turn off protection…" for a protected one."""
        from desktop.store import protect

        protected = self.db_path.exists() and protect.is_protected(self.db_path)
        self._action("protect").setVisible(not protected)
        self._action("change_passphrase").setVisible(protected)
        self._action("unprotect").setVisible(protected)

    def set_read_only(self, read_only: bool) -> None:
        """Hold back backing up, the Backups dialog (restoring) and importing, which write to
        the data folder; exporting goes on working. Each held-back action says why."""
        self.read_only = read_only
        for action in self.actions:
            if action.objectName() in self.WRITING:
                action.setEnabled(not read_only)
                action.setToolTip(why() if read_only else "")
                action.setStatusTip(why() if read_only else "")

    def _tell(self, text: str) -> None:
        QMessageBox.information(self.window, self.tr("Your data"), text)

    def _writer(self) -> Writer:
        from desktop.ui.app.write import Writer

        return Writer(self.events, self.window)

    @Slot()
    def back_up_now(self) -> None:
        """Make a backup now (with what is being typed) and say where it is."""
        if self.read_only:
            return
        from desktop.store import backup

        self.commit_pending()
        made = self._writer().result(None, backup.make_backup, self.db_path, "manual")
        if made is not None:
            self.window.statusBar().showMessage(
                self.tr("Backed up: %1").replace("%1", made.path.name), 10_000
            )

    @Slot()
    def show_backups(self) -> None:
        """The Backups dialog."""
        if self.read_only:
            return
        from desktop.ui.app.backups_dialog import BackupsDialog

        self.commit_pending()
        dialog = BackupsDialog(self.db_path, self.window)
        dialog.restored.connect(lambda: self.events.announce(Scope.EVERYTHING))
        dialog.exec()

    @Slot()
    def export_everything(self) -> None:
        """Ask where, then export everything as JSON (to import) or Markdown (to read)."""
        from desktop.ui.common import synced

        self.commit_pending()
        from desktop.ui.common.plain_file import plain_file_ok

        if not plain_file_ok(self.window):
            return
        json_filter = self.tr("Complete export, can be imported (*.json)")
        markdown_filter = self.tr("To read or print (*.md)")
        chosen, used_filter = synced.ask_where_to_save(
            self.window,
            self.tr("Export everything"),
            f"between-sessions-{clock.today()}.json",
            f"{json_filter};;{markdown_filter}",
            self.tr(
                "The export holds your journal, your plan and everything else you keep in "
                "Between Sessions."
            ),
        )
        if not chosen:
            return
        from desktop.reports import markdown
        from desktop.store import export
        from desktop.ui.common import labels

        out = Path(chosen)
        as_markdown = used_filter == markdown_filter or out.suffix.lower() == ".md"
        writer = self._writer()
        if as_markdown:
            written = writer.run(None, markdown.export_markdown, out, words=labels.WORDS)
        else:
            written = writer.run(None, export.export_json, out)
        if written:
            self.window.statusBar().showMessage(
                self.tr("Exported to %1").replace("%1", str(out)), 10_000
            )

    # -- the passphrase ------------------------------------------------------------------------

    @contextmanager
    def _data_closed_meanwhile(self) -> Iterator[None]:
        """For a conversion of the data file: no backup meanwhile (one under way is waited
        for; the daily one can't start while this runs), and the data open again afterwards,
        whatever happened, with every tab told."""
        from desktop.store import backup, db

        try:
            with backup.no_restore_meanwhile():
                yield
        finally:
            if not db.is_open() and self.db_path.exists():
                db.open_database(self.db_path)
            self.events.announce(Scope.EVERYTHING)

    def _passphrase_changed(self) -> None:
        self.update_passphrase_actions()
        changed = getattr(self.window, "protection_changed", None)  # Lock now shows or hides
        if callable(changed):
            changed()

    @Slot()
    def protect_journal(self) -> None:
        """Protect with a passphrase: the dialog, the conversion, then the recovery code once,
        and the plain backups that remain (to remove or keep)."""
        if self.read_only:
            return
        from desktop.store import protect
        from desktop.ui.app import recovery_code
        from desktop.ui.app.protect_dialogs import ProtectDialog

        self.commit_pending()

        def protect_now(passphrase: str) -> str:
            self.commit_pending()  # (anything typed meanwhile, in a window behind the dialog)
            with self._data_closed_meanwhile():
                return protect.protect(self.db_path, passphrase)

        dialog = ProtectDialog(protect_now, self.window)
        if dialog.exec() != ProtectDialog.DialogCode.Accepted:
            return
        self._passphrase_changed()
        recovery_code.RecoveryCodeDialog(dialog.code, self.window).exec()
        recovery_code.offer_to_remove_plain_backups(self.window, self.db_path)
        self.window.statusBar().showMessage(
            self.tr("Your journal is protected with your passphrase."), 10_000
        )

    @Slot()
    def change_passphrase(self) -> None:
        """Change the passphrase (with the current one or the recovery code)."""
        if self.read_only:
            return
        from desktop.store import backup, protect
        from desktop.ui.app.protect_dialogs import ChangePassphraseDialog

        def change(new: str, passphrase: str | None, code: str | None) -> None:
            with backup.no_restore_meanwhile():  # no backup copies the slots meanwhile
                protect.change_passphrase(
                    self.db_path, new, passphrase=passphrase, recovery_code=code
                )

        if (
            ChangePassphraseDialog(change, self.window).exec()
            == ChangePassphraseDialog.DialogCode.Accepted
        ):
            self._passphrase_changed()
            self.window.statusBar().showMessage(
                self.tr("The passphrase is changed. The recovery code is the same as before."),
                10_000,
            )

    @Slot()
    def turn_off_protection(self) -> None:
        """Turn protection off, behind a plain warning and the passphrase."""
        if self.read_only:
            return
        from desktop.store import protect
        from desktop.ui.app.protect_dialogs import TurnOffDialog

        self.commit_pending()

        def turn_off(passphrase: str | None, code: str | None) -> None:
            self.commit_pending()
            with self._data_closed_meanwhile():
                protect.unprotect(self.db_path, passphrase=passphrase, recovery_code=code)

        if TurnOffDialog(turn_off, self.window).exec() == TurnOffDialog.DialogCode.Accepted:
            self._passphrase_changed()
            self.window.statusBar().showMessage(
                self.tr("Your journal is no longer protected with a passphrase."), 10_000
            )

    @Slot()
    def import_file(self) -> None:
        """The Import dialog: another app's journal or our own export, previewed first, then
        added all or nothing after a backup; every tab reloads and the result is said."""
        if self.read_only:
            return
        from desktop.ui.app.import_dialog import ImportDialog
        from desktop.ui.common import synced

        self.commit_pending()
        dialog = ImportDialog(
            self.db_path, self._writer(), self.window, start=synced.export_folder()
        )
        dialog.exec()
        if dialog.result_text:
            self._tell(dialog.result_text)
