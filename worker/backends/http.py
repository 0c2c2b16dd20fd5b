"""Our HTTP client for feeds: total deadline, streaming size cap, checked addresses, limited redirects."""

from __future__ import annotations

import http.client
import socket
import ssl
import time
import zlib
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from worker import __version__
from worker.pipeline.fetch import (
    REDIRECT_STATUSES,
    AddressPolicy,
    FetchFailed,
    FetchResponse,
    check_url,
    conditional_headers,
    first_refusal,
)

DEFAULT_USER_AGENT = f"eventwire/{__version__} (feed poller)"
_READ_SIZE = 64 * 1024
_resolver_pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="eventwire-dns")


@dataclass(frozen=True)
class FetchLimits:
    """What one fetch may cost: total seconds (connect to last byte, redirects included), bytes, hops."""

    deadline: float = 30.0
    max_bytes: int = 10 * 1024 * 1024
    """Cap on the body after decompression (and on the bytes on the wire)."""
    max_redirects: int = 5
    user_agent: str = DEFAULT_USER_AGENT


class _Clock:
    def __init__(self, seconds: float) -> None:
        self.start = time.monotonic()
        self.end = self.start + seconds
        self.seconds = seconds

    def remaining(self) -> float:
        left = self.end - time.monotonic()
        if left <= 0:
            raise FetchFailed("timeout", f"no complete response within the {self.seconds:g}s deadline")
        return left


class _DeadlineSocket(socket.socket):
    """A socket whose every receive waits at most until the fetch's deadline, however slowly bytes drip."""

    clock: _Clock

    def recv_into(self, buffer, nbytes=0, flags=0):  # type: ignore[no-untyped-def]
        self.settimeout(self.clock.remaining())
        return super().recv_into(buffer, nbytes, flags)


class _DeadlineSSLSocket(ssl.SSLSocket):
    clock: _Clock

    def recv_into(self, buffer, nbytes=None, flags=0):  # type: ignore[no-untyped-def]
        self.settimeout(self.clock.remaining())
        return super().recv_into(buffer, nbytes, flags)


class HttpFetcher:
    """Fetcher over http.client: resolves once, checks every address, connects to the checked one."""

    def __init__(self, *, limits: FetchLimits | None = None, policy: AddressPolicy | None = None) -> None:
        self.limits = limits or FetchLimits()
        self.policy = policy or AddressPolicy()
        self._tls = ssl.create_default_context()
        self._tls.sslsocket_class = _DeadlineSSLSocket

    def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> FetchResponse:
        clock = _Clock(self.limits.deadline)
        headers = {
            "User-Agent": self.limits.user_agent,
            "Accept": "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5",
            "Accept-Encoding": "gzip, deflate",
            "Connection": "close",
            **conditional_headers(etag, last_modified),
        }
        redirects: list[str] = []
        while True:
            response = self._request(url, headers, clock)
            if response.status not in REDIRECT_STATUSES:
                return FetchResponse(
                    response.status, url, response.headers, response.body, redirects, time.monotonic() - clock.start
                )
            location = response.headers.get("location")
            if not location:
                raise FetchFailed("bad_redirect", f"{response.status} without Location", status=response.status)
            if len(redirects) >= self.limits.max_redirects:
                raise FetchFailed("too_many_redirects", f"more than {self.limits.max_redirects}", status=response.status)
            url = urljoin(url, location.strip())
            redirects.append(url)

    def _request(self, url: str, headers: dict[str, str], clock: _Clock) -> FetchResponse:
        scheme, host, port = check_url(url)
        try:
            host_header = _host_header(host, port, scheme)
        except UnicodeError as exc:
            raise FetchFailed("bad_url", f"{host[:100]!r} is not a valid host name") from exc
        addresses = self._resolve(host, port, clock)
        if reason := first_refusal(self.policy, host, addresses):
            raise FetchFailed("address_refused", reason)
        sock = self._connect(host, addresses, port, scheme, clock)
        parts = urlsplit(url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        connection = http.client.HTTPConnection(host, port)
        connection.sock = sock
        try:
            connection.request("GET", target, headers={"Host": host_header, **headers})
            raw = connection.getresponse()
            status = raw.status
            response_headers = {name.lower(): value for name, value in raw.getheaders()}
            body = self._read_body(raw, response_headers, clock) if status == 200 else b""
        except FetchFailed:
            raise
        except (TimeoutError, socket.timeout) as exc:
            clock.remaining()
            raise FetchFailed("timeout", str(exc) or "read timed out") from exc
        except (OSError, http.client.HTTPException) as exc:
            if time.monotonic() >= clock.end:
                raise FetchFailed("timeout", f"cut off at the {clock.seconds:g}s deadline") from exc
            raise FetchFailed("bad_response", f"{type(exc).__name__}: {exc}"[:300]) from exc
        finally:
            connection.close()
        return FetchResponse(status, url, response_headers, body)

    def _resolve(self, host: str, port: int, clock: _Clock) -> list[str]:
        future = _resolver_pool.submit(socket.getaddrinfo, host, port, type=socket.SOCK_STREAM)
        try:
            infos = future.result(timeout=clock.remaining())
        except FutureTimeout as exc:
            raise FetchFailed("timeout", f"resolving {host} took longer than the deadline") from exc
        except (OSError, UnicodeError) as exc:
            raise FetchFailed("dns", f"{host}: {exc}") from exc
        addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
        if not addresses:
            raise FetchFailed("dns", f"{host}: no address")
        return addresses

    def _connect(self, host: str, addresses: list[str], port: int, scheme: str, clock: _Clock) -> socket.socket:
        errors = []
        for address in addresses:
            family = socket.AF_INET6 if ":" in address else socket.AF_INET
            sock = _DeadlineSocket(family, socket.SOCK_STREAM)
            sock.clock = clock
            try:
                sock.settimeout(clock.remaining())
                sock.connect((address, port))
                if scheme == "http":
                    return sock
                tls = self._tls.wrap_socket(sock, server_hostname=host, do_handshake_on_connect=False)
                tls.clock = clock  # type: ignore[attr-defined]
                tls.settimeout(clock.remaining())
                tls.do_handshake()
                return tls
            except FetchFailed:
                sock.close()
                raise
            except ssl.SSLError as exc:
                sock.close()
                raise FetchFailed("tls", f"{host}: {exc}") from exc
            except OSError as exc:
                sock.close()
                errors.append(f"{address}: {exc}")
        raise FetchFailed("connection", f"{host}:{port}: " + "; ".join(errors)[:300])

    def _read_body(self, raw: http.client.HTTPResponse, headers: dict[str, str], clock: _Clock) -> bytes:
        cap = self.limits.max_bytes
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise FetchFailed("too_large", f"Content-Length {declared} is over the {cap} byte cap", status=200)
        body = _Decoder(headers.get("content-encoding", ""), cap)
        wire = 0
        while chunk := raw.read1(_READ_SIZE):
            clock.remaining()
            wire += len(chunk)
            if wire > cap:
                raise FetchFailed("too_large", f"more than {cap} bytes on the wire", status=200)
            body.feed(chunk)
        clock.remaining()
        return body.finish()


class _Decoder:
    """Decompresses as bytes arrive, never producing more than the cap allows (a gzip bomb stops here)."""

    def __init__(self, encoding: str, cap: int) -> None:
        self.encoding = encoding.strip().lower()
        if self.encoding not in {"", "identity", "gzip", "x-gzip", "deflate"}:
            raise FetchFailed("bad_response", f"unsupported Content-Encoding {encoding[:40]!r}", status=200)
        self.cap = cap
        self.parts: list[bytes] = []
        self.size = 0
        self.inflater: zlib._Decompress | None = None

    def feed(self, data: bytes) -> None:
        if self.encoding in {"", "identity"}:
            self._keep(data)
            return
        if self.inflater is None:
            self.inflater = zlib.decompressobj(self._wbits(data))
        while data:
            try:
                self._keep(self.inflater.decompress(data, self.cap - self.size + 1))
            except zlib.error as exc:
                raise FetchFailed("bad_response", f"corrupt {self.encoding} body: {exc}", status=200) from exc
            data = self.inflater.unconsumed_tail
            if not data and self.inflater.eof and self.inflater.unused_data:
                # Concatenated gzip members: start the next one.
                data = self.inflater.unused_data
                self.inflater = zlib.decompressobj(self._wbits(data))

    def _wbits(self, head: bytes) -> int:
        if self.encoding in {"gzip", "x-gzip"}:
            return zlib.MAX_WBITS | 16
        # "deflate" is meant to be zlib-wrapped, but many servers send raw deflate.
        zlib_wrapped = len(head) >= 2 and head[0] & 0x0F == 8 and (head[0] << 8 | head[1]) % 31 == 0
        return zlib.MAX_WBITS if zlib_wrapped else -zlib.MAX_WBITS

    def _keep(self, piece: bytes) -> None:
        self.size += len(piece)
        if self.size > self.cap:
            raise FetchFailed("too_large", f"body exceeds the {self.cap} byte cap after decompression", status=200)
        self.parts.append(piece)

    def finish(self) -> bytes:
        return b"".join(self.parts)


def _host_header(host: str, port: int, scheme: str) -> str:
    name = f"[{host}]" if ":" in host else host.encode("idna").decode("ascii")
    return name if port == (443 if scheme == "https" else 80) else f"{name}:{port}"
