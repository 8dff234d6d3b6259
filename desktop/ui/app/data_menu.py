"""The File menu's data actions: back up now, the Backups dialog, export and import.

Each one first stores what is being typed in the tabs already built (never building another),
so that a backup or an export holds it; a restore or an import then tells every tab that
everything changed. While the data is open read-only (its folder can't be written to), only the
export works: a backup, a restore and an import would all write there.
"""

from __future__ import annotations

from collections.abc import Callable
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

    #: The actions that write to the data folder: held back while it is read-only.
    WRITING = ("back_up_now", "backups", "import")

    def add_to(self, menu: QMenu) -> None:
        """Add the actions to a menu."""
        for text, slot, name in (
            (self.tr("&Back up now"), self.back_up_now, "back_up_now"),
            (self.tr("Bac&kups…"), self.show_backups, "backups"),
            (self.tr("&Export everything…"), self.export_everything, "export"),
            (self.tr("&Import…"), self.import_file, "import"),
        ):
            action = menu.addAction(text)
            action.setObjectName(name)
            action.triggered.connect(slot)
            self.actions.append(action)

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
