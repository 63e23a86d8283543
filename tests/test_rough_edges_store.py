"""Rough edges in the store's read API: statement search, partial source names (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from store_fixtures import Ent, Fig, store, store_url, story  # noqa: F401

from claimtrack.store import store_extraction
from claimtrack.store import queries as q

CET = timezone(timedelta(hours=1))
T0 = datetime(2026, 3, 2, 9, 30, tzinfo=CET)
TEXT = (
    "Brand in loods\n"
    "ROOSENDAAL (ANP) - Een loods is dinsdag afgebrand. "
    "Brandweercommandant Tomas Kerrigan zegt dat 3 mensen gewond raakten toen het vuur in een opslag voor kunstmest begon. "
    "De loods is verloren."
)


def _page():
    return story(
        TEXT,
        url="https://www.voorbeeldkrant.nl/regio/7",
        fetched_at=T0,
        place="ROOSENDAAL",
        agencies=("ANP",),
        figures=(Fig("3", 3, 3, "mensen gewond", "wounded", source="Tomas Kerrigan"),),
        entities=(Ent("Tomas Kerrigan", "PER", ("Tomas Kerrigan",), ("Brandweercommandant Tomas Kerrigan",)),),
    )


@pytest.mark.parametrize(
    ("query", "n"),
    [("kunstmest", 1), ("Kunstmest opslag", 1), ("vuur begon", 1), ("kunstmest verloren", 0), ("loods", 0), ("", 0)],
)
def test_statement_contents_are_searchable(store, query, n):
    store_extraction(store, _page())
    page = q.list_statements(store, query=query)
    assert page.total == n
    if n:
        assert page.items[0].content.endswith("het vuur in een opslag voor kunstmest begon.")


@pytest.mark.parametrize(("source", "n"), [("Kerrigan", 1), ("tomas kerrigan", 1), ("KERRIGAN", 1), ("Kerri", 0), ("Jansen", 0)])
def test_source_filter_matches_part_of_a_name(store, source, n):
    store_extraction(store, _page())
    assert q.list_statements(store, {"source": source}).total == n
    assert q.list_figures(store, None, {"source": source}).total == n
