"""The session summary as Markdown: to read in the app, save, print or turn into a PDF.

Pure Python (no Qt): it renders a store.SessionSummary with a set of Words, so the app can pass
translated words and tests can read plain English. The person's text is escaped so that it shows
exactly as typed and never turns into headings, links or HTML.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from itertools import groupby
from types import MappingProxyType

from desktop.store.encouragement_records import SessionSummary, SmallWin, WinKind
from desktop.store.records import Adjustment, Change, Outcome, Reason
from desktop.store.session import excerpt

ENGLISH_OUTCOMES = {
    Outcome.DONE: "done",
    Outcome.SMALLER: "did the smaller version",
    Outcome.TRIED: "tried / started",
    Outcome.THOUGHT: "thought about it",
    Outcome.NOT_TODAY: "not today",
    Outcome.RESTED: "rested on purpose",
}
ENGLISH_REASONS = {
    Reason.OVERLOAD: "Too much going on",
    Reason.FEAR_OF_CHANGE: "Fear of change",
    Reason.PERFECTIONISM: "Perfectionism or self-doubt",
    Reason.TOO_BIG: "The step felt too big",
    Reason.SELF_SABOTAGE: "Getting in my own way",
}
ENGLISH_CHANGES = {
    Change.SMALLER_VERSION: "Smaller version cleared",
    Change.RHYTHM: "Rhythm changed",
    Change.PAUSED: "Paused",
    Change.RESUMED: "Picked up again",
    Change.RETIRED: "Retired",
    Change.RESTORED: "Brought back into the plan",
    Change.NOTE: "A note",
}
#: Every phrase of the report; %1, %2 stand for the values put in.
ENGLISH_PHRASES: Mapping[str, str] = MappingProxyType(
    {
        "title": "Session prep",
        "period": "From %1 to %2",
        "next_session": "Next session: %1",
        "plan": "The plan",
        "nothing_noted": "nothing noted",
        "paused": "paused",
        "retired": "retired",
        "got_in_the_way": "What got in the way",
        "once": "%1 — once",
        "times": "%1 — %2 times",
        "in_my_words": "In my words: “%1”",
        "adjustments": "Adjustments",
        "small_wins": "Small wins",
        "wrote_entry": "wrote in my journal",
        "wrote_entry_titled": "wrote in my journal: %1",
        "to_bring": "To bring to the session",
        "thought_records": "Thought records",
        "situation": "The situation",
        "thought": "The thought",
        "feeling": "What it made me feel",
        "kind_friend": "What a kind friend would say",
        "balanced_thought": "A more balanced thought",
        "about_step": "About the step",
        "questions": "My questions",
        "nothing_yet": "Nothing has been noted in this period yet, and that's all right. "
        "How it went is still worth talking about.",
        "footer": "Made with Between Sessions. Entries marked private are never included.",
    }
)


def _english_adjustment(adjustment: Adjustment) -> str:
    if adjustment.change is Change.SMALLER_VERSION and adjustment.after:
        return f"Smaller version set to “{adjustment.after}”"
    return ENGLISH_CHANGES[adjustment.change]


def _english_day(day: date) -> str:
    return f"{day:%a} {day.day} {day:%b %Y}"


@dataclass(frozen=True)
class Words:
    """How the report names things; English unless the app passes translated ones."""

    outcome: Callable[[Outcome], str] = ENGLISH_OUTCOMES.__getitem__
    reason: Callable[[Reason], str] = ENGLISH_REASONS.__getitem__
    adjustment: Callable[[Adjustment], str] = _english_adjustment
    day: Callable[[date], str] = _english_day
    phrases: Mapping[str, str] = field(default_factory=lambda: ENGLISH_PHRASES)

    def say(self, key: str, *values: str) -> str:
        """A phrase with its values put in."""
        text = self.phrases.get(key, ENGLISH_PHRASES[key])
        for number, value in enumerate(values, start=1):
            text = text.replace(f"%{number}", value)
        return text


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


def _wins_line(day_wins: list[SmallWin], words: Words) -> str:
    parts = []
    for win in day_wins:
        if win.kind is WinKind.CHECK_IN and win.outcome is not None:
            parts.append(f"{escape(win.text)} ({words.outcome(win.outcome)})")
        elif win.kind is WinKind.ENTRY:
            parts.append(
                words.say("wrote_entry_titled", escape(excerpt(win.text, WIN_TEXT_MAX)))
                if win.text and not win.private
                else words.say("wrote_entry")
            )
        else:
            parts.append(escape(win.text))
    return "; ".join(parts)


def _plan(summary: SessionSummary, words: Words) -> list[str]:
    if not summary.items:
        return []
    out = [f"## {words.say('plan')}", ""]
    for row in summary.items:
        counts = ", ".join(f"{words.outcome(o)} {n}" for o, n in row.counts)
        status = row.item.status.value
        extra = f" ({words.say(status)})" if status in ("paused", "retired") else ""
        out.append(f"- **{escape(row.item.title)}**{extra}: {counts or words.say('nothing_noted')}")
    return [*out, ""]


def _reasons(summary: SessionSummary, words: Words) -> list[str]:
    if not summary.reasons and not summary.other_reasons:
        return []
    out = [f"## {words.say('got_in_the_way')}", ""]
    given = [(words.reason(reason), count) for reason, count in summary.reasons]
    given += [(words.say("in_my_words", escape(text)), n) for text, n in summary.other_reasons]
    for what, count in given:
        out.append(
            f"- {words.say('once', what) if count == 1 else words.say('times', what, str(count))}"
        )
    return [*out, ""]


def _adjustments(summary: SessionSummary, words: Words) -> list[str]:
    if not summary.adjustments:
        return []
    out = [f"## {words.say('adjustments')}", ""]
    for noted in summary.adjustments:
        change = noted.adjustment
        line = (
            f"- {words.day(change.made_at.date())} · **{escape(noted.item_title)}**: "
            f"{escape(words.adjustment(change))}"
        )
        if change.note:
            line += f" — {escape(change.note)}"
        out.append(line)
    return [*out, ""]


def _wins(summary: SessionSummary, words: Words) -> list[str]:
    if not summary.wins:
        return []
    out = [f"## {words.say('small_wins')}", ""]
    for day, wins in groupby(summary.wins, key=lambda w: w.day):
        out.append(f"- **{words.day(day)}**: {_wins_line(list(wins), words)}")
    return [*out, ""]


def _entries(summary: SessionSummary, words: Words) -> list[str]:
    if not summary.entries:
        return []
    out = [f"## {words.say('to_bring')}", ""]
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
    out = [f"## {words.say('thought_records')}", ""]
    for note in summary.thought_records:
        heading = words.day(note.day) + (f" — {escape(note.title)}" if note.title else "")
        out += [f"### {heading}", ""]
        for part in RECORD_PARTS:
            value = getattr(note.record, part)
            if part == "feeling" and note.record.feeling_strength is not None and value:
                value = f"{value} ({note.record.feeling_strength}/100)"
            if value:
                out.append(f"- {words.say(part)}: {escape(value)}")
        if note.plan_item_title:
            out.append(f"- {words.say('about_step')}: {escape(note.plan_item_title)}")
        out.append("")
    return out


def _questions(summary: SessionSummary, words: Words) -> list[str]:
    if not summary.questions:
        return []
    out = [f"## {words.say('questions')}", ""]
    out += [f"- [{'x' if q.done else ' '}] {escape(q.text)}" for q in summary.questions]
    return [*out, ""]


def render_markdown(summary: SessionSummary, words: Words | None = None) -> str:
    """The summary as a Markdown document."""
    words = words or Words()
    period = words.say("period", words.day(summary.period_start), words.day(summary.period_end))
    lines = [f"# {words.say('title')}", "", period + "  "]
    if summary.schedule.next_day is not None:
        lines.append(words.say("next_session", words.day(summary.schedule.next_day)))
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
        body += [words.say("nothing_yet"), ""]
    lines += body
    lines += ["---", "", f"*{words.say('footer')}*", ""]
    return "\n".join(lines)


def file_name(summary: SessionSummary, suffix: str) -> str:
    """A name to offer when saving the summary, e.g. session-prep-2026-11-26.md."""
    return f"session-prep-{summary.period_end.isoformat()}.{suffix.lstrip('.')}"
