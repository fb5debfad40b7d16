"""Pure: the privacy review queue's side of scrubbing one submission.

With a `HoldState` in its `ScrubContext`, scrubbing also masks the spans
privacy/uncertain.py is unsure of, as ``[REVISAR-n]`` numbered per submission, and
keeps each original sealed (privacy/sealed.py) with the JSON pointer of its answer and
the masked text around it. The originals never leave this module in clear: a
`HeldSpan` carries only sealed bytes. Without a key (the command line, the bench),
spans are masked and nothing is kept.

A span whose words a supervisor already decided for the study (`DecidedSpans`, keyed
hashes carried with the gazetteer) is not held again: released words stay as written,
confirmed ones get the placeholder of the kind they were confirmed as.
"""

from __future__ import annotations

import base64
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from privacy.gazetteer import RELEASED, DecidedSpans, Gazetteer
from privacy.normalize import Words
from privacy.placeholders import PlaceholderState
from privacy.recognizers import PERSONA, Span
from privacy.sealed import HoldKey, seal_span
from privacy.uncertain import HOLD, Uncertain, find_uncertain

# Characters of masked text kept each side of a held span, for the supervisor.
CONTEXT_CHARS: Final = 80
_MIN_NAME: Final = 4

Render = Callable[[Words, Sequence[Span], PlaceholderState, Sequence[tuple[int, int, str]]], str]


def mask_token(number: int) -> str:
    """What a held span reads as in the stored answer until a person decides."""
    return f"[{HOLD}-{number}]"


@dataclass(frozen=True, slots=True)
class HeldSpan:
    """One held span: where, why, its sealed original and the masked text around it."""

    pointer: str
    number: int
    reason: str
    kind: str
    sealed: bytes | None
    key_id: str | None
    context: str

    def as_dict(self) -> dict[str, Any]:
        """A JSON-safe copy (the sealed bytes in base64) to carry between processes."""
        sealed = None if self.sealed is None else base64.b64encode(self.sealed).decode()
        return {
            "pointer": self.pointer,
            "number": self.number,
            "reason": self.reason,
            "kind": self.kind,
            "sealed": sealed,
            "key_id": self.key_id,
            "context": self.context,
        }


@dataclass(slots=True)
class HoldState:
    """Held spans of one submission, and the person names seen so far in it."""

    key: HoldKey | None = None
    pointer: str = ""
    held: list[HeldSpan] = field(default_factory=list)
    names: set[str] = field(default_factory=set)
    decided: DecidedSpans | None = None
    # Whether a remembered decision changed what this submission's text became: then
    # the same answers sent before that decision were stored differently (sync/answers).
    applied_decision: bool = False

    @classmethod
    def for_study(cls, key: HoldKey, gazetteer: Gazetteer | None) -> HoldState:
        """Holds under `key`, minding the decisions the study remembers (with its gazetteer)."""
        return cls(key=key, decided=None if gazetteer is None else gazetteer.decided)

    def render(
        self,
        words: Words,
        spans: Sequence[Span],
        *,
        roster: frozenset[str],
        render: Render,
        placeholders: PlaceholderState,
    ) -> str:
        """Render the scrubbed text of one answer with its uncertain spans masked."""
        uncertain = find_uncertain(words, spans, names=self.names | roster)
        if uncertain and self.decided is not None:
            before = len(uncertain)
            uncertain, spans = _apply_decided(words, uncertain, spans, self.decided)
            self.applied_decision = self.applied_decision or len(uncertain) < before
        self._remember(words, spans)
        if not uncertain:
            return render(words, spans, placeholders, ())
        first = len(self.held) + 1
        masks = [(u.start, u.end, mask_token(first + k)) for k, u in enumerate(uncertain)]
        out = render(words, spans, placeholders, masks)
        for k, u in enumerate(uncertain):
            number = first + k
            original = words.text[u.start : u.end]
            sealed = (
                None
                if self.key is None
                else seal_span(original, key=self.key, pointer=self.pointer, number=number)
            )
            self.held.append(
                HeldSpan(
                    pointer=self.pointer,
                    number=number,
                    reason=u.reason,
                    kind=u.kind,
                    sealed=sealed,
                    key_id=None if self.key is None else self.key.key_id,
                    context=_around(out, mask_token(number)),
                )
            )
        return out

    def _remember(self, words: Words, spans: Sequence[Span]) -> None:
        starts, norms = words.starts, words.norms
        for span in spans:
            if span.kind == PERSONA:
                lo, hi = bisect_left(starts, span.start), bisect_left(starts, span.end)
                self.names.update(n for n in norms[lo:hi] if len(n) >= _MIN_NAME)


def _apply_decided(
    words: Words, uncertain: list[Uncertain], spans: Sequence[Span], decided: DecidedSpans
) -> tuple[list[Uncertain], Sequence[Span]]:
    """Leave released words as written and replace confirmed ones; hold the rest."""
    held: list[Uncertain] = []
    confirmed: list[Span] = []
    for u in uncertain:
        decision = decided.decision(words.text[u.start : u.end])
        if decision is None:
            held.append(u)
        elif decision != RELEASED:
            confirmed.append(Span(u.start, u.end, decision))
    if confirmed:
        # Uncertain spans lie outside the scrubber's own and apart from each other.
        spans = sorted([*spans, *confirmed], key=lambda s: s.start)
    return held, spans


def _around(text: str, token: str) -> str:
    at = text.find(token)
    lo, hi = max(0, at - CONTEXT_CHARS), min(len(text), at + len(token) + CONTEXT_CHARS)
    # Whole words only: a cut word could be half of something the scrubber replaced.
    if lo > 0:
        space = text.find(" ", lo, at)
        lo = at if space < 0 else space + 1
    if hi < len(text):
        space = text.rfind(" ", at + len(token), hi)
        hi = at + len(token) if space < 0 else space
    return ("…" if lo > 0 else "") + text[lo:hi] + ("…" if hi < len(text) else "")
