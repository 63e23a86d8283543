"""Rough input a new user meets, read by claimtrack.read (found in a trial from a fresh clone).

Every page text here is invented.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from claimtrack.read.decode import decode_bytes
from claimtrack.read.inputs import Reject, iter_documents, skipped_files

from conftest import warc_record


def test_utf8_with_one_windows_1252_byte_keeps_every_letter() -> None:
    # a UTF-8 file into which one line was pasted from a windows-1252 file: 0xEB is "ë" there
    data = "Kop\nDe wethouder zegt dat 40 mensen zijn ge".encode() + b"\xeb" + "vacueerd uit Zandvörde.\n".encode()
    text, warnings = decode_bytes(data)
    assert text == "Kop\nDe wethouder zegt dat 40 mensen zijn geëvacueerd uit Zandvörde.\n"
    assert warnings == ("the text is UTF-8 but for 1 byte (the first at character 43), read as windows-1252",)


def test_mixed_encoding_with_more_stray_bytes_than_utf8_letters() -> None:
    # two windows-1252 letters beside one UTF-8 "ö": the UTF-8 letter is no reason to misread the rest
    data = "Brüssel".encode("cp1252") + b" en " + "Zandvörde".encode() + b" en " + "café".encode("cp1252")
    assert decode_bytes(data) == (
        "Brüssel en Zandvörde en café",
        ("the text is UTF-8 but for 2 bytes (the first at character 2), read as windows-1252",),
    )


def test_windows_1252_alone_is_still_detected() -> None:
    text, warnings = decode_bytes("De wethouder van Zeeëndorp zegt dat het café dicht blijft.".encode("cp1252"))
    assert text == "De wethouder van Zeeëndorp zegt dat het café dicht blijft."
    assert warnings[0].startswith("the bytes are not UTF-8 and no declared encoding fits them; read as windows-1252")


def test_a_cut_jsonl_string_is_named_once(tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl"
    path.write_text('{"title": "Storm", "text": "De burgemeester zegt\n')
    assert list(iter_documents(str(path))) == [
        Reject(f"{path}#line=1", "the line is not JSON (Unterminated string starting at character 28)")
    ]


def test_an_empty_text_field_is_named_as_empty(tmp_path: Path) -> None:
    path = tmp_path / "leeg.jsonl"
    lines = [{"text": "", "url": "https://example.invalid/1"}, {"url": "https://example.invalid/2"}]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    assert list(iter_documents(str(path))) == [
        Reject(f"{path}#line=1", 'the object\'s "text" (or "html") is empty; give the page\'s text, or leave the line out'),
        Reject(f"{path}#line=2", 'the object has neither "text" nor "html"'),
    ]


@pytest.mark.parametrize("target", ["ftp://example.invalid/pagina.html", "file:///tmp/pagina.html", "S3://emmer/pagina"])
def test_a_url_that_is_not_fetched_says_so(target: str) -> None:
    scheme = target.split(":", 1)[0].lower()
    assert list(iter_documents(target)) == [
        Reject(
            target,
            f"{scheme}:// is not fetched: claimtrack fetches only http:// and https:// URLs "
            "(download the page and name the file instead)",
        )
    ]


def test_a_missing_path_is_still_no_such_file(tmp_path: Path) -> None:
    assert list(iter_documents(str(tmp_path / "weg.txt"))) == [Reject(str(tmp_path / "weg.txt"), "no such file or folder")]


def test_a_folder_walk_names_broken_links_and_pipes(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Kop\nDe wethouder zegt dat 3 bruggen dicht zijn.\n")
    os.symlink(tmp_path / "verdwenen.txt", tmp_path / "b.txt")
    os.mkfifo(tmp_path / "c.txt")
    (tmp_path / "d.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    assert skipped_files(str(tmp_path)) == [
        (str(tmp_path / "b.txt"), f"a link to {tmp_path / 'verdwenen.txt'}, which does not exist"),
        (str(tmp_path / "c.txt"), "not a regular file (a named pipe, socket or device)"),
        (str(tmp_path / "d.png"), ".png is not a kind claimtrack reads (.txt, .html, .xml, .json, .jsonl, .warc, feeds)"),
    ]
    assert [d.path for d in iter_documents(str(tmp_path))] == [str(tmp_path / "a.txt")]  # the walk reads on


def test_a_walk_of_the_current_folder_names_what_it_passes_over_as_it_names_files(tmp_path: Path, monkeypatch) -> None:
    """`ingest .` listed "not read d.png" but "not read ./b.txt"."""
    os.symlink(tmp_path / "verdwenen.txt", tmp_path / "b.txt")
    (tmp_path / "d.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    monkeypatch.chdir(tmp_path)
    assert [name for name, _ in skipped_files(".")] == ["b.txt", "d.png"]



def test_a_corrupt_gzip_member_names_its_record_and_what_to_do(tmp_path: Path) -> None:
    import gzip

    members = [gzip.compress(warc_record(n)) for n in range(1, 5)]
    broken = bytearray(members[1])
    broken[30:40] = bytes(10)  # the second record's compressed bytes are damaged
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(members[0] + bytes(broken) + members[2] + members[3])
    items = list(iter_documents(str(path)))
    assert [getattr(i, "path", None) for i in items] == [f"{path}#record=1", None, f"{path}#record=3", f"{path}#record=4"]
    assert items[1] == Reject(
        f"{path}#record=2",
        "the WARC record at byte 288 is damaged (Gzip decompression error: data error); reading went on at the "
        "next record, at byte 577",
    )


def test_a_jsonl_file_saved_with_a_byte_order_mark_reads_its_first_line(tmp_path: Path) -> None:
    path = tmp_path / "kladblok.jsonl"
    lines = [{"text": "Kop\nDe wethouder zegt dat 3 bruggen dicht zijn."}, {"text": "Kop\nDe burgemeester zegt dat 7 scholen dicht zijn."}]
    path.write_bytes(b"\xef\xbb\xbf" + b"\r\n".join(json.dumps(line).encode() for line in lines) + b"\r\n")
    assert [(d.path, d.text) for d in iter_documents(str(path))] == [
        (f"{path}#line=1", "Kop\nDe wethouder zegt dat 3 bruggen dicht zijn."),
        (f"{path}#line=2", "Kop\nDe burgemeester zegt dat 7 scholen dicht zijn."),
    ]


def test_a_link_to_a_folder_is_named_as_such_not_as_missing(tmp_path: Path) -> None:
    (tmp_path / "archief").mkdir()
    (tmp_path / "archief" / "a.txt").write_text("Kop\nDe wethouder zegt dat 3 bruggen dicht zijn.\n")
    os.symlink("../archief", tmp_path / "archief" / "terug")  # a loop
    os.symlink(tmp_path / "archief", tmp_path / "snelkoppeling")
    assert skipped_files(str(tmp_path)) == [
        (str(tmp_path / "archief" / "terug"), "a link to the folder ../archief, not followed (name that folder to read it)"),
        (str(tmp_path / "snelkoppeling"), f"a link to the folder {tmp_path / 'archief'}, not followed (name that folder to read it)"),
    ]
