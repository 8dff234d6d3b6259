"""The kind acknowledgement after a check-in: the texts themselves and how one is chosen."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from desktop.content import acknowledgements as ack
from desktop.paths import resource_path
from desktop.store.records import Outcome, Reason

SHAME_WORDS = ("failed", "failure", "missed", "should", "lazy", "streak", "behind")
SEEDS = [f"item-{n}:2025-03-{n % 28 + 1:02d}" for n in range(200)]


ASKING = [outcome for outcome in Outcome if outcome.asks_what_got_in_the_way]
NOT_ASKING = [outcome for outcome in Outcome if not outcome.asks_what_got_in_the_way]


def all_groups() -> list[tuple[str, str]]:
    return [
        (outcome.value, group)
        for outcome in ack.ACKNOWLEDGED_OUTCOMES
        for group in ack.groups_of(outcome)
    ]


# -- the texts ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("outcome", "group"), all_groups())
def test_every_group_has_at_least_three_messages(outcome: str, group: str) -> None:
    assert len(ack.messages()[outcome][group]) >= 3


@pytest.mark.parametrize(("outcome", "group"), all_groups())
def test_messages_are_short_kind_and_plain(outcome: str, group: str) -> None:
    for text in ack.messages()[outcome][group]:
        assert 0 < len(text) < 160, text
        assert "!" not in text, text
        lowered = text.lower()
        for word in SHAME_WORDS:
            assert not re.search(rf"\b{word}", lowered), f"{word!r} in {text!r}"


def test_no_message_is_repeated() -> None:
    texts = [t for outcome, group in all_groups() for t in ack.messages()[outcome][group]]
    assert len(texts) == len(set(texts))


def test_file_has_only_known_keys() -> None:
    raw = json.loads(resource_path("texts", "acknowledgements.json").read_text("utf-8"))
    assert set(raw["messages"]) == {o.value for o in Outcome}  # every outcome has its words
    for outcome, groups in raw["messages"].items():
        assert set(groups) == set(ack.groups_of(Outcome(outcome)))


# -- choosing one ------------------------------------------------------------------------------


def test_the_app_asks_what_got_in_the_way_only_where_something_may_have() -> None:
    # A step done, the smaller version and a rest on purpose were choices, not obstacles.
    assert NOT_ASKING == [Outcome.DONE, Outcome.SMALLER, Outcome.RESTED]


@pytest.mark.parametrize("outcome", list(Outcome))
def test_every_outcome_gets_a_warm_acknowledgement(outcome: Outcome) -> None:
    for seed in SEEDS[:40]:
        assert ack.acknowledgement(outcome, seed=seed) in ack.messages()[outcome.value]["none"]


@pytest.mark.parametrize("outcome", NOT_ASKING)
def test_reasons_kept_from_an_earlier_outcome_are_not_answered(outcome: Outcome) -> None:
    group = ack.messages()[outcome.value][ack.NO_REASON]
    assert ack.acknowledgement(outcome, [Reason.OVERLOAD], "tired", seed="x") in group


@pytest.mark.parametrize("outcome", ASKING)
@pytest.mark.parametrize("reason", list(Reason))
def test_a_reason_picks_from_its_own_group(outcome: Outcome, reason: Reason) -> None:
    group = ack.messages()[outcome.value][reason.value]
    for seed in SEEDS[:40]:
        assert ack.acknowledgement(outcome, [reason], seed=seed) in group
        # A written reason alongside a listed one does not pull it into "other".
        assert ack.acknowledgement(outcome, [reason], "and a long day", seed=seed) in group


@pytest.mark.parametrize("outcome", ASKING)
def test_several_reasons_pick_from_one_of_them(outcome: Outcome) -> None:
    given = [Reason.PERFECTIONISM, Reason.TOO_BIG]
    allowed = {t for r in given for t in ack.messages()[outcome.value][r.value]}
    chosen = {ack.acknowledgement(outcome, given, seed=seed) for seed in SEEDS}
    assert chosen <= allowed
    groups = {ack.group_for(given, seed=seed) for seed in SEEDS}
    assert groups == {r.value for r in given}
    # The order the reasons arrive in does not matter.
    for seed in SEEDS[:20]:
        assert ack.acknowledgement(outcome, given, seed=seed) == ack.acknowledgement(
            outcome, list(reversed(given)), seed=seed
        )


@pytest.mark.parametrize("outcome", ASKING)
def test_other_reason_alone_uses_the_other_group(outcome: Outcome) -> None:
    group = ack.messages()[outcome.value][ack.OTHER_REASON]
    for seed in SEEDS[:40]:
        assert ack.acknowledgement(outcome, (), "my sister visited", seed=seed) in group


@pytest.mark.parametrize("outcome", ack.ACKNOWLEDGED_OUTCOMES)
def test_no_reason_uses_the_none_group(outcome: Outcome) -> None:
    group = ack.messages()[outcome.value][ack.NO_REASON]
    for seed in SEEDS[:40]:
        assert ack.acknowledgement(outcome, seed=seed) in group
        assert ack.acknowledgement(outcome, [], "   ", seed=seed) in group


def test_same_seed_gives_the_same_message() -> None:
    for seed in SEEDS[:20]:
        first = ack.acknowledgement(Outcome.NOT_TODAY, {Reason.OVERLOAD}, seed=seed)
        again = ack.acknowledgement(Outcome.NOT_TODAY, {Reason.OVERLOAD}, seed=seed)
        assert first == again


def test_plain_strings_work_like_the_enums() -> None:
    as_strings = ack.acknowledgement("tried", ["too_big"], seed="s")  # type: ignore[arg-type, list-item]
    assert as_strings == ack.acknowledgement(Outcome.TRIED, [Reason.TOO_BIG], seed="s")


@pytest.mark.parametrize(("outcome", "group"), all_groups())
def test_many_seeds_spread_over_the_messages(outcome: str, group: str) -> None:
    reasons = [Reason(group)] if group in {r.value for r in Reason} else []
    other = "something else" if group == ack.OTHER_REASON else ""
    chosen = {ack.acknowledgement(Outcome(outcome), reasons, other, seed=seed) for seed in SEEDS}
    assert len(chosen) > 1
    # With 200 seeds every message in a small group turns up.
    assert chosen == set(ack.messages()[outcome][group])


def test_choice_is_stable_across_runs() -> None:
    # sha256-based, so this is fixed; hash() would change with PYTHONHASHSEED.
    digest_index = ack._stable_index(4, "message", "not_today", "none", "fixed")
    assert digest_index == ack._stable_index(4, "message", "not_today", "none", "fixed")
    assert ack._stable_index(1, "anything") == 0


# -- loading -----------------------------------------------------------------------------------


def write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "acknowledgements.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def complete() -> dict[str, object]:
    return {
        "version": 1,
        "messages": {
            o.value: {g: ["A kind word."] for g in ack.groups_of(o)}
            for o in ack.ACKNOWLEDGED_OUTCOMES
        },
    }


def test_a_complete_file_loads(tmp_path: Path) -> None:
    loaded = ack.load_messages(write(tmp_path, complete()))
    assert loaded["tried"]["too_big"] == ("A kind word.",)
    assert loaded["rested"]["none"] == ("A kind word.",)


def test_a_missing_group_is_a_clear_error(tmp_path: Path) -> None:
    data = complete()
    del data["messages"]["not_today"]["perfectionism"]  # type: ignore[index]
    with pytest.raises(ack.AcknowledgementsError, match="'not_today' › 'perfectionism'"):
        ack.load_messages(write(tmp_path, data))


def test_an_empty_group_is_a_clear_error(tmp_path: Path) -> None:
    data = complete()
    data["messages"]["tried"]["other"] = ["  "]  # type: ignore[index]
    with pytest.raises(ack.AcknowledgementsError, match="'tried' › 'other' has no messages"):
        ack.load_messages(write(tmp_path, data))


def test_a_missing_outcome_is_a_clear_error(tmp_path: Path) -> None:
    data = complete()
    del data["messages"]["thought_about_it"]  # type: ignore[attr-defined]
    with pytest.raises(ack.AcknowledgementsError, match="'thought_about_it' is missing"):
        ack.load_messages(write(tmp_path, data))


def test_wrong_version_or_bad_json_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ack.AcknowledgementsError, match="version"):
        ack.load_messages(write(tmp_path, {**complete(), "version": 2}))
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ack.AcknowledgementsError, match="not valid JSON"):
        ack.load_messages(bad)
