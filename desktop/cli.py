"""Command-line parsing, and the subcommands that need no window (they never load Qt).

``between-sessions export|import|backup|check`` work on the data without a window. They never
write while the app has the same data open: they say so and exit with DATA_BUSY.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop import APP_NAME, cli_import, cli_protect

if TYPE_CHECKING:  # the store's modules load when a command runs, not at every start
    from desktop.store.backup import Backup
    from desktop.store.errors import DataLocked, StoreError
    from desktop.store.health import Problem

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, EXIT_DATA_BUSY = 0, 1, 2, 3


class _VersionAction(argparse.Action):
    """Print the version; reads it only when asked, since that costs time at every start."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        from desktop import __version__  # read here, only when asked
        from desktop.store import sqlite_support

        fts5 = "yes" if sqlite_support.has_fts5() else "no"
        print(f"{APP_NAME} {__version__}")
        print(f"SQLite {sqlite_support.version()}, full-text search (FTS5): {fts5}")
        parser.exit()


def command_name() -> str:
    """The command as the person ran it: between-sessions-cli from the console executable (on
    Windows the only one that prints), between-sessions otherwise."""
    ran = Path(sys.argv[0]).stem if sys.argv and sys.argv[0] else ""
    return ran if ran in ("between-sessions", "between-sessions-cli") else "between-sessions"


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse the command line (``--help`` and ``--version`` print and exit here)."""
    parser = argparse.ArgumentParser(
        prog=command_name(),
        description=f"{APP_NAME}: a private, offline companion for the days between "
        "therapy sessions. Everything stays in one file on this computer.",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep the data in DIR instead of the usual per-user data folder "
        "(created if missing; useful for portable use and tests)",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the main window, visit every tab, close cleanly and exit 0 (for CI)",
    )
    parser.add_argument(
        "--tray",
        action="store_true",
        help="start quietly in the tray, for the reminder (as start at login does)",
    )
    parser.add_argument("--version", action=_VersionAction, nargs=0, help="show the version")
    cli_protect.add_secret_options(parser)
    _add_commands(parser)
    return parser.parse_args(argv)


def _add_commands(parser: argparse.ArgumentParser) -> None:
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    # --data-dir is accepted after the command too; SUPPRESS keeps one given before it.
    data_dir = argparse.ArgumentParser(add_help=False)
    data_dir.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS)
    cli_protect.add_secret_options(data_dir, suppress=True)
    export = commands.add_parser(
        "export", parents=[data_dir], help="export everything to a JSON or Markdown file"
    )
    export.add_argument("--format", choices=("json", "markdown"), default="json")
    export.add_argument("--out", metavar="FILE", required=True, help="the file to write")
    cli_import.add_command(commands, data_dir)
    backup = commands.add_parser("backup", parents=[data_dir], help="make a backup now")
    backup.add_argument(
        "--out", metavar="FILE", help="write the backup here instead of the backups folder"
    )
    commands.add_parser(
        "check",
        parents=[data_dir],
        help="check the data file (integrity, links, search index); exit 0 when healthy",
    )
    restore = commands.add_parser(
        "restore",
        parents=[data_dir],
        help="list the backups, or put one back (what is there now is backed up first)",
    )
    restore.add_argument(
        "backup",
        metavar="N|FILE",
        nargs="?",
        help="the backup to restore: its number in the list, or a backup file",
    )
    cli_protect.add_commands(commands, data_dir)


def _say(message: str) -> None:
    print(message, flush=True)


def _complain(message: str) -> None:
    print(f"{APP_NAME}: {message}", file=sys.stderr, flush=True)


def _explain(error: StoreError) -> str:
    from desktop.reports.errors import explain  # English: the command line has no translator

    return explain(error)


def run_command(args: argparse.Namespace) -> int:
    """Run a subcommand without a window; returns the exit code."""
    from desktop import paths
    from desktop.store import db
    from desktop.store.errors import StoreError

    folder = Path(args.data_dir).expanduser() if args.data_dir else paths.default_data_dir()
    db_path = paths.database_path(folder)
    if args.command not in ("import", "restore") and not db_path.exists():
        _complain(f"There is no data in {folder} yet.")
        return EXIT_PROBLEM
    _mention_place(folder, args)
    handler: Callable[[argparse.Namespace, Path], int] = {
        "export": _export,
        "import": _import,
        "backup": _backup,
        "check": _check,
        "restore": _restore,
        "protect": cli_protect.protect,
        "unprotect": cli_protect.unprotect,
        "change-passphrase": cli_protect.change_passphrase,
    }[args.command]
    try:
        if args.command in ("export", "import", "backup", "check", "restore"):
            unlock_for(args, db_path)
        return handler(args, db_path)
    except cli_protect.NotConfirmed as error:
        _complain(str(error))
        return EXIT_USAGE
    except StoreError as error:
        _complain(_explain(error))
        return EXIT_PROBLEM
    except OSError as error:  # what the store didn't name itself: plain words, never "[Errno"
        what = f"{error.filename} couldn't be used" if error.filename else "That couldn't be done"
        _complain(f"{what}: {(error.strerror or type(error).__name__).lower()}.")
        return EXIT_PROBLEM
    finally:
        db.close_database()


def unlock_for(args: argparse.Namespace, db_path: Path) -> bool:
    """Unlock the data at db_path when it is protected: with --recovery-code-file, else with
    --passphrase-file, else with the passphrase asked on the terminal. True if it was
    protected. A wrong one raises (keys.WrongPassphraseError...), with nothing changed.
    (For the GUI's --smoke-test too: app.main can call it before opening the data.)"""
    return cli_protect.unlock_for(args, db_path)


def _mention_place(folder: Path, args: argparse.Namespace) -> None:
    """One calm line each when the data folder, or the folder an export or a backup goes to,
    is synced or on a network share (the command goes on as asked)."""
    from desktop.store import places

    here = places.where(folder)
    if here is not None and here.synced:
        _complain(
            f"Your data folder {folder} is synced to {here.service}, which can copy the data "
            "file while it is being written and damage it; a folder on this computer that "
            "isn't synced keeps it safe."
        )
    elif here is not None:
        _complain(
            f"Your data folder {folder} is on a network share, where the data file can be "
            "damaged when the connection drops; a folder on this computer keeps it safe."
        )
    out = getattr(args, "out", None)
    if args.command not in ("export", "backup") or not out:
        return
    target = Path(out).expanduser().absolute().parent
    there = places.where(target)
    if there is not None and there.synced:
        _complain(
            f"{target} is synced to {there.service}, so this copy of your journal will be "
            f"uploaded to {there.service} too."
        )
    elif there is not None:
        _complain(
            f"{target} is on a network share, so this copy of your journal will be kept on "
            "another computer."
        )


def _busy(error: DataLocked) -> int:
    _complain(_explain(error))
    return EXIT_DATA_BUSY


def _only_reading_is_possible(error: StoreError) -> bool:
    """Whether error, met taking the data's lock, still lets a command read the data: the app
    (or a command) has it open, or its folder can't be written to."""
    from desktop.store.errors import DataLocked

    return isinstance(error, DataLocked) or error.code == "lock.read_only"


def _with_store(db_path: Path, work: Callable[[], Any], *, writes: bool) -> int | None:
    """Run work with the store open: locked for us alone, or read-only while the app runs (or
    when the data's folder can't be written to).

    Returns an exit code when the data is busy, else None.
    """
    from desktop.store import db, lock
    from desktop.store.errors import DataFolderError, DataLocked

    try:
        with lock.DataLock(db_path):
            db.open_database(db_path)
            work()
            return None
    except (DataLocked, DataFolderError) as error:
        if writes or not _only_reading_is_possible(error):
            if isinstance(error, DataLocked):
                return _busy(error)
            raise
    # The app has the data open: reading alongside it is safe (SQLite's write-ahead log).
    db.open_database(db_path, read_only=True)
    work()
    return None


def _export(args: argparse.Namespace, db_path: Path) -> int:
    from desktop.reports import markdown
    from desktop.store import export

    out = Path(args.out).expanduser()

    def work() -> None:
        if args.format == "json":
            export.export_json(out)
        else:
            markdown.export_markdown(out)

    busy = _with_store(db_path, work, writes=False)
    if busy is not None:
        return busy
    _say(f"Exported everything to {out}.")
    return EXIT_OK


def _import(args: argparse.Namespace, db_path: Path) -> int:
    return cli_import.run(args, db_path, busy=_busy)


def _backup(args: argparse.Namespace, db_path: Path) -> int:
    from desktop.store import backup, db, lock
    from desktop.store.errors import BackupError, DataFolderError, DataLocked

    out = Path(args.out).expanduser() if args.out else None
    try:
        try:
            with lock.DataLock(db_path):
                db.check_ours(db_path)
                made = backup.make_backup(db_path, "command-line", out=out)
        except (DataLocked, DataFolderError) as error:
            if not _only_reading_is_possible(error):
                raise
            # Copying is reading: safe while the app has the data open, and from a folder that
            # can't be written to (into one that can: --out).
            made = backup.make_backup(db_path, "command-line", out=out)
    except BackupError as error:
        if out is not None:
            raise
        _complain(_explain(error))
        _complain(f"A backup can go anywhere else instead: {command_name()} backup --out FILE")
        return EXIT_PROBLEM
    _say(f"Backed up to {made.path}.")
    from desktop.store import backup_keys

    if backup_keys.is_encrypted(made.path):
        kept = backup_keys.slots_path(made.path)
        _say(f"It is encrypted; its keys are in {kept}: keep the two files together.")
    return EXIT_OK


def _check(args: argparse.Namespace, db_path: Path) -> int:
    from desktop.store import db
    from desktop.store.health import check_health

    health = check_health(db_path)
    _say(f"Data file: {health.path}")
    _say(f"Data format: {health.version} (this app: {db.schema_version()})")
    for table, count in health.rows.items():
        _say(f"  {table}: {count} rows")
    if health.healthy:
        _say(
            "Integrity check: ok. Links between rows: ok. Search index: ok. "
            "Everything looks healthy."
        )
        return EXIT_OK
    _say(f"The check found {len(health.problems)} problem(s):")
    for problem in health.problems[:50]:
        _say(f"  - {_problem_words(problem)}")
    if any(p.kind == "search_index" for p in health.problems):
        _say(
            "The search index is made from your entries, so nothing you wrote is affected: "
            "the app rebuilds it the next time it starts."
        )
    if any(p.kind != "search_index" for p in health.problems):
        _say("Your backups are in the backups folder beside the data file.")
    return EXIT_PROBLEM


def _problem_words(problem: Problem) -> str:
    """One problem a check found, in a line."""
    if problem.kind == "link":
        return f"{problem.table} row {problem.row} points to a missing {problem.parent} row"
    if problem.kind == "unreadable":
        return f"the file could not be read: {problem.detail}"
    if problem.kind == "search_index":
        return (
            "the search index doesn't match your journal, so a search may not find every entry "
            f"({problem.detail})"
        )
    return f"integrity: {problem.detail}"


def _restore(args: argparse.Namespace, db_path: Path) -> int:
    """List the backups (no argument), or restore one: the way back when the app won't start."""
    from desktop.store import backup, db, files, lock
    from desktop.store.errors import DataLocked

    backups = backup.list_backups(db_path)
    if args.backup is None:
        if not backups:
            _say(f"There are no backups in {db_path.parent / 'backups'}.")
            return EXIT_PROBLEM
        _say(f"Backups of {db_path}, newest first:")
        for number, found in enumerate(backups, start=1):
            problem = backup.problems_with(found.path)
            state = (
                "can be restored" if problem is None else f"can't be restored: {_explain(problem)}"
            )
            _say(f"  {number:>3}. {found.made_at:%Y-%m-%d %H:%M}  {found.reason}  ({state})")
        _say(f"Restore one with: {command_name()} restore N")
        return EXIT_OK
    chosen = _chosen_backup(args.backup, backups)
    if chosen is None:
        _complain(f"There is no backup {args.backup!r}; '{command_name()} restore' lists them.")
        return EXIT_USAGE
    cli_protect.unlock_backup(args, chosen)  # an encrypted one, in a folder that has no key
    try:
        with lock.DataLock(db_path):
            files.remove_unfinished(db_path)  # what an interrupted restore left
            done = backup.restore(chosen, db_path)
            db.close_database()
    except DataLocked as error:
        return _busy(error)
    _say(f"Restored the backup {chosen.name}.")
    if done.previous_state is not None:
        _say(f"What was there before is kept as {done.previous_state}.")
    return EXIT_OK


def _chosen_backup(wanted: str, backups: Sequence[Backup]) -> Path | None:
    """A backup by its number in the list, or a backup file by its path."""
    if wanted.isdigit():
        number = int(wanted)
        return backups[number - 1].path if 1 <= number <= len(backups) else None
    path = Path(wanted).expanduser()
    return path if path.is_file() else None
