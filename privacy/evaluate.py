"""Callables for `eval_deid.py --callable privacy.evaluate:scrub_text`.

Each text is scrubbed as its own submission, text only (no roster, no gazetteer):
the hardest case, where only recognizers and the tagger can find names.
"""

from __future__ import annotations

from privacy.normalize import split_words
from privacy.scrub import ScrubContext, find_identifier_spans, scrub_for_cli


def scrub_text(text: str) -> str:
    """Scrub one text with no known names, exactly as the ingest path would."""
    return scrub_for_cli(text)


def scrub_spans(text: str) -> list[tuple[int, int, str]]:
    """Spans the same scrubbing replaces, for the tool's exact span mode.

    The tool's text mode never counts the spaces between words as kept, so a
    multi-word KEEP span ("el presidente comunal") always looks damaged there.
    """
    spans = find_identifier_spans(split_words(text), ScrubContext())
    return [(s.start, s.end, s.kind) for s in spans]
