"""The main job on the project's own pages: exact figures and statements, end to end.

One row per figure or statement, written out in full (span text, offsets found by
the words around them, values, category, source), so a failing row says which
value was meant.
"""

from __future__ import annotations

import pytest

from claimtrack import extract

from conftest import PAGES, at


def read(name: str, fetched_at: str = "2026-01-16T15:00:00+01:00"):
    return extract(PAGES / name, fetched_at=at(fetched_at))


def figure_rows(result):
    return [
        (f.span.text, f.low, f.high, f.approximate, f.unit, f.category, f.source_name)
        for f in result.figures
    ]


def test_figures_in_every_form():
    result = read("figures_forms.txt")
    assert figure_rows(result) == [
        ("Honderden", 200, 999, True, None, "displaced", None),
        ("kracht van 6,4", 6.4, 6.4, False, "magnitude", "other", "civiele bescherming"),
        ("zeker 38", 38, None, False, None, "killed", "civiele bescherming"),
        ("ruim 1.200", 1200, None, False, None, "wounded", "civiele bescherming"),
        ("1,5 miljoen", 1500000, 1500000, True, None, "people", None),
        ("Tussen 3000 en 4000", 3000, 4000, False, None, "other", None),
        ("honderden", 200, 999, True, None, "people", None),
        ("bijna 200", None, 200, False, None, "people", "Rode Kruis"),
        ("€ 4 miljard", 4_000_000_000, 4_000_000_000, False, "EUR", "money", None),
        ("2,3 procent", 2.3, 2.3, False, "%", "percent", None),
        ("Tientallen", 20, 99, True, None, "missing", None),
        ("drieduizend", 3000, 3000, False, None, "people", None),
        ("14", 14, 14, False, None, "arrested", None),
        ("30 kilometer", 30, 30, False, "km", "other", None),
    ]
    text = result.text
    for f in result.figures:
        assert text[f.span.start : f.span.end] == f.span.text


def test_not_figures_ages_clock_times_years():
    spans = [f.span.text for f in read("figures_forms.txt").figures]
    for word in ("54", "14.30", "1999"):
        assert not any(word in s for s in spans)


def test_durations_are_not_figures():
    # the court is named as first mentioned: "De rechtbank in Almelo"
    assert figure_rows(read("court.txt")) == [("86.000 euro", 86000, 86000, False, "EUR", "money", "rechtbank in Almelo")]


def test_conflicting_tolls_keep_their_sources():
    result = read("tolls_conflict.txt")
    assert figure_rows(result) == [
        ("62", 62, 62, False, None, "killed", "lokale autoriteiten"),
        ("19", 19, 19, False, None, "killed", "leger"),
        ("140", 140, 140, False, None, "wounded", "ministerie van Volksgezondheid"),
    ]
    kessel = result.figures[0]
    assert kessel.location.text == "in de grensstad Kessel"
    assert kessel.counted.text == "mensen gedood"


def test_figures_carry_the_statement_that_holds_them():
    result = read("tolls_conflict.txt")
    by_id = {s.id: s for s in result.statements}
    for f in result.figures:
        s = by_id[f.statement]
        assert s.content.start <= f.span.start and f.span.end <= s.content.end
        assert s.sources[0].name == f.source_name


def test_teaser_time_and_statement_time_anchors():
    result = read("wire_dump.txt")
    riga = result.articles[1]
    assert (riga.published.value, riga.published.anchor) == (at("2026-01-16T14:52:00+01:00"), "fetched_at")
    (vakbond,) = [s for s in result.statements if s.cue.text == "meldde"]
    assert vakbond.time.expression.text == "eerder vrijdag"
    assert vakbond.time.value is None  # the main article has no date: never taken from the fetch time


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De fabriek werd in 1987 gebouwd en heeft 350 werknemers.", [("350", None)]),
        ("Het bedrijf, opgericht in 1921, heeft 6.000 mensen in dienst.", [("6.000", None)]),
        ("In 2025 kwamen 300 mensen om bij overstromingen.", [("300", "In 2025")]),
        ("Kop van het bericht\nKESSEL (ANP) - Vaalland zei eerder maandag al dat er 1100 doden waren.", [("1100", "eerder maandag")]),
    ],
)
def test_a_figure_takes_the_time_of_its_own_clause_or_statement(text, expected):
    result = extract(text)
    assert [(f.span.text, f.time.expression.text if f.time else None) for f in result.figures] == expected


def test_mixed_page_keeps_its_language():
    """English chrome above and an English quote inside do not make a Dutch article English."""
    result = read("seg_nl_mixed.txt")
    assert result.language == "nl" and result.language_confidence > 0.9
    assert [(s.sources[0].name, s.cue.text, s.content.text) for s in result.statements] == [
        ("waterschap Noorderzijl", "Volgens", "moesten 340 bewoners hun huis tijdelijk verlaten"),
        ("Britse ingenieur", "zei", "We are monitoring the situation closely"),
        ("Dijkgraaf Marten Holwerda", "zegt", "het werk zeker twee weken duurt"),
    ]


def test_language_given_is_not_identified():
    result = extract(PAGES / "seg_nl_mixed.txt", language="NL")
    assert (result.language, result.language_confidence) == ("nl", None)


def test_a_headline_alone_falls_back_to_the_default_with_a_warning():
    result = extract("Brand in Amsterdam")
    assert result.language == "nl" and result.language_confidence < 0.5
    assert result.warnings[-1] == "too little text to identify the language: read as nl (pass --language to choose)"


def test_ingest_rejects_an_unsupported_language_with_the_reason(tmp_path):
    from sqlalchemy import select

    from claimtrack.ingest import ingest
    from claimtrack.store import connect, schema

    page = tmp_path / "seite.txt"
    page.write_text(
        "Hochwasser in Lindenau\n"
        "Der Bürgermeister sagte am Montag, dass 1200 Menschen ihre Häuser verlassen mussten.\n",
        encoding="utf-8",
    )
    engine = connect(f"sqlite:///{tmp_path / 'store.db'}")
    counts = ingest([str(page), str(PAGES / "seg_nl_mixed.txt")], engine)
    with engine.connect() as conn:
        rejects = conn.execute(select(schema.rejects.c.source, schema.rejects.c.reason)).all()
        languages = conn.execute(select(schema.documents.c.language)).scalars().all()
    assert counts.documents == 1
    assert languages == ["nl"]
    assert [(src.endswith("seite.txt"), reason.split(" (")[0]) for src, reason in rejects] == [
        (True, "unsupported language de"),
    ]


def test_extraction_carries_its_sentences_outside_the_contract():
    from claimtrack.serialize import extraction_from_dict
    from claimtrack.store.write import prepare

    result = read("seg_nl_mess.txt")
    assert [s.text for s in result.sentences][3] == "Er stonden woensdagochtend nog zeker 40 auto's onder water in de wijk Hoogeind."
    assert "sentences" not in result.to_dict()
    assert extraction_from_dict(result.to_dict()) == result  # not compared: a contract read back has none
    # The store's evidence for a figure outside any statement is the analysed sentence
    # (the caption without its photo credit), not split again.
    keys = prepare(result).figures
    cars = next(i for i, f in enumerate(result.figures) if f.span.text == "zeker 40")
    assert keys[cars].evidence.text == "Er stonden woensdagochtend nog zeker 40 auto's onder water in de wijk Hoogeind."
