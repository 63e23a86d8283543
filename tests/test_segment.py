"""Page segmentation: main article, teasers, datelines, agencies, sections, times."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.document import Document, normalise
from claimtrack.segment import _page, article_sentences, segment

from conftest import at, page

FETCHED = at("2026-01-16T15:00:00+01:00")


def seg(name: str, fetched_at=FETCHED, **kw):
    doc = Document(text=normalise(page(name)), fetched_at=fetched_at, **kw)
    articles, warnings = segment(doc, "nl")
    return doc.text, articles, warnings


def test_wire_dump_main_article():
    text, articles, warnings = seg("wire_dump.txt")
    main = articles[0]
    assert (main.id, main.role, main.section) == ("a0", "main", "Buitenland")
    assert main.headline.text == "Minister zegt dat 41 mijnwerkers zijn omgekomen bij instorting"
    assert (main.headline.start, main.headline.end) == (0, 62)
    assert main.dateline.place == "KARVINA"
    assert main.dateline.agencies == ("ANP", "DPA")
    assert text[main.dateline.start : main.dateline.end] == "KARVINA (ANP/DPA) -"
    assert main.body.text.startswith("De Tsjechische minister")
    assert main.body.text.endswith("zitten er nog zeker 12 mensen vast.")
    assert main.published is None  # the page gives no time for it
    assert warnings == ()


@pytest.mark.parametrize(
    ("index", "place", "agencies", "age", "value", "body_end"),
    [
        (1, "RIGA", ("ANP", "AFP"), "8 minuten geleden", "2026-01-16T14:52:00+01:00", "90 miljoen euro voor uit."),
        (2, "LISSABON", ("ANP", "RTR"), "45 minuten geleden", "2026-01-16T14:15:00+01:00", "bosbranden in het binnenland."),
        (3, "ATHENE", ("ANP",), "2 uur geleden", "2026-01-16T13:00:00+01:00", "van een vissersboot gehaald."),
    ],
)
def test_wire_dump_teasers_take_the_age_that_follows_them(index, place, agencies, age, value, body_end):
    text, articles, _ = seg("wire_dump.txt")
    assert len(articles) == 4
    teaser = articles[index]
    assert (teaser.id, teaser.role, teaser.section) == (f"a{index}", "teaser", "Buitenland")
    assert teaser.dateline.place == place
    assert teaser.dateline.agencies == agencies
    assert teaser.published.expression.text == age
    assert teaser.published.value == at(value)
    assert teaser.published.anchor == "fetched_at"
    assert teaser.body.text.endswith(body_end)
    assert "geleden" not in teaser.body.text


def test_glued_age_is_not_part_of_the_next_place():
    text, articles, _ = seg("wire_dump.txt")
    lisbon = articles[2].dateline
    assert text[lisbon.start : lisbon.end] == "LISSABON (ANP/RTR) -"
    assert text[lisbon.start - len("8 minuten geleden") : lisbon.start] == "8 minuten geleden"


def test_teaser_ages_without_fetch_time_stay_unresolved():
    _, articles, warnings = seg("wire_dump.txt", fetched_at=None)
    riga = articles[1]
    assert riga.published.expression.text == "8 minuten geleden"
    assert riga.published.value is None
    assert any("fetch time" in w for w in warnings)


def test_cookie_banner_and_menu_are_not_the_article():
    text, articles, warnings = seg("cookie_menu.txt")
    main = articles[0]
    assert main.headline.text == "Gemeente trekt 4 miljoen euro uit voor nieuwe fietsbrug"
    assert main.dateline is None
    assert "no dateline found in the main article" in warnings
    assert main.body.text.startswith("De gemeente Zwolle trekt 4 miljoen euro uit")
    assert main.body.text.endswith('zei hij tijdens de raadsvergadering.')
    assert main.published.value == at("2026-01-14T09:30:00+01:00")
    assert main.published.anchor == "absolute"
    assert main.published.expression.text == "14 januari 2026, 09:30"


def test_inline_links_and_bylines_are_not_sentences():
    text, articles, _ = seg("cookie_menu.txt")
    sentences = [s.text for s in article_sentences(text, articles[0], "nl")]
    assert sentences == [
        "Gemeente trekt 4 miljoen euro uit voor nieuwe fietsbrug",
        "De gemeente Zwolle trekt 4 miljoen euro uit voor een nieuwe fietsbrug over het Zwarte Water.",
        "Dat heeft wethouder Mark Kuipers dinsdag bekendgemaakt.",
        "Volgens Kuipers moet de brug in 2028 klaar zijn.",
        '"We kunnen niet langer wachten", zei hij tijdens de raadsvergadering.',
    ]


def test_bare_title_links_are_navigation_not_teasers():
    _, articles, _ = seg("cookie_menu.txt")
    assert [a.role for a in articles] == ["main"]


def test_teaser_with_title_summary_and_age():
    text = (
        "Kop van het bericht\n"
        "DEN HAAG (ANP) - Het kabinet zegt dat er niets aan de hand is.\n"
        "Meer nieuws\n"
        "Trein ontspoord bij Utrecht\n"
        "Een goederentrein is vannacht bij Utrecht uit de rails gelopen.\n"
        "5 minuten geleden\n"
        "Veerpont vaart weer\n"
        "De pont over de Lek vaart na een storing van drie dagen weer.\n"
        "1 uur geleden\n"
        "12 reacties\n"
        "Deel dit artikel: Facebook X WhatsApp"
    )
    articles, _ = segment(Document(text=text, fetched_at=FETCHED), "nl")
    assert [(a.headline.text, a.body.text, a.published.value) for a in articles[1:]] == [
        ("Trein ontspoord bij Utrecht", "Een goederentrein is vannacht bij Utrecht uit de rails gelopen.", at("2026-01-16T14:55:00+01:00")),
        ("Veerpont vaart weer", "De pont over de Lek vaart na een storing van drie dagen weer.", at("2026-01-16T14:00:00+01:00")),
    ]


def test_ages_that_precede_their_teasers():
    text, articles, _ = seg("ages_before.txt")
    assert [a.role for a in articles] == ["main", "teaser", "teaser"]
    utrecht, rotterdam = articles[1], articles[2]
    assert utrecht.headline.text == "Verkeersongeluk op A12"
    assert utrecht.dateline.place == "UTRECHT"
    assert utrecht.published.expression.text == "5 minuten geleden"
    assert utrecht.published.value == at("2026-01-16T14:55:00+01:00")
    assert rotterdam.headline.text == "Staking in havens gaat door"
    assert rotterdam.published.expression.text == "20 minuten geleden"
    assert rotterdam.published.value == at("2026-01-16T14:40:00+01:00")
    assert articles[0].section is None  # "Net binnen" names no section


def test_place_with_space_is_one_dateline():
    _, articles, _ = seg("ages_before.txt")
    assert articles[0].dateline.place == "DEN HAAG"
    assert articles[0].dateline.agencies == ("ANP",)


def test_page_without_dateline_or_list():
    text, articles, warnings = seg("no_dateline.txt")
    assert len(articles) == 1
    main = articles[0]
    assert main.headline.text == "Waterschap waarschuwt voor hoge rivierstanden"
    assert main.body.text.startswith("Het waterschap Rivierenland")
    assert main.body.end == len(text)
    assert "no dateline found in the main article" in warnings


@pytest.mark.parametrize(
    ("line", "place", "agencies"),
    [
        ("KOPENHAGEN (ANP/RTR) - Het Deense parlement stemde in.", "KOPENHAGEN", ("ANP", "RTR")),
        ("'S-HERTOGENBOSCH (ANP) - De rechtbank deed uitspraak.", "'S-HERTOGENBOSCH", ("ANP",)),
        ("MEXICO-STAD (ANP/AFP) - De regering reageerde.", "MEXICO-STAD", ("ANP", "AFP")),
        ("AMSTERDAM - De politie heeft een man aangehouden.", "AMSTERDAM", ()),
        ("BRUSSEL (Belga) - De Belgische regering is het eens.", "BRUSSEL", ("Belga",)),
        ("GENÈVE (reuters) - De onderhandelingen zijn hervat.", "GENÈVE", ("Reuters",)),
    ],
)
def test_dateline_forms(line, place, agencies):
    text = f"Kop van het bericht\n{line}"
    articles, _ = segment(Document(text=text), "nl")
    assert articles[0].dateline.place == place
    assert articles[0].dateline.agencies == agencies


@pytest.mark.parametrize(
    "line",
    [
        "De NAVO - een bondgenootschap van 32 landen - vergadert.",
        "EU - top over migratie",
        "Amsterdam - Een man is aangehouden.",
    ],
)
def test_not_datelines(line):
    articles, _ = segment(Document(text=f"Kop van het bericht\n{line} Dat meldt de politie vandaag aan de pers."), "nl")
    assert articles[0].dateline is None


def test_iso_time_stamps_and_dates_under_teasers():
    text = (
        "Kop van het bericht\n"
        "DEN HAAG (ANP) - Het kabinet zegt dat er niets aan de hand is.\n"
        "Meer uit Binnenland\n"
        "UTRECHT (ANP) - Een trein is ontspoord.\n"
        "2026-01-12T15:50:00+01:00\n"
        "ROTTERDAM (ANP) - De haven is dicht.\n"
        "15 januari 2026, 08:10"
    )
    articles, _ = segment(Document(text=text, fetched_at=FETCHED), "nl")
    utrecht, rotterdam = articles[1], articles[2]
    assert utrecht.body.text == "Een trein is ontspoord."
    assert (utrecht.published.value, utrecht.published.anchor) == (at("2026-01-12T15:50:00+01:00"), "absolute")
    assert rotterdam.published.expression.text == "15 januari 2026, 08:10"
    assert rotterdam.published.value == at("2026-01-15T08:10:00+01:00")


def test_html_page_with_teaser_list():
    from claimtrack import extract
    from conftest import PAGES

    result = extract(PAGES / "html_teasers.html", fetched_at=at("2026-01-15T10:00:00+01:00"))
    main, *teasers = result.articles
    assert main.headline.text == "Vakbond zegt dat 2000 banen verdwijnen bij staalbedrijf"
    assert (main.dateline.place, main.dateline.agencies) == ("IJMUIDEN", ("ANP",))
    assert main.published.value == at("2026-01-15T08:10:00+01:00")
    assert [(t.dateline.place, t.published.expression.text, t.published.value) for t in teasers] == [
        ("DEN HAAG", "40 minuten geleden", at("2026-01-15T09:20:00+01:00")),
        ("FRANKFURT", "2 uur geleden", at("2026-01-15T08:00:00+01:00")),
    ]
    assert all(t.section == "Economie" for t in result.articles)
    assert "cookies" not in result.text


def test_list_page_without_header_is_all_teasers():
    text, articles, _ = seg("list_page.txt")
    assert [(a.role, a.dateline.place, a.published.expression.text, a.published.value) for a in articles] == [
        ("teaser", "ZWOLLE", "14 minuten geleden", at("2026-01-16T14:46:00+01:00")),
        ("teaser", "GRONINGEN", "1 uur geleden", at("2026-01-16T14:00:00+01:00")),
        ("teaser", "MAASTRICHT", "3 uur geleden", at("2026-01-16T12:00:00+01:00")),
    ]
    # "akkoord" in a sentence is news, not a cookie button
    assert articles[1].body.text == "De provincie Groningen heeft een akkoord bereikt met de NAM over de schadeafhandeling."


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("Akkoord", True),
        ("Advertentie", True),
        ("Inloggen | Abonneren", True),
        ("Deze website gebruikt cookies om het bezoek te meten.", True),
        ("12 reacties", True),
        ("Deel dit artikel: Facebook X WhatsApp", True),
        ("Lees ook: Zo werkt de nieuwe wet", True),
        ("Door Anna de Wit", True),
        ("Door de storm vielen tientallen bomen om.", False),
        ("Het kabinet en de bonden hebben een akkoord bereikt over de lonen.", False),
        ("De minister vraagt toestemming aan de Kamer.", False),
    ],
)
def test_page_chrome(line, chrome):
    from claimtrack.segment import _is_chrome, _page

    assert _is_chrome(line, _page("nl")) is chrome


def test_share_buttons_above_the_headline_do_not_end_the_article():
    text = (
        "Home | Nieuws | Binnenland\n"
        "Deel dit artikel\n"
        "Gemeente sluit zwembad na vondst bacterie\n"
        "BREDA - De gemeente Breda heeft het zwembad gesloten. Wethouder Ilse Mertens zegt dat het bad een week dicht blijft.\n"
        "Deel dit artikel\n"
        "Reacties"
    )
    articles, _ = segment(Document(text=text), "nl")
    assert [(a.role, a.dateline.place, a.headline.text) for a in articles] == [
        ("main", "BREDA", "Gemeente sluit zwembad na vondst bacterie")
    ]
    assert articles[0].body.text.endswith("een week dicht blijft.")


# --- page mess on real-world shapes (own pages seg_*.txt) ---------------------------


def sentences_of(text: str, language: str, article: int = 0) -> list[str]:
    articles, _ = segment(Document(text=text), language)
    return [s.text for s in article_sentences(text, articles[article], language)]


def test_dutch_page_mess_is_neither_headline_nor_text_and_does_not_end_the_article():
    text = page("seg_nl_mess.txt")
    articles, _ = segment(Document(text=text), "nl")
    assert [(a.role, a.headline.text, a.dateline.place) for a in articles] == [
        ("main", "Dijkdoorbraak bij Ommerveld: honderden woningen ontruimd", "OMMERVELD"),
    ]
    # "Lees ook:" with its link title, the mid-article share bar, captions and clock
    # lines do not end the article; it ends at "Reacties".
    assert articles[0].body.text.endswith("Dijkgraaf Henk Oosterhof zegt dat het herstel zeker drie weken duurt.")
    assert sentences_of(text, "nl") == [
        "Dijkdoorbraak bij Ommerveld: honderden woningen ontruimd",
        "Na een dijkdoorbraak langs de Lindse Vaart zijn dinsdagavond ruim 600 woningen ontruimd.",
        "Volgens de veiligheidsregio zijn 1400 inwoners opgevangen in sporthallen in de omgeving.",
        "Er stonden woensdagochtend nog zeker 40 auto's onder water in de wijk Hoogeind.",  # caption, credit cut
        "19.04 uur: Burgemeester Sandra Kuipers zegt dat de schade in de miljoenen loopt.",
        "De brandweer meldt dat de pompen de hele nacht blijven draaien.",
        "Dijkgraaf Henk Oosterhof zegt dat het herstel zeker drie weken duurt.",
    ]


def test_english_wire_page_headline_dateline_byline_and_update_line():
    text = page("seg_en_wire.txt")
    articles, _ = segment(Document(text=text), "en")
    (main,) = articles
    assert main.headline.text == "Storm floods hit coastal towns as Gov. Harlan orders evacuation"
    assert (main.dateline.place, main.dateline.agencies) == ("BRENTPORT, Maine", ("AP",))
    assert main.published.value.date().isoformat() == "2026-03-03"
    got = sentences_of(text, "en")
    assert "Advertisement" not in got and not any(s.startswith(("By ", "Read more")) for s in got)
    assert got[-1] == "Sen. Tom Okafor called the response “slow and confused.”"


@pytest.mark.parametrize(
    ("line", "place", "agencies"),
    [
        ("KYIV, Ukraine (AP) — Air raid sirens sounded across the capital for two hours overnight.", "KYIV, Ukraine", ("AP",)),
        ("GENEVA (Reuters) - Talks between the two delegations resumed on Friday after a pause.", "GENEVA", ("Reuters",)),
        ("Kabul, Afghanistan (CNN) -- Gunmen stormed a district office on Thursday, officials said.", "Kabul, Afghanistan", ("CNN",)),
        ("LAGOS, March 3 (Reuters) - Fuel prices rose for the third week in a row, traders said.", "LAGOS", ("Reuters",)),
        ("TALLINN: Officials on Monday raised the number of people evacuated from the coast to 900.", "TALLINN", ()),
    ],
)
def test_english_wire_datelines(line, place, agencies):
    text = f"Flood warnings issued along the coast\n{line}\nMore text follows in a second paragraph here."
    (main,) = segment(Document(text=text), "en")[0]
    assert (main.dateline.place, main.dateline.agencies) == (place, agencies)
    assert main.headline.text == "Flood warnings issued along the coast"


def test_a_title_case_place_needs_a_known_agency_and_a_short_colon_line_is_no_dateline():
    text = "VVD: kabinet moet sneller bouwen\nDen Haag - De partij wil dat er dit jaar 90.000 woningen bij komen, zegt fractievoorzitter Ilse Bakker."
    (main,) = segment(Document(text=text), "nl")[0]
    assert main.dateline is None
    assert main.headline.text == "VVD: kabinet moet sneller bouwen"


def test_headline_printed_twice_title_tag_and_glued_date():
    text = (
        "Bridge closed after crack found | News | Daily Ledger\n"
        "Text size Aa Aa\n"
        "Bridge closed after crack foundMarch 4, 2026\n"
        "Engineers closed the Harwell bridge on Wednesday after finding a crack in one of its piers.\n"
    )
    (main,) = segment(Document(text=text), "en")[0]
    assert main.headline.text == "Bridge closed after crack found"
    assert main.published.value.date().isoformat() == "2026-03-04"


def test_video_titles_highlights_and_bylines_are_not_the_headline():
    text = (
        "Skip to main content\n"
        "Ferry sinks off northern coast, dozens rescued\n"
        "By Maya Ortiz, CNN\n"
        "Click to play\n"
        "What went wrong on the ferry?\n"
        "• At least 40 passengers were rescued, the coast guard says\n"
        "• Two crew members are missing\n"
        "Manila, Philippines (CNN) -- A passenger ferry sank on Sunday in rough seas, officials said.\n"
    )
    (main,) = segment(Document(text=text), "en")[0]
    assert main.headline.text == "Ferry sinks off northern coast, dozens rescued"
    # The highlights are read with the article; the video title is not.
    assert sentences_of(text, "en")[:3] == [
        "Ferry sinks off northern coast, dozens rescued",
        "• At least 40 passengers were rescued, the coast guard says",
        "• Two crew members are missing",
    ]


def test_gated_chrome_and_credit_words_are_looked_for_by_their_longest_piece():
    from claimtrack.segment import _page

    page = _page("nl")
    assert "voorbehouden" in page.chrome.keys and "alle" not in page.chrome.keys
    line = "Alle  Rechten\tvoorbehouden - Dagblad van Kortveen"
    assert page.chrome.search(line) is not None  # spaces widened, case folded, still found
    assert page.chrome.search("Alle rechten zijn aan de schrijver gegeven.") is None
    assert page.credits.search("De dijk bij Oosterlo brak door. Foto's Jan Bos") is not None


@pytest.mark.parametrize("language", ["nl", "en"])
def test_gate_never_hides_a_line_the_pattern_finds(language):
    """Every listed word or phrase, in other cases and spacing inside a line: the gate
    lets it through (the pattern finds each)."""
    import random

    from claimtrack import lang
    from claimtrack.segment import _page

    page, data, rng = _page(language), lang.load(language, "page"), random.Random(7)
    for gated, words in ((page.chrome, data["boilerplate_words"]), (page.credits, data["photo_credits"])):
        for w in words:
            for _ in range(5):
                cased = "".join(c.upper() if rng.random() < 0.5 else c for c in w) if gated.fold else w
                spaced = cased.replace(" ", rng.choice([" ", "  ", "\t"])) if gated.fold else cased
                line = f"Zo meldde {spaced} Jan Bos"
                assert gated.search(line) is not None and gated.pattern.search(line) is not None, line


def test_each_lines_dateline_is_looked_for_once(monkeypatch):
    import claimtrack.segment as seg

    asked: list[tuple[int, int]] = []
    real = seg._dateline
    monkeypatch.setattr(seg, "_dateline", lambda text, s, e, page: asked.append((s, e)) or real(text, s, e, page))
    text = (
        "Dijk bij Kortveen houdt stand\n"
        "KORTVEEN (ANP) - Het water in de Lede stond dinsdag hoger dan ooit, meldt het waterschap.\n"
        "Meer nieuws\n"
        "Brug dicht\nOOSTERLO (ANP) - De brug over de Lede blijft een week dicht.\n"
        "2 uur geleden\n"
    )
    articles, _ = segment(Document(text=text), "nl")
    assert [a.dateline.place for a in articles] == ["KORTVEEN", "OOSTERLO"]
    assert asked and len(asked) == len(set(asked))


@pytest.mark.parametrize("language", ["nl", "en"])
def test_one_header_pattern_agrees_with_each_header(language):
    from claimtrack import lang
    from claimtrack.segment import _page

    page = _page(language)
    lines = [h.replace("{section}", "Binnenland") for h in lang.load(language, "page")["teaser_headers"]]
    lines += [f"{line}:" for line in lines] + [f"{line} en meer" for line in lines] + ["", "Brug dicht", "Binnenland"]
    for line in lines:
        each = any(p.fullmatch(line) for p in page.headers)
        assert (page.any_header.fullmatch(line) is not None) == each, line


_PAGE_WORDS = {lang: sorted(_page(lang).article_end.folded | _page(lang).inline_headers.folded) for lang in ("nl", "en")}


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["nl", "en"]),
    st.data(),
    st.text(alphabet="ßẞﬁİı :.Ab ", max_size=6),
    st.sampled_from([str, str.upper, str.title]),
)
def test_page_phrase_tests_read_no_more_than_they_need(language, data, noise, case):
    # _Phrases skips folding a line longer than every phrase, _is_chrome folds only a
    # line's opening: both answer as folding the whole line (casefold never shortens)
    page = _page(language)
    word = data.draw(st.sampled_from(_PAGE_WORDS[language] + list(page.prefixes) + list(page.bylines)))
    for line in (case(word), case(word) + noise, noise + case(word), case(word)[:-1] + "ß" + noise):
        assert (line in page.article_end) == (line.casefold() in page.article_end.folded)
        assert (line in page.inline_headers) == (line.casefold() in page.inline_headers.folded)
        opening = line[: page.opening].casefold()
        assert opening.startswith(page.prefixes) == line.casefold().startswith(page.prefixes)
        assert opening.startswith(page.bylines) == line.casefold().startswith(page.bylines)


_GATE_WORDS = {
    lang: sorted({w for g in (_page(lang).chrome, _page(lang).credits) for w in g.keys or ()} | {"Cookies", "Fotografie", "Photographs", "PRIVACY"})
    for lang in ("nl", "en")
}


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["nl", "en"]), st.data(), st.text(alphabet="aİſ ’'.:©()Ab\n", max_size=8))
def test_gated_search_finds_what_the_bare_pattern_finds(language, data, noise):
    page = _page(language)
    words = data.draw(st.lists(st.sampled_from(_GATE_WORDS[language] + ["Jan", "alle rechten", "Bos/ANP"]), max_size=5))
    line = noise.join(words) + noise
    for gate in (page.chrome, page.credits):
        found, bare = gate.search(line), gate.pattern.search(line)
        assert (found and found.span()) == (bare and bare.span())
