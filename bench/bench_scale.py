"""Benchmark: 50 tablets syncing at once against 1, 2 and 4 `chasqui serve` workers on PostgreSQL.

Run: .venv/bin/python -m bench.bench_scale [--tablets 50] [--batches 4] [--batch 25]
     [--workers 1,2,4]

For each worker count: a fresh database with the demo study, a real
`chasqui serve --workers N` on loopback, and N tablets (one thread each, their own
HTTP connection) that each push `--batches` batches of household interviews (~5 KB,
anonymization on) and pull the feed after each push until it has no more. Every
tablet also re-sends its first batch (a cut link's retry) and one interview in a
new batch (a tablet that forgot it had synced): neither may store anything twice.
At the end the database is counted: every interview sent is there exactly once.

The figures depend on the machine and on what else runs on it; this 2-core machine
is shared, and the tablets' own threads compete with the server for the same cores.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import orjson
import sqlalchemy as sa

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_push import interviews  # noqa: E402
from tests.conftest import create_pg_database, drop_pg_database, postgres_available  # noqa: E402
from tests.e2e.conftest import CHASQUI, free_port  # noqa: E402

SECRET = "bench-secret-bench-secret-bench-secret"


@dataclass
class Tablet:
    headers: dict[str, str]
    batches: list[list[dict[str, Any]]]
    push_latencies: list[float] = field(default_factory=list)
    pull_pages: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)


def start_server(url: str, workdir: Path, workers: int) -> tuple[subprocess.Popen[bytes], str]:
    env = {
        **os.environ,
        "CHASQUI_DATABASE_URL": url,
        "CHASQUI_ATTACHMENT_DIR": str(workdir / "att"),
        "CHASQUI_SECRET_KEY": SECRET,
        "CHASQUI_LOG_LEVEL": "INFO",  # uvicorn says when each worker is up
        # The workers are the parallelism here; a prepare pool per worker would only
        # add processes competing for the same two cores.
        "CHASQUI_PREPARE_WORKERS": "1",
    }
    for args in (["db", "upgrade"], ["demo"]):
        subprocess.run([CHASQUI, *args], env=env, cwd=workdir, check=True, capture_output=True)
    port = free_port()
    log = workdir / "serve.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [CHASQUI, "serve", "--port", str(port), "--workers", str(workers)],
            env=env,
            cwd=workdir,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 180  # a loaded machine starts workers slowly
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if httpx.get(base + "/readyz", timeout=2).status_code == 200:
                _wait_for_workers(log, workers, deadline)
                return process, base
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("chasqui serve did not become ready: " + log.read_text()[-2000:])


def _wait_for_workers(log: Path, workers: int, deadline: float) -> None:
    """Every worker has finished its startup (uvicorn logs one line per worker)."""
    while time.monotonic() < deadline:
        if log.read_text().count("Application startup complete") >= workers:
            return
        time.sleep(0.2)


def enroll_tablets(base: str, count: int) -> list[dict[str, str]]:
    headers = []
    with httpx.Client(base_url=base, timeout=60) as http:
        login = http.post(
            "/api/v1/auth/login", json={"username": "supervisor", "password": "supervisor-demo"}
        )
        supervisor = {"Authorization": f"Bearer {login.json()['token']}"}
        for i in range(count):
            code = http.post(
                "/api/v1/studies/demo/enrollment-codes",
                json={"enumerator": f"enumerador{1 + i % 2}"},
                headers=supervisor,
            )
            code.raise_for_status()
            enrolled = http.post(
                "/api/v1/devices/enroll",
                json={"code": code.json()["code"], "device_label": f"bench-{i}"},
            )
            enrolled.raise_for_status()
            headers.append(
                {
                    "Authorization": f"Bearer {enrolled.json()['token']}",
                    "content-type": "application/json",
                }
            )
    return headers


def run_tablet(base: str, tablet: Tablet, start: threading.Barrier) -> None:
    try:
        with httpx.Client(base_url=base, timeout=300) as http:
            start.wait()
            cursor = None
            first_body = b""
            for n, items in enumerate(tablet.batches):
                body = orjson.dumps({"batch_id": str(uuid.uuid4()), "items": items})
                first_body = first_body or body
                tablet.outcomes.update(_push(http, tablet, body, timed=True))
                cursor = _pull(http, tablet, cursor)
                if n == 0:  # the link was cut before the answer: the same batch again
                    tablet.outcomes.update(f"replay:{o}" for o in _push(http, tablet, body))
            again = orjson.dumps({"batch_id": str(uuid.uuid4()), "items": tablet.batches[-1][:1]})
            tablet.outcomes.update(f"resent:{o}" for o in _push(http, tablet, again))
    except Exception as exc:  # reported, and the run fails
        tablet.errors.append(repr(exc))


def _push(http: httpx.Client, tablet: Tablet, body: bytes, *, timed: bool = False) -> list[str]:
    started = time.perf_counter()
    response = http.post("/api/v1/sync/push", content=body, headers=tablet.headers)
    if timed:
        tablet.push_latencies.append(time.perf_counter() - started)
    response.raise_for_status()
    return [r["outcome"] for r in response.json()["results"]]


def _pull(http: httpx.Client, tablet: Tablet, cursor: str | None) -> str | None:
    while True:
        params = {"cursor": cursor} if cursor else {}
        response = http.get("/api/v1/sync/pull", params=params, headers=tablet.headers)
        response.raise_for_status()
        page = response.json()
        tablet.pull_pages += 1
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return cursor


def count_stored(url: str) -> tuple[int, int, set[str]]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(sa.text("SELECT instance_id FROM submission")).scalars().all()
    finally:
        engine.dispose()
    return len(rows), len(rows) - len(set(rows)), set(rows)


def database_bytes(url: str) -> int:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            size = conn.execute(sa.text("SELECT pg_database_size(current_database())")).scalar()
    finally:
        engine.dispose()
    return int(size or 0)


def run(workers: int, tablets: int, batches: int, batch: int) -> bool:
    url = create_pg_database("chasqui_bench_scale")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            process, base = start_server(url, Path(tmp), workers)
            try:
                return _measure(url, base, workers, tablets, batches, batch)
            finally:
                process.send_signal(signal.SIGTERM)
                process.wait(timeout=60)
    finally:
        drop_pg_database(url)


def _measure(url: str, base: str, workers: int, tablets: int, batches: int, batch: int) -> bool:
    items = interviews(tablets * batches * batch, seed=11 + workers)
    fleet = [
        Tablet(
            headers=h, batches=[items[(t * batches + b) * batch :][:batch] for b in range(batches)]
        )
        for t, h in enumerate(enroll_tablets(base, tablets))
    ]
    size_before = database_bytes(url)
    start = threading.Barrier(tablets + 1)
    threads = [threading.Thread(target=run_tablet, args=(base, t, start)) for t in fleet]
    for thread in threads:
        thread.start()
    start.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began

    sent = {i["instance_id"] for i in items}
    total, duplicated, stored = count_stored(url)
    lost = len(sent - stored)
    outcomes: Counter[str] = sum((t.outcomes for t in fleet), Counter())
    errors = [e for t in fleet for e in t.errors]
    latencies = sorted(x for t in fleet for x in t.push_latencies)
    pages = sum(t.pull_pages for t in fleet)
    rate = len(items) / elapsed
    name = f"scale_pg_{workers}w_{tablets}t"
    print(f"BENCH {name}_submissions_per_s {rate:.0f} submissions/s", flush=True)
    print(f"BENCH {name}_interviews_per_day {rate * 86400:.0f} interviews/day", flush=True)
    print(f"BENCH {name}_push_p50 {statistics.median(latencies) * 1000:.0f} ms", flush=True)
    p95 = latencies[int(0.95 * (len(latencies) - 1))]
    print(f"BENCH {name}_push_p95 {p95 * 1000:.0f} ms (a batch of {batch})", flush=True)
    print(f"BENCH {name}_pull_pages_per_s {pages / elapsed:.0f} pages/s", flush=True)
    print(f"BENCH {name}_lost {lost} interviews", flush=True)
    print(f"BENCH {name}_duplicated {duplicated + total - len(stored)} interviews", flush=True)
    grown = (database_bytes(url) - size_before) / len(items)
    print(f"BENCH {name}_database_bytes_per_interview {grown:.0f} bytes", flush=True)
    expected = {
        "created": len(items),
        "replay:created": tablets * batch,
        "resent:duplicate": tablets,
    }
    ok = (
        not errors and lost == 0 and duplicated == 0 and total == len(sent) and outcomes == expected
    )
    if not ok:
        print(
            f"scale run with {workers} workers failed: {errors[:3]} {dict(outcomes)}",
            file=sys.stderr,
        )
    return ok


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tablets", type=int, default=50)
    parser.add_argument("--batches", type=int, default=4)
    parser.add_argument("--batch", type=int, default=25)
    parser.add_argument("--workers", default="1,2,4")
    args = parser.parse_args()
    if not postgres_available():
        print("bench_scale needs PostgreSQL (CHASQUI_TEST_POSTGRES_URL); skipped", flush=True)
        return 0
    results = [run(int(w), args.tablets, args.batches, args.batch) for w in args.workers.split(",")]
    return 0 if all(results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
