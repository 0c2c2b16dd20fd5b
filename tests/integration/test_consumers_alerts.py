"""The alerts consumer on real Redis: one signed webhook POST per matching event, whatever is redelivered."""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import msgspec
import pytest

from schemas import DeadLetter, Event
from worker.backends.groups import Delivery, RedisGroups
from worker.consumers.daemon import alerts_consumer
from worker.consumers.group import ConsumerOptions
from worker.consumers.rules import load_rules
from worker.consumers.webhook import ALERT_ID_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, verify
from worker.pipeline.normalize import normalize
from worker.pipeline.publish import dead_letter_entry, event_entries, updated_entries
from worker.pipeline.replay import read_paths
from worker.services import Services, services_for
from worker.settings import Settings

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
SECRET = "test-secret"


@dataclass
class Receiver:
    """A webhook endpoint on 127.0.0.1 that answers 500 to its first ``failures`` requests."""

    failures: int
    requests: list[tuple[dict[str, str], bytes, int]] = field(default_factory=list)
    url: str = ""

    def accepted(self) -> Counter[str]:
        return Counter(headers[ALERT_ID_HEADER] for headers, _body, status in self.requests if status == 200)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    state = Receiver(failures=2)
    lock = threading.Lock()

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's naming
            body = self.rfile.read(int(self.headers["Content-Length"]))
            with lock:
                status = 500 if len(state.requests) < state.failures else 200
                state.requests.append((dict(self.headers), body, status))
            self.send_response(status)
            self.end_headers()

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Hook)
    state.url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


def seed_events(services: Services) -> list[Event]:
    return [event for raw in read_paths([ROOT / "seeds"]) for event in services.analyze(normalize(raw))]


class Killed(BaseException):
    """The alerts daemon died after delivering, before acknowledging."""


def test_the_webhook_gets_exactly_one_signed_alert_per_matching_event(
    settings: Settings, receiver: Receiver, tmp_path: Path
) -> None:
    settings = settings.replace(alert_webhook_url=receiver.url, alert_webhook_secret=SECRET)
    services = services_for(settings)
    rules_file = tmp_path / "rules.toml"
    rules_file.write_text('[[rule]]\nname = "violence"\nevent_type = "Explosions/Remote violence"\n[output]\nlog = false\n')
    events = seed_events(services)
    matching = {e.event_id for e in events if e.event_type == "Explosions/Remote violence"}
    assert len(matching) >= 2
    services.sink.publish(event_entries(events, services.keys))

    options = ConsumerOptions(claim_idle_ms=100, block_ms=100)
    first = alerts_consumer(settings, load_rules(rules_file), group="alerts", consumer="alerts-a", options=options)
    deliver = first.handler

    def deliver_then_die(delivery: Delivery) -> None:
        deliver(delivery)
        if delivery.data()["event_id"] in matching:
            raise Killed

    first.handler = deliver_then_die
    with pytest.raises(Killed):
        first.run()

    # redeliveries: the unacknowledged entry is reclaimed, and every event comes again as a revision
    services.sink.publish(
        [e for event in events for e in updated_entries(msgspec.structs.replace(event, revision=2), services.keys)]
    )
    time.sleep(0.2)
    second = alerts_consumer(settings, load_rules(rules_file), group="alerts", consumer="alerts-b", options=options)
    stats = second.run(until_idle=True)
    assert stats.reclaimed == len(events) - first.stats.handled, "what the dead consumer held was reclaimed"

    accepted = receiver.accepted()
    assert len(accepted) == len(matching) and set(accepted.values()) == {1}
    assert len(receiver.requests) == len(matching) + 2, "the two failures were retried, nothing else was sent twice"
    for headers, body, _status in receiver.requests:
        assert verify(SECRET, headers[TIMESTAMP_HEADER], body, headers[SIGNATURE_HEADER])
        assert json.loads(body)["event_id"] in matching
    stream = [json.loads(f["data"]) for _sid, f in services.sink.read(services.keys.alerts)]
    assert sorted(a["alert_id"] for a in stream) == sorted(accepted)


def test_an_unreachable_webhook_leaves_the_event_for_a_retry_and_sends_it_later(
    settings: Settings, receiver: Receiver, tmp_path: Path
) -> None:
    receiver.failures = 4  # every attempt of the first delivery fails
    settings = settings.replace(alert_webhook_url=receiver.url, alert_webhook_secret=SECRET)
    services = services_for(settings)
    rules_file = tmp_path / "rules.toml"
    rules_file.write_text('[[rule]]\nname = "drones"\nsub_event_type = "Air/drone strike"\n')
    drone = [e for e in seed_events(services) if e.sub_event_type == "Air/drone strike"][:1]
    services.sink.publish(event_entries(drone, services.keys))
    options = ConsumerOptions(claim_idle_ms=100, block_ms=100)
    daemon = alerts_consumer(settings, load_rules(rules_file), group="alerts", consumer="alerts-a", options=options)
    stats = daemon.run(until_idle=True)
    # four attempts with backoff failed, the entry stayed pending, the janitor handed it over again
    assert (stats.retried, stats.reclaimed, stats.handled) == (1, 1, 1)
    assert list(receiver.accepted().values()) == [1]
    assert len(receiver.requests) == 5


def test_periodic_checks_raise_dead_letter_growth_silent_feeds_and_lagging_groups(settings: Settings, tmp_path: Path) -> None:
    services = services_for(settings)
    keys = services.keys
    rules_file = tmp_path / "rules.toml"
    rules_file.write_text(
        '[[check]]\nname = "dlq"\nkind = "dlq_growth"\ncount = 3\nwindow = 600\n'
        '[[check]]\nname = "silent"\nkind = "feed_silent"\nwindow = 3600\n'
        '[[check]]\nname = "lag"\nkind = "group_lag"\ncount = 4\n'
        "[output]\nlog = false\n"
    )
    letters = [DeadLetter(dead_letter_id=f"d_{i}", reason="ValueError", error="bad", stage="analyze") for i in range(3)]
    services.sink.publish([dead_letter_entry(letter, keys) for letter in letters])
    old = (datetime.now(UTC) - timedelta(hours=3)).isoformat()
    services.client.hset(keys.feeds, "f_quiet", json.dumps({"feed_id": "f_quiet", "url": "https://quiet.example/rss"}))
    services.client.set(keys.feed_state("f_quiet"), json.dumps({"last_new_entry_at": old}))
    services.client.hset(keys.feeds, "f_busy", json.dumps({"feed_id": "f_busy", "url": "https://busy.example/rss"}))
    services.client.set(keys.feed_state("f_busy"), json.dumps({"last_new_entry_at": datetime.now(UTC).isoformat()}))
    RedisGroups(services.client, keys.events, "slow").ensure("0")
    services.sink.publish(event_entries(seed_events(services), keys))  # unread by group slow

    daemon = alerts_consumer(
        settings, load_rules(rules_file), group="alerts", consumer="a", options=ConsumerOptions(start_id="$")
    )
    daemon.run(until_idle=True)
    daemon.run(until_idle=True)  # the checks run again: the same alerts, nothing new
    alerts = [json.loads(f["data"]) for _sid, f in services.sink.read(keys.alerts)]
    raised = sorted((a["kind"], a.get("feed") or a.get("stream")) for a in alerts)
    assert ("dlq_growth", keys.dlq) in raised
    assert ("feed_silent", "https://quiet.example/rss") in raised
    assert ("backpressure", keys.events) in raised
    lagging = [a for a in alerts if a["kind"] == "backpressure"]
    assert [a["details"]["group"] for a in lagging] == ["slow"], "the alerts group itself started at the end"
    assert len(raised) == len(set(raised)) == 3
