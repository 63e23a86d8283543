"""Rough edges a new user meets on the command line (issue 13), one test each."""

from __future__ import annotations

import csv
import gzip
import json
import re
import shutil
import subprocess
from datetime import datetime, timezone
from pathlib import Path

import pytest

from claimtrack.cli_store import fmt_time, parse_since
from claimtrack.read.inputs import count_items, skipped_files
from claimtrack.store.export import columns
from claimtrack.store.write import local_publisher

from conftest import PAGES
from cli_run import invoke

WIRE = Path(__file__).parent / "data" / "wire"
READ = Path(__file__).parent / "data" / "read"


def _warc(path: Path) -> Path:
    body = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>Tekst</p></body></html>"
    head = (
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
        b"WARC-Date: 2026-01-14T20:00:00Z\r\nWARC-Target-URI: https://example.nl/a\r\n"
        b"Content-Type: application/http; msgtype=response\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n"
    )
    path.write_bytes(head + body + b"\r\n\r\n")
    return path


@pytest.mark.parametrize("kind", ["jsonl", "feed", "warc", "url"])
def test_extract_points_to_ingest_for_containers(tmp_path, kind):
    target = {
        "jsonl": str(READ / "pages.jsonl"),
        "feed": str(READ / "feed.rss"),
        "warc": str(_warc(tmp_path / "a.warc")),
        "url": "https://example.nl/nieuws/1",
    }[kind]
    result = invoke("extract", target)
    assert result.exit_code == 1
    lines = [x for x in result.output.splitlines() if x.strip()]
    assert len(lines) == 1 and lines[0].startswith(f"error: {target}: ")
    assert "claimtrack ingest" in lines[0]


def test_extract_reads_one_wire_item():
    result = invoke("extract", str(WIRE / "nitf.xml"))
    assert result.exit_code == 0
    out = json.loads(result.stdout)
    assert out["articles"][0]["dateline"]["place"] == "BRUGGE"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "ankerstad"
    folder.mkdir()
    shutil.copy(PAGES / "police.txt", folder / "politie.txt")
    (folder / "LEESMIJ").write_text("notities\n")
    (folder / "plan.md").write_text("# plan\n")
    (folder / "oud.txt.gz").write_bytes(gzip.compress(b"tekst"))
    (folder / "cijfers.csv").write_text("a,b\n1,2\n")
    return folder


def test_ingest_lists_what_it_passed_over(tmp_path):
    folder = _folder(tmp_path)
    assert [(Path(p).name, r) for p, r in skipped_files(str(folder))] == [
        ("LEESMIJ", "no file extension (name it .txt, .html, .xml, .json, .jsonl or .warc to read it)"),
        ("cijfers.csv", ".csv is a table, not a news page"),
        ("oud.txt.gz", ".txt.gz is compressed; unpack it first (only .warc.gz is read compressed)"),
        ("plan.md", ".md is not a kind claimtrack reads (.txt, .html, .xml, .json, .jsonl, .warc, feeds)"),
    ]
    assert count_items(str(folder)) == 1
    result = invoke("ingest", str(folder), "--db", f"sqlite:///{tmp_path / 's.db'}", "-q")
    assert result.exit_code == 0
    for name in ("LEESMIJ", "cijfers.csv", "oud.txt.gz", "plan.md"):
        assert f"not read {folder / name}: " in result.output


def test_a_csv_named_on_the_command_line_is_refused(tmp_path):
    folder = _folder(tmp_path)
    result = invoke("ingest", str(folder / "cijfers.csv"), "--db", f"sqlite:///{tmp_path / 's.db'}", "-q")
    assert result.exit_code == 1
    assert f"rejected {folder / 'cijfers.csv'}: .csv is a table, not a news page" in result.output


def test_language_code_any_case_and_checked_first(tmp_path):
    db = tmp_path / "s.db"
    result = invoke("ingest", str(PAGES / "police.txt"), "--db", f"sqlite:///{db}", "-q", "-l", "NL")
    assert result.exit_code == 0
    other = tmp_path / "t.db"
    result = invoke("ingest", str(PAGES / "police.txt"), "--db", f"sqlite:///{other}", "-q", "-l", "xx")
    assert result.exit_code == 2
    assert "unknown language 'xx'" in result.output
    assert not other.exists()  # checked before any work


def test_rejects_summary_shows_this_runs_rejects_only(tmp_path):
    db = f"sqlite:///{tmp_path / 's.db'}"
    first, second = tmp_path / "eerste.txt", tmp_path / "tweede.txt"
    first.write_bytes(b"")
    second.write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    assert f"rejected {first}" in invoke("ingest", str(first), "--db", db, "-q").output
    result = invoke("ingest", str(second), str(PAGES / "police.txt"), "--db", db, "-q")
    assert f"rejected {second}: the input is a PNG image" in result.output
    assert str(first) not in result.output


def test_since_takes_a_date(tmp_path):
    assert parse_since("2026-01-16") == datetime(2026, 1, 16).astimezone()
    assert parse_since("2026-01-16T10:00:00+01:00").isoformat() == "2026-01-16T10:00:00+01:00"
    db = f"sqlite:///{tmp_path / 's.db'}"
    assert invoke("ingest", str(PAGES / "tolls_conflict.txt"), "--db", db, "-q").exit_code == 0
    for command in ("figures", "conflicts"):
        assert invoke(command, "--since", "2026-01-16", "--db", db).exit_code == 0
    assert invoke("export", "--since", "2026-01-16", "--out", str(tmp_path / "x"), "--db", db).exit_code == 0
    assert invoke("figures", "--since", "16-01-2026", "--db", db).exit_code == 2


def test_publisher_of_a_local_file():
    assert local_publisher("dumps/ankerstad/0001.txt") == "ankerstad"
    assert local_publisher("0001.txt") == "0001.txt"
    assert local_publisher("feeds/kust.xml#entry=3") == "kust.xml"
    assert local_publisher(None) is None


def test_local_documents_have_a_publisher_and_exports_carry_provenance(tmp_path):
    folder = _folder(tmp_path)
    db = f"sqlite:///{tmp_path / 's.db'}"
    assert invoke("ingest", str(folder), "--db", db, "-q").exit_code == 0
    figures = invoke("figures", "--db", db, "-f", "json")
    assert {p for g in json.loads(figures.stdout) for c in g["claims"] for p in c["publishers"]} == {"ankerstad"}
    out = tmp_path / "out"
    assert invoke("export", "--out", str(out), "--db", db).exit_code == 0
    with (out / "figures.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and {r["path"] for r in rows} == {str(folder / "politie.txt")}
    headline = (PAGES / "police.txt").read_text(encoding="utf-8").splitlines()[0].strip()
    assert {r["headline"] for r in rows} == {headline}
    with (out / "statements.csv").open(encoding="utf-8") as fh:
        assert {r["path"] for r in csv.DictReader(fh)} == {str(folder / "politie.txt")}
    with (out / "groups.csv").open(encoding="utf-8") as fh:
        assert {r["paths"] for r in csv.DictReader(fh)} == {str(folder / "politie.txt")}
    assert invoke("export", "-f", "jsonl", "--out", str(out), "--db", db).exit_code == 0
    first = json.loads((out / "figures.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert first["path"] == str(folder / "politie.txt") and first["headline"] == headline


def test_an_empty_export_still_writes_the_header(tmp_path):
    db = f"sqlite:///{tmp_path / 's.db'}"
    assert invoke("ingest", str(PAGES / "police.txt"), "--db", db, "-q").exit_code == 0
    out = tmp_path / "out"
    assert invoke("export", "--since", "2099-01-01", "--out", str(out), "--db", db).exit_code == 0
    for name in ("statements", "figures", "groups"):
        lines = (out / f"{name}.csv").read_text(encoding="utf-8").splitlines()
        assert lines == [",".join(columns(name))]
        assert {"path", "headline"} <= set(lines[0].split(",")) or {"paths", "headlines"} <= set(lines[0].split(","))


def test_serve_on_a_missing_store_says_so(tmp_path):
    db = tmp_path / "none.db"
    result = invoke("serve", "--db", f"sqlite:///{db}", "--port", "1")
    assert result.exit_code == 1
    assert f"no store at {db}" in result.output
    assert not db.exists()


def test_no_progress_bar_when_piped(tmp_path):
    db = f"sqlite:///{tmp_path / 's.db'}"
    result = invoke("ingest", str(PAGES / "police.txt"), str(PAGES / "court.txt"), "--db", db)
    assert result.exit_code == 0
    assert "ingest summary" in result.output
    assert "starting" not in result.output and "eta" not in result.output and "documents 1  " not in result.output


def test_bar_has_a_total_and_eta_when_known():
    from rich.progress import MofNCompleteColumn, TimeRemainingColumn

    from claimtrack.cli_store import _bar_columns

    kinds = {type(c) for c in _bar_columns(12)}
    assert MofNCompleteColumn in kinds and TimeRemainingColumn in kinds
    assert TimeRemainingColumn not in {type(c) for c in _bar_columns(None)}
    assert count_items(str(WIRE)) == 9  # 8 files, the JSONL one with 2 lines
    assert count_items(str(READ / "pages.jsonl")) == 6  # 7 lines, one blank
    assert count_items(str(READ / "feed.rss")) == 3
    assert count_items("https://example.nl/feed") is None


def test_a_warc_counts_its_page_records(tmp_path):
    assert count_items(str(_warc(tmp_path / "a.warc"))) == 1
    (tmp_path / "nep.warc").write_bytes(b"Dit is geen archief")
    assert count_items(str(tmp_path / "nep.warc")) == 1  # its one reject


@pytest.mark.parametrize("command", ["ingest", "extract", "figures", "conflicts", "export", "serve", "evaluate"])
def test_help_shows_flags_as_flags(command):
    result = invoke(command, "--help")
    assert result.exit_code == 0
    assert "<bool>" not in result.output
    usage = next(x for x in result.output.splitlines() if "Usage:" in x)
    assert re.search(rf"Usage: \S+ {command} \[OPTIONS\]( [A-Z_]+(\.\.\.)?| \[[A-Z_]+\](\.\.\.)?)*\s*$", usage.strip()), usage
    assert "{" not in usage


def test_root_help_has_no_bool_labels():
    assert "<bool>" not in invoke("--help").output


def test_times_are_shown_with_their_offset(tmp_path):
    t = datetime(2026, 1, 14, 20, 26, tzinfo=timezone.utc)
    local = t.astimezone()
    offset = local.strftime("%z")
    assert fmt_time(t) == f"{local:%Y-%m-%d %H:%M} {offset[:3]}:{offset[3:]}"
    db = f"sqlite:///{tmp_path / 's.db'}"
    when = "2026-01-14T22:00:00+01:00"
    assert invoke("ingest", str(PAGES / "tolls_conflict.txt"), "--db", db, "-q", "--fetched-at", when).exit_code == 0
    out = invoke("figures", "--db", db).output
    assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d [+-]\d\d:\d\d", out)
    assert " UTC" not in out


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_chart_axis_shows_the_year():
    js = (Path(__file__).parents[1] / "claimtrack" / "web" / "static" / "group.js").read_text()
    data = {"unit": None, "series": [{"label": "a", "points": [
        {"x": 1768338000000, "low": 95, "high": 95, "text": "95"},
        {"x": 1768379400000, "low": 130, "high": 130, "text": "130"}]}]}
    stub = (
        "var cfg; var document = {getElementById: function (id) { return id === 'chart-data' ? "
        f"{{textContent: {json.dumps(json.dumps(data))}}} : {{}}; }}}};"
        "var window = {}; function Chart(c, conf) { cfg = conf; }\n" + js +
        "\nconsole.log(JSON.stringify([cfg.options.scales.x.title.text, cfg.options.scales.x.ticks.callback(1768338000000)]));"
    )
    out = subprocess.run(["node", "-e", stub], capture_output=True, text=True, check=True).stdout
    assert json.loads(out) == ["time (UTC, 2026)", "01-13 21:00"]
