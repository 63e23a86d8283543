"""Rough edges of the web page (issue 13): headlines on the home page, statement search, partial source names."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from claimtrack.pipeline import extract
from claimtrack.store import store_extraction
from claimtrack.web import create_app

WIRE = Path(__file__).parent / "data" / "wire"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    db = tmp_path_factory.mktemp("wireweb") / "store.db"
    app = create_app(f"sqlite:///{db}")
    for name in ("nitf.xml", "newsml_g2.xml"):
        store_extraction(app.state.store, extract(WIRE / name))
    return TestClient(app)


def test_home_lists_latest_documents_by_headline(client: TestClient) -> None:
    html = client.get("/").text
    assert '<a href="/documents/1/articles/a0">Staking legt haven van Zeebrugge twee dagen stil</a>' in html
    assert '<a href="/documents/2/articles/a0">Dijk bij Veessen houdt het na dagen hoog water</a>' in html
    assert ">wire<" in html  # the local file's folder stands for the outlet


def test_statement_contents_are_found_by_words(client: TestClient) -> None:
    html = client.get("/", params={"q": "personeel"}).text
    section = html[html.index("<h2>Statements"):html.index("<h2>Figures")]
    assert "Zonder extra personeel houden we dit niet vol" in section
    assert "Gert Vanmechelen" in section
    api = client.get("/api/statements", params={"q": "personeel"}).json()
    assert [s["source_name"] for s in api["items"]] == ["Gert Vanmechelen"]


def test_source_filter_takes_part_of_a_name(client: TestClient) -> None:
    html = client.get("/", params={"source": "vanmechelen"}).text
    section = html[html.index("<h2>Statements"):html.index("<h2>Figures")]
    assert "Gert Vanmechelen" in section and "(1)" in section
    assert client.get("/api/statements", params={"source": "Ploeg"}).json()["total"] == 2
