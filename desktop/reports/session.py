"""The session summary as Markdown: to read in the app, save, print or turn into a PDF.

Pure Python (no Qt): it renders a store.SessionSummary with a set of Words (reports/words.py),
so the app passes words in the person's language and tests read plain English. The person's
text is escaped so that it shows exactly as typed and never turns into headings, links or HTML.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from itertools import groupby

from desktop.reports.words import QT_TRANSLATE_NOOP, Words, fill
from desktop.store.encouragement_records import SessionSummary, SmallWin, WinKind
from desktop.store.session_summary import excerpt

#: Every phrase of the report; %1, %2 stand for the values put in.
PHRASES: Mapping[str, str] = {
    "title": QT_TRANSLATE_NOOP("report", "Session prep"),
    "period": QT_TRANSLATE_NOOP("report", "From %1 to %2"),
    "next_session": QT_TRANSLATE_NOOP("report", "Next session: %1"),
    "plan": QT_TRANSLATE_NOOP("report", "The plan"),
    "nothing_noted": QT_TRANSLATE_NOOP("report", "nothing noted"),
    "paused": QT_TRANSLATE_NOOP("report", "paused"),
    "retired": QT_TRANSLATE_NOOP("report", "retired"),
    "got_in_the_way": QT_TRANSLATE_NOOP("report", "What got in the way"),
    # How often, in the same words everywhere in the summary.
    "how_often": QT_TRANSLATE_NOOP("report", "%1 — %2"),
    "in_my_words": QT_TRANSLATE_NOOP("report", "In my words: “%1”"),
    "adjustments": QT_TRANSLATE_NOOP("report", "Adjustments"),
    "small_wins": QT_TRANSLATE_NOOP("report", "Small wins"),
    "wrote_entry": QT_TRANSLATE_NOOP("report", "wrote in my journal"),
    "wrote_entry_titled": QT_TRANSLATE_NOOP("report", "wrote in my journal: %1"),
    "to_bring": QT_TRANSLATE_NOOP("report", "To bring to the session"),
    "thought_records": QT_TRANSLATE_NOOP("report", "Thought records"),
    "situation": QT_TRANSLATE_NOOP("report", "The situation"),
    "thought": QT_TRANSLATE_NOOP("report", "The thought"),
    "feeling": QT_TRANSLATE_NOOP("report", "What it made me feel"),
    "kind_friend": QT_TRANSLATE_NOOP("report", "What a kind friend would say"),
    "balanced_thought": QT_TRANSLATE_NOOP("report", "A more balanced thought"),
    "about_step": QT_TRANSLATE_NOOP("report", "About the step"),
    "questions": QT_TRANSLATE_NOOP("report", "My questions"),
    "nothing_yet": QT_TRANSLATE_NOOP(
        "report",
        "Nothing has been noted in this period yet, and that's all right. How it went is "
        "still worth talking about.",
    ),
    "footer": QT_TRANSLATE_NOOP(
        "report",
        "Made with Between Sessions. Entries marked private are never included.",
    ),
}


def _say(words: Words, key: str, *values: str) -> str:
    """A phrase of the report in the words' language, with its values put in."""
    translate = words.tr  # (a call of words.tr(...) lupdate would take for a text)
    return fill(translate("report", PHRASES[key]), *values)


#: An entry's first line stands for it in the small wins up to this length.
WIN_TEXT_MAX = 60

_INLINE = re.compile(r"([\\`*_\[\]<>|~&#!])")


def escape(text: str) -> str:
    """The person's words on one line of Markdown, shown exactly as typed."""
    flat = " ".join(text.split())
    escaped = _INLINE.sub(r"\\\1", flat)
    # A line that starts like a list item or a numbered item stays plain text.
    escaped = re.sub(r"^([-+=])", r"\\\1", escaped)
    return re.sub(r"^(\d+)([.)])", r"\1\\\2", escaped)


def _win(win: SmallWin, words: Words) -> str:
    if win.kind is WinKind.CHECK_IN and win.outcome is not None:
        return f"{escape(win.text)} ({words.inline(words.outcome(win.outcome))})"
    if win.kind is WinKind.ENTRY:
        if win.text and not win.private:
            return _say(words, "wrote_entry_titled", escape(excerpt(win.text, WIN_TEXT_MAX)))
        return _say(words, "wrote_entry")
    return escape(win.text)


def _plan(summary: SessionSummary, words: Words) -> list[str]:
    if not summary.items:
        return []
    out = [f"## {_say(words, 'plan')}", ""]
    for row in summary.items:
        counts = ", ".join(
            f"{words.inline(words.outcome(o))} {words.times(n)}" for o, n in row.counts
        )
        status = row.item.status.value
        extra = f" ({_say(words, status)})" if status in ("paused", "retired") else ""
        out.append(
            f"- **{escape(row.item.title)}**{extra}: {counts or _say(words, 'nothing_noted')}"
        )
    return [*out, ""]


def _reasons(summary: SessionSummary, words: Words) -> list[str]:
    if not summary.reasons and not summary.other_reasons:
        return []
    out = [f"## {_say(words, 'got_in_the_way')}", ""]
    given = [(words.reason(reason), count) for reason, count in summary.reasons]
    given += [(_say(words, "in_my_words", escape(text)), n) for text, n in summary.other_reasons]
    out += [f"- {_say(words, 'how_often', what, words.times(count))}" for what, count in given]
    return [*out, ""]


def _adjustments(summary: SessionSummary, words: Words) -> list[str]:
    if not summary.adjustments:
        return []
    out = [f"## {_say(words, 'adjustments')}", ""]
    for noted in summary.adjustments:
        change = noted.adjustment
        line = (
            f"- {words.day(change.made_at.date())} · **{escape(noted.item_title)}**: "
            f"{escape(words.adjustment(change, with_note=False))}"
        )
        if change.note:
            line += f" — {escape(change.note)}"
        out.append(line)
    return [*out, ""]


def _wins(summary: SessionSummary, words: Words) -> list[str]:
    if not summary.wins:
        return []
    out = [f"## {_say(words, 'small_wins')}", ""]
    for day, wins in groupby(summary.wins, key=lambda w: w.day):
        out.append(f"- **{words.day(day)}**")
        out += [f"  - {_win(win, words)}" for win in wins]  # one a line, never run on
    return [*out, ""]


def _entries(summary: SessionSummary, words: Words) -> list[str]:
    if not summary.entries:
        return []
    out = [f"## {_say(words, 'to_bring')}", ""]
    for entry in summary.entries:
        heading = words.day(entry.day) + (f" — {escape(entry.title)}" if entry.title else "")
        out += [f"### {heading}", ""]
        if entry.excerpt:
            out += [f"> {escape(entry.excerpt)}", ""]
    return out


RECORD_PARTS = ("situation", "thought", "feeling", "kind_friend", "balanced_thought")


def _thought_records(summary: SessionSummary, words: Words) -> list[str]:
    if not summary.thought_records:
        return []
    out = [f"## {_say(words, 'thought_records')}", ""]
    for note in summary.thought_records:
        heading = words.day(note.day) + (f" — {escape(note.title)}" if note.title else "")
        out += [f"### {heading}", ""]
        for part in RECORD_PARTS:
            value = getattr(note.record, part)
            if part == "feeling" and note.record.feeling_strength is not None and value:
                value = f"{value} ({note.record.feeling_strength}/100)"
            if value:
                out.append(f"- {_say(words, part)}: {escape(value)}")
        if note.plan_item_title:
            out.append(f"- {_say(words, 'about_step')}: {escape(note.plan_item_title)}")
        out.append("")
    return out


def _questions(summary: SessionSummary, words: Words) -> list[str]:
    if not summary.questions:
        return []
    out = [f"## {_say(words, 'questions')}", ""]
    out += [f"- [{'x' if q.done else ' '}] {escape(q.text)}" for q in summary.questions]
    return [*out, ""]


def render_markdown(summary: SessionSummary, words: Words | None = None) -> str:
    """The summary as a Markdown document."""
    words = words or Words()
    period = _say(words, "period", words.day(summary.period_start), words.day(summary.period_end))
    lines = [f"# {_say(words, 'title')}", "", period + "  "]
    if summary.schedule.next_day is not None:
        lines.append(_say(words, "next_session", words.day(summary.schedule.next_day)))
    lines.append("")
    body = (
        _plan(summary, words)
        + _reasons(summary, words)
        + _adjustments(summary, words)
        + _wins(summary, words)
        + _entries(summary, words)
        + _thought_records(summary, words)
        + _questions(summary, words)
    )
    noted = any(row.counts for row in summary.items) or any(
        (
            summary.reasons,
            summary.other_reasons,
            summary.adjustments,
            summary.wins,
            summary.entries,
            summary.thought_records,
            summary.questions,
        )
    )
    if not noted:
        body += [_say(words, "nothing_yet"), ""]
    lines += body
    lines += ["---", "", f"*{_say(words, 'footer')}*", ""]
    return "\n".join(lines)


def file_name(summary: SessionSummary, suffix: str) -> str:
    """A name to offer when saving the summary, e.g. session-prep-2026-11-26.md."""
    return f"session-prep-{summary.period_end.isoformat()}.{suffix.lstrip('.')}"
