"""Figure groups of one store state, for the pages that show groups.

Groups are kept in the store (:mod:`claimtrack.store.groups`): one group and the
disagreements are read straight from it (:meth:`GroupCache.get`,
:meth:`GroupCache.conflicts`, fast on any store). For the search page, which
needs every group holding some figures, the web app keeps the last list and
its store *version* (the number of documents and figures, from
:func:`claimtrack.store.queries.counts`) and regroups only when the version has
changed, i.e. after an ingest. The cache belongs to one app
(``app.state.group_cache``), never to the module, and is guarded by a lock.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from claimtrack.compare.groups import FigureGroup
from claimtrack.store import queries


@dataclass(frozen=True, slots=True)
class GroupIndex:
    """All figure groups of one store state: newest first, by id, and those with a disagreement."""

    version: tuple[int, int]
    groups: tuple[FigureGroup, ...]
    by_id: dict[str, FigureGroup] = field(repr=False)
    conflicts: tuple[FigureGroup, ...]


def build_index(engine: Any, version: tuple[int, int]) -> GroupIndex:
    """Group every stored figure (the same grouping as :func:`queries.list_groups`)."""
    groups = tuple(queries.list_groups(engine, limit=10**9).items)
    return GroupIndex(version, groups, {g.id: g for g in groups}, tuple(g for g in groups if g.disagreement))


class GroupCache:
    """The latest :class:`GroupIndex` of one store, rebuilt when documents or figures were added."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self._lock = threading.Lock()
        self._index: GroupIndex | None = None

    def version(self) -> tuple[int, int]:
        """``(documents, figures)`` in the store now."""
        c = queries.counts(self.engine)
        return c["documents"], c["figures"]

    def index(self) -> GroupIndex:
        """The grouping of the store as it is now (rebuilt first if the store changed)."""
        version = self.version()
        with self._lock:
            if self._index is None or self._index.version != version:
                self._index = build_index(self.engine, version)
            return self._index

    def get(self, group_id: str) -> FigureGroup | None:
        """One group by id, ``None`` if there is none."""
        return queries.get_group(self.engine, group_id)

    def holding(self, figure_ids: set[int], *, limit: int, offset: int = 0) -> queries.Page[FigureGroup]:
        """The groups (newest first) that hold at least one of ``figure_ids``, one page of them.

        With the ids of :func:`queries.list_figures` for a query, this gives what
        :func:`queries.list_groups` gives for it, except that groups are never cut
        at the edges of a time filter.
        """
        found = [g for g in self.index().groups if any(i in figure_ids for c in g.claims for i in c.figure_ids)]
        return queries.Page(tuple(found[offset : offset + limit]), len(found), limit, offset)

    def conflicts(self, *, limit: int, offset: int) -> queries.Page[FigureGroup]:
        """The groups with a disagreement, newest first, one page of them."""
        return queries.conflicts(self.engine, limit=limit, offset=offset)
