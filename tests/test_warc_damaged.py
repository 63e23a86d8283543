"""A damaged gzip member in a ``.warc.gz``: one reject with its byte offset, and the records
after it are read (one gzip member per record), by ``ingest``'s reader and by the backfill's
parts alike. Every page text here is invented."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from claimtrack.backfill.plan import plan
from claimtrack.read.inputs import Reject, count_items, iter_documents, warc_part

from conftest import warc_record



def _damaged(tmp_path: Path, damaged: int, where: slice, records: int = 5) -> tuple[Path, list[int]]:
    """A .warc.gz of ``records`` members, member ``damaged`` (from 1) with zeros at ``where``."""
    members = [bytearray(gzip.compress(warc_record(n), mtime=0)) for n in range(1, records + 1)]
    members[damaged - 1][where] = bytes(len(members[damaged - 1][where]))
    offsets = [sum(len(m) for m in members[:i]) for i in range(records)]
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"".join(members))
    return path, offsets


def _summary(items) -> list[tuple[str, str]]:
    return [(i.path, i.url) if not isinstance(i, Reject) else (i.source, i.reason) for i in items]


def test_the_records_after_a_damaged_member_are_read(tmp_path: Path) -> None:
    path, offsets = _damaged(tmp_path, 2, slice(30, 40))
    assert _summary(iter_documents(str(path))) == [
        (f"{path}#record=1", "https://example.invalid/1"),
        (
            f"{path}#record=2",
            f"the WARC record at byte {offsets[1]} is damaged (Gzip decompression error: data error); "
            f"reading went on at the next record, at byte {offsets[2]}",
        ),
        (f"{path}#record=3", "https://example.invalid/3"),
        (f"{path}#record=4", "https://example.invalid/4"),
        (f"{path}#record=5", "https://example.invalid/5"),
    ]
    assert count_items(str(path)) == 5


def test_a_damaged_first_member_is_one_reject_and_the_rest_is_read(tmp_path: Path) -> None:
    path, offsets = _damaged(tmp_path, 1, slice(20, 30), records=3)
    items = _summary(iter_documents(str(path)))
    assert items[0][0] == f"{path}#record=1" and items[0][1].startswith("the WARC record at byte 0 is damaged (")
    assert items[0][1].endswith(f"reading went on at the next record, at byte {offsets[1]}")
    assert items[1:] == [(f"{path}#record=2", "https://example.invalid/2"), (f"{path}#record=3", "https://example.invalid/3")]


def test_a_damaged_last_member_ends_the_file_with_one_reject(tmp_path: Path) -> None:
    path, offsets = _damaged(tmp_path, 3, slice(30, 40), records=3)
    assert _summary(iter_documents(str(path)))[2:] == [
        (
            f"{path}#record=3",
            f"the WARC record at byte {offsets[2]} is damaged (Gzip decompression error: data error); "
            "no whole record follows it (fetch the file again)",
        ),
    ]


def test_the_backfill_numbers_and_reads_the_records_after_a_damaged_member(tmp_path: Path) -> None:
    path, offsets = _damaged(tmp_path, 2, slice(30, 40))
    parts = plan([str(path)], part_size=2)
    assert [(p.offset, p.first, p.limit, p.records) for p in parts] == [
        (offsets[0], 1, 2, 2), (offsets[2], 3, 2, 2), (offsets[4], 5, None, 1)
    ]
    read = [i for p in parts for i in warc_part(str(path), offset=p.offset, first=p.first, limit=p.limit)]
    assert _summary(read) == _summary(iter_documents(str(path)))


def test_a_part_that_ends_before_a_damaged_member_leaves_it_to_the_next_part(tmp_path: Path) -> None:
    path, offsets = _damaged(tmp_path, 3, slice(2, 6))  # the member's gzip header itself
    parts = plan([str(path)], part_size=2)
    assert [(p.offset, p.first, p.limit) for p in parts] == [(offsets[0], 1, 2), (offsets[2], 3, 2), (offsets[4], 5, None)]
    first_part = list(warc_part(str(path), offset=parts[0].offset, first=1, limit=2))
    assert [i.path for i in first_part] == [f"{path}#record=1", f"{path}#record=2"]
    read = _summary(i for p in parts for i in warc_part(str(path), offset=p.offset, first=p.first, limit=p.limit))
    assert [source for source, _ in read] == [f"{path}#record={n}" for n in range(1, 6)]
    assert read[2][1].startswith(f"the WARC record at byte {offsets[2]} is damaged (")


@pytest.mark.parametrize(
    ("record_type", "shown"),
    [(b"Content-Type: application/http; msgtype=response\r\n", 483), (b"", 500)],
    ids=["typed", "untyped"],
)
def test_a_response_record_cut_in_its_http_head_is_one_reject(tmp_path: Path, record_type: bytes, shown: int) -> None:
    path = tmp_path / "kort.warc"
    path.write_bytes(
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.invalid/kort\r\n"
        + record_type + b"Content-Length: 500\r\n\r\nHTTP/1.1 200 OK\r\n"
    )
    read = 0 if record_type else 17
    assert list(iter_documents(str(path))) == [
        Reject(
            f"{path}#record=1",
            f"the WARC file is corrupt after record 0: the record ends after {read} of its {shown} bytes (cut short?); "
            "the records after it were not read (fetch the file again, or cut it after that record)",
        )
    ]


@pytest.mark.parametrize("media_type", [b"text/html", b"image/png"], ids=["page", "image"])
def test_a_long_record_damaged_in_its_body_is_counted_once_by_reader_and_parts(tmp_path: Path, media_type: bytes) -> None:
    import random

    rng = random.Random(3)  # letters that do not compress away: the record spans many reads
    body = b"<html><body><p>ZEESTAD - " + bytes(rng.choice(b"abcdefghij ") for _ in range(300_000)) + b"</p></body></html>"
    http = b"HTTP/1.1 200 OK\r\nContent-Type: " + media_type + b"\r\n\r\n" + body
    long = (
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.invalid/lang\r\n"
        b"Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n" % len(http)
    ) + http + b"\r\n\r\n"
    members = [bytearray(gzip.compress(r, mtime=0)) for r in (warc_record(1), long, warc_record(3), warc_record(4))]
    middle = len(members[1]) // 2
    members[1][middle : middle + 50] = bytes(50)
    path = tmp_path / "lang.warc.gz"
    path.write_bytes(b"".join(members))
    read = _summary(iter_documents(str(path), max_bytes=10**7))
    assert [source for source, _ in read] == [f"{path}#record={n}" for n in (1, 2, 3, 4)]
    assert read[1][1] == (
        f"the WARC record at byte {len(members[0])} is damaged (Gzip decompression error: data error); "
        f"reading went on at the next record, at byte {len(members[0]) + len(members[1])}"
    )
    parts = plan([str(path)], part_size=2)
    assert [(p.first, p.limit) for p in parts] == [(1, 2), (3, None)]
    assert _summary(i for p in parts for i in warc_part(str(path), offset=p.offset, first=p.first, limit=p.limit, max_bytes=10**7)) == read


@pytest.mark.parametrize("member", [1, 2, 4], ids=["first", "middle", "last-but-one"])
def test_damage_across_two_members_is_two_rejects_and_the_records_after_keep_their_numbers(
    tmp_path: Path, member: int
) -> None:
    """The end of one member (its checksum) and the start of the next (its gzip header) are
    damaged: the first's deflate data still shows where it ends, so the second is counted too."""
    members = [gzip.compress(warc_record(n), mtime=0) for n in range(1, 6)]
    offsets = [sum(len(m) for m in members[:i]) for i in range(6)]
    data = bytearray(b"".join(members))
    data[offsets[member] - 3 : offsets[member] + 2] = bytes(5)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(bytes(data))
    read = _summary(iter_documents(str(path)))
    assert [source for source, _ in read] == [f"{path}#record={n}" for n in range(1, 6)]
    assert read[member - 1][1] == (
        f"the WARC record at byte {offsets[member - 1]} is damaged (Gzip decompression error: data error); "
        f"reading went on at the next record, at byte {offsets[member]}"
    )
    assert read[member][1].startswith(f"the WARC record at byte {offsets[member]} is damaged (")
    last = member + 1 == len(members)  # the second damaged member ends the file
    went_on = ("no whole record follows it (fetch the file again)" if last
               else f"reading went on at the next record, at byte {offsets[member + 1]}")
    assert read[member][1].endswith(f"); {went_on}")
    assert [url for _, url in read[member + 1 :]] == [f"https://example.invalid/{n}" for n in range(member + 2, 6)]
    assert count_items(str(path)) == 5
    for size in (1, 2, 3):
        parts = plan([str(path)], part_size=size)
        assert _summary(i for p in parts for i in warc_part(str(path), offset=p.offset, first=p.first, limit=p.limit)) == read


def test_a_record_read_whole_before_its_member_breaks_is_a_document_not_also_a_reject(tmp_path: Path) -> None:
    """The last member damaged after its record's bytes: the record was read whole and is a
    document; the damage after it is no second item under the same number."""
    path, offsets = _damaged(tmp_path, 3, slice(-13, -9), records=3)
    assert _summary(iter_documents(str(path))) == [
        (f"{path}#record={n}", f"https://example.invalid/{n}") for n in (1, 2, 3)
    ]
    parts = plan([str(path)], part_size=2)
    assert _summary(i for p in parts for i in warc_part(str(path), offset=p.offset, first=p.first, limit=p.limit)) == _summary(
        iter_documents(str(path)))


def _read_by_parts(path: Path, size: int) -> list[tuple[str, str]]:
    parts = plan([str(path)], part_size=size)
    return _summary(i for p in parts for i in warc_part(str(path), offset=p.offset, first=p.first, limit=p.limit))


@pytest.mark.parametrize("where", [slice(0, 4), slice(0, 1)], ids=["four-bytes", "magic-byte"])
def test_a_warc_gz_damaged_at_byte_0_is_one_reject_in_ingest_and_backfill(tmp_path: Path, where: slice) -> None:
    """The file's first bytes (the gzip magic) damaged: no longer "not a WARC file" for ingest and
    nothing for the backfill's index, but the first record's reject and the other four read."""
    path, offsets = _damaged(tmp_path, 1, where)
    read = _summary(iter_documents(str(path)))
    assert read == [
        (
            f"{path}#record=1",
            f"the WARC record at byte 0 is damaged (Invalid WARC header); reading went on at the next record, at byte {offsets[1]}",
        ),
        *[(f"{path}#record={n}", f"https://example.invalid/{n}") for n in range(2, 6)],
    ]
    assert count_items(str(path)) == 5
    for size in (1, 2, 3):
        assert _read_by_parts(path, size) == read


@pytest.mark.parametrize("where", [slice(30, 40), slice(2, 6), slice(-8, -4)], ids=["data", "header", "checksum"])
def test_three_damaged_members_in_a_row_are_three_rejects(tmp_path: Path, where: slice) -> None:
    members = [bytearray(gzip.compress(warc_record(n), mtime=0)) for n in range(1, 6)]
    for member in members[1:4]:
        member[where] = bytes(len(member[where]))
    offsets = [sum(len(m) for m in members[:i]) for i in range(5)]
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"".join(members))
    read = _summary(iter_documents(str(path)))
    assert [source for source, _ in read] == [f"{path}#record={n}" for n in range(1, 6)]
    assert [url for _, url in (read[0], read[4])] == ["https://example.invalid/1", "https://example.invalid/5"]
    for n in (2, 3, 4):
        assert read[n - 1][1].startswith(f"the WARC record at byte {offsets[n - 1]} is damaged (")
        assert read[n - 1][1].endswith(f"); reading went on at the next record, at byte {offsets[n]}")
    assert count_items(str(path)) == 5
    for size in (1, 2, 3):
        assert [source for source, _ in _read_by_parts(path, size)] == [source for source, _ in read]


def test_a_file_named_warc_gz_with_no_record_in_it_is_still_not_a_warc_file(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"<html><body><p>Geen archief, wel \x1f\x8b\x08 bytes.</p></body></html>")
    assert _summary(iter_documents(str(path))) == [
        (str(path), "not a WARC file: it does not start with a WARC/1.x record")
    ]
    assert plan([str(path)], part_size=2)[0].files == (str(path),)
