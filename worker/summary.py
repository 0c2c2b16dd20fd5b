"""Render run summaries and stream entries for people (rich) and machines (JSON)."""

from __future__ import annotations

from typing import Any

import msgspec
from rich.console import Console
from rich.table import Table

from worker.producer import RunTotals
from worker.taxonomy import Taxonomy


def totals_json(totals: RunTotals, streams: dict[str, int], redis_info: dict[str, str]) -> bytes:
    """The run summary as one JSON document."""
    return msgspec.json.encode(
        {
            "articles": {
                "read": totals.read,
                "unique": totals.unique,
                "duplicate": totals.duplicate,
                "near_duplicate": totals.near_duplicate,
                "failed": totals.failed,
            },
            "events": totals.events,
            "events_by_type": dict(totals.events_by_type),
            "events_merged": totals.merged,
            "entries_written": totals.entries_written,
            "streams": streams,
            "redis": redis_info,
            "sample": totals.sample,
        }
    )


def print_summary(console: Console, totals: RunTotals, streams: dict[str, int], redis_info: dict[str, str]) -> None:
    """Articles, events by type, the events themselves, streams and where Redis lives."""
    console.print(
        f"[bold]articles[/] read {totals.read}  unique {totals.unique}  "
        f"duplicate {totals.duplicate}  near-duplicate {totals.near_duplicate}  failed {totals.failed}    "
        f"[bold]events[/] {totals.events}  merged into earlier events {totals.merged}  "
        f"(stream entries written {totals.entries_written})"
    )
    if totals.events_by_type:
        by_type = Table("event type", "events", title="Events per type", title_justify="left")
        for event_type, count in sorted(totals.events_by_type.items()):
            by_type.add_row(event_type, str(count))
        console.print(by_type)
    if totals.sample:
        events = Table("event type / sub-type", "modality", "where", "when", "evidence", title="Events", title_justify="left")
        for item in totals.sample:
            kind = f"{item['event_type']} / {item['sub_event_type'] or '-'}"
            where = ", ".join(str(part) for part in (item["location"], item["country"]) if part) or "-"
            events.add_row(kind, str(item["modality"]), where, str(item["date"] or "-"), str(item["evidence"]))
        console.print(events)
    table = Table("stream", "length", title="Streams", title_justify="left")
    for name, length in streams.items():
        table.add_row(name, str(length))
    console.print(table)
    for label, value in redis_info.items():
        console.print(f"[bold]{label}[/] {value}")


def entry_line(stream_id: str, fields: dict[str, str]) -> str:
    """One stream entry as a readable line."""
    data: dict[str, Any] = msgspec.json.decode(fields.get("data", "{}"))
    if fields.get("schema", "").startswith("event/"):
        place = (data.get("location") or {}).get("name") or "-"
        kind = f"{data.get('event_type')} / {data.get('sub_event_type') or '-'}"
        return f"{stream_id}  {fields.get('type')}  {kind}  [{data.get('modality')}]  @{place}  {data.get('title') or ''}"
    if fields.get("schema", "").startswith("alert/"):
        return f"{stream_id}  {fields.get('type')}  [{data.get('severity')}] {data.get('title')}"
    if fields.get("schema", "").startswith("article/"):
        return f"{stream_id}  {fields.get('type')}  {data.get('article_id')}  {data.get('title')}"
    return f"{stream_id}  {fields.get('type')}  {data.get('reason', '')}  {data.get('error', '')}"


def entry_json(stream: str, stream_id: str, fields: dict[str, str]) -> bytes:
    """One stream entry as a JSON line with its data decoded."""
    data = msgspec.json.decode(fields.get("data", "null"))
    return msgspec.json.encode({"stream": stream, "stream_id": stream_id, **fields, "data": data})


def taxonomy_table(taxonomy: Taxonomy) -> Table:
    """Every type and sub-type with its family, stream key and description."""
    table = Table("family", "event type", "sub-event type", "description", title=f"{taxonomy.name} {taxonomy.version}")
    for event_type in taxonomy.types.values():
        table.add_row(event_type.family, f"{event_type.name}\n[dim]{event_type.key}[/]", "", event_type.description)
        for sub in event_type.subtypes.values():
            table.add_row("", "", sub.name, sub.description or sub.rule)
    return table
