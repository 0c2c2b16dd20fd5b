"""The lingering batcher: full batches go at once, a lone article within the linger, nothing is lost at flush."""

from __future__ import annotations

from typing import Any

from schemas import RawArticle
from worker.backends.memory import MemoryOutbox
from worker.producer import Batcher
from worker.settings import Settings


class RecordingApp:
    """Stands in for the Celery app: records what would be sent."""

    def __init__(self, settings: Settings) -> None:
        self.eventwire_settings = settings
        self.sent: list[tuple[str, list[Any], str]] = []

    def send_task(self, name: str, args: list[Any], task_id: str) -> None:
        self.sent.append((name, args, task_id))


def _article(n: int) -> RawArticle:
    return RawArticle(text=f"Article number {n}.", guid=f"g{n}")


def test_full_batches_go_at_once_and_the_rest_after_the_linger() -> None:
    app, outbox = RecordingApp(Settings(batch_size=3, batch_linger_ms=50)), MemoryOutbox()
    batcher = Batcher(app, outbox=outbox)  # type: ignore[arg-type]
    for n in range(4):
        batcher.add(_article(n), now=10.0)
    assert [len(args[0]) for _name, args, _id in app.sent] == [3]
    batcher.poll(now=10.049)
    assert len(app.sent) == 1
    assert batcher.due_in(now=10.049) is not None
    batcher.poll(now=10.05)
    assert [len(args[0]) for _name, args, _id in app.sent] == [3, 1]
    assert batcher.due_in(now=10.05) is None
    assert set(outbox.arguments) == {task_id for _name, _args, task_id in app.sent}
    assert batcher.run.articles == 4 and batcher.run.batch_ids == [task_id for *_rest, task_id in app.sent]


def test_zero_linger_sends_each_article_and_flush_sends_the_remainder() -> None:
    app = RecordingApp(Settings(batch_size=100, batch_linger_ms=0))
    batcher = Batcher(app, outbox=MemoryOutbox())  # type: ignore[arg-type]
    batcher.add(_article(1), now=1.0)
    assert len(app.sent) == 1
    slow = Batcher(RecordingApp(Settings(batch_size=100)), outbox=MemoryOutbox())  # type: ignore[arg-type]
    slow.add(_article(2), now=1.0)
    slow.flush()
    assert slow.run.articles == 1 and len(slow.run.batch_ids) == 1
