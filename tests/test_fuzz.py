"""Fuzzing (hypothesis, fixed seed, bounded examples): no exception but InputError/UnsupportedLanguage,
no input slower than a generous bound proportional to its size, no 5xx from the web app.

The long run (100,000+ inputs) is ``bench/fuzz_long.py``; this is its CI-sized sibling.
Time bounds are CPU seconds and very generous (2 s + 0.5 s per kB): they catch
runaway (super-linear) inputs, not a loaded machine.
"""

from __future__ import annotations

import random

import pytest
from fastapi.testclient import TestClient
from fuzz_cases import KINDS, check, make_input, mutate, scratch
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

import claimtrack
from claimtrack.errors import InputError, UnsupportedLanguage
from claimtrack.web import create_app

FUZZ = settings(
    max_examples=40, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck)
)


def _bound(size: int) -> float:
    return 2.0 + 0.5 * size / 1000


@pytest.fixture(scope="module")
def folder():  # type: ignore[no-untyped-def]
    with scratch() as path:
        yield path


@pytest.mark.parametrize("kind", sorted(set(KINDS)))
@seed(12)
@FUZZ
@given(rng=st.randoms(use_true_random=False))
def test_mutated_inputs(folder, kind: str, rng: random.Random) -> None:  # type: ignore[no-untyped-def]
    _, data = make_input(kind, rng)
    out = check(kind, data, rng, folder)
    assert out.crash is None, (kind, data)
    assert out.cpu < _bound(out.size), (kind, out)


@seed(12)
@FUZZ
@given(text=st.text(max_size=2000), language=st.sampled_from(["nl", "en", None]))
def test_random_text(text: str, language: str | None) -> None:
    try:
        claimtrack.extract(text, language=language)
    except (InputError, UnsupportedLanguage):
        pass


@seed(12)
@FUZZ
@given(data=st.binary(max_size=3000))
def test_random_bytes(data: bytes) -> None:
    try:
        claimtrack.extract(data)
    except (InputError, UnsupportedLanguage):
        pass


@seed(12)
@FUZZ
@given(data=st.binary(max_size=2000), kind=st.sampled_from([".rss", ".jsonl", ".warc", ".warc.gz", ".html", ""]))
def test_random_files_through_the_readers(folder, data: bytes, kind: str) -> None:  # type: ignore[no-untyped-def]
    import os

    from claimtrack.read.inputs import iter_documents

    path = os.path.join(folder, "random" + kind)
    with open(path, "wb") as fh:
        fh.write(data)
    items = list(iter_documents(path))  # never raises: documents and rejects
    assert all(hasattr(i, "text") or hasattr(i, "reason") for i in items)


# ---------------------------------------------------------------- web requests


@pytest.fixture(scope="module")
def web(tmp_path_factory):  # type: ignore[no-untyped-def]
    from claimtrack.store import store_extraction
    from claimtrack.web.demo import page_a, page_b

    app = create_app(f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'web.db'}", allow_ingest=True)
    store_extraction(app.state.store, page_a())
    store_extraction(app.state.store, page_b())
    return TestClient(app)


_PATHS = (
    "/", "/try", "/conflicts", "/entities", "/api/documents", "/api/figures", "/api/statements",
    "/api/groups", "/api/entities", "/api/documents/{n}", "/api/entities/{n}", "/documents/{n}/articles/a{n}",
    "/groups/{n}", "/entities/{n}", "/api/conflicts", "/static/{w}", "/api/documents/{w}",
)
_WORDS = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)


@seed(12)
@FUZZ
@given(
    path=st.sampled_from(_PATHS),
    n=st.integers(min_value=-5, max_value=2**70),
    w=_WORDS,
    query=st.dictionaries(
        st.sampled_from(["q", "limit", "offset", "source", "category", "place", "since", "until", "type", "sort"]),
        _WORDS,
        max_size=4,
    ),
)
def test_random_get_requests(web: TestClient, path: str, n: int, w: str, query: dict) -> None:
    from urllib.parse import quote

    r = web.get(path.format(n=n, w=quote(w, safe="")), params=query)
    assert r.status_code < 500, (path, n, w, query, r.text[:300])


@seed(12)
@FUZZ
@given(
    body=st.one_of(
        st.binary(max_size=500),
        st.dictionaries(
            st.sampled_from(["text", "url", "fetched_at", "language", "extra"]),
            st.one_of(st.text(max_size=300), st.integers(), st.none(), st.lists(st.integers(), max_size=3)),
            max_size=5,
        ).map(lambda d: __import__("json").dumps(d).encode()),
        st.builds(lambda r: mutate('{"text": "ZEESTAD (ANP) - Hij zegt dat 5 mensen kwamen."}', r).encode("utf-8", "surrogatepass"),
                  st.randoms(use_true_random=False)),
    ),
    path=st.sampled_from(["/api/extract", "/api/ingest", "/api/extract/url"]),
)
def test_random_api_posts(web: TestClient, body: bytes, path: str) -> None:
    r = web.post(path, content=body, headers={"content-type": "application/json"})
    assert r.status_code < 500, (path, body, r.text[:300])


@seed(12)
@FUZZ
@given(
    text=st.text(max_size=500),
    fetched_at=st.text(max_size=40),
    language=st.text(max_size=5),
    rng=st.randoms(use_true_random=False),
)
def test_random_form_posts(web: TestClient, text: str, fetched_at: str, language: str, rng: random.Random) -> None:
    text = mutate(text, rng, 2) if rng.random() < 0.5 else text
    data = {"text": text, "fetched_at": fetched_at, "language": language}
    r = web.post("/try", data={k: v.encode("utf-8", "replace").decode() for k, v in data.items()})
    assert r.status_code < 500, (data, r.text[:300])


@pytest.mark.parametrize(
    ("text", "language", "figure"),
    [
        # found by the long run: KeyError 'di̇ed' ("İ".lower() is two code points)
        ("LAKETON - Police said 14 people dİed on Tuesday.", "en", ("14", "killed")),
        ("ZEESTAD - Er waren 40 ſlachtoffers.", "nl", ("40", "killed_or_wounded")),  # KeyError 'ſlachtoffers'
        ("ZEESTAD - Er zijn 3 doden gevallen ın de stad, 5 mınuten geleden.", "nl", ("3", "killed")),
    ],
)
def test_letters_that_regex_folds_but_lower_does_not(text: str, language: str, figure: tuple[str, str]) -> None:
    """re.IGNORECASE matches İ and ı to i and ſ to s; the lookup keys fold them the same way."""
    extraction = claimtrack.extract(text, language=language)
    assert [(f.span.text, f.category) for f in extraction.figures] == [figure]


@pytest.fixture(scope="module")
def budget():  # type: ignore[no-untyped-def]
    from claimtrack.isolate import WorkerPool

    with WorkerPool(1, timeout=60) as pool:
        yield pool


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # Found by the long run: an unclosed bracket of digits and separators made the
        # bracket-age pattern backtrack exponentially (25 characters: a minute; 90: never).
        ("De kosten (" + "5.," * 30 + "5 miljoen stijgen.", [("5", 5)]),
        ("Kosten (" + "5.," * 30 + "5 miljoen) stijgen.", [("5", 5)]),
        ("Uit Lemmer (27, 22 en 19) zijn 4 mensen vertrokken.", [("4", 4)]),  # ages in brackets are no figures
    ],
    ids=["unclosed-digits", "digits-then-word", "bracket-ages"],
)
def test_shapes_that_ran_away_finish(budget, text: str, figures: list) -> None:  # type: ignore[no-untyped-def]
    # In a worker with a 60 s budget: a runaway is a TimedOut failure, not a hung test run.
    extraction = budget.call(claimtrack.extract, text, language="nl")
    assert [(f.span.text, f.low) for f in extraction.figures] == figures


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        # Found by the long run: a run of XML declarations (or "<???...?>") before any element
        # made the prolog pattern backtrack exponentially (22 of them: 2 s; 200: never).
        (b'<?xml version="1.0"?>' * 200, None),
        (b'<?xml version="1.0"?>' + b'<???on="1.0"?>' * 200, None),
        (b'<?xml version="1.0"?>' * 150 + b"<newsItem>", "newsml"),
        (b'<?xml version="1.0"?>\n<!-- x -->\n<!DOCTYPE nitf [ <!ENTITY a ">"> ]>\n<nitf>', "nitf"),
    ],
    ids=["declarations", "odd-instructions", "declarations-then-item", "prolog-then-nitf"],
)
def test_xml_prologs_that_ran_away_finish(budget, head: bytes, kind: str | None) -> None:  # type: ignore[no-untyped-def]
    from claimtrack.read.wire import wire_kind

    assert budget.call(wire_kind, head) == kind
