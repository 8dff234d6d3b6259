"""The schema, as an ordered list of migrations. Entry N moves a file from version N to N+1.

Each migration is frozen once released: it is written in SQL, not derived from the models, so
that later changes to the models can never change what an old migration does.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import peewee
from peewee import SqliteDatabase

from desktop.store.errors import classify
from desktop.store.models import execute

Migration = Callable[[SqliteDatabase], None]


def _run_script(script: str) -> None:
    """Run each statement of a script in turn, inside the migration's transaction.

    (sqlite3's executescript() would commit first.) A statement ends at the ";" that completes
    it, as SQLite reads it, so a ";" inside a string literal or a trigger's body stays put.
    """
    statement = ""
    for piece in script.split(";"):
        statement += piece + ";"
        if sqlite3.complete_statement(statement):
            if statement.strip(" \n\t;"):
                execute(statement)
            statement = ""
    if statement.strip(" \n\t;"):
        execute(statement)


def _v1_action_plan(db: SqliteDatabase) -> None:
    """Plan items, check-ins with what got in the way, and the history of adjustments."""
    _run_script(
        """
        CREATE TABLE plan_item (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            why TEXT NOT NULL DEFAULT '',
            kind VARCHAR(255) NOT NULL,
            rhythm VARCHAR(255) NOT NULL,
            days_per_week INTEGER,
            smaller_version TEXT NOT NULL DEFAULT '',
            status VARCHAR(255) NOT NULL DEFAULT 'active',
            position INTEGER NOT NULL,
            created_at DATETIME NOT NULL,
            updated_at DATETIME NOT NULL
        );
        CREATE TABLE check_in (
            id INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL REFERENCES plan_item (id) ON DELETE CASCADE,
            day DATE NOT NULL,
            outcome VARCHAR(255) NOT NULL,
            other_reason TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            created_at DATETIME NOT NULL,
            updated_at DATETIME NOT NULL,
            UNIQUE (item_id, day)
        );
        CREATE INDEX check_in_day ON check_in (day);
        CREATE TABLE check_in_reason (
            id INTEGER PRIMARY KEY,
            check_in_id INTEGER NOT NULL REFERENCES check_in (id) ON DELETE CASCADE,
            reason VARCHAR(255) NOT NULL,
            UNIQUE (check_in_id, reason)
        );
        CREATE TABLE adjustment (
            id INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL REFERENCES plan_item (id) ON DELETE CASCADE,
            made_at DATETIME NOT NULL,
            change VARCHAR(255) NOT NULL,
            before TEXT NOT NULL DEFAULT '',
            after TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX adjustment_item ON adjustment (item_id, made_at);
        """,
    )


def _v2_journal(db: SqliteDatabase) -> None:
    """Journal entries with tags, thought records and the person's own prompts, and a full-text
    index (FTS5) over each entry's title, text and thought record."""
    _run_script(
        """
        CREATE TABLE journal_entry (
            id INTEGER PRIMARY KEY,
            day DATE NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            mood INTEGER,
            energy INTEGER,
            bring_to_session INTEGER NOT NULL DEFAULT 0,
            private INTEGER NOT NULL DEFAULT 0,
            prompt TEXT NOT NULL DEFAULT '',
            created_at DATETIME NOT NULL,
            updated_at DATETIME NOT NULL,
            deleted_at DATETIME
        );
        CREATE INDEX journal_entry_newest ON journal_entry (day DESC, id DESC);
        CREATE TABLE tag (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE
        );
        CREATE TABLE entry_tag (
            id INTEGER PRIMARY KEY,
            entry_id INTEGER NOT NULL REFERENCES journal_entry (id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
            UNIQUE (entry_id, tag_id)
        );
        CREATE INDEX entry_tag_tag ON entry_tag (tag_id);
        CREATE TABLE thought_record (
            id INTEGER PRIMARY KEY,
            entry_id INTEGER NOT NULL UNIQUE REFERENCES journal_entry (id) ON DELETE CASCADE,
            situation TEXT NOT NULL DEFAULT '',
            thought TEXT NOT NULL DEFAULT '',
            feeling TEXT NOT NULL DEFAULT '',
            feeling_strength INTEGER,
            kind_friend TEXT NOT NULL DEFAULT '',
            balanced_thought TEXT NOT NULL DEFAULT '',
            plan_item_id INTEGER REFERENCES plan_item (id) ON DELETE SET NULL
        );
        CREATE INDEX thought_record_plan_item ON thought_record (plan_item_id);
        CREATE TABLE own_prompt (
            id INTEGER PRIMARY KEY,
            text TEXT NOT NULL,
            created_at DATETIME NOT NULL
        );
        CREATE VIRTUAL TABLE journal_search USING fts5 (
            title, body, extra,
            tokenize = 'unicode61 remove_diacritics 2',
            prefix = '2 3'
        );
        INSERT INTO journal_search (journal_search, rank) VALUES ('rank', 'bm25(4.0, 1.0, 1.0)');
        """
    )


def _v3_encouragement(db: SqliteDatabase) -> None:
    """The Encouragement tab: own notes, what was said about built-in messages and which one each
    day showed, wins added by hand, the session schedule with questions and kept summaries, and
    the safety plan."""
    _run_script(
        """
        CREATE TABLE own_note (
            id INTEGER PRIMARY KEY,
            kind VARCHAR(255) NOT NULL,
            text TEXT NOT NULL,
            in_rotation INTEGER NOT NULL DEFAULT 1,
            created_at DATETIME NOT NULL,
            updated_at DATETIME NOT NULL
        );
        CREATE TABLE message_state (
            id INTEGER PRIMARY KEY,
            message_key TEXT NOT NULL UNIQUE,
            favourite INTEGER NOT NULL DEFAULT 0,
            hidden INTEGER NOT NULL DEFAULT 0,
            updated_at DATETIME NOT NULL
        );
        CREATE TABLE shown_message (
            id INTEGER PRIMARY KEY,
            day DATE NOT NULL,
            position INTEGER NOT NULL,
            message_key TEXT NOT NULL,
            own_note_id INTEGER REFERENCES own_note (id) ON DELETE CASCADE,
            shown_at DATETIME NOT NULL,
            UNIQUE (day, position)
        );
        CREATE INDEX shown_message_own_note ON shown_message (own_note_id);
        CREATE TABLE manual_win (
            id INTEGER PRIMARY KEY,
            day DATE NOT NULL,
            text TEXT NOT NULL,
            created_at DATETIME NOT NULL
        );
        CREATE INDEX manual_win_day ON manual_win (day);
        CREATE TABLE session_schedule (
            id INTEGER PRIMARY KEY,
            name VARCHAR(255) NOT NULL UNIQUE,
            next_day DATE,
            rhythm VARCHAR(255) NOT NULL DEFAULT 'once',
            last_day DATE,
            updated_at DATETIME NOT NULL
        );
        CREATE TABLE session_record (
            id INTEGER PRIMARY KEY,
            period_start DATE NOT NULL,
            period_end DATE NOT NULL,
            markdown TEXT NOT NULL,
            made_at DATETIME NOT NULL
        );
        CREATE TABLE session_question (
            id INTEGER PRIMARY KEY,
            text TEXT NOT NULL,
            position INTEGER NOT NULL,
            done INTEGER NOT NULL DEFAULT 0,
            record_id INTEGER REFERENCES session_record (id) ON DELETE CASCADE,
            created_at DATETIME NOT NULL,
            updated_at DATETIME NOT NULL
        );
        CREATE INDEX session_question_record ON session_question (record_id, position);
        CREATE TABLE safety_item (
            id INTEGER PRIMARY KEY,
            section VARCHAR(255) NOT NULL,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            number TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            created_at DATETIME NOT NULL,
            updated_at DATETIME NOT NULL
        );
        CREATE INDEX safety_item_section ON safety_item (section, position);
        """
    )


def _v4_journal_kept_and_trash(db: SqliteDatabase) -> None:
    """Indexes for entries kept and entries in the trash. Without them, counting entries, the
    tags in use and emptying the old trash each read every entry's text (the trash mark is
    stored after it): 100 MB for a ten-year journal, three times at every start."""
    _run_script(
        """
        CREATE INDEX journal_entry_kept ON journal_entry (day DESC, id DESC)
            WHERE deleted_at IS NULL;
        CREATE INDEX journal_entry_trash ON journal_entry (deleted_at)
            WHERE deleted_at IS NOT NULL;
        """
    )


def _v5_tags_one_per_name(db: SqliteDatabase) -> None:
    """One tag per name in any case, kept by the schema: tag.folded holds the name as the app
    compares names (Python's str.casefold: "Ärger" is "ärger", which SQLite's NOCASE, ASCII
    only, doesn't know), unique. Tags that differ only so are merged into the first one."""
    execute("ALTER TABLE tag ADD COLUMN folded TEXT NOT NULL DEFAULT ''")
    first: dict[str, int] = {}
    for tag_id, name in execute("SELECT id, name FROM tag ORDER BY id"):
        folded = str(name).casefold()
        kept = first.setdefault(folded, tag_id)
        if kept != tag_id:
            # The entries with both keep one; the others move to the first spelling.
            execute(
                "DELETE FROM entry_tag WHERE tag_id = ? AND entry_id IN "
                "(SELECT entry_id FROM entry_tag WHERE tag_id = ?)",
                (tag_id, kept),
            )
            execute("UPDATE entry_tag SET tag_id = ? WHERE tag_id = ?", (kept, tag_id))
            execute("DELETE FROM tag WHERE id = ?", (tag_id,))
    for folded, tag_id in first.items():
        execute("UPDATE tag SET folded = ? WHERE id = ?", (folded, tag_id))
    execute("CREATE UNIQUE INDEX tag_folded ON tag (folded)")


def _v6_search_one_copy(db: SqliteDatabase) -> None:
    """The search index keeps no copy of the text: external-content FTS5 over a view of the
    entries (title, text, and as "extra" the tags and the thought record, as the index had
    them), without prefix indexes. A ten-year journal's file goes from 4.4x its text to 2.1x;
    the prefix indexes alone were 1.0x (see the commit that brought this). FTS5 holds up to 16
    MiB of new words before it writes them (1 MiB by default): a rebuild of ten years then
    takes 0.44 s instead of 0.69 s, and leaves no pages of merged-away segments behind (1.7 MB).

    Also indexes for the import's lookup of a row by its natural key, in the tables that had
    none: without one, each row of a file is looked for through the whole table. An entry is
    found by when it was written and its day (either alone can be shared by many: entries
    written by a script in the same second, or on one day)."""
    _drop_search_index("journal_search")
    _run_script(
        """
        CREATE VIEW journal_search_text AS
        SELECT entry.id AS id, entry.title AS title, entry.body AS body, (
            SELECT coalesce(group_concat(part, char(10)), '') FROM (
                SELECT tag.name AS part, 0 AS k, link.id AS n
                    FROM entry_tag AS link JOIN tag ON tag.id = link.tag_id
                    WHERE link.entry_id = entry.id
                UNION ALL SELECT situation, 1, 0 FROM thought_record
                    WHERE entry_id = entry.id AND situation <> ''
                UNION ALL SELECT thought, 2, 0 FROM thought_record
                    WHERE entry_id = entry.id AND thought <> ''
                UNION ALL SELECT feeling, 3, 0 FROM thought_record
                    WHERE entry_id = entry.id AND feeling <> ''
                UNION ALL SELECT kind_friend, 4, 0 FROM thought_record
                    WHERE entry_id = entry.id AND kind_friend <> ''
                UNION ALL SELECT balanced_thought, 5, 0 FROM thought_record
                    WHERE entry_id = entry.id AND balanced_thought <> ''
                ORDER BY k, n
            )
        ) AS extra
        FROM journal_entry AS entry;
        CREATE VIRTUAL TABLE journal_search USING fts5 (
            title, body, extra,
            content = 'journal_search_text', content_rowid = 'id',
            tokenize = 'unicode61 remove_diacritics 2'
        );
        INSERT INTO journal_search (journal_search, rank) VALUES ('rank', 'bm25(4.0, 1.0, 1.0)');
        INSERT INTO journal_search (journal_search, rank) VALUES ('hashsize', 16777216);
        INSERT INTO journal_search (journal_search) VALUES ('rebuild');
        CREATE INDEX journal_entry_key ON journal_entry (created_at, day);
        CREATE INDEX plan_item_created ON plan_item (created_at);
        CREATE INDEX own_note_created ON own_note (created_at);
        CREATE INDEX manual_win_created ON manual_win (created_at);
        CREATE INDEX session_record_made ON session_record (made_at);
        CREATE INDEX session_question_created ON session_question (created_at);
        """
    )


def _v7_emoji_are_words(db: SqliteDatabase) -> None:
    """Emoji can be searched for: the index counts other symbols (Unicode's So: 😀, ❤, ✓, the
    flags) as part of words, as it does letters, numbers and private use. By default FTS5's
    unicode61 reads them as spaces between words, so no emoji was ever found.

    A few symbols prose writes against a number or a name stay spaces between words, as
    before: ° © ® ™ ℃ ℉ № ℗ ℠ ("20°C" is still 20 and c); so do the five skin tones, so
    that 👍 finds 👍🏽 (FTS5's tables read them as letters). An emoji written against a word
    ("thanks😊") is now one word with it: "thanks" finds it as the word being typed, as a
    prefix. Every other word is read exactly as before; the index is made again from the
    entries (0.44 s for ten years, see _v6_search_one_copy).

    (The tokenizer's list sits inside its quotes as ''...'', followed by another option: the
    file's check, files._fts5_options, reads the options back and writes them again as
    tokenize = '...'. On one line: FTS5 reads no line break between a tokenizer's options.)"""
    separators = "°©®™℃℉№℗℠🏻🏼🏽🏾🏿"
    tokenize = (
        f"unicode61 categories ''L* N* Co So'' separators ''{separators}'' remove_diacritics 2"
    )
    _drop_search_index("journal_search")
    _run_script(
        f"""
        CREATE VIRTUAL TABLE journal_search USING fts5 (
            title, body, extra,
            content = 'journal_search_text', content_rowid = 'id',
            tokenize = '{tokenize}'
        );
        INSERT INTO journal_search (journal_search, rank) VALUES ('rank', 'bm25(4.0, 1.0, 1.0)');
        INSERT INTO journal_search (journal_search, rank) VALUES ('hashsize', 16777216);
        INSERT INTO journal_search (journal_search) VALUES ('rebuild');
        """
    )


def _v8_source_ids(db: SqliteDatabase) -> None:
    """An entry brought from another app keeps that app's id for it ("dayone:<uuid>"), so
    importing the same export again adds nothing, even after the entry was edited here. NULL
    for everything written here (and for entries imported before: they are still recognised by
    their day, title and text)."""
    _run_script(
        """
        ALTER TABLE journal_entry ADD COLUMN source_id TEXT;
        CREATE INDEX journal_entry_source ON journal_entry (source_id)
            WHERE source_id IS NOT NULL;
        """
    )


def _drop_search_index(name: str) -> None:
    """Drop a full-text index, even one FTS5 can no longer open (its structure damaged, an
    inner table gone): it is derived, and must never stop a file from being updated. Such an
    index is first given the inner tables of a new, empty one made with its own options."""
    execute("SAVEPOINT drop_search_index")
    try:
        execute(f"DROP TABLE {name}")
    except peewee.DatabaseError as error:
        if classify(error) is not None:
            raise  # the disk: the update stops, and says so
        execute("ROLLBACK TO drop_search_index")
        found = execute("SELECT sql FROM main.sqlite_master WHERE name = ?", (name,))
        if not found:  # no index at all: only inner tables, if any, are left of it
            for part in ("data", "idx", "content", "docsize", "config"):
                execute(f"DROP TABLE IF EXISTS main.{name}_{part}")
            execute("RELEASE drop_search_index")
            return
        sql = str(found[0][0])
        options = sql[sql.index("(") + 1 : sql.rindex(")")]
        execute(f"CREATE VIRTUAL TABLE temp.fresh_index USING fts5 ({options})")
        inner = execute(
            "SELECT substr(name, length('fresh_index_') + 1), sql FROM temp.sqlite_master "
            "WHERE type = 'table' AND name LIKE 'fresh\\_index\\_%' ESCAPE '\\'"
        )
        for part, create in inner:
            execute(f"DROP TABLE IF EXISTS main.{name}_{part}")
            columns = str(create)[str(create).index("(") :]  # and WITHOUT ROWID, if so
            execute(f"CREATE TABLE main.{name}_{part} {columns}")
            execute(f"INSERT INTO main.{name}_{part} SELECT * FROM temp.fresh_index_{part}")
        execute("DROP TABLE temp.fresh_index")
        execute(f"DROP TABLE {name}")
    execute("RELEASE drop_search_index")


MIGRATIONS: list[Migration] = [
    _v1_action_plan,
    _v2_journal,
    _v3_encouragement,
    _v4_journal_kept_and_trash,
    _v5_tags_one_per_name,
    _v6_search_one_copy,
    _v7_emoji_are_words,
    _v8_source_ids,
]

#: A file updated from before this schema is vacuumed afterwards: _v6_search_one_copy dropped the
#: index's own copy of the text, and SQLite keeps the pages it freed (half the file, for years
#: of journal) until a VACUUM gives them back to the disk.
VACUUM_BEFORE = MIGRATIONS.index(_v6_search_one_copy) + 1
