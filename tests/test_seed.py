"""The reference page in shared/seed, read end to end (issue: the main job).

The page itself stays in shared/; these tests only name what must come out of it.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from claimtrack import extract

from conftest import at

FETCHED = "2026-01-14T22:00:00+01:00"


@pytest.fixture(scope="module")
def seed():
    from conftest import require_seed

    return extract(require_seed(), fetched_at=at(FETCHED))


def test_main_article(seed):
    main = seed.articles[0]
    assert main.role == "main"
    assert main.headline.text == "Zelensky claimt dat 3000 Noord-Koreanen zijn gedood of verwond"
    assert (main.headline.start, main.headline.end) == (0, 62)
    assert (main.dateline.place, main.dateline.agencies) == ("KOERSK", ("ANP",))
    assert (main.dateline.start, main.dateline.end) == (63, 77)
    assert main.section == "Buitenland"
    assert main.published is None  # the page gives the main article no date


TEASERS = [
    ("AUSTIN", ("ANP", "AFP"), "34 minuten geleden", "2026-01-14T21:26:00+01:00", "minute"),
    ("WASHINGTON", ("ANP", "AFP"), "1 uur geleden", "2026-01-14T21:00:00+01:00", "hour"),
    ("TEHERAN", ("ANP", "AFP", "RTR"), "2 uur geleden", "2026-01-14T20:00:00+01:00", "hour"),
    ("HOUSTON", ("ANP", "RTR"), "3 uur geleden", "2026-01-14T19:00:00+01:00", "hour"),
    ("WASHINGTON", ("ANP", "DPA", "AFP"), "4 uur geleden", "2026-01-14T18:00:00+01:00", "hour"),
    ("BERLIJN", ("ANP", "RTR"), "6 uur geleden", "2026-01-14T16:00:00+01:00", "hour"),
    ("MEXICO-STAD", ("ANP", "AFP"), "7 uur geleden", "2026-01-14T15:00:00+01:00", "hour"),
]


def test_seven_teasers_with_their_own_times(seed):
    teasers = [a for a in seed.articles if a.role == "teaser"]
    got = [
        (t.dateline.place, t.dateline.agencies, t.published.expression.text, t.published.value, t.published.granularity)
        for t in teasers
    ]
    assert got == [(p, ag, e, at(v), g) for p, ag, e, v, g in TEASERS]
    assert all(t.section == "Buitenland" and t.published.anchor == "fetched_at" for t in teasers)
    assert seed.text.endswith(teasers[-1].published.expression.text)


def _figure(seed, value, article="a0"):
    found = [f for f in seed.figures if f.article == article and f.low == value]
    assert found, f"no figure {value} in {article}; figures: {[(f.span.text, f.low) for f in seed.figures]}"
    return found


def test_figure_3000_is_zelenskys_killed_or_wounded(seed):
    body = [f for f in _figure(seed, 3000) if f.span.start > seed.articles[0].body.start]
    assert len(body) == 1
    f = body[0]
    assert (f.low, f.high, f.category, f.source_name) == (3000, 3000, "killed_or_wounded", "Volodymyr Zelensky")
    assert seed.text[f.span.start : f.span.end] == f.span.text == "3000"
    assert f.statement is not None


def test_figure_1100_is_south_koreas(seed):
    (f,) = _figure(seed, 1100)
    assert (f.low, f.high, f.category, f.source_name) == (1100, 1100, "killed_or_wounded", "Zuid-Korea")


def test_figure_more_than_12000_troops(seed):
    (f,) = _figure(seed, 12000)
    assert f.span.text == "meer dan 12.000"
    assert (f.low, f.high, f.approximate, f.category) == (12000, None, True, "troops")


def test_no_age_or_time_is_a_figure(seed):
    for f in seed.figures:
        assert "geleden" not in f.span.text
        for t in seed.articles:
            if t.published is not None and t.published.expression is not None:
                assert not f.span.overlaps(t.published.expression)


def test_statement_time_eerder_maandag_stays_unresolved(seed):
    (s,) = [s for s in seed.statements if s.time is not None and s.time.expression.text == "eerder maandag"]
    assert s.sources[0].name == "Zuid-Korea"
    assert s.cue.text == "zei"
    assert s.time.value is None  # never resolved against the crawl time


def test_statements_of_the_main_article(seed):
    main = [s for s in seed.statements if s.article == "a0"]
    by_cue = {s.cue.text: s for s in main}
    assert by_cue["zegt"].sources[0].name == "Volodymyr Zelensky"
    assert by_cue["zegt"].sources[0].span.text == "De Oekraïense president Volodymyr Zelensky"
    assert by_cue["zegt"].content.text.startswith("er inmiddels 3000 Noord-Koreaanse militairen")
    assert by_cue["schrijft"].medium.text == "op X"
    assert {x.name for x in by_cue["claimden"].sources} == {"Oekraïne", "Verenigde Staten", "Zuid-Korea"}
    assert by_cue["Volgens"].kind == "according_to"
    assert by_cue["benadrukt"].sources[0].name == "Volodymyr Zelensky"


def test_cli_json_matches_the_library(seed, tmp_path):
    from conftest import SEED

    out = subprocess.run(
        [sys.executable, "-m", "claimtrack", "extract", str(SEED), "--fetched-at", FETCHED, "--format", "json"],
        capture_output=True, text=True, check=True,
    )
    data = json.loads(out.stdout)
    assert data == json.loads(seed.to_json())
    assert data["schema"] == "claimtrack/1"
    for f in data["figures"]:
        assert data["text"][f["span"]["start"] : f["span"]["end"]] == f["span"]["text"]
