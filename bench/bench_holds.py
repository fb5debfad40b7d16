"""The privacy review queue on unseen text: what it catches of the scrubber's leaks, and
how much a supervisor must read.

    .venv/bin/python -m bench.bench_holds

On ../shared/data/andean-dev/ (150 answers, text only as ``chasqui privacy scrub``:
no roster, no gazetteer) each answer is scrubbed as its own submission with the queue
on. Scored in span mode by ../shared/tools/eval_deid.py, first the scrubber's spans
alone, then with the held spans too (a held span is masked in everything people read
or export until a supervisor releases it):

- ``holds_caught_dev``: of the identifier spans the scrubber leaks, the share the queue
  holds (masks whole);
- ``holds_per_100_dev``: held spans per 100 answers (what a supervisor reads);
- ``holds_precision_dev``: the share of held spans that overlap a gold identifier;
- ``holds_keep_dev``: research content kept whole while the holds are undecided;
- ``holds_per_100_meddocan``: held spans per 100 MEDDOCAN test documents (long clinical
  text nobody tuned the cues on: the false-alarm load elsewhere);
- ``holds_scrub_cost_dev``: scrubbing the dev set with the queue on, against off (best of
  seven alternating runs: the machine is shared).
"""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_privacy import CHECKS, CHECKS_LATE, load_marked  # noqa: E402
from privacy.holds import HoldState  # noqa: E402
from privacy.normalize import split_words  # noqa: E402
from privacy.recognizers import Span  # noqa: E402
from privacy.scrub import ScrubContext, find_identifier_spans, scrub_free_text  # noqa: E402
from privacy.sealed import derive_hold_key  # noqa: E402
from privacy.uncertain import find_uncertain  # noqa: E402

TOOL = ROOT.parent / "shared" / "tools" / "eval_deid.py"
ANDEAN_DEV = ROOT.parent / "shared" / "data" / "andean-dev" / "interviews.jsonl"
MEDDOCAN = ROOT.parent / "shared" / "data" / "meddocan"


def load_tool() -> ModuleType | None:
    if not TOOL.is_file():
        return None
    spec = importlib.util.spec_from_file_location("eval_deid", TOOL)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def spans_of(text: str) -> tuple[list[Span], list[tuple[int, int]]]:
    """The scrubber's spans and the queue's held spans, as ingest finds them."""
    words = split_words(text)
    found = find_identifier_spans(words, ScrubContext())
    held = [(u.start, u.end) for u in find_uncertain(words, found)]
    return found, held


def leaked_spans(tool: ModuleType, docs: list[Any], predicted: dict[str, list[Any]]) -> int:
    stats = tool.Stats()
    for doc in docs:
        spans = [(a, b) for a, b, *_ in predicted[doc.name]]
        stats.add_doc(doc, tool.kept_from_spans(doc.text, spans), 3, tool.STOPWORDS, spans)
    report = stats.report()
    row = report["per_category"].get("ALL") or {}
    rate = row.get("span_leak_rate") or 0.0
    return round(float(rate) * int(row.get("spans", 0)))


def keep_retention(tool: ModuleType, docs: list[Any], predicted: dict[str, list[Any]]) -> float:
    stats = tool.Stats()
    for doc in docs:
        spans = [(a, b) for a, b, *_ in predicted[doc.name]]
        stats.add_doc(doc, tool.kept_from_spans(doc.text, spans), 3, tool.STOPWORDS, spans)
    value: float = stats.report()["keep_retention"] or 0.0
    return value


def dev_figures(tool: ModuleType, docs: list[Any], name: str = "dev") -> None:
    alone: dict[str, list[Any]] = {}
    with_holds: dict[str, list[Any]] = {}
    held_total = on_identifier = 0
    for doc in docs:
        found, held = spans_of(doc.text)
        alone[doc.name] = [(s.start, s.end) for s in found]
        with_holds[doc.name] = alone[doc.name] + held
        held_total += len(held)
        on_identifier += sum(any(a < ge and b > gs for gs, ge, _ in doc.gold) for a, b in held)
    before = leaked_spans(tool, docs, alone)
    after = leaked_spans(tool, docs, with_holds)
    caught = before - after
    print(
        f"BENCH holds_caught_{name} {100 * caught / max(before, 1):.1f} % "
        f"({caught} of {before} leaked identifier spans held)"
    )
    print(
        f"BENCH holds_per_100_{name} {100 * held_total / len(docs):.1f} spans ({len(docs)} answers)"
    )
    print(f"BENCH holds_precision_{name} {100 * on_identifier / max(held_total, 1):.1f} %")
    print(f"BENCH holds_keep_{name} {100 * keep_retention(tool, docs, with_holds):.1f} %")


def meddocan_figures(tool: ModuleType) -> None:
    docs = tool.load_split(str(MEDDOCAN), "test", None)
    started = time.perf_counter()
    held_total = sum(len(spans_of(doc.text)[1]) for doc in docs)
    seconds = time.perf_counter() - started
    print(
        f"BENCH holds_per_100_meddocan {100 * held_total / max(len(docs), 1):.1f} spans "
        f"({len(docs)} documents, {seconds:.1f} s with scrubbing)"
    )


def scrub_cost(texts: list[str]) -> None:
    size = sum(len(t.encode()) for t in texts) / 1024
    key = derive_hold_key(bytes(32), "k1")
    best = {"off": float("inf"), "on": float("inf")}
    for _ in range(7):
        for mode in best:
            started = time.process_time()  # CPU time: the machine is shared
            for text in texts:
                holds = HoldState(key=key) if mode == "on" else None
                scrub_free_text(text, context=ScrubContext(holds=holds))
            best[mode] = min(best[mode], time.process_time() - started)
    off, on = (1e6 * best[m] / size for m in ("off", "on"))
    print(
        f"BENCH holds_scrub_cost_dev {on:.0f} us/KB "
        f"(queue off {off:.0f} us/KB, +{100 * (on / off - 1):.0f} %)"
    )


def main() -> None:
    tool = load_tool()
    if tool is None or not ANDEAN_DEV.is_file():
        print(f"# holds: {TOOL} or {ANDEAN_DEV} not found, figures skipped")
        return
    dev_figures(tool, tool.load_jsonl(str(ANDEAN_DEV)))
    # The dev set leaks little once tuned on; the held-out batches still leak, so what
    # the queue catches is measured on them too (bench/data/andean_checks.txt).
    dev_figures(tool, load_marked(tool, CHECKS), "checks")
    dev_figures(tool, load_marked(tool, CHECKS_LATE), "checks_late")
    scrub_cost([doc.text for doc in tool.load_jsonl(str(ANDEAN_DEV))])
    if (MEDDOCAN / "test").is_dir():
        meddocan_figures(tool)


if __name__ == "__main__":
    main()
