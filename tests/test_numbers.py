"""Number parser: one row per construction (text, span text, low, high, approximate, unit).

Every sentence is written for these tests (invented names and numbers) and holds exactly
one quantity, or none for the negative rows; the expected span is written out in full and
its offsets follow from where it stands in the sentence.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.model import Span
from claimtrack.numbers import Quantity, parse_number, parse_quantities


def _read(text: str, *, weak: bool = False) -> tuple[Quantity, ...]:
    return parse_quantities(text, Span.of(text, 0, len(text)), "nl", weak=weak)


POSITIVE = [
    # plain digits and Dutch separators
    ("Er kwamen 3000 mensen op af.", "3000", 3000, 3000, False, None),
    ("De stad telt 12.000 inwoners.", "12.000", 12000, 12000, False, None),
    ("Het dorp telt 1.250.000 kippen.", "1.250.000", 1250000, 1250000, False, None),
    ("Het gemiddelde was 12.000,5 per jaargemiddelde.", "12.000,5", 12000.5, 12000.5, False, None),
    ("De ploeg haalde 45 punten binnen.", "45", 45, 45, False, None),
    # multipliers
    ("Er zijn 1,5 miljoen stemmen geteld.", "1,5 miljoen", 1500000, 1500000, False, None),
    ("Het land heeft 3 miljard bomen.", "3 miljard", 3000000000, 3000000000, False, None),
    ("De bank leende 2,75 mld uit.", "2,75 mld", 2750000000, 2750000000, False, None),
    ("Er wonen 12 duizend vissers.", "12 duizend", 12000, 12000, False, None),
    # units
    ("De inflatie kwam uit op 2,3 procent in maart.", "2,3 procent", 2.3, 2.3, False, "%"),
    ("De rente steeg naar 4%.", "4%", 4, 4, False, "%"),
    ("Het verschil is 0,4 procentpunt.", "0,4 procentpunt", 0.4, 0.4, False, "pp"),
    ("De gemeente trekt € 4 miljard uit.", "€ 4 miljard", 4000000000, 4000000000, False, "EUR"),
    ("De gemeente trekt €12,5 miljoen uit.", "€12,5 miljoen", 12500000, 12500000, False, "EUR"),
    ("Het fonds krijgt 4 miljard euro.", "4 miljard euro", 4000000000, 4000000000, False, "EUR"),
    ("Het bedrijf haalde $ 3 miljoen op.", "$ 3 miljoen", 3000000, 3000000, False, "USD"),
    ("Het bedrijf haalde 7 miljoen dollar op.", "7 miljoen dollar", 7000000, 7000000, False, "USD"),
    ("De file was 30 kilometer lang.", "30 kilometer", 30, 30, False, "km"),
    ("De file was 30 km lang.", "30 km", 30, 30, False, "km"),
    ("De file was 30km lang.", "30km", 30, 30, False, "km"),
    ("Er volgde een beving met magnitude 7,8 voor de kust.", "magnitude 7,8", 7.8, 7.8, False, "magnitude"),
    # Dutch news gives a quake's magnitude as its "kracht": not a count of anything
    ("Een aardschok met een kracht van 5,3 trof de vallei.", "kracht van 5,3", 5.3, 5.3, False, "magnitude"),
    ("De storm bracht 40 millimeter regen.", "40 millimeter", 40, 40, False, "mm"),
    # number words (text2num)
    ("Er kwamen drieduizend boeren naar het plein.", "drieduizend", 3000, 3000, False, None),
    ("Er kwamen tweeduizend boeren naar het plein.", "tweeduizend", 2000, 2000, False, None),
    ("Er stonden twaalf agenten klaar.", "twaalf", 12, 12, False, None),
    ("Er stonden dertig agenten klaar.", "dertig", 30, 30, False, None),
    ("Er stonden tweeëntwintig agenten klaar.", "tweeëntwintig", 22, 22, False, None),
    ("Drieduizend boeren kwamen naar het plein.", "Drieduizend", 3000, 3000, False, None),
    ("Er lagen drie miljoen zandzakken klaar.", "drie miljoen", 3000000, 3000000, False, None),
    ("Er lagen anderhalf miljoen zandzakken klaar.", "anderhalf miljoen", 1500000, 1500000, False, None),
    ("Er lagen een half miljoen zandzakken klaar.", "een half miljoen", 500000, 500000, False, None),
    ("Houd anderhalve meter afstand.", "anderhalve meter", 1.5, 1.5, False, "m"),
    # vague quantities
    ("Er vielen tientallen doden.", "tientallen", 20, 99, True, None),
    ("Honderden boeren trokken naar de stad.", "Honderden", 200, 999, True, None),
    ("Er sloten zich duizenden mensen aan.", "duizenden", 2000, 9999, True, None),
    ("Er liepen tienduizenden mensen mee.", "tienduizenden", 20000, 99999, True, None),
    ("Het kost honderden miljoenen euro's.", "honderden miljoenen euro's", 200000000, 999000000, True, "EUR"),
    # bounds: at least
    ("Er zijn meer dan 12.000 soldaten gelegerd.", "meer dan 12.000", 12000, None, False, None),
    ("Er zijn ruim 1100 soldaten gelegerd.", "ruim 1100", 1100, None, False, None),
    ("Er vielen zeker 30 gewonden.", "zeker 30", 30, None, False, None),
    ("Er vielen minstens 8 gewonden.", "minstens 8", 8, None, False, None),
    ("Er vielen minimaal 8 gewonden.", "minimaal 8", 8, None, False, None),
    ("Er vielen ten minste 8 gewonden.", "ten minste 8", 8, None, False, None),
    ("Er vielen 500 of meer gewonden.", "500 of meer", 500, None, False, None),
    # bounds: at most, nearly
    ("De boete loopt tot 500 euro.", "tot 500 euro", None, 500, False, "EUR"),
    ("Er mogen maximaal 20 gasten komen.", "maximaal 20", None, 20, False, None),
    ("Er mogen hooguit 7 gasten komen.", "hooguit 7", None, 7, False, None),
    ("Er kwamen minder dan 40 gasten.", "minder dan 40", None, 40, False, None),
    ("Er kwamen niet meer dan 40 gasten.", "niet meer dan 40", None, 40, False, None),
    ("Er zijn bijna 3000 mensen gevlucht.", "bijna 3000", None, 3000, False, None),
    ("Het werkelijke aantal is mogelijk 150.000.", "150.000", 150000, 150000, True, None),
    # ranges
    ("Er zijn tussen 3000 en 4000 huizen beschadigd.", "tussen 3000 en 4000", 3000, 4000, False, None),
    ("Er zijn tussen de 3000 en 4000 huizen beschadigd.", "tussen de 3000 en 4000", 3000, 4000, False, None),
    ("Er zijn 3000 à 4000 huizen beschadigd.", "3000 à 4000", 3000, 4000, False, None),
    ("Er zijn 3000 tot 4000 huizen beschadigd.", "3000 tot 4000", 3000, 4000, False, None),
    ("Er zijn 3000-4000 huizen beschadigd.", "3000-4000", 3000, 4000, False, None),
    ("Het kost 3 tot 4 miljoen euro.", "3 tot 4 miljoen euro", 3000000, 4000000, False, "EUR"),
    ("De groei is 2-3 procent.", "2-3 procent", 2, 3, False, "%"),
    # estimates: approximate, estimate words outside the span
    ("Er zijn naar schatting meer dan 12.000 soldaten.", "meer dan 12.000", 12000, None, True, None),
    ("Er kwamen ongeveer 500 fans.", "500", 500, 500, True, None),
    ("Er kwamen zo'n 300 fans.", "300", 300, 300, True, None),
    ("Er kwamen zo’n 300 fans.", "300", 300, 300, True, None),
    ("Er kwamen circa 20 fans.", "20", 20, 20, True, None),
    ("Er kwamen rond de 50 fans.", "50", 50, 50, True, None),
    ("Er kwamen pakweg 80 fans.", "80", 80, 80, True, None),
    ("Naar schatting 1,5 miljoen inwoners zaten zonder stroom.", "1,5 miljoen", 1500000, 1500000, True, None),
    # "tot" after a verb of change is "to", not "up to"
    ("Het dodental is opgelopen tot 50.", "50", 50, 50, False, None),
    ("Het aantal steeg met 12.000 tot 392.000 werklozen.", "12.000", 12000, 12000, False, None),
    # a four-digit count that is no year
    ("Er zijn 2000 mensen geëvacueerd.", "2000", 2000, 2000, False, None),
    # a weekday or date before a bound word does not make the number a date
    ("Er zijn dinsdag zeker 23 mensen omgekomen.", "zeker 23", 23, None, False, None),
    ("Er zijn sinds 7 oktober ruim 40.000 mensen gevlucht.", "ruim 40.000", 40000, None, False, None),
    ("Er vielen 1.200 tot 1.500 doden.", "1.200 tot 1.500", 1200, 1500, False, None),
    # a quote before the bound word
    ("De VN spreken van 'minstens 70.000 doden'.", "minstens 70.000", 70000, None, False, None),
    # "tot" after a number or unit is "to"
    ("De omzet steeg met 12% tot 4,3 miljard euro.", "12%", 12, 12, False, "%"),
    # a singular finite verb of change before "tot" reaches a value; "kan oplopen" and plural
    # "lopen op tot" stay "up to"
    ("Zij verwacht dat de rente oploopt tot 4 procent.", "4 procent", 4, 4, False, "%"),
    ("De werkloosheid zakt tot 3,1 procent.", "3,1 procent", 3.1, 3.1, False, "%"),
    ("Het aantal klachten kan oplopen tot 400.", "tot 400", None, 400, False, None),
    ("De boetes lopen op tot 300 euro.", "tot 300 euro", None, 300, False, "EUR"),
    # "boven" is a lower bound
    ("Een brood kost nu boven de 3 euro.", "boven de 3 euro", 3, None, False, "EUR"),
    ("De koers bleef boven 80 dollar.", "boven 80 dollar", 80, None, False, "USD"),
    # cents are stored in euros
    ("Een kopje koffie kost 95 cent.", "95 cent", 0.95, 0.95, False, "EUR"),
    ("Het kaartje werd tot 40 cent duurder.", "tot 40 cent", None, 0.4, False, "EUR"),
    # a unit, a noun, "per" and a denominator: a compound unit
    ("In Hoorn viel 35 liter water per vierkante meter.", "35 liter", 35, 35, False, "l/m2"),
    ("Het werd 31 graden in Venlo.", "31 graden", 31, 31, False, "°C"),
    # "een tiental" is about ten (Flemish "-tal"), not weak
    ("Er blaften een tiental honden.", "een tiental", 10, 10, True, None),
    # Flemish "-tal": about that many, with the article and a bound before it
    ("Een vijftiental kraampjes bleef dicht.", "Een vijftiental", 15, 15, True, None),
    ("Er werden zeker een veertigtal jongeren opgepakt.", "zeker een veertigtal", 40, None, True, None),
    ("Een 12.000-tal fans trok naar het plein.", "Een 12.000-tal", 12000, 12000, True, None),
    # vague and spoken shapes
    ("Er stonden een stuk of twaalf wagens.", "twaalf", 12, 12, True, None),
    ("Er waren zowat 4.500 lopers.", "4.500", 4500, 4500, True, None),
    ("Er mogen maximaal 350 bezoekers in.", "maximaal 350", None, 350, False, None),
    ("De partij zakt onder de 20 zetels.", "onder de 20", None, 20, False, None),
    ("Er kwamen enkele honderden boeren.", "enkele honderden", 200, 999, True, None),
    ("Er liepen zo'n 50 tot 60 mensen mee.", "50 tot 60", 50, 60, True, None),
    # the scale word of the second number applies to both ends
    ("Er trokken twee à drieduizend fietsers mee.", "twee à drieduizend", 2000, 3000, False, None),
    ("Er reden tussen de zeven- en negenduizend auto's.", "tussen de zeven- en negenduizend", 7000, 9000, False, None),
    ("Het kost anderhalf miljard euro.", "anderhalf miljard euro", 1500000000, 1500000000, False, "EUR"),
    ("Het kost 14 tot 18 miljoen euro.", "14 tot 18 miljoen euro", 14000000, 18000000, False, "EUR"),
    # a small hyphenated or "of" range before a plural noun
    ("De peiling geeft de partij 6-9 zetels.", "6-9", 6, 9, False, None),
    ("De stoet was 2 of 3 rijen breed.", "2 of 3", 2, 3, False, None),
    # "één" is no article; "eén" is the same word
    ("Er was maar één oplossing.", "één", 1, 1, False, None),
    ("Eén agent raakte lichtgewond.", "Eén", 1, 1, False, None),
    # counts in brackets after a plural noun, not ages
    ("Er sliepen mensen in hotels (47) en in kerken (212).", "47", 47, 47, False, None),
    # a name before a number, then an adjective and a plural noun: a count ("Boeing 737" is none)
    ("Naast Terpstra-Bos raakten drie andere reizigers gewond.", "drie", 3, 3, False, None),
    ("Er vielen 12 doden vorige week.", "12", 12, 12, False, None),
    ("Naast Terpstra-Bos raakten vier andere Belgen gewond.", "vier", 4, 4, False, None),
    ("Het kamp begon met 2019 deelnemers.", "2019", 2019, 2019, False, None),
    # a label word before a bound word is no label: "week meer dan 900"
    ("Sinds vorige week meer dan 900 meldingen.", "meer dan 900", 900, None, False, None),
    # "naar schatting" a few words before the number still makes it an estimate
    ("De schuld is naar schatting gestegen tot 900 miljoen.", "900 miljoen", 900000000, 900000000, True, None),
    ("Er zijn naar schatting in het dorp 140 huizen verwoest.", "140", 140, 140, True, None),
    ("De bouw kost naar schatting veel, maar het dorp telt 900 inwoners.", "900", 900, 900, False, None),
    # a four-digit count after "tot" before a plural noun is no year
    ("Er kunnen tot 2000 bezoekers in de hal.", "tot 2000", None, 2000, False, None),
    # a label word before a vague word is no label ("sector 5" is)
    ("Het kost de sector honderden miljoenen euro's.", "honderden miljoenen euro's", 200000000, 999000000, True, "EUR"),
    # area units and plural unit words
    ("De loods is 900 vierkante meter groot.", "900 vierkante meter", 900, 900, False, "m2"),
    ("Het water steeg tientallen centimeters.", "tientallen centimeters", 20, 99, True, "cm"),
    ("De hond woog 31 kilo's.", "31 kilo's", 31, 31, False, "kg"),
]


@pytest.mark.parametrize("text,span,low,high,approximate,unit", POSITIVE)
def test_quantity(text, span, low, high, approximate, unit):
    found = _read(text)
    assert len(found) >= 1, f"nothing found in {text!r}"
    q = found[0]
    start = text.index(span)
    assert (q.span.text, q.span.start, q.span.end) == (span, start, start + len(span))
    assert (q.low, q.high, q.approximate, q.unit) == (low, high, approximate, unit)
    assert type(q.low) is type(low) and type(q.high) is type(high)  # int when integral
    assert not q.weak


def test_change_reads_both_numbers_apart():
    text = "Het aantal steeg met 12.000 tot 392.000 werklozen."
    assert [(q.span.text, q.low, q.high) for q in _read(text)] == [
        ("12.000", 12000, 12000),
        ("392.000", 392000, 392000),
    ]


NEGATIVE = [
    ("relative time", "Het bericht verscheen 34 minuten geleden."),
    ("relative time glued", "1 uur geledenUTRECHT (ANP) - Er is niets gebeurd."),
    ("date", "De wet gaat op 23 december in."),
    ("date with year", "De wet gaat op 1 januari 2027 in."),
    ("numeric date", "De wet gaat op 14-01-2026 in."),
    ("numeric date slashes", "De wet gaat op 14/01/2026 in."),
    ("year after in", "Het gebeurde in 2025 al eens."),
    ("year after sinds", "Het is de zwaarste storm sinds 1999."),
    ("year range", "De cijfers over 2019-2023 zijn gunstig."),
    ("two years", "Dat gold in 2024 en 2025 ook."),
    ("clock time colon", "De trein vertrok om 21:15 naar het noorden."),
    ("clock time dot", "De trein vertrok om 14.30 uur naar het noorden."),
    ("duration prison", "Hij kreeg tien jaar cel."),
    ("duration days", "Het festival duurt drie dagen."),
    ("duration hours", "De actie duurt 48 uur."),
    ("frequency", "Hij belde twee keer aan."),
    ("age in brackets", "Burgemeester Anke Bosma (54) opende het hek."),
    ("age adjective", "Een 54-jarige man is aangehouden."),
    ("ordinal word", "Het is de derde keer dit jaar."),
    ("ordinal digits", "Ze eindigde als 3e in de race."),
    ("list number", "1. Eerst het goede nieuws."),
    ("house number", "Het pand aan de Dorpsstraat 12 brandde af."),
    ("article label", "Artikel 5 van het verdrag is van kracht."),
    ("label lowercase", "Zie hoofdstuk 7 van het rapport."),
    ("score", "Ajax won met 2-1 van Feyenoord."),
    ("phone number", "Bel 020-1234567 voor meer informatie."),
    ("mobile number", "Bel 06-12345678 voor meer informatie."),
    ("isbn", "Het boek heeft nummer 978-90-12345-67-8 gekregen."),
    ("model F-16", "Een F-16 vloog over de stad."),
    ("model Covid-19", "Covid-19 is nog niet weg."),
    ("model G7", "De G7 komt bijeen."),
    ("model name", "Een Boeing 737 maakte een noodlanding."),
    ("postcode", "Het adres is Laan 4, 1234 AB Amersfoort."),
    ("article een", "Een man liep over straat."),
    ("idiom in één klap", "De ploeg steeg in één klap naar de top."),
    ("clock time in words", "Om half vier ging het hek open, om tien voor acht dicht."),
    ("a name", "Dat zegt mevrouw Honderd uit Assen."),
    ("ages in brackets", "De mannen uit Zwolle (31 en 27) en een vrouw (45) zijn opgepakt."),
    ("idiom in acht genomen", "Daarbij werden nieuwe regels in acht genomen."),
    ("year at the end of a clause", "Het is een stijging in vergelijking met 2019."),
    ("duration after adjectives", "Er gelden twee verplichte vrije dagen."),
    ("few days", "Over enkele dagen begint de bouw."),
    ("verb acht", "Hij acht de kans klein."),
    ("half without multiplier", "De halve stad was op de been."),
    ("weekday date", "Op maandag 12 mei is er een feest."),
    ("ratio", "Ongeveer een op de vijf jongeren sport niet."),
    ("years between", "Tussen 2010 en 2020 verdubbelde het aantal."),
    ("two ages", "De mannen, van 19 en 23 jaar, zijn vrij."),
    ("age after man van", "Een man van 45 uit Almelo is opgepakt."),
    ("decade", "Dat was in de jaren 90 heel gewoon."),
    ("phone in groups", "Bel 020 123 4567 voor informatie."),
    ("phone with country code", "Bel +31 6 12345678 voor informatie."),
    ("fraction", "Ruim twee derde van de leden stemde voor."),
    ("fraction digits", "Bijna 3 kwart van de leden stemde voor."),
    ("year after tot", "De gemeente wil tot 2035 elk jaar bomen planten."),
    ("year after tot, adverb", "Het rijk wil tot 2040 jaarlijks dijken versterken."),
    ("part of a duration", "Hij kreeg twaalf maanden cel, waarvan vier voorwaardelijk."),
]


@pytest.mark.parametrize("name,text", NEGATIVE, ids=[n for n, _ in NEGATIVE])
def test_not_a_quantity(name, text):
    assert _read(text) == ()


WEAK = [
    ("Er viel een gewonde.", "een", 1, 1, False),
    ("Er vielen enkele gewonden.", "enkele", 2, 9, True),
    ("Er waren een paar arrestaties.", "een paar", 2, 9, True),
    # the article "een" stays weak before a unit; it is a figure only before an event word
    ("De prijs van een liter melk steeg fors.", "een liter", 1, 1, False),
]


@pytest.mark.parametrize("text,span,low,high,approximate", WEAK)
def test_weak_only_when_asked(text, span, low, high, approximate):
    assert _read(text) == ()
    (q,) = _read(text, weak=True)
    start = text.index(span)
    assert (q.span.start, q.span.end, q.low, q.high, q.approximate, q.weak) == (
        start,
        start + len(span),
        low,
        high,
        approximate,
        True,
    )


def test_several_in_one_sentence_in_text_order():
    text = "Er vielen 12 doden, tientallen gewonden en ruim 300 mensen zijn gevlucht."
    assert [(q.span.text, q.low, q.high) for q in _read(text)] == [
        ("12", 12, 12),
        ("tientallen", 20, 99),
        ("ruim 300", 300, None),
    ]


def test_to_after_a_number_is_no_upper_bound():
    text = "De omzet steeg met 12% tot 4,3 miljard euro."
    assert [(q.span.text, q.low, q.high) for q in _read(text)] == [
        ("12%", 12, 12),
        ("4,3 miljard euro", 4300000000, 4300000000),
    ]


def test_within_limits_the_search():
    text = "Eerst 10 boten. Dan 20 boten."
    second = Span.of(text, 16, len(text))
    (q,) = parse_quantities(text, second, "nl")
    assert (q.span.start, q.span.end, q.low) == (20, 22, 20)


@pytest.mark.parametrize(
    "token,value",
    [("12.000", 12000), ("2,3", 2.3), ("drieduizend", 3000), ("anderhalf", 1.5), ("14.30", None), ("achten", None)],
)
def test_parse_number(token, value):
    assert parse_number(token, "nl") == value


# English: the same parser with lang/en/numbers.toml
POSITIVE_EN = [
    ("There are 12,000 residents.", "12,000", 12000, 12000, False, None),
    ("The fund gets $3.5 billion.", "$3.5 billion", 3500000000, 3500000000, False, "USD"),
    ("Inflation was 2.3 percent.", "2.3 percent", 2.3, 2.3, False, "%"),
    ("Support fell 0.4 percentage points.", "0.4 percentage points", 0.4, 0.4, False, "pp"),
    ("The city raised 4 million euros.", "4 million euros", 4000000, 4000000, False, "EUR"),
    ("Some one hundred and fifty people came.", "one hundred and fifty", 150, 150, True, None),
    ("Twenty-five people came.", "Twenty-five", 25, 25, False, None),
    ("Three thousand people came.", "Three thousand", 3000, 3000, False, None),
    ("It costs half a million.", "half a million", 500000, 500000, False, None),
    ("More than 12,000 troops are active.", "More than 12,000", 12000, None, False, None),
    ("At least 23 people died.", "At least 23", 23, None, False, None),
    ("Up to 500 people may come.", "Up to 500", None, 500, False, None),
    ("Nearly 3,000 troops left.", "Nearly 3,000", None, 3000, False, None),
    ("An estimated 1.5 million people fled.", "1.5 million", 1500000, 1500000, True, None),
    ("Between 3,000 and 4,000 homes burned.", "Between 3,000 and 4,000", 3000, 4000, False, None),
    ("Dozens of people are missing.", "dozens", 20, 99, True, None),
    # money with the multiplier against the number, currency ranges, estimates after the number
    ("The plan costs £12bn a year.", "£12bn", 12000000000, 12000000000, False, "GBP"),
    ("It cost $3–40 billion (€2.7–36 billion).", "$3–40 billion", 3000000000, 40000000000, False, "USD"),
    ("It will cost $8 billion to $20 billion.", "$8 billion to $20 billion", 8000000000, 20000000000, False, "USD"),
    ("Another 40 or so were hurt.", "40 or so", 40, 40, True, None),
    ("At least a dozen homes burned.", "At least a dozen", 12, None, True, None),
    ("Waves rose as high as 9 feet.", "as high as 9", None, 9, False, None),
    ("Scores of people were hurt.", "Scores", 40, 99, True, None),
    ("At least three of them were hurt.", "At least three", 3, None, False, None),
    ("Nearly 3 million March 4 voters stayed home.", "Nearly 3 million", None, 3000000, False, None),
    ("A 5.2-magnitude quake hit the coast.", "5.2-magnitude", 5.2, 5.2, False, "magnitude"),
    ("Officials logged a magnitude 4 aftershock.", "magnitude 4", 4, 4, False, "magnitude"),
    ("The toll has gone up to 117.", "117", 117, 117, False, None),
    ("The toll could go up to 900.", "up to 900", None, 900, False, None),
    ("Tens of thousands of people marched.", "Tens of thousands", 20000, 99999, True, None),
    ("Unemployment rose by 12,000 to 392,000.", "12,000", 12000, 12000, False, None),
    ("Bread now costs above 3 euros.", "above 3 euros", 3, None, False, "EUR"),
    ("A coffee costs 95 euro cents.", "95 euro cents", 0.95, 0.95, False, "EUR"),
    ("The barn covers 900 square metres.", "900 square metres", 900, 900, False, "m2"),
]


@pytest.mark.parametrize("text,span,low,high,approximate,unit", POSITIVE_EN)
def test_quantity_en(text, span, low, high, approximate, unit):
    found = parse_quantities(text, Span.of(text, 0, len(text)), "en")
    assert found, f"nothing found in {text!r}"
    q = found[0]
    start = text.lower().index(span.lower())
    assert (q.span.start, q.span.end) == (start, start + len(span))
    assert (q.low, q.high, q.approximate, q.unit) == (low, high, approximate, unit)


NEGATIVE_EN = [
    "The city saw three straight days of protest.",  # a duration after an adjective
    "Mary Oduya, 64, from Leeds, said she came by bus.",  # an age between commas
    "The shop opened at 7 a.m. and closed at 5pm.",  # clock times
    "No one was hurt in the blaze.",  # an idiom
    "He was jailed for ten years.",
    "The law takes effect on 23 December.",
    "It happened in 2025.",
    "The train left at 21:15.",
    "A 54-year-old man was arrested.",
    "Mayor Ann Hale (54) opened the bridge.",
    "She finished 3rd in the race.",
    "The team won 2-1.",
    "An F-16 flew over the city.",
    "See article 5 of the treaty.",
    "A man walked by.",
    "He called twice, three times in all.",
]


@pytest.mark.parametrize("text", NEGATIVE_EN)
def test_not_a_quantity_en(text):
    assert parse_quantities(text, Span.of(text, 0, len(text)), "en") == ()


_TOKENS = [
    "meer", "dan", "ruim", "bijna", "tot", "tussen", "en", "à", "-", "12.000", "3000", "1,5",
    "miljoen", "procent", "euro", "€", "$", "een", "één", "half", "drieduizend", "honderden",
    "enkele", "jaar", "december", "in", "2025", "(54)", "54-jarige", "21:15", "2-1", "doden",
    "mensen", "naar", "schatting", "zo'n", ",", ".", "\n", "of", "meer", "op", "de", "vijf",
]


@given(st.lists(st.sampled_from(_TOKENS), max_size=30), st.sampled_from(["nl", "en"]))
@settings(max_examples=300, deadline=None)
def test_spans_hold_for_any_token_soup(tokens, language):
    text = " ".join(tokens)
    within = Span.of(text, 0, len(text))
    found = parse_quantities(text, within, language, weak=True)
    last = 0
    for q in found:
        assert q.span.text == text[q.span.start : q.span.end]
        assert last <= q.span.start < q.span.end <= len(text)
        last = q.span.end
        assert q.low is not None or q.high is not None
        if q.low is not None and q.high is not None:
            assert q.low <= q.high


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("1 op de 5 patiënten wacht te lang.", []),
        ("Drie uit tien Nederlanders twijfelen.", []),
        ("Er kwamen 300 mensen op de markt af.", ["300"]),
        ("De schade bedraagt 2 miljoen euro.", ["2 miljoen euro"]),
    ],
)
def test_ratios_are_not_counts(text, spans):
    from claimtrack.model import Span
    from claimtrack.numbers import parse_quantities

    assert [q.span.text for q in parse_quantities(text, Span.of(text, 0, len(text)), "nl")] == spans


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("ACLED telt sinds april 2023 ruim 28.000 doden.", ["ruim 28.000"]),
        ("Tussen 2022 en 2024 zeker 61 ouderen.", ["zeker 61"]),
        ("Bel 020 123 4567 voor meer informatie.", []),
    ],
)
def test_a_year_before_a_bound_word_is_no_phone_number(text, spans):
    from claimtrack.model import Span
    from claimtrack.numbers import parse_quantities

    assert [q.span.text for q in parse_quantities(text, Span.of(text, 0, len(text)), "nl")] == spans


@pytest.mark.parametrize(
    "text,spans",
    [
        # the number after "per" is the base of a rate
        ("Er kwamen 4,5 klachten per 1000 reizigers binnen.", [("4,5", None)]),
        # "van 6 naar 9 procent": the first number takes the unit of the second
        ("De btw gaat van 6 naar 9 procent.", [("6", "%"), ("9 procent", "%")]),
        ("De prijs ging van 40 tot 55 euro.", [("40", "EUR"), ("55 euro", "EUR")]),
        # not after another word, and not from a scaled unit
        ("Het gaat om 6 tot 9 procent.", [("6 tot 9 procent", "%")]),
        ("De prijs steeg van 90 naar 95 cent.", [("90", None), ("95 cent", "EUR")]),
        # a count after "waarvan" without a duration before it stays
        ("Er waren 30 agenten, waarvan vier gewond.", [("30", None), ("vier", None)]),
    ],
)
def test_rates_carried_units_and_parts(text, spans):
    assert [(q.span.text, q.unit) for q in _read(text)] == spans


@pytest.mark.parametrize(
    "text, left_out",
    [
        ("Er viel een dode en een gewonde; een agent zag een paar honderd mensen.", 2),
        # after "een jaar" (a duration) and the elliptic "zes", "een boete" is read in full
        ("Hij kreeg een jaar cel, waarvan zes voorwaardelijk, en een boete van 300 euro.", 0),
        ("De prijs steeg van een naar 3 euro per liter, en een op de vijf klanten haakte af.", 1),
        ("Naar schatting een dode, enkele gewonden en een stuk of tien vermisten.", 1),
    ],
)
def test_keep_weak_leaves_out_only_what_the_caller_drops(text, left_out):
    # A caller that keeps a weak word only before "dode"/"gewonde" gets, with keep_weak, the
    # same quantities as when it filters the full reading itself.
    def keep(t: str, end: int, limit: int, approximate: bool) -> bool:
        return t[end:limit].lstrip().startswith(("dode", "gewonde"))

    def wanted(qs):
        return [q for q in qs if not q.weak or keep(text, q.span.end, len(text), q.approximate)]

    whole = Span.of(text, 0, len(text))
    full = parse_quantities(text, whole, "nl", weak=True)
    early = parse_quantities(text, whole, "nl", weak=True, keep_weak=keep)
    assert wanted(early) == wanted(full)
    assert len(full) - len(early) == left_out
