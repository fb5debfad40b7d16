"""Benchmark: batched push through the HTTP API, anonymization on, against a bare insert.

Run: .venv/bin/python bench/bench_push.py [--count 10000] [--batch 500]
A real `chasqui serve` process on loopback, on SQLite and (when reachable) on
PostgreSQL; 10,000 household interviews (~5 KB, ~2 KB of Spanish free text) in
batches of 500. In the same run the same rows go into a plain table with a bare
executemany, for the ratio. Also: the server's CPU time per submission, and its
memory high-water mark while ingesting one 32 MB batch.
"""

from __future__ import annotations

import argparse
import copy
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import orjson
import sqlalchemy as sa

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_forms import realistic_submission  # noqa: E402
from tests.conftest import create_pg_database, drop_pg_database, postgres_available  # noqa: E402
from tests.e2e.conftest import CHASQUI, free_port  # noqa: E402

SENTENCES = [
    "Mi hijo mayor se fue a Lima a trabajar en construcción y manda plata cada mes.",
    "En la temporada de cosecha vuelven todos a ayudar con la papa y la cebada.",
    "La asociación de residentes en Huancayo pagó la banda para la fiesta patronal.",
    "Después de los años de la violencia muchas familias no regresaron a la comunidad.",
    "Los jóvenes terminan el colegio y se van a la selva o a la costa a buscar trabajo.",
    "Tenemos menos de una hectárea y no alcanza para vivir solo de la chacra.",
    "Mi hija estudia enfermería en Huancayo y quiere volver a trabajar en la posta.",
    "El alcalde dice que la carretera va a traer más comercio con Huancavelica.",
]


def interviews(count: int, seed: int = 7) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    base = realistic_submission()
    out = []
    for _ in range(count):
        data = copy.deepcopy(base)
        data["migration_impact"] = " ".join(rng.choice(SENTENCES) for _ in range(24))[:2000]
        data["respondent_age"] = rng.randint(18, 90)
        out.append(
            {
                "instance_id": str(uuid.uuid4()),
                "form_id": "household",
                "form_version": 1,
                "base_rev": None,
                "started_at": "2026-11-20T14:00:00-05:00",
                "ended_at": "2026-11-20T15:10:00-05:00",
                "data": data,
                "attachments": [],
            }
        )
    return out


def _cpu(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except FileNotFoundError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _tree(pid: int) -> list[int]:
    pids = [pid]
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        for child in task.read_text().split():
            pids.extend(_tree(int(child)))
    return pids


class Server:
    def __init__(self, url: str, workdir: Path) -> None:
        self.port = free_port()
        self.env = {
            **os.environ,
            "CHASQUI_DATABASE_URL": url,
            "CHASQUI_ATTACHMENT_DIR": str(workdir / "att"),
            "CHASQUI_SECRET_KEY": "bench-secret-bench-secret-bench-secret",
            "CHASQUI_LOG_LEVEL": "WARNING",
            "CHASQUI_MAX_BATCH_BYTES": str(40 << 20),
            "CHASQUI_MAX_BATCH_ITEMS": "10000",
        }
        self.cwd = workdir
        for args in (["db", "upgrade"], ["demo"]):
            subprocess.run(
                [CHASQUI, *args], env=self.env, cwd=workdir, check=True, capture_output=True
            )
        self.process = subprocess.Popen(
            [CHASQUI, "serve", "--port", str(self.port)],
            env=self.env,
            cwd=workdir,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.base = f"http://127.0.0.1:{self.port}"
        for _ in range(300):
            try:
                if httpx.get(self.base + "/readyz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        code = (
            subprocess.run(
                [
                    CHASQUI,
                    "devices",
                    "enroll-code",
                    "--study",
                    "demo",
                    "--enumerator",
                    "enumerador1",
                ],
                env=self.env,
                cwd=workdir,
                check=True,
                capture_output=True,
                text=True,
            )
            .stdout.strip()
            .splitlines()[-1]
        )
        enrolled = httpx.post(
            self.base + "/api/v1/devices/enroll", json={"code": code, "device_label": "bench"}
        )
        self.headers = {
            "Authorization": f"Bearer {enrolled.json()['token']}",
            "content-type": "application/json",
        }

    def cpu_seconds(self) -> float:
        """CPU of the server and its worker processes (they do the anonymizing)."""
        return sum(_cpu(pid) for pid in _tree(self.process.pid))

    def peak_rss_mb(self) -> float:
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        return 0.0

    def stop(self) -> None:
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=30)


def push_all(server: Server, items: list[dict[str, Any]], batch: int) -> float:
    started = time.perf_counter()
    with httpx.Client(base_url=server.base, timeout=300) as http:
        for i in range(0, len(items), batch):
            body = orjson.dumps({"batch_id": str(uuid.uuid4()), "items": items[i : i + batch]})
            response = http.post("/api/v1/sync/push", content=body, headers=server.headers)
            response.raise_for_status()
            outcomes = {r["outcome"] for r in response.json()["results"]}
            assert outcomes == {"created"}, outcomes
    return time.perf_counter() - started


def bare_insert(url: str, items: list[dict[str, Any]], batch: int) -> float:
    engine = sa.create_engine(url)
    json_type = "jsonb" if url.startswith("postgresql") else "text"
    with engine.begin() as conn:
        conn.exec_driver_sql(
            f"CREATE TABLE bench_raw (instance_id varchar(36) PRIMARY KEY, data {json_type})"
        )
    rows = [{"i": it["instance_id"], "d": orjson.dumps(it["data"]).decode()} for it in items]
    started = time.perf_counter()
    for i in range(0, len(rows), batch):
        with engine.begin() as conn:
            conn.execute(
                sa.text("INSERT INTO bench_raw (instance_id, data) VALUES (:i, :d)"),
                rows[i : i + batch],
            )
    elapsed = time.perf_counter() - started
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE bench_raw")
    engine.dispose()
    return elapsed


def run_engine(name: str, url: str, workdir: Path, count: int, batch: int) -> None:
    items = interviews(count)
    server = Server(url, workdir)
    try:
        push_all(server, interviews(200, seed=1), 100)  # warm workers, caches and validators
        cpu0, main0 = server.cpu_seconds(), _cpu(server.process.pid)
        elapsed = push_all(server, items, batch)
        cpu = server.cpu_seconds() - cpu0
        main = _cpu(server.process.pid) - main0
    finally:
        server.stop()
    bare = bare_insert(url, interviews(count, seed=3), batch)
    rate, bare_rate = count / elapsed, count / bare
    print(f"BENCH push_{name}_submissions_per_s {rate:.0f} submissions/s", flush=True)
    print(f"BENCH push_{name}_bare_insert_rows_per_s {bare_rate:.0f} rows/s", flush=True)
    print(f"BENCH push_{name}_ratio_to_bare_insert {rate / bare_rate:.2f} ratio", flush=True)
    print(
        f"BENCH push_{name}_server_cpu_per_submission {cpu / count * 1e6:.0f} us (server and its workers, not the database)",
        flush=True,
    )
    # The request's own process (parsing, loading, deciding, writing) without the
    # anonymizing workers: what the push pipeline costs beyond privacy.
    print(
        f"BENCH push_{name}_server_process_cpu_per_submission {main / count * 1e6:.0f} us (without the workers)",
        flush=True,
    )


def peak_memory(url: str, workdir: Path) -> None:
    server = Server(url, workdir)
    try:
        items = interviews(6000, seed=5)
        size = len(orjson.dumps({"batch_id": str(uuid.uuid4()), "items": items}))
        before = server.peak_rss_mb()
        push_all(server, items, len(items))
        peak, batch_mb = server.peak_rss_mb(), size / 2**20
        print(f"BENCH push_batch_bytes {batch_mb:.1f} MB", flush=True)
        print(f"BENCH push_memory_high_water_32mb_batch {peak:.0f} MB", flush=True)
        print(f"BENCH push_memory_idle {before:.0f} MB", flush=True)
        # The target: at most 3 times the batch above idle.
        ratio = (peak - before) / batch_mb
        print(f"BENCH push_memory_above_idle_per_batch_size {ratio:.1f} ratio", flush=True)
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        run_engine("sqlite", f"sqlite:///{tmp}/bench.db", Path(tmp), args.count, args.batch)
    if postgres_available():
        url = create_pg_database("chasqui_bench")
        try:
            with tempfile.TemporaryDirectory() as tmp:
                run_engine("postgresql", url, Path(tmp), args.count, args.batch)
        finally:
            drop_pg_database(url)
    else:
        print("BENCH push_postgresql_skipped 1 unreachable", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        peak_memory(f"sqlite:///{tmp}/mem.db", Path(tmp))


if __name__ == "__main__":
    main()
