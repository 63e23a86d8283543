"""``claimtrack extract`` as a user meets it: formats, exit codes, bad input without tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import PAGES, SAMPLE


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "claimtrack", *args], input=stdin, capture_output=True, timeout=120
    )


def test_sample_as_jsonl_is_one_line_per_document():
    out = run("extract", str(SAMPLE), str(PAGES / "wire_dump.txt"), "--format", "jsonl",
              "--fetched-at", "2026-01-14T22:00:00+01:00")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.decode().splitlines()
    assert len(lines) == 2
    first = json.loads(lines[0])
    assert first["schema"] == "claimtrack/1"
    assert first["source"]["path"] == str(SAMPLE)
    assert first["source"]["fetched_at"] == "2026-01-14T22:00:00+01:00"
    assert [a["dateline"]["place"] for a in first["articles"]] == ["MARVELLA", "SOLBERG", "KASTELLO", "VESTRA"]
    assert [a["published"]["value"] if a["published"] else None for a in first["articles"]] == [
        None, "2026-01-14T21:48:00+01:00", "2026-01-14T21:00:00+01:00", "2026-01-14T19:00:00+01:00",
    ]


def test_table_format_shows_articles_statements_figures():
    out = run("extract", str(SAMPLE), "--format", "table", "--fetched-at", "2026-01-14T22:00:00+01:00")
    assert out.returncode == 0, out.stderr
    text = out.stdout.decode()
    for heading in ("articles", "statements", "figures"):
        assert heading in text
    assert "12 minuten geleden → 2026-01-14 21:48+01:00" in text


def test_standard_input():
    out = run("extract", "-", stdin=(PAGES / "police.txt").read_bytes())
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["source"]["path"] is None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the input is empty"),
        (b"   \n\n  ", "the input is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "the input is a png image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "the input is a pdf document"),
    ],
)
def test_bad_input_is_a_clear_error_with_exit_code_1(tmp_path, content, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    out = run("extract", str(bad))
    assert out.returncode == 1
    err = out.stderr.decode()
    assert message in err.lower()
    assert "Traceback" not in err
    assert out.stdout == b""


def test_a_50_mb_text_is_refused_quickly(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.write(("Dit is een zin die zich herhaalt. " * 30 + "\n").encode() * 50_000)
    assert big.stat().st_size > 50_000_000
    out = run("extract", str(big))
    assert out.returncode == 1
    err = out.stderr.decode()
    assert "limit" in err and "Traceback" not in err


def test_one_bad_file_does_not_stop_the_others(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = run("extract", str(empty), str(PAGES / "police.txt"), "--format", "jsonl")
    assert out.returncode == 1
    assert len(out.stdout.decode().splitlines()) == 1
    assert "empty.txt" in out.stderr.decode()


def test_html_without_body_gives_a_result_or_a_clear_error(tmp_path):
    page = tmp_path / "nobody.html"
    page.write_text("<html><head><title>Alleen een titel hier</title></head></html>", encoding="utf-8")
    out = run("extract", str(page))
    assert "Traceback" not in out.stderr.decode()
    if out.returncode == 0:
        assert json.loads(out.stdout)["warnings"]
    else:
        assert out.returncode == 1 and out.stderr


def test_truncated_html(tmp_path):
    page = tmp_path / "cut.html"
    page.write_text((PAGES / "html_teasers.html").read_text(encoding="utf-8")[:1400], encoding="utf-8")
    out = run("extract", str(page))
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["articles"][0]["headline"]["text"] == "Vakbond zegt dat 2000 banen verdwijnen bij staalbedrijf"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--fetched-at", "gisteren"], "not an ISO 8601 time"),
        (["--fetched-at", "2026-01-14T22:00:00"], "no timezone offset"),
        (["--language", "xx"], "no language data for 'xx'"),
    ],
)
def test_bad_options(args, message):
    out = run("extract", str(SAMPLE), *args)
    assert out.returncode in (1, 2)
    assert message in out.stderr.decode()
    assert "Traceback" not in out.stderr.decode()


def test_folder_points_to_ingest(tmp_path):
    out = run("extract", str(tmp_path))
    assert out.returncode == 1
    assert "claimtrack ingest" in out.stderr.decode()


def test_cli_default_store_is_the_store_default():
    from claimtrack import cli_store
    from claimtrack.store import db

    assert cli_store.DEFAULT_URL == db.DEFAULT_URL


def test_help_lists_every_command_and_is_light():
    out = run("--help")
    assert out.returncode == 0
    for command in ("extract", "evaluate", "ingest", "figures", "conflicts", "export", "serve"):
        assert command in out.stdout.decode()
    modules = subprocess.run(
        [sys.executable, "-c", "import sys; from claimtrack.cli import app; print('sqlalchemy' in sys.modules, 'fastapi' in sys.modules)"],
        capture_output=True, text=True, check=True,
    )
    assert modules.stdout.split() == ["False", "False"]


def test_several_inputs_as_json_are_one_array():
    out = run("extract", str(PAGES / "police.txt"), str(PAGES / "court.txt"))
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert [d["articles"][0]["headline"]["text"] for d in data] == [
        "Man aangehouden na steekpartij in Arnhem",
        "Oud-wethouder krijgt werkstraf voor fraude",
    ]


def test_max_bytes_option():
    out = run("extract", str(PAGES / "police.txt"), "--max-bytes", "100")
    assert out.returncode == 1
    assert "the limit is 100 bytes" in out.stderr.decode() and "--max-bytes" in out.stderr.decode()


def test_library_refuses_a_missing_file_name():
    from claimtrack import extract
    from claimtrack.errors import InputError

    with pytest.raises(InputError, match="no such file: verslag.html"):
        extract("verslag.html")
    assert extract("Twaalf mensen raakten gewond, meldt de politie.").figures[0].low == 12


GERMAN = (
    "Hochwasser in Lindenau\n"
    "Der Bürgermeister sagte am Montag, dass 1200 Menschen ihre Häuser verlassen mussten.\n"
    "Die Feuerwehr war die ganze Nacht im Einsatz und pumpte Wasser aus den Kellern.\n"
).encode()


def test_standard_input_in_english_is_read_as_english():
    out = run("extract", "-", stdin=b"Headline\nThe mayor said on Monday that 1,200 people were evacuated.\n")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["language"] == "en"
    assert data["language_confidence"] > 0.9
    assert [(s["sources"][0]["name"], s["cue"]["text"], s["content"]["text"]) for s in data["statements"]] == [
        ("mayor", "said", "1,200 people were evacuated"),
    ]
    assert [(f["span"]["text"], f["low"], f["source_name"]) for f in data["figures"]] == [("1,200", 1200, "mayor")]


def test_unsupported_language_is_a_warning_not_a_dutch_reading():
    out = run("extract", "-", stdin=GERMAN)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["language"] == "de"
    assert data["statements"] == [] and data["figures"] == []
    assert [a["body"]["text"] for a in data["articles"]] == [data["text"]]
    assert "does not read (de" in out.stderr.decode()
    assert "does not read (de" in data["warnings"][-1]


def test_language_option_overrides_in_any_case():
    out = run("extract", "-", "--language", "EN", stdin=GERMAN)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert (data["language"], data["language_confidence"]) == ("en", None)


def test_unknown_language_option_is_refused_before_reading(tmp_path):
    out = run("extract", str(tmp_path / "missing.txt"), "--language", "fr")
    assert out.returncode == 2
    err = out.stderr.decode()
    assert "no language data for 'fr'" in err and "missing.txt" not in err
