"""The HTML pages: Search, Article, Figures (group), Conflicts, Entity, Try it.

Handlers only gather values and hand them to templates; marked-up text comes
from :mod:`claimtrack.web.render` (escaped there), everything else is escaped by
Jinja2 autoescaping.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, File, Form, HTTPException, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse

from claimtrack.lang import available
from claimtrack.web import render, views
from claimtrack.web.api import parse_time, run_extract
from claimtrack.web.settings import csrf_ok

router = APIRouter(include_in_schema=False)


def page(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """Render template ``name`` with ``context`` plus the formatting helpers every page uses."""
    context.setdefault("fmt_value", render.format_value)
    context.setdefault("fmt_time", render.format_time)
    context.setdefault("fmt_dt", render.format_datetime)
    context.setdefault("web_link", render.web_link)
    return request.app.state.templates.TemplateResponse(request, name, context, status_code=status_code)


@router.get("/try", response_class=HTMLResponse)
def try_form(request: Request) -> HTMLResponse:
    """The Try-it form, empty."""
    return _try_page(request)


def _try_page(request: Request, status_code: int = 200, **context: Any) -> HTMLResponse:
    settings = request.app.state.settings
    context.setdefault("text", "")
    context.setdefault("fetched_at", "")
    context.setdefault("language", "")
    return page(
        request,
        "try.html",
        status_code=status_code,
        allow_ingest=settings.allow_ingest,
        max_kb=settings.max_body_bytes // 1000,
        languages=available(),
        **context,
    )


@router.post("/try", response_class=HTMLResponse)
async def try_extract(
    request: Request,
    text: str = Form(""),
    fetched_at: str = Form(""),
    language: str = Form(""),
    store: str = Form(""),
    csrf_token: str = Form(""),
    file: Annotated[UploadFile | None, File()] = None,
) -> HTMLResponse:
    """Extract pasted text or an uploaded page and show it marked up; store it only on request."""
    settings = request.app.state.settings
    form = {"text": text, "fetched_at": fetched_at, "language": language}
    data: str | bytes = text
    if file is not None and file.filename:
        data = await file.read(settings.max_body_bytes + 1)
        if len(data) > settings.max_body_bytes:
            return _try_page(request, 413, error=f"the file is larger than {settings.max_body_bytes} bytes", **form)
    if not data or (isinstance(data, str) and not data.strip()):
        return _try_page(request, 422, error="paste some text or choose a file", **form)
    language = language.strip().lower()
    if language not in ("", *available()):
        return _try_page(request, 422, error=f"unknown language {language!r}", **form)
    try:
        when = parse_time(fetched_at.strip(), "fetched at")
        extraction = await run_in_threadpool(
            run_extract, data, fetched_at=when, language=language or None, url=None
        )
    except HTTPException as exc:
        return _try_page(request, exc.status_code, error=str(exc.detail), **form)
    stored = ""
    if store:
        if not settings.allow_ingest:
            return _try_page(request, 403, error="this server is read-only (start it with --allow-ingest)", **form)
        if not csrf_ok(request, csrf_token):  # a write needs the token of a form this server served
            return _try_page(request, 403, error="the form is stale or not from this server; reload it and try again", **form)
        from claimtrack.web.api_store import ingest_extraction

        stored = await run_in_threadpool(ingest_extraction, request.app, extraction)
    return _try_page(
        request,
        extraction=extraction,
        marked=render.render_all(extraction),
        times=render.time_rows(extraction),
        stored=stored,
        **form,
    )


# ---------------------------------------------------------------- store pages

PER_PAGE = 50


def _engine(request: Request) -> Any:
    engine = request.app.state.store
    if engine is None:
        raise HTTPException(503, "this server runs without a store (start it with --db)")
    return engine


def _pager(p: Any) -> dict[str, int | None]:
    prev = max(p.offset - p.limit, 0) if p.offset > 0 else None
    nxt = p.offset + p.limit if p.offset + p.limit < p.total else None
    return {"prev": prev, "next": nxt}


def _offset(value: str) -> int:
    return int(value) if value.isdigit() and len(value) < 8 else 0


@router.get("/", response_class=HTMLResponse)
def search_page(
    request: Request, q: str = "", source: str = "", category: str = "", place: str = "", since: str = "", until: str = ""
) -> HTMLResponse:
    """Search: full-text over articles and statement contents, figures by words, place and category, statements by source."""
    from claimtrack.model import CATEGORIES
    from claimtrack.store import queries

    engine = _engine(request)
    form = {"q": q[:200], "source": source[:200], "category": category, "place": place[:200], "since": since, "until": until}
    context: dict[str, Any] = {"form": form, "categories": CATEGORIES, "article_url": views.article_url}
    searched = any(v.strip() for v in form.values())
    context["searched"] = searched
    if not searched:
        context["documents"] = queries.list_documents(engine, limit=20)
        return page(request, "search.html", **context)
    error = ""
    start, end = views.day_start(since), views.day_start(until, end=True)
    if (since and start is None) or (until and end is None):
        error = "dates must be YYYY-MM-DD"
    else:
        error = queries.empty_window(start, end, (f"from {since}", f"to {until}")) or ""
    if category and category not in CATEGORIES:
        error, category = f"unknown category {category!r}", ""
    filters = queries.Filters(since=start, until=end, category=category or None, source=source.strip() or None)
    words = " ".join(x for x in (form["q"], form["place"]) if x.strip()) or None
    empty = queries.Page((), 0, 20, 0)
    context["articles"] = (
        queries.search(engine, " ".join(x for x in (form["q"], form["place"]) if x), queries.Filters(since=start, until=end), limit=20)
        if words
        else empty
    )
    context["statements"] = (
        queries.list_statements(
            engine, queries.Filters(since=start, until=end, source=source.strip() or None),
            query=form["q"] if form["q"].strip() else None, limit=20,
        )
        if source.strip() or form["q"].strip()
        else empty
    )
    context["figures"] = queries.list_figures(engine, words, filters, limit=20)
    matching = {f.id for f in queries.list_figures(engine, words, filters, limit=100_000).items}
    context["groups"] = request.app.state.group_cache.holding(matching, limit=20)
    context["error"] = error
    return page(request, "search.html", **context)


@router.get("/documents/{document_id}/articles/{local_id}", response_class=HTMLResponse)
def article_page(request: Request, document_id: int, local_id: str) -> HTMLResponse:
    """One article, its spans marked, with its dateline, agencies, resolved times and the page's teasers."""
    # an id past the store's integers was a 500 (SQLite overflow): it names no document
    view = views.article_page(_engine(request), document_id, local_id[:16]) if 0 < document_id < 2**62 else None
    if view is None:
        return page(request, "error.html", 404, status="Not found", message=f"no article {local_id} in document {document_id}")
    return page(request, "article.html", view=view)


@router.get("/documents/{document_id}")
def document_by_id(request: Request, document_id: int) -> Any:
    """A stored document: redirects to the page of its first article (the address looked like
    one, and answered a bare JSON 404)."""
    from fastapi.responses import RedirectResponse

    from claimtrack.store import queries

    found = queries.get_document(_engine(request), document_id) if 0 < document_id < 2**62 else None
    if found is None or not found.extraction.get("articles"):
        return page(request, "error.html", 404, status="Not found", message=f"no document {document_id}")
    return RedirectResponse(views.article_url(document_id, found.extraction["articles"][0]["id"]), status_code=303)


@router.get("/articles/{article_id}")
def article_by_id(request: Request, article_id: int) -> Any:
    """A stored article by its store id: redirects to its page."""
    from fastapi.responses import RedirectResponse

    from claimtrack.store import queries

    found = queries.get_article(_engine(request), article_id) if 0 < article_id < 2**62 else None
    if found is None:
        return page(request, "error.html", 404, status="Not found", message=f"no article {article_id}")
    return RedirectResponse(views.article_url(found.document_id, found.local_id), status_code=303)


@router.get("/groups/{group_id}", response_class=HTMLResponse)
def group_page(request: Request, group_id: str) -> HTMLResponse:
    """One figure group: a chart of each source's values over time and the table of claims."""
    engine = _engine(request)
    group = request.app.state.group_cache.get(group_id[:64])
    if group is None:
        return page(request, "error.html", 404, status="Not found", message=f"no figure group {group_id}")
    table, chart = views.group_page(engine, group)
    return page(request, "group.html", group=table, chart=chart, group_id=group.id,
                can_correct=request.app.state.settings.allow_ingest)


def _correct(request: Request, group_id: str, action: Any) -> Any:
    """Run a stored correction (merge or split) and show the group it made; the store must be writable."""
    engine = _engine(request)
    if not request.app.state.settings.allow_ingest:
        return page(request, "error.html", 403, status="Forbidden", message="this server is read-only (start it with --allow-ingest)")
    try:
        new_id = action(engine)
    except KeyError as exc:
        return page(request, "error.html", 404, status="Not found", message=f"no figure group {exc.args[0]}")
    except ValueError as exc:
        return page(request, "error.html", 422, status="Unprocessable", message=str(exc))
    return RedirectResponse(f"/groups/{new_id}", status_code=303)


@router.post("/groups/{group_id}/merge")
def merge_groups(request: Request, group_id: str, other: str = Form("")) -> Any:
    """Merge another group into this one (a person's correction, kept across regrouping)."""
    from claimtrack.store.groups import merge

    return _correct(request, group_id, lambda engine: merge(engine, group_id[:64], other.strip()[:64]))


@router.post("/groups/{group_id}/split")
def split_group(request: Request, group_id: str, figures: list[str] = Form([])) -> Any:
    """Take the chosen claims' figures out of this group into a group of their own."""
    from claimtrack.store.groups import split

    ids = [int(i) for value in figures for i in value.split(",") if i.strip().isdigit() and len(i.strip()) < 19]
    return _correct(request, group_id, lambda engine: split(engine, group_id[:64], ids))


@router.get("/conflicts", response_class=HTMLResponse)
def conflicts_page(request: Request, offset: str = "0") -> HTMLResponse:
    """The figure groups with a disagreement, newest first."""
    _engine(request)
    groups = request.app.state.group_cache.conflicts(limit=PER_PAGE, offset=_offset(offset))
    return page(request, "conflicts.html", groups=groups, pager=_pager(groups))


@router.get("/entities", response_class=HTMLResponse)
def entities_page(request: Request, q: str = "", offset: str = "0") -> HTMLResponse:
    """Canonical names of sources, people, organisations and places, most mentioned first."""
    from claimtrack.store import queries

    found = queries.list_entities(_engine(request), q[:200] or None, limit=PER_PAGE, offset=_offset(offset))
    return page(request, "entities.html", entities=found, query=q[:200], pager=_pager(found))


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, entity_id: int) -> HTMLResponse:
    """Everything a source has claimed: its statements and its figures."""
    from claimtrack.store import queries

    engine = _engine(request)
    entity = queries.get_entity(engine, entity_id) if 0 < entity_id < 2**62 else None
    if entity is None:
        return page(request, "error.html", 404, status="Not found", message=f"no entity {entity_id}")
    figures = queries.list_figures(engine, None, queries.Filters(source=entity.name), limit=200)
    return page(request, "entity.html", entity=entity, figures=figures)


@router.get("/api", response_class=HTMLResponse)
def api_page(request: Request) -> HTMLResponse:
    """The API's operations as a page (from the app's own OpenAPI document; no external script)."""
    spec = request.app.openapi()
    operations = []
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            operations.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "description": (op.get("description") or "").split("\n\n")[0],
                    "params": [p["name"] for p in op.get("parameters", [])],
                    "body": "requestBody" in op,
                }
            )
    return page(request, "api.html", spec=spec, operations=operations, allow_ingest=request.app.state.settings.allow_ingest)
