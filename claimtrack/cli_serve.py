"""``claimtrack serve``: the web page and JSON API over a store (FastAPI under uvicorn)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the ``serve`` command to the claimtrack app."""

    @app.command()
    def serve(
        db: str = typer.Option(
            "sqlite:///claimtrack.db", "--db", envvar="CLAIMTRACK_DB", help="store URL (sqlite:///file.db, postgresql://...) or a file path"
        ),
        host: str = typer.Option("127.0.0.1", "--host", help="address to listen on"),
        port: int = typer.Option(8000, "--port", help="port to listen on"),
        allow_ingest: bool = typer.Option(False, "--allow-ingest", help="enable POST /api/ingest and storing from Try it"),
        allow_fetch: bool = typer.Option(
            False, "--allow-fetch", help="let POST /api/extract fetch URLs (public addresses only)"
        ),
        max_body: int = typer.Option(2_000_000, "--max-body", help="largest request body or upload, in bytes"),
        timeout: float = typer.Option(20.0, "--timeout", help="per-request time limit, in seconds"),
    ) -> None:
        """Serve the web page (search, articles, figures, conflicts, entities, Try it) and the JSON API.

        Read-only unless --allow-ingest (only then is a missing SQLite store created);
        never fetches URLs unless --allow-fetch.
        OpenAPI docs at /docs.
        """
        import uvicorn

        from claimtrack.cli_store import require_store
        from claimtrack.web import create_app

        if not allow_ingest:  # read-only: an empty new store would only show nothing
            require_store(db)

        web = create_app(
            db,
            allow_ingest=allow_ingest,
            allow_fetch=allow_fetch,
            max_body_bytes=max_body,
            request_timeout=timeout,
        )
        uvicorn.run(web, host=host, port=port, log_level="info", timeout_keep_alive=5)
