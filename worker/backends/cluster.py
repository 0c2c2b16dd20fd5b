"""Redis Cluster client whose pipelines run Lua scripts: commands are grouped by node and sent as per-node pipelines.

redis-py's ClusterPipeline refuses EVALSHA ("blocked when running redis in cluster mode"), and every
eventwire write is a script. Each command here is routed by its first key (a script's first KEYS
entry; eventwire's scripts keep all their keys in one slot), the groups run as ordinary pipelines on
their nodes, and the replies come back in call order. NOSCRIPT on a node loads the script there and
re-runs only the commands that did not run; a moved slot refreshes the layout and raises TryAgainError
(transient: the task retries; eventwire's writes are idempotent, so commands that did run are safe to repeat).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

from redis.client import Redis
from redis.cluster import RedisCluster
from redis.commands.core import Script
from redis.exceptions import AskError, NoScriptError, TryAgainError


class ScriptingCluster(RedisCluster):
    """RedisCluster whose ``pipeline()`` is a NodePipeline and which remembers the source of registered scripts."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.script_sources: dict[str, str] = {}

    def register_script(self, script: str | bytes) -> Script:  # type: ignore[override]
        registered = super().register_script(script)
        self.script_sources[registered.sha] = script.decode() if isinstance(script, bytes) else script
        return registered

    def pipeline(self, transaction: bool | None = None, shard_hint: Any = None) -> NodePipeline:  # type: ignore[override]
        return NodePipeline(self, transaction=bool(transaction))


class NodePipeline:
    """Queues commands like a Pipeline; ``execute()`` sends one pipeline per node and returns replies in order."""

    def __init__(self, cluster: ScriptingCluster, *, transaction: bool) -> None:
        self.cluster = cluster
        self.transaction = transaction
        self.commands: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []

    def __getattr__(self, name: str) -> Callable[..., NodePipeline]:
        if name.startswith("_") or not callable(getattr(Redis, name, None)):
            raise AttributeError(name)

        def queue(*args: Any, **kwargs: Any) -> NodePipeline:
            self.commands.append((name, args, kwargs))
            return self

        return queue

    def __enter__(self) -> NodePipeline:
        return self

    def __exit__(self, *_: Any) -> None:
        self.commands.clear()

    def __len__(self) -> int:
        return len(self.commands)

    def execute(self, raise_on_error: bool = True) -> list[Any]:
        by_node: dict[str, list[int]] = defaultdict(list)
        nodes = {}
        for index, (name, args, _kwargs) in enumerate(self.commands):
            node = self.cluster.get_node_from_key(_first_key(name, args))
            nodes[node.name] = node
            by_node[node.name].append(index)
        replies: list[Any] = [None] * len(self.commands)
        for node_name, indexes in by_node.items():
            client = self.cluster.get_redis_connection(nodes[node_name])
            self._run(client, indexes, replies)
        self.commands.clear()
        moved = [reply for reply in replies if isinstance(reply, AskError)]
        if moved:
            # A slot moved (resharding or failover): learn the new layout; the caller's retry goes to the right node.
            self.cluster.nodes_manager.initialize()
            raise TryAgainError(f"cluster slots moved during a pipeline: {moved[0]}")
        if raise_on_error:
            for reply in replies:
                if isinstance(reply, Exception):
                    raise reply
        return replies

    def _run(self, client: Redis, indexes: list[int], replies: list[Any]) -> None:
        for attempt in range(2):
            pipe = client.pipeline(transaction=self.transaction)
            for index in indexes:
                name, args, kwargs = self.commands[index]
                getattr(pipe, name)(*args, **kwargs)
            results = pipe.execute(raise_on_error=False)
            missing = [index for index, result in zip(indexes, results, strict=True) if isinstance(result, NoScriptError)]
            for index, result in zip(indexes, results, strict=True):
                replies[index] = result
            if not missing or attempt:
                return
            for sha in {self.commands[index][1][0] for index in missing}:
                client.script_load(self.cluster.script_sources[sha])
            indexes = missing


def _first_key(name: str, args: tuple[Any, ...]) -> Any:
    if name in {"evalsha", "eval"}:
        if int(args[1]) < 1:
            raise ValueError(f"{name} without keys cannot be routed in a cluster pipeline")
        return args[2]
    return args[0]
