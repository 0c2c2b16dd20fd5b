"""Fetch rules without I/O: which addresses may be contacted, conditional headers, when to check next."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from worker.errors import EventwireError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
THROTTLE_STATUSES = frozenset({429, 503})
METADATA_ADDRESSES = frozenset(
    {ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254")}
)
_MAX_AGE = re.compile(r"(?:^|,)\s*(?:s-)?max-age\s*=\s*\"?(\d+)", re.IGNORECASE)
_NO_CACHE = re.compile(r"(?:^|,)\s*(?:no-cache|no-store)\b", re.IGNORECASE)


class FetchFailed(EventwireError):
    """A fetch that produced no usable response; ``reason`` is a short code, the message says more."""

    def __init__(self, reason: str, detail: str, *, status: int | None = None) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail
        self.status = status


@dataclass(frozen=True)
class FetchResponse:
    """A final (non-redirect) HTTP response; ``body`` is decompressed and empty unless the status is 200."""

    status: int
    url: str
    """The URL that answered, after redirects."""
    headers: Mapping[str, str]
    """Header names lower-cased; a repeated header keeps its last value."""
    body: bytes = b""
    redirects: list[str] = field(default_factory=list)
    elapsed: float = 0.0


@dataclass(frozen=True)
class AddressPolicy:
    """The SSRF guard: only globally routable unicast addresses, unless the allowlist says otherwise."""

    allowed_networks: tuple[IPNetwork, ...] = ()
    allowed_hosts: frozenset[str] = frozenset()

    @classmethod
    def from_setting(cls, text: str) -> AddressPolicy:
        """From a comma-separated list of CIDRs, addresses and host names, e.g. ``127.0.0.1/32,::1,feeds.lan``."""
        networks: list[IPNetwork] = []
        hosts: set[str] = set()
        for item in (part.strip() for part in text.split(",")):
            if not item:
                continue
            try:
                networks.append(ipaddress.ip_network(item, strict=False))
            except ValueError:
                hosts.add(item.lower().rstrip("."))
        return cls(tuple(networks), frozenset(hosts))

    def refusal(self, host: str, address: str) -> str | None:
        """Why ``host`` must not be contacted at ``address``, or None when it may."""
        try:
            ip = ipaddress.ip_address(address.split("%", 1)[0])
        except ValueError:
            return f"{address!r} is not an IP address"
        if host.lower().rstrip(".") in self.allowed_hosts or self._allowed(ip):
            return None
        reason = address_refusal(ip)
        if reason is None:
            return None
        return f"{address} is {reason}" if host == address.lower() else f"{host} resolves to {address}, {reason}"

    def _allowed(self, ip: IPAddress) -> bool:
        candidates = [ip, *_embedded_ipv4(ip)]
        return any(c in net for c in candidates for net in self.allowed_networks if c.version == net.version)


def _embedded_ipv4(ip: IPAddress) -> list[ipaddress.IPv4Address]:
    if isinstance(ip, ipaddress.IPv6Address):
        return [a for a in (ip.ipv4_mapped, ip.sixtofour) if a is not None]
    return []


def address_refusal(ip: IPAddress) -> str | None:
    """The class of address that makes ``ip`` unsafe to fetch from, or None for a public unicast address."""
    mapped = ip.ipv4_mapped if isinstance(ip, ipaddress.IPv6Address) else None
    # An IPv4-mapped address is that IPv4 address; anything else is judged with what it embeds.
    for candidate in (mapped,) if mapped else (*_embedded_ipv4(ip), ip):
        if candidate in METADATA_ADDRESSES:
            return "a cloud metadata address"
        for test, name in (
            ("is_unspecified", "unspecified"),
            ("is_loopback", "loopback"),
            ("is_link_local", "link-local"),
            ("is_multicast", "multicast"),
            ("is_reserved", "reserved"),
            ("is_private", "private"),
        ):
            if getattr(candidate, test):
                return f"a {name} address"
        if not candidate.is_global:
            return "not a globally routable address"
    return None


def check_url(url: str) -> tuple[str, str, int]:
    """(scheme, host, port) of an http(s) URL; raises `FetchFailed` ``bad_url`` otherwise."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise FetchFailed("bad_url", f"{url[:200]!r}: {exc}") from exc
    scheme = parts.scheme.lower()
    if scheme not in {"http", "https"}:
        raise FetchFailed("bad_url", f"{url[:200]!r}: only http and https are fetched")
    if not parts.hostname:
        raise FetchFailed("bad_url", f"{url[:200]!r}: no host")
    return scheme, parts.hostname.lower(), port or (443 if scheme == "https" else 80)


def conditional_headers(etag: str | None, last_modified: str | None) -> dict[str, str]:
    """If-None-Match / If-Modified-Since from the validators of the last 200."""
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


def retry_after_seconds(headers: Mapping[str, str], now: datetime) -> int | None:
    """Retry-After as seconds from now (delta-seconds or an HTTP date), None when absent or unreadable."""
    value = headers.get("retry-after", "").strip()
    if value.isdigit():
        return int(value)
    moment = _http_date(value)
    return max(0, int((moment - now).total_seconds())) if moment else None


def freshness_seconds(headers: Mapping[str, str], now: datetime) -> tuple[int, str] | None:
    """How long the server says the response stays fresh: Cache-Control max-age, else Expires."""
    cache_control = headers.get("cache-control", "")
    if _NO_CACHE.search(cache_control):
        return None
    if match := _MAX_AGE.search(cache_control):
        return int(match.group(1)), "max-age"
    expires = _http_date(headers.get("expires", ""))
    if expires is None:
        return None
    origin = _http_date(headers.get("date", "")) or now
    return max(0, int((expires - origin).total_seconds())), "expires"


def _http_date(value: str) -> datetime | None:
    if not value:
        return None
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


@dataclass(frozen=True)
class Schedule:
    """Bounds of the adaptive next check, in seconds."""

    min_interval: int = 60
    max_interval: int = 86_400


def next_check(
    *,
    interval: int,
    schedule: Schedule,
    now: datetime,
    headers: Mapping[str, str] | None = None,
    feed_ttl_minutes: int | None = None,
    consecutive_errors: int = 0,
) -> tuple[int, str]:
    """Seconds until the next fetch and what decided it.

    The feed's interval, lengthened (never shortened) by RSS ``<ttl>``, Cache-Control max-age or
    Expires; after errors, doubled per consecutive error; Retry-After wins when it asks for longer.
    Always within [min_interval, max_interval].
    """
    headers = headers or {}
    candidates: list[tuple[int, str]] = [(interval, "interval")]
    if consecutive_errors:
        exponent = min(consecutive_errors - 1, 20)
        candidates = [(interval * 2**exponent, f"backoff after {consecutive_errors} errors")]
    else:
        if feed_ttl_minutes:
            candidates.append((feed_ttl_minutes * 60, "rss ttl"))
        if fresh := freshness_seconds(headers, now):
            candidates.append(fresh)
    if (retry := retry_after_seconds(headers, now)) is not None:
        candidates.append((retry, "retry-after"))
    seconds, reason = max(candidates, key=lambda c: c[0])
    if seconds > schedule.max_interval:
        return schedule.max_interval, f"{reason} (capped)"
    return max(seconds, schedule.min_interval), reason


def first_refusal(policy: AddressPolicy, host: str, addresses: Iterable[str]) -> str | None:
    """The first refusal among every address a host resolved to: one unsafe answer refuses them all."""
    for address in addresses:
        if reason := policy.refusal(host, address):
            return reason
    return None
