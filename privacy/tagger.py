"""A small averaged-perceptron token tagger for names, organizations, addresses and IDs.

Trained on the MEDDOCAN train split by ``bench/train_ner.py`` (fixed seed) and shipped
as ``privacy/data/ner_model.json.gz``. Only tokens with a capital letter or a digit
are scored; the rest are research prose and cost nothing. Scores are sums of
per-token vectors cached by word, so a token costs a handful of additions.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Final

from privacy.normalize import Token
from privacy.recognizers import DIRECCION, ID, ONG, PERSONA, TELEFONO, Span

CLASSES: Final = ("O", "PER", "ORG", "ADDR", "ID", "CONTACT")
KIND_OF_CLASS: Final = {
    "PER": PERSONA,
    "ORG": ONG,
    "ADDR": DIRECCION,
    "ID": ID,
    "CONTACT": TELEFONO,
}
MODEL_FILE: Final = "ner_model.json.gz"
BOS: Final = "<s>"
EOS: Final = "</s>"
_CACHE_LIMIT: Final = 200_000


def is_candidate(word: str) -> bool:
    """Whether the tagger looks at a token at all (capital letter or digit)."""
    return not (word.islower() and word.isalpha())


def shape(word: str) -> str:
    """Collapsed character classes: "Huamán" -> "Xx", "45678912" -> "d", "2ºA" -> "dxX"."""
    out: list[str] = []
    for ch in word:
        c = "d" if ch.isdigit() else "X" if ch.isupper() else "x" if ch.isalpha() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def self_features(word: str, norm: str) -> list[str]:
    """Features of a token that depend on the token alone."""
    digits = sum(ch.isdigit() for ch in word)
    return [
        "b",
        "w=" + norm,
        "s=" + shape(word),
        "p3=" + norm[:3],
        "s3=" + norm[-3:],
        f"d={min(digits, 12)}",
        f"l={min(len(word), 12)}",
    ]


def neighbour_features(role: str, word: str, norm: str) -> list[str]:
    """Features a token gives to its neighbour at relative position ``role``."""
    if role in ("-1", "+1"):
        return [f"w{role}={norm}", f"s{role}={shape(word)}"]
    return [f"w{role}={norm}"]


def gap_features(text: str, tokens: Sequence[Token], i: int) -> list[str]:
    """Punctuation before and after a token, and whether it starts a line."""
    before = text[tokens[i - 1].end : tokens[i].start] if i else text[: tokens[i].start]
    after = text[tokens[i].end : tokens[i + 1].start] if i + 1 < len(tokens) else ""
    feats = ["g-=" + before.strip()[-2:], "g+=" + after.strip()[:2]]
    if i == 0 or "\n" in before:
        feats.append("bol")
    return feats


@dataclass(slots=True)
class TokenTagger:
    """Averaged perceptron weights with per-word caches of summed feature vectors."""

    weights: dict[str, list[float]]
    margin: float = 0.0
    _caches: dict[str, dict[str, tuple[float, ...]]] = field(default_factory=dict)

    def vector(self, feats: Sequence[str]) -> tuple[float, ...]:
        total = [0.0] * len(CLASSES)
        for f in feats:
            w = self.weights.get(f)
            if w is not None:
                for c, x in enumerate(w):
                    total[c] += x
        return tuple(total)

    def _cached(self, role: str, word: str, norm: str) -> tuple[float, ...]:
        cache_ = self._caches.setdefault(role, {})
        found = cache_.get(word)
        if found is None:
            if len(cache_) > _CACHE_LIMIT:
                cache_.clear()
            feats = (
                self_features(word, norm) if role == "0" else neighbour_features(role, word, norm)
            )
            found = cache_[word] = self.vector(feats)
        return found

    def _context_vector(self, context: str) -> tuple[float, ...]:
        cache_ = self._caches.setdefault("ctx", {})
        found = cache_.get(context)
        if found is None:
            found = cache_[context] = self.vector(context.split("\x1f"))
        return found

    def tag(self, text: str, tokens: Sequence[Token], norms: Sequence[str]) -> list[int]:
        """Return the class index of every token (0 is O), greedily left to right."""
        n = len(tokens)

        def at(j: int) -> tuple[str, str]:
            if j < 0:
                return BOS, BOS
            return (tokens[j].text, norms[j]) if j < n else (EOS, EOS)

        tags = [0] * len(tokens)
        prev = 0
        for i, tok in enumerate(tokens):
            if not is_candidate(tok.text):
                prev = 0
                continue
            parts = [self._cached("0", tok.text, norms[i])]
            for role, j in (("-1", i - 1), ("+1", i + 1), ("-2", i - 2), ("+2", i + 2)):
                parts.append(self._cached(role, *at(j)))
            context = "\x1f".join([f"t-1={CLASSES[prev]}", *gap_features(text, tokens, i)])
            parts.append(self._context_vector(context))
            scores = [sum(col) for col in zip(*parts, strict=True)]
            scores[0] -= self.margin
            prev = max(range(len(CLASSES)), key=scores.__getitem__)
            tags[i] = prev
        return tags


def load_tagger(data: bytes) -> TokenTagger:
    """Build a tagger from the gzipped JSON written by the training script."""
    body = json.loads(gzip.decompress(data))
    if tuple(body["classes"]) != CLASSES:
        raise ValueError("model classes do not match this code")
    return TokenTagger(weights=body["weights"], margin=float(body.get("margin", 0.0)))


@cache
def default_tagger() -> TokenTagger | None:
    """The shipped model, loaded once; None when the package was built without it."""
    path = resources.files("privacy") / "data" / MODEL_FILE
    if not path.is_file():
        return None
    return load_tagger(path.read_bytes())


def find_model_spans(text: str, tokens: Sequence[Token], norms: Sequence[str]) -> list[Span]:
    """Return spans the shipped model tags, one per run of equal non-O tags."""
    tagger = default_tagger()
    if tagger is None or not tokens:
        return []
    tags = tagger.tag(text, tokens, norms)
    spans: list[Span] = []
    for i, cls in enumerate(tags):
        if cls == 0:
            continue
        kind = KIND_OF_CLASS[CLASSES[cls]]
        # A run breaks at punctuation so that "Libertad 1493, Huancayo. Su" becomes
        # pieces, and the place and the sentence word can be trimmed off each.
        gap = text[tokens[i - 1].end : tokens[i].start] if i else ""
        if spans and spans[-1].kind == kind and tags[i - 1] == cls and gap.strip(" -/") == "":
            spans[-1] = Span(spans[-1].start, tokens[i].end, kind)
        else:
            spans.append(Span(tokens[i].start, tokens[i].end, kind))
    return spans
