"""A real threaded HTTP server on 127.0.0.1 serving well-behaved and hostile feeds, for fetch tests."""

from __future__ import annotations

import gzip
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Handler = Callable[[BaseHTTPRequestHandler], None]


@dataclass
class Served:
    """One request the server received."""

    path: str
    headers: dict[str, str]


@dataclass
class FeedServer:
    """Routes by path; every request is recorded. Use as a context manager."""

    routes: dict[str, Handler] = field(default_factory=dict)
    requests: list[Served] = field(default_factory=list)
    sent: dict[str, int] = field(default_factory=dict)
    """Bytes written per path by the streaming handlers, to show where a client stopped reading."""

    def __enter__(self) -> FeedServer:
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                path = self.path.split("?", 1)[0]
                server.requests.append(Served(path, {k.lower(): v for k, v in self.headers.items()}))
                handler = server.routes.get(path)
                try:
                    if handler is None:
                        respond(self, 404, b"not found", content_type="text/plain")
                    else:
                        handler(self)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *_: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str) -> int:
        return sum(1 for r in self.requests if r.path == path)


def respond(
    handler: BaseHTTPRequestHandler,
    status: int,
    body: bytes = b"",
    *,
    content_type: str = "application/rss+xml",
    headers: dict[str, str] | None = None,
) -> None:
    """A complete response with Content-Length."""
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.end_headers()
    if body:
        handler.wfile.write(body)


def static(body: bytes, status: int = 200, **kwargs: object) -> Handler:
    return lambda h: respond(h, status, body, **kwargs)  # type: ignore[arg-type]


def conditional(body: bytes, etag: str, last_modified: str) -> Handler:
    """200 with validators; 304 (no body) when the request carries them."""

    def handle(h: BaseHTTPRequestHandler) -> None:
        if h.headers.get("If-None-Match") == etag or h.headers.get("If-Modified-Since") == last_modified:
            h.send_response(304)
            h.send_header("ETag", etag)
            h.end_headers()
            return
        respond(h, 200, body, headers={"ETag": etag, "Last-Modified": last_modified})

    return handle


def redirect(location: str, status: int = 302) -> Handler:
    return lambda h: respond(h, status, b"", content_type="text/plain", headers={"Location": location})


def drip(server: FeedServer, path: str, *, every: float = 0.1, seconds: float = 30.0) -> Handler:
    """Promises a large body and sends one byte every ``every`` seconds, for at most ``seconds``."""

    def handle(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        h.send_header("Content-Length", "100000")
        h.end_headers()
        server.sent[path] = 0
        stop = time.monotonic() + seconds
        while time.monotonic() < stop:
            h.wfile.write(b" ")
            h.wfile.flush()
            server.sent[path] += 1
            time.sleep(every)

    return handle


def gzip_bomb(server: FeedServer, path: str, *, limit_bytes: int = 4 << 30) -> Handler:
    """An endless gzip stream of zeros (each 64 KiB on the wire inflates to about 64 MiB)."""

    def handle(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        h.send_header("Content-Encoding", "gzip")
        h.send_header("Connection", "close")
        h.end_headers()
        compressor = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
        zeros = bytes(1 << 20)
        server.sent[path] = 0
        inflated = 0
        while inflated < limit_bytes:
            chunk = compressor.compress(zeros) + compressor.flush(zlib.Z_SYNC_FLUSH)
            h.wfile.write(chunk)
            server.sent[path] += len(chunk)
            inflated += len(zeros)

    return handle


def gzipped(body: bytes) -> Handler:
    return static(gzip.compress(body), headers={"Content-Encoding": "gzip"})
