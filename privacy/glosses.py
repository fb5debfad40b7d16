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
from privacy.recognizers import ONG, PERSONA, Span

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
    japones japonesa quechua aymara ingles inglesa italiano italiana chino china
    duro dura dificil facil exigente estricto estricta caro cara barato barata
    """
)
_MAX_WORDS: Final = 2


def drop_glossed(spans: list[Span], text: str) -> list[Span]:
    """Drop organization spans of one or two words that the speaker then translates,
    and a person found by a word of an organization's name that is translated so ("todos
    dicen Illariy nomás. Illariy es amanecer": a person's name said to mean a word, "Killa
    es luna", stays the person's)."""
    if " es " not in text:
        return spans
    org_words = {
        normalize_token(word)
        for span in spans
        if span.kind == ONG
        for word in text[span.start : span.end].split()
    }
    kept: list[Span] = []
    for span in spans:
        surface = text[span.start : span.end]
        org_word = span.kind == PERSONA and all(
            normalize_token(word) in org_words for word in surface.split()
        )
        # Letters are not translated: "el control de calidad de AGROSUR es duro".
        if (
            (span.kind == ONG or org_word)
            and len(surface.split()) <= _MAX_WORDS
            and not surface.isupper()
        ):
            m = _GLOSS.match(text, span.end)
            if m is not None and (
                m.group("word") is None or normalize_token(m.group("word")) not in _NOT_MEANINGS
            ):
                continue
        kept.append(span)
    return kept
