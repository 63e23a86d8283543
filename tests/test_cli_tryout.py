"""The commands as a new user meets them (found in a trial from a fresh clone): exit codes,
messages that say what was wrong and what to do, no half-written files. Texts are invented."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import claimtrack
from claimtrack.store import connect, store_extraction
from cli_run import invoke

PAGE = "Brug in Zeestad dicht\nZEESTAD (ANP) - De wethouder zegt dat 14 bruggen in Zeestad dicht blijven.\n"


@pytest.fixture()
def store(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'store.db'}"
    store_extraction(connect(url), claimtrack.extract(PAGE))
    return url


def test_ingest_of_only_an_unfetched_url_makes_no_store(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    result = invoke("ingest", "ftp://example.invalid/pagina.html", "--db", f"sqlite:///{db}")
    assert result.exit_code == 1
    assert result.stderr.split() == (
        "error: ftp://example.invalid/pagina.html: ftp:// is not fetched: claimtrack fetches only http:// and "
        "https:// URLs (download the page and name the file instead)"
    ).split()
    assert not db.exists()


def test_evaluate_of_a_missing_file_is_a_failed_input_not_a_wrong_option(tmp_path: Path) -> None:
    result = invoke("evaluate", str(tmp_path / "weg.jsonl"))
    assert (result.exit_code, result.stderr) == (1, f"error: no such file or folder: {tmp_path / 'weg.jsonl'}\n")


@pytest.mark.parametrize("content", ["", "\n  \n"], ids=["empty", "blank-lines"])
def test_evaluate_of_a_gold_file_without_documents_fails(tmp_path: Path, content: str) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(content)
    result = invoke("evaluate", str(gold))
    assert result.exit_code == 1
    assert result.stderr == f"error: {gold}: no annotated documents in it (one JSON object a line; see eval/README.md)\n"
    assert "precision" not in result.stdout  # no table of zeros


@pytest.mark.parametrize("port", ["0", "65536", "99999"])
def test_serve_refuses_a_port_out_of_range_before_starting(store: str, port: str) -> None:
    result = invoke("serve", "--port", port, "--db", store)
    assert result.exit_code == 2
    assert "Invalid value for '--port'" in result.stderr


def test_export_help_names_the_table_option_plainly() -> None:
    lines = [line for line in invoke("export", "--help").stdout.splitlines() if "--table" in line]
    assert len(lines) == 1 and "TABLE" in lines[0] and "list[str]" not in lines[0]


def test_a_failed_export_leaves_the_earlier_file_whole(store: str, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "uit"
    assert invoke("export", "--table", "figures", "--out", str(out), "--db", store).exit_code == 0
    before = (out / "figures.csv").read_bytes()
    assert [(row["span"], row["low"], row["high"]) for row in csv.DictReader(before.decode().splitlines())] == [
        ("14", "14", "14")
    ]

    def disk_full(self, rows):  # type: ignore[no-untyped-def]
        self.writerow(rows[0])  # half of the file is written when the disk fills up
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(csv.DictWriter, "writerows", disk_full)
    result = invoke("export", "--table", "figures", "--out", str(out), "--db", store)
    assert result.exit_code == 1
    assert result.stderr.split() == (
        f"error: can not write {out / 'figures.csv'}: No space left on device; figures.csv was left as it was"
    ).split()
    assert (out / "figures.csv").read_bytes() == before
    assert sorted(p.name for p in out.iterdir()) == ["figures.csv"]  # no part file left beside it


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("since=yesterday", "'yesterday' is neither a date"),
        ("until=2026-13-45", "'2026-13-45' is neither a date"),
    ],
)
def test_the_api_says_a_date_works_too(store: str, query: str, message: str) -> None:
    from claimtrack.web import create_app

    r = TestClient(create_app(store)).get(f"/api/figures?{query}")
    assert r.status_code == 422 and r.json()["error"] == "invalid_request"
    [problem] = r.json()["detail"]
    assert problem["msg"] == (
        f"Value error, {message} (2026-01-16: from its midnight in the server's zone) "
        "nor an ISO 8601 time with offset (2026-01-16T08:00:00+01:00)"
    )


def test_the_api_keeps_the_offset_message_for_a_time_without_one(store: str) -> None:
    from claimtrack.web import create_app

    r = TestClient(create_app(store)).get("/api/figures?since=2026-01-16T08:00:00")
    assert r.json()["detail"][0]["msg"] == "Value error, a time needs a timezone offset, e.g. 2026-01-14T22:00:00+01:00"


def test_load_of_a_missing_folder_says_no_such_folder(tmp_path: Path) -> None:
    result = invoke("load", str(tmp_path / "weg"), "--db", f"sqlite:///{tmp_path / 's.db'}")
    assert (result.exit_code, result.stderr.split()) == (
        1,
        f"error: no such folder: {tmp_path / 'weg'} (give the --out folder of a backfill)".split(),
    )
    assert not (tmp_path / "s.db").exists()


def test_a_binary_body_sent_as_json_gets_a_sentence_with_the_cure(store: str) -> None:
    from claimtrack.web import create_app

    r = TestClient(create_app(store)).post(
        "/api/extract", content=b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01", headers={"Content-Type": "application/json"}
    )
    assert (r.status_code, r.json()) == (
        400,
        {
            "detail": 'the request body could not be read (it is not UTF-8 JSON); send UTF-8 JSON such as {"text": "..."}',
            "error": "bad_request",
        },
    )
