"""The store: schema and migrations, one-transaction idempotent writes, the read API (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select, text
from store_fixtures import Ent, Fig, store, store_url, story  # noqa: F401

from claimtrack.store import (
    connect,
    has_document,
    schema,
    store_extraction,
    store_reject,
)
from claimtrack.store import queries as q
from claimtrack.store.db import current_revision, head_revision, normalise_url
from claimtrack.store.write import prepare, publisher_of

CET = timezone(timedelta(hours=1))
T0 = datetime(2026, 3, 2, 9, 30, tzinfo=CET)

TEXT = (
    "Overstroming treft dorpen\n"
    "VELDHOVEN (ANP) - Bij overstromingen in het zuiden zijn zeker 14 inwoners omgekomen. "
    "Burgemeester Anouk Verbeek zegt dat nog 30 bewoners vermist worden. "
    "Verbeek vraagt om hulp van het leger."
)


def _page(text: str = TEXT, url: str = "https://www.voorbeeldkrant.nl/binnenland/1", fetched_at=T0):
    return story(
        text,
        url=url,
        fetched_at=fetched_at,
        place="VELDHOVEN",
        agencies=("ANP",),
        figures=(
            Fig("zeker 14", 14, None, "inwoners omgekomen", "killed"),
            Fig("30", 30, 30, "bewoners vermist", "missing", source="Anouk Verbeek"),
        ),
        entities=(Ent("Anouk Verbeek", "PER", ("Anouk Verbeek", "Verbeek"), ("Burgemeester Anouk Verbeek",)),),
    )


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("sqlite:///x.db", "sqlite:///x.db"),
        ("postgresql://u@h:5/db", "postgresql+psycopg://u@h:5/db"),
        ("postgres://u@h/db", "postgresql+psycopg://u@h/db"),
        ("postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db"),
        ("data/ct.db", "sqlite:///data/ct.db"),
    ],
)
def test_normalise_url(given, expected):
    assert normalise_url(given) == expected


@pytest.mark.parametrize(
    ("url", "publisher"),
    [
        ("https://www.voorbeeldkrant.nl/a/1", "voorbeeldkrant.nl"),
        ("http://Nieuws.Example.COM/x", "nieuws.example.com"),
        (None, None),
    ],
)
def test_publisher_of(url, publisher):
    assert publisher_of(url) == publisher


def test_connect_creates_the_head_schema(store):
    assert head_revision() == schema.SCHEMA_VERSION == "0003_ingest2"
    assert current_revision(store) == "0003_ingest2"
    with store.connect() as conn:
        for name in ("documents", "articles", "statements", "figures", "entities", "entity_aliases", "mentions", "rejects"):
            assert conn.execute(select(func.count()).select_from(schema.metadata.tables[name])).scalar_one() == 0


def test_connect_twice_is_a_no_op(store_url):
    connect(store_url).dispose()
    engine = connect(store_url)
    assert current_revision(engine) == "0003_ingest2"
    engine.dispose()


def test_sqlite_uses_wal(tmp_path):
    engine = connect(f"sqlite:///{tmp_path / 'w.db'}")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_store_writes_every_row_once(store):
    x = _page()
    r = store_extraction(store, x)
    assert (r.stored, r.articles, r.statements, r.figures, r.entities) == (True, 1, 1, 2, 1)
    again = store_extraction(store, x)
    assert again.stored is False and again.document_id == r.document_id
    assert has_document(store, x.source.sha256)
    assert q.counts(store) == {
        "documents": 1, "articles": 1, "statements": 1, "figures": 2, "entities": 1, "rejects": 0,
    }


def test_get_document_round_trips_the_contract(store):
    x = _page()
    doc_id = store_extraction(store, x).document_id
    view = q.get_document(store, doc_id)
    assert view.extraction == x.to_dict()
    assert view.text == TEXT
    assert view.publisher == "voorbeeldkrant.nl"
    assert view.fetched_at == T0 and view.fetched_at.utcoffset() == timedelta(0)
    assert q.get_document(store, x.source.sha256).id == doc_id
    assert q.get_document(store, 999) is None


def test_figure_rows_keep_spans_keys_and_evidence(store):
    store_extraction(store, _page())
    figs = q.list_figures(store).items
    by_span = {f.span: f for f in figs}
    killed = by_span["zeker 14"]
    assert (killed.span_start, killed.span_end) == (TEXT.index("zeker 14"), TEXT.index("zeker 14") + 8)
    assert (killed.low, killed.high, killed.category) == (14, None, "killed")
    assert killed.claimant == "ANP"  # no statement: the wire agency of the dateline
    assert killed.evidence == "Bij overstromingen in het zuiden zijn zeker 14 inwoners omgekomen."
    assert TEXT[killed.evidence_start : killed.evidence_end] == killed.evidence
    assert killed.refers_to == T0  # no own time, no publication time: the fetch time
    missing = by_span["30"]
    assert missing.claimant == "Anouk Verbeek"
    assert missing.statement_id is not None
    assert missing.evidence == "Burgemeester Anouk Verbeek zegt dat nog 30 bewoners vermist worden."


@pytest.mark.parametrize(
    ("filters", "query", "spans"),
    [
        ({}, None, {"zeker 14", "30"}),
        ({"category": "missing"}, None, {"30"}),
        ({"source": "anouk verbeek"}, None, {"30"}),
        ({}, "inwoners", {"zeker 14"}),
        ({}, "veldhoven", {"zeker 14", "30"}),
        ({"since": T0 + timedelta(hours=1)}, None, set()),
        ({"publisher": "andere.nl"}, None, set()),
    ],
)
def test_list_figures_filters(store, filters, query, spans):
    store_extraction(store, _page())
    page = q.list_figures(store, query, filters)
    assert {f.span for f in page.items} == spans
    assert page.total == len(spans)


def test_statements_and_entities(store):
    store_extraction(store, _page())
    st = q.list_statements(store).items
    assert len(st) == 1
    s = st[0]
    assert (s.source_name, s.cue, s.cue_start) == ("Anouk Verbeek", "zegt", TEXT.index("zegt"))
    ents = q.list_entities(store).items
    assert [(e.name, e.type, e.documents) for e in ents] == [("Anouk Verbeek", "PER", 1)]
    assert set(ents[0].aliases) == {"Anouk Verbeek", "Burgemeester Anouk Verbeek", "Verbeek"}
    assert s.source_entity_id == ents[0].id
    view = q.get_entity(store, ents[0].id)
    assert [d.url for d in view.documents] == ["https://www.voorbeeldkrant.nl/binnenland/1"]
    assert [x.id for x in view.statements] == [s.id]
    assert q.list_entities(store, "verbeek").total == 1
    assert q.list_entities(store, "jansen").total == 0


def test_get_article(store):
    store_extraction(store, _page())
    hit = q.search(store, "overstromingen").items[0]
    art = q.get_article(store, hit.article_id)
    assert art.dateline_place == "VELDHOVEN" and art.dateline_agencies == "ANP"
    assert art.body == TEXT[TEXT.index("Bij overstromingen") :]
    assert [f.span for f in art.figures] == ["zeker 14", "30"]
    assert [s.cue for s in art.statements] == ["zegt"]
    assert q.get_article(store, 12345) is None


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("overstromingen", True),
        ("Overstromingen zuiden", True),
        ("bewoners leger", True),
        ("overstromingen aardbeving", False),
        ("", False),
        ("!!", False),
    ],
)
def test_search(store, query, found):
    store_extraction(store, _page())
    other = "Andere krant\nEen verhaal over het weer in de Alpen, waar het sneeuwt."
    store_extraction(store, story(other, url="https://andere.nl/2", fetched_at=T0))
    page = q.search(store, query)
    assert page.total == (1 if found else 0)
    if found:
        assert page.items[0].url == "https://www.voorbeeldkrant.nl/binnenland/1"


def test_search_folds_accents_on_sqlite(tmp_path):
    engine = connect(f"sqlite:///{tmp_path / 's.db'}")
    store_extraction(engine, story("Nieuws uit Oekraïne over de oogst.", url=None, fetched_at=None))
    assert q.search(engine, "oekraine").total == 1


def test_rejects_are_recorded_once(store):
    assert store_reject(store, "pages/kapot.bin", "binary data") is True
    assert store_reject(store, "pages/kapot.bin", "binary data") is False
    assert store_reject(store, "pages/kapot.bin", "another reason") is True
    rows = q.list_rejects(store).items
    assert [(r.source, r.reason) for r in rows] == [
        ("pages/kapot.bin", "another reason"),
        ("pages/kapot.bin", "binary data"),
    ]


def test_documents_listing_counts(store):
    store_extraction(store, _page())
    store_extraction(store, _page(TEXT + " Extra zin.", url="https://b.nl/1", fetched_at=T0 + timedelta(hours=2)))
    docs = q.list_documents(store).items
    assert [(d.publisher, d.articles, d.statements, d.figures) for d in docs] == [
        ("b.nl", 1, 1, 2),
        ("voorbeeldkrant.nl", 1, 1, 2),
    ]
    assert q.list_documents(store, {"since": T0 + timedelta(hours=1)}).total == 1


def test_naive_times_are_refused(store):
    x = _page(fetched_at=datetime(2026, 3, 2, 9, 30))
    with pytest.raises(Exception):
        store_extraction(store, x)
    assert q.counts(store)["documents"] == 0  # the failed transaction left nothing


def test_prepare_is_pure_and_picklable():
    import pickle

    p = prepare(_page())
    assert pickle.loads(pickle.dumps(p)) == p
    assert [k.claimant for k in p.figures] == ["ANP", "Anouk Verbeek"]
    assert [k.subject_key for k in p.figures] == ["inwoners omgekomen", "bewoners vermist"]
    assert [k.place_key for k in p.figures] == ["veldhoven", "veldhoven"]


def test_migrations_go_down_and_up(tmp_path):
    from alembic import command

    from claimtrack.store.db import _alembic_config

    engine = connect(f"sqlite:///{tmp_path / 'm.db'}")
    store_extraction(engine, _page())
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    assert current_revision(engine) is None
    with engine.connect() as conn:
        names = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))}
    assert not names & {"documents", "articles", "articles_fts", "figures"}
    engine.dispose()
    engine = connect(f"sqlite:///{tmp_path / 'm.db'}")
    assert current_revision(engine) == "0003_ingest2"
    assert q.counts(engine)["documents"] == 0


def test_a_store_from_a_newer_claimtrack_is_refused(tmp_path):
    engine = connect(f"sqlite:///{tmp_path / 'n.db'}")
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(Exception, match="9999"):
        connect(f"sqlite:///{tmp_path / 'n.db'}")
