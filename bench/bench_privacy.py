"""Leak and over-redaction figures for privacy/, plus the scrub cost.

    .venv/bin/python bench/bench_privacy.py [--quick]

Uses ../shared/tools/eval_deid.py (imported by path) on:
- ../shared/data/andean-dev/interviews.jsonl, the independent development set, in text
  mode exactly as ``chasqui privacy scrub`` runs (no roster, no gazetteer): leak per
  group, over-redaction and research content kept (``andean_dev``);
- MEDDOCAN test and dev, text only;
- bench/data/andean_checks.txt, held-out batches written from the issue's list of
  what unseen interviews hold, each scored once before it was tuned on, text mode
  (``andean_checks``), bench/data/andean_checks_late.txt, the later batches
  (``andean_checks_late``), and bench/data/andean_sealed.txt, the batches once sealed for
  an estimate in docs/privacy.md (``andean_sealed``): the tagger trains on these three
  since 2026-12-01, so their figures flatter it; and bench/data/andean_round7.txt, the
  seventh round's batches, tuned on by the rules but not by the tagger (``andean_round7``),
  and bench/data/andean_round8.txt, the eighth round's (``andean_round8``), and
  bench/data/andean_round9.txt, the ninth round's (``andean_round9``), and
  bench/data/andean_round10.txt, the tenth round's (``andean_round10``), and
  bench/data/andean_round11.txt, the eleventh round's (``andean_round11``), and
  bench/data/andean_round12.txt, the twelfth round's (``andean_round12``), and
  bench/data/andean_round13.txt, the thirteenth round's (``andean_round13``), and
  bench/data/andean_round14.txt, the fourteenth round's (``andean_round14``), and
  bench/data/andean_round15.txt, the fifteenth round's (``andean_round15``), and
  bench/data/andean_round16.txt, the sixteenth round's (``andean_round16``), and
  bench/data/andean_round17.txt, the seventeenth round's (``andean_round17``), the same way;
  bench/data/andean_round18.txt, the eighteenth round's (``andean_round18``), the same way;
  bench/data/andean_round19.txt, the nineteenth round's (``andean_round19``), the same way;
  bench/data/andean_round20.txt, the twentieth round's (``andean_round20``), the same way;
  bench/data/andean_round21.txt, the twenty-first round's (``andean_round21``), the same way;
- bench/data/andean_interviews.jsonl twice: text only, and with each record's roster
  names given to the scrubber the way ingest gives a submission's direct fields.
A corpus that is not there (a clone without ../shared) is skipped with a note.
Prints one ``BENCH name value unit`` line per figure.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from privacy import scrub_for_cli  # noqa: E402
from privacy.evaluate import scrub_spans, scrub_text  # noqa: E402
from privacy.known import KnownValues  # noqa: E402
from privacy.normalize import split_words  # noqa: E402
from privacy.scrub import ScrubContext, find_identifier_spans  # noqa: E402

TOOL = ROOT.parent / "shared" / "tools" / "eval_deid.py"
ANDEAN = ROOT / "bench" / "data" / "andean_interviews.jsonl"
CHECKS = ROOT / "bench" / "data" / "andean_checks.txt"
CHECKS_LATE = ROOT / "bench" / "data" / "andean_checks_late.txt"
SEALED = ROOT / "bench" / "data" / "andean_sealed.txt"
ROUND7 = ROOT / "bench" / "data" / "andean_round7.txt"
ROUND8 = ROOT / "bench" / "data" / "andean_round8.txt"
ROUND9 = ROOT / "bench" / "data" / "andean_round9.txt"
ROUND10 = ROOT / "bench" / "data" / "andean_round10.txt"
ROUND11 = ROOT / "bench" / "data" / "andean_round11.txt"
ROUND12 = ROOT / "bench" / "data" / "andean_round12.txt"
ROUND13 = ROOT / "bench" / "data" / "andean_round13.txt"
ROUND14 = ROOT / "bench" / "data" / "andean_round14.txt"
ROUND15 = ROOT / "bench" / "data" / "andean_round15.txt"
ROUND16 = ROOT / "bench" / "data" / "andean_round16.txt"
ROUND17 = ROOT / "bench" / "data" / "andean_round17.txt"
ROUND18 = ROOT / "bench" / "data" / "andean_round18.txt"
ROUND19 = ROOT / "bench" / "data" / "andean_round19.txt"
ROUND20 = ROOT / "bench" / "data" / "andean_round20.txt"
ROUND21 = ROOT / "bench" / "data" / "andean_round21.txt"
ANDEAN_DEV = ROOT.parent / "shared" / "data" / "andean-dev" / "interviews.jsonl"
MEDDOCAN = ROOT.parent / "shared" / "data" / "meddocan"
GROUPS = ("NAME", "ID", "CONTACT", "ADDRESS", "ORGANIZATION", "DATE")


_MARKER = re.compile(r"\[\[([A-Z_]+):(.*?)\]\]", re.S)


def load_marked(tool: ModuleType, path: Path) -> list[Any]:
    """Answers written as ``@@ id | role | village`` blocks with ``[[TYPE:surface]]`` marks."""
    docs: list[Any] = []
    blocks = re.split(r"^@@ (\S+) .*$", path.read_text("utf-8"), flags=re.M)
    for doc_id, raw in zip(blocks[1::2], blocks[2::2], strict=True):
        raw = unicodedata.normalize("NFC", raw.strip())
        parts: list[str] = []
        gold: list[tuple[int, int, str]] = []
        keep: list[tuple[int, int]] = []
        pos = size = 0
        for m in _MARKER.finditer(raw):
            parts.append(raw[pos : m.start()])
            size += m.start() - pos
            kind, surface = m.group(1), m.group(2)
            (
                keep.append((size, size + len(surface)))
                if kind == "KEEP"
                else gold.append((size, size + len(surface), kind))
            )
            parts.append(surface)
            size += len(surface)
            pos = m.end()
        parts.append(raw[pos:])
        docs.append(tool.Doc(doc_id, "".join(parts), gold, keep))
    return docs


def load_tool() -> ModuleType | None:
    if not TOOL.is_file():
        return None
    spec = importlib.util.spec_from_file_location("eval_deid", TOOL)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(tool: ModuleType, docs: list[Any], system: Callable[[Any], Any]) -> dict[str, Any]:
    stats = tool.Stats()
    for doc in docs:
        out = system(doc)
        if isinstance(out, str):
            stats.add_doc(doc, tool.kept_from_text(doc.text, out, 3), 3, tool.STOPWORDS)
        else:
            spans = [(a, b) for a, b, *_ in out]
            kept = tool.kept_from_spans(doc.text, spans)
            stats.add_doc(doc, kept, 3, tool.STOPWORDS, pred_spans=spans)
    report: dict[str, Any] = stats.report()
    return report


def emit(name: str, report: dict[str, Any]) -> None:
    rows = report["per_category"]
    for group in GROUPS:
        row = rows.get("G:" + group)
        if row:
            print(f"BENCH privacy_leak_{name}_{group.lower()} {100 * row['span_leak_rate']:.1f} %")
    print(f"BENCH privacy_overredaction_{name} {100 * report['over_redaction_rate']:.2f} %")
    if report.get("keep_spans"):
        print(f"BENCH privacy_keep_retention_{name} {100 * report['keep_retention']:.1f} %")


def with_roster(rosters: dict[str, list[str]]) -> Callable[[Any], Any]:
    def run(doc: Any) -> list[tuple[int, int, str]]:
        context = ScrubContext(known=KnownValues.from_names(rosters.get(doc.name, [])))
        spans = find_identifier_spans(split_words(doc.text), context)
        return [(s.start, s.end, s.kind) for s in spans]

    return run


def cost_texts(tool: ModuleType | None) -> list[str]:
    """200 MEDDOCAN test documents, or the Andean set without MEDDOCAN."""
    if tool is not None and (MEDDOCAN / "test").is_dir():
        return [d.text for d in tool.load_split(str(MEDDOCAN), "test", 200)]
    return [json.loads(line)["text"] for line in ANDEAN.read_text("utf-8").splitlines()]


def first_pass_cost(texts: list[str]) -> float:
    """CPU microseconds per KB of one pass over ``texts`` with the model loaded but its
    per-word caches empty: what text full of words not seen before costs."""
    scrub_text("Carga.")
    size = sum(len(t.encode("utf-8")) for t in texts) / 1024
    start = time.process_time()
    for text in texts:
        scrub_text(text)
    return (time.process_time() - start) * 1e6 / size


def scrub_cost(texts: list[str]) -> tuple[float, float]:
    """KB scrubbed and CPU microseconds per KB of UTF-8 text, best of three passes (model
    loaded, caches warm)."""
    size = sum(len(t.encode("utf-8")) for t in texts) / 1024
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        for text in texts:
            scrub_text(text)
        best = min(best, time.process_time() - start)
    return size, best * 1e6 / size


def _count(word: str, text: str) -> int:
    return len(re.findall(r"\b" + re.escape(word) + r"\b", text))


def roster_name_leaks(records: list[dict[str, Any]]) -> tuple[int, int]:
    """Person spans made only of the record's roster names, and how many survive.

    A span leaks when one of its words is still there as often as in the original
    (occurrences count, because the same word may also be research content, e.g.
    "Lima" as a destination and as a relative's surname).
    """
    total = leaked = 0
    for record in records:
        text, roster = record["text"], record["roster"]
        out = fold(scrub_for_cli(text, known_names=roster))
        names = {fold(w) for name in roster for w in re.findall(r"\w+", name)}
        for span in record["spans"]:
            if span["type"] != "PERSON":
                continue
            tokens = [fold(w) for w in re.findall(r"\w+", text[span["start"] : span["end"]])]
            tokens = [w for w in tokens if len(w) > 2]
            if not tokens or not all(w in names for w in tokens):
                continue
            total += 1
            leaked += any(_count(w, out) >= _count(w, fold(text)) for w in tokens)
    return leaked, total


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="100 MEDDOCAN documents per split")
    args = ap.parse_args()
    tool = load_tool()
    texts = cost_texts(tool)
    first = first_pass_cost(texts)
    if tool is None:
        print(f"# privacy: {TOOL} not found, leak figures skipped")
    else:
        leak_figures(tool, limit=100 if args.quick else None)
    size, cost = scrub_cost(texts)
    print(f"BENCH privacy_scrub_cost {cost:.0f} us/KB ({size:.0f} KB)")
    print(f"BENCH privacy_scrub_cost_first_pass {first:.0f} us/KB (words not seen before)")


def leak_figures(tool: ModuleType, *, limit: int | None) -> None:
    if ANDEAN_DEV.is_file():
        emit("andean_dev", score(tool, tool.load_jsonl(str(ANDEAN_DEV)), scrub_doc_text))
    else:
        print(f"# privacy: {ANDEAN_DEV} not found, dev-set figures skipped")
    emit("andean_checks", score(tool, load_marked(tool, CHECKS), scrub_doc_text))
    emit("andean_checks_late", score(tool, load_marked(tool, CHECKS_LATE), scrub_doc_text))
    emit("andean_sealed", score(tool, load_marked(tool, SEALED), scrub_doc_text))
    emit("andean_round7", score(tool, load_marked(tool, ROUND7), scrub_doc_text))
    emit("andean_round8", score(tool, load_marked(tool, ROUND8), scrub_doc_text))
    emit("andean_round9", score(tool, load_marked(tool, ROUND9), scrub_doc_text))
    emit("andean_round10", score(tool, load_marked(tool, ROUND10), scrub_doc_text))
    emit("andean_round11", score(tool, load_marked(tool, ROUND11), scrub_doc_text))
    emit("andean_round12", score(tool, load_marked(tool, ROUND12), scrub_doc_text))
    emit("andean_round13", score(tool, load_marked(tool, ROUND13), scrub_doc_text))
    emit("andean_round14", score(tool, load_marked(tool, ROUND14), scrub_doc_text))
    emit("andean_round15", score(tool, load_marked(tool, ROUND15), scrub_doc_text))
    emit("andean_round16", score(tool, load_marked(tool, ROUND16), scrub_doc_text))
    emit("andean_round17", score(tool, load_marked(tool, ROUND17), scrub_doc_text))
    emit("andean_round18", score(tool, load_marked(tool, ROUND18), scrub_doc_text))
    emit("andean_round19", score(tool, load_marked(tool, ROUND19), scrub_doc_text))
    emit("andean_round20", score(tool, load_marked(tool, ROUND20), scrub_doc_text))
    emit("andean_round21", score(tool, load_marked(tool, ROUND21), scrub_doc_text))
    if (MEDDOCAN / "test").is_dir():
        for split in ("test", "dev"):
            docs = tool.load_split(str(MEDDOCAN), split, limit)
            emit(f"meddocan_{split}", score(tool, docs, scrub_doc_text))
    else:
        print(f"# privacy: {MEDDOCAN} not found, MEDDOCAN figures skipped")
    andean = tool.load_jsonl(str(ANDEAN))
    emit("andean_textonly", score(tool, andean, lambda d: scrub_spans(d.text)))
    records = [json.loads(line) for line in ANDEAN.read_text(encoding="utf-8").splitlines()]
    rosters = {str(record["id"]): record["roster"] for record in records}
    emit("andean_roster", score(tool, andean, with_roster(rosters)))
    leaked, total = roster_name_leaks(records)
    print(
        f"BENCH privacy_leak_andean_roster_names {100 * leaked / max(total, 1):.1f} % "
        f"({leaked} of {total} spans)"
    )


def scrub_doc_text(doc: Any) -> str:
    return scrub_text(doc.text)


if __name__ == "__main__":
    main()
