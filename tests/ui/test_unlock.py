"""A protected journal in the window: the unlock screen (nothing of the journal on it), a wrong
passphrase said plainly and changing nothing, the recovery code, Lock now (Ctrl+L), and the lock
after idle minutes: what is typed stored first, nothing of it on screen while locked, and the
same tab, entry and words back after unlocking."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from desktop import APP_NAME
from desktop.store import db, engine, journal, plan, protect
from desktop.store.records import EntryFields
from desktop.ui.app import locking, startup
from desktop.ui.app.main_window import MainWindow
from tests.frozen import TODAY

MARKER = "Larkspur-4419"
PASSPHRASE = "correct horse battery"


pytestmark = pytest.mark.usefixtures("cheap_kdf")


@pytest.fixture
def protected(store: Path) -> Iterator[tuple[Path, str, int]]:
    """The test store with a plan item and an entry (both with MARKER), protected and open;
    yields its path, its recovery code and the entry's id."""
    plan.add_item(f"Walk by the river {MARKER}")
    entry = journal.save_entry(
        None, EntryFields(day=TODAY, title=f"Title {MARKER}", body=f"Words {MARKER}")
    )
    db.close_database()
    code = protect.protect(store, PASSPHRASE)
    db.open_database(store)
    yield store, code, entry.id
    db.close_database()
    engine.forget_key(store)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _texts_on_screen() -> list[str]:
    """Every text in every visible widget of the app: labels, buttons, fields, editors,
    window titles, and every row of a visible list."""
    texts: list[str] = []
    for widget in QApplication.allWidgets():
        if not widget.isVisible():
            continue
        texts += [widget.windowTitle(), widget.accessibleName(), widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.append(widget.toPlainText())
        model = getattr(widget, "model", None)
        if callable(model) and (rows := model()) is not None:
            for row in range(min(rows.rowCount(), 200)):
                texts.append(str(rows.index(row, 0).data()))
    return texts


def _nothing_of_the_journal_on_screen(*words: str) -> None:
    shown = "\n".join(_texts_on_screen())
    for word in (MARKER, *words):
        assert word not in shown


def _window(make_window: Callable[..., MainWindow], qtbot: Any, path: Path) -> MainWindow:
    """A window whose data opens and closes as app.py has it (startup.DataSession)."""
    window = make_window(data_open=False)
    session = startup.DataSession(window, path, interactive=False, read_only=False)

    def open_again() -> bool:
        session.open()
        return True

    window.locking.open_data = open_again
    window.locking.close_data = session.close
    return window


def _close(window: MainWindow) -> None:
    """Close the window, let what waited for its drawing run, then close the data."""
    window.close()
    QApplication.processEvents()
    window.locking.close_data()


def _unlock(qtbot: Any, window: MainWindow, secret: str) -> None:
    screen = window.locking.screen
    assert screen is not None
    screen.field.setText(secret)
    with qtbot.waitSignal(screen.unlocked, timeout=20_000):
        screen.unlock_button.click()


def test_a_locked_journal_starts_on_the_unlock_screen_and_a_wrong_passphrase_changes_nothing(
    protected: tuple[Path, str, int], make_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    path, _code, _entry = protected
    db.close_database()
    protect.lock(path)
    window = _window(make_window, qtbot, path)
    window.locking.show_locked()  # as app.py does for a protected journal with no key
    window.show()
    qtbot.waitExposed(window)
    screen = window.locking.screen
    assert screen is not None and screen.isVisible()
    assert not window.tabs.isVisible()
    assert window.windowTitle() == APP_NAME
    assert not window.locking.lock_action.isEnabled()
    assert not any(action.isEnabled() for action in window.needs_data)
    assert screen.field.echoMode() == QLineEdit.EchoMode.Password
    assert screen.field.accessibleName() == "Passphrase"
    _nothing_of_the_journal_on_screen()

    before = _sha(path)
    for attempt in ("not it", "still not it"):
        screen.field.setText(attempt)
        screen.unlock_button.click()
        qtbot.waitUntil(lambda: screen.problem.isVisible() and not screen.busy, timeout=20_000)
        assert "doesn't open this journal" in screen.problem.text()
        assert screen.field.selectedText() == attempt  # ready to be typed again
        assert not db.is_open()
    assert _sha(path) == before

    _unlock(qtbot, window, PASSPHRASE)
    assert window.tabs.isVisible() and not screen.isVisible()
    qtbot.waitUntil(lambda: window.plan_tab.isVisible())
    assert any(MARKER in text for text in _texts_on_screen())
    assert window.locking.lock_action.isEnabled()
    _close(window)


def test_the_recovery_code_opens_it_and_then_a_new_passphrase_is_offered(
    protected: tuple[Path, str, int],
    make_window: Callable[..., MainWindow],
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, code, _entry = protected
    window = _window(make_window, qtbot, path)
    window.data_opened()
    window.show()
    assert window.locking.lock()
    screen = window.locking.screen
    assert screen is not None
    offered: list[str] = []
    monkeypatch.setattr(window.locking, "_offer_new_passphrase", offered.append)
    screen.switch_button.click()
    assert screen.field.accessibleName() == "Recovery code"
    screen.field.setText("0000-0000-0000-0000-0000-0000")
    screen.unlock_button.click()
    qtbot.waitUntil(lambda: screen.problem.isVisible() and not screen.busy, timeout=20_000)
    assert "recovery code doesn't open" in screen.problem.text()
    _unlock(qtbot, window, code.lower())
    assert db.is_open() and window.tabs.isVisible()
    qtbot.waitUntil(lambda: offered == [code.lower()])
    _close(window)


def test_the_idle_lock_stores_what_is_typed_hides_it_and_unlocking_brings_it_back(
    protected: tuple[Path, str, int], make_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    path, _code, entry_id = protected
    window = _window(make_window, qtbot, path)
    window.show()
    window.tabs.setCurrentIndex(1)
    window.data_opened()
    window.journal_tab.open_entry(entry_id)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.journal_tab.editor.body.isVisible())
    lock = window.locking
    lock.idle_actions[15].trigger()
    assert lock.idle_timer.isActive() and lock.idle_timer.interval() == 15 * 60_000
    lock.idle_timer.stop()  # any input starts the wait again
    QApplication.sendEvent(
        window.journal_tab,
        QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(5, 5),
            QPointF(5, 5),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        ),
    )
    assert lock.idle_timer.isActive()

    editor = window.journal_tab.editor
    editor.body.setPlainText(f"Words {MARKER} and more, typed just now")  # not stored yet
    opened = QDialog(window)
    opened.setWindowTitle(f"About {MARKER}")
    opened.show()
    lock.idle_timer.timeout.emit()  # the 15 minutes have passed

    assert lock.locked and not opened.isVisible()
    qtbot.waitUntil(lambda: not db.is_open())  # once the dialog's own loop has ended
    assert engine.key_for(path) is None
    assert lock.screen is not None and lock.screen.isVisible()
    _nothing_of_the_journal_on_screen("typed just now")
    assert not lock.idle_timer.isActive()

    _unlock(qtbot, window, PASSPHRASE)
    assert journal.get_entry(entry_id).fields.body == f"Words {MARKER} and more, typed just now"
    assert window.tabs.currentIndex() == 1
    assert window.journal_tab.isVisible()
    assert editor.entry_id == entry_id
    assert editor.body.toPlainText() == f"Words {MARKER} and more, typed just now"
    assert lock.idle_timer.isActive()  # waiting again
    _close(window)


def test_a_form_being_filled_in_is_stored_when_the_lock_comes(
    protected: tuple[Path, str, int], make_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    from PySide6.QtCore import QTimer

    from desktop.ui.plan.item_dialog import ItemDialog

    path, _code, _entry = protected
    window = _window(make_window, qtbot, path)
    window.data_opened()
    window.show()
    tab = window.plan_tab

    def while_it_is_open() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ItemDialog)
        dialog.title.setText("A step typed before the lock")
        assert window.locking.lock()

    QTimer.singleShot(0, while_it_is_open)
    tab.add_item()  # the dialog's own loop, until the lock closes it
    qtbot.waitUntil(lambda: not db.is_open())
    assert not any(isinstance(w, ItemDialog) and w.isVisible() for w in QApplication.allWidgets())
    _nothing_of_the_journal_on_screen("A step typed before the lock")
    _unlock(qtbot, window, PASSPHRASE)
    assert "A step typed before the lock" in [item.title for item in plan.list_items()]
    _close(window)


def test_ctrl_l_locks_and_the_window_then_closes_without_the_data(
    protected: tuple[Path, str, int], make_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    path, _code, _entry = protected
    window = _window(make_window, qtbot, path)
    window.data_opened()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locking.locked and not db.is_open()
    _nothing_of_the_journal_on_screen()
    assert window.close()  # nothing to store, nothing asked
    window.locking.close_data()  # what app.py's finish does, while locked


def test_lock_now_waits_while_what_is_typed_cannot_be_stored(
    protected: tuple[Path, str, int],
    make_window: Callable[..., MainWindow],
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, _code, _entry = protected
    window = _window(make_window, qtbot, path)
    window.data_opened()
    window.show()
    monkeypatch.setattr(window, "commit_pending", lambda: False)
    assert not window.locking.lock()
    assert db.is_open() and window.tabs.isVisible()
    assert "stays unlocked" in window.statusBar().currentMessage()
    monkeypatch.undo()
    _close(window)


def test_the_idle_lock_waits_while_the_recovery_code_is_on_screen(
    protected: tuple[Path, str, int], make_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    from desktop.ui.app.recovery_code import RecoveryCodeDialog

    path, _code, _entry = protected
    window = _window(make_window, qtbot, path)
    window.data_opened()
    window.show()
    shown = RecoveryCodeDialog("7K2M-QX9D-4HRT-B8NW-3FZC-VJ6P", window)
    shown.show()
    window.locking.idle_actions[5].trigger()
    window.locking.idle_timer.timeout.emit()  # (closed now, the code would never be seen again)
    assert shown.isVisible() and db.is_open() and not window.locking.locked
    assert window.locking.idle_timer.isActive()  # it waits again
    assert "recovery code" in window.statusBar().currentMessage()
    shown.accept()
    window.locking.idle_timer.timeout.emit()
    assert window.locking.locked
    qtbot.waitUntil(lambda: not db.is_open())


def test_crisis_help_on_the_unlock_screen_is_generic_and_shows_nothing_of_theirs(
    protected: tuple[Path, str, int],
    make_window: Callable[..., MainWindow],
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.store import safety
    from desktop.store.encouragement_records import SafetySection
    from tests.ui.helpers import answer_message_box

    path, _code, _entry = protected
    safety.add_item(SafetySection.ASK_FOR_HELP, f"Sam {MARKER}", number="0123")
    window = _window(make_window, qtbot, path)
    window.data_opened()
    window.show()
    boxes = answer_message_box(monkeypatch, "Close")
    window.show_crisis_help()  # unlocked: the person's own contacts first
    assert MARKER in boxes[-1].informativeText()
    assert window.locking.lock()
    screen = window.locking.screen
    assert screen is not None
    screen.crisis_button.click()
    said = boxes[-1].text() + boxes[-1].informativeText()
    assert "not emergency help" in said and "crisis line" in said
    assert MARKER not in said
    assert [b.text() for b in boxes[-1].buttons() if "safety plan" in b.text()] == []
    monkeypatch.undo()
    _close(window)


def test_a_plain_journal_offers_no_lock(make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    assert not window.locking.lock_action.isEnabled()
    assert not window.locking.idle_menu.isEnabled()
    assert not window.locking.lock()
    assert db.is_open()


def test_close_dialogs_answers_a_message_box_with_its_escape_button(qtbot: Any) -> None:
    from PySide6.QtWidgets import QMessageBox

    parent = QWidget()
    qtbot.addWidget(parent)
    box = QMessageBox(parent)
    keep = box.addButton("Keep the app open", QMessageBox.ButtonRole.RejectRole)
    box.addButton("Close anyway", QMessageBox.ButtonRole.DestructiveRole)
    box.open()
    locking.close_dialogs()
    assert not box.isVisible()
    assert box.clickedButton() is keep
