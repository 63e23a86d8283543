"""Cross-source comparison: keys, syndication, canonical entities, figure groups, disagreements."""

from __future__ import annotations

import math
from datetime import datetime, timedelta, timezone

import pytest
from store_fixtures import Ent, Fig, store, store_url, story  # noqa: F401

from claimtrack.compare import entities as ent
from claimtrack.compare.groups import FigureRecord, group_figures, interval, overlap
from claimtrack.compare.keys import (
    places_compatible,
    subject_key,
    text_key,
    words_compatible,
)
from claimtrack.compare.syndication import (
    fingerprint,
    resemblance,
    same_story,
    sketch,
    stories,
)
from claimtrack.store import queries as q
from claimtrack.store import store_extraction

UTC = timezone.utc
DAY1 = datetime(2026, 5, 11, 8, 0, tzinfo=UTC)


# ---------------------------------------------------------------- keys


@pytest.mark.parametrize(
    ("given", "key"),
    [
        ("Noord-Koreaanse  militairen", "noord koreaanse militairen"),
        ("Oekraïne", "oekraine"),
        ("  ZEKER 14, gedood!", "zeker 14 gedood"),
        (None, ""),
    ],
)
def test_text_key(given, key):
    assert text_key(given) == key


@pytest.mark.parametrize(
    ("counted", "key"),
    [
        ("militairen gedood of gewond", "gedood gewond militairen"),
        ("gewond of gedood, militairen", "gedood gewond militairen"),
        ("Noord-Koreaanse militairen", "koreaanse militairen noord"),
        ("de 300 inwoners", "inwoners"),
        (None, ""),
    ],
)
def test_subject_key(counted, key):
    assert subject_key(counted) == key


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("militairen", "militairen", True),
        ("militairen", "koreaanse militairen", True),
        ("burgers", "militairen", False),
        ("", "", True),
        ("", "militairen", False),
    ],
)
def test_words_compatible(a, b, same):
    assert words_compatible(a, b) is same


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("koersk", "regio koersk", True), ("koersk", "", True), ("koersk", "charkiv", False)],
)
def test_places_compatible(a, b, same):
    assert places_compatible(a, b) is same


@pytest.mark.parametrize(
    ("a", "b", "overlaps"),
    [
        ((14, 14), (14, 14), True),
        ((14, 14), (9, 9), False),
        ((12000, None), (12500, 12500), True),  # "meer dan 12.000" and "12.500"
        ((12000, None), (11000, 11000), False),
        ((200, 999), (500, 500), True),  # "honderden"
        ((None, 50), (60, 60), False),  # "minder dan 50"
        ((None, None), (3, 3), True),
    ],
)
def test_overlap(a, b, overlaps):
    assert overlap(a, b) is overlaps
    assert overlap(b, a) is overlaps


def test_interval_open_ends():
    assert interval(5, None) == (5, math.inf)
    assert interval(None, 5) == (-math.inf, 5)
    assert interval(None, None) is None


# ---------------------------------------------------------------- syndication

WIRE = (
    "Bij een aardverschuiving in de provincie Noordwold zijn zeker 23 mensen omgekomen. "
    "Reddingswerkers zoeken met honden naar vermisten onder de modder. "
    "De gouverneur van de provincie heeft drie dagen van rouw afgekondigd. "
    "Het weerbureau waarschuwt voor meer regen in de komende week."
)


@pytest.mark.parametrize(
    ("other", "copy"),
    [
        (WIRE, True),
        (WIRE.upper().replace(". ", " - "), True),  # case and punctuation do not count
        (WIRE + " Lees ook ons liveblog.", True),  # an outlet adds a line
        (WIRE.replace("zeker 23", "minstens 23"), True),  # one word changed
        ("Een heel ander verhaal over de verkiezingen in de gemeente Bosdal en de uitslag.", False),
    ],
)
def test_same_story(other, copy):
    assert same_story(fingerprint(WIRE), sketch(WIRE), fingerprint(other), sketch(other)) is copy


def test_fingerprint_ignores_case_and_punctuation():
    assert fingerprint("Zeker 23 doden.") == fingerprint("zeker  23 doden")
    assert len(fingerprint("x")) == 40


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("een twee drie vier", "een twee drie vier", 1.0),  # shingles {een twee drie, twee drie vier}
        ("een twee drie vier", "een twee drie vijf", 1 / 3),
        ("een twee drie", "vier vijf zes", 0.0),
        ("", "", 0.0),
    ],
)
def test_resemblance_is_jaccard_on_small_texts(a, b, expected):
    assert resemblance(sketch(a), sketch(b)) == pytest.approx(expected)


def test_sketch_keeps_k_smallest_hashes():
    long_text = " ".join(f"woord{i}" for i in range(200))
    sk = sketch(long_text)
    assert len(sk) == 32 * 8
    values = [sk[i : i + 8] for i in range(0, len(sk), 8)]
    assert values == sorted(values)


def test_stories_cluster_copies():
    other = "Een heel ander verhaal over de verkiezingen in de gemeente Bosdal en de uitslag."
    bodies = [(fingerprint(b), sketch(b)) for b in (WIRE, other, WIRE + " Lees ook ons liveblog.")]
    assert stories(bodies) == [0, 1, 0]


# ---------------------------------------------------------------- entities


@pytest.mark.parametrize(
    ("name", "type_", "aliases", "expected"),
    [
        ("Pyongyang", "GPE", (), ("Noord-Korea", "GPE")),
        ("Noord-Korea", "GPE", (), ("Noord-Korea", "GPE")),
        ("het Kremlin", "ORG", (), ("Rusland", "GPE")),
        ("NATO", "ORG", (), ("NAVO", "ORG")),
        ("Volodymyr Zelensky", "PER", ("de Oekraïense president",), ("Volodymyr Zelensky", "PER")),
        ("Anouk Verbeek", "PER", (), ("Anouk Verbeek", "PER")),
    ],
)
def test_canonical(name, type_, aliases, expected):
    assert ent.canonical(name, type_, aliases) == expected


@pytest.mark.parametrize(
    ("name", "type_", "expected"),
    [
        ("Volodymyr Zelensky", "PER", "Zelensky"),
        ("Jan de Vries", "PER", "de Vries"),
        ("Marit van der Berg", "PER", "van der Berg"),
        ("Zelensky", "PER", None),
        ("Rode Kruis", "ORG", None),
    ],
)
def test_surname(name, type_, expected):
    assert ent.surname(name, type_) == expected


ZEL1 = "De Oekraïense president Volodymyr Zelensky sprak maandag het parlement toe over de oogst."
ZEL2 = "Zelensky zei dinsdag dat Pyongyang nieuwe troepen stuurt. Noord-Korea ontkent dat."


def test_entities_are_one_across_documents(store):
    store_extraction(
        store,
        story(ZEL1, url="https://a.nl/1", fetched_at=DAY1, entities=(
            Ent("Volodymyr Zelensky", "PER", ("Volodymyr Zelensky",), ("De Oekraïense president",)),
        )),
    )
    store_extraction(
        store,
        story(ZEL2, url="https://b.nl/1", fetched_at=DAY1, entities=(
            Ent("Zelensky", "PER", ("Zelensky",)),
            Ent("Pyongyang", "GPE", ("Pyongyang",)),
            Ent("Noord-Korea", "GPE", ("Noord-Korea",)),
        )),
    )
    rows = {e.name: e for e in q.list_entities(store).items}
    assert sorted(rows) == ["Noord-Korea", "Volodymyr Zelensky"]
    assert rows["Volodymyr Zelensky"].documents == 2
    assert set(rows["Volodymyr Zelensky"].aliases) == {"Volodymyr Zelensky", "De Oekraïense president", "Zelensky"}
    assert set(rows["Noord-Korea"].aliases) == {"Noord-Korea", "Pyongyang"}
    assert rows["Noord-Korea"].documents == 1


# ---------------------------------------------------------------- figure groups (pure)


def rec(i, claimant, low, high, *, category="killed", subject="inwoners omgekomen", place="noordwold",
        publisher=None, t=DAY1, fp="", sh="", unit=None):
    return FigureRecord(
        figure_id=i, document_id=i, doc_sha=f"{i:064x}", local_id="f0", category=category, unit=unit,
        subject_key=subject, place_key=place, claimant=claimant, claimant_key=text_key(claimant),
        publisher=publisher or f"krant{i}.nl", low=low, high=high, refers_to=t, fingerprint=fp, sketch=sh,
    )


@pytest.mark.parametrize(
    ("records", "n_groups"),
    [
        ([rec(1, "ANP", 5, 5), rec(2, "ANP", 5, 5)], 1),
        ([rec(1, "ANP", 5, 5), rec(2, "ANP", 5, 5, category="killed_or_wounded")], 2),
        ([rec(1, "ANP", 5, 5), rec(2, "ANP", 5, 5, unit="EUR")], 2),
        ([rec(1, "ANP", 5, 5), rec(2, "ANP", 5, 5, subject="militairen omgekomen")], 2),
        ([rec(1, "ANP", 5, 5), rec(2, "ANP", 5, 5, subject="omgekomen")], 1),  # contained subject
        ([rec(1, "ANP", 5, 5), rec(2, "ANP", 5, 5, place="bosdal")], 2),
        ([rec(1, "ANP", 5, 5), rec(2, "ANP", 5, 5, place="")], 1),  # unknown place
        ([rec(1, "ANP", 5, 5), rec(2, "ANP", 5, 5, t=DAY1 + timedelta(days=30))], 2),
        ([rec(1, "ANP", 5, 5), rec(2, "ANP", 5, 5, t=None)], 1),  # unknown time
        ([rec(1, "ANP", 5, 5, subject="")], 0),  # nothing counted: not grouped
        # an unknown place may not chain two known places into one group
        ([rec(1, "ANP", 5, 5), rec(2, "ANP", 5, 5, place=""), rec(3, "ANP", 9, 9, place="bosdal")], 3),
        ([rec(1, "ANP", 5, 5, place=""), rec(2, "ANP", 6, 6, place="")], 1),
    ],
)
def test_grouping(records, n_groups):
    assert len(group_figures(records)) == n_groups


def test_unknown_place_joins_the_only_group_that_fits():
    groups = group_figures([rec(1, "ANP", 5, 5), rec(2, "Reuters", 8, 8, place=""), rec(3, "ANP", 9, 9, subject="militairen gewond", category="wounded", place="bosdal")])
    killed = [g for g in groups if g.category == "killed"]
    assert len(killed) == 1
    assert sorted(c.claimant for c in killed[0].claims) == ["ANP", "Reuters"]


def test_headline_and_body_of_one_page_are_one_claim():
    headline = rec(1, "FNV", 2000, 2000)
    body = FigureRecord(**{**{f: getattr(headline, f) for f in headline.__slots__}, "figure_id": 2, "local_id": "f1", "low": 2000, "high": None})
    other = rec(3, "Noordstaal", 1500, 1500)
    (group,) = group_figures([headline, body, other])
    assert sorted((c.claimant, c.low, c.high) for c in group.claims) == [("FNV", 2000, 2000), ("Noordstaal", 1500, 1500)]
    assert group.revisions == ()
    assert group.disagreement


def test_group_ids_are_stable_and_order_free():
    rs = [rec(1, "ANP", 5, 5), rec(2, "Reuters", 7, 7, t=DAY1 + timedelta(hours=3))]
    assert [g.id for g in group_figures(rs)] == [g.id for g in group_figures(rs[::-1])]


def test_groups_newest_first():
    rs = [rec(1, "ANP", 5, 5), rec(2, "ANP", 5, 5, category="missing", t=DAY1 + timedelta(days=1))]
    assert [g.category for g in group_figures(rs)] == ["missing", "killed"]


def test_pure_syndication_merges_claims_across_claimants():
    fp, sh = fingerprint(WIRE), sketch(WIRE)
    rs = [
        rec(1, "ANP", 23, None, fp=fp, sh=sh),
        rec(2, "ANP", 23, None, fp=fp, sh=sh),
        rec(3, "krant3.nl", 23, None, fp=fingerprint(WIRE + " Lees ook."), sh=sketch(WIRE + " Lees ook.")),
    ]
    [g] = group_figures(rs)
    [claim] = g.claims
    assert claim.claimant == "ANP"
    assert claim.publishers == ("krant1.nl", "krant2.nl", "krant3.nl")
    assert claim.figure_ids == (1, 2, 3)
    assert not g.disagreement


# ---------------------------------------------------------------- the four stories, through the store

VERSIONS = {
    "https://www.dagblad-oost.nl/buitenland/1": "NOORDWOLD (ANP) - " + WIRE,
    "https://nieuwsbode.be/wereld/2": "Aardverschuiving\nNOORDWOLD (ANP) - " + WIRE,
    "https://www.kustkrant.nl/3": WIRE + " Lees ook ons liveblog.",  # dateline dropped, a line added
}


def _wire(url, text, fetched_at=DAY1):
    has_dateline = text.startswith(("NOORDWOLD", "Aardverschuiving"))
    return story(
        text, url=url, fetched_at=fetched_at,
        place="NOORDWOLD" if has_dateline else None, agencies=("ANP",) if has_dateline else (),
        figures=(Fig("zeker 23", 23, None, "mensen omgekomen", "killed", location="provincie Noordwold"),),
    )


def test_three_outlets_one_claim(store):
    for i, (url, text) in enumerate(VERSIONS.items()):
        store_extraction(store, _wire(url, text, DAY1 + timedelta(minutes=10 * i)))
    groups = q.list_groups(store).items
    assert len(groups) == 1
    assert (groups[0].subject, groups[0].place) == ("mensen omgekomen", "provincie Noordwold")
    assert (groups[0].start, groups[0].end) == (DAY1, DAY1 + timedelta(minutes=20))
    [claim] = groups[0].claims
    assert claim.claimant == "ANP"
    assert claim.publishers == ("dagblad-oost.nl", "kustkrant.nl", "nieuwsbode.be")
    assert (claim.low, claim.high) == (23, None)
    assert claim.evidence == "Bij een aardverschuiving in de provincie Noordwold zijn zeker 23 mensen omgekomen."
    assert q.conflicts(store).total == 0


TOLL_A = "Volgens burgemeester Ilse Kramer zijn bij de brand in Zandhoven 14 mensen omgekomen."
TOLL_B = "Politiewoordvoerder Ruben Smit zegt dat in Zandhoven 9 mensen zijn omgekomen bij de brand."
TOLL_A2 = "Burgemeester Ilse Kramer zegt nu dat in Zandhoven 17 mensen zijn omgekomen bij de brand."


def _toll(text, url, source, words, value, when, cue):
    return story(text, url=url, fetched_at=when, figures=(
        Fig(words, value, value, "mensen omgekomen" if "mensen omgekomen" in text else "mensen zijn omgekomen",
            "killed", source=source, location="Zandhoven", cue=cue),
    ))


def test_two_sources_disagree(store):
    store_extraction(store, _toll(TOLL_A, "https://a.nl/brand", "Ilse Kramer", "14", 14, DAY1, "Volgens"))
    store_extraction(store, _toll(TOLL_B, "https://b.nl/brand", "Ruben Smit", "9", 9, DAY1 + timedelta(hours=2), "zegt"))
    [g] = q.list_groups(store).items
    assert g.disagreement
    [d] = g.disagreements
    assert {(d.claimant_a, d.value_a), (d.claimant_b, d.value_b)} == {("Ilse Kramer", (14, 14)), ("Ruben Smit", (9, 9))}
    assert [c.claimant for c in g.claims] == ["Ruben Smit", "Ilse Kramer"]  # newest first
    assert g.revisions == ()
    assert [x.id for x in q.conflicts(store).items] == [g.id]
    assert q.get_group(store, g.id) == g


def test_later_update_is_a_revision(store):
    store_extraction(store, _toll(TOLL_A, "https://a.nl/brand", "Ilse Kramer", "14", 14, DAY1, "Volgens"))
    store_extraction(store, _toll(TOLL_A2, "https://a.nl/brand-2", "Ilse Kramer", "17", 17, DAY1 + timedelta(hours=5), "zegt"))
    [g] = q.list_groups(store).items
    assert not g.disagreement
    [r] = g.revisions
    assert (r.claimant, r.before, r.after, r.at) == ("Ilse Kramer", (14, 14), (17, 17), DAY1 + timedelta(hours=5))
    assert q.conflicts(store).total == 0


def test_revision_and_disagreement_use_the_standing_value(store):
    store_extraction(store, _toll(TOLL_A, "https://a.nl/brand", "Ilse Kramer", "14", 14, DAY1, "Volgens"))
    store_extraction(store, _toll(TOLL_A2, "https://a.nl/brand-2", "Ilse Kramer", "17", 17, DAY1 + timedelta(hours=5), "zegt"))
    store_extraction(store, _toll(TOLL_B, "https://b.nl/brand", "Ruben Smit", "9", 9, DAY1 + timedelta(hours=6), "zegt"))  # later and lower than the standing 17
    [g] = q.list_groups(store).items
    [d] = g.disagreements
    assert {d.value_a, d.value_b} == {(17, 17), (9, 9)}


KILLED = "Bij de aanval op Varendorp zijn 40 soldaten gedood, zegt legerwoordvoerder Tom Bakker."
KILLED_OR_WOUNDED = "Bij de aanval op Varendorp zijn 120 soldaten gedood of gewond, zegt legerwoordvoerder Tom Bakker."


def test_killed_and_killed_or_wounded_are_different_groups(store):
    store_extraction(store, story(KILLED, url="https://a.nl/k", fetched_at=DAY1, figures=(
        Fig("40", 40, 40, "soldaten gedood", "killed", source="Tom Bakker", location="Varendorp"),)))
    store_extraction(store, story(KILLED_OR_WOUNDED, url="https://b.nl/kw", fetched_at=DAY1, figures=(
        Fig("120", 120, 120, "soldaten gedood of gewond", "killed_or_wounded", source="Tom Bakker", location="Varendorp"),)))
    groups = q.list_groups(store).items
    assert sorted(g.category for g in groups) == ["killed", "killed_or_wounded"]
    assert q.conflicts(store).total == 0


@pytest.mark.parametrize(
    ("query", "filters", "categories"),
    [
        (None, {}, ["killed", "killed_or_wounded"]),
        ("soldaten", {}, ["killed", "killed_or_wounded"]),
        ("gewond", {}, ["killed_or_wounded"]),
        (None, {"category": "killed"}, ["killed"]),
        (None, {"since": DAY1 + timedelta(days=1)}, []),
    ],
)
def test_list_groups_query(store, query, filters, categories):
    test_killed_and_killed_or_wounded_are_different_groups(store)
    assert sorted(g.category for g in q.list_groups(store, query, filters).items) == categories


# ---------------------------------------------------------------- the command line and export


def _two_tolls(url: str):
    from claimtrack.store import connect

    engine = connect(url)
    store_extraction(engine, _toll(TOLL_A, "https://a.nl/brand", "Ilse Kramer", "14", 14, DAY1, "Volgens"))
    store_extraction(engine, _toll(TOLL_B, "https://b.nl/brand", "Ruben Smit", "9", 9, DAY1 + timedelta(hours=2), "zegt"))
    store_extraction(engine, story(KILLED, url="https://c.nl/k", fetched_at=DAY1, figures=(
        Fig("40", 40, 40, "soldaten gedood", "killed", source="Tom Bakker", location="Varendorp"),)))
    return engine


@pytest.mark.parametrize(
    ("command", "shown", "hidden"),
    [
        (["figures"], ["Ilse Kramer", "Ruben Smit", "Tom Bakker", "DISAGREEMENT"], []),
        (["figures", "soldaten"], ["Tom Bakker"], ["Ilse Kramer"]),
        (["conflicts"], ["Ilse Kramer", "Ruben Smit", "DISAGREEMENT"], ["Tom Bakker"]),
        (["figures", "--since", "2026-06-01T00:00:00+00:00"], ["no figure groups"], ["Tom Bakker"]),
    ],
)
def test_cli_figures_and_conflicts(tmp_path, command, shown, hidden):
    from typer.testing import CliRunner

    from claimtrack.cli import app

    url = f"sqlite:///{tmp_path / 'c.db'}"
    _two_tolls(url).dispose()
    result = CliRunner().invoke(app, [*command, "--db", url], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    for word in shown:
        assert word in result.output
    for word in hidden:
        assert word not in result.output


def test_cli_conflicts_json(tmp_path):
    import json

    from typer.testing import CliRunner

    from claimtrack.cli import app

    url = f"sqlite:///{tmp_path / 'c.db'}"
    _two_tolls(url).dispose()
    result = CliRunner().invoke(app, ["conflicts", "--db", url, "--format", "json"])
    assert result.exit_code == 0, result.output
    [group] = json.loads(result.output)
    assert group["disagreement"] is True
    assert [(c["claimant"], c["low"], c["approximate"]) for c in group["claims"]] == [("Ruben Smit", 9, False), ("Ilse Kramer", 14, False)]
    lines = CliRunner().invoke(app, ["conflicts", "--db", url, "--format", "jsonl"]).output.splitlines()
    assert [json.loads(line)["id"] for line in lines] == [group["id"]]


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_export(tmp_path, fmt):
    import csv
    import json

    from typer.testing import CliRunner

    from claimtrack.cli import app

    url = f"sqlite:///{tmp_path / 'c.db'}"
    _two_tolls(url).dispose()
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["export", "--format", fmt, "--out", str(out), "--db", url])
    assert result.exit_code == 0, result.output
    tables = {}
    for name in ("statements", "figures", "groups"):
        path = out / f"{name}.{fmt}"
        if fmt == "csv":
            tables[name] = list(csv.DictReader(path.open(encoding="utf-8")))
        elif fmt == "jsonl":
            tables[name] = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
        else:
            import pyarrow.parquet as pq

            tables[name] = pq.read_table(path).to_pylist()
    assert len(tables["statements"]) == 3
    assert len(tables["figures"]) == 3
    assert len(tables["groups"]) == 3  # two groups: one with two claims, one with one
    assert sorted(str(r["disagreement"]) for r in tables["groups"]) == ["False", "True", "True"]
    assert {r["claimant"] for r in tables["groups"]} == {"Ilse Kramer", "Ruben Smit", "Tom Bakker"}
    assert {r["span"] for r in tables["figures"]} == {"14", "9", "40"}


SAYS_FULL = "President Volodymyr Zelensky zegt dat in de regio Koersk 3000 Noord-Koreaanse militairen zijn gedood."
SAYS_SHORT = "Zelensky zegt dat in de regio Koersk 3000 Noord-Koreaanse militairen zijn gedood, meldt een andere krant."
SAYS_PY = "Pyongyang zegt dat in de regio Koersk 40 Noord-Koreaanse militairen zijn gedood."


def test_claimants_are_canonical_entities(store):
    for text, url, who, typ, words, value in (
        (SAYS_FULL, "https://a.nl/1", "Volodymyr Zelensky", "PER", "3000", 3000),
        (SAYS_SHORT, "https://b.nl/1", "Zelensky", "PER", "3000", 3000),
        (SAYS_PY, "https://c.nl/1", "Pyongyang", "GPE", "40", 40),
    ):
        store_extraction(store, story(text, url=url, fetched_at=DAY1, entities=(Ent(who, typ, (who,)),), figures=(
            Fig(words, value, value, "Noord-Koreaanse militairen zijn gedood", "killed", source=who,
                source_type=typ, location="regio Koersk"),)))
    [g] = q.list_groups(store).items
    assert sorted((c.claimant, c.low, c.publishers) for c in g.claims) == [
        ("Noord-Korea", 40, ("c.nl",)),
        ("Volodymyr Zelensky", 3000, ("a.nl", "b.nl")),
    ]
    [d] = g.disagreements
    assert {d.claimant_a, d.claimant_b} == {"Noord-Korea", "Volodymyr Zelensky"}
