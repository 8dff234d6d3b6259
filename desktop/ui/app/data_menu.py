"""The File menu's data actions: back up now, the Backups dialog, export and import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from desktop import paths

# The store's modules are imported in the slots: the menu is built before the data is open,
# on the way to the first window, where every import is time the person waits.


class DataActions(QObject):
    """Menu actions that work on the whole data file; they announce changes through events."""

    def __init__(self, window: QMainWindow, data_dir: Path, events: QObject | None) -> None:
        super().__init__(window)
        self.window = window
        self.db_path = paths.database_path(data_dir)
        self.events = events
        self.actions: list[QAction] = []

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

    def _tell(self, text: str) -> None:
        QMessageBox.information(self.window, self.tr("Your data"), text)

    def _data_changed(self) -> None:
        for name in ("data_replaced", "plan_changed", "journal_changed"):
            signal = getattr(self.events, name, None)
            if signal is not None:
                signal.emit()

    def _commit_pending(self) -> None:
        for tab in ("plan_tab", "journal_tab"):
            commit = getattr(getattr(self.window, tab, None), "commit_pending", None)
            if commit is not None:
                commit()

    @Slot()
    def back_up_now(self) -> None:
        """Make a backup now and say where it is."""
        from desktop.store import backup
        from desktop.store.errors import StoreError

        self._commit_pending()
        try:
            made = backup.make_backup(self.db_path, "manual")
        except StoreError as error:
            self._tell(str(error))
            return
        self.window.statusBar().showMessage(
            self.tr("Backed up: %1").replace("%1", made.path.name), 10_000
        )

    @Slot()
    def show_backups(self) -> None:
        """The Backups dialog."""
        from desktop.ui.app.backups_dialog import BackupsDialog

        self._commit_pending()
        dialog = BackupsDialog(self.db_path, self.window)
        dialog.restored.connect(self._data_changed)
        dialog.exec()

    def _documents(self) -> str:
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    @Slot()
    def export_everything(self) -> None:
        """Ask where, then export everything as JSON (to import) or Markdown (to read)."""
        self._commit_pending()
        json_filter = self.tr("Complete export, can be imported (*.json)")
        markdown_filter = self.tr("To read or print (*.md)")
        from datetime import date

        suggested = str(Path(self._documents()) / f"between-sessions-{date.today()}.json")
        chosen, used_filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export everything"),
            suggested,
            f"{json_filter};;{markdown_filter}",
        )
        if not chosen:
            return
        from desktop.reports import markdown as markdown_export
        from desktop.store import export
        from desktop.store.errors import StoreError

        out = Path(chosen)
        try:
            if used_filter == markdown_filter or out.suffix.lower() == ".md":
                markdown_export.export_markdown(out)
            else:
                export.export_json(out)
        except StoreError as error:
            self._tell(str(error))
            return
        except OSError as error:
            self._tell(
                self.tr("The export couldn't be written (%1). Nothing else was changed.").replace(
                    "%1", error.strerror or str(error)
                )
            )
            return
        self.window.statusBar().showMessage(
            self.tr("Exported to %1").replace("%1", str(out)), 10_000
        )

    @Slot()
    def import_file(self) -> None:
        """Import a JSON export: all or nothing, duplicates recognised; a backup comes first."""
        self._commit_pending()
        chosen, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import"),
            self._documents(),
            self.tr("Between Sessions export (*.json)"),
        )
        if not chosen:
            return
        from desktop.store import backup, export
        from desktop.store.errors import StoreError

        try:
            document = export.read_document(Path(chosen).read_bytes())
            backup.make_backup(self.db_path, "before-import")
            result = export.import_document(document)
        except StoreError as error:
            self._tell(str(error))
            return
        except OSError as error:
            self._tell(
                self.tr("The file couldn't be read (%1). Nothing was changed.").replace(
                    "%1", error.strerror or str(error)
                )
            )
            return
        self._data_changed()
        self._tell(
            self.tr("Imported: %1 added, %2 already here.")
            .replace("%1", str(result.total_added))
            .replace("%2", str(result.total_already_there))
        )


def add_data_actions(window: QMainWindow, menu: QMenu, data_dir: Path) -> DataActions:
    """Add the data actions to window's File menu."""
    actions = DataActions(window, data_dir, getattr(window, "events", None))
    actions.add_to(menu)
    return actions
