"""Everything in the store as one Markdown document, to read or print: the plan with its
check-ins and adjustments, the journal, then notes, wins, the next session and the safety plan.
Any table not rendered here is listed plainly at the end, so nothing is left out.

It renders the JSON export document (store/export.py), with the same Words as the app's screens
(reports/words.py): the app passes them in the person's language, the command line in English.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from desktop import APP_NAME
from desktop.reports.words import QT_TRANSLATE_NOOP, Words, fill
from desktop.store.encouragement_records import NoteKind, SafetySection, SessionRhythm
from desktop.store.export import export_data, write_atomically
from desktop.store.records import Adjustment, Change, Kind, Outcome, Reason, Rhythm, Status

Tables = dict[str, list[dict[str, Any]]]
E = TypeVar("E", bound=StrEnum)

#: Every phrase of the document; %1, %2 stand for the values put in.
PHRASES: Mapping[str, str] = {
    "intro": QT_TRANSLATE_NOOP(
        "markdown",
        "Everything kept in the app, exported on %1. This copy is for reading; to move your "
        "data to another computer, use the JSON export.",
    ),
    "plan": QT_TRANSLATE_NOOP("markdown", "Action plan"),
    "no_items": QT_TRANSLATE_NOOP("markdown", "No plan items yet."),
    "kind": QT_TRANSLATE_NOOP("markdown", "Kind: %1"),
    "rhythm": QT_TRANSLATE_NOOP("markdown", "Rhythm: %1"),
    "smaller": QT_TRANSLATE_NOOP("markdown", "Smaller version: %1"),
    "why": QT_TRANSLATE_NOOP("markdown", "Why it matters: %1"),
    "check_ins": QT_TRANSLATE_NOOP("markdown", "Check-ins"),
    "got_in_the_way": QT_TRANSLATE_NOOP("markdown", "what got in the way: %1"),
    "note": QT_TRANSLATE_NOOP("markdown", "note: %1"),
    "adjustments": QT_TRANSLATE_NOOP("markdown", "Adjustments"),
    "journal": QT_TRANSLATE_NOOP("markdown", "Journal"),
    "no_entries": QT_TRANSLATE_NOOP("markdown", "No journal entries yet."),
    "mood": QT_TRANSLATE_NOOP("markdown", "mood: %1"),
    "energy": QT_TRANSLATE_NOOP("markdown", "energy: %1"),
    "tags": QT_TRANSLATE_NOOP("markdown", "tags: %1"),
    "thought_record": QT_TRANSLATE_NOOP("markdown", "Thought record"),
    "situation": QT_TRANSLATE_NOOP("markdown", "Situation"),
    "thought": QT_TRANSLATE_NOOP("markdown", "The thought"),
    "feeling": QT_TRANSLATE_NOOP("markdown", "What it made me feel"),
    "kind_friend": QT_TRANSLATE_NOOP("markdown", "What a kind friend would say"),
    "balanced_thought": QT_TRANSLATE_NOOP("markdown", "A more balanced thought"),
    "own_prompts": QT_TRANSLATE_NOOP("markdown", "My own prompts"),
    "own_notes": QT_TRANSLATE_NOOP("markdown", "My own notes"),
    "wins": QT_TRANSLATE_NOOP("markdown", "Small wins I added"),
    "next_session": QT_TRANSLATE_NOOP("markdown", "My next session"),
    "next_session_on": QT_TRANSLATE_NOOP("markdown", "Next session: %1"),
    "kept_summary": QT_TRANSLATE_NOOP("markdown", "Kept session summary, %1 to %2"),
    "safety_plan": QT_TRANSLATE_NOOP("markdown", "My safety plan"),
}
RECORD_PARTS = ("situation", "thought", "feeling", "kind_friend", "balanced_thought")
RENDERED = {
    "plan_item",
    "check_in",
    "check_in_reason",
    "adjustment",
    "journal_entry",
    "tag",
    "entry_tag",
    "thought_record",
    "own_prompt",
    "own_note",
    "manual_win",
    "session_schedule",
    "session_record",
    "session_question",
    "safety_item",
    # The app's own bookkeeping of which message was shown when: nothing the person wrote.
    "message_state",
    "shown_message",
}


def _say(words: Words, key: str, *values: object) -> str:
    translate = words.tr  # (a call of words.tr(...) lupdate would take for a text)
    return fill(translate("markdown", PHRASES[key]), *values)


def _named(kind: type[E], value: str, name: Callable[[E], str]) -> str:
    """A stored value in words; a value this version doesn't know, as it is."""
    try:
        return name(kind(value))
    except ValueError:
        return value


def _text(value: str) -> str:
    """The person's words as Markdown that shows them as they are (no accidental headings)."""
    lines = []
    for line in value.splitlines() or [""]:
        line = re.sub(r"^(\s*)([#>*+\-=|]|\d+[.)])", r"\1\\\2", line)
        lines.append(line.replace("<", "&lt;"))
    return "  \n".join(lines)


def _adjustment(row: dict[str, Any], words: Words) -> str:
    try:
        change = Adjustment(
            id=row["id"],
            item_id=row["item_id"],
            made_at=datetime.fromisoformat(row["made_at"]),
            change=Change(row["change"]),
            before=row["before"],
            after=row["after"],
            note="",
        )
        return words.adjustment(change, with_note=False)
    except ValueError:  # a value this version doesn't know
        return str(row["change"])


def _rhythm(item: dict[str, Any], words: Words) -> str:
    try:
        return words.rhythm(Rhythm(item["rhythm"]), item["days_per_week"])
    except ValueError:
        return str(item["rhythm"])


def _plan(tables: Tables, words: Words) -> list[str]:
    reasons: dict[int, list[str]] = defaultdict(list)
    for row in tables.get("check_in_reason", []):
        reasons[row["check_in_id"]].append(
            words.inline(_named(Reason, row["reason"], words.reason))
        )
    check_ins: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in tables.get("check_in", []):
        check_ins[row["item_id"]].append(row)
    adjustments: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in tables.get("adjustment", []):
        adjustments[row["item_id"]].append(row)
    out = [f"## {_say(words, 'plan')}", ""]
    items = sorted(tables.get("plan_item", []), key=lambda r: (r["position"], r["id"]))
    if not items:
        out += [_say(words, "no_items"), ""]
    for item in items:
        status = ""
        if item["status"] != Status.ACTIVE:
            status = f" ({words.inline(_named(Status, item['status'], words.status))})"
        out += [f"### {_text(item['title'])}{status}", ""]
        out.append("- " + _say(words, "kind", _named(Kind, item["kind"], words.kind)))
        out.append("- " + _say(words, "rhythm", _rhythm(item, words)))
        if item["smaller_version"]:
            out.append("- " + _say(words, "smaller", _text(item["smaller_version"])))
        if item["why"]:
            out.append("- " + _say(words, "why", _text(item["why"])))
        out.append("")
        if check_ins[item["id"]]:
            out += [f"#### {_say(words, 'check_ins')}", ""]
            for row in sorted(check_ins[item["id"]], key=lambda r: r["day"]):
                outcome = words.inline(_named(Outcome, row["outcome"], words.outcome))
                line = f"- {row['day']}: {outcome}"
                got_in_the_way = sorted(reasons[row["id"]])
                if row["other_reason"]:
                    got_in_the_way.append(_text(row["other_reason"]))
                if got_in_the_way:
                    line += "; " + _say(words, "got_in_the_way", ", ".join(got_in_the_way))
                if row["note"]:
                    line += "; " + _say(words, "note", _text(row["note"]))
                out.append(line)
            out.append("")
        if adjustments[item["id"]]:
            out += [f"#### {_say(words, 'adjustments')}", ""]
            for row in sorted(adjustments[item["id"]], key=lambda r: (r["made_at"], r["id"])):
                line = f"- {row['made_at'][:16]}: {_text(_adjustment(row, words))}"
                if row["note"]:
                    line += "; " + _say(words, "note", _text(row["note"]))
                out.append(line)
            out.append("")
    return out


def _journal(tables: Tables, words: Words) -> list[str]:
    tag_names = {row["id"]: row["name"] for row in tables.get("tag", [])}
    tags: dict[int, list[str]] = defaultdict(list)
    for row in tables.get("entry_tag", []):
        tags[row["entry_id"]].append(tag_names.get(row["tag_id"], "?"))
    records = {row["entry_id"]: row for row in tables.get("thought_record", [])}
    out = [f"## {_say(words, 'journal')}", ""]
    entries = [e for e in tables.get("journal_entry", []) if not e.get("deleted_at")]
    if not entries:
        out += [_say(words, "no_entries"), ""]
    for entry in sorted(entries, key=lambda e: (e["day"], e["id"])):
        heading = entry["day"] + (f" — {_text(entry['title'])}" if entry.get("title") else "")
        out += [f"### {heading}", ""]
        facts = []
        if entry.get("mood") in range(1, 6):
            facts.append(_say(words, "mood", words.inline(words.mood(entry["mood"]))))
        if entry.get("energy") in range(1, 6):
            facts.append(_say(words, "energy", words.inline(words.energy(entry["energy"]))))
        if entry.get("bring_to_session"):
            facts.append(words.inline(words.bring_to_session()))
        if entry.get("private"):
            facts.append(words.inline(words.private()))
        if tags[entry["id"]]:
            facts.append(_say(words, "tags", ", ".join(sorted(tags[entry["id"]]))))
        if facts:
            out += ["*" + "; ".join(facts) + "*", ""]
        if entry.get("prompt"):
            out += [f"> {_text(entry['prompt'])}", ""]
        if entry.get("body"):
            out += [_text(entry["body"]), ""]
        record = records.get(entry["id"])
        if record:
            out += [f"#### {_say(words, 'thought_record')}", ""]
            for key in RECORD_PARTS:
                if record.get(key):
                    out.append(f"- {_say(words, key)}: {_text(record[key])}")
            out.append("")
    prompts = tables.get("own_prompt", [])
    if prompts:
        out += [f"### {_say(words, 'own_prompts')}", ""]
        out += [f"- {_text(p['text'])}" for p in prompts]
        out.append("")
    return out


def _encouragement(tables: Tables, words: Words) -> list[str]:
    out: list[str] = []
    notes = tables.get("own_note", [])
    if notes:
        out += [f"## {_say(words, 'own_notes')}", ""]
        for note in sorted(notes, key=lambda n: n["created_at"]):
            kind = _named(NoteKind, note["kind"], words.note_kind)
            out.append(f"- {_text(note['text'])} — *{kind}*")
        out.append("")
    wins = tables.get("manual_win", [])
    if wins:
        out += [f"## {_say(words, 'wins')}", ""]
        out += [f"- {w['day']}: {_text(w['text'])}" for w in sorted(wins, key=lambda w: w["day"])]
        out.append("")
    schedule = [row for row in tables.get("session_schedule", []) if row.get("next_day")]
    questions = [q for q in tables.get("session_question", []) if not q.get("record_id")]
    if schedule or questions:
        out += [f"## {_say(words, 'next_session')}", ""]
        for row in schedule:
            when = row["next_day"]
            if row["rhythm"] != SessionRhythm.ONCE:
                rhythm = words.inline(_named(SessionRhythm, row["rhythm"], words.session_rhythm))
                when = f"{when} ({rhythm})"
            out += [_say(words, "next_session_on", when), ""]
        for question in sorted(questions, key=lambda q: q["position"]):
            mark = "x" if question.get("done") else " "
            out.append(f"- [{mark}] {_text(question['text'])}")
        out.append("")
    records = tables.get("session_record", [])
    for record in sorted(records, key=lambda r: r["period_end"]):
        title = _say(words, "kept_summary", record["period_start"], record["period_end"])
        out += [f"## {title}", ""]
        # Kept as Markdown already; its headings are pushed down a level to sit under this one.
        out += [re.sub(r"^(#+)", r"\1##", line) for line in record["markdown"].splitlines()]
        out.append("")
    items = tables.get("safety_item", [])
    if items:
        out += [f"## {_say(words, 'safety_plan')}", ""]
        by_section: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for item in items:
            by_section[item["section"]].append(item)
        for section in SafetySection:
            lines = sorted(by_section.get(section.value, []), key=lambda i: i["position"])
            if not lines:
                continue
            out += [f"### {words.safety_section(section)}", ""]
            for item in lines:
                parts = [_text(item["text"])]
                parts += [_text(item[key]) for key in ("number", "note") if item.get(key)]
                out.append("- " + " · ".join(parts))
            out.append("")
    return out


def _others(tables: Tables) -> list[str]:
    out: list[str] = []
    for table, rows in tables.items():
        if table in RENDERED or not rows:
            continue
        out += [f"## {table.replace('_', ' ').capitalize()}", ""]
        for row in rows:
            parts = [f"{k}: {_text(str(v))}" for k, v in row.items() if k != "id" and v]
            out.append("- " + "; ".join(parts))
        out.append("")
    return out


def render(document: dict[str, Any], words: Words | None = None) -> str:
    """An export document (see export.export_data) as Markdown."""
    words = words or Words()
    tables = document["tables"]
    when = datetime.fromisoformat(document["exported_at"]).strftime("%Y-%m-%d %H:%M")
    out = [f"# {APP_NAME}", "", _say(words, "intro", when), ""]
    out += _plan(tables, words) + _journal(tables, words) + _encouragement(tables, words)
    out += _others(tables)
    return "\n".join(out).rstrip("\n") + "\n"


def export_markdown(out: Path, now: datetime | None = None, words: Words | None = None) -> Path:
    """Export everything to a Markdown file (written safely; private to this user on POSIX)."""
    return write_atomically(out, render(export_data(now), words).encode("utf-8"))
