"""sync.answers keeps compiled form versions in a bounded cache, the oldest out first."""

from __future__ import annotations

import pytest

from forms.demo_study import read_study_file
from forms.normalize import normalize_form
from sync import answers


def test_the_cache_keeps_at_most_its_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(answers, "_COMPILED_MAX", 2)
    monkeypatch.setattr(answers, "_compiled", {})
    document = normalize_form(read_study_file("household.json"))
    for etag in ("v1", "v2", "v3"):
        answers._pieces(etag, document)
    assert list(answers._compiled) == ["v2", "v3"]
    assert answers._pieces("v3", document) is answers._compiled["v3"]
