"""POST alerts to a webhook: JSON body, HMAC-SHA256 signature header, retries with backoff."""

from __future__ import annotations

import hashlib
import hmac
import time
import urllib.error
import urllib.request
from urllib.parse import urlsplit

import msgspec
import structlog

from schemas import Alert
from worker.errors import TransientError
from worker.settings import mask_url

log = structlog.get_logger("eventwire.webhook")

SIGNATURE_HEADER = "X-Eventwire-Signature"
TIMESTAMP_HEADER = "X-Eventwire-Timestamp"
ALERT_ID_HEADER = "X-Eventwire-Alert-Id"


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """``sha256=<hex>`` of HMAC-SHA256(secret, ``<timestamp>.<body>``); receivers recompute and compare."""
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def verify(secret: str, timestamp: str, body: bytes, signature: str) -> bool:
    """True when ``signature`` is the one ``sign`` gives (constant-time comparison)."""
    return hmac.compare_digest(sign(secret, timestamp, body), signature)


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *_args: object, **_kwargs: object) -> None:
        return None


class WebhookSender:
    """Sends one alert per call; retries 5xx, 429 and network errors with exponential backoff."""

    name = "webhook"

    def __init__(self, url: str, secret: str | None, *, attempts: int = 4, backoff: float = 0.5, timeout: float = 10.0) -> None:
        if urlsplit(url).scheme not in {"http", "https"}:
            raise ValueError(f"webhook URL must be http(s): {url!r}")
        self.url = url
        self.secret = secret
        self.attempts = attempts
        self.backoff = backoff
        self.timeout = timeout
        self._opener = urllib.request.build_opener(_NoRedirects())

    def send(self, alert: Alert) -> None:
        """POST the alert until a 2xx answer; TransientError when every attempt failed."""
        body = msgspec.json.encode(alert)
        error = ""
        for attempt in range(1, self.attempts + 1):
            timestamp = str(int(time.time()))
            headers = {"Content-Type": "application/json", ALERT_ID_HEADER: alert.alert_id, TIMESTAMP_HEADER: timestamp}
            if self.secret:
                headers[SIGNATURE_HEADER] = sign(self.secret, timestamp, body)
            request = urllib.request.Request(self.url, data=body, headers=headers, method="POST")
            try:
                with self._opener.open(request, timeout=self.timeout) as response:
                    status = response.status
            except urllib.error.HTTPError as exc:
                status = exc.code
            except (urllib.error.URLError, TimeoutError, OSError) as exc:
                status, error = 0, str(exc)
            if 200 <= status < 300:
                log.info("webhook.delivered", alert_id=alert.alert_id, attempt=attempt)
                return
            error = error if status == 0 else f"HTTP {status}"
            if status and status < 500 and status != 429:
                break
            if attempt < self.attempts:
                log.warning("webhook.retry", alert_id=alert.alert_id, attempt=attempt, error=error)
                time.sleep(self.backoff * 2 ** (attempt - 1))
        raise TransientError(f"webhook {mask_url(self.url)} refused alert {alert.alert_id}: {error}")
