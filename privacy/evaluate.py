"""Callables for `eval_deid.py --callable privacy.evaluate:scrub_text`.

Each text is scrubbed as its own submission, text only (no roster, no gazetteer):
the hardest case, where only recognizers and the tagger can find names.
"""

from __future__ import annotations

from privacy.scrub import scrub_for_cli


def scrub_text(text: str) -> str:
    """Scrub one text with no known names, exactly as the ingest path would."""
    return scrub_for_cli(text)
