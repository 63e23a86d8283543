"""Store commands as a user meets them: clear errors and exit codes, never a traceback."""

from __future__ import annotations

import json

import pytest

from cli_run import invoke
from conftest import PAGES


@pytest.mark.parametrize("command", ["figures", "conflicts", "export"])
def test_read_commands_never_create_a_store(tmp_path, command):
    db = tmp_path / "none.db"
    result = invoke(command, "--db", f"sqlite:///{db}")
    assert result.exit_code == 1
    assert f"no store at {db}" in result.output
    assert "claimtrack ingest" in result.output
    assert not db.exists()


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("mysql://someone@localhost/x", "no database driver for mysql"),
        ("nonsense", "no store at nonsense"),  # a bare name is an SQLite file path
        ("nosuchdb://x/y", "could not open the store at nosuchdb://x/y"),
    ],
)
def test_unusable_store_urls(url, message):
    result = invoke("figures", "--db", url)
    assert result.exit_code == 1
    assert message in result.output


def test_a_file_that_is_not_a_database(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_text("dit is geen database\n")
    result = invoke("figures", "--db", f"sqlite:///{bad}")
    assert result.exit_code == 1
    assert "could not open the store" in result.output and "file is not a database" in result.output


def test_ingest_into_a_missing_folder(tmp_path):
    result = invoke("ingest", str(PAGES / "police.txt"), "--db", f"sqlite:///{tmp_path / 'nope' / 'x.db'}", "-q")
    assert result.exit_code == 1
    assert "does not exist" in result.output


def test_ingest_lists_the_reasons_of_rejects(tmp_path):
    pages = tmp_path / "in"
    pages.mkdir()
    (pages / "empty.txt").write_bytes(b"")
    (pages / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (pages / "good.txt").write_text((PAGES / "police.txt").read_text(encoding="utf-8"), encoding="utf-8")
    result = invoke("ingest", str(pages), "--db", f"sqlite:///{tmp_path / 's.db'}", "-q")
    assert result.exit_code == 0  # one page was stored
    assert f"rejected {pages / 'empty.txt'}: the input is empty" in result.output
    assert f"rejected {pages / 'image.txt'}: the input is a PNG image" in result.output


def test_unknown_category_is_a_usage_error(tmp_path):
    db = f"sqlite:///{tmp_path / 's.db'}"
    assert invoke("ingest", str(PAGES / "tolls_conflict.txt"), "--db", db, "-q").exit_code == 0
    result = invoke("figures", "--category", "nonsense", "--db", db)
    assert result.exit_code == 2
    assert "unknown category 'nonsense'" in result.output


def test_figures_and_conflicts_print_whole_counts_as_integers_and_keep_decimals(tmp_path):
    db = f"sqlite:///{tmp_path / 's.db'}"
    page = tmp_path / "water.txt"
    page.write_text("Overstroming in Volderbeek\nVOLDERBEEK - Na de overstroming zijn volgens de brandweer"
                    " 1,5 duizend bewoners geëvacueerd. De rivier steeg 1,75 meter, zegt het waterschap;"
                    " volgens Rijkswater steeg ze 3 meter.\n", encoding="utf-8")
    assert invoke("ingest", str(page), str(PAGES / "tolls_conflict.txt"), "--db", db, "-q").exit_code == 0
    lines = invoke("figures", "--db", db, "-f", "jsonl").output.splitlines()
    values = [[(c["claimant"], c["low"], c["high"]) for c in json.loads(line)["claims"]] for line in lines]
    assert values == [[("leger", 19, 19), ("lokale autoriteiten", 62, 62)], [(None, 3, 3), ("waterschap", 1.75, 1.75)],
                      [("ministerie van Volksgezondheid", 140, 140)], [("brandweer", 1500, 1500)]]
    assert '"claimant": "waterschap", "low": 1.75, "high": 1.75,' in lines[1]
    assert '"claimant": null, "low": 3, "high": 3,' in lines[1]
    assert '"claimant": "brandweer", "low": 1500, "high": 1500,' in lines[3]
    conflicts = invoke("conflicts", "--db", db, "-f", "json").output
    assert '"low": 19,\n' in conflicts and '"high": 62,\n' in conflicts
    assert '"value_a": [\n          19,\n          19\n        ],' in conflicts
    assert ".0," not in conflicts and ".0\n" not in conflicts


def test_a_since_after_until_is_a_wrong_option_not_an_empty_answer(tmp_path):
    """Swapped --since/--until gave "no figure groups" (exit 0), as if nothing had been counted."""
    db = f"sqlite:///{tmp_path / 's.db'}"
    assert invoke("ingest", str(PAGES / "tolls_conflict.txt"), "--db", db, "-q").exit_code == 0
    for command in ("figures", "conflicts", "export"):
        out = ["-o", str(tmp_path / "x")] if command == "export" else []
        result = invoke(command, "--db", db, "--since", "2026-02-10", "--until", "2026-02-03", *out)
        assert result.exit_code == 2, command
        assert "--since 2026-02-10 is not before --until 2026-02-03: no time lies between them (swapped?)" in " ".join(
            line.strip("│ ") for line in result.output.splitlines())
    assert not (tmp_path / "x").exists()  # export checks its options before it makes the folder
    one_day = invoke("figures", "--db", db, "--since", "2026-02-03", "--until", "2026-02-03")
    assert one_day.exit_code == 0 and one_day.output == "no figure groups\n"


def test_export_writes_whole_counts_as_integers_and_keeps_decimals(tmp_path):
    """csv and jsonl wrote the store's 1500.0 where `figures -f json` writes 1500."""
    import csv

    db = f"sqlite:///{tmp_path / 's.db'}"
    page = tmp_path / "water.txt"
    page.write_text("Hoogwater bij Ommerdam\nOMMERDAM - Volgens de brandweer zijn 1,5 duizend bewoners geëvacueerd. "
                    "Het water steeg 2,25 meter, zegt het waterschap.\n", encoding="utf-8")
    assert invoke("ingest", str(page), "--db", db, "-q").exit_code == 0
    out = tmp_path / "uit"
    for fmt in ("csv", "jsonl"):
        assert invoke("export", "-f", fmt, "-t", "figures", "-o", str(out), "--db", db).exit_code == 0
    with (out / "figures.csv").open(encoding="utf-8") as fh:
        assert sorted((r["span"], r["low"], r["high"]) for r in csv.DictReader(fh)) == [
            ("1,5 duizend", "1500", "1500"), ("2,25 meter", "2.25", "2.25")
        ]
    lines = (out / "figures.jsonl").read_text(encoding="utf-8").splitlines()
    assert sorted((json.loads(x)["span"], json.loads(x)["low"]) for x in lines) == [("1,5 duizend", 1500), ("2,25 meter", 2.25)]
    assert all('"low": 1500, "high": 1500,' in x for x in lines if "duizend" in x)


def test_export_to_a_file_name_says_out_is_a_folder(tmp_path):
    db = f"sqlite:///{tmp_path / 's.db'}"
    assert invoke("ingest", str(PAGES / "tolls_conflict.txt"), "--db", db, "-q").exit_code == 0
    (tmp_path / "uit.csv").write_text("oud\n")
    result = invoke("export", "-o", str(tmp_path / "uit.csv"), "--db", db)
    assert result.exit_code == 1
    assert " ".join(result.output.split()) == (
        f"error: {tmp_path / 'uit.csv'} is a file; --out names the folder to write statements.*, figures.*, groups.* into"
    )
    assert (tmp_path / "uit.csv").read_text() == "oud\n"
