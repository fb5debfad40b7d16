"""Remembered review-queue decisions: words a supervisor released stay as written, words
confirmed get their placeholder, on later scrubbing, without a new hold."""

from __future__ import annotations

import json

import pytest

from privacy.gazetteer import RELEASED, DecidedSpans, Gazetteer, span_digest
from privacy.holds import HoldState, mask_token
from privacy.scrub import ScrubContext, scrub_free_text
from privacy.sealed import derive_hold_key
from tests.unit.privacy.test_uncertain import held_sentence

OLD, NEW = b"o" * 32, b"n" * 32
KEYS = {"k1": OLD, "k2": NEW}
HOLD_KEY = derive_hold_key(NEW, "k2")


def scrub(text: str, decided: DecidedSpans | None) -> tuple[str, HoldState]:
    gazetteer = None if decided is None else Gazetteer(b"", decided=decided)
    state = HoldState.for_study(HOLD_KEY, gazetteer)
    return scrub_free_text(text, context=ScrubContext(gazetteer=gazetteer, holds=state)), state


def remembered(word: str, decision: str, key_id: str = "k2") -> DecidedSpans:
    digest = span_digest(word, key=KEYS[key_id])
    assert digest is not None
    return DecidedSpans.from_body({key_id: {digest: decision}}, keys=KEYS)


def test_a_span_never_decided_is_held() -> None:
    text, word = held_sentence()
    out, state = scrub(text, remembered("Otrapalabra", RELEASED))
    assert word not in out and mask_token(1) in out and len(state.held) == 1


def test_released_words_stay_as_written_without_a_hold() -> None:
    text, word = held_sentence()
    out, state = scrub(text, remembered(word, RELEASED))
    assert out == scrub_free_text(text, context=ScrubContext())
    assert word in out and state.held == []


def test_confirmed_words_get_their_placeholder_without_a_hold() -> None:
    text, word = held_sentence()
    out, state = scrub(text, remembered(word, "PERSONA"))
    assert word not in out and "[PERSONA" in out and "REVISAR" not in out
    assert state.held == []


def test_the_digest_reads_words_not_case_or_punctuation() -> None:
    assert span_digest("Gringa", key=NEW) == span_digest("GRINGA.", key=NEW)
    assert span_digest("Gringa", key=NEW) != span_digest("Gringa", key=OLD)
    assert span_digest("Gringa", key=NEW) != span_digest("Gringo", key=NEW)
    assert span_digest("…", key=NEW) is None


def test_a_decision_under_an_older_key_holds_until_that_key_is_destroyed() -> None:
    text, word = held_sentence()
    digest = span_digest(word, key=OLD)
    body = {"k1": {digest: RELEASED}}
    assert word in scrub(text, DecidedSpans.from_body(body, keys=KEYS))[0]
    gone = DecidedSpans.from_body(body, keys={"k2": NEW})
    assert gone.decisions == {}
    assert word not in scrub(text, gone)[0]


def test_a_confirmation_wins_over_a_release_under_another_key() -> None:
    body = {
        "k1": {span_digest("Gringa", key=OLD): RELEASED},
        "k2": {span_digest("Gringa", key=NEW): "PERSONA"},
    }
    assert DecidedSpans.from_body(body, keys=KEYS).decision("Gringa") == "PERSONA"


@pytest.mark.parametrize("has_gazetteer", [True, False], ids=["with_gazetteer", "decisions_only"])
def test_the_workers_load_decisions_with_or_without_a_gazetteer(has_gazetteer: bool) -> None:
    _text, word = held_sentence()
    names = ["Teodora Ccanto"] if has_gazetteer else []
    body = json.loads(Gazetteer.build(names, key=OLD).to_json())
    body["decided"] = {"k2": {span_digest(word, key=NEW): RELEASED}}
    loaded = Gazetteer.load(json.dumps(body), key_id="k1", keys=KEYS)
    assert loaded is not None and loaded.decided is not None
    assert loaded.decided.decision(word) == RELEASED
    # The gazetteer's key destroyed: its entries are inert, the decisions stay.
    alone = Gazetteer.load(json.dumps(body), key_id="k1", keys={"k2": NEW})
    assert alone is not None and alone.sequences == {} and alone.decided is not None
    assert Gazetteer.load(json.dumps(body), key_id="k1", keys={"k3": NEW}) is None
