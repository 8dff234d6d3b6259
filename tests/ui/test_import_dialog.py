"""File → Import…, driven as a person would: the preview says what preview.py finds, Import
writes it and the journal shows it, a second import adds nothing, a Daylio mood mapping changes
the stored mood, Cancel (of the dialog or of the write) and a hostile file change nothing."""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from desktop.store.errors import StoreError
from desktop.store.models import database
from desktop.store.sources import detect, preview, write
from desktop.store.sources.entries import SourceKind
from desktop.ui.app.import_dialog import ImportDialog
from desktop.ui.app.main_window import MainWindow
from desktop.ui.common import labels
from desktop.ui.common.i18n import explain

FIXTURES = Path(__file__).parent.parent / "fixtures"
SOURCES = {
    "dayone": FIXTURES / "dayone" / "Journal.json",
    "jrnl-json": FIXTURES / "jrnl" / "export.json",
    "jrnl-txt": FIXTURES / "jrnl" / "journal.txt",
    "daylio": FIXTURES / "daylio" / "daylio_export.csv",
    "rednotebook": FIXTURES / "rednotebook",
}


def opened(qtbot: Any, dialog: ImportDialog, path: Path) -> ImportDialog:
    """The dialog with path chosen and read (its preview or its problem on screen)."""
    with qtbot.waitSignal(dialog.previewed, timeout=20_000):
        dialog.open_path(path)
    return dialog


@pytest.fixture
def make_dialog(qtbot: Any, store: Path, writer: Any, tmp_path: Path) -> Callable[[], Any]:
    def make() -> ImportDialog:
        dialog = ImportDialog(store, writer, start=tmp_path)
        qtbot.addWidget(dialog)
        return dialog

    return make


def _entries(sql: str = "SELECT day, title, mood FROM journal_entry ORDER BY id") -> list[Any]:
    return list(database.execute_sql(sql).fetchall())  # type: ignore[no-untyped-call]


def _data_digest(store: Path) -> str:
    digest = hashlib.sha256()
    for path in (store, store.with_name(store.name + "-wal")):
        if path.exists():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _said_count(count: int) -> str:
    return "1 entry" if count == 1 else f"{count:,} entries"


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_the_preview_shows_what_preview_finds(
    name: str, make_dialog: Callable[[], ImportDialog], qtbot: Any
) -> None:
    path = SOURCES[name]
    expected = preview.preview(detect.read_source(path))
    assert expected.entries > 0
    dialog = opened(qtbot, make_dialog(), path)

    said = dialog.summary.text()
    assert dialog.kind_combo.currentData() == expected.kind
    assert said.startswith(_said_count(expected.entries))
    assert expected.first_day is not None and expected.last_day is not None
    assert labels.day(expected.first_day) in said and labels.day(expected.last_day) in said
    if expected.left_out.photos:
        assert f"{expected.left_out.photos} photo" in said
    if expected.left_out.empty:
        assert f"{expected.left_out.empty} empty entr" in said
    assert dialog.import_button.isEnabled()
    assert dialog.import_button.text() == f"Import {_said_count(expected.new)}"
    assert dialog.moods_box.isHidden() == (not expected.moods)
    assert not _entries()  # reading and previewing write nothing


def _import_through_the_menu(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch, path: Path
) -> list[str]:
    """File → Import…, choose path, press Import; what the app said afterwards."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))

    def choose_and_import(dialog: ImportDialog) -> int:
        opened(qtbot, dialog, path)
        dialog.import_button.click()
        return 0

    monkeypatch.setattr(ImportDialog, "exec", choose_and_import)
    [action] = [a for a in window.data_actions.actions if a.objectName() == "import"]
    action.trigger()
    return said


def test_an_import_shows_in_the_journal_and_a_second_adds_nothing(
    make_window: Callable[[], MainWindow],
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    store: Path,
) -> None:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentIndex(1)  # the journal tab, built and showing its (empty) list
    journal_tab = window.journal_tab
    assert journal_tab.model.rowCount() == 0
    reading = detect.read_source(SOURCES["dayone"])
    expected = preview.preview(reading)

    said = _import_through_the_menu(window, qtbot, monkeypatch, SOURCES["dayone"])

    assert said == [
        f"Added {_said_count(expected.new)} from Day One. "
        f"{expected.left_out.photos} photos weren't brought over."
    ]
    assert len(_entries()) == expected.new
    shown = [journal_tab.model.index(row).data() for row in range(journal_tab.model.rowCount())]
    assert len(shown) == expected.new
    titles = {preview.title_of(entry) for entry in reading.entries} - {""}
    assert titles and all(any(title in line for line in shown) for title in titles)
    from desktop.store import backup

    assert [b.reason for b in backup.list_backups(store)] == ["before-import"]

    # The same file again: the preview says so, and nothing can be added twice.
    dialog = opened(
        qtbot, ImportDialog(store, window.data_actions._writer(), start=store), SOURCES["dayone"]
    )
    qtbot.addWidget(dialog)
    assert "All of them are already here: nothing to add." in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.import_button.text() == "Nothing new to import"
    assert len(_entries()) == expected.new


def test_a_daylio_mood_mapping_changes_the_stored_mood(
    make_dialog: Callable[[], ImportDialog], qtbot: Any
) -> None:
    dialog = opened(qtbot, make_dialog(), SOURCES["daylio"])
    combo = dialog.mood_combos["Ruhig"]  # a mood of the person's own: no mood by default
    assert combo.currentData() is None
    assert dialog.mood_combos["rad"].currentText() == labels.mood(5)
    combo.setCurrentIndex(combo.findData(4))
    dialog.mood_combos["rad"].setCurrentIndex(dialog.mood_combos["rad"].findData(3))

    dialog.import_button.click()

    moods = dict(_entries("SELECT body, mood FROM journal_entry"))
    assert moods["Ein Mood mit eigenem Namen"] == 4
    assert moods["Dinner with Sam, then a walk 😊."] == 3
    assert dialog.result_text.startswith("Added 4 entries from Daylio.")


def test_cancel_writes_nothing(
    make_dialog: Callable[[], ImportDialog], qtbot: Any, store: Path
) -> None:
    before = _data_digest(store)
    dialog = opened(qtbot, make_dialog(), SOURCES["jrnl-json"])
    dialog.buttons.rejected.emit()
    assert not dialog.isVisible() and dialog.result_text == ""
    assert _entries() == []
    assert _data_digest(store) == before


def test_cancelling_the_write_leaves_nothing_of_it(
    make_dialog: Callable[[], ImportDialog], qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = opened(qtbot, make_dialog(), SOURCES["jrnl-json"])
    monkeypatch.setattr(write, "PROGRESS_EVERY", 2)  # told after two entries are in
    told: list[int] = []

    def cancelled_the_second_time(_self: QProgressDialog) -> bool:
        told.append(1)
        return len(told) > 1

    monkeypatch.setattr(QProgressDialog, "wasCanceled", cancelled_the_second_time)

    dialog.import_button.click()

    assert len(told) == 2  # the second time, entries were already added inside the write
    assert _entries() == []
    assert dialog.result_text == ""
    assert "Cancelled: nothing was added." in dialog.summary.text()


def _zip_leaving_the_archive(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("../outside.json", (FIXTURES / "dayone" / "Journal.json").read_text())
    return path


def _yaml_with_python_tags(path: Path) -> Path:
    path.write_text("1: {text: !!python/object/apply:os.system [echo hi]}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "make_file",
    [
        _zip_leaving_the_archive,
        lambda path: _yaml_with_python_tags(path.with_name("2024-01.txt")),
    ],
    ids=["zip-path-leaves-archive", "yaml-with-python-tags"],
)
def test_a_hostile_file_is_explained_and_changes_nothing(
    make_file: Callable[[Path], Path],
    make_dialog: Callable[[], ImportDialog],
    qtbot: Any,
    store: Path,
    tmp_path: Path,
) -> None:
    path = make_file(tmp_path / "Export.zip")
    before = _data_digest(store)
    dialog = opened(qtbot, make_dialog(), path)
    with pytest.raises(StoreError) as refused:
        detect.read_source(path)
    assert dialog.summary.text() == explain(refused.value)  # the reader's own words
    assert not dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert _entries() == []
    assert _data_digest(store) == before


def test_the_kind_can_be_chosen_and_markdown_asks_for_its_date_pattern(
    make_dialog: Callable[[], ImportDialog], qtbot: Any, tmp_path: Path
) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "03.02.2024.md").write_text("A note #calm", encoding="utf-8")
    dialog = opened(qtbot, make_dialog(), notes)
    assert dialog.kind_combo.currentData() == SourceKind.MARKDOWN
    assert not dialog.pattern_field.isHidden()
    assert "1 note without a date" in dialog.summary.text()

    with qtbot.waitSignal(dialog.previewed, timeout=20_000):
        dialog.pattern_field.setText("DD.MM.YYYY")
        dialog.pattern_field.setModified(True)
        dialog.pattern_field.editingFinished.emit()

    assert dialog.summary.text().startswith("1 entry from Markdown notes, on 3 Feb 2024.")
    assert dialog.import_button.text() == "Import 1 entry"


def test_every_control_has_a_name_and_a_keyboard_path(
    make_dialog: Callable[[], ImportDialog], qtbot: Any
) -> None:
    dialog = opened(qtbot, make_dialog(), SOURCES["daylio"])
    controls = [
        w
        for kind in (QComboBox, QLineEdit, QPushButton)
        for w in dialog.findChildren(kind)
        if not w.isHidden() and w.parent() is not None and w.window() is dialog
    ]
    assert len(dialog.mood_combos) == 4
    for control in controls:
        named = control.accessibleName() or getattr(control, "text", lambda: "")()
        assert named.strip(), control
        assert control.focusPolicy() & control.focusPolicy().TabFocus, named


def test_tab_goes_from_the_preview_through_the_moods_to_import(
    make_dialog: Callable[[], ImportDialog], qtbot: Any
) -> None:
    dialog = opened(qtbot, make_dialog(), SOURCES["daylio"])
    order: list[QWidget] = []
    widget: QWidget | None = dialog.path_field
    while widget is not None and len(order) < 20:
        order.append(widget)
        widget = widget.nextInFocusChain()
    wanted = [
        dialog.path_field,
        dialog.file_button,
        dialog.folder_button,
        dialog.kind_combo,
        dialog.summary,
        *dialog.mood_combos.values(),
        dialog.import_button,
    ]
    assert [w for w in order if w in wanted][: len(wanted)] == wanted
