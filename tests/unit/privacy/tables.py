"""Table tests of the free-text scrubber, shared by the privacy test modules.

A module states its cases as dicts keyed by a case id and binds the tests these
factories return to ``test_`` names, so every table is checked the same way:

    test_names_are_gone, test_content_is_kept = gone_and_kept(GONE, KEPT)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import pytest

from privacy import scrub_for_cli

Cases = Mapping[str, tuple[str, Sequence[str]]]


def gone_and_kept(gone: Cases, kept: Cases) -> tuple[Callable[..., None], Callable[..., None]]:
    """Tests that each raw word of ``gone`` is absent from the scrubbed text and each
    word of ``kept`` is still in it."""

    @pytest.mark.parametrize(("text", "words"), gone.values(), ids=gone.keys())
    def identifier_is_gone(text: str, words: Sequence[str]) -> None:
        out = scrub_for_cli(text)
        for word in words:
            assert word not in out, out

    @pytest.mark.parametrize(("text", "words"), kept.values(), ids=kept.keys())
    def research_content_is_kept(text: str, words: Sequence[str]) -> None:
        out = scrub_for_cli(text)
        for word in words:
            assert word in out, out

    return identifier_is_gone, research_content_is_kept


def scrubbed_and_same(
    scrubbed: Mapping[str, tuple[str, str]], same: Mapping[str, str]
) -> tuple[Callable[..., None], Callable[..., None]]:
    """Tests that each text of ``scrubbed`` comes out exactly as expected and each
    text of ``same`` comes out unchanged."""

    @pytest.mark.parametrize(("text", "expected"), scrubbed.values(), ids=scrubbed.keys())
    def identifier_is_replaced(text: str, expected: str) -> None:
        assert scrub_for_cli(text) == expected

    @pytest.mark.parametrize("text", same.values(), ids=same.keys())
    def look_alike_stays(text: str) -> None:
        assert scrub_for_cli(text) == text

    return identifier_is_replaced, look_alike_stays
