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
        port: int = typer.Option(8000, "--port", min=1, max=65535, help="port to listen on (1-65535)"),
        allow_ingest: bool = typer.Option(False, "--allow-ingest", help="enable POST /api/ingest and storing from Try it"),
        allow_fetch: bool = typer.Option(
            False, "--allow-fetch", help="let POST /api/extract fetch URLs (public addresses only)"
        ),
        max_body: int = typer.Option(2_000_000, "--max-body", help="largest request body or upload, in bytes"),
        timeout: float = typer.Option(20.0, "--timeout", help="per-request time limit, in seconds (extraction is stopped then)"),
        allowed_host: list[str] = typer.Option(
            [], "--allowed-host", help="a host name clients may use to reach the server (repeat it; '*' for any); "
            "default: 127.0.0.1, localhost, ::1 and --host"
        ),
        workers: int = typer.Option(2, "--workers", min=1, help="extraction worker processes"),
    ) -> None:
        """Serve the web page (search, articles, figures, conflicts, entities, Try it) and the JSON API.

        Read-only unless --allow-ingest: a missing store is then an error (never
        created), and a store in a folder you may only read is read as it is. Never
        fetches URLs unless --allow-fetch. Only requests that name an allowed host
        are served. OpenAPI docs at /docs; in the API, since=/until= take an ISO 8601
        time or a date (that day in the server's local zone, until= included).
        """
        import uvicorn

        from claimtrack.cli_store import require_store
        from claimtrack.errors import ClaimtrackError
        from claimtrack.web import create_app
        from claimtrack.web.app import StoreMissing

        if not allow_ingest:  # read-only: say so as figures and conflicts do (exit 1)
            require_store(db)
        _check_port(host, port)

        hosts = list(allowed_host) or ["127.0.0.1", "localhost", "::1"]
        if not allowed_host and host not in ("0.0.0.0", "::", ""):
            hosts.append(host)
        try:
            web = create_app(
                db,
                allow_ingest=allow_ingest,
                allow_fetch=allow_fetch,
                max_body_bytes=max_body,
                request_timeout=timeout,
                allowed_hosts=hosts,
                extract_workers=workers,
                create_store=allow_ingest,
            )
        except (StoreMissing, ClaimtrackError) as exc:  # (a read-only store whose log can not be read)
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(1) from None
        uvicorn.run(web, host=host, port=port, log_level="info", timeout_keep_alive=5)


def _check_port(host: str, port: int) -> None:
    """Exit 1 with the reason when ``host:port`` can not be listened on (uvicorn would exit 3
    with a log line); before the app is made, so that nothing is created for nothing."""
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        with socket.create_server((host, port), family=family):
            pass
    except OSError as exc:
        import errno
        import os

        if exc.errno not in (errno.EADDRINUSE, errno.EACCES):
            return  # an address that is not this machine's, ...: uvicorn says so
        reason = os.strerror(exc.errno)
        typer.echo(f"error: can not listen on {host}:{port}: {reason}; choose another --port", err=True)
        raise typer.Exit(1) from None
