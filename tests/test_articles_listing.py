"""Pages that hold several items with no list header, on invented pages.

* a wire listing repeats the shape "title" over a dateline-opened paragraph: each repeat
  after the first starts a new item (a teaser with that title and dateline);
* one article that quotes a dateline-like paragraph after running text, or under a
  short label, stays one article;
* a listed agency's credit alone ("(Reuters) - ", place "") is an item's dateline too, in
  such a listing and in a teaser list; an unlisted word in brackets is none.
"""

from __future__ import annotations

from datetime import datetime, timezone

from claimtrack.document import Document
from claimtrack.segment import segment

FETCHED = datetime(2026, 3, 14, 18, 0, tzinfo=timezone.utc)


def _articles(text: str, language: str):
    articles, _ = segment(Document(text=text, fetched_at=FETCHED), language)
    return articles


def _fields(text: str, article) -> tuple[str, str | None, str | None, tuple[str, ...], str]:
    d = article.dateline
    return (
        article.role,
        article.headline.text if article.headline else None,
        d.place if d else None,
        d.agencies if d else (),
        text[article.body.start : article.body.start + 20],
    )


WIRE_LIST = (
    "Latest headlines\n"
    "Harbour cranes halted as dockers walk out in Velmora\n"
    "VELMORA (Reuters) - Crane drivers at the port of Velmora stopped work on Tuesday over a pay offer, "
    "their union said, leaving nine ships waiting at anchor.\n"
    "Orchard growers count losses after late frost\n"
    "TARNBY, March 3 (Reuters) - Apple growers around Tarnby lost close to a third of their blossom "
    "to a frost on Sunday night, the regional growers' board estimated.\n"
    "Rail link to the coast reopens after landslide repairs\n"
    "KESTRAL (Reuters) - Trains ran again between Kestral and the coast on Tuesday after crews cleared "
    "a landslide that had closed the line for eleven days.\n"
)


def test_a_wire_listing_splits_each_titled_dateline_into_an_item():
    text = WIRE_LIST
    articles = _articles(text, "en")
    assert [_fields(text, a) for a in articles] == [
        ("main", "Harbour cranes halted as dockers walk out in Velmora", "VELMORA", ("Reuters",), "Crane drivers at the"),
        ("teaser", "Orchard growers count losses after late frost", "TARNBY", ("Reuters",), "Apple growers around"),
        ("teaser", "Rail link to the coast reopens after landslide repairs", "KESTRAL", ("Reuters",), "Trains ran again bet"),
    ]
    # each item's body ends with its own paragraph
    assert articles[0].body.text.endswith("nine ships waiting at anchor.")
    assert articles[1].body.text.endswith("growers' board estimated.")


def test_an_agency_video_list_with_blank_lines_and_credit_lines():
    text = (
        "Agency Video\n\n"
        "Ferry crews rehearse a winter rescue off Dunmere\n\n\n"
        "Dunmere (AFP) – Crews from four ferry lines practise pulling passengers from icy water "
        "in a drill that the coastguard holds every December.\n\n"
        "©AFP\n\n"
        "Glassblowers of Orsa keep a fading craft alive\n\n\n"
        "Orsa (Veltria) (AFP) – A dozen workshops still blow glass by hand in the old quarter of Orsa, "
        "down from sixty a generation ago.\n\n"
        "©AFP\n"
    )
    articles = _articles(text, "en")
    assert [_fields(text, a) for a in articles] == [
        ("main", "Ferry crews rehearse a winter rescue off Dunmere", "Dunmere", ("AFP",), "Crews from four ferr"),
        ("teaser", "Glassblowers of Orsa keep a fading craft alive", "Orsa (Veltria)", ("AFP",), "A dozen workshops st"),
    ]


def test_a_dutch_wire_listing_splits_too():
    text = (
        "Gemaal Lindehoek draait weer na storing\n"
        "LINDEHOEK (ANP) - Het gemaal bij Lindehoek pompt sinds woensdagochtend weer water uit de polder, "
        "meldt het waterschap.\n"
        "Veerpont tussen Arnstee en Vollum vaart niet\n"
        "ARNSTEE (ANP) - De veerpont tussen Arnstee en Vollum blijft tot vrijdag aan de kant door een kapotte schroef.\n"
    )
    articles = _articles(text, "nl")
    assert [_fields(text, a) for a in articles] == [
        ("main", "Gemaal Lindehoek draait weer na storing", "LINDEHOEK", ("ANP",), "Het gemaal bij Linde"),
        ("teaser", "Veerpont tussen Arnstee en Vollum vaart niet", "ARNSTEE", ("ANP",), "De veerpont tussen A"),
    ]


def test_an_article_quoting_a_dateline_after_running_text_stays_one():
    text = (
        "Mayor of Brennick defends budget cuts\n"
        "BRENNICK (Reuters) - The mayor of Brennick said on Monday the city would close two libraries "
        "to balance its books.\n"
        "A statement read out at the council meeting began with the same words the wire had used.\n"
        "HALDEN (Reuters) - A second council, in Halden, voted on a similar plan later that evening.\n"
        "Both plans go to a regional vote in May.\n"
    )
    (main,) = _articles(text, "en")
    assert _fields(text, main) == ("main", "Mayor of Brennick defends budget cuts", "BRENNICK", ("Reuters",), "The mayor of Brennic")
    assert main.body.text.endswith("regional vote in May.")


def test_an_article_whose_first_dateline_has_no_title_over_it_stays_one():
    # the repeated shape needs the first item to be titled too: here the page opens with the
    # dateline, so a titled dateline further down is a quoted wire line, not a second item
    text = (
        "SELMOUTH (AP) — Fishermen in Selmouth landed their smallest cod catch in a decade this week.\n"
        "What the harbour master told the council\n"
        "SELMOUTH (AP) — The harbour master said the quota would be cut again next spring.\n"
        "He gave no figure.\n"
    )
    (main,) = _articles(text, "en")
    assert _fields(text, main) == ("main", None, "SELMOUTH", ("AP",), "Fishermen in Selmout")
    assert main.body.text.endswith("He gave no figure.")


def test_a_short_label_over_a_dateline_is_not_a_title():
    # a two-word label ("Read also") over a quoted dateline paragraph: below the headline length
    text = (
        "Storm closes schools along the Pellan coast\n"
        "PELLAN (AP) — Schools along the Pellan coast stayed shut on Friday as gusts reached 110 km/h.\n"
        "Earlier warning\n"
        "PELLAN (AP) — Forecasters had warned of the storm two days before it arrived.\n"
    )
    (main,) = _articles(text, "en")
    assert _fields(text, main) == ("main", "Storm closes schools along the Pellan coast", "PELLAN", ("AP",), "Schools along the Pe")
    assert main.body.text.endswith("two days before it arrived.")


def test_a_rule_line_over_a_dateline_is_no_title():
    # "* * * *" has four pieces but no letters: no item's headline
    text = (
        "Bridge toll in Carrow rises for lorries\n"
        "CARROW (Reuters) - Lorries will pay more to cross the Carrow bridge from June, the operator said.\n"
        "* * * *\n"
        "CARROW (Reuters) - Cars keep the old toll.\n"
    )
    (main,) = _articles(text, "en")
    assert _fields(text, main) == ("main", "Bridge toll in Carrow rises for lorries", "CARROW", ("Reuters",), "Lorries will pay mor")
    assert main.body.text.endswith("Cars keep the old toll.")


def test_a_wire_credit_alone_dates_a_listing_item():
    text = (
        "Harbour cranes halted as dockers walk out in Velmora\n"
        "VELMORA (Reuters) - Crane drivers at the port of Velmora stopped work on Tuesday over a pay offer.\n"
        "Kettlewick Foods to sell its frozen pizza arm\n"
        "(Reuters) - Kettlewick Foods said on Tuesday it would sell its frozen pizza business to a rival for $40 million.\n"
        "Orchard growers count losses after late frost\n"
        "TARNBY (Reuters) - Apple growers around Tarnby lost close to a third of their blossom.\n"
    )
    articles = _articles(text, "en")
    assert [_fields(text, a) for a in articles] == [
        ("main", "Harbour cranes halted as dockers walk out in Velmora", "VELMORA", ("Reuters",), "Crane drivers at the"),
        ("teaser", "Kettlewick Foods to sell its frozen pizza arm", "", ("Reuters",), "Kettlewick Foods sai"),
        ("teaser", "Orchard growers count losses after late frost", "TARNBY", ("Reuters",), "Apple growers around"),
    ]
    d = articles[1].dateline
    assert text[d.start : d.end] == "(Reuters) -"


def test_a_wire_credit_alone_dates_a_teaser_under_a_list_header():
    text = (
        "Dijk bij Oosterlo wordt verhoogd\n"
        "OOSTERLO (ANP) - Het waterschap begint maandag met het verhogen van de dijk bij Oosterlo.\n"
        "Meer uit Binnenland\n"
        "(ANP) - Een vrachtwagen met bloembollen is dinsdag op de A7 gekanteld.\n"
        "12 minuten geleden\n"
    )
    articles = _articles(text, "nl")
    assert [_fields(text, a) for a in articles] == [
        ("main", "Dijk bij Oosterlo wordt verhoogd", "OOSTERLO", ("ANP",), "Het waterschap begin"),
        ("teaser", None, "", ("ANP",), "Een vrachtwagen met "),
    ]
    assert articles[1].published.expression.text == "12 minuten geleden"


def test_an_unlisted_word_in_brackets_dates_no_item():
    text = (
        "Harbour cranes halted as dockers walk out in Velmora\n"
        "VELMORA (Reuters) - Crane drivers at the port of Velmora stopped work on Tuesday over a pay offer.\n"
        "What the union asked for in the talks\n"
        "(Updated) - The union asked for a rise of four percent over two years.\n"
    )
    (main,) = _articles(text, "en")
    assert _fields(text, main) == ("main", "Harbour cranes halted as dockers walk out in Velmora", "VELMORA", ("Reuters",), "Crane drivers at the")
    assert main.body.text.endswith("four percent over two years.")


# A listing that puts a time line over each title: the time belongs to the item under it.
STAMPED_LIST = (
    "Regional wire\n"
    "April 9, 2025 4:40 p.m.\n"
    "Ferry crews on Lindholm agree a new winter roster\n"
    "LINDHOLM (AP) - Deckhands and pursers on the Lindholm ferries accepted a revised winter roster "
    "on Wednesday after four weeks of talks.\n"
    "April 9, 2025 3:55 p.m.\n"
    "Library in Corvale extends its opening hours for exams\n"
    "CORVALE (AP) - The public library in Corvale will stay open until midnight during the exam "
    "weeks, its board decided.\n"
    "April 9, 2025 1:20 p.m.\n"
    "Storm topples old beech trees along the Dunmere canal\n"
    "DUNMERE (AP) - Gusts of wind brought down seven beech trees along the canal path in Dunmere "
    "overnight, blocking it for cyclists.\n"
)


def _times(articles) -> list[str | None]:
    return [a.published.expression.text if a.published else None for a in articles]


def test_a_time_line_over_each_title_dates_the_item_under_it():
    text = STAMPED_LIST
    articles = _articles(text, "en")
    assert [_fields(text, a) for a in articles] == [
        ("main", "Ferry crews on Lindholm agree a new winter roster", "LINDHOLM", ("AP",), "Deckhands and purser"),
        ("teaser", "Library in Corvale extends its opening hours for exams", "CORVALE", ("AP",), "The public library i"),
        ("teaser", "Storm topples old beech trees along the Dunmere canal", "DUNMERE", ("AP",), "Gusts of wind brough"),
    ]
    # before: each teaser took the next item's time, the last none
    assert _times(articles) == ["April 9, 2025 4:40 p.m.", "April 9, 2025 3:55 p.m.", "April 9, 2025 1:20 p.m."]
    assert articles[1].published.value == datetime(2025, 4, 9, 15, 55, tzinfo=timezone.utc)
    assert articles[0].body.text.endswith("after four weeks of talks.")


def test_a_dutch_listing_with_an_age_over_each_title():
    text = (
        "12 minuten geleden\n"
        "Gemeente Valkendam sluit de oude brug voor vrachtverkeer\n"
        "VALKENDAM (ANP) - Vrachtwagens mogen vanaf maandag niet meer over de oude brug in Valkendam, "
        "heeft de gemeente besloten.\n"
        "3 uur geleden\n"
        "Zwembad in Oosterlaan gaat na verbouwing weer open\n"
        "OOSTERLAAN (ANP) - Het overdekte zwembad van Oosterlaan opent zaterdag weer, na een verbouwing "
        "van acht maanden.\n"
    )
    articles = _articles(text, "nl")
    assert [_fields(text, a)[:3] for a in articles] == [
        ("main", "Gemeente Valkendam sluit de oude brug voor vrachtverkeer", "VALKENDAM"),
        ("teaser", "Zwembad in Oosterlaan gaat na verbouwing weer open", "OOSTERLAAN"),
    ]
    assert articles[1].published.expression.text == "3 uur geleden"
    assert articles[1].published.value == datetime(2026, 3, 14, 15, 0, tzinfo=timezone.utc)


def test_a_time_line_closing_an_item_with_no_time_over_the_first_title_stays_with_it():
    # no time over the first title: the list does not put times over titles, so a time
    # line after an item's text is that item's (it follows it), as before
    text = (
        "Ferry crews on Lindholm agree a new winter roster\n"
        "LINDHOLM (AP) - Deckhands and pursers on the Lindholm ferries accepted a revised winter roster "
        "on Wednesday after four weeks of talks.\n"
        "April 9, 2025 3:55 p.m.\n"
        "Library in Corvale extends its opening hours for exams\n"
        "CORVALE (AP) - The public library in Corvale will stay open until midnight during the exam "
        "weeks, its board decided.\n"
    )
    articles = _articles(text, "en")
    assert [_fields(text, a)[:3] for a in articles] == [
        ("main", "Ferry crews on Lindholm agree a new winter roster", "LINDHOLM"),
        ("teaser", "Library in Corvale extends its opening hours for exams", "CORVALE"),
    ]
    assert articles[1].published is None
