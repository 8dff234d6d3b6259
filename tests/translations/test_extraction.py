"""Every text the person sees reaches pyside6-lupdate, in its context.

- lupdate over desktop/ adds no new message to a copy of each committed .ts (a text missing from
  the .ts is named here; ``python3 packaging/translations.py update`` puts it in);
- no message sits in an empty context (a module-level ``tr(...)`` helper lupdate can't place);
- a checker reads our Python with ``ast`` and finds no literal given to a widget's text
  (setText, setToolTip, QLabel(...), QMessageBox.information(...), ...) outside tr/translate,
  no f-string given to tr/translate, and no private wrapper around translate.

Run ``python3 -m tests.translations.test_extraction`` to list what the checker finds.
"""

from __future__ import annotations

import ast
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DESKTOP = REPO / "desktop"
TRANSLATIONS = REPO / "resources" / "translations"
sys.path.insert(0, str(REPO / "packaging"))

import translations  # noqa: E402  (packaging/translations.py)

#: Methods whose text argument the person sees (or hears: the accessible names).
TEXT_METHODS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setPlaceholderText",
    "setAccessibleName",
    "setAccessibleDescription",
    "setTitle",
    "setTabText",
    "setTabToolTip",
    "setItemText",
    "setLabelText",
    "setInformativeText",
    "setDetailedText",
    "setSpecialValueText",
    "setCancelButtonText",
    "setOkButtonText",
    "setButtonText",
    "showMessage",
    "addAction",
    "addMenu",
    "addTab",
    "addItem",
    "addButton",
    "insertTab",
    "addRow",
    "setHeaderLabels",
    "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels",
}
#: Widgets whose first argument is a text the person sees.
TEXT_CLASSES = {
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "QToolButton",
    "QCommandLinkButton",
}
#: QMessageBox's static functions: (parent, title, text, ...).
MESSAGE_BOX = {"information", "warning", "question", "critical", "about"}
TRANSLATE_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
#: Literals that are not words in any language.
NOT_WORDS = {"XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"}  # the recovery code's shape


def _is_words(node: ast.expr) -> bool:
    """A literal (or f-string, or sum of them) with a letter in it: words to translate."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value not in NOT_WORDS and any(ch.isalpha() for ch in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(
            isinstance(v, ast.Constant) and any(ch.isalpha() for ch in str(v.value))
            for v in node.values
        )
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _is_words(node.left) or _is_words(node.right)
    return False


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _unmarked(value: ast.expr) -> list[str]:
    """The words in a module-level value that no QT_TRANSLATE_NOOP marks (lupdate can't see
    them, so translating the value later finds nothing)."""
    marked = {
        id(inner)
        for call in ast.walk(value)
        if isinstance(call, ast.Call) and _name(call.func) in ("QT_TRANSLATE_NOOP", "QT_TR_NOOP")
        for inner in ast.walk(call)
    }
    keys = {id(k) for d in ast.walk(value) if isinstance(d, ast.Dict) for k in d.keys if k}
    return [
        node.value
        for node in ast.walk(value)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in marked | keys
        and " " in node.value.strip()  # words, not a key such as "moment"
    ]


def _late_texts(tree: ast.Module, where: str) -> list[str]:
    """tr(NAME) / translate(ctx, NAME[key]) of a module-level NAME: its words must be marked."""
    values = {
        target.id: node.value
        for node in tree.body
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Name)
    }
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or _name(node.func) not in ("tr", "translate"):
            continue
        texts = node.args[1:2] if _name(node.func) == "translate" else node.args[:1]
        for text in texts:
            base = text.value if isinstance(text, ast.Subscript) else text
            if isinstance(base, ast.Name) and base.id in values:
                for words in _unmarked(values[base.id]):
                    found.append(f"{where}:{node.lineno}: {base.id} holds {words[:50]!r} unmarked")
    return found


def untranslated(path: Path) -> list[str]:
    """'file:line: what' for each text in a module that no translator sees."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    where = path.relative_to(REPO).as_posix()
    found = _late_texts(tree, where)
    # A class's own tr() over translate("TheClass", ...) is read at its call sites instead
    # (Counts.tr("%Ln entries", "", n), in the context "Counts"): lupdate sees those.
    own_tr = {
        id(method)
        for cls in ast.walk(tree)
        if isinstance(cls, ast.ClassDef)
        for method in cls.body
        if isinstance(method, ast.FunctionDef)
        and method.name == "tr"
        and any(
            isinstance(call, ast.Call)
            and _name(call.func) == "translate"
            and isinstance(call.args[0], ast.Constant)
            and call.args[0].value == cls.name
            for call in ast.walk(method)
        )
    }
    for node in ast.walk(tree):
        if id(node) in own_tr:
            continue
        if isinstance(node, ast.FunctionDef) and node.name.lstrip("_") in ("tr", "translate"):
            params = {a.arg for a in node.args.args}
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and _name(call.func) == "translate"
                    and any(isinstance(a, ast.Name) and a.id in params for a in call.args[1:2])
                    and where != "desktop/ui/common/i18n.py"  # Translate's shape, for reports
                ):
                    found.append(f"{where}:{node.lineno}: a wrapper lupdate can't read")
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        literal = bool(node.args) and isinstance(node.args[0], ast.Constant)
        if name == "tr" and literal and isinstance(node.func, ast.Name):
            found.append(f"{where}:{node.lineno}: tr(...) alone: lupdate files it in no context")
        if (
            name == "tr"
            and literal
            and isinstance(node.func, ast.Attribute)
            and not (isinstance(node.func.value, ast.Name) and node.func.value.id == "self")
            and not (isinstance(node.func.value, ast.Name) and node.func.value.id[:1].isupper())
        ):
            found.append(
                f"{where}:{node.lineno}: {ast.unparse(node.func)}(...): lupdate takes "
                f"{ast.unparse(node.func.value)!r} for its context"
            )
        if name in TRANSLATE_CALLS:
            texts = node.args[1:2] if name in ("translate", "QT_TRANSLATE_NOOP") else node.args[:1]
            for text in texts:
                if isinstance(text, (ast.JoinedStr, ast.BinOp)):
                    found.append(f"{where}:{node.lineno}: a text in pieces given to {name}")
            continue
        args: list[ast.expr] = []
        if name in TEXT_METHODS or name in TEXT_CLASSES:
            args = [*node.args, *(k.value for k in node.keywords if k.arg in ("text", "title"))]
        elif (
            name in MESSAGE_BOX
            and isinstance(node.func, ast.Attribute)
            and _name(node.func.value) == "QMessageBox"
        ):
            args = list(node.args[1:3])
        for arg in args:
            if _is_words(arg):
                found.append(f"{where}:{node.lineno}: {name}({ast.unparse(arg)[:60]})")
    return found


def _modules() -> list[Path]:
    # The built-in texts (desktop/content) are translated through their own files.
    return sorted(p for p in DESKTOP.rglob("*.py") if "content" not in p.relative_to(DESKTOP).parts)


def test_no_text_outside_a_translator() -> None:
    found = [line for path in _modules() for line in untranslated(path)]
    assert found == [], "texts no translator sees:\n" + "\n".join(found)


def _messages(ts: Path) -> set[tuple[str, str]]:
    """(context, source) of every message lupdate keeps (not those that vanished)."""
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind not in ("vanished", "obsolete"):
                found.add((context.findtext("name") or "", message.findtext("source") or ""))
    return found


@pytest.mark.skipif(translations.tool("lupdate") is None, reason="pyside6-lupdate not installed")
@pytest.mark.parametrize("ts", sorted(TRANSLATIONS.glob("between_sessions_*.ts")), ids=str)
def test_every_text_is_in_the_ts(ts: Path, tmp_path: Path) -> None:
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    before = _messages(copy)
    translations.lupdate([copy])
    new = sorted(_messages(copy) - before)
    assert new == [], (
        f"{ts.name} lacks these texts (python3 packaging/translations.py update):\n"
        + "\n".join(f"  [{context}] {text}" for context, text in new)
    )
    empty = sorted(text for context, text in _messages(copy) if not context)
    assert empty == [], "texts lupdate found in no context:\n" + "\n".join(empty)


if __name__ == "__main__":
    for path in _modules():
        for line in untranslated(path):
            print(line)
