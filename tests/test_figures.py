"""Figures: counted span, category, location, time and statement link on invented Dutch text.

The paragraphs are written for these tests (invented places, people and numbers). Statements
are built by hand so that these tests do not depend on the attribution stage; time
expressions are faked where a test is about how figures use them.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

import claimtrack.figures as figures_mod
from claimtrack.figures import find_figures
from claimtrack.model import Article, Figure, Source, Span, Statement, TimeRef
from claimtrack.sentences import split_sentences


def _article(text: str, published: TimeRef | None = None) -> Article:
    return Article("a0", "main", None, None, None, published, Span.of(text, 0, len(text)))


def _figures(text: str, statements: tuple[Statement, ...] = (), **kw) -> tuple[Figure, ...]:
    article = kw.pop("article", None) or _article(text)
    sentences = split_sentences(text, article.body, "nl")
    return find_figures(text, article, sentences, statements, "nl", **kw)


def _span(text: str, part: str, nth: int = 0) -> Span:
    at = -1
    for _ in range(nth + 1):
        at = text.index(part, at + 1)
    return Span.of(text, at, at + len(part))


def _statement(text: str, sid: str, source: str, cue: str, content: str) -> Statement:
    return Statement(
        id=sid,
        article="a0",
        sources=(Source(_span(text, source), source, "PER"),),
        cue=_span(text, cue),
        cue_lemma=cue,
        content=_span(text, content),
        kind="indirect",
    )


# one row per construction: sentence, figure span, counted span (or None), category
COUNTED = [
    (
        "Er zijn inmiddels 2400 Zuid-Vaalse militairen gedood of gewond zijn geraakt.",
        "2400",
        "Zuid-Vaalse militairen gedood of gewond",
        "killed_or_wounded",
    ),
    ("Er waren 870 dode en gewonde Noordlanders.", "870", "dode en gewonde Noordlanders", "killed_or_wounded"),
    ("Er zijn meer dan 9.000 Oostmarkse troepen actief.", "meer dan 9.000", "Oostmarkse troepen actief", "troops"),
    ("Bij de ramp vielen vijftig doden.", "vijftig", "doden", "killed"),
    ("Bij de ramp vielen zeker 30 gewonden.", "zeker 30", "gewonden", "wounded"),
    ("Na de overstroming zijn 120 mensen vermist.", "120", "mensen vermist", "missing"),
    ("De politie verrichtte 45 arrestaties.", "45", "arrestaties", "arrested"),
    ("De politie heeft 45 mensen opgepakt.", "45", "mensen opgepakt", "arrested"),
    ("Er zijn 2 miljoen mensen gevlucht.", "2 miljoen", "mensen gevlucht", "displaced"),
    ("Er liepen 1.200 demonstranten mee.", "1.200", "demonstranten", "people"),
    ("Er kwamen 640 Noordlanders naar de markt.", "640", "Noordlanders", "people"),
    ("Er raakten 300 woningen beschadigd.", "300", "woningen", "other"),
    ("Het kabinet trekt € 4 miljard uit.", "€ 4 miljard", None, "money"),
    ("De rechter noemde 86.000 euro aan subsidie.", "86.000 euro", "subsidie", "money"),
    ("De werkloosheid is 3,9 procent van de beroepsbevolking.", "3,9 procent", "beroepsbevolking", "percent"),
    ("De steun daalde met 0,2 procentpunt ten opzichte van mei.", "0,2 procentpunt", None, "percent"),
    ("Het epicentrum lag op 30 kilometer van de stad.", "30 kilometer", None, "other"),
    ("Het Rode Kruis telde 250 van de slachtoffers.", "250", "slachtoffers", "killed_or_wounded"),
    ("Bij het ongeluk viel één dode.", "één", "dode", "killed"),
    ("Er werden enkele gewonden naar het ziekenhuis gebracht.", "enkele", "gewonden", "wounded"),
    ("Tientallen mensen worden nog vermist.", "Tientallen", "mensen", "missing"),
    ("Bij de brand kwamen 14 bewoners om het leven.", "14", "bewoners", "killed"),
    ("Het dodental is opgelopen tot 73.", "73", None, "killed"),
    ("Zeker 12 mensen zijn gedood of verwond.", "Zeker 12", "mensen", "killed_or_wounded"),
    ("Er zijn 3000 van de soldaten gedood.", "3000", "soldaten gedood", "killed"),
    ("Bij de explosie kwamen 5 arbeiders om.", "5", "arbeiders", "killed"),
    ("Het leger zegt 'tientallen strijders' te hebben gedood.", "tientallen", "strijders", "killed"),
    ("Er zijn 12 mensen gewond geraakt.", "12", "mensen gewond", "wounded"),
    ("De bond vertegenwoordigt 4.000 schoonmakers.", "4.000", "schoonmakers", "people"),
    ("In de zomer kwamen 90.000 toeristen.", "90.000", "toeristen", "people"),
    ("De fabriek bouwde 900 computers.", "900", "computers", "other"),
    # a bare count after "het aantal X ... tot" counts X
    ("Het aantal bezoekers daalde tot 8,2 miljoen.", "8,2 miljoen", "bezoekers", "people"),
    ("Het aantal duinwandelaars steeg tot 4100.", "4100", "duinwandelaars", "people"),
    ("Er zitten nog tientallen mensen onder het puin.", "tientallen", "mensen", "missing"),
    ("Er zitten duizenden Velmaren in gevangenschap.", "duizenden", "Velmaren", "arrested"),
    # event phrases: "het leven gekost", "overlijden", "letsel", "huis verlaten"
    ("De lawine heeft zeker 9 skiërs het leven gekost.", "zeker 9", "skiërs", "killed"),
    ("In hete zomers overlijden elke dag 15 ouderen extra.", "15", "ouderen", "killed"),
    ("Acht reizigers liepen letsel op.", "Acht", "reizigers", "wounded"),
    ("Ruim 500 gezinnen moesten hun huis verlaten.", "Ruim 500", "gezinnen", "displaced"),
    # person nouns by ending ("-krachten", "-eurs") and listed ones
    ("Het bedrijf zoekt 120 uitzendkrachten.", "120", "uitzendkrachten", "people"),
    ("Er staakten 700 buschauffeurs.", "700", "buschauffeurs", "people"),
    ("Er meldden zich 40 overlevenden.", "40", "overlevenden", "people"),
    # "aan" after a plain count is no partitive ("86.000 euro aan subsidie" is)
    ("De school wil er 30 aan toevoegen.", "30", None, "other"),
    # animals are never casualties or people
    ("Bij de brand zijn 140 koeien omgekomen.", "140", "koeien omgekomen", "other"),
    ("Er zijn 2000 legkippen geruimd.", "2000", "legkippen", "other"),
    ("In de trein zaten 48 inzittenden.", "48", "inzittenden", "people"),
]


@pytest.mark.parametrize("text,span,counted,category", COUNTED)
def test_counted_and_category(text, span, counted, category):
    (f,) = _figures(text)
    assert (f.span.start, f.span.end) == (_span(text, span).start, _span(text, span).end)
    if counted is None:
        assert f.counted is None
    else:
        want = _span(text, counted)
        assert (f.counted.text, f.counted.start, f.counted.end) == (counted, want.start, want.end)
    assert f.category == category


@pytest.mark.parametrize(
    "text",
    [
        "Een man liep over het plein.",
        "Een van hen raakte de weg kwijt.",
        "Het festival duurt drie dagen en begint op 23 december.",
        "Zij werd in 1987 geboren en woont aan de Molenstraat 8.",
        "Een maand eerder dan gepland landde de capsule.",
    ],
)
def test_no_figures(text):
    assert _figures(text) == ()


LOCATIONS = [
    ("Er zijn 40 militairen gedood in de Noordlandse regio Velmar, waar zij vochten.", "in de Noordlandse regio Velmar"),
    ("In Gaza zijn 50 doden gevallen.", "In Gaza"),
    ("Er zijn meer dan 800 troepen actief in Rusland.", "in Rusland"),
    ("Er zijn 60 mensen geëvacueerd in het noorden van Oostmark.", "in het noorden van Oostmark"),
    ("Er liepen 900 mensen mee in Den Haag.", "in Den Haag"),
    ("Er zijn 60 mensen geëvacueerd.", None),
    ("Brand in Velmarse haven: 3 gewonden.", None),
]


@pytest.mark.parametrize("text,location", LOCATIONS)
def test_location(text, location):
    (f,) = _figures(text)
    if location is None:
        assert f.location is None
    else:
        want = _span(text, location)
        assert (f.location.text, f.location.start, f.location.end) == (location, want.start, want.end)


def test_statement_link_innermost_and_source():
    text = (
        "Minister Pelt zegt dat volgens de kustwacht 14 vissers vermist zijn. "
        "Het leger spreekt van 19 doden. Er zijn 5 boten gezonken."
    )
    outer = _statement(text, "s0", "Pelt", "zegt", "volgens de kustwacht 14 vissers vermist zijn")
    inner = _statement(text, "s1", "kustwacht", "volgens", "14 vissers vermist zijn")
    army = _statement(text, "s2", "leger", "spreekt", "19 doden")
    figs = _figures(text, (outer, inner, army))
    assert [(f.id, f.span.text, f.statement, f.source_name) for f in figs] == [
        ("f0", "14", "s1", "kustwacht"),
        ("f1", "19", "s2", "leger"),
        ("f2", "5", None, None),
    ]
    assert [f.category for f in figs] == ["missing", "killed", "other"]


@pytest.mark.parametrize(
    "text,categories",
    [
        ("Er zijn 31 mensen gedood, onder wie elf kinderen.", ["killed", "killed"]),
        ("Er zijn 40 mensen opgepakt, van wie 6 minderjarigen.", ["arrested", "arrested"]),
        ("Er waren 389.000 werklozen, 12.000 meer dan in mei.", ["people", "people"]),
        ("Er zijn 31 mensen gedood en er staan 12 huizen leeg.", ["killed", "other"]),
        ("De politie hield 57 mensen aan, tegen 31 vorig jaar.", ["arrested", "arrested"]),
        ("Het korps heeft 900 agenten en wil daar 150 aan toevoegen.", ["people", "people"]),
        ("Het leger telt 35.000 soldaten en wil er 5000 bij werven.", ["troops", "troops"]),
        ("De fabriek maakt 900 fietsen en wil daar 150 aan toevoegen.", ["other", "other"]),
        # a predicate shared by coordinated figures ("A en B zijn ...")
        ("Drie mannen en twee vrouwen zijn aangehouden.", ["arrested", "arrested"]),
        ("Zo'n 80 bewoners van het tehuis en vier verzorgers zijn geëvacueerd.", ["displaced", "displaced"]),
        ("Er zijn 20 huizen verwoest en moesten 90 bewoners weg.", ["other", "people"]),
        ("De politie heeft 300 agenten ingezet en 12 relschoppers opgepakt.", ["people", "arrested"]),
        ("Er raakten 5 mensen gewond en 2 agenten werden opgepakt.", ["wounded", "arrested"]),
    ],
)
def test_category_taken_from_the_figure_before(text, categories):
    assert [f.category for f in _figures(text)] == categories


def test_ids_article_and_text_order_with_first_id():
    text = "Eerst vielen 3 doden. Later werden 7 mensen opgepakt en 2 gewonden afgevoerd."
    article = Article("a4", "teaser", None, None, None, None, Span.of(text, 0, len(text)))
    figs = _figures(text, article=article, first_id=10)
    assert [(f.id, f.article, f.span.text, f.low) for f in figs] == [
        ("f10", "a4", "3", 3),
        ("f11", "a4", "7", 7),
        ("f12", "a4", "2", 2),
    ]
    assert [f.category for f in figs] == ["killed", "arrested", "wounded"]


def test_headline_and_body_sentences_both_read():
    text = "Pelt claimt dat 500 Noordlanders zijn gedood\nVELMAR (ANP) - Er zijn 500 doden gevallen."
    figs = _figures(text)
    assert [(f.span.start, f.category) for f in figs] == [
        (_span(text, "500").start, "killed"),
        (_span(text, "500", 1).start, "killed"),
    ]


def test_time_is_the_nearest_expression_resolved_against_publication(monkeypatch):
    text = "Op woensdag vielen 12 doden, op donderdag nog 3."
    published = TimeRef(None, datetime(2026, 1, 16, 9, 0, tzinfo=timezone(timedelta(hours=1))), "minute", "absolute")
    calls = []

    def fake_find(t, within, language):
        return tuple(s for s in (_span(text, "Op woensdag"), _span(text, "op donderdag")) if within.contains(s))

    def fake_resolve(expression, language, *, anchor_time, anchor):
        calls.append((expression.text, anchor_time, anchor))
        return TimeRef(expression, None, "day", anchor)

    monkeypatch.setattr(figures_mod, "find_time_expressions", fake_find)
    monkeypatch.setattr(figures_mod, "resolve", fake_resolve)
    figs = _figures(text, article=_article(text, published))
    assert [(f.span.text, f.time.expression.text) for f in figs] == [("12", "Op woensdag"), ("3", "op donderdag")]
    assert calls[0] == ("Op woensdag", published.value, "published")


def test_quantity_inside_a_time_expression_is_dropped(monkeypatch):
    text = "Na de storm van drie weken terug waren 40 huizen onbewoonbaar."  # ("Sinds ...": a period, no date)
    monkeypatch.setattr(
        figures_mod, "find_time_expressions", lambda t, w, lang: (_span(text, "van drie weken terug"),)
    )
    monkeypatch.setattr(
        figures_mod, "resolve", lambda e, lang, *, anchor_time, anchor: TimeRef(e, None, "week", None)
    )
    (f,) = _figures(text)
    assert (f.span.text, f.low, f.time.expression.text) == ("40", 40, "van drie weken terug")


def test_seed_shaped_paragraph():
    text = (
        "Pelt claimt dat 2400 Zuid-Vaalsen zijn gedood of verwond\n"
        "VELMAR (ANP) - President Ivo Pelt zegt dat er inmiddels 2400 Zuid-Vaalse militairen gedood "
        "of gewond zijn geraakt in de Noordlandse regio Velmar, waar ze vechten. Oostmark zei eerder "
        "nog dat er 870 dode en gewonde Zuid-Vaalsen waren.\n"
        "Oostmark stelde vorige week dat naar schatting meer dan 9.000 Zuid-Vaalse troepen actief "
        "zijn in Noordland."
    )
    figs = _figures(text)
    got = [
        (f.span.text, f.low, f.high, f.approximate, f.counted.text if f.counted else None, f.category,
         f.location.text if f.location else None)
        for f in figs
    ]
    assert got == [
        ("2400", 2400, 2400, False, "Zuid-Vaalsen", "killed_or_wounded", None),
        ("2400", 2400, 2400, False, "Zuid-Vaalse militairen gedood of gewond", "killed_or_wounded",
         "in de Noordlandse regio Velmar"),
        ("870", 870, 870, False, "dode en gewonde Zuid-Vaalsen", "killed_or_wounded", None),
        ("meer dan 9.000", 9000, None, True, "Zuid-Vaalse troepen actief", "troops", "in Noordland"),
    ]


COUNTED_EN = [
    ("Officials said 3,000 Valdish soldiers were killed or wounded.", "3,000", "Valdish soldiers", "killed_or_wounded"),
    ("There were 1,100 dead and wounded Valdians.", "1,100", "dead and wounded Valdians", "killed_or_wounded"),
    ("More than 9,000 Ostmark troops are active there.", "More than 9,000", "Ostmark troops", "troops"),
    ("Police arrested 45 protesters.", "45", "protesters", "arrested"),
    ("Dozens of people are still missing.", "Dozens", "people", "missing"),
    ("The council will spend $4 billion.", "$4 billion", None, "money"),
]


@pytest.mark.parametrize("text,span,counted,category", COUNTED_EN)
def test_counted_and_category_en(text, span, counted, category):
    article = _article(text)
    (f,) = find_figures(text, article, split_sentences(text, article.body, "en"), (), "en")
    assert (f.span.start, f.span.end) == (_span(text, span).start, _span(text, span).end)
    assert (f.counted.text if f.counted else None) == counted
    if counted is not None:
        assert (f.counted.start, f.counted.end) == (_span(text, counted).start, _span(text, counted).end)
    assert f.category == category


def test_seed_page_main_article(seed_path):
    """The shared seed page end to end: the main article's four figures (values only, so that
    no text of the page is copied here), and the teasers' ages are not figures."""
    from claimtrack.pipeline import extract

    ex = extract(seed_path)
    main = [f for f in ex.figures if f.article == ex.articles[0].id]
    assert [(f.low, f.high, f.approximate, f.category) for f in main] == [
        (3000, 3000, False, "killed_or_wounded"),
        (3000, 3000, False, "killed_or_wounded"),
        (1100, 1100, False, "killed_or_wounded"),
        (12000, None, True, "troops"),
    ]
    assert [f.location is not None for f in main] == [False, True, False, True]
    assert all(f.counted is not None and f.counted.start > f.span.end for f in main)
    assert all("geleden" not in ex.text[f.span.end : f.span.end + 12] for f in ex.figures)


def test_innermost_sweep_matches_nested_and_crossing_statements():
    text = (
        "Minister Pelt zegt dat volgens de kustwacht 14 vissers vermist zijn en 3 boten zonken. "
        "Het leger spreekt van 19 doden en 4 gewonden. Er zijn 5 boten gezonken."
    )
    outer = _statement(text, "s0", "Pelt", "zegt", "volgens de kustwacht 14 vissers vermist zijn en 3 boten zonken")
    inner = _statement(text, "s1", "kustwacht", "volgens", "14 vissers vermist zijn")
    army = _statement(text, "s2", "leger", "spreekt", "19 doden en 4 gewonden")
    army_short = _statement(text, "s3", "leger", "spreekt", "19 doden")
    statements = (army, outer, army_short, inner)  # not in text order
    spans = [f.span for f in _figures(text, statements)]
    want = [figures_mod._innermost(sp, statements) for sp in spans]
    assert [s.id if s else None for s in want] == ["s1", "s0", "s3", "s2", None]
    assert figures_mod._innermost_all(spans, statements, scan_below=0) == want  # the sweep
    assert figures_mod._innermost_all(spans, statements) == want  # few pairs: the scan
    backwards = list(reversed(spans))  # spans out of order: the plain scan answers
    assert figures_mod._innermost_all(backwards, statements, scan_below=0) == list(reversed(want))


def test_many_figures_and_weekdays_without_punctuation_keep_their_own_time(monkeypatch):
    # once cubic (every figure against every time expression, rescanning the words between)
    text = "Kop\n" + "240 mensen dinsdag 17 betogers woensdag " * 300
    calls = []
    monkeypatch.setattr(
        figures_mod, "resolve", lambda e, lang, *, anchor_time, anchor: calls.append(e) or TimeRef(e, None, "day", None)
    )
    figs = _figures(text)
    assert len(figs) == 600
    # no clause break: each figure takes the nearest weekday, the one before it on a tie
    assert [(f.span.text, f.time.expression.text, f.time.expression.start - f.span.end) for f in figs[:3]] == [
        ("240", "dinsdag", 8), ("17", "dinsdag", -10), ("240", "woensdag", -12)
    ]


def test_place_phrase_in_another_script_and_next_to_a_figure():
    text = "Bij de aanval in Łódź vielen 12 doden. Op de markt in Ηράκλειο raakten 40 mensen gewond."
    figs = _figures(text)
    assert [(f.span.text, f.location.text) for f in figs] == [("12", "in Łódź"), ("40", "in Ηράκλειο")]


def test_according_to_in_the_figures_own_clause_names_the_claimant():
    text = (
        "Volgens het ministerie raakten 400 mensen gewond, zeker 30 van hen verkeren volgens "
        "artsen in levensgevaar."
    )
    wide = _statement(text, "s0", "ministerie", "Volgens", "raakten 400 mensen gewond, zeker 30 van hen verkeren volgens artsen in levensgevaar")
    doctors = Statement(
        id="s1", article="a0", sources=(Source(_span(text, "artsen"), "artsen", "ORG"),),
        cue=_span(text, "volgens", 0), cue_lemma="volgens",
        content=Span.of(text, 0, len(text) - 1), kind="indirect",
    )
    figs = _figures(text, (wide, doctors))
    assert [(f.span.text, f.statement, f.source_name) for f in figs] == [
        ("400", "s0", "ministerie"),  # the wider content holds it; "volgens artsen" is past a comma
        ("zeker 30", "s1", "artsen"),
    ]


def test_a_few_counts_any_noun_and_the_article_only_an_event():
    text = (
        "Enkele agenten en een paar buurtbewoners keken toe. Een man liep weg. Er viel een dode. "
        "De paar kramen bleven dicht, de paar keer dat het regende."
    )
    assert [(f.span.text, f.low, f.high) for f in _figures(text)] == [
        ("Enkele", 2, 9), ("een paar", 2, 9), ("een", 1, 1), ("De paar", 2, 9)
    ]


def test_english_one_is_a_figure_when_it_counts_an_event():
    text = "One man was arrested at the depot. One of the reasons is the rain. No one was hurt."
    article = _article(text)
    sentences = split_sentences(text, article.body, "en")
    figs = find_figures(text, article, sentences, (), "en")
    assert [(f.span.text, f.low, f.category) for f in figs] == [("One", 1, "arrested")]


def test_that_reports_x_covers_the_two_sentences_of_figures_before_it():
    text = (
        "Kop over de brand\n"
        "Bij de brand in Ermelo kwamen zeker 40 koeien om. Drie brandweerlieden raakten gewond. "
        "Dat meldt de veiligheidsregio. Er stonden 80 auto's in de file.\n"
        "Op de boerderij werkten 12 mensen. Twee buren schoten te hulp. Dat zegt de boer."
    )
    region = _statement(text, "s0", "veiligheidsregio", "meldt", "Drie brandweerlieden raakten gewond")
    farmer = _statement(text, "s1", "boer", "zegt", "Twee buren schoten te hulp")
    figs = _figures(text, (region, farmer))
    assert [(f.span.text, f.source_name) for f in figs] == [
        ("zeker 40", "veiligheidsregio"),  # the sentence before the content, same paragraph
        ("Drie", "veiligheidsregio"),
        ("80", None),  # after the cue
        ("12", "boer"),
        ("Twee", "boer"),
    ]


def test_in_time_finds_overlap_on_either_side_by_bisect():
    times = (Span.of("x" * 50, 10, 20), Span.of("x" * 50, 30, 40))
    hits = [(a, b) for a, b in [(0, 10), (5, 11), (12, 14), (19, 25), (20, 30), (25, 31), (40, 45)]
            if figures_mod._in_time(Span.of("x" * 50, a, b), times)]
    assert hits == [(5, 11), (12, 14), (19, 25), (25, 31)]


def _en_figures(text: str, statements: tuple[Statement, ...] = ()) -> tuple[Figure, ...]:
    article = _article(text)
    return find_figures(text, article, split_sentences(text, article.body, "en"), statements, "en")


def test_subject_of_an_estimating_verb_claims_the_figure():
    text = (
        "Fietsbond telt 4200 deelnemers. Regionale kranten berichten over 14 gewonden. "
        "Gisteren telde de brandweer 31 meldingen. Wij tellen 60 stoelen."
    )
    assert [(f.span.text, f.statement, f.source_name) for f in _figures(text)] == [
        ("4200", None, "Fietsbond"),
        ("14", None, "Regionale kranten"),
        ("31", None, "de brandweer"),  # verb second: the subject follows the verb
        ("60", None, None),  # a pronoun names nobody
    ]


def test_estimating_verb_subject_in_english_beats_the_wider_statement():
    text = (
        "Harbour police put the estimate at 9,400 on Friday. "
        "Although the ministry called it small, the Weather Bureau recorded it at magnitude 4.2. "
        "An estimated 700 people left, and organisers said it had counted 55 buses."
    )
    wide = Statement(
        id="s0", article="a0", sources=(Source(_span(text, "the ministry"), "the ministry", "ORG"),),
        cue=_span(text, "called"), cue_lemma="call",
        content=_span(text, "it small, the Weather Bureau recorded it at magnitude 4.2"), kind="indirect",
    )
    got = [(f.span.text, f.source_name) for f in _en_figures(text, (wide,))]
    assert got == [
        ("9,400", "Harbour police"),
        ("magnitude 4.2", "the Weather Bureau"),  # its own clause, not the ministry's
        ("700", None),  # "An estimated" is no subject
        ("55", None),  # "it had counted": a pronoun
    ]


def test_according_to_a_document_yields_to_the_source_that_holds_the_figure():
    text = "Volgens een nieuwe telling wonen er 812 zwerfkatten in de wijk. Dat zegt de stichting Kattenhulp."
    count = _statement(text, "s0", "nieuwe telling", "Volgens", "wonen er 812 zwerfkatten in de wijk")
    foundation = _statement(text, "s1", "stichting Kattenhulp", "zegt", "Volgens een nieuwe telling wonen er 812 zwerfkatten in de wijk")
    figs = _figures(text, (count, foundation))
    assert [(f.span.text, f.statement, f.source_name) for f in figs] == [("812", "s1", "stichting Kattenhulp")]


def test_the_name_that_owns_a_source_joins_the_claimant():
    text = "Volgens de bladen van Mediagroep Oost vielen er 17 gewonden. Volgens een tussenstand van Stembureau Zuid gaat het om 44 zetels."
    papers = _statement(text, "s0", "bladen", "Volgens", "vielen er 17 gewonden")
    poll = _statement(text, "s1", "tussenstand", "Volgens een tussenstand", "gaat het om 44 zetels")
    figs = _figures(text, (papers, poll))
    assert [(f.span.text, f.source_name) for f in figs] == [
        ("17", "bladen van Mediagroep Oost"),
        ("44", "Stembureau Zuid"),  # a document gives way to its owner
    ]


def test_a_clock_time_with_a_dot_is_one_token_and_ends_no_clause():
    # One tokenizer for every stage (claimtrack.mentions.tokenize): "14.30" is one token, so
    # its dot is no clause break and the event word before it still names the category.
    # (figures' own tokenizer cut it in three and read "other" here.)
    text = "Het dodental is om 14.30 uur opgelopen tot 52."
    assert [(f.span.text, f.category) for f in _figures(text)] == [("52", "killed")]


@pytest.mark.parametrize(
    "text",
    [
        "Bij het ongeluk.Op de A7 raakten 12.000-tal mensen gewond, meldt de U.S.-politie.",
        "De 3 ngo's zeggen: 'al 40 doden'. Zuid-Korea (I&O) telt 1.250 gewonden",
    ],
)
def test_article_tokens_looked_up_by_position_equal_a_fresh_cut(text):
    # _Words answers from the article's tokens; where a token crosses the edge of the stretch
    # asked for it cuts that stretch again, so every answer equals tokenize() of the stretch
    # (but for line_start, which stays that of the article's part; figures do not read it).
    from claimtrack.mentions.tokens import tokenize

    def cut(toks):
        return [(t.text, t.low, t.start, t.end, t.cap) for t in toks]

    head = Span.of(text, 0, 14)
    body = Span.of(text, 15, len(text))
    words = figures_mod._Words(text, (head, body), (tokenize(text, 0, 14), tokenize(text, 15, len(text))))
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert cut(words.between(start, end)) == cut(tokenize(text, start, end)), (start, end)


def test_english_comparatives_before_a_number_are_bounds():
    text = "The real turnout is much larger than 40,000, and the fee was lower than £12 for greater than 90% of riders."
    got = [(f.span.text, f.low, f.high) for f in _en_figures(text)]
    assert got == [("larger than 40,000", 40000, None), ("lower than £12", None, 12), ("greater than 90%", 90, None)]
