"""Article fields in shapes that outlets outside the scored set print, on invented pages.

* a dateline naming two places ("VELDHOORN/KAAPDORP (ANP) - ");
* a wire credit whose dash touches the body ("ORVIK (Reuters) -The ...");
* an Indian wire credit after a date, with no dash ("Mirpur, Oct 8 (PTI) The ...");
* an agency closing the date without brackets ("PERTHWOOD, Aug 3 AAP - ");
* a date and an agency with no place ("Nov. 12 (Bloomberg) -- ");
* a caption closing with an agency's credit ("... PTI Photo", "ANNA WEL/AP PHOTO");
* a kicker line over a headline that repeats it before a colon ("Storm Ada" over
  "Storm Ada: ...") is not the headline;
* a clock printed before the day ("Updated: 4:15pm, 9 Nov 2025"), or on the line under
  it in the Flemish way ("22 januari 2026" over "14u05"), makes the stamp a minute;
* a zone printed after the clock ("17.40 BST") is the zone the clock is read in;
* a byline glued to the dateline on one line ("By Ann Lee ORVIK (Reuters) - ...");
* the sentence over a line holding only a photo credit is that photo's caption;
* a media or live-blog label line ("Video", "Liveblog") between the headline and the
  first item's title does not end the headline block;
* a section label alone on the line over the headline ("Buitenland") names the section and
  is never the headline;
* a listing page's label line ("Latest Headlines", "Laatste nieuws in {section}" over a
  title) is not the headline; a headline that merely opens with such words stays one;
* a country in brackets between the place and the agency ("Kolvik (Duraland) (AFP) –") is
  part of the place as printed; an age or party in brackets after a name is no dateline;
* the day a dateline prints with its year is the article's time where the page states no other.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from claimtrack.document import Document
from claimtrack.model import Span
from claimtrack.segment import segment
from claimtrack.timeref import find_time_expressions

FETCHED = datetime(2026, 3, 14, 18, 0, tzinfo=timezone.utc)


def _articles(text: str, language: str):
    articles, _ = segment(Document(text=text, fetched_at=FETCHED), language)
    return articles


def _dateline(text: str, article) -> tuple[str, tuple[str, ...], str]:
    d = article.dateline
    return d.place, d.agencies, text[d.start : d.end]


def _body_opening(text: str, article) -> str:
    return text[article.body.start : article.body.start + 24]


def test_a_dateline_naming_two_places():
    text = (
        "Brandweer blust loods na uren\n"
        "VELDHOORN/KAAPDORP (ANP) - Een loods aan de rand van Veldhoorn is donderdagnacht afgebrand. "
        "De brandweer van Kaapdorp hielp bij het blussen, meldt de veiligheidsregio.\n"
        "Niemand raakte gewond.\n"
    )
    (main,) = _articles(text, "nl")
    assert _dateline(text, main) == ("VELDHOORN/KAAPDORP", ("ANP",), "VELDHOORN/KAAPDORP (ANP) -")
    assert _body_opening(text, main) == "Een loods aan de rand va"


def test_a_slash_between_words_that_are_no_places_makes_no_dateline():
    text = (
        "Brandweer blust loods na uren\n"
        "Wel/niet blussen - dat was de vraag die de brandweer van Kaapdorp donderdagnacht moest beantwoorden.\n"
    )
    (main,) = _articles(text, "nl")
    assert main.dateline is None


def test_a_wire_credit_whose_dash_touches_the_body():
    text = (
        "Port authority lifts fuel curbs\n\n"
        "ORVIK (Reuters) -The port authority of Orvik lifted its fuel curbs on Wednesday, two days after "
        "a tanker ran aground near the harbour mouth, officials said.\n\n"
        "Ships queued for 31 hours at the outer buoys.\n"
    )
    (main,) = _articles(text, "en")
    assert _dateline(text, main) == ("ORVIK", ("Reuters",), "ORVIK (Reuters) -")
    assert _body_opening(text, main) == "The port authority of Or"


def test_a_touching_dash_without_a_known_agency_makes_no_dateline():
    text = (
        "Port authority lifts fuel curbs\n\n"
        "ORVIK (Harbour Desk) -The port authority of Orvik lifted its fuel curbs on Wednesday, two days after "
        "a tanker ran aground near the harbour mouth, officials said.\n"
    )
    (main,) = _articles(text, "en")
    assert main.dateline is None


def test_an_indian_wire_credit_after_a_date_without_a_dash():
    text = (
        "State opens 40 new flood shelters\n"
        "Mirpur, Oct 8 (PTI) The state government on Thursday opened 40 new flood shelters along the river, "
        "a senior official said.\n"
        "About 2,300 families have moved in so far.\n"
    )
    (main,) = _articles(text, "en")
    assert _dateline(text, main) == ("Mirpur", ("PTI",), "Mirpur, Oct 8 (PTI)")
    assert _body_opening(text, main) == "The state government on "


def test_a_bracketed_name_without_a_date_or_dash_is_no_dateline():
    # "Name (party) Sentence" without a date: a name and a party, not a wire credit.
    text = (
        "State opens 40 new flood shelters\n"
        "Mirpur (PTI) The state government on Thursday opened 40 new flood shelters along the river, "
        "a senior official said.\n"
    )
    (main,) = _articles(text, "en")
    assert main.dateline is None


def test_an_agency_closing_the_date_without_brackets():
    text = (
        "Latest Bulletins\n\n"
        "PERTHWOOD, Aug 3 AAP - The inquest into the ferry fire at Perthwood wharf opened on Monday.\n"
        "Nine witnesses are expected to give evidence.\n"
    )
    (main,) = _articles(text, "en")
    assert _dateline(text, main) == ("PERTHWOOD", ("AAP",), "PERTHWOOD, Aug 3 AAP -")
    assert _body_opening(text, main) == "The inquest into the fer"


def test_an_unlisted_word_closing_the_date_is_no_agency():
    text = (
        "Latest Bulletins\n\n"
        "PERTHWOOD, Aug 3 Desk - The inquest into the ferry fire at Perthwood wharf opened on Monday.\n"
    )
    (main,) = _articles(text, "en")
    assert _dateline(text, main) == ("PERTHWOOD", (), "PERTHWOOD, Aug 3 Desk -")


def test_a_date_and_an_agency_with_no_place():
    text = (
        "Lenders Brace for Slower Quarter, Survey Shows\n"
        "Nov. 12 (Bloomberg) -- Lenders in the region expect loan growth to slow this quarter, a survey of "
        "47 banks showed.\n"
        "The survey ran for two weeks.\n"
    )
    (main,) = _articles(text, "en")
    assert _dateline(text, main) == ("", ("Bloomberg",), "Nov. 12 (Bloomberg) --")
    assert _body_opening(text, main) == "Lenders in the region ex"


def test_a_date_and_an_unlisted_credit_make_no_dateline():
    text = (
        "Lenders Brace for Slower Quarter, Survey Shows\n"
        "Nov. 12 (Staff) -- Lenders in the region expect loan growth to slow this quarter, a survey of "
        "47 banks showed.\n"
    )
    (main,) = _articles(text, "en")
    assert main.dateline is None


def test_a_caption_closing_with_an_agency_photo_credit_is_no_headline():
    text = (
        "Minister Rao greets farmers at the fair in Mirpur. PTI Photo\n\n"
        "Minister promises cheaper seed for small farms\n"
        "Mirpur, Oct 8 (PTI) Farm minister Leela Rao on Thursday promised cheaper seed for farms under "
        "two hectares, officials said.\n"
    )
    (main,) = _articles(text, "en")
    assert main.headline.text == "Minister promises cheaper seed for small farms"
    upper = text.replace("Minister Rao greets farmers at the fair in Mirpur. PTI Photo", "ANNA WEL/AP PHOTO")
    assert _articles(upper, "en")[0].headline.text == "Minister promises cheaper seed for small farms"


def test_a_headline_ending_in_an_unlisted_name_and_photo_stays_the_headline():
    text = (
        "Village wins national prize for best street photo\n"
        "Mirpur, Oct 8 (PTI) A village near Mirpur won the national prize on Thursday, officials said.\n"
    )
    (main,) = _articles(text, "en")
    assert main.headline.text == "Village wins national prize for best street photo"


def test_a_kicker_over_a_headline_that_repeats_it_before_a_colon():
    text = (
        "Storm Ada\n"
        "Storm Ada: dikes hold as river peaks in Lowmere\n\n"
        "The river at Lowmere peaked at 6.4 metres on Sunday night and the dikes held, the water board said.\n"
    )
    (main,) = _articles(text, "en")
    assert main.headline.text == "Storm Ada: dikes hold as river peaks in Lowmere"


def test_a_title_printed_again_inside_the_page_title_is_still_the_headline():
    text = (
        "Dikes hold as river peaks in Lowmere | Lowmere Courier\n"
        "Dikes hold as river peaks in Lowmere\n\n"
        "The river at Lowmere peaked at 6.4 metres on Sunday night and the dikes held, the water board said.\n"
    )
    (main,) = _articles(text, "en")
    assert main.headline.text == "Dikes hold as river peaks in Lowmere"
    assert (main.headline.start, main.headline.end) == (text.index("\nDikes") + 1, text.index("\n\nThe"))


def test_a_bracketed_name_later_in_the_first_line_leaves_a_spaced_dateline_alone():
    text = (
        "WESTERVEEN - In Westerveen is vanmiddag een schuur afgebrand. Volgens de Brandweer Noordrand (BNR) "
        "Het vuur was snel onder controle.\n"
        "Er raakte niemand gewond.\n"
    )
    (main,) = _articles(text, "nl")
    assert _dateline(text, main) == ("WESTERVEEN", (), "WESTERVEEN -")


def _stamp(text: str, article) -> tuple[str, datetime | None, str]:
    p = article.published
    return text[p.expression.start : p.expression.end], p.value, p.granularity


def test_a_clock_printed_before_the_day_makes_the_stamp_a_minute():
    text = (
        "Ferry strike ends after nine days\n"
        "Updated: 4:15pm, 9 Nov 2025\n\n"
        "Ferry crews at Lowmere returned to work on Sunday after a nine-day strike, the union said.\n"
    )
    (main,) = _articles(text, "en")
    assert _stamp(text, main) == ("4:15pm, 9 Nov 2025", datetime(2025, 11, 9, 16, 15, tzinfo=timezone.utc), "minute")


def test_a_day_stamp_without_a_clock_stays_a_day():
    text = (
        "Ferry strike ends after nine days\n"
        "Updated: 9 Nov 2025\n\n"
        "Ferry crews at Lowmere returned to work on Sunday after a nine-day strike, the union said.\n"
    )
    (main,) = _articles(text, "en")
    assert _stamp(text, main) == ("9 Nov 2025", datetime(2025, 11, 9, tzinfo=timezone.utc), "day")


def test_a_flemish_clock_on_the_line_under_the_day():
    text = (
        "Brand in loods aan de Scheldekaai\n\n"
        "22 januari 2026\n\n"
        "14u05\n\n"
        "In een loods aan de Scheldekaai is vanmiddag brand uitgebroken. De brandweer is met vier wagens ter plaatse.\n"
    )
    (main,) = _articles(text, "nl")
    assert main.headline.text == "Brand in loods aan de Scheldekaai"
    assert _stamp(text, main) == ("22 januari 2026\n\n14u05", datetime(2026, 1, 22, 14, 5, tzinfo=timezone.utc), "minute")


def test_a_letter_between_hours_and_minutes_is_a_clock_only_where_the_language_has_it():
    nl = "vrijdag 22 januari 2026, 14u05"
    assert [e.text for e in find_time_expressions(nl, Span.of(nl, 0, len(nl)), "nl")] == [nl]
    en = "Friday 22 January 2026, 14u05"
    assert [e.text for e in find_time_expressions(en, Span.of(en, 0, len(en)), "en")] == ["Friday 22 January 2026"]


def test_a_zone_after_the_clock_is_the_zone_it_is_read_in():
    text = (
        "Ferry strike ends after nine days\n"
        "Tue 9 Jun 2026 17.40 BST\n\n"
        "Ferry crews at Lowmere returned to work on Tuesday after a nine-day strike, the union said.\n"
    )
    (main,) = _articles(text, "en")
    bst = timezone(timedelta(hours=1))
    assert _stamp(text, main) == ("Tue 9 Jun 2026 17.40", datetime(2026, 6, 9, 17, 40, tzinfo=bst), "minute")
    before = text.replace("Tue 9 Jun 2026 17.40 BST", "Published 08:05 BST 9 June 2026")
    assert _stamp(before, _articles(before, "en")[0]) == (
        "08:05 BST 9 June 2026", datetime(2026, 6, 9, 8, 5, tzinfo=bst), "minute"
    )


def test_an_ambiguous_zone_leaves_the_clock_in_the_page_zone():
    text = (
        "Ferry strike ends after nine days\n"
        "Tue 9 Jun 2026 17.40 ET\n\n"
        "Ferry crews at Lowmere returned to work on Tuesday after a nine-day strike, the union said.\n"
    )
    (main,) = _articles(text, "en")
    assert _stamp(text, main) == ("Tue 9 Jun 2026 17.40", datetime(2026, 6, 9, 17, 40, tzinfo=timezone.utc), "minute")


def test_a_byline_glued_to_the_dateline_on_one_line():
    text = (
        "Port authority lifts fuel curbs\n"
        "By Mara Holt and Jonas Vey ORVIK (Reuters) -The port authority of Orvik lifted its fuel curbs on "
        "Wednesday, officials said.\n"
    )
    (main,) = _articles(text, "en")
    assert _dateline(text, main) == ("ORVIK", ("Reuters",), "ORVIK (Reuters) -")
    assert _body_opening(text, main) == "The port authority of Or"
    caps = (
        "Port authority lifts fuel curbs\n"
        "By MARA HOLT Associated Press NEW PORT, Vell. (AP) — The port authority lifted its fuel curbs on "
        "Wednesday, officials said.\n"
    )
    (main,) = _articles(caps, "en")
    assert _dateline(caps, main) == ("NEW PORT, Vell.", ("AP",), "NEW PORT, Vell. (AP) —")


def test_a_sentence_opening_with_by_and_a_word_in_capitals_has_no_dateline():
    text = (
        "Port authority lifts fuel curbs\n"
        "By noon the ORVIK harbour had reopened to tankers and ferries, officials said on Wednesday.\n"
    )
    (main,) = _articles(text, "en")
    assert main.dateline is None


def test_the_sentence_over_a_credit_line_is_its_caption():
    text = (
        "Tugs pull a tanker off the sandbank near Orvik, Monday, Oct. 5, 2026.\n\n"
        "MARA HOLT/AP PHOTO\n\n"
        "ORVIK (AP) — The port authority of Orvik lifted its fuel curbs on Wednesday, officials said.\n"
    )
    (main,) = _articles(text, "en")
    assert main.headline is None
    titled = "Port authority lifts fuel curbs after tanker grounding\nPort News\n\n" + text
    assert _articles(titled, "en")[0].headline.text == "Port authority lifts fuel curbs after tanker grounding"


def test_a_sentence_over_a_caption_with_its_own_text_is_not_passed_over():
    # only a line holding the credit alone makes the sentence above it a caption
    text = (
        "Tugs pull a tanker off the sandbank near Orvik, officials said on Monday.\n\n"
        "A tanker stuck near the harbour mouth since Friday is free. Photo: Mara Holt\n\n"
        "ORVIK (AP) — The port authority of Orvik lifted its fuel curbs on Wednesday, officials said.\n"
    )
    (main,) = _articles(text, "en")
    assert main.headline.text == "Tugs pull a tanker off the sandbank near Orvik, officials said on Monday."


def test_a_live_blog_label_between_the_headline_and_the_first_entry():
    text = (
        "Storm over Zuidmark: bomen op de weg en treinen rijden niet\n"
        "Liveblog\n"
        "Geen treinen tussen Velde en Aarstad\n"
        "Door een omgewaaide boom rijden er tot zeker vier uur geen treinen tussen Velde en Aarstad, meldt de spoorbeheerder.\n"
    )
    (main,) = _articles(text, "nl")
    assert main.headline.text == "Storm over Zuidmark: bomen op de weg en treinen rijden niet"


def test_the_title_under_a_live_blog_label_alone_is_no_headline():
    text = (
        "Liveblog\n"
        "Geen treinen tussen Velde en Aarstad\n"
        "Door een omgewaaide boom rijden er tot zeker vier uur geen treinen tussen Velde en Aarstad, meldt de spoorbeheerder.\n"
    )
    (main,) = _articles(text, "nl")
    assert main.headline is None


def test_a_video_label_between_the_headline_and_the_clip_title():
    text = (
        "Ferry crews end nine-day strike at Lowmere\n"
        "Video\n"
        "Crews walk back to the quay\n\n"
        "Ferry crews at Lowmere returned to work on Sunday after a nine-day strike, the union said.\n"
    )
    (main,) = _articles(text, "en")
    assert main.headline.text == "Ferry crews end nine-day strike at Lowmere"


# A section label alone on the line over the headline (lang page.toml `section_labels`).


def test_a_section_label_over_the_headline_names_the_section():
    text = (
        "Buitenland\n"
        "Havenkranen in Moravik liggen twee dagen stil na blikseminslag\n"
        "MORAVIK (ANP) - In de haven van Moravik staan sinds dinsdag alle kranen stil nadat de bliksem insloeg in een verdeelstation.\n"
    )
    (main,) = _articles(text, "nl")
    assert main.section == "Buitenland"
    assert main.headline.text == "Havenkranen in Moravik liggen twee dagen stil na blikseminslag"


def test_a_section_label_with_nothing_under_it_but_the_body_is_no_headline():
    text = (
        "World News\n"
        "Tarnholm's council voted on Thursday to shut two of its four public libraries by the end of the year, a spokeswoman said.\n"
        "The vote passed by a single seat after a debate of six hours.\n"
    )
    (main,) = _articles(text, "en")
    assert main.headline is None
    assert main.section == "World News"


def test_a_headline_opening_with_a_section_word_stays_the_headline():
    text = (
        "Politiek in Velde wacht op besluit over nieuwe brug\n"
        "De gemeenteraad van Velde stelt het besluit over de brug over de Aar opnieuw uit, zei een wethouder woensdag.\n"
    )
    (main,) = _articles(text, "nl")
    assert main.headline.text == "Politiek in Velde wacht op besluit over nieuwe brug"
    assert main.section is None


def test_a_section_label_higher_up_than_the_line_over_the_headline_is_not_read():
    text = (
        "Sports\n"
        "Menu\n"
        "Harbour swim at Orvik called off as the water turns cold\n"
        "Organisers of the Orvik harbour swim called off Saturday's race after the water fell to nine degrees, they said.\n"
    )
    (main,) = _articles(text, "en")
    assert main.headline.text == "Harbour swim at Orvik called off as the water turns cold"
    assert main.section is None


# A listing page's label line (lang page.toml `listing_labels`).


def test_a_listing_label_over_a_wire_item_is_no_headline():
    text = (
        "Latest Headlines\n\n"
        "PERTHWOOD, Jun 4 AAP - Two lanes of the Perthwood bypass will stay shut until Friday after a truck spilled its load of gravel, police say.\n"
        "Drivers are asked to use the coast road.\n"
    )
    (main,) = _articles(text, "en")
    assert main.headline is None
    assert main.dateline.place == "PERTHWOOD"


def test_a_listing_label_with_a_section_over_a_title_names_the_section():
    text = (
        "Laatste nieuws in binnenland\n"
        "Bakker uit Ommerveld wint rechtszaak over gesloten winkelstraat\n"
        "Ommerveld, dinsdag, 3 februari 2026.\n"
        "Een bakker uit Ommerveld krijgt 8.000 euro van de gemeente omdat zijn straat maandenlang dicht zat, oordeelde de rechter.\n"
    )
    (main,) = _articles(text, "nl")
    assert main.headline.text == "Bakker uit Ommerveld wint rechtszaak over gesloten winkelstraat"
    assert main.section == "binnenland"


def test_a_headline_opening_with_latest_news_words_stays_the_headline():
    text = (
        "Laatste nieuws over de dijk bij Velde: bewoners mogen terug\n"
        "De bewoners van de polder bij Velde mogen vanavond terug naar huis, zegt de burgemeester.\n"
    )
    (main,) = _articles(text, "nl")
    assert main.headline.text == "Laatste nieuws over de dijk bij Velde: bewoners mogen terug"
    assert main.section is None


def test_a_listing_label_shaped_headline_with_no_title_under_it_stays_the_headline():
    text = (
        "Laatste nieuws in Moravik\n"
        "In Moravik zijn sinds zondag drie bruggen dicht voor al het verkeer, meldt de provincie.\n"
    )
    (main,) = _articles(text, "nl")
    assert main.headline.text == "Laatste nieuws in Moravik"
    assert main.section is None


def test_a_country_in_brackets_before_the_agency_is_part_of_the_place():
    text = (
        "Ferry workers strike over night shifts\n\n"
        "Kolvik (Duraland) (AFP) \u2013 Hundreds of ferry workers walked off the job in Kolvik on Monday, "
        "leaving the island route idle, while their union demanded fewer night shifts.\n"
    )
    (main,) = _articles(text, "en")
    assert _dateline(text, main) == ("Kolvik (Duraland)", ("AFP",), "Kolvik (Duraland) (AFP) \u2013")
    assert _body_opening(text, main) == "Hundreds of ferry worker"


def test_a_dutch_wire_dateline_with_the_country_in_brackets():
    text = (
        "Dijkwerkers vinden oude scheepsbel\n"
        "Zandloo (Wessenland) (Belga) - Bij werk aan een dijk bij Zandloo hebben arbeiders dinsdag een "
        "bronzen scheepsbel opgegraven, laat de gemeente weten.\n"
    )
    (main,) = _articles(text, "nl")
    assert _dateline(text, main) == ("Zandloo (Wessenland)", ("Belga",), "Zandloo (Wessenland) (Belga) -")
    assert _body_opening(text, main) == "Bij werk aan een dijk bi"


def test_a_bracketed_country_before_an_unlisted_credit_makes_no_dateline():
    text = (
        "Ferry workers strike over night shifts\n\n"
        "Kolvik (Duraland) (Harbour Gazette) \u2013 Hundreds of ferry workers walked off the job on Monday, "
        "the union of the island route said.\n"
    )
    (main,) = _articles(text, "en")
    assert main.dateline is None


def test_an_age_in_brackets_after_a_name_opening_the_body_is_no_dateline():
    text = (
        "Bakker sluit na veertig jaar\n"
        "Pieter Wolde (67) zegt dat hij zijn oven in Merkdorp na veertig jaar definitief uitzet. "
        "Zijn klanten kregen zaterdag een laatste krentenbol.\n"
    )
    (main,) = _articles(text, "nl")
    assert main.dateline is None
    assert _body_opening(text, main) == "Pieter Wolde (67) zegt d"


def test_a_party_in_brackets_after_a_name_opening_the_body_is_no_dateline():
    text = (
        "Senator backs canal levy\n\n"
        "Harlan Voss (R) (AP) said on Tuesday that he would back a levy on barges using the old canal, "
        "a shift from his vote last spring.\n"
    )
    (main,) = _articles(text, "en")
    assert main.dateline is None
    assert _body_opening(text, main) == "Harlan Voss (R) (AP) sai"


def test_a_dateline_day_with_its_year_is_the_time_of_a_page_with_no_other():
    text = (
        "Grain barges stranded by low river\n\n"
        "Dellmouth, Feb 3, 2019 (AFP) - Forty grain barges sat idle near Dellmouth on Sunday as the river "
        "fell to its lowest level in a decade, the shipping board said.\n"
    )
    (main,) = _articles(text, "en")
    assert main.published.expression.text == "Feb 3, 2019"
    assert main.published.granularity == "day"
    assert main.published.value.date() == datetime(2019, 2, 3).date()


def test_a_dateline_day_without_a_year_gives_no_time():
    text = (
        "Grain barges stranded by low river\n\n"
        "Dellmouth, Feb 3 (AFP) - Forty grain barges sat idle near Dellmouth on Sunday as the river "
        "fell to its lowest level in a decade, the shipping board said.\n"
    )
    (main,) = _articles(text, "en")
    assert main.dateline.place == "Dellmouth"
    assert main.published is None


def test_a_stamp_under_the_headline_wins_over_the_dateline_day():
    text = (
        "Grain barges stranded by low river\n"
        "5 February 2019, 08:30\n\n"
        "Dellmouth, Feb 3, 2019 (AFP) - Forty grain barges sat idle near Dellmouth on Sunday as the river "
        "fell to its lowest level in a decade, the shipping board said.\n"
    )
    (main,) = _articles(text, "en")
    assert main.published.expression.text == "5 February 2019, 08:30"
    assert main.published.granularity == "minute"
