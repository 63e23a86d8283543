"""Property-based tests of the JSON API from its own OpenAPI document (schemathesis).

Every operation in ``/openapi.json`` is called with generated requests against an
app over a small store holding the packaged demo pages (:mod:`claimtrack.web.demo`), ingest enabled; each response must be
no server error and must match the documented status codes, content types and
response schemas.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings

from claimtrack.web import create_app

_DB = Path(tempfile.mkdtemp(prefix="claimtrack-schema-")) / "store.db"


def _app():  # type: ignore[no-untyped-def]
    from claimtrack.store import store_extraction
    from claimtrack.web.demo import demo_extractions

    app = create_app(f"sqlite:///{_DB}", allow_ingest=True, allow_fetch=False)
    for extraction in demo_extractions():
        store_extraction(app.state.store, extraction)
    return app


APP = _app()
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


# Page text that the reader refuses (binary-looking control characters, whitespace
# only) is answered with a documented 422; JSON Schema can not say which strings
# read as a page, so the "schema-valid input must be accepted" check is left out
# for the two operations that read page text, and only for them.
READS_PAGE_TEXT = {("POST", "/api/extract"), ("POST", "/api/ingest")}


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_openapi(case: schemathesis.Case) -> None:
    excluded = []
    # ... nor that ``since`` must lie before ``until`` (a window with no time in it is a 422):
    # left out only for the requests that give both
    window = bool(case.query) and {"since", "until"} <= set(case.query)
    if (case.method.upper(), case.path) in READS_PAGE_TEXT or window:
        excluded.append(schemathesis.checks.positive_data_acceptance)
    # ... nor that /api/entities takes its type in any case and "" as any type (the schema's
    # enum names the four types in capitals): left out only for the requests that give a type
    if case.path == "/api/entities" and "type" in (case.query or {}):
        excluded.append(schemathesis.checks.negative_data_rejection)
    case.call_and_validate(excluded_checks=excluded)
