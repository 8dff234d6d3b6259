"""Everything in the store as one Markdown document, to read or print: the plan with its
check-ins and adjustments, the journal, then notes, wins, the next session and the safety plan.
Any table not rendered here is listed plainly at the end, so nothing is left out."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop import APP_NAME
from desktop.store.export import export_data, write_atomically

OUTCOMES = {
    "done": "done",
    "smaller_version": "did the smaller version",
    "tried": "tried / started",
    "thought_about_it": "thought about it",
    "not_today": "not today",
    "rested": "rested on purpose",
}
REASONS = {
    "emotional_overload": "too much going on",
    "fear_of_change": "fear of change",
    "perfectionism": "perfectionism or self-doubt",
    "too_big": "the step felt too big",
    "self_sabotage": "getting in my own way",
}
KINDS = {
    "journaling": "journaling",
    "boundaries": "boundaries",
    "challenging_thoughts": "challenging thoughts",
    "self_care": "self-care",
    "other": "other",
}
CHANGES = {
    "smaller_version": "smaller version changed",
    "rhythm": "rhythm changed",
    "paused": "paused",
    "resumed": "resumed",
    "retired": "retired",
    "restored": "brought back",
    "note": "a note",
}
NOTE_KINDS = {"therapist_said": "What my therapist said", "future_me": "A note to future me"}
RHYTHMS = {"once": "", "weekly": " (every week)", "fortnightly": " (every two weeks)"}
SAFETY_SECTIONS = {
    "warning_signs": "Signs that a hard time is starting",
    "coping": "Things I can do on my own to cope",
    "people_places": "People and places that take my mind off things",
    "ask_for_help": "People I can ask for help",
    "professionals": "Professionals I can contact",
    "crisis_lines": "Crisis lines and emergency numbers",
    "matters": "What matters to me",
}
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


def _text(value: str) -> str:
    """The person's words as Markdown that shows them as they are (no accidental headings)."""
    lines = []
    for line in value.splitlines() or [""]:
        line = re.sub(r"^(\s*)([#>*+\-=|]|\d+[.)])", r"\1\\\2", line)
        lines.append(line.replace("<", "&lt;"))
    return "  \n".join(lines)


def _rhythm(item: dict[str, Any]) -> str:
    rhythm = item["rhythm"]
    if rhythm == "some_days":
        days = item.get("days_per_week") or 0
        return "one day a week" if days == 1 else f"{days} days a week"
    words = {"daily": "every day", "once": "once", "when_needed": "when needed"}
    return str(words.get(rhythm, rhythm))


def _plan(tables: dict[str, list[dict[str, Any]]]) -> list[str]:
    reasons: dict[int, list[str]] = defaultdict(list)
    for row in tables.get("check_in_reason", []):
        reasons[row["check_in_id"]].append(REASONS.get(row["reason"], row["reason"]))
    check_ins: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in tables.get("check_in", []):
        check_ins[row["item_id"]].append(row)
    adjustments: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in tables.get("adjustment", []):
        adjustments[row["item_id"]].append(row)
    out = ["## Action plan", ""]
    items = sorted(tables.get("plan_item", []), key=lambda r: (r["position"], r["id"]))
    if not items:
        out += ["No plan items yet.", ""]
    for item in items:
        status = "" if item["status"] == "active" else f" ({item['status']})"
        out += [f"### {_text(item['title'])}{status}", ""]
        out.append(f"- Kind: {KINDS.get(item['kind'], item['kind'])}")
        out.append(f"- Rhythm: {_rhythm(item)}")
        if item["smaller_version"]:
            out.append(f"- Smaller version: {_text(item['smaller_version'])}")
        if item["why"]:
            out.append(f"- Why it matters: {_text(item['why'])}")
        out.append("")
        if check_ins[item["id"]]:
            out += ["#### Check-ins", ""]
            for row in sorted(check_ins[item["id"]], key=lambda r: r["day"]):
                line = f"- {row['day']}: {OUTCOMES.get(row['outcome'], row['outcome'])}"
                got_in_the_way = sorted(reasons[row["id"]])
                if row["other_reason"]:
                    got_in_the_way.append(_text(row["other_reason"]))
                if got_in_the_way:
                    line += f"; what got in the way: {', '.join(got_in_the_way)}"
                if row["note"]:
                    line += f"; note: {_text(row['note'])}"
                out.append(line)
            out.append("")
        if adjustments[item["id"]]:
            out += ["#### Adjustments", ""]
            for row in sorted(adjustments[item["id"]], key=lambda r: (r["made_at"], r["id"])):
                line = f"- {row['made_at'][:16]}: {CHANGES.get(row['change'], row['change'])}"
                if row["before"] or row["after"]:
                    line += f" (from “{_text(row['before'])}” to “{_text(row['after'])}”)"
                if row["note"]:
                    line += f"; note: {_text(row['note'])}"
                out.append(line)
            out.append("")
    return out


RECORD_PARTS = (
    ("situation", "Situation"),
    ("thought", "The thought"),
    ("feeling", "What it made me feel"),
    ("kind_friend", "What a kind friend would say"),
    ("balanced_thought", "A more balanced thought"),
)


def _journal(tables: dict[str, list[dict[str, Any]]]) -> list[str]:
    tag_names = {row["id"]: row["name"] for row in tables.get("tag", [])}
    tags: dict[int, list[str]] = defaultdict(list)
    for row in tables.get("entry_tag", []):
        tags[row["entry_id"]].append(tag_names.get(row["tag_id"], "?"))
    records = {row["entry_id"]: row for row in tables.get("thought_record", [])}
    out = ["## Journal", ""]
    entries = [e for e in tables.get("journal_entry", []) if not e.get("deleted_at")]
    if not entries:
        out += ["No journal entries yet.", ""]
    for entry in sorted(entries, key=lambda e: (e["day"], e["id"])):
        heading = entry["day"] + (f" — {_text(entry['title'])}" if entry.get("title") else "")
        out += [f"### {heading}", ""]
        facts = []
        if entry.get("mood"):
            facts.append(f"mood {entry['mood']}/5")
        if entry.get("energy"):
            facts.append(f"energy {entry['energy']}/5")
        if entry.get("bring_to_session"):
            facts.append("bring to next session")
        if entry.get("private"):
            facts.append("private — not ready to share")
        if tags[entry["id"]]:
            facts.append("tags: " + ", ".join(sorted(tags[entry["id"]])))
        if facts:
            out += ["*" + "; ".join(facts) + "*", ""]
        if entry.get("prompt"):
            out += [f"> {_text(entry['prompt'])}", ""]
        if entry.get("body"):
            out += [_text(entry["body"]), ""]
        record = records.get(entry["id"])
        if record:
            out += ["#### Thought record", ""]
            for key, label in RECORD_PARTS:
                if record.get(key):
                    out.append(f"- {label}: {_text(record[key])}")
            out.append("")
    prompts = tables.get("own_prompt", [])
    if prompts:
        out += ["### My own prompts", ""]
        out += [f"- {_text(p['text'])}" for p in prompts]
        out.append("")
    return out


def _encouragement(tables: dict[str, list[dict[str, Any]]]) -> list[str]:
    out: list[str] = []
    notes = tables.get("own_note", [])
    if notes:
        out += ["## My own notes", ""]
        for note in sorted(notes, key=lambda n: n["created_at"]):
            kind = NOTE_KINDS.get(note["kind"], note["kind"])
            out.append(f"- {_text(note['text'])} — *{kind}*")
        out.append("")
    wins = tables.get("manual_win", [])
    if wins:
        out += ["## Small wins I added", ""]
        out += [f"- {w['day']}: {_text(w['text'])}" for w in sorted(wins, key=lambda w: w["day"])]
        out.append("")
    schedule = [row for row in tables.get("session_schedule", []) if row.get("next_day")]
    questions = [q for q in tables.get("session_question", []) if not q.get("record_id")]
    if schedule or questions:
        out += ["## My next session", ""]
        for row in schedule:
            out.append(f"Next session: {row['next_day']}{RHYTHMS.get(row['rhythm'], '')}")
            out.append("")
        for question in sorted(questions, key=lambda q: q["position"]):
            mark = "x" if question.get("done") else " "
            out.append(f"- [{mark}] {_text(question['text'])}")
        out.append("")
    records = tables.get("session_record", [])
    for record in sorted(records, key=lambda r: r["period_end"]):
        out += [f"## Kept session summary, {record['period_start']} to {record['period_end']}", ""]
        # Kept as Markdown already; its headings are pushed down a level to sit under this one.
        out += [re.sub(r"^(#+)", r"\1##", line) for line in record["markdown"].splitlines()]
        out.append("")
    items = tables.get("safety_item", [])
    if items:
        out += ["## My safety plan", ""]
        by_section: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for item in items:
            by_section[item["section"]].append(item)
        for section, title in SAFETY_SECTIONS.items():
            lines = sorted(by_section.get(section, []), key=lambda i: i["position"])
            if not lines:
                continue
            out += [f"### {title}", ""]
            for item in lines:
                parts = [_text(item["text"])]
                parts += [_text(item[key]) for key in ("number", "note") if item.get(key)]
                out.append("- " + " · ".join(parts))
            out.append("")
    return out


def _others(tables: dict[str, list[dict[str, Any]]]) -> list[str]:
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


def render(document: dict[str, Any]) -> str:
    """An export document (see export.export_data) as Markdown."""
    tables = document["tables"]
    when = datetime.fromisoformat(document["exported_at"]).strftime("%Y-%m-%d %H:%M")
    out = [
        f"# {APP_NAME}",
        "",
        f"Everything kept in the app, exported on {when}. This copy is for reading; to move "
        "your data to another computer, use the JSON export.",
        "",
    ]
    out += _plan(tables) + _journal(tables) + _encouragement(tables) + _others(tables)
    return "\n".join(out).rstrip("\n") + "\n"


def export_markdown(out: Path, now: datetime | None = None) -> Path:
    """Export everything to a Markdown file (written safely; private to this user on POSIX)."""
    return write_atomically(out, render(export_data(now)).encode("utf-8"))
