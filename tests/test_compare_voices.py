"""Kinds of comparison mistakes left at 0.10, each shown on invented pages.

* one body's count relayed under several names ("the health ministry", "health officials",
  "het ministerie van Volksgezondheid", "de gezondheidsautoriteiten") is one voice whose
  count rises, not claimants at odds; a place inside a claimant ("Tarvik police", "de
  Molenbeekse politie") is where the count is, the claimant is the police;
* what is counted: bodies found, forecasts, counts listed in brackets after a total, a count of
  two countries joined, and a count over the last hours or days (a difference, not the toll).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from claimtrack.compare.groups import FigureRecord, group_event
from claimtrack.compare.voices import voice

UTC = timezone.utc
MORNING = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)


def _record(fid, doc, value, claimant, when, quantity="killed"):
    return FigureRecord(
        figure_id=fid, document_id=doc, doc_sha=f"sha{doc}", local_id=f"f{fid}", category="killed", unit=None,
        subject_key="x", place_key="", claimant=claimant, claimant_key=(claimant or "").casefold(), publisher=f"outlet{doc}",
        low=value, high=value, refers_to=when, span=str(value), counted="doden", evidence=f"{value} doden.",
        event=1, quantity=quantity, time_basis="article",
    )


@pytest.mark.parametrize(
    ("claimant", "key"),
    [
        ("the health ministry", "voice:health"),
        ("Health Ministry", "voice:health"),
        ("the Ministry of Health", "voice:health"),
        ("health officials", "voice:health"),
        ("het ministerie van Volksgezondheid", "voice:health"),
        ("de gezondheidsautoriteiten", "voice:health"),
        ("het gezondheidsministerie van Gaza", "voice:health"),
        ("Tarvik police", "voice:police"),
        ("de Molenbeekse politie", "voice:police"),
        ("de politie van Antwerpen", "voice:police"),
        ("police in Tarvik", "voice:police"),
        ("France's health ministry", "voice:health cc:FR"),
        ("the Dutch fire brigade", "voice:fire"),
        # a voice's words that only open a longer name name another body
        ("the police union", "the police union"),
        ("de politievakbond", "de politievakbond"),
        ("World Health Organization", "world health organization"),
        ("health ministry spokeswoman Mara Velt", "health ministry spokeswoman mara velt"),
    ],
)
def test_a_claimant_is_judged_by_its_voice(claimant, key):
    from claimtrack.compare.keys import text_key

    assert voice(text_key(claimant)) == key


def _verdict(records):
    (g,) = group_event(records)
    return [(d.claimant_a, d.value_a, d.claimant_b, d.value_b) for d in g.disagreements], [
        (r.claimant, r.before, r.after) for r in g.revisions
    ]


def test_one_ministry_under_three_names_is_a_rising_count():
    later = MORNING + timedelta(hours=6)
    records = [
        _record(1, 1, 40, "het ministerie van Volksgezondheid", MORNING),
        _record(2, 2, 52, "de gezondheidsautoriteiten", later),
        _record(3, 3, 52, "Health Ministry", later),
    ]
    disagreements, revisions = _verdict(records)
    assert disagreements == []
    assert revisions == [("de gezondheidsautoriteiten", (40, 40), (52, 52))]


def test_a_city_police_and_the_police_are_one_voice():
    records = [_record(1, 1, 7, "Tarvik police", MORNING), _record(2, 2, 9, "the police", MORNING + timedelta(hours=3))]
    disagreements, revisions = _verdict(records)
    assert disagreements == []
    assert revisions == [("the police", (7, 7), (9, 9))]


def test_another_body_beside_a_voice_still_disagrees():
    later = MORNING + timedelta(hours=6)
    records = [
        _record(1, 1, 40, "the health ministry", MORNING),
        _record(2, 2, 52, "World Health Organization", MORNING),  # at one moment (later and higher: an update)
        _record(3, 3, 12, "the police union", later),
        _record(4, 4, 15, "Tarvik police", later),
    ]
    (g,) = group_event(records[:2])
    assert [{d.claimant_a, d.claimant_b} for d in g.disagreements] == [{"the health ministry", "World Health Organization"}]
    (g,) = group_event(records[2:])
    assert [{d.claimant_a, d.claimant_b} for d in g.disagreements] == [{"the police union", "Tarvik police"}]


# ---------------------------------------------------------------- what is counted: bodies found, forecasts


def _quantity(text: str, number: str, counted: str | None, category: str, language: str) -> str:
    from claimtrack.store.groups import FigureInput, key_figures

    i = text.index(number)
    c = text.index(counted) if counted else None
    row = FigureInput("f0", i, i + len(number), counted, category, None, 0)
    assert c is None or c >= i
    return key_figures(text, language, [row])[0]["quantity"]


@pytest.mark.parametrize(
    ("text", "number", "counted", "category", "language", "quantity"),
    [
        # bodies found or buried are not the toll a body reports
        ("Divers recovered 23 bodies from the Velm canal on Tuesday.", "23", "bodies", "killed", "en", "killed|bodies"),
        ("Duikers haalden dinsdag 23 lichamen uit het kanaal.", "23", "lichamen", "killed", "nl", "killed|bodies"),
        ("At least 31 people died in the floods, the ministry said.", "31", "people died", "killed", "en", "killed"),
        ("Bij de overstromingen kwamen 31 mensen om.", "31", "mensen", "killed", "nl", "killed"),
        # a forecast crowd is not a crowd counted
        ("Organisers expected 10,000 farmers to join the march.", "10,000", "farmers", "people", "en", "participants|expected"),
        ("Er worden donderdag 5.000 betogers verwacht in Gent.", "5.000", "betogers", "people", "nl", "participants|expected"),
        ("Police said 6,000 farmers marched through the city.", "6,000", "farmers", "people", "en", "participants"),
        ("Volgens de politie kwamen 3.000 betogers naar Gent.", "3.000", "betogers", "people", "nl", "participants"),
        # ... but a toll expected to rise is today's toll
        ("The toll of 40 is expected to rise further.", "40", None, "killed", "en", "killed"),
        ("Er vielen 40 doden en dat aantal zal naar verwachting nog stijgen.", "40", "doden", "killed", "nl", "killed"),
    ],
)
def test_bodies_found_and_forecasts_are_their_own_count(text, number, counted, category, language, quantity):
    assert _quantity(text, number, counted, category, language) == quantity


def _keys(text: str, numbers: list[str], language: str) -> list[str]:
    from claimtrack.store.groups import FigureInput, key_figures

    rows, at = [], 0
    for n, number in enumerate(numbers):
        at = text.index(number, at)
        rows.append(FigureInput(f"f{n}", at, at + len(number), None, "killed", None, 0))
        at += len(number)
    return [k["quantity"] for k in key_figures(text, language, rows)]


@pytest.mark.parametrize(
    ("text", "numbers", "language", "quantities"),
    [
        ("Er vielen 15 doden (Velmar 12 doden, Osterkamp 3 doden), meldt het crisiscentrum.",
         ["15", "12", "3"], "nl", ["killed", "killed|part", "killed|part"]),
        ("The storm left 15 dead (12 dead in Halbury, 3 dead in Crewe Vale), officials said.",
         ["15", "12", "3"], "en", ["killed", "killed|part", "killed|part"]),
        # one other count in brackets is another voice or an earlier count, not a breakdown
        ("Police counted 40 dead (the ministry spoke of 45 dead).", ["40", "45"], "en", ["killed", "killed"]),
        # a bracket listing counts with nothing before it to break down
        ("Het weekend telde (zaterdag 4 doden, zondag 2 doden) de zwaarste tol.", ["4", "2"], "nl", ["killed", "killed"]),
    ],
)
def test_counts_listed_in_brackets_after_a_total_are_its_parts(text, numbers, language, quantities):
    assert _keys(text, numbers, language) == quantities


def _places(text: str, rows: list[tuple[str, str]], language: str) -> list[str]:
    from claimtrack.store.groups import FigureInput, key_figures

    inputs = []
    for n, (number, location) in enumerate(rows):
        i = text.index(number)
        inputs.append(FigureInput(f"f{n}", i, i + len(number), None, "killed", location, 0))
    return [k["place"] for k in key_figures(text, language, inputs)]


@pytest.mark.parametrize(
    ("text", "rows", "language", "places"),
    [
        # a count of two countries joined is the whole of the event, not the first country's part
        ("Het dodental in Frankrijk en Spanje is gestegen tot 412.", [("412", "in Frankrijk")], "nl", [""]),
        ("The storm killed 412 people in France and Spain.", [("412", "in France")], "en", [""]),
        ("Er vielen 412 doden in het zuiden van Frankrijk en het noorden van Spanje.",
         [("412", "in het zuiden van Frankrijk")], "nl", [""]),
        # one country's own count keeps its country; a city joined to it is no second country
        ("In Frankrijk vielen 300 doden, in Spanje 112.", [("300", "In Frankrijk"), ("112", "in Spanje")], "nl",
         ["cc:FR", "cc:ES"]),
        ("The storm killed 300 people in France and its neighbours.", [("300", "in France")], "en", ["cc:FR"]),
    ],
)
def test_a_count_of_two_countries_joined_is_the_whole(text, rows, language, places):
    assert _places(text, rows, language) == places


def test_bodies_found_more_than_the_day_before_are_a_difference():
    from claimtrack.compare.quantities import refine

    assert refine("killed|bodies", "Four", "bodies", "Four more bodies were recovered on Sunday.") == "killed|bodies change up"
    assert refine("killed", "Two", "people", "Two more people died in hospital.") == "killed|change up"
    assert refine("killed", "40", "dead", "There were 40 dead, more than on Monday.") == "killed"
    assert refine("killed", "40", "people", "40 people died, more than on Monday.") == "killed"


def test_more_bodies_found_never_meet_the_bodies_counted():
    sunday, monday = MORNING, MORNING + timedelta(days=1)
    records = [
        _record(1, 1, 30, "officials", sunday, quantity="killed|bodies"),
        _record(2, 2, 6, "the state government", monday, quantity="killed|bodies change up"),
        _record(3, 3, 36, "the state government", monday, quantity="killed|bodies"),
    ]
    groups = group_event(records)
    assert sorted(sorted(i for c in g.claims for i in c.figure_ids) for g in groups) == [[1, 3], [2]]
    assert not any(g.disagreement for g in groups)


@pytest.mark.parametrize(
    ("evidence", "span", "quantity"),
    [
        # a count over the last hours or days is the toll's rise in them
        ("Twelve people were killed in the storm over the last 24 hours, the mayor of Velm said.", "Twelve", "killed|change"),
        ("In the past 48 hours, 12 people died.", "12", "killed|change"),
        ("Er vielen 12 doden in de afgelopen drie dagen.", "12", "killed|change"),
        # a week or more may be the whole toll; a 'last' naming no hours or days; another clause's days
        ("The storm killed 412 people over the past week.", "412", "killed"),
        ("At least 40 people died, the last of them on Sunday.", "At least 40", "killed"),
        ("Sinds maandag vielen 52 doden; de laatste drie dagen waren het zwaarst.", "52", "killed"),
    ],
)
def test_a_count_over_the_last_hours_or_days_is_a_difference(evidence, span, quantity):
    from claimtrack.compare.quantities import refine

    assert refine("killed", span, None, evidence) == quantity
