"""The one clock: what time and which day it is for the person. Nothing else asks the system.

Tests freeze it (freeze(), or the clock fixture in tests/conftest.py) and step it past midnight,
so a day change is something a test can drive rather than wait for.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

_frozen: datetime | None = None


def now() -> datetime:
    """The local time now, to the second (what the store keeps)."""
    moment = _frozen if _frozen is not None else datetime.now()
    return moment.replace(microsecond=0)


def today() -> date:
    """The person's today."""
    return now().date()


def freeze(moment: datetime) -> None:
    """Stop the clock at moment (for tests and screenshots)."""
    global _frozen
    _frozen = moment


def advance(by: timedelta) -> None:
    """Move a frozen clock on."""
    assert _frozen is not None, "only a frozen clock can be moved on"
    freeze(_frozen + by)


def thaw() -> None:
    """Let the clock follow the system's again."""
    global _frozen
    _frozen = None
