"""Fixtures and builders for the store, ingest and compare tests.

``store_url`` runs a test once on SQLite (a file in ``tmp_path``) and once on
PostgreSQL (a fresh database on the server at ``CLAIMTRACK_TEST_PG_URL``, marked
``postgres``; CI sets the variable, see ``.ci/postgres.sh``).

``story(...)`` builds an :class:`~claimtrack.model.Extraction` by hand from an
invented text, so that comparison tests do not depend on the extractor: every span
is found in the text by its words (the first occurrence from a given position).
"""

from __future__ import annotations

import hashlib
import os
import uuid
from dataclasses import dataclass
from datetime import datetime

import pytest

from claimtrack.model import (
    Article,
    Dateline,
    DocumentSource,
    Entity,
    Extraction,
    Figure,
    Source,
    Span,
    Statement,
    TimeRef,
)

PG_URL = os.environ.get("CLAIMTRACK_TEST_PG_URL")

BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param(
        "postgres",
        id="postgres",
        marks=[
            pytest.mark.postgres,
            pytest.mark.skipif(not PG_URL, reason="CLAIMTRACK_TEST_PG_URL is not set (see .ci/postgres.sh)"),
        ],
    ),
]


def _pg_admin():
    from sqlalchemy import create_engine

    from claimtrack.store.db import normalise_url

    return create_engine(normalise_url(PG_URL), isolation_level="AUTOCOMMIT")


@pytest.fixture(params=BACKENDS)
def store_url(request, tmp_path):
    """A URL of an empty store: SQLite in ``tmp_path``, or a new schema on the PostgreSQL server.

    PostgreSQL stores are schemas (``search_path`` set in the URL), not databases:
    creating a schema takes milliseconds, a database much longer.
    """
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    name = f"ct_{uuid.uuid4().hex[:12]}"
    admin = _pg_admin()
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{name}"'))
    url = make_url(PG_URL).update_query_dict({"options": f"-csearch_path={name}"})
    yield url.render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
    admin.dispose()


@pytest.fixture
def store(store_url):
    """An engine on an empty, migrated store (both backends)."""
    from claimtrack.store import connect

    engine = connect(store_url)
    yield engine
    engine.dispose()


# ---------------------------------------------------------------- hand-built extractions


@dataclass(frozen=True)
class Fig:
    """A figure to build: its words in the text, bounds, what it counts, category, and who said it."""

    words: str
    low: float | None
    high: float | None
    counted: str | None
    category: str = "killed"
    source: str | None = None  # a statement source name; the statement is the sentence holding the figure
    location: str | None = None
    unit: str | None = None
    cue: str = "zegt"
    source_type: str = "PER"


@dataclass(frozen=True)
class Ent:
    name: str
    type: str
    mentions: tuple[str, ...]
    aliases: tuple[str, ...] = ()


def _find(text: str, words: str, start: int = 0) -> Span:
    at = text.find(words, start)
    assert at >= 0, f"{words!r} not in the test text"
    return Span.of(text, at, at + len(words))


def _sentence(text: str, span: Span) -> Span:
    dot = text.rfind(". ", 0, span.start)
    start = max(dot + 2 if dot >= 0 else 0, text.rfind("\n", 0, span.start) + 1)
    ends = [i for i in (text.find(". ", span.end), text.find("\n", span.end)) if i >= 0]
    end = min(ends) + 1 if ends else len(text)
    return Span.of(text, start, min(end, len(text)))


def story(
    text: str,
    *,
    url: str | None,
    fetched_at: datetime | None,
    figures: tuple[Fig, ...] = (),
    entities: tuple[Ent, ...] = (),
    place: str | None = None,
    agencies: tuple[str, ...] = (),
    published: datetime | None = None,
    language: str = "nl",
) -> Extraction:
    """An Extraction of ``text`` with one main article; its dateline is the first ``"PLACE (AGENCY) - "``."""
    dateline = None
    body_start = 0
    if place:
        dl = _find(text, f"{place} (")
        end = text.index(" - ", dl.start) + 3
        dateline = Dateline(place, agencies, dl.start, end)
        body_start = end
    published_ref = TimeRef(None, published, "minute", "absolute") if published else None
    article = Article("a0", "main", None, None, dateline, published_ref, Span.of(text, body_start, len(text)))
    statements: list[Statement] = []
    figs: list[Figure] = []
    for i, f in enumerate(figures):
        span = _find(text, f.words, body_start)
        sid = None
        if f.source:
            src = _find(text, f.source)
            sentence = _sentence(text, span)
            sid = f"s{len(statements)}"
            cue = _find(text, f.cue, sentence.start)
            statements.append(
                Statement(sid, "a0", (Source(src, f.source, f.source_type),), cue, f.cue, sentence, "indirect")
            )
        figs.append(
            Figure(
                id=f"f{i}",
                article="a0",
                span=span,
                low=f.low,
                high=f.high,
                approximate=False,
                unit=f.unit,
                counted=_find(text, f.counted, span.start) if f.counted else None,
                category=f.category,  # type: ignore[arg-type]
                location=_find(text, f.location) if f.location else None,
                statement=sid,
                source_name=f.source,
            )
        )
    ents = tuple(
        Entity(f"e{i}", e.name, e.type, tuple(_find(text, m) for m in e.mentions), e.aliases)
        for i, e in enumerate(entities)
    )
    return Extraction(
        source=DocumentSource(None, url, fetched_at, hashlib.sha256(text.encode("utf-8")).hexdigest()),
        language=language,
        text=text,
        articles=(article,),
        statements=tuple(statements),
        figures=tuple(figs),
        entities=ents,
    )


# ---------------------------------------------------------------- generated page dumps

_PLACES = ("VELDHOVEN", "ZANDHOVEN", "NOORDWOLD", "BOSDAL", "VARENDORP", "KUSTHAVEN", "MEERBURG")
_NAMES = ("Anouk Verbeek", "Ruben Smit", "Ilse Kramer", "Tom Bakker", "Fenna de Wit", "Joris Mulder")


def page_text(i: int, teasers: int = 0) -> str:
    """An invented Dutch page dump, different for every ``i``: headline, dateline, body, teasers.

    ``teasers`` adds that many more teaser items (about 110 characters each); with
    ``teasers=22`` a page is about as long as the seed page (3,000 characters).
    """
    place = _PLACES[i % len(_PLACES)]
    name = _NAMES[i % len(_NAMES)]
    n = 3 + (i * 7) % 90
    extra = "".join(
        f"{_PLACES[(i + k) % len(_PLACES)]} (ANP/AFP) - Volgens de politie zijn {k + 2} mensen opgepakt "
        f"na onrust in wijk {k}. {k + 3} minuten geleden"
        for k in range(teasers)
    )
    return (
        f"Storm nummer {i} raakt {place.title()}\n"
        f"{place} (ANP) - Bij een zware storm in {place.title()} zijn zeker {n} mensen gewond geraakt, "
        f"zegt burgemeester {name}. Volgens de brandweer zijn {n + 12} huizen beschadigd. "
        f"{name} zei eerder op de dag dat de schade in ronde {i} nog wordt opgenomen.\n"
        f"Meer uit Binnenland\n"
        f"MEERBURG (ANP) - Een fietser is gewond geraakt bij een aanrijding. 12 minuten geleden"
        f"KUSTHAVEN (ANP) - De veerdienst vaart weer na een storing van {i % 5 + 1} uur. 1 uur geleden"
        + extra
    )


def write_pages(folder, count: int, start: int = 0, teasers: int = 0) -> list:
    """Write ``count`` page dumps ``page_00000.txt``... into ``folder``; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + count):
        p = folder / f"page_{i:05d}.txt"
        p.write_text(page_text(i, teasers), encoding="utf-8")
        paths.append(p)
    return paths
