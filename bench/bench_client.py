"""Benchmark: the enumerator comes back — a week of interviews synced through the client.

Run: .venv/bin/python bench/bench_client.py [--count 200] [--audio-mb 50]
A real `chasqui serve` on loopback (SQLite, and PostgreSQL when reachable), reached
through the counting proxy of the e2e tests. Figures, per engine:

  sync_comeback_seconds   one `SyncClient.sync()`: 200 interviews and 50 MB of audio
                          (10 recordings), push + tus upload + forms + pull
  push_gzip_ratio         gzip push bodies / the answers as JSON (the interviews alone)
  wire_overhead_bytes     bytes sent beyond the audio and the push bodies: HTTP request
                          lines and headers of every push, tus, form and pull request
  wire_bytes_ratio        bytes the client sent over the wire / payload bytes (answers
                          as JSON plus audio); under 1 means gzip saved more than HTTP costs
                          (default 4 MiB chunks); the bytes it received are printed beside
  resent_bytes_after_cut  a 20 MB recording over a link cut every 7 MB, 1 MiB chunks at
                          most: bytes sent beyond the file's size (headers included), as a
                          share of it and in chunks per cut (target: at most 1 chunk per cut)
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_push import interviews  # noqa: E402
from client.batching import Backoff  # noqa: E402
from client.session import ClientConfig, SyncClient  # noqa: E402
from tests.conftest import create_pg_database, drop_pg_database, postgres_available  # noqa: E402
from tests.e2e.conftest import Server, free_port  # noqa: E402
from tests.e2e.proxy import CuttingProxy  # noqa: E402
from tests.unit.forms.submissions import ngo_answers  # noqa: E402

RECORDINGS = 10
QUICK = Backoff(base=0.05, cap=0.5, attempts=8)
CUT_CHUNK = 1 << 20


def start_server(url: str, workdir: Path) -> Server:
    port = free_port()
    env = {
        **os.environ,
        "CHASQUI_DATABASE_URL": url,
        "CHASQUI_ATTACHMENT_DIR": str(workdir / "attachments"),
        "CHASQUI_SECRET_KEY": "bench-secret-key-bench-secret-key-0123",
        "CHASQUI_LOG_LEVEL": "WARNING",
    }
    server = Server(base_url=f"http://127.0.0.1:{port}", env=env, workdir=workdir, port=port)
    server.cli("db", "upgrade")
    server.cli("demo")
    server.start()
    return server


def tablet(
    server: Server, home: Path, proxy: CuttingProxy, config: ClientConfig | None = None
) -> SyncClient:
    code = server.cli("devices", "enroll-code", "--study", "demo", "--enumerator", "enumerador1")
    client = SyncClient(home, config=config or ClientConfig(backoff=QUICK))
    client.enroll(code.strip().splitlines()[-1], server_url=server.base_url, label="bench")
    client.outbox.set_meta("server_url", proxy.url)
    return client


def week_of_fieldwork(folder: Path, count: int, audio_bytes: int) -> tuple[Path, int, int]:
    """An export of `count` varied household interviews, RECORDINGS of them with audio."""
    folder.mkdir(parents=True, exist_ok=True)
    entries = interviews(count)  # the push bench's: free text varies like real answers
    every, each = max(1, count // RECORDINGS), audio_bytes // RECORDINGS
    for n, entry in enumerate(entries[::every][:RECORDINGS]):
        audio = folder / f"rec{n}.m4a"
        audio.write_bytes(os.urandom(each))  # recorded audio does not compress
        entry["attachments"] = [{"path": audio.name, "name": "audio1"}]
    answer_bytes = sum(len(json.dumps(e["data"], ensure_ascii=False).encode()) for e in entries)
    path = folder / "export.json"
    path.write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
    return path, answer_bytes, each * RECORDINGS


def comeback(server: Server, workdir: Path, count: int, audio_bytes: int, name: str) -> None:
    export, answer_bytes, audio_total = week_of_fieldwork(workdir / "export", count, audio_bytes)
    proxy = CuttingProxy(server.port).start()
    client = tablet(server, workdir / "tablet", proxy)
    client.collect_file(export)
    started = time.perf_counter()
    report = client.sync()
    elapsed = time.perf_counter() - started
    proxy.stop()
    assert client.status().acknowledged == count and report.upload.files == RECORDINGS
    print(f"BENCH sync_comeback_seconds_{name} {elapsed:.2f} s")
    print(
        f"BENCH wire_bytes_ratio_{name} {proxy.bytes_up / (answer_bytes + audio_total):.3f} ratio"
        f" ({proxy.bytes_up} B sent for {answer_bytes + audio_total} B of payload,"
        f" {proxy.bytes_down} B received)"
    )
    pushed_bytes = report.push.body_bytes  # gzip request sizes, counted by the client
    print(f"BENCH push_gzip_ratio_{name} {pushed_bytes / answer_bytes:.3f} ratio")
    # What HTTP itself costs: request lines and headers of every push, tus, form and
    # pull request (the bytes sent beyond the audio and the gzip push bodies).
    overhead = proxy.bytes_up - audio_total - pushed_bytes
    print(
        f"BENCH wire_overhead_bytes_{name} {overhead} B"
        f" ({overhead / audio_total:.5f} of the audio, {report.upload.files} files)"
    )
    client.close()


def cut_link(server: Server, workdir: Path, name: str) -> None:
    size = 20 << 20
    folder = workdir / "cut"
    folder.mkdir()
    (folder / "long.m4a").write_bytes(os.urandom(size))
    entry = {"form_id": "ngo", "data": ngo_answers(), "attachments": [{"path": "long.m4a"}]}
    proxy = CuttingProxy(server.port).start()
    config = ClientConfig(backoff=QUICK, chunk_size=CUT_CHUNK)
    client = tablet(server, workdir / "cut-tablet", proxy, config)
    client.collect(entry, base=folder)
    proxy.cut_up = 7 << 20
    report = client.sync()
    proxy.stop()
    assert report.upload.files == 1 and client.status().files_waiting == 0
    resent = proxy.bytes_up - report.push.body_bytes - size
    per_cut = resent / CUT_CHUNK / max(1, proxy.cuts)
    print(
        f"BENCH resent_bytes_after_cut_{name} {100 * resent / size:.2f} %"
        f" ({resent} B, {resent / CUT_CHUNK:.2f} chunks of {CUT_CHUNK} B,"
        f" {per_cut:.2f} chunk per cut, {proxy.cuts} cuts)"
    )
    client.close()


def run(name: str, url: str, workdir: Path, count: int, audio_bytes: int) -> None:
    server = start_server(url, workdir)
    try:
        comeback(server, workdir, count, audio_bytes, name)
        cut_link(server, workdir, name)
    finally:
        server.kill(signal.SIGTERM)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--audio-mb", type=int, default=50)
    args = parser.parse_args()
    audio = args.audio_mb << 20
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        (base / "sqlite").mkdir()
        run(
            "sqlite",
            f"sqlite:///{base / 'sqlite' / 'chasqui.db'}",
            base / "sqlite",
            args.count,
            audio,
        )
        if postgres_available():
            pg = create_pg_database("chasqui_bench")
            try:
                (base / "pg").mkdir()
                run("postgresql", pg, base / "pg", args.count, audio)
            finally:
                drop_pg_database(pg)


if __name__ == "__main__":
    main()
