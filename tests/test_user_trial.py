"""Defects found by trying claimtrack as its users would (a fact-checker, an OSINT
researcher, a newsroom data desk), one test each: the input, the exit code, the message."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console
from rich.progress import Progress

import claimtrack
import claimtrack.ingest
from claimtrack.cli_store import _bar_columns, _fmt_value
from claimtrack.errors import BinaryInput
from claimtrack.ingest import Counts
from claimtrack.read.decode import bomless_utf16, decode_bytes
from claimtrack.read.inputs import Reject, iter_documents
from cli_run import invoke

PAGE = (
    "Brand in Sint-Pieters\n"
    "De brandweer van Zoetermeerdijk zegt dat 12 woningen zijn beschadigd. "
    "Burgemeester Anaïs Dubré bezocht de straat. Volgens de politie raakten 4 mensen gewond."
)
GUESSED = (
    "the bytes are not UTF-8 and no declared encoding fits them; read as windows-1252 (a guess: "
    "declare the charset or convert the file to UTF-8 if letters look wrong)"
)


# --- encodings -----------------------------------------------------------------------------------


@pytest.mark.parametrize("codec, name", [("utf-16-le", "UTF-16-LE"), ("utf-16-be", "UTF-16-BE")])
def test_utf16_without_bom_is_read_not_called_binary(tmp_path: Path, codec: str, name: str) -> None:
    path = tmp_path / "export.txt"
    path.write_bytes(PAGE.encode(codec))
    result = claimtrack.extract(path)
    assert result.text == PAGE
    assert result.warnings[0] == f"the text is {name} without a byte order mark; read as such"
    assert [f.span.text for f in result.figures] == ["12", "4"]


def test_utf16_html_without_bom_is_read_as_html(tmp_path: Path) -> None:
    html = "<html><body><article><h1>Dijk bezweken</h1><p>MOLENWAARD - Volgens het waterschap zijn 200 woningen ontruimd.</p></article></body></html>"
    path = tmp_path / "pagina.html"
    path.write_bytes(html.encode("utf-16-le"))
    result = claimtrack.extract(path)
    assert result.text == "Dijk bezweken\nMOLENWAARD - Volgens het waterschap zijn 200 woningen ontruimd."
    assert result.warnings == ("the text is UTF-16-LE without a byte order mark; read as such",)


def test_bytes_with_nuls_out_of_rhythm_stay_binary() -> None:
    data = bytes(range(256)) * 8
    assert bomless_utf16(data) is None
    with pytest.raises(BinaryInput, match=r"^the input is binary data \(it holds NUL bytes\), not a text or HTML page$"):
        decode_bytes(data)


@pytest.mark.parametrize("codec", ["latin-1", "cp1252"])
def test_undeclared_latin1_keeps_dutch_letters_and_says_it_guessed(codec: str) -> None:
    text, warnings = decode_bytes(PAGE.encode(codec))
    assert "Anaïs Dubré" in text and text == PAGE
    assert warnings == (GUESSED,)


def test_utf8_gives_no_guess_warning() -> None:
    assert decode_bytes(PAGE.encode("utf-8")) == (PAGE, ())


# --- WARC ----------------------------------------------------------------------------------------


def _record(uri: str, html: str) -> bytes:
    body = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html).encode()
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2026-01-21T09:00:00Z\r\n"
        f"WARC-Record-ID: <urn:uuid:{len(uri)}>\r\nContent-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode()
    return head + body + b"\r\n\r\n"


def test_warc_cut_in_a_record_header_names_that_record(tmp_path: Path) -> None:
    first = _record("https://example.org/w1", "<html><body><p>DELVOORT - Er zijn 8 mensen omgekomen.</p></body></html>")
    second = _record("https://example.org/w2", "<html><body><p>LORSK - 30 people were killed.</p></body></html>")
    path = tmp_path / "crawl.warc"
    path.write_bytes(first + second[: second.index(b"WARC-Record-ID")])
    items = list(iter_documents(str(path)))
    assert [type(i).__name__ for i in items] == ["Document", "Reject"]
    assert items[0].path == f"{path}#record=1"
    assert items[1] == Reject(
        f"{path}#record=2",
        "the WARC file is corrupt after record 1: a record without a Content-Length or WARC-Type (cut short?); "
        "the records after it were not read (fetch the file again, or cut it after that record)",
    )


# --- messages on the command line ----------------------------------------------------------------


def test_extract_of_a_feed_names_the_command_to_use(tmp_path: Path) -> None:
    feed = tmp_path / "nieuws.rss"
    feed.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>', encoding="utf-8")
    result = invoke("extract", str(feed))
    assert result.exit_code == 1
    assert result.output.strip() == (
        f"error: {feed}: the input is an RSS/Atom feed, not a page; read it with 'claimtrack ingest' "
        "(in Python: claimtrack.read.inputs.iter_documents)"
    )


def test_extract_of_an_unreadable_file_says_so_without_errno(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "geheim.txt"
    path.write_text(PAGE, encoding="utf-8")

    def refuse(source, **_kw):
        raise PermissionError(13, "Permission denied", str(source))

    monkeypatch.setattr("claimtrack.cli_extract.extract", refuse)
    result = invoke("extract", str(path))
    assert result.exit_code == 1
    assert result.output.strip() == f"error: {path}: could not read it: Permission denied"


def test_ingest_into_a_read_only_folder_says_which_folder(tmp_path: Path, monkeypatch) -> None:
    page = tmp_path / "p.txt"
    page.write_text(PAGE, encoding="utf-8")
    folder = tmp_path / "gedeeld"
    folder.mkdir()
    monkeypatch.setattr("claimtrack.cli_store.os.access", lambda p, mode: Path(p) != folder)
    result = invoke("ingest", str(page), "--db", f"sqlite:///{folder}/store.db")
    assert result.exit_code == 1
    assert " ".join(result.output.split()) == (
        f"error: can not write the store {folder}/store.db: the folder {folder} is read-only for you; "
        "choose a --db in a folder you can write to"
    )
    assert not (folder / "store.db").exists()


def test_ctrl_c_in_ingest_reports_what_was_stored_and_exits_130(tmp_path: Path, monkeypatch) -> None:
    page = tmp_path / "p.txt"
    page.write_text(PAGE, encoding="utf-8")

    def interrupted(items, engine, *, progress, **_kw):
        progress(Counts(documents=3, skipped=1, rejected=2, figures=9), "p.txt")
        raise KeyboardInterrupt

    monkeypatch.setattr(claimtrack.ingest, "run", interrupted)
    result = invoke("ingest", str(page), "--db", f"sqlite:///{tmp_path}/s.db")
    assert result.exit_code == 130
    assert " ".join(result.output.split()) == (
        "interrupted: 3 documents stored, 1 skipped, 2 rejected before the stop; run the same command "
        "again to add the rest (stored documents are skipped)"
    )


def test_progress_bar_keeps_total_and_eta_on_80_columns() -> None:
    out = io.StringIO()
    console = Console(file=out, width=80, force_terminal=False)
    bar = Progress(*_bar_columns(700), console=console, expand=True)
    bar.add_task("stored 225  skipped 0  rejected 0  figures 994", total=700, completed=225)
    console.print(bar.make_tasks_table(bar.tasks))
    line = out.getvalue().rstrip("\n")
    assert len(line) == 80
    assert line.startswith("stored 225  skipped 0  rejected")
    assert line.endswith(" 225/700 items 0:00:00 eta -:--:--")


@pytest.mark.parametrize(
    "low, high, approximate, shown",
    [
        (4300.0, 4300.0, True, "~4300"),  # "About 4,300 residents" was shown as "~4.300"
        (6.4, 6.4, False, "6.4"),
        (1200.0, 1500.0, False, "1200-1500"),
        (2000.0, None, False, ">= 2000"),
        (None, 1234567.25, False, "<= 1234567.25"),
    ],
)
def test_group_values_read_the_same_in_any_language(low, high, approximate, shown) -> None:
    assert _fmt_value(low, high, approximate) == shown


def test_backfill_keeps_the_first_reject_reasons_to_print() -> None:
    from claimtrack.backfill.run import REJECTS_SHOWN, Backfilled, _load
    from claimtrack.backfill.work import PartResult

    rejects = tuple(Reject(f"crawl/{i}.warc", "no such file or folder") for i in range(REJECTS_SHOWN + 2))
    done = Backfilled()
    _load(None, PartResult("k", len(rejects), rejects, 0, 0, 1), done)
    assert done.counts.rejected == 52
    assert len(done.rejects) == 50
    assert done.rejects[0] == ("crawl/0.warc", "no such file or folder")
    assert done.rejects[-1] == ("crawl/49.warc", "no such file or folder")


def test_evaluate_on_a_file_that_is_not_gold_exits_1_not_2(tmp_path: Path) -> None:
    page = tmp_path / "pagina.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = invoke("evaluate", str(page))
    assert result.exit_code == 1  # README: 1 when an input failed, 2 for a wrong option
    assert result.output.strip() == f"error: {page}:1: not JSON (Expecting value: line 1 column 1 (char 0))"


def test_serve_on_a_port_in_use_exits_1_with_the_reason(tmp_path: Path) -> None:
    import socket

    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        result = invoke("serve", "--port", str(port), "--allow-ingest", "--db", f"sqlite:///{tmp_path}/s.db")
    assert result.exit_code == 1
    assert result.output.strip() == (
        f"error: can not listen on 127.0.0.1:{port}: Address already in use; choose another --port"
    )
    assert not (tmp_path / "s.db").exists()


def test_api_extract_given_a_form_upload_says_it_reads_json() -> None:
    from fastapi.testclient import TestClient

    from claimtrack.web import create_app

    client = TestClient(create_app(None))
    r = client.post("/api/extract", files={"file": ("page.html", b"<p>De politie zegt dat 3 mensen zijn aangehouden.</p>")})
    assert r.status_code == 422
    assert r.json()["hint"] == (
        'this route reads a JSON body (Content-Type: application/json), e.g. {"text": "..."}; '
        "the request sent multipart/form-data"
    )
    ok = client.post("/api/extract", json={"text": ""})
    assert ok.status_code == 422 and "hint" not in ok.json()  # JSON that fails validation: the errors say it


def test_ingest_follow_says_which_links_failed(tmp_path: Path) -> None:
    feed = tmp_path / "nieuws.rss"
    feed.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Dagblad</title>'
        "<item><title>Dijk bij Hoorzand doorgebroken</title><link>http://127.0.0.1:9/a2</link>"
        "<description>HOORZAND - De voorzitter zei dat 300 woningen zijn ontruimd.</description></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    result = invoke("ingest", str(feed), "--follow", "--db", f"sqlite:///{tmp_path}/s.db", "-q")
    assert result.exit_code == 0
    lines = [" ".join(x.split()) for x in result.output.splitlines() if x.startswith("not followed")]
    assert lines == [
        f"not followed {feed}#entry=1: http://127.0.0.1:9/a2 is not fetched: '127.0.0.1' resolves to "
        "127.0.0.1, a loopback address; refused; its summary was stored"
    ]


def test_ingest_dash_is_a_usage_error_that_names_extract(tmp_path: Path) -> None:
    result = invoke("ingest", "-", "--db", f"sqlite:///{tmp_path}/s.db")
    assert result.exit_code == 2
    text = " ".join(result.output.replace("│", " ").split())
    assert "ingest reads files, folders, feeds and URLs, not standard input ('-'): save it to a file first" in text
    assert "or read one page with 'claimtrack extract -'" in text
    assert not (tmp_path / "s.db").exists()  # refused before a store is made


def test_ingest_with_a_mistyped_path_reads_the_rest_and_exits_1(tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_text(PAGE, encoding="utf-8")
    typo = tmp_path / "crawl-2026-01-1"
    result = invoke("ingest", str(page), str(typo), "--db", f"sqlite:///{tmp_path}/s.db", "-q")
    assert result.exit_code == 1
    out = [" ".join(x.split()) for x in result.output.splitlines()]
    assert "│ 1 │ 0 │ 1 │ 2 │ 2 │ 1 │" in out  # the page was stored, the typo is the one reject
    assert out[-1] == f"error: no such file or folder: {typo}"


def test_a_wrong_declaration_then_a_guess_both_say_so() -> None:
    html = '<html><head><meta charset="utf-8"></head><body><p>Burgemeester Anaïs zegt dat 5 mensen gewond raakten.</p></body></html>'
    text, warnings = decode_bytes(html.encode("latin-1"))
    assert text == html
    assert warnings == ("the page declares the encoding utf-8, but the bytes do not decode with it", GUESSED)


def test_ingest_with_two_workers_lets_the_workers_read_page_files(tmp_path: Path, monkeypatch) -> None:
    # Reading an HTML page costs more than extracting it: with the main process reading,
    # `--workers 2` was no faster than one worker on HTML.
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(PAGE, encoding="utf-8")
    (folder / "b.html").write_bytes(b"\x00\x01binary" * 100)
    asked = []
    real = claimtrack.ingest.iter_inputs

    def spy(*args, **kw):  # type: ignore[no-untyped-def]
        asked.append(kw.get("defer"))
        return real(*args, **kw)

    monkeypatch.setattr(claimtrack.ingest, "iter_inputs", spy)  # (the command imports it when run)
    result = invoke("ingest", str(folder), "--workers", "2", "--db", f"sqlite:///{tmp_path}/s.db", "-q")
    assert result.exit_code == 0
    assert asked == [True]
    out = [" ".join(x.split()) for x in result.output.splitlines()]
    assert "│ 1 │ 0 │ 1 │ 2 │ 2 │ 1 │" in out  # the page stored, the binary file one reject
    assert f"rejected {folder / 'b.html'}: the input is binary data (it holds NUL bytes), not a text or HTML page" in out
