"""A word of a name explained as a word is research content, not a mention.

Speakers translate the Quechua words an organization or a firm is named with: "Tarpuy
en quechua es sembrar", "Qori es oro, wasi es casa", "Yachay es aprender". There the
word is talked about as a word of the language, and the annotation keeps it, while the
name itself ("Centro de Promoción Rural Tarpuy") goes.
A name said to be something ("Tarpuy es una ONG de Huanta", "Tarpuy es grande, ...")
still names the organization: only a bare word after "es", closed by a comma, a period
or "y", or a meaning said "en quechua", is a gloss. "X quiere decir ..." alone is not
taken for one: speakers say it of the name they use for their own group as well.
"""

from __future__ import annotations

import re
from typing import Final

from privacy.lexicon import SENTENCE_WORDS, words
from privacy.normalize import normalize_token
from privacy.recognizers import ONG, Span

_GLOSS: Final = re.compile(
    r"\s+(?:en\s+(?:quechua|aymara)\s+(?:es|significa|quiere\s+decir)\s"
    r"|es\s+(?P<word>[a-záéíóúñü]+)(?:\s*[,.;]|\s+y\s))"
)
# What a name is said to be, not what a word means: "Tarpuy es grande", "es nuestra".
_NOT_MEANINGS: Final = SENTENCE_WORDS | words(
    """
    grande grandes chica chico pequena pequeno nueva nuevo antigua antiguo buena bueno
    mala malo conocida conocido famosa famoso nuestra nuestro suya suyo mejor peor
    importante seria serio lejos cerca aqui alla aca
    """
)
_MAX_WORDS: Final = 2


def drop_glossed(spans: list[Span], text: str) -> list[Span]:
    """Drop organization spans of one or two words that the speaker then translates."""
    if " es " not in text:
        return spans
    kept: list[Span] = []
    for span in spans:
        if span.kind == ONG and len(text[span.start : span.end].split()) <= _MAX_WORDS:
            m = _GLOSS.match(text, span.end)
            if m is not None and (
                m.group("word") is None or normalize_token(m.group("word")) not in _NOT_MEANINGS
            ):
                continue
        kept.append(span)
    return kept
