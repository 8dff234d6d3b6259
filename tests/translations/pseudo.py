"""A pseudo-locale: every text accented, bracketed and a third longer, to find English left over
and text cut off (tests/translations/test_pseudo_walk.py).

python -m tests.translations.pseudo OUT_DIR   writes OUT_DIR/between_sessions_pseudo.ts and .qm

It is generated from resources/translations/between_sessions_de.ts (which lists every source
text) and never committed. "This is the text" becomes "[Ŧĥîš îš ŧĥê ŧêxŧ ~~~~~~]": the letters
accented from a fixed table, the whole wrapped in brackets and lengthened with "~" by a third of
its length. What the app or Qt reads stays as it is: %1..%9 (and %L1, %n, %%), an "&&", the "&"
of a mnemonic (its letter accented), HTML tags and entities, {placeholders} and line breaks.
Numerus messages get every form.
"""

from __future__ import annotations

import json
import math
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE_TS = ROOT / "resources" / "translations" / "between_sessions_de.ts"
NAME = "between_sessions_pseudo"

#: The accents, one fixed letter for each (letters not here stay as they are).
ACCENTS = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "áƀçđêƒĝĥîĵķĺɱñôþʠŕšŧûṽŵxýžÅƁÇĐÊƑĜĤÎĴĶĹṀÑÔÞǪŔŠŦÛṼŴẊÝŽ",
)
OPEN, CLOSE, PAD = "[", "]", "~"

#: The pieces kept exactly: placeholders, HTML tags and entities, "&&", {names}, line breaks.
_KEPT = re.compile(r"%L?\d|%n|%%|<[^>]*>|&[a-zA-Z]+;|&#\d+;|&&|\{[^{}]*\}|\n")
_TAG = re.compile(r"<[^>]*>")


def accent(text: str) -> str:
    """The text's letters accented, every kept piece (see _KEPT) left as it is."""
    out: list[str] = []
    last = 0
    for match in _KEPT.finditer(text):
        out.append(text[last : match.start()].translate(ACCENTS))
        out.append(match.group())
        last = match.end()
    out.append(text[last:].translate(ACCENTS))
    return "".join(out)


def pseudo(text: str, *, longer: bool = True) -> str:
    """The pseudo translation of one source text: "[accented ~~~]" (brackets inside any HTML);
    longer=False: not lengthened (the built-in texts keep their length limits)."""
    if not text.strip():
        return text
    visible = _TAG.sub("", text)
    count = max(1, math.ceil(len(visible) / 3))
    # In groups of six, so a long text can still wrap between them.
    pad = "".join(" " + PAD * min(6, count - n) for n in range(0, count, 6)) if longer else ""
    body = accent(text)
    # Leading and trailing tags stay outside the brackets, so rich text stays rich text.
    lead = re.match(r"(\s*<[^>]*>)*", body)
    start = lead.end() if lead else 0
    trail = re.search(r"(<[^>]*>\s*)*$", body[start:])
    end = start + trail.start() if trail else len(body)
    return body[:start] + OPEN + body[start:end] + pad + CLOSE + body[end:]


def make_ts(source: Path = SOURCE_TS) -> str:
    """The pseudo .ts: every message of source, translated by pseudo() and finished."""
    tree = ET.parse(source)
    root = tree.getroot()
    root.set("language", "en")
    for context in root.iter("context"):
        for message in list(context.iter("message")):
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            kind = translation.get("type")
            if kind in ("obsolete", "vanished"):
                context.remove(message)
                continue
            translation.attrib.pop("type", None)
            text = pseudo(message.findtext("source") or "")
            if message.get("numerus") == "yes":
                for form in list(translation):
                    translation.remove(form)
                translation.text = None
                for _ in range(2):  # English has two forms: one, other
                    ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = text
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n"


#: The built-in texts (resources/texts/<name>.json), translated through desktop/content.
BUILT_IN = ("encouragement", "helps", "prompts", "acknowledgements")


def pseudo_texts(out_dir: Path) -> dict[str, Path]:
    """Each built-in texts file in the pseudo-locale (ids kept): out_dir/<name>.json."""

    def convert(value: object, key: str | None = None) -> object:
        if isinstance(value, str):
            return value if key == "id" else pseudo(value, longer=False)
        if isinstance(value, list):
            return [convert(item, key) for item in value]
        if isinstance(value, dict):
            return {k: convert(v, k) for k, v in value.items()}
        return value

    out_dir.mkdir(parents=True, exist_ok=True)
    written = {}
    for name in BUILT_IN:
        english = json.loads((ROOT / "resources" / "texts" / f"{name}.json").read_text("utf-8"))
        target = out_dir / f"{name}.json"
        target.write_text(json.dumps(convert(english), ensure_ascii=False), encoding="utf-8")
        written[name] = target
    return written


def lrelease() -> Path:
    """The pyside6-lrelease beside this Python (the wheel ships it)."""
    return Path(sys.executable).with_name("pyside6-lrelease")


def write(out_dir: Path, source: Path = SOURCE_TS) -> Path:
    """Write out_dir/between_sessions_pseudo.ts and release it; return the .qm's path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    ts = out_dir / f"{NAME}.ts"
    ts.write_text(make_ts(source), encoding="utf-8")
    qm = out_dir / f"{NAME}.qm"
    subprocess.run(
        [str(lrelease()), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return qm


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m tests.translations.pseudo OUT_DIR", file=sys.stderr)
        return 2
    print(write(Path(argv[0])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
