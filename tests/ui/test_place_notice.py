"""A data folder a sync client uploads (or on a network share), as a person meets it: a calm
notice above the tabs that says what can happen and what helps, "Keep it here" remembered for
that folder, closing it with the keyboard; and an export into such a folder asked about once,
where "Choose another place" writes nothing."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from desktop.store import places
from desktop.store.places import Place, PlaceKind
from desktop.ui.app import place_notice
from desktop.ui.app.events import Events
from desktop.ui.app.main_window import MainWindow
from desktop.ui.common import synced
from desktop.ui.common.notice_bar import NoticeBar
from tests.ui.helpers import answer_message_box, plain, visible_texts

SHAME = re.compile(r"\b(fail(ed|ure|ing)?|missed|error|warning|danger)\b", re.IGNORECASE)


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home of the test's own, with no sync client of the machine running the tests."""
    folder = tmp_path / "home"
    (folder / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("USERPROFILE", str(folder))
    for variable in ("OneDrive", "OneDriveConsumer", "OneDriveCommercial", "APPDATA"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.delenv("LOCALAPPDATA", raising=False)
    return folder


@pytest.fixture
def synced_data(store: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The test store's data folder, as OneDrive's own (as its variable says on Windows)."""
    monkeypatch.setenv("OneDrive", str(store.parent))
    return store.parent


def opened(make_window: Callable[..., MainWindow], qtbot: Any) -> MainWindow:
    """A window opened as the app opens one: up first, then data_opened (desktop/app.py)."""
    window = make_window(data_open=False)
    window.show()
    qtbot.waitExposed(window)
    window.data_opened()
    return window


def test_a_synced_data_folder_is_said_plainly_above_the_tabs(
    synced_data: Path, make_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    window = opened(make_window, qtbot)
    bar = window.place_notice
    assert bar is not None
    qtbot.waitUntil(bar.isVisible)  # shown as the window's layout takes it in
    assert bar.heading.text() == "Your data is in a folder that OneDrive syncs"
    said = bar.text.text()
    for expected in (
        "your journal is uploaded to OneDrive",
        "while it is being written",
        "-wal and -shm",
        "which can damage it",
        "keep your data in a folder on this computer that isn't synced",
        str(synced_data),
        "Export everything… in the File menu",
    ):
        assert expected in said, expected
    assert [t for t in visible_texts(bar) if SHAME.search(t)] == []
    buttons = {plain(b.text()) for b in bar.findChildren(QPushButton)}
    assert buttons == {"Open data folder", "Keep it here"}
    top_of_tabs = window.tabs.mapTo(window, QPoint(0, 0)).y()
    assert bar.mapTo(window, QPoint(0, bar.height())).y() <= top_of_tabs
    window.data_opened()  # said once
    assert len(window.findChildren(NoticeBar)) == 1


def test_a_folder_on_this_computer_has_no_notice(
    store: Path, make_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    window = opened(make_window, qtbot)
    assert window.place_notice is None
    assert window.findChildren(NoticeBar) == []


def test_the_notice_is_heard_and_opens_the_data_folder(
    synced_data: Path,
    make_window: Callable[..., MainWindow],
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    heard: list[str] = []
    monkeypatch.setattr(
        QAccessible,
        "updateAccessibility",
        lambda event: (
            heard.append(event.message())
            if isinstance(event, QAccessibleAnnouncementEvent)
            else None
        ),
    )
    shown: list[str] = []
    monkeypatch.setattr(
        "desktop.ui.app.main_window.QDesktopServices.openUrl",
        lambda url: shown.append(url.toLocalFile()),
    )
    window = opened(make_window, qtbot)
    assert len(heard) == 1 and heard[0].startswith("Your data is in a folder that OneDrive syncs.")
    bar = window.place_notice
    assert bar is not None
    [open_folder] = [b for b in bar.findChildren(QPushButton) if b.text() == "Open data folder"]
    qtbot.mouseClick(open_folder, Qt.MouseButton.LeftButton)
    assert shown == [str(synced_data)]
    assert window.place_notice is bar  # the notice stays


def test_keep_it_here_is_remembered_for_that_folder(
    synced_data: Path,
    make_window: Callable[..., MainWindow],
    qtbot: Any,
    settings_path: Path,
) -> None:
    window = opened(make_window, qtbot)
    bar = window.place_notice
    assert bar is not None
    keep = bar.findChild(QPushButton, "keepItHere")
    assert keep is not None
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.place_notice is None and not bar.isVisible())
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    assert place_notice.kept_here(settings, synced_data)
    window.close()

    again = opened(make_window, qtbot)  # the same folder, the same settings: not said again
    assert again.place_notice is None
    # Another folder in OneDrive is said again.
    assert not place_notice.kept_here(settings, synced_data / "elsewhere")


def test_escape_closes_the_notice_for_now_only(
    synced_data: Path, make_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    window = opened(make_window, qtbot)
    bar = window.place_notice
    assert bar is not None and bar.close_button is not None
    assert bar.close_button.accessibleName() == "Close this notice"
    bar.text.setFocus()
    qtbot.keyClick(bar.text, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.place_notice is None)
    assert not bar.isVisible()
    window.close()
    again = opened(make_window, qtbot)  # closing isn't "keep it here": said at the next start
    assert again.place_notice is not None
    qtbot.mouseClick(again.place_notice.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: again.place_notice is None)


def test_a_network_share_is_said_in_its_own_words(
    store: Path,
    make_window: Callable[..., MainWindow],
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    share = Place(PlaceKind.NETWORK, "nfs4", store.parent)
    monkeypatch.setattr(places, "where", lambda _path: share)
    window = opened(make_window, qtbot)
    bar = window.place_notice
    assert bar is not None
    assert bar.heading.text() == "Your data is on a network share"
    said = bar.text.text()
    assert "when the connection drops" in said and "kept on that other computer" in said
    assert "OneDrive" not in said and "nfs4" not in said
    assert [t for t in visible_texts(bar) if SHAME.search(t)] == []


def test_the_notice_keeps_its_words_whole_in_a_narrow_window(
    synced_data: Path, make_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    window = opened(make_window, qtbot)
    bar = window.place_notice
    assert bar is not None
    window.resize(window.minimumSizeHint().width(), 760)
    qtbot.waitUntil(bar.narrow)  # the buttons go under the words
    qtbot.waitUntil(lambda: bar.text.height() >= bar.text.heightForWidth(bar.text.width()))
    window.resize(1180, 760)
    qtbot.waitUntil(lambda: not bar.narrow())


# -- saving a copy into a synced folder ------------------------------------------------------


class SaveDialog:
    """QFileDialog.getSaveFileName answered from a list; records where each one started."""

    def __init__(self, *answers: Path | None) -> None:
        self.answers = list(answers)
        self.started_at: list[Path] = []

    def __call__(self, _parent: Any, _title: str, start: str, _filter: str) -> tuple[str, str]:
        self.started_at.append(Path(start))
        answer = self.answers.pop(0)
        return ("", "") if answer is None else (str(answer), "")


def test_an_export_to_a_synced_folder_asks_first_and_choosing_another_writes_nothing(
    store: Path,
    make_window: Callable[..., MainWindow],
    qtbot: Any,
    home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cloud = home / "OneDrive"
    cloud.mkdir()
    monkeypatch.setenv("OneDrive", str(cloud))
    window = opened(make_window, qtbot)
    assert window.place_notice is None  # the data itself is on this computer
    ask = SaveDialog(cloud / "everything.json", None)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    boxes = answer_message_box(monkeypatch, "Choose another place")
    window.data_actions.export_everything()
    [box] = boxes
    assert box.text() == "This folder is synced to OneDrive."
    assert "The export holds your journal" in box.informativeText()
    assert "OneDrive would upload it" in box.informativeText()
    assert [t for t in visible_texts(box) if SHAME.search(t)] == []
    assert plain(box.defaultButton().text()) == "Choose another place"
    assert list(cloud.iterdir()) == []  # nothing written
    # The dialog came back, with the same name, in a folder on this computer.
    assert len(ask.started_at) == 2 and ask.started_at[1].name == "everything.json"
    assert places.where(ask.started_at[1].parent) is None

    ask = SaveDialog(cloud / "everything.json")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    answer_message_box(monkeypatch, "Save it here")
    window.data_actions.export_everything()
    exported = json.loads((cloud / "everything.json").read_text(encoding="utf-8"))
    assert exported["format"] == "between-sessions-export"


def test_an_export_to_a_folder_on_this_computer_asks_nothing(
    store: Path,
    make_window: Callable[..., MainWindow],
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = opened(make_window, qtbot)
    out = tmp_path / "here.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(SaveDialog(out)))
    window.data_actions.export_everything()  # an unanswered box would fail the test
    assert out.is_file()


def test_the_save_dialog_starts_at_home_when_documents_is_in_onedrive(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Windows 11's Known Folder Move: Documents is C:\Users\sam\OneDrive\Documents.
    documents = home / "OneDrive" / "Documents"
    documents.mkdir(parents=True)
    locations = {
        QStandardPaths.StandardLocation.DocumentsLocation: str(documents),
        QStandardPaths.StandardLocation.HomeLocation: str(home),
    }
    monkeypatch.setattr(
        QStandardPaths, "writableLocation", staticmethod(lambda which: locations[which])
    )
    assert synced.export_folder() == home
    locations[QStandardPaths.StandardLocation.DocumentsLocation] = str(home / "Documents")
    assert synced.export_folder() == home / "Documents"


def test_the_session_summary_to_a_synced_folder_asks_first(
    store: Path, qtbot: Any, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.encouragement.tab import SESSION_PREP, EncouragementTab

    cloud = home / "Dropbox"
    cloud.mkdir()
    tab = EncouragementTab(Events())
    qtbot.addWidget(tab)
    tab.show_page(SESSION_PREP)
    ask = SaveDialog(cloud / "prep.pdf", None)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    boxes = answer_message_box(monkeypatch, "Choose another place")
    tab.session_page.pdf_button.click()
    [box] = boxes
    assert box.text() == "This folder is synced to Dropbox."
    assert "The summary holds" in box.informativeText()
    assert list(cloud.iterdir()) == []

    ask = SaveDialog(cloud / "prep.md")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    answer_message_box(monkeypatch, "Save it here")
    tab.session_page.markdown_button.click()
    assert (cloud / "prep.md").read_text(encoding="utf-8") == tab.session_page.markdown


def test_the_question_about_a_network_share(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    boxes = answer_message_box(monkeypatch, "Save it here")
    share = Place(PlaceKind.NETWORK, "smbfs", Path("/Volumes/share"))
    assert synced.save_here(parent, share, "The export holds your journal.")
    [box] = boxes
    assert box.text() == "This folder is on a network share."
    assert "kept on another computer" in box.informativeText()
