"""The command line's passphrase commands (protect, unprotect, change-passphrase), and how
every command gets the passphrase or recovery code of a protected journal: the first line of
--passphrase-file / --recovery-code-file, or asked on the terminal (never echoed)."""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path
from typing import Any

from desktop import APP_NAME

EXIT_OK = 0


class NotConfirmed(Exception):
    """The passphrase typed twice wasn't the same twice (nothing was changed)."""


def add_commands(commands: Any, data_dir: argparse.ArgumentParser) -> None:
    """The subcommands protect, unprotect and change-passphrase (commands: argparse's
    subparsers; data_dir: the parent every command has)."""
    commands.add_parser(
        "protect",
        parents=[data_dir],
        help="protect the journal with a passphrase (encrypt it); prints a recovery code",
    )
    commands.add_parser(
        "unprotect",
        parents=[data_dir],
        help="turn the passphrase off: the data file becomes readable by any program again",
    )
    change = commands.add_parser(
        "change-passphrase", parents=[data_dir], help="choose a new passphrase"
    )
    change.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        help="read the new passphrase from the first line of FILE instead of asking",
    )


def add_secret_options(parser: argparse.ArgumentParser, *, suppress: bool = False) -> None:
    """--passphrase-file and --recovery-code-file: before the command, or after it."""
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        default=default,
        help="read the passphrase from the first line of FILE instead of asking",
    )
    parser.add_argument(
        "--recovery-code-file",
        metavar="FILE",
        default=default,
        help="open a protected journal with the recovery code in the first line of FILE",
    )


def _say(message: str) -> None:
    print(message, flush=True)


def first_line(path: str) -> str:
    """The first line of a file, without its line ending (the rest of the file is ignored)."""
    text = Path(path).expanduser().read_text(encoding="utf-8-sig")
    lines = text.splitlines()
    return lines[0] if lines else ""


def _asked(prompt: str) -> str:
    return getpass.getpass(prompt)


def _secrets(args: argparse.Namespace) -> tuple[str | None, str | None]:
    """(passphrase, recovery code): one of them, from its file or asked."""
    code_file = getattr(args, "recovery_code_file", None)
    if code_file:
        return None, first_line(code_file)
    pass_file = getattr(args, "passphrase_file", None)
    if pass_file:
        return first_line(pass_file), None
    return _asked("Passphrase: "), None


def _new_passphrase(file: str | None, prompt: str) -> str:
    """A new passphrase: the first line of file, or typed twice on the terminal."""
    if file:
        return first_line(file)
    first = _asked(prompt)
    if _asked("The same once more: ") != first:
        raise NotConfirmed("The two passphrases weren't the same, so nothing was changed.")
    return first


def unlock_for(args: argparse.Namespace, db_path: Path) -> bool:
    """See cli.unlock_for."""
    from desktop.store import protect

    if not db_path.exists() or not protect.is_protected(db_path):
        return False
    passphrase, code = _secrets(args)
    protect.unlock(db_path, passphrase=passphrase, recovery_code=code)
    return True


def unlock_backup(args: argparse.Namespace, backup_path: Path) -> None:
    """Unlock an encrypted backup with its own slots when no key at hand opens it (restoring
    into a new folder, or after the journal was unprotected)."""
    from desktop.store import backup_keys

    if backup_keys.is_encrypted(backup_path) and backup_keys.key_for(backup_path) is None:
        passphrase, code = _secrets(args)
        backup_keys.unlock(backup_path, passphrase=passphrase, recovery_code=code)


def protect(args: argparse.Namespace, db_path: Path) -> int:
    """between-sessions protect: encrypt the journal; print its recovery code once."""
    from desktop.store import lock
    from desktop.store import protect as protecting
    from desktop.store.errors import DataLocked

    passphrase = _new_passphrase(getattr(args, "passphrase_file", None), "New passphrase: ")
    try:
        with lock.DataLock(db_path):
            code = protecting.protect(db_path, passphrase)
    except DataLocked as error:
        from desktop import cli

        return cli._busy(error)
    _say(f"{db_path} is now protected with your passphrase.")
    _say(f"Recovery code: {code}")
    from desktop.store import backup_keys

    for plain in backup_keys.plain_backups(db_path):
        _say(f"This backup is still readable by any program: {plain}")
    _say(
        "Write the recovery code down or print it, and keep it apart from this computer: it "
        "opens the journal if the passphrase is forgotten. Without the passphrase and this "
        f"code nobody can open the journal, not even the makers of {APP_NAME}. It is shown "
        "only this once."
    )
    return EXIT_OK


def unprotect(args: argparse.Namespace, db_path: Path) -> int:
    """between-sessions unprotect: decrypt the journal back to a plain file."""
    from desktop.store import lock
    from desktop.store import protect as protecting
    from desktop.store.errors import DataLocked

    if not protecting.is_protected(db_path):
        raise protecting.ProtectError("protect.not_protected")
    passphrase, code = _secrets(args)
    try:
        with lock.DataLock(db_path):
            protecting.unprotect(db_path, passphrase=passphrase, recovery_code=code)
    except DataLocked as error:
        from desktop import cli

        return cli._busy(error)
    _say(
        f"{db_path} is no longer protected: any program on this computer can read it now. "
        "Backups made while it was protected stay protected."
    )
    return EXIT_OK


def change_passphrase(args: argparse.Namespace, db_path: Path) -> int:
    """between-sessions change-passphrase: a new passphrase (the recovery code stays)."""
    from desktop.store import lock
    from desktop.store import protect as protecting
    from desktop.store.errors import DataLocked

    if not protecting.is_protected(db_path):
        raise protecting.ProtectError("protect.not_protected")
    passphrase, code = _secrets(args)
    new = _new_passphrase(getattr(args, "new_passphrase_file", None), "New passphrase: ")
    try:
        with lock.DataLock(db_path):
            protecting.change_passphrase(db_path, new, passphrase=passphrase, recovery_code=code)
    except DataLocked as error:
        from desktop import cli

        return cli._busy(error)
    _say("The passphrase is changed. The recovery code is the same as before.")
    return EXIT_OK
