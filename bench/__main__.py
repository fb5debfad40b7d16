"""`make bench`: every benchmark, one `BENCH <name> <value> <unit>` line per figure.

Each script runs in its own process (they start servers and worker pools of their
own) with a time limit, so one slow or broken benchmark cannot hang the rest.
Everything stays on loopback.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPTS: list[tuple[str, list[str]]] = [
    ("bench_forms.py", []),
    ("bench_privacy.py", []),
    ("bench_holds.py", []),
    ("bench_push.py", []),
    ("bench_pull.py", []),
    ("bench_progress.py", []),
    ("bench_client.py", []),
    ("bench_scale.py", []),  # 50 tablets against 1, 2 and 4 workers on PostgreSQL
    # Every format at 20k and 200k on both engines; at 200k one format per run, so each
    # stays within the limit on a busy 2-core machine (the seed is repeated, ~1 min).
    ("bench_export.py", ["--counts", "20000", "--engines", "sqlite"]),
    ("bench_export.py", ["--counts", "20000", "--engines", "postgresql"]),
    *(
        ("bench_export.py", ["--counts", "200000", "--engines", engine, "--formats", fmt])
        for engine in ("sqlite", "postgresql")
        for fmt in ("csv", "parquet", "qdpx", "xlsx", "dta", "sav")
    ),
]
LIMIT_SECONDS = 900


def main() -> int:
    failed = []
    for script, args in SCRIPTS:
        started = time.monotonic()
        try:
            done = subprocess.run(
                [sys.executable, "-m", f"bench.{Path(script).stem}", *args],
                cwd=ROOT,
                timeout=LIMIT_SECONDS,
                check=False,
            )
            ok = done.returncode == 0
        except subprocess.TimeoutExpired:
            ok = False
        print(
            f"BENCH bench_{Path(script).stem}_seconds {time.monotonic() - started:.1f} s",
            flush=True,
        )
        if not ok:
            failed.append(script)
    if failed:
        print("benchmarks that failed: " + ", ".join(failed), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
