"""An event of many cities: a city's count is a part, the country's count the whole.

Seen on outside news of nationwide protests: a ministry's nationwide count printed with the
capital's share of it, and a union's nationwide count beside its own count for the capital. The
capital is the place most pages name, so it used to count as the whole event and its count joined
(and quarrelled with) the nationwide count. Now a core city's count is a part where its own page
gives a larger count for the whole (at least twice it) or counts another city, and a country named
in a breakdown beside its own cities is the whole.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from claimtrack.ingest import ingest
from claimtrack.store import connect
from claimtrack.store import groups as kept
from claimtrack.store import queries as q

T0 = datetime(2025, 5, 8, 20, 0, tzinfo=timezone.utc)

STRIKE = {
    "ministerie": "Grote staking in Italië\n\nIn Italië zijn donderdag volgens het ministerie van Arbeid "
    "640.000 demonstranten de straat op gegaan, onder wie 52.000 in Rome. Vakbond Ferra spreekt van 1,5 miljoen betogers.\n",
    "union": "Italy strike fills the squares\n\nThe Ferra union said 1.5 million people marched across Italy on Thursday, "
    "and 310,000 in Rome. In Rome the police counted 52,000 demonstrators.\n",
    "steden": "Mars tegen de nieuwe arbeidswet\n\nIn Rome liepen volgens de politie 52.000 demonstranten mee. "
    "In Milaan telde de politie 21.000 betogers en in Turijn 9.000 betogers.\n",
}


def _store(tmp_path, pages):
    engine = connect(f"sqlite:///{tmp_path / 'cities.db'}")
    for name, text in pages.items():
        folder = tmp_path / name
        folder.mkdir()
        (folder / "page.txt").write_text(text, encoding="utf-8")
        ingest([str(folder / "page.txt")], engine, fetched_at=T0)
    return engine


def _values(engine, quantity):
    groups = [g for g in q.list_groups(engine, limit=100).items if g.quantity == quantity]
    return sorted((sorted({c.low for c in g.claims}), g.disagreement) for g in groups)


def test_a_capital_count_is_a_part_of_the_nationwide_count(tmp_path):
    engine = _store(tmp_path, STRIKE)
    assert _values(engine, "participants") == [
        ([9000.0], False),
        ([21000.0], False),
        ([52000.0, 310000.0], True),  # the capital: police against union
        ([640000.0, 1500000.0], True),  # the country: ministry against union
    ]
    engine.dispose()


def test_a_city_count_stays_the_whole_where_its_page_gives_no_larger_count(tmp_path):
    pages = {
        "a": "Explosie in Napels\n\nBij een explosie in een fabriek in Napels zijn veertien doden gevallen, meldt de brandweer.\n",
        "b": "Naples factory blast\n\nFourteen people were killed in a factory explosion in Naples, the fire brigade said.\n",
        "c": "Napels telt de doden\n\nIn Italië rouwt men om de slachtoffers van de explosie. Bij de explosie in de fabriek "
        "in Napels zijn volgens de burgemeester 16 doden gevallen.\n",
    }
    engine = _store(tmp_path, pages)
    assert _values(engine, "killed") == [([14.0, 16.0], True)]
    engine.dispose()


@pytest.mark.parametrize(
    ("own", "sentence", "expected"),
    [
        ("cc:IT", {"cc:IT", "geo:3169070"}, ""),  # Italy beside Rome: the whole
        ("geo:3169070", {"cc:IT", "geo:3169070"}, "geo:3169070"),  # Rome beside Italy: a part
        ("cc:IT", {"cc:IT", "cc:FR"}, "cc:IT"),  # two countries: each a part
        ("cc:IT", {"cc:IT", "geo:2988507"}, "cc:IT"),  # Italy beside Paris: Paris is not in it
        ("cc:FR", {"cc:FR", "geo:2988507"}, "cc:FR"),  # France is no core country here
    ],
)
def test_a_country_beside_its_own_cities_is_the_whole(own, sentence, expected):
    assert kept.scope_of(own, sentence, {"geo:3169070"}, {"IT"}) == expected


def _places(text):
    from claimtrack.pipeline import extract

    return [(f.span.text, f.location.text if f.location else None) for f in extract(text).figures]


def test_a_place_after_the_next_figure_is_not_this_figures_place():
    assert _places("In Italië gingen 640.000 mensen de straat op, onder wie 52.000 in Rome.") == [
        ("640.000", "In Italië"), ("52.000", "in Rome")]
    assert _places("The union said 1.5 million people marched on Thursday, and 310,000 in Rome.") == [
        ("1.5 million", None), ("310,000", "in Rome")]
    # a place right before the next figure is that figure's
    assert _places("In Milaan telde de politie 21.000 betogers en in Turijn 9.000 betogers.") == [
        ("21.000", "In Milaan"), ("9.000", "in Turijn")]
    # the place after a figure, before any other figure, stays its own
    assert _places("Zeker 14 mensen kwamen om in Napels, 3 raakten gewond.") == [("Zeker 14", "in Napels"), ("3", "in Napels")]


def _quantities(text, language):
    from claimtrack.pipeline import extract
    from claimtrack.store.groups import FigureInput, key_figures

    x = extract(text, language=language)
    rows = [FigureInput(f.id, f.span.start, f.span.end, f.counted.text if f.counted else None, f.category,
                        f.location.text if f.location else None, None) for f in x.figures]
    return [(f.span.text, k["quantity"]) for f, k in zip(x.figures, key_figures(x.text, x.language, rows))]


def test_the_worst_hurt_are_a_part_of_the_wounded():
    assert _quantities("At least 812 people were injured, including 96 in critical condition.", "en") == [
        ("At least 812", "wounded"), ("96", "wounded|critical")]
    assert _quantities("Er raakten 412 mensen gewond, van wie er 37 in kritieke toestand verkeren.", "nl") == [
        ("412", "wounded"), ("37", "wounded|critical")]
    # no such word: one count of the wounded, as before
    assert _quantities("At least 812 people were injured, including 96 children.", "en") == [
        ("At least 812", "wounded"), ("96", "wounded|children")]


def test_a_count_elsewhere_is_a_part_beyond_the_place_counted():
    assert _quantities("The storm killed 3,400 people in the port city. It also killed about 90 people elsewhere "
                       "in the country.", "en") == [("3,400", "killed"), ("90", "killed|elsewhere")]
    assert _quantities("In de havenstad vielen 3400 doden, erbuiten vielen 90 doden.", "nl") == [
        ("3400", "killed"), ("90", "killed|elsewhere")]


def test_in_an_event_of_two_countries_each_countrys_count_is_a_part():
    core, countries = {"cc:TR", "cc:SY", "geo:3169070"}, {"TR", "SY", "IT"}
    assert kept.scope_of("cc:TR", {"cc:TR"}, core, countries) == "cc:TR"
    assert kept.scope_of("cc:SY", {"cc:SY"}, core, countries) == "cc:SY"
    assert kept.scope_of("geo:3169070", {"geo:3169070"}, core, countries) == ""  # a core city: the whole, as before
    # one country at the core: its count is the whole
    assert kept.scope_of("cc:TR", {"cc:TR"}, {"cc:TR", "geo:3169070"}, countries) == ""
