"""Rough edges a daily user meets (second round): a store in a read-only folder, plain dates
in the JSON API, error messages without exception class names, and the small words."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from cli_run import invoke

ROOT = Path(__file__).resolve().parents[1]

PAGE = (
    "Dijkdoorbraak bij Westerkamp\n"
    "De burgemeester van Westerkamp zegt dat 14 woningen onder water staan. "
    "Volgens het waterschap staan 9 woningen onder water.\n"
)


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory) -> Path:
    """A filled store, alone in its folder (the folder is made read-only by the tests)."""
    base = tmp_path_factory.mktemp("shared")
    page = base / "dijk.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = invoke("ingest", str(page), "--db", str(base / "w.db"), "--fetched-at", "2026-02-03T10:00:00+01:00", "-q")
    assert result.exit_code == 0, result.output
    folder = base / "store"
    folder.mkdir()
    # a copy closed for good, as a store is when nobody writes it: no -wal or -shm beside it
    with sqlite3.connect(base / "w.db") as src, sqlite3.connect(folder / "s.db") as dst:
        src.backup(dst)
    dst.close()
    assert [p.name for p in folder.iterdir()] == ["s.db"]
    return folder / "s.db"


def _can_mount() -> bool:
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True) if shutil.which("unshare") else None
    return probe is not None and probe.returncode == 0


def run_read_only(folder: Path, *args: str, code: str | None = None) -> subprocess.CompletedProcess:
    """``claimtrack ARGS`` (or ``python -c CODE``) with ``folder`` read-only for it: by its mode
    for a normal user; root ignores modes, so for root a read-only bind mount of the folder
    in a mount namespace of its own (the folder stays writable for everyone else)."""
    cmd = [sys.executable, "-c", code] if code else [sys.executable, "-m", "claimtrack", *args]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "200"}
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
        finally:
            folder.chmod(0o755)
    if not _can_mount():
        pytest.skip("running as root without mount namespaces: no way to make a folder read-only")
    mount = f"mount --bind -o ro {shlex.quote(str(folder))} {shlex.quote(str(folder))} && exec \"$@\""
    return subprocess.run(["unshare", "-m", "sh", "-c", mount, "sh", *cmd], capture_output=True, text=True, env=env, timeout=120)


def test_reading_commands_read_a_store_in_a_read_only_folder(shared_store: Path) -> None:
    folder = shared_store.parent
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "200"}
    writable = subprocess.run([sys.executable, "-m", "claimtrack", "conflicts", "--db", str(shared_store), "--format", "jsonl"],
                              capture_output=True, text=True, env=env, timeout=120)
    before = sorted(p.name for p in folder.iterdir())
    ro = run_read_only(folder, "conflicts", "--db", str(shared_store), "--format", "jsonl")
    assert ro.returncode == 0, ro.stderr
    assert ro.stdout == writable.stdout
    groups = [line for line in ro.stdout.splitlines() if line]
    assert len(groups) == 1 and '"low": 14' in groups[0] and '"low": 9' in groups[0]
    figures = run_read_only(folder, "figures", "woningen", "--db", str(shared_store), "--format", "jsonl")
    assert figures.returncode == 0 and figures.stdout == ro.stdout
    export = run_read_only(folder, "export", "--db", str(shared_store), "--format", "jsonl", "--out", str(folder.parent / "out"))
    assert export.returncode == 0, export.stderr
    assert len((folder.parent / "out" / "figures.jsonl").read_text().splitlines()) == 2
    assert sorted(p.name for p in folder.iterdir()) == before == ["s.db"]


def test_writing_commands_on_a_read_only_folder_keep_their_clear_error(shared_store: Path) -> None:
    folder = shared_store.parent
    for command in ("regroup", "ingest"):
        extra = [str(ROOT / "claimtrack" / "samples" / "wire_nl.txt")] if command == "ingest" else []
        result = run_read_only(folder, command, *extra, "--db", str(shared_store))
        assert result.returncode == 1
        assert " ".join(result.stderr.split()) == (
            f"error: can not write the store {shared_store}: the folder {folder} is read-only for you; "
            "choose a --db in a folder you can write to"
        )


def test_serve_without_ingest_reads_a_read_only_folder(shared_store: Path) -> None:
    code = (
        "import json, sys\n"
        "from fastapi.testclient import TestClient\n"
        "from claimtrack.web import create_app\n"
        "from claimtrack.store.db import is_read_only\n"
        f"web = create_app({str(shared_store)!r}, create_store=False, extract_workers=1)\n"
        "client = TestClient(web, base_url='http://127.0.0.1')\n"
        "groups = client.get('/api/groups').json()\n"
        "print(is_read_only(web.state.store), groups['total'], sorted(c['low'] for c in groups['items'][0]['claims']))\n"
    )
    result = run_read_only(shared_store.parent, code=code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True 1 [9, 14]"  # whole values as integers (c1d2ba9)


def test_a_write_ahead_log_that_can_not_be_read_is_named(shared_store: Path, tmp_path: Path) -> None:
    # a writer that never checkpointed: its changes are only in s.db-wal, and there is no -shm
    work = tmp_path / "work"
    work.mkdir()
    shutil.copy(shared_store, work / "s.db")
    writer = sqlite3.connect(work / "s.db")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("CREATE TABLE scratch (x)")
    writer.commit()
    folder = tmp_path / "copy"
    folder.mkdir()
    shutil.copy(work / "s.db", folder / "s.db")
    shutil.copy(work / "s.db-wal", folder / "s.db-wal")
    writer.close()
    db = folder / "s.db"
    result = run_read_only(folder, "figures", "--db", str(db))
    assert result.returncode == 1
    assert " ".join(result.stderr.split()) == (
        f"error: can not read the store {db}: its write-ahead log {db}-wal holds changes that are not in s.db "
        "yet, and SQLite can only read them from a folder you may write to; whoever writes the store can fold "
        f"them in (close the programs that write it, or run sqlite3 {db} 'PRAGMA wal_checkpoint(TRUNCATE)'), "
        "or copy s.db with its -wal file to a folder you can write to"
    )


def test_a_read_only_store_file_in_a_writable_folder(shared_store: Path, tmp_path: Path, monkeypatch) -> None:
    db = tmp_path / "s.db"
    shutil.copy(shared_store, db)
    monkeypatch.setattr("claimtrack.cli_store.os.access", lambda p, mode: Path(p) != db or mode == os.R_OK)
    assert invoke("conflicts", "--db", str(db), "--format", "jsonl").exit_code == 0
    result = invoke("merge", "g1", "g2", "--db", str(db))
    assert result.exit_code == 1
    assert " ".join(result.output.split()) == (
        f"error: can not write the store {db}: the file is read-only for you; "
        "make it writable, or copy it to a folder you can write to and use that --db"
    )


def test_a_read_only_store_is_never_upgraded_or_regrouped(shared_store: Path, tmp_path: Path, monkeypatch) -> None:
    from sqlalchemy import text

    from claimtrack.errors import StoreReadOnly
    from claimtrack.store import connect
    from claimtrack.store.queries import list_groups

    db = tmp_path / "s.db"
    shutil.copy(shared_store, db)
    with connect(str(db)).begin() as conn:  # as a bulk load leaves it: figures in no group yet
        conn.execute(text("UPDATE compare_figures SET group_id = NULL"))
    engine = connect(str(db), read_only=True)
    with pytest.raises(StoreReadOnly, match="^the store holds documents that are not in figure groups yet"):
        list_groups(engine)
    monkeypatch.setattr("claimtrack.cli_store.os.access", lambda p, mode: mode == os.R_OK)
    result = invoke("figures", "--db", str(db))
    assert result.exit_code == 1
    assert " ".join(result.output.split()) == (
        "error: the store holds documents that are not in figure groups yet, and it is read-only for you: "
        "someone who may write it runs 'claimtrack regroup --db ...' once"
    )


# --- plain dates in the JSON API: the same rule as --since, in the local zone ----------------------


@pytest.fixture()
def amsterdam(monkeypatch):
    """The machine's local zone is Europe/Amsterdam (UTC+1 in March before the 29th)."""
    import time

    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture()
def around_midnight(tmp_path: Path):
    """A store with a page fetched at 23:30 and one at 00:15 the next day, Amsterdam time:
    in UTC both are on 9 March (22:30 and 23:15)."""
    from datetime import datetime

    import claimtrack
    from claimtrack.store import connect, store_extraction

    engine = connect(f"sqlite:///{tmp_path}/s.db")
    for n, fetched in ((1, "2026-03-09T23:30:00+01:00"), (2, "2026-03-10T00:15:00+01:00")):
        text = f"Storm bij Oosterlo {n}\nDe dijkgraaf zegt dat {n * 10} woningen zijn ontruimd.\n"
        store_extraction(engine, claimtrack.extract(text, fetched_at=datetime.fromisoformat(fetched)))
    engine.dispose()
    return f"sqlite:///{tmp_path}/s.db"


def _fetched(client, **params) -> list[str]:
    r = client.get("/api/documents", params=params)
    assert r.status_code == 200, r.text
    return sorted(d["fetched_at"] for d in r.json()["items"])


def test_api_since_and_until_take_a_plain_date_as_the_cli_does(amsterdam, around_midnight) -> None:
    from fastapi.testclient import TestClient

    from claimtrack.cli_store import parse_since
    from claimtrack.web import create_app

    client = TestClient(create_app(around_midnight, create_store=False, extract_workers=1), base_url="http://127.0.0.1")
    late, early = "2026-03-09T22:30:00Z", "2026-03-09T23:15:00Z"
    assert _fetched(client, until="2026-03-09") == [late]  # until=DATE includes that day, no more
    assert _fetched(client, since="2026-03-10") == [early]  # since=DATE from its local midnight
    assert _fetched(client, since="2026-03-09", until="2026-03-09") == [late]
    assert _fetched(client, since="2026-03-10", until="2026-03-10") == [early]
    assert _fetched(client, since="2026-03-11") == []
    # the boundary is exactly the CLI's: 10 March 00:00 in Amsterdam
    assert parse_since("2026-03-10").isoformat() == "2026-03-10T00:00:00+01:00"
    assert _fetched(client, since="2026-03-10T00:00:00+01:00") == [early]
    assert _fetched(client, until="2026-03-10T00:00:00+01:00") == [late]  # a time is exclusive as before
    r = client.get("/api/documents", params={"since": "10-03-2026"})
    assert r.status_code == 422
    assert r.json()["detail"][0]["msg"].startswith("Value error, '10-03-2026' is neither a date (2026-01-16")


def test_the_web_form_reads_a_date_by_the_same_rule(amsterdam) -> None:
    from claimtrack.web.views import day_start

    assert day_start("2026-03-09").isoformat() == "2026-03-09T00:00:00+01:00"
    assert day_start("2026-03-09", end=True).isoformat() == "2026-03-10T00:00:00+01:00"
    # across the change to summer time (29 March 2026, 02:00 -> 03:00) the day is 23 hours
    assert day_start("2026-03-29").isoformat() == "2026-03-29T00:00:00+01:00"
    assert day_start("2026-03-29", end=True).isoformat() == "2026-03-30T00:00:00+02:00"


# --- error answers: a sentence for people, a stable code for clients ----------------------------


@pytest.fixture(scope="module")
def bare_client():
    from fastapi.testclient import TestClient

    from claimtrack.web import create_app

    return TestClient(create_app(None, extract_workers=1), base_url="http://127.0.0.1")


@pytest.mark.parametrize(
    ("body", "status", "answer"),
    [
        ({"text": "   "}, 422, {"detail": "the input is empty (it holds no text)", "error": "empty_input"}),
        ({"text": "\x00\x01PNG" * 40}, 422,
         {"detail": "the input is binary data (it holds NUL bytes), not a text or HTML page", "error": "binary_input"}),
        ({"text": "x", "fetched_at": "gisteren"}, 422, {
            "detail": [{"type": "value_error", "loc": ["body", "fetched_at"],
                        "msg": "Value error, not an ISO 8601 time, e.g. 2026-01-14T22:00:00+01:00"}],
            "error": "invalid_request"}),
    ],
)
def test_extract_errors_carry_a_message_and_a_code(bare_client, body, status, answer) -> None:
    r = bare_client.post("/api/extract", json=body)
    assert (r.status_code, r.json()) == (status, answer)


def test_other_api_errors_carry_a_code(bare_client) -> None:
    r = bare_client.get("/api/figures")
    assert (r.status_code, r.json()) == (503, {"detail": "this server runs without a store (start it with --db)", "error": "no_store"})
    r = bare_client.post("/api/extract/url", json={"url": "http://example.org/"})
    assert r.json() == {"detail": "this server does not fetch URLs (start it with --allow-fetch)", "error": "fetch_not_allowed"}
    r = bare_client.get("/api/figures", headers={"host": "elders.example"})
    assert (r.status_code, r.json()) == (400, {"detail": "this host name is not served (see serve --allowed-host)",
                                               "error": "host_not_allowed"})


def test_the_try_page_shows_the_message_without_a_class_name(bare_client) -> None:
    r = bare_client.post("/try", files={"file": ("foto.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" * 30, "image/jpeg")})
    assert r.status_code == 422
    assert '<p class="error" id="error">the input is a JPEG image, not a text or HTML page</p>' in r.text
    assert "BinaryInput" not in r.text


@pytest.mark.parametrize(
    ("reported", "answer"),
    [
        ("InputTooLarge: the input is 30000000 bytes, over the limit", ("the input is 30000000 bytes, over the limit", "input_too_large")),
        ("UnsupportedLanguage: no language data for xx", ("no language data for xx", "unsupported_language")),
        ("BadLine: line 3 is not JSON", ("line 3 is not JSON", "bad_line")),
        ("NativePanic: end byte index 3 is not a char boundary",
         ("the extraction failed on this input: end byte index 3 is not a char boundary", "extraction_failed")),
        ("the worker process died (signal 9) while reading this document",
         ("the worker process died (signal 9) while reading this document", "extraction_failed")),
        ("the input needs more memory than the per-document limit",
         ("the input needs more memory than the per-document limit", "too_much_memory")),
    ],
)
def test_a_worker_failure_becomes_message_and_code(reported: str, answer: tuple[str, str]) -> None:
    from claimtrack.web.api import _failure, _own_errors

    assert _failure(reported, _own_errors()) == answer


# --- a body without a final full stop is read, a page cut off mid-sentence is still cut ----------


def _claims(text: str) -> tuple[list[tuple], list[tuple]]:
    import claimtrack

    r = claimtrack.extract(text)
    statements = [(s.sources[0].name, s.cue.text, s.content.text) for s in r.statements]
    return statements, [(f.span.text, f.low, f.category, f.source_name) for f in r.figures]


def test_a_one_word_headline_and_a_body_without_a_final_stop_nl() -> None:
    page = "Waterleiding\nDe wethouder van Noordhaven zegt dat 40 huishoudens sinds vanochtend zonder water zitten"
    assert _claims(page) == (
        [("wethouder van Noordhaven", "zegt", "40 huishoudens sinds vanochtend zonder water zitten")],
        [("40", 40, "people", "wethouder van Noordhaven")],
    )


def test_a_one_word_headline_and_a_body_without_a_final_stop_en() -> None:
    page = "Fire\nThe minister said that 5 people were injured and police said 3 people were arrested"
    assert _claims(page) == (
        [("minister", "said", "5 people were injured and police said 3 people were arrested")],
        [("5", 5, "wounded", "minister"), ("3", 3, "arrested", "minister")],
    )


def test_the_last_sentence_of_a_text_that_closes_its_sentences_is_still_cut_off() -> None:
    from claimtrack.model import Article, Span
    from claimtrack.segment import article_sentences

    cut = ("Storm\nHet waterschap meldt dat 12 dijken zijn versterkt. De burgemeester zegt dat 300 inwoners "
           "naar een sporthal zijn gebracht en dat er vannacht nog eens")
    whole = Article("a0", "main", None, None, None, None, Span.of(cut, 0, len(cut)))
    assert [s.text for s in article_sentences(cut, whole, "nl")] == ["Storm", "Het waterschap meldt dat 12 dijken zijn versterkt."]
    open_ended = "Storm\nDe burgemeester zegt dat 300 inwoners naar een sporthal zijn gebracht en dat het water zakt"
    whole = Article("a0", "main", None, None, None, None, Span.of(open_ended, 0, len(open_ended)))
    assert [s.text for s in article_sentences(open_ended, whole, "nl")] == [
        "Storm", "De burgemeester zegt dat 300 inwoners naar een sporthal zijn gebracht en dat het water zakt"
    ]


# --- the small words -----------------------------------------------------------------------------


def test_counts_are_singular_for_one() -> None:
    from claimtrack.wording import plural

    assert [plural(1, "record"), plural(2, "part"), plural(1200, "record"), plural(0, "row")] == [
        "1 record", "2 parts", "1,200 records", "0 rows"
    ]
    assert [plural(1, "more feed entry", "more feed entries"), plural(3, "more feed entry", "more feed entries")] == [
        "1 more feed entry", "3 more feed entries"
    ]


def _help(command: str) -> str:
    result = CliRunner().invoke(app, [command, "--help"], env={"COLUMNS": "80"}, terminal_width=80)
    assert result.exit_code == 0
    return result.output


def test_help_paragraphs_wrap_to_the_box_not_mid_sentence() -> None:
    out = _help("load")
    assert " Parts load in input order; figure groups are built once at the end. Loading    \n" in out
    assert " again adds only what is missing. Exit code 1 when nothing was loaded.          \n" in out


def test_evaluate_help_names_no_path_outside_the_project() -> None:
    out = " ".join(_help("evaluate").split())
    assert "shared/" not in out and "run.py" not in out
    assert ("Given a folder of annotated pages (raw/*.txt and gold/*.json, format in eval/README.md): one line per "
            "page, then the totals (--errors lists misses and extras per page).") in out


def test_ingest_of_only_a_missing_path_makes_no_store(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    result = invoke("ingest", str(tmp_path / "geen" / "map"), "--db", str(db))
    assert result.exit_code == 1
    assert result.output.strip() == f"error: no such file or folder: {tmp_path / 'geen' / 'map'}"
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_figures_until_includes_the_day_as_the_api_does(amsterdam, around_midnight) -> None:
    def lows(*args: str) -> list[float]:
        result = invoke("figures", *args, "--db", around_midnight, "--format", "jsonl")
        assert result.exit_code == 0, result.output
        rows = [json.loads(line) for line in result.output.splitlines()]
        return sorted(c["low"] for row in rows for c in row["claims"])

    assert lows() == [10.0, 20.0]
    assert lows("--until", "2026-03-09") == [10.0]
    assert lows("--since", "2026-03-10") == [20.0]
    assert lows("--since", "2026-03-09", "--until", "2026-03-09") == [10.0]


def test_since_that_is_no_time_says_what_it_takes() -> None:
    result = CliRunner().invoke(app, ["figures", "--since", "gisteren"], terminal_width=200)
    assert result.exit_code == 2
    assert ("'gisteren' is neither a date (2026-01-16: from its midnight here) nor an ISO 8601 time with offset "
            "(2026-01-16T08:00:00+01:00)") in " ".join(result.output.replace("│", " ").split())


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["backfill", "crawl.warc", "--no-store", "--out", "uit"],
         "error: this command needs dask, distributed and pyarrow, which are not installed: pip install 'claimtrack[dask]'"),
        (["load", "uit"], "error: this command needs pyarrow, which is not installed: pip install 'claimtrack[parquet]'"),
    ],
)
def test_backfill_and_load_name_the_missing_extra(monkeypatch, tmp_path, args, message) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name in ("dask", "distributed", "pyarrow") and args[0] == "backfill"
                        or name == "pyarrow" else real(name, *a))
    monkeypatch.chdir(tmp_path)
    result = invoke(*args)
    assert result.exit_code == 1
    assert " ".join(result.output.split()) == message
    assert list(tmp_path.iterdir()) == []  # no store, no folder made for nothing
