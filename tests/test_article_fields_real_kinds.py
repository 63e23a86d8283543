"""Kinds of main-field mistakes seen on real page dumps, each shown on invented pages.

* a caption or credit line ("Graphic Studio Noord", photo captions above the headline)
  is not a headline, and caption paragraphs above a headline are not the body;
* a headline that reads like a list header ("Nieuws uit ...") at the top of a page with
  running text below is the headline, not the start of a teaser list;
* a relative day opening a headline ("Morgen ...") is a word of it, not a teaser's age;
* a page title printed with its description ("Headline : Blog Name The description.")
  names the section.
"""

from __future__ import annotations

from datetime import datetime, timezone

from claimtrack.document import Document
from claimtrack.segment import segment

FETCHED = datetime(2026, 3, 14, 18, 0, tzinfo=timezone.utc)


def _main(text: str, language: str = "nl"):
    articles, _ = segment(Document(text=text, fetched_at=FETCHED), language)
    return articles


def _body_opening(text: str, article) -> str:
    return text[article.body.start : article.body.start + 30]


def test_a_graphic_credit_line_is_no_headline():
    text = (
        "Graphic Studio Noord\n\n"
        "Het waterschap heeft sinds de storm van vorige week meer dan 1.400 meldingen van schade aan dijken "
        "ontvangen. Dat bevestigt een woordvoerder dinsdag.\n\n"
        "De storm trok vorige week over het noorden van de provincie.\n"
    )
    (main,) = _main(text)
    assert main.headline is None
    assert _body_opening(text, main) == "Het waterschap heeft sinds de "
    text2 = text.replace("Graphic Studio Noord", "Illustratie Sanne Bos")
    assert _main(text2)[0].headline is None


def test_caption_paragraphs_above_a_headline_are_not_the_body():
    text = (
        "Maart 2024: bewoners stapelden zandzakken op langs de kade van de Veerhaven, waar vroeger de oude vismijn van "
        "de stad stond en nu een parkeerterrein ligt\n\n"
        "| Maart 2024, vrijwilligers deelden soep uit bij het noodcentrum in de sporthal.\n\n"
        "Interactief\n\n"
        "Ruim een kwart meer meldingen van wateroverlast in Drechtburg\n\n"
        "© Hollandse Hoogte - Stadskrant\n"
        "14/03/2024\n"
        "Updated: 14/03/2024 16.05u\n\n"
        "Volgens een nieuwe telling kreeg de gemeente dit voorjaar 2.315 meldingen van wateroverlast. Dat zegt "
        "de dienst Stadsbeheer.\n\n"
        "Het gaat om een stijging met ruim 25 procent in vergelijking met vorig jaar.\n"
    )
    (main,) = _main(text)
    assert main.headline.text == "Ruim een kwart meer meldingen van wateroverlast in Drechtburg"
    assert _body_opening(text, main) == "Volgens een nieuwe telling kre"


def test_two_paragraphs_of_one_body_stay_the_body():
    text = (
        "Brug bij Veerhaven weken dicht\n\n"
        "De brug over de Veerhaven blijft zeker drie weken dicht voor herstel. Dat meldt de gemeente.\n\n"
        "Fietsers moeten omrijden via de Lange Kade.\n"
    )
    (main,) = _main(text)
    assert main.headline.text == "Brug bij Veerhaven weken dicht"
    assert _body_opening(text, main) == "De brug over de Veerhaven blij"


def test_a_headline_shaped_like_a_list_header_at_the_top_is_the_headline():
    text = (
        "Nieuws uit de begrotingsnacht van uur tot uur\n\n"
        "null Beeld Hollandse Hoogte\n"
        "Beeld Hollandse Hoogte\n\n"
        "De begroting is een dag te vroeg uitgelekt. Lees hier terug hoe de nacht verliep, van uur tot uur.\n\n"
        "23.10 uur: Het kabinet trekt 40 miljoen euro uit voor het onderhoud van sluizen in het oosten van het land.\n"
    )
    articles = _main(text)
    assert [a.role for a in articles] == ["main"]
    assert articles[0].headline.text == "Nieuws uit de begrotingsnacht van uur tot uur"
    assert articles[0].section is None
    assert text[: articles[0].body.end].endswith("in het oosten van het land.")


def test_a_list_header_below_an_article_still_opens_the_list():
    text = (
        "Brug bij Veerhaven weken dicht\n\n"
        "DRECHTBURG (ANP) - De brug over de Veerhaven blijft zeker drie weken dicht. Dat meldt de gemeente.\n\n"
        "Nieuws uit Binnenland\n"
        "ZWOLLE (ANP) - Een vrachtwagen is dinsdag op de A28 gekanteld.\n"
    )
    articles = _main(text)
    assert [a.role for a in articles] == ["main", "teaser"]
    assert articles[1].section == "Binnenland"


def test_a_day_word_opening_a_headline_is_part_of_it():
    text = (
        "Morgen beslist de rechter over de sluiting van de haven\n\n"
        "De rechtbank in Drechtburg doet woensdag uitspraak in de zaak over de haven. Dat heeft een woordvoerder "
        "van de rechtbank gezegd.\n"
    )
    (main,) = _main(text)
    assert main.headline.text == "Morgen beslist de rechter over de sluiting van de haven"


def test_a_page_title_with_its_description_names_the_section():
    text = (
        "Rains Swamp Valley Towns : The Flood Desk Live updates from the county emergency office.\n"
        "Site logo Rains Swamp Valley Towns\n\n"
        "Rains Swamp Valley Towns\n\n"
        "County officials said Tuesday that 212 homes were flooded overnight and two people were missing.\n"
    )
    (main,) = _main(text, "en")
    assert main.headline.text == "Rains Swamp Valley Towns"
    assert main.section == "The Flood Desk"


def test_a_page_title_without_a_description_names_no_section():
    text = (
        "Rains swamp valley towns | News | County Courier\n\n"
        "Rains swamp valley towns\n\n"
        "County officials said Tuesday that 212 homes were flooded overnight and two people were missing.\n"
    )
    (main,) = _main(text, "en")
    assert main.headline.text == "Rains swamp valley towns"
    assert main.section is None


def test_a_live_blog_entry_title_and_clock_line_do_not_move_the_body():
    text = (
        "Rechtszaak over de haven van uur tot uur\n\n"
        "De rechtbank in Drechtburg behandelt vandaag de zaak over de sluiting van de haven. Wij volgen de zitting.\n\n"
        "Rechter wil eerst de havenmeester horen\n\n"
        "Update 14.05 uur\n\n"
        "De rechter heeft de zitting geopend en wil eerst de havenmeester horen over de 12 schepen in de haven.\n"
    )
    (main,) = _main(text)
    assert main.headline.text == "Rechtszaak over de haven van uur tot uur"
    assert _body_opening(text, main) == "De rechtbank in Drechtburg beh"
