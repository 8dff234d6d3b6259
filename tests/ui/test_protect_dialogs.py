"""File → Protect with a passphrase…, Change passphrase…, Turn off protection…, and the plain
word before an export, driven as a person would: through the dialogs' own fields and buttons,
and checked on the files a person could open afterwards."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from desktop.store import backup, backup_keys, db, engine, keys, plan, protect
from desktop.ui.app import recovery_code
from desktop.ui.app.main_window import MainWindow
from desktop.ui.app.protect_dialogs import (
    ChangePassphraseDialog,
    NewPassphraseDialog,
    ProtectDialog,
    TurnOffDialog,
    ask_new_passphrase,
)
from desktop.ui.app.recovery_code import RecoveryCodeDialog
from tests.ui.helpers import plain

MARKER = "Heronwick-5521"
PASSPHRASE = "river stones at dusk"


pytestmark = pytest.mark.usefixtures("cheap_kdf")


@pytest.fixture
def journal(store: Path) -> Iterator[Path]:
    """The test store with a plan item that holds MARKER; its key forgotten afterwards."""
    plan.add_item(f"Walk by the river {MARKER}")
    yield store
    db.close_database()
    engine.forget_key(store)


@pytest.fixture
def window(make_window: Callable[[], MainWindow], journal: Path) -> MainWindow:
    shown = make_window()
    shown.plan_tab.refresh()
    return shown


def _protected(path: Path) -> str:
    """Protect the journal at path as the command line would, and open it again."""
    code = protect.protect(path, PASSPHRASE)
    db.open_database(path)
    return code


def _trigger(window: MainWindow, name: str) -> None:
    [action] = [a for a in window.data_actions.actions if a.objectName() == name]
    action.trigger()


def _visible_passphrase_actions(window: MainWindow) -> list[str]:
    window.data_actions.update_passphrase_actions()  # (as the File menu does as it opens)
    return [
        a.objectName()
        for a in window.data_actions.actions
        if a.objectName() in window.data_actions.PASSPHRASE and a.isVisible()
    ]


def _titles(window: MainWindow) -> list[str]:
    model = window.plan_tab.model
    return [model.index(row).data() for row in range(model.rowCount())]


def _answer(
    monkeypatch: pytest.MonkeyPatch, dialog_class: type[QDialog], fill: Callable[[Any], None]
) -> list[Any]:
    """dialog_class.exec() fills the dialog with fill(dialog), then clicks its own button."""
    seen: list[Any] = []

    def fake_exec(self: Any) -> int:
        seen.append(self)
        fill(self)
        self.ok_button.click()  # (does nothing while it is disabled)
        return int(self.result())

    monkeypatch.setattr(dialog_class, "exec", fake_exec)
    return seen


@pytest.fixture
def codes_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The recovery code dialog answered with "I've kept it somewhere safe"; its codes kept."""
    shown: list[str] = []

    def fake_exec(self: RecoveryCodeDialog) -> int:
        shown.append(self.code_label.text())
        self.kept_button.click()
        return self.result()

    monkeypatch.setattr(RecoveryCodeDialog, "exec", fake_exec)
    return shown


def _marker_in(folder: Path) -> list[str]:
    return sorted(
        str(p.relative_to(folder))
        for p in folder.rglob("*")
        if p.is_file() and MARKER.encode() in p.read_bytes()
    )


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _reopened_with(path: Path, **secret: str) -> None:
    db.close_database()
    protect.lock(path)
    protect.unlock(path, **secret)
    db.open_database(path)


# -- protecting ------------------------------------------------------------------------------


def test_protecting_through_the_dialog_encrypts_everything_and_shows_a_working_code(
    window: MainWindow, journal: Path, monkeypatch: pytest.MonkeyPatch, codes_shown: list[str]
) -> None:
    backup.make_backup(journal, "manual")  # a plain backup from before: converted too
    assert _visible_passphrase_actions(window) == ["protect"]

    def fill(dialog: ProtectDialog) -> None:
        dialog.passphrase.first.setText(PASSPHRASE)
        dialog.passphrase.second.setText(PASSPHRASE)

    _answer(monkeypatch, ProtectDialog, fill)
    _trigger(window, "protect")

    assert protect.is_protected(journal)
    assert db.is_open()  # reopened, and every tab shows the same data
    assert _titles(window) == [f"Walk by the river {MARKER}"]
    assert _marker_in(journal.parent) == []  # the data, its key slots, every backup
    assert backup_keys.plain_backups(journal) == []
    assert _visible_passphrase_actions(window) == ["change_passphrase", "unprotect"]
    [code] = codes_shown
    assert len(code.split("-")) == keys.RECOVERY_GROUPS
    _reopened_with(journal, recovery_code=code)
    assert [item.title for item in plan.list_items()] == [f"Walk by the river {MARKER}"]


def test_two_passphrases_that_differ_or_an_empty_one_protect_nothing(
    window: MainWindow, journal: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []

    def fill(dialog: ProtectDialog) -> None:
        for first, second in (("", ""), ("", "river"), ("river stones", "river"), ("a", "b")):
            dialog.passphrase.first.setText(first)
            dialog.passphrase.second.setText(second)
            assert not dialog.ok_button.isEnabled()
            said.append(dialog.passphrase.hint.text())

    _answer(monkeypatch, ProtectDialog, fill)
    _trigger(window, "protect")

    assert said == [
        "Type it twice, the same both times.",
        "A passphrase needs at least one character.",
        "The two aren't the same yet.",
        "The two aren't the same yet.",
    ]
    assert not protect.is_protected(journal)
    db.close_database()
    assert MARKER.encode() in journal.read_bytes()  # plain, as it was


def test_the_recovery_code_stays_until_it_is_kept_and_copies(qtbot: Any) -> None:
    dialog = RecoveryCodeDialog("7K2M-QX9D-4HRT-B8NW-3FZC-VJ6P")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # Escape doesn't lose the code by accident
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == "7K2M-QX9D-4HRT-B8NW-3FZC-VJ6P"
    assert dialog.copied.text() == "Copied. Paste it where you keep it safe."
    assert "nobody can open your journal, not even the makers of Between Sessions" in " ".join(
        label.text() for label in dialog.findChildren(type(dialog.copied))
    )
    dialog.kept_button.click()
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    printed = recovery_code.code_document("7K2M-QX9D-4HRT-B8NW-3FZC-VJ6P").toPlainText()
    assert "7K2M-QX9D-4HRT-B8NW-3FZC-VJ6P" in printed and "not even the makers" in printed


def _answer_boxes(monkeypatch: pytest.MonkeyPatch, *clicks: str) -> list[str]:
    """Each QMessageBox.exec() clicks the next button text of clicks; the texts said are kept."""
    said: list[str] = []
    waiting = list(clicks)

    def fake_exec(self: QMessageBox) -> int:
        said.append(f"{self.text()}\n{self.informativeText()}")
        wanted = waiting.pop(0)
        [button] = [b for b in self.buttons() if plain(b.text()) == wanted]
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return said


@pytest.mark.parametrize("answer", ["Keep them", "Remove"])
def test_plain_backups_left_are_said_with_where_they_are_to_remove_or_keep(
    window: MainWindow,
    journal: Path,
    monkeypatch: pytest.MonkeyPatch,
    codes_shown: list[str],
    answer: str,
) -> None:
    made = backup.make_backup(journal, "manual").path
    monkeypatch.setattr(protect, "convert_backups", lambda _path: [])  # one left plain
    said = _answer_boxes(
        monkeypatch, *(["Remove them…", "Remove"] if answer == "Remove" else [answer])
    )

    def fill(dialog: ProtectDialog) -> None:
        dialog.passphrase.first.setText(PASSPHRASE)
        dialog.passphrase.second.setText(PASSPHRASE)

    _answer(monkeypatch, ProtectDialog, fill)
    _trigger(window, "protect")

    assert said[0].startswith("A backup from before is still a plain file, readable by any")
    assert str(made.parent) in said[0] and made.name in said[0]
    if answer == "Remove":
        assert "can't be brought back" in said[1]
        assert not made.exists() and backup_keys.plain_backups(journal) == []
    else:
        assert made.exists() and backup_keys.plain_backups(journal) == [made]
    assert protect.is_protected(journal) and len(codes_shown) == 1


# -- changing the passphrase, the recovery code, turning it off --------------------------------


def test_changing_the_passphrase_refuses_the_old_one_afterwards(
    journal: Path, make_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    _protected(journal)
    window = make_window()
    assert _visible_passphrase_actions(window) == ["change_passphrase", "unprotect"]
    problems: list[str] = []

    def fill(dialog: ChangePassphraseDialog) -> None:
        dialog.current.field.setText("not it")
        dialog.new.first.setText("a new one")
        dialog.new.second.setText("a new one")
        dialog.ok_button.click()  # a wrong current passphrase: said in place, nothing changed
        problems.append(dialog.problem.text())
        assert dialog.current.field.selectedText() == "not it"
        dialog.current.field.setText(PASSPHRASE)

    seen = _answer(monkeypatch, ChangePassphraseDialog, fill)
    _trigger(window, "change_passphrase")

    assert problems == [
        "That passphrase doesn't open this journal. Nothing was changed; you can try again as "
        "often as you like."
    ]
    assert seen[0].result() == QDialog.DialogCode.Accepted
    db.close_database()
    protect.lock(journal)
    with pytest.raises(keys.WrongPassphraseError):
        protect.unlock(journal, passphrase=PASSPHRASE)
    protect.unlock(journal, passphrase="a new one")
    db.open_database(journal)
    assert [item.title for item in plan.list_items()] == [f"Walk by the river {MARKER}"]


def test_the_recovery_code_instead_of_the_passphrase_asks_for_a_new_one(
    journal: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = _protected(journal)
    db.close_database()
    protect.lock(journal)  # as at the unlock screen

    def fill(dialog: NewPassphraseDialog) -> None:
        dialog.new.first.setText("after the code")
        dialog.new.second.setText("after the code")

    _answer(monkeypatch, NewPassphraseDialog, fill)
    assert ask_new_passphrase(None, journal, code)

    protect.unlock(journal, passphrase="after the code")
    db.open_database(journal)
    assert [item.title for item in plan.list_items()] == [f"Walk by the river {MARKER}"]


def test_a_wrong_recovery_code_says_so_and_changes_nothing(
    journal: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _protected(journal)
    slots = keys.slots_path(journal)
    before = _sha(slots)
    problems: list[str] = []

    def fill(dialog: NewPassphraseDialog) -> None:
        dialog.new.first.setText("after the code")
        dialog.new.second.setText("after the code")
        dialog.ok_button.click()
        problems.append(dialog.problem.text())
        dialog.ok_button.setEnabled(False)  # then Cancel, as a person would

    _answer(monkeypatch, NewPassphraseDialog, fill)
    assert not ask_new_passphrase(None, journal, "0000-0000-0000-0000-0000-0000")
    assert problems[0].startswith("That recovery code doesn't open this journal.")
    assert _sha(slots) == before


def test_turning_protection_off_leaves_the_same_data_in_a_plain_file(
    journal: Path, make_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    code = _protected(journal)
    window = make_window()
    window.plan_tab.refresh()
    shown: list[str] = []

    def fill(dialog: TurnOffDialog) -> None:
        shown.append(" ".join(label.text() for label in dialog.findChildren(type(dialog.problem))))
        dialog.current.use_code.setChecked(True)
        dialog.current.field.setText(code)

    _answer(monkeypatch, TurnOffDialog, fill)
    _trigger(window, "unprotect")

    assert "any program on this computer can read it" in shown[0]
    assert "Backups made from now on are plain too" in shown[0]
    assert not protect.is_protected(journal) and not keys.slots_path(journal).exists()
    assert db.is_open() and _titles(window) == [f"Walk by the river {MARKER}"]
    assert _visible_passphrase_actions(window) == ["protect"]
    db.close_database()
    assert MARKER.encode() in journal.read_bytes()  # plain again, as said


def test_a_wrong_passphrase_turns_nothing_off_and_the_journal_stays_open(
    journal: Path, make_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    _protected(journal)
    window = make_window()
    window.plan_tab.refresh()

    def fill(dialog: TurnOffDialog) -> None:
        dialog.current.field.setText("not it")

    seen = _answer(monkeypatch, TurnOffDialog, fill)
    _trigger(window, "unprotect")

    [dialog] = seen
    assert dialog.problem.text().startswith("That passphrase doesn't open this journal.")
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert protect.is_protected(journal) and _marker_in(journal.parent) == []
    assert db.is_open() and _titles(window) == [f"Walk by the river {MARKER}"]
    assert _visible_passphrase_actions(window) == ["change_passphrase", "unprotect"]


def test_printing_the_recovery_code(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed here; .ci/run installs it")
    out = tmp_path / "printed.pdf"

    class PrintDialog:
        def __init__(self, printer: QPrinter, _parent: Any) -> None:
            self.printer = printer

        def setWindowTitle(self, _title: str) -> None:
            pass

        def exec(self) -> QDialog.DialogCode:
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(out))
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr("PySide6.QtPrintSupport.QPrintDialog", PrintDialog)
    dialog = RecoveryCodeDialog("7K2M-QX9D-4HRT-B8NW-3FZC-VJ6P")
    qtbot.addWidget(dialog)
    dialog.print_button.click()
    text = subprocess.run([tool, str(out), "-"], capture_output=True, text=True, check=True)
    words = " ".join(text.stdout.split())
    assert "7K2M-QX9D-4HRT-B8NW-3FZC-VJ6P" in words
    assert "nobody can open your journal, not even the makers of Between Sessions" in words


# -- exports are plain ------------------------------------------------------------------------


@pytest.fixture
def watched_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system's temporary folder, for this test: a folder of its own to look in after."""
    folder = tmp_path / "system-temp"
    folder.mkdir()
    for name in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def _export_to(monkeypatch: pytest.MonkeyPatch, out: Path) -> list[str]:
    asked: list[str] = []

    def ask(*_args: Any) -> tuple[str, str]:
        asked.append("where")
        return str(out), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    return asked


def test_an_export_of_a_plain_journal_asks_nothing_more(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out" / "export.json"
    out.parent.mkdir()
    asked = _export_to(monkeypatch, out)
    _trigger(window, "export")  # (an unanswered message box would fail the test)
    assert asked == ["where"] and MARKER in out.read_text(encoding="utf-8")


def test_an_export_of_a_protected_journal_says_it_is_plain_and_cancel_writes_nothing(
    journal: Path,
    make_window: Callable[[], MainWindow],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    watched_temp: Path,
) -> None:
    _protected(journal)
    window = make_window()
    out = tmp_path / "out" / "export.json"
    out.parent.mkdir()
    asked = _export_to(monkeypatch, out)

    said = _answer_boxes(monkeypatch, "Cancel")
    _trigger(window, "export")
    assert said == [
        "This file will be readable by anyone who can open it — it isn't protected by your "
        "passphrase.\nKeep it somewhere only you can reach, and remove it once you're done."
    ]
    assert asked == [] and list(out.parent.iterdir()) == []

    said = _answer_boxes(monkeypatch, "Export")
    _trigger(window, "export")
    assert len(said) == 1 and asked == ["where"]
    assert MARKER in out.read_text(encoding="utf-8")
    # Nothing of ours held the plain text anywhere else: not beside the export (no partial file
    # left), not in the system's temporary folder, not in the data folder.
    assert [p.name for p in out.parent.iterdir()] == ["export.json"]
    assert _marker_in(watched_temp) == []
    assert _marker_in(journal.parent) == []


def test_a_session_summary_of_a_protected_journal_says_it_is_plain_first(
    journal: Path,
    make_window: Callable[[], MainWindow],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.ui.encouragement.tab import SESSION_PREP

    _protected(journal)
    window = make_window()
    window.tabs.setCurrentIndex(2)
    window.encouragement_tab.show_page(SESSION_PREP)
    page = window.encouragement_tab.session_page
    out = tmp_path / "prep.md"
    asked = _export_to(monkeypatch, out)
    said = _answer_boxes(monkeypatch, "Cancel")
    page.markdown_button.click()
    assert said[0].startswith("This file will be readable by anyone who can open it")
    assert asked == [] and not out.exists()
    _answer_boxes(monkeypatch, "Export")
    page.markdown_button.click()
    assert asked == ["where"] and out.exists()


def test_the_system_temp_folder_is_where_the_test_looks(watched_temp: Path) -> None:
    """(The check above looks in the right place: Python's temporary files go there.)"""
    with tempfile.NamedTemporaryFile(delete=False) as made:
        made.write(MARKER.encode())
    assert Path(made.name).parent == watched_temp and _marker_in(watched_temp) == [
        Path(made.name).name
    ]
    os.unlink(made.name)
