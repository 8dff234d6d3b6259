"""The pseudo-locale walk: every tab, every Encouragement page and every dialog the menus and the
tabs' "…" buttons open, read with the pseudo translation (tests/translations/pseudo.py)
installed before any widget is built.

(a) No English left: every label, button, group box title, tab, menu action, window title,
placeholder, tool tip and accessible name is inside a pseudo bracket, or on the allow-list of
texts that are not ours to translate (ALLOWED, and the person's own words the test put there).
(b) Nothing cut off: a label or button without word wrap is as wide as its size hint; a
word-wrapped label is as tall as its text needs at its width (SLACK pixels either way).

The built-in texts of resources/texts (messages, prompts, acknowledgements, what helps) don't
come through the .qm: they are put in the pseudo-locale too (pseudo.pseudo_texts, bracketed and
accented but not lengthened, so they keep their length limits) and read through
desktop/content's own route for a translation file.
"""

from __future__ import annotations

import ast
import importlib.util
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMenu,
    QMessageBox,
    QWidget,
)

from desktop import APP_NAME
from tests.translations import pseudo
from tests.translations.walk import Seen, cut_off, english, locale_words, menu_texts, texts

#: Texts that are not ours to translate.
ALLOWED = {
    APP_NAME,  # the app's own name, in every language
    "Deutsch",  # language names, each in its own language (View → Language)
    "English",
    "Español",
}

#: The sample data of docs/screenshots.py: the person's own words, put there by the test.
SAMPLES = ("sample_plan", "sample_journal", "sample_encouragement")


def screenshots_module() -> Any:
    """docs/screenshots.py, whose sample plan, journal and encouragement the walk shows."""
    spec = importlib.util.spec_from_file_location(
        "docs_screenshots", pseudo.ROOT / "docs" / "screenshots.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def own_words() -> set[str]:
    """Every text the sample functions write (their string constants)."""
    tree = ast.parse((pseudo.ROOT / "docs" / "screenshots.py").read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name in SAMPLES:
            for inner in ast.walk(node):
                if isinstance(inner, ast.Constant) and isinstance(inner.value, str):
                    found.add(inner.value)
    return {text for text in found if len(text) > 1}


#: The narrowest screen a window must fit (a small laptop's, less the desktop's panels).
SMALL_SCREEN = 1024


@pytest.fixture(scope="session")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return pseudo.write(tmp_path_factory.mktemp("pseudo"))


def _clear_text_caches() -> None:
    from desktop.content import acknowledgements, encouragement, prompts

    for cached in (
        encouragement._library,
        encouragement._helps,
        prompts._builtin_prompts,
        acknowledgements._messages,
    ):
        cached.cache_clear()


@pytest.fixture
def pseudo_texts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Path]]:
    """The built-in texts in the pseudo-locale, read through desktop/content's own route for a
    translation (translation_path) as if they were a language's files."""
    import desktop.content
    from desktop.content import acknowledgements, encouragement, prompts

    files = pseudo.pseudo_texts(tmp_path / "texts")

    def translation_path(name: str, _code: str) -> Path | None:
        return files.get(name)

    for module in (encouragement, prompts, acknowledgements):
        monkeypatch.setattr(module, "translation_path", translation_path)
    before = desktop.content.language()
    desktop.content.set_language("de")  # any language but English: the files above are read
    _clear_text_caches()
    try:
        yield files
    finally:
        desktop.content.set_language(before)
        _clear_text_caches()


@pytest.fixture
def pseudo_translator(
    qapp: QApplication, pseudo_qm: Path, pseudo_texts: dict[str, Path]
) -> Iterator[QTranslator]:
    """The pseudo translation, installed before any widget is built; removed afterwards."""
    translator = QTranslator()
    assert translator.load(str(pseudo_qm)), pseudo_qm
    QCoreApplication.installTranslator(translator)
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)


class Walk:
    """What the walk has read, and the dialogs it opened."""

    def __init__(self) -> None:
        self.seen: list[Seen] = []
        self.cut: list[str] = []
        self.dialogs: list[str] = []
        self.depth = 0
        self.widest = 0

    def look(self, root: QWidget, where: str) -> None:
        QApplication.processEvents()
        self.seen += [Seen(f"{where}: {s.widget}", s.what, s.text) for s in texts(root)]
        self.cut += [f"{where}: {line}" for line in cut_off(root)]
        # Labels keep their width in a layout: a text too long shows as a window too wide.
        need = root.window().minimumSizeHint().width()
        if need > SMALL_SCREEN:
            self.cut.append(f"{where}: the window needs {need} px of width")
        self.widest = max(self.widest, need)

    def dialog(self, dialog: QDialog) -> None:
        """A dialog's exec(): shown, read, closed again."""
        dialog.show()
        for _ in range(3):
            QApplication.processEvents()
        name = f"dialog {type(dialog).__name__} {dialog.windowTitle()!r}"
        self.dialogs.append(name)
        self.look(dialog, name)
        if self.depth < 2:  # the dialogs this one opens, once
            self.depth += 1
            try:
                for button in dialog_buttons(dialog):
                    button.click()
                    QApplication.processEvents()
            finally:
                self.depth -= 1
        dialog.reject()


@pytest.fixture
def walk(monkeypatch: pytest.MonkeyPatch) -> Walk:
    """Every dialog's exec() read and closed; Qt's static boxes and file choosers likewise."""
    walk = Walk()

    def fake_exec(self: QDialog) -> int:
        walk.dialog(self)
        return 0

    for dialog_class in (QDialog, QMessageBox, QInputDialog, QFileDialog, QPrintDialog):
        monkeypatch.setattr(dialog_class, "exec", fake_exec)

    def static_box(*args: Any, **_kwargs: Any) -> QMessageBox.StandardButton:
        parent, title, text = args[0], args[1], args[2]
        box = QMessageBox(parent)
        box.setWindowTitle(title)
        box.setText(text)
        walk.dialog(box)
        box.deleteLater()
        return QMessageBox.StandardButton.NoButton

    for name in ("about", "information", "warning", "question", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(static_box))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(lambda *a, **k: ("", False)))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _url: True))
    return walk


def dialog_buttons(root: QWidget) -> list[QAbstractButton]:
    """The visible, enabled buttons under root that open a dialog (their text ends in "…")."""
    found = []
    for button in root.findChildren(QAbstractButton):
        text = button.text().replace(pseudo.CLOSE, "").rstrip(" ~")
        if button.isVisible() and button.isEnabled() and text.endswith("…"):
            found.append(button)
    return found


def press_each(walk: Walk, root: QWidget, where: str) -> None:
    """Press each of root's "…" buttons once (each dialog it opens is read and closed)."""
    for button in dialog_buttons(root):
        walk.look(root, where)
        button.click()


def menus_of(window: Any) -> list[QMenu]:
    found = []
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            found.append(menu)
    return found


def trigger_menus(walk: Walk, window: Any) -> None:
    """Trigger every menu action but Quit, the exclusive choices and Lock now."""
    skip = ("quit", "lock now")
    for menu in menus_of(window):
        for action in menu.actions():
            if not isinstance(action, QAction) or action.isSeparator() or action.menu():
                continue
            if action.actionGroup() is not None or not action.isEnabled():
                continue
            if action.menuRole() == QAction.MenuRole.QuitRole:
                continue
            source = QCoreApplication.translate("MainWindow", action.text())
            if any(word in source.lower() for word in skip):
                continue
            if action.shortcut().toString() == "Ctrl+L":  # Lock now
                continue
            action.trigger()
            QApplication.processEvents()


@pytest.fixture(params=["empty", "sample"])
def window(
    request: pytest.FixtureRequest,
    pseudo_translator: QTranslator,
    make_window: Callable[..., Any],
    qtbot: Any,
) -> Any:
    """The main window, on an empty store or on docs/screenshots.py's sample data."""
    if request.param == "sample":
        from desktop import clock

        samples = screenshots_module()
        today = clock.today()
        samples.sample_plan(today)
        samples.sample_journal(today)
        samples.sample_encouragement(today)
    shown = make_window()
    shown.resize(1100, 720)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def run_walk(walk: Walk, window: Any) -> None:
    """Every tab, every Encouragement page, every dialog of the menus and the tabs' buttons."""
    walk.look(window, "main window")
    walk.seen += menu_texts(menus_of(window), "main window")
    for number in range(window.tabs.count()):
        window.tabs.setCurrentIndex(number)
        QApplication.processEvents()
        tab = window.tabs.widget(number)
        walk.look(window, f"tab {number}")
        if number == 2:
            encouragement = window.encouragement_tab
            for page in range(encouragement.pages.count()):
                encouragement.show_page(page)
                QApplication.processEvents()
                walk.look(window, f"Encouragement page {page}")
                press_each(walk, tab, f"Encouragement page {page}")
        else:
            press_each(walk, tab, f"tab {number}")
    window.tabs.setCurrentIndex(0)
    trigger_menus(walk, window)


def english_left(walk: Walk) -> list[str]:
    allowed = {*ALLOWED, *own_words(), *locale_words()}
    left = []
    for seen in walk.seen:
        words = english(seen.text, allowed)
        if words:
            left.append(str(seen))
    return sorted(set(left))


def test_the_pseudo_texts_keep_what_qt_and_the_app_read() -> None:
    assert pseudo.pseudo("&Quit") == "[&Ǫûîŧ ~~]"
    assert pseudo.pseudo("Save && close").startswith("[Šáṽê && çĺôšê ")
    said = pseudo.pseudo("Next session in %n days, %1\nof %2")
    assert "%n" in said and "%1" in said and "%2" in said and "\n" in said
    rich = pseudo.pseudo("<p>Plain <b>bold</b></p>")
    assert rich.startswith("<p>[") and rich.endswith("]</b></p>") and "<b>" in rich
    assert len(pseudo.pseudo("This is the text")) >= len("This is the text") * 4 // 3


def test_nothing_is_cut_off_in_the_pseudo_locale(walk: Walk, window: Any) -> None:
    run_walk(walk, window)
    assert len(walk.dialogs) >= 5, walk.dialogs
    assert walk.cut == [], "\n".join(walk.cut)
    print(f"the widest window needs {walk.widest} px")


def test_no_english_is_left_in_the_pseudo_locale(walk: Walk, window: Any) -> None:
    run_walk(walk, window)
    left = english_left(walk)
    print(f"{len(walk.seen)} texts read, {len(walk.dialogs)} dialogs: {walk.dialogs}")
    assert left == [], f"{len(left)} texts not through the translator:\n" + "\n".join(left)


def test_the_walk_sees_a_text_cut_off(qtbot: Any) -> None:
    from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QVBoxLayout

    screen = QWidget()
    qtbot.addWidget(screen)
    column = QVBoxLayout(screen)
    narrow = QLabel(pseudo.pseudo("A label with more words than room"))
    narrow.setMaximumWidth(40)
    wrapped = QLabel(pseudo.pseudo("A wrapped label with many more words than its room " * 4))
    wrapped.setWordWrap(True)
    wrapped.setFixedSize(120, 20)
    button = QPushButton(pseudo.pseudo("A button"))
    button.setMaximumWidth(30)
    pages = QListWidget()
    pages.addItem(pseudo.pseudo("Looking back"))
    pages.setMaximumWidth(50)
    for widget in (narrow, wrapped, button, pages):
        column.addWidget(widget)
    screen.show()
    qtbot.waitExposed(screen)
    assert len(cut_off(screen)) == 4, cut_off(screen)
    assert english(screen.windowTitle() + " Plain words [Þĺáîñ] (Alt+Up)") == ["Plain", "words"]
