"""A TCP proxy on 127.0.0.1 that counts bytes and breaks the link on purpose.

cut_up / cut_down: close a connection once it has carried that many bytes towards
the server / towards the client (the chunk that crosses the line is forwarded only
up to it). Hooks fire around pushes, which is how tests kill the server mid-batch.
"""

from __future__ import annotations

import contextlib
import re
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

PUSH_LINE = b"POST /api/v1/sync/push "
CONTENT_LENGTH = re.compile(rb"\r\ncontent-length:\s*(\d+)", re.IGNORECASE)


@dataclass
class Conn:
    client: socket.socket
    server: socket.socket
    up: int = 0
    down: int = 0
    push_end: int | None = None  # upstream offset where a push's body ends
    awaiting_push_answer: bool = False
    closed: bool = False


@dataclass
class CuttingProxy:
    target_port: int
    cut_up: int | None = None
    cut_down: int | None = None
    # Called with the push's number (1-based) once its whole body went to the server.
    on_push_sent: Callable[[int], None] | None = None
    # Called with the push's number when its answer starts; True drops the answer.
    on_push_answer: Callable[[int], bool] | None = None
    bytes_up: int = 0
    bytes_down: int = 0
    connections: int = 0
    cuts: int = 0
    pushes: int = 0
    port: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _listener: socket.socket | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> CuttingProxy:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", 0))
        listener.listen(64)
        self._listener, self.port = listener, listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._listener is not None:
            self._listener.close()

    def _accept(self) -> None:
        assert self._listener is not None
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(("127.0.0.1", self.target_port), timeout=5)
                server.settimeout(None)
            except OSError:
                client.close()  # the server is down: the tablet sees a dropped connection
                continue
            conn = Conn(client, server)
            with self._lock:
                self.connections += 1
            threading.Thread(target=self._pump, args=(conn, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(conn, False), daemon=True).start()

    def _pump(self, conn: Conn, upstream: bool) -> None:
        source, sink = (conn.client, conn.server) if upstream else (conn.server, conn.client)
        while not conn.closed:
            try:
                data = source.recv(65536)
            except OSError:
                break
            if not data:
                break
            data = self._watch_push(conn, data) if upstream else self._answer(conn, data)
            if data is None or not self._forward(conn, sink, data, upstream):
                break
        self._close(conn)

    def _forward(self, conn: Conn, sink: socket.socket, data: bytes, upstream: bool) -> bool:
        limit = self.cut_up if upstream else self.cut_down
        used = conn.up if upstream else conn.down
        cut = limit is not None and used + len(data) > limit
        if cut:
            data = data[: max(0, limit - used)]  # type: ignore[operator]
        try:
            sink.sendall(data)
        except OSError:
            return False
        with self._lock:
            if upstream:
                conn.up += len(data)
                self.bytes_up += len(data)
            else:
                conn.down += len(data)
                self.bytes_down += len(data)
            self.cuts += cut
        if upstream and conn.push_end is not None and conn.up >= conn.push_end:
            conn.push_end = None
            if self.on_push_sent is not None:
                self.on_push_sent(self.pushes)
        return not cut

    def _watch_push(self, conn: Conn, data: bytes) -> bytes:
        start = data.find(PUSH_LINE)
        head_end = data.find(b"\r\n\r\n", start)
        if start >= 0 and head_end > 0:
            length = CONTENT_LENGTH.search(data, start, head_end + 2)
            body = int(length.group(1)) if length else 0
            conn.push_end = conn.up + head_end + 4 + body
            conn.awaiting_push_answer = True
            with self._lock:
                self.pushes += 1
        return data

    def _answer(self, conn: Conn, data: bytes) -> bytes | None:
        if conn.awaiting_push_answer:
            conn.awaiting_push_answer = False
            if self.on_push_answer is not None and self.on_push_answer(self.pushes):
                return None  # the answer is lost on the way back
        return data

    def _close(self, conn: Conn) -> None:
        conn.closed = True
        for s in (conn.client, conn.server):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()
