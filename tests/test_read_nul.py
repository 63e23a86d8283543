"""A few NUL bytes in an otherwise-text page are dropped with a warning, on every read path and
wherever they stand; data that holds many stays binary. Every page text here is invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimtrack.errors import BinaryInput
from claimtrack.read import read
from claimtrack.read.inputs import iter_documents

LINE = "ZEESTAD - De wethouder zegt dat 40 gezinnen zijn geëvacueerd uit de polder.\n"
PAGE = "Dijk houdt stand\n" + LINE * 3
TEXT = PAGE.strip()
NULS = PAGE.replace("40", "4\x000", 1).replace("polder.\n", "polder.\x00\n", 1)  # at characters 50 and 93
WARNING = "the text held 2 NUL characters (the first at character 50); they were dropped"


@pytest.mark.parametrize("source", [NULS.encode("utf-8"), NULS], ids=["bytes", "str"])
def test_a_few_nuls_in_a_text_page_are_dropped_with_a_warning(source: bytes | str) -> None:
    doc = read(source)
    assert (doc.text, doc.warnings) == (TEXT, (WARNING,))


def test_a_nul_far_into_the_page_is_dropped_as_one_near_the_start() -> None:
    long = "Dijk houdt stand\n" + LINE * 150  # about 11,000 characters: past the first 8 KiB
    doc = read((long + "Slot\x00.\n").encode("utf-8"))
    assert doc.text.endswith("polder.\nSlot.")
    assert doc.warnings == (f"the text held 1 NUL character (the first at character {len(long) + 4}); they were dropped",)


@pytest.mark.parametrize("as_bytes", [True, False], ids=["bytes", "str"])
def test_a_nul_in_html_is_dropped_with_the_same_warning(as_bytes: bool) -> None:
    html = "<html><body><h1>Dijk houdt stand</h1><p>" + LINE.replace("40", "4\x000") + "</p></body></html>"
    doc = read(html.encode("utf-8") if as_bytes else html)
    assert "40 gezinnen" in doc.text
    assert doc.warnings == ("the text held 1 NUL character (the first at character 73); they were dropped",)


def test_ingest_reads_a_jsonl_line_and_a_file_with_a_nul(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(NULS.encode("utf-8"))
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": NULS}) + "\n", encoding="utf-8")
    docs = list(iter_documents(str(tmp_path)))
    assert [(d.text, d.warnings) for d in docs] == [(TEXT, (WARNING,)), (TEXT, (WARNING,))]


@pytest.mark.parametrize(
    "data",
    [
        b"Zeestad\x00\x00\x00",  # NULs are a large share
        ("Dijk houdt stand\n" + LINE).encode() + b"\x00" * 4,  # 4 in 98 bytes: more than 1 in 100
        b"\x00\x01binary" * 100,
        bytes(range(256)) * 8,  # few NULs, many other control bytes
    ],
    ids=["short", "share", "pattern", "all-bytes"],
)
def test_data_with_many_nuls_or_controls_stays_binary(data: bytes) -> None:
    with pytest.raises(BinaryInput, match=r"^the input is binary data \(it holds NUL bytes\), not a text or HTML page$"):
        read(data)
