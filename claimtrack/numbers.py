"""Quantities in running text: numbers, their bounds, vague amounts and units.

``parse_quantities`` reads "meer dan 12.000", "1,5 miljoen", "drieduizend", "tussen 3000
en 4000", "honderden", "€ 4 miljard", "2,3 procent" and returns them as
:class:`Quantity` values with UCDP-style ``low``/``high`` bounds. It knows nothing about
what a number counts; :mod:`claimtrack.figures` adds that.

Everything language-specific (separators, number-word parts, bound words, vague words,
units, the words that make a number a date or a duration) comes from
``lang/<code>/numbers.toml``; number words are valued by text2num. The compiled grammar is
built once per language (``functools.lru_cache``).

Span rule (one rule, everywhere): a quantity's span covers its bound words ("meer dan",
"bijna", "tussen de ... en"), a currency or measure word before the number ("€",
"magnitude"), the number(s), a multiplier ("miljoen") and a unit after it ("euro",
"procent", "km"), and "of meer"/"of minder". Estimate words before it ("naar schatting",
"ongeveer", "zo'n") are *not* in the span; they set ``approximate``. A clause-level estimate
("naar schatting") a few words earlier in the same clause sets it too ("is naar schatting
opgelopen tot ruim 400.000").

Units: a unit after the number ("procent", "euro", "km"); a compound with "per" and a
denominator after one noun ("400 liter regen per vierkante meter" = l/m2); scaled units are
converted ("11 cent" = 0.11 EUR, data ``[units.scaled]``); in "van 9 naar 21 procent" the first
number takes the unit of the second.

Bounds (UCDP low/high): exact ``low == high``; at least ("meer dan", "ruim", "zeker",
"minstens", "boven") ``high=None``; at most ("tot", "maximaal", "minder dan") ``low=None``; nearly
("bijna") ``low=None, high=N``; ranges ``low < high``; vague words
("honderden") their interval from the data file, ``approximate=True``.

Not quantities (contract rules, each with a test row): times, dates, years after a year
word, clock times, durations and frequencies ("drie dagen", "twee keer"), ages "(54)" and
"54-jarige", ordinals ("3e", "derde"), list numbers, house numbers, labels ("artikel 5"),
model names ("F-16", "Covid-19", "G7", "Boeing 737"), scores ("2-1"), phone numbers,
postcodes, a year after a bound word that is also a year word ("wil tot 2030 jaarlijks"; "tot
2000 bezoekers" stays), the base of a rate ("per 1000 inwoners"), and a number after
"waarvan" that is part of a duration before it ("achttien maanden cel, waarvan zes
voorwaardelijk"). The article "een" is weak even before a unit ("de prijs van een liter").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache

from text_to_num import text2num

from claimtrack import lang
from claimtrack.model import Span
from claimtrack.quick import quick_init
from claimtrack.wordlists import RE_FOLD, fold_case, phrase_alternation, phrase_key

Number = int | float


@quick_init  # one per number read: a cheaper __init__, same class
@dataclass(frozen=True, slots=True)
class Quantity:
    """A quantity found in text.

    Attributes:
        span: the words of the quantity (see the module's span rule).
        low: lower bound, or None when open ("bijna 3000", "tot 500"); int when integral.
        high: upper bound, or None when open ("meer dan 12.000"); ``low == high`` when exact.
        approximate: an estimate ("naar schatting", "ongeveer", "mogelijk") or a vague
            word ("honderden").
        unit: "%", "pp", "EUR", "USD", "km", "magnitude", ...; None for plain counts.
        weak: True for words that are only a figure when they directly count something
            that happened to people ("één dode", "enkele gewonden"): number words below
            ``weak_below`` and "een paar"/"enkele". Only returned when asked for.
    """

    span: Span
    low: Number | None
    high: Number | None
    approximate: bool
    unit: str | None
    weak: bool = False




@dataclass(frozen=True, slots=True)
class _Grammar:
    """Compiled regular expressions and tables for one language (built once)."""

    language: str
    core: re.Pattern[str]
    candidates: re.Pattern[str]  # word runs that may start a number: a digit or a prefix
    prefixes: frozenset[str]  # first three letters of every number word and phrase
    joiner_words: tuple[str, ...]  # word joiners inside number words ("and")
    left: re.Pattern[str]
    left_last: frozenset[str]  # last words of the phrases the left pattern can end with
    mult: re.Pattern[str]
    sep: re.Pattern[str]
    between_and: re.Pattern[str]
    unit: re.Pattern[str]
    post: re.Pattern[str]
    attached: re.Pattern[str]  # mult, sep, unit or post, or a hyphen, right after a number
    next_word: re.Pattern[str]
    digit_part: re.Pattern[str]
    postcode: re.Pattern[str]
    phone_start: re.Pattern[str]  # a digit group that is an area code ("020")
    phone_groups: re.Pattern[str]  # right after a number: more groups follow ("06 1234")
    phone_groups_before: re.Pattern[str]  # right before it: it is a later group
    thousands: str
    decimal: str
    dot_decimal_units: frozenset[str]  # units next to which "2.6" is 2,6 (data: format.dot_decimal_units)
    dot_decimal: re.Pattern[str]  # "2.6": one or two digits on each side of the thousands mark
    max_plain_digits: int
    weak_below: Decimal
    hyphen_min: int
    phrases: dict[str, tuple[str, Decimal, Decimal]]  # key -> (kind, low, high)
    multipliers: dict[str, Decimal]
    bound_kind: dict[str, str]
    post_kind: dict[str, str]
    units_before: dict[str, str]
    units_after: dict[str, str]
    approximate_before: frozenset[str]  # "een kilo of": a unit before the number, an estimate
    not_before: frozenset[str]
    scale_not_before: frozenset[str]  # "a magnitude of 5.3": the article and its unit count nothing
    not_counts: frozenset[str]
    months: frozenset[str]
    weekdays: frozenset[str]
    year_range: tuple[int, int]
    year_before: frozenset[str]
    year_joiners: frozenset[str]
    year_before_at_end: frozenset[str]  # a year after these words when the clause ends there
    size_nouns: frozenset[str]  # "het maximum van 1950": a count, not a year
    year_unless_counted: frozenset[str]  # "de cijfers over 2019"; "over 1800 banen" counts
    year_before_noun: frozenset[str]  # "the 2019 report": a year between one of these and a singular noun
    unmarked_plurals: frozenset[str]  # "the 1500 people": plural nouns without a plural ending
    level_nouns: frozenset[str]  # "the 2000 mark": a singular noun a count stands before
    address_nouns: frozenset[str]  # "the 1800 block of": a number before these names a place
    plural_like_verbs: frozenset[str]  # "over 2017 mogen": no plural noun after the year
    place_openers: frozenset[str]  # "In Velmar 40 people died": a capitalised word after these, opening a sentence, is a place
    labels: frozenset[str]
    label_adverbs: frozenset[str]  # "bel dan 112": adverbs between a label and its number
    coordinators: frozenset[str]
    age_before: re.Pattern[str]
    age_last: frozenset[str] | None  # last words of the phrases of age_before, ratio, clock_before, clock_link_before
    ratio_last: frozenset[str] | None
    clock_before_last: frozenset[str] | None
    clock_link_last: frozenset[str] | None
    coordinated: re.Pattern[str]
    ratio: re.Pattern[str]
    ratio_after: re.Pattern[str]
    street_suffixes: tuple[str, ...]
    plural_endings: tuple[str, ...]
    adverb_endings: tuple[str, ...]
    to_word: str
    tot_is_to_after: frozenset[str]
    ambiguous_separators: frozenset[str]
    range_openers: frozenset[str]  # "rukwinden van 90 tot 110": a range after a noun
    separator_adverbs: re.Pattern[str]  # "van 90 tot wel 110": a word before the second number
    change_verbs: frozenset[str]  # "ging van 40 tot 55": beside ``tot_is_to_after``, a change
    no_range_after: frozenset[str]
    scaled_units: dict[str, tuple[str, Decimal]]  # "EUR-cent" -> ("EUR", 0.01)
    per_unit: re.Pattern[str]  # " regen per vierkante meter" after a unit
    per_word: str
    rate_before: frozenset[str]
    durations: frozenset[str]
    elliptic_after: frozenset[str]
    carry_before: frozenset[str]
    carry_between: frozenset[str]
    articles: frozenset[str]  # "een": weak even before a unit ("een liter")
    clause_estimate: re.Pattern[str]  # "naar schatting" earlier in the clause
    clause_estimate_words: int
    clause_estimate_probes: tuple[str, ...]  # last words of those phrases: a cheap pre-check
    glued: re.Pattern[str]  # "bn" in "£15bn": a multiplier against the number
    glued_value: dict[str, Decimal]
    approx_suffix: str  # "tal": "een twaalftal", "30.000-tal" are about that many
    variants: dict[str, str]  # other spellings of a number word: "eén" -> "één"
    strong_words: frozenset[str]  # number words below weak_below that are never articles
    idioms: re.Pattern[str]  # "in één klap": fixed phrases that count nothing
    idiom_probes: re.Pattern[str] | None  # their literal beginnings, lower case: a cheap test first
    idioms_hold_digits: bool  # whether an idiom's match may hold a digit (else no digit group is in one)
    clock_before: re.Pattern[str]  # "half " right before a number word: a clock time
    clock_after: re.Pattern[str]  # " voor acht" right after one
    clock_link_before: re.Pattern[str]  # "tien voor " right before one
    clock_max: int
    clock_suffix: re.Pattern[str]  # "6 p.m.": right after the number
    names_capitalised: bool  # a capitalised number word inside a sentence is a name
    brackets: re.Pattern[str]  # numbers alone in brackets: "(27, 22 en 19)"
    age_max: int
    places: frozenset[str]  # listed places: "in Drenthe (4)" counts, it is no age
    origins: frozenset[str]  # ... but "twee uit Assen (19 en 26)" are ages
    unit_number_before: frozenset[str]  # "de 13 Lichte Brigade": a name's number
    demonyms: frozenset[str]  # "Nederlandse", "Belgen": a people, no name ("de 30 Nederlandse Mariniers")


_key = lru_cache(maxsize=1 << 16)(phrase_key)  # the same few thousand words, keyed again and again
_alt = phrase_alternation


@cache
def _grammar(language: str) -> _Grammar:
    d = lang.load(language, "numbers")
    fmt, words, nc = d["format"], d["words"], d["not_counts"]
    th, dec = re.escape(fmt["thousands"]), re.escape(fmt["decimal"])

    phrases: dict[str, tuple[str, Decimal, Decimal]] = {}
    for w, (lo, hi) in d["vague"].items():
        phrases[_key(w)] = ("vague", Decimal(lo), Decimal(hi))
    for w, (lo, hi) in d["weak_vague"].items():
        phrases[_key(w)] = ("weak_vague", Decimal(lo), Decimal(hi))
    for w, v in d["fractions"].items():
        phrases[_key(w)] = ("fraction", Decimal(str(v)), Decimal(str(v)))
    for w, v in d["before_multiplier"].items():
        phrases[_key(w)] = ("scale", Decimal(str(v)), Decimal(str(v)))

    parts = words["parts"]
    starts = _alt(parts, boundary=False)
    joiners = sorted(words["joiners"], key=len, reverse=True)  # may hold spaces: " and "
    joiner = "|".join(r"\s+".join(re.escape(x) for x in j.split(" ")) for j in joiners)
    joined = f"(?:{joiner})?{_alt(parts, boundary=False)}"
    seps = "".join(re.escape(c) for c in sorted({fmt["thousands"], fmt["decimal"]}))
    rg = d["ranges"]
    suffix = _alt([rg["approx_suffix"]], boundary=False) if rg.get("approx_suffix") else "(?!)"
    art = rf"(?:{_alt([rg['approx_article']])}\s+)?" if rg.get("approx_article") else ""
    core = re.compile(
        rf"(?P<tal>{art}(?:\d{{1,3}}(?:{th}\d{{3}})+|\d+|{starts}(?:{joined})*)-?{suffix})\b|"
        rf"(?P<grouped>(?<![\w.,/:\-–+])\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+)(?![\d/:\-–_]|[.,]\d)|"
        rf"(?P<digits>\d(?<![\w.,/:\-–+]\d)\d*(?:[{seps}:/\-–]\d+)*)"
        rf"|\b(?:(?P<phrase>{_alt(phrases, boundary=False)})\b"
        rf"|(?P<words>{starts}(?:{joined})*)\b)",
        re.IGNORECASE,
    )

    b = d["bounds"]
    bound_kind = {}
    for kind in ("at_least", "at_most", "nearly"):
        for w in b[kind]:
            bound_kind[_key(w)] = kind
    post_kind = {_key(w): "at_least" for w in b["after_at_least"]}
    post_kind.update({_key(w): "at_most" for w in b["after_at_most"]})
    post_kind.update({_key(w): "estimate" for w in b.get("after_estimate", ())})
    r = d["ranges"]
    units_before = {_key(k): v for k, v in d["units"]["before"].items()}
    units_after = {_key(k): v for k, v in d["units"]["after"].items()}
    frame = d["units"].get("approximate_frame", [])
    approximate_before = {f"{_key(frame[0])} {k} {_key(frame[1])}": v for k, v in units_after.items() if frame and " " not in k and k.isalpha()}
    units_before.update(approximate_before)
    left = re.compile(
        rf"(?<!\w){_starts_with(list(b['estimate']) + list(bound_kind) + list(r['between']) + list(units_before))}"
        rf"(?:(?P<est>{_alt(b['estimate'])})\s+)?"
        rf"(?:(?P<bnd>{_alt(bound_kind)})\s+)?"
        rf"(?:(?P<btw>{_alt(r['between'])})\s+)?"
        rf"(?:(?P<cur>{_alt(units_before)})\s?)?\Z",
        re.IGNORECASE,
    )
    multipliers = {_key(k): Decimal(v) for k, v in d["multipliers"].items()}
    per = d["units"].get("per", {})
    prefixes = frozenset(
        v
        for w in list(phrases) + parts
        for p in (_key(w)[:3].split(" ")[0],)  # "de paar": a two-letter first word
        for v in (p, p.capitalize(), p.upper())
    )
    # a run of word characters that starts with a digit or a three-letter prefix, or is a
    # shorter prefix as a whole ("de", "a"); case as in ``prefixes``
    # (grouped by first letter, behind a class of the first characters: the engine then
    # skips the positions where no candidate starts, and tries few alternatives where one may)
    long_p = _by_first({p for p in prefixes if len(p) == 3})
    short_p = "|".join(_short_candidate(p, list(phrases) + parts) for p in prefixes if len(p) < 3)
    firsts = "".join(sorted({re.escape(ch) for ch in "0123456789"} | {re.escape(p[0]) for p in prefixes}))
    word_start = r"\b" if all(p[0].isalnum() for p in prefixes) else r"(?<!\w)"  # the same before a letter
    candidates = re.compile(
        rf"(?=[{firsts}]){word_start}(?:[0-9]|{long_p or '(?!)'}|{short_p or '(?!)'})\w*"
    )
    mult = rf"\s+(?P<m>{_alt(multipliers)})"
    sep = rf"\s*(?P<s>{_alt(r['separators'])})\s*"
    unit = rf"[\s-]?(?P<u>{_alt(units_after, boundary=False)})(?![\w%])"
    post = rf"\s+(?P<p>{_alt(post_kind)})"
    return _Grammar(
        language=language,
        core=core,
        candidates=candidates,
        joiner_words=tuple(_key(j) for j in words["joiners"] if _key(j).isalpha()),
        prefixes=prefixes,
        left=left,
        left_last=frozenset(
            x
            for w in list(b["estimate"]) + list(bound_kind) + list(r["between"]) + list(units_before)
            for x in (_key(w).split()[-1].rstrip("."), _key(w)[-1])
        ),
        mult=re.compile(mult, re.IGNORECASE),
        sep=re.compile(sep, re.IGNORECASE),
        # "tussen de vier- en zesduizend": the first word may be cut short by a hyphen
        between_and=re.compile(rf"-?\s+{re.escape(r['between_and'])}\s+", re.IGNORECASE),
        unit=re.compile(unit, re.IGNORECASE),
        post=re.compile(post, re.IGNORECASE),
        # any of those four, or a hyphen: where none matches, nothing is attached after a number
        attached=re.compile(rf"{mult}|{sep}|{unit}|{post}|-", re.IGNORECASE),
        next_word=re.compile(r"[ \t]+(\w(?:[\w'’]*\w)?)"),  # no closing quote: "in 30 jaar’"
        digit_part=re.compile(rf"(?:\d{{1,3}}(?:{th}\d{{3}})+|\d+)(?:{dec}\d+)?"),
        postcode=re.compile(nc.get("postcode_after", r"(?!)")),
        phone_start=re.compile(nc.get("phone_start", r"(?!)")),
        phone_groups=re.compile(nc.get("phone_groups", r"(?!)")),
        phone_groups_before=re.compile(nc.get("phone_groups_before", r"(?!)")),
        thousands=fmt["thousands"],
        decimal=fmt["decimal"],
        dot_decimal_units=frozenset(fmt.get("dot_decimal_units", ())),
        dot_decimal=re.compile(rf"\d{{1,2}}{th}\d{{1,2}}"),
        max_plain_digits=int(fmt["max_plain_digits"]),
        weak_below=Decimal(words["weak_below"]),
        hyphen_min=int(r["hyphen_min"]),
        phrases=phrases,
        multipliers=multipliers,
        bound_kind=bound_kind,
        post_kind=post_kind,
        units_before=units_before,
        units_after=units_after,
        approximate_before=frozenset(approximate_before),
        not_before=frozenset(_key(w) for w in words["not_before"]),
        scale_not_before=frozenset(_key(w) for w in words.get("scale_not_before", ())),
        not_counts=frozenset(_key(w) for w in nc["time_units"] + nc["months"] + nc["weekdays"]),
        months=frozenset(_key(w) for w in nc["months"]),
        weekdays=frozenset(_key(w) for w in nc["weekdays"]),
        year_range=(int(nc["year_range"][0]), int(nc["year_range"][1])),
        year_before=frozenset(_key(w) for w in nc["year_before"]),
        year_joiners=frozenset(_key(w) for w in nc["year_joiners"]),
        year_before_at_end=frozenset(_key(w) for w in nc.get("year_before_at_clause_end", ())),
        size_nouns=frozenset(_key(w) for w in nc.get("size_nouns", ())),
        year_unless_counted=frozenset(_key(w) for w in nc.get("year_before_unless_counted", ())),
        year_before_noun=frozenset(_key(w) for w in nc.get("year_before_noun", ())),
        unmarked_plurals=frozenset(_key(w) for w in nc.get("unmarked_plurals", ())),
        level_nouns=frozenset(_key(w) for w in nc.get("level_nouns", ())),
        address_nouns=frozenset(_key(w) for w in nc.get("address_nouns", ())),
        plural_like_verbs=frozenset(_key(w) for w in nc.get("plural_like_verbs", ())),
        place_openers=frozenset(_key(w) for w in nc.get("place_openers", ())),
        labels=frozenset(_key(w) for w in nc["labels"]),
        label_adverbs=frozenset(_key(w) for w in nc.get("label_adverbs", ())),
        coordinators=frozenset(_key(w) for w in nc["coordinators"]),
        age_before=re.compile(rf"{_alt(nc['age_before'])}\s+\Z", re.IGNORECASE),
        age_last=_last_words(nc["age_before"]),
        ratio_last=_last_words(nc["ratio_words"]),
        clock_before_last=_last_words(nc.get("clock_before", [])),
        clock_link_last=_last_words(nc.get("clock_links", [])),
        coordinated=re.compile(rf"\s+{_alt(nc['coordinators'])}\s+[\w.,]+\s+(\w+)", re.IGNORECASE),
        ratio=re.compile(rf"(?:\d|\b{starts})\w*\s+{_alt(nc['ratio_words'])}\s+\Z", re.IGNORECASE),
        ratio_after=re.compile(rf"\s+{_alt(nc['ratio_words'])}\s+", re.IGNORECASE),
        street_suffixes=tuple(nc["street_suffixes"]),
        plural_endings=tuple(nc["plural_endings"]),
        adverb_endings=tuple(nc.get("adverb_endings", ())),
        to_word=_key(b.get("to_word", "")),
        tot_is_to_after=frozenset(_key(w) for w in b["to_is_reached_after"]),
        ambiguous_separators=frozenset(_key(w) for w in r["ambiguous_separators"]),
        range_openers=frozenset(_key(w) for w in r.get("range_openers", [])),
        separator_adverbs=re.compile(rf"(?:{_alt(r['separator_adverbs'])})\s+" if r.get("separator_adverbs") else r"(?!)", re.IGNORECASE),
        change_verbs=frozenset(_key(w) for w in r.get("change_verbs", [])),
        no_range_after=frozenset(_key(w) for w in r["no_range_after"]),
        scaled_units={
            k: (v[0], Decimal(str(v[1]))) for k, v in d["units"].get("scaled", {}).items()
        },
        per_unit=re.compile(
            rf"[ \t]+[\w'’]+[ \t]+{_alt([per.get('word', '')])}[ \t]+"
            rf"(?P<d>{_alt(per.get('denominators', []))})",
            re.IGNORECASE,
        ),
        per_word=_key(per.get("word", "")),
        articles=frozenset(_key(w) for w in words.get("articles", ())),
        rate_before=frozenset(_key(w) for w in nc.get("rate_before", ())),
        durations=frozenset(_key(w) for w in nc["time_units"]),
        elliptic_after=frozenset(_key(w) for w in nc.get("elliptic_after", ())),
        carry_before=frozenset(_key(w) for w in r.get("unit_carry_before", ())),
        carry_between=frozenset(_key(w) for w in r.get("unit_carry_between", ())),
        clause_estimate=re.compile(
            rf"(?<!\w){_alt(b.get('clause_estimate', []))}(?P<gap>[^.,;:!?()\[\]\n–\d]*)\Z",
            re.IGNORECASE,
        ),
        clause_estimate_words=int(b.get("clause_estimate_words", 0)),
        clause_estimate_probes=tuple(_key(w).split()[-1] for w in b.get("clause_estimate", ())),
        glued=re.compile(rf"(?P<g>{_alt(d.get('glued_multipliers', {}), boundary=False)})(?!\w)", re.IGNORECASE),
        glued_value={_key(k): Decimal(v) for k, v in d.get("glued_multipliers", {}).items()},
        approx_suffix=_key(r.get("approx_suffix", "")),
        variants={_key(k): _key(v) for k, v in words.get("variants", {}).items()},
        strong_words=frozenset(_key(w) for w in words.get("strong", ())),
        idioms=re.compile(
            r"(?<!\w)(?:" + "|".join(nc["idioms"]) + r")(?!\w)" if nc.get("idioms") else "(?!)",
            re.IGNORECASE,
        ),
        idiom_probes=_any_of(_literal_starts(nc.get("idioms", []))),
        idioms_hold_digits=any(_may_match_digit(p) for p in nc.get("idioms", [])),
        clock_before=re.compile(rf"(?<!\w){_alt(nc.get('clock_before', []))}\s+\Z", re.IGNORECASE),
        clock_after=re.compile(rf"\s+{_alt(nc.get('clock_links', []))}\s+(\w+)", re.IGNORECASE),
        clock_link_before=re.compile(rf"(\w+)\s+{_alt(nc.get('clock_links', []))}\s+\Z", re.IGNORECASE),
        clock_max=int(nc.get("clock_max", 0)),
        clock_suffix=re.compile(nc.get("clock_suffix", "(?!)"), re.IGNORECASE),
        names_capitalised=bool(nc.get("capitalised_word_is_name", False)),
        # One character per repeat: "(?:[...]+|...)+" backtracks exponentially on "(5.,5.,5.,..." without ")".
        brackets=re.compile(rf"\((?:[\d{seps}\s]|{_alt(nc['coordinators'])})+\)", re.IGNORECASE),
        age_max=int(nc.get("age_max", 0)),
        places=frozenset(lang.load(language, "sources").get("places", ())),
        origins=frozenset(_key(w) for w in lang.load(language, "sources").get("origin_prepositions", ())),
        unit_number_before=frozenset(_key(w) for w in nc.get("unit_number_before", ())),
        demonyms=frozenset(_key(f) for forms in lang.load(language, "sources").get("places", {}).values() for f in forms),
    )


def _by_first(words: set[str]) -> str:
    """An alternation of ``words`` as written, grouped by their first character."""
    groups: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(f"{re.escape(f)}(?:{'|'.join(rest)})" for f, rest in sorted(groups.items()))


def _short_candidate(prefix: str, keys: Iterable[str]) -> str:
    """The candidate pattern of a short first word ("de" of "de paar"): the word as a whole,
    and, when no number word or phrase is that word alone, only before the first letters of
    a second word that follows it in a phrase (in any case, as the core pattern reads it):
    "de" alone starts no number, and it is the most common word of a Dutch sentence."""
    seconds = set()
    for k in (_key(w) for w in keys):
        first, _, rest = k.partition(" ")
        if first.lower() != prefix.lower():
            continue
        head = re.match(r"\w*", rest).group()[:3]  # type: ignore[union-attr]
        if not head or not rest or not head.isalpha():
            return rf"{re.escape(prefix)}(?!\w)"  # a word alone, or a second word not plain
        seconds.add(head)
    alt = "|".join(sorted((re.escape(h) for h in seconds), key=len, reverse=True))
    return rf"{re.escape(prefix)}(?!\w)(?=\s+(?i:{alt or '(?!)'}))"


def _starts_with(words: list[str]) -> str:
    """A lookahead for the first characters of ``words`` (any case: compile with
    ``re.IGNORECASE``), put before an optional sequence of their alternations: a match that
    is not empty starts with one, and the search skips every other position at once. ""
    when a word starts with white space (then any white space could start one)."""
    firsts = {phrase_key(w)[:1] for w in words} - {""}
    if " " in firsts or not firsts:
        return ""
    if "'" in firsts:
        firsts.add("’")  # the alternation reads an apostrophe as either
    return f"(?=[{''.join(re.escape(ch) for ch in sorted(firsts))}])"


@cache
def reached_words() -> frozenset[str]:
    """Words after which "to N" is where a count arrived ("rose", "opgelopen"), in every language."""
    return frozenset().union(*(_grammar(code).tot_is_to_after for code in lang.available()))


@lru_cache(maxsize=4096)
def _word_value(language: str, word: str) -> Decimal | None:
    """text2num's value of a number word, or None if it is no number ("achten")."""
    try:
        return Decimal(text2num(word, language))
    except (ValueError, TypeError):
        return None


def _digits_value(g: _Grammar, s: str) -> Decimal | None:
    """Value of one digit group written in the language's format, or None."""
    if not g.digit_part.fullmatch(s):
        return None
    intpart = s.split(g.decimal, 1)[0]
    if g.phone_start.match(intpart):  # "020", "06": an area code or a phone number
        return None
    if g.thousands not in intpart and len(intpart) >= g.max_plain_digits:
        return None
    try:
        return Decimal(s.replace(g.thousands, "").replace(g.decimal, "."))
    except InvalidOperation:
        return None


def _other_decimal(g: _Grammar, text: str, s: int, e: int, tok: str) -> Decimal | None:
    """"2.6" read with the thousands mark as decimal point, only next to a unit that is
    written so ("een kracht van 2.6", "1.9 op de schaal van Richter"); else None (a clock
    time "14.30" stays no number)."""
    if not g.dot_decimal_units or not g.dot_decimal.fullmatch(tok):
        return None
    after = g.unit.match(text, e)
    before = " " + _key(text[max(0, s - 24) : s])
    if not (
        (after and g.units_after.get(_key(after.group("u"))) in g.dot_decimal_units)
        or any(before.endswith(" " + k) and u in g.dot_decimal_units for k, u in g.units_before.items())
    ):
        return None
    return Decimal(tok.replace(g.thousands, "."))


def parse_number(token: str, language: str) -> Number | None:
    """The value of one number token: ``"12.000"`` -> 12000, ``"2,3"`` -> 2.3,
    ``"drieduizend"`` -> 3000, ``"anderhalf"`` -> 1.5; None if it is not one.

    Digits follow the language's separators (``numbers.toml [format]``); words are
    valued by text2num. int when integral, float otherwise.
    """
    g = _grammar(language)
    t = token.strip()
    if t and t[0].isdigit():
        v = _digits_value(g, t)
    else:
        ph = g.phrases.get(_key(t))
        v = ph[1] if ph and ph[0] == "fraction" else _word_value(language, t.lower())
    return None if v is None else _num(v)


def _num(d: Decimal) -> Number:
    return int(d) if d == d.to_integral_value() else float(d)


@dataclass(slots=True)
class _Core:
    """One number read at a position (mutable scratch, never leaves this module)."""

    start: int
    end: int
    kind: str  # digits | words | fraction | half | vague | weak_vague
    low: Decimal
    high: Decimal
    hyphen: tuple[Decimal, Decimal] | None = None
    plain4: bool = False  # four plain digits: maybe a year
    mult: Decimal | None = None


def _read_core(g: _Grammar, text: str, m: re.Match[str]) -> _Core | None:
    """Value a core match; None when it is no number (dates, clock times, phone numbers)."""
    s, e = m.start(), m.end()
    tok, branch = m.group(), m.lastgroup  # core's four named groups are its top-level branches
    if branch == "tal":  # "een twaalftal", "30.000-tal": about that many
        num = tok.split()[-1][: -len(g.approx_suffix)].rstrip("-")
        v = _digits_value(g, num) if num[:1].isdigit() else _word_value(g.language, _key(num))
        return None if v is None else _Core(s, e, "tal", v, v)
    if branch == "grouped":  # "80 000": digits grouped by spaces (SI style), in any language
        v = Decimal("".join(tok.split()))
        return _Core(s, e, "digits", v, v)
    if branch == "digits":
        if ":" in tok or "/" in tok:
            return None
        if "-" in tok or "–" in tok:
            pieces = re.split("[-–]", tok)
            if len(pieces) != 2:
                return None
            a, b = _digits_value(g, pieces[0]), _digits_value(g, pieces[1])
            if a is None or b is None:
                return None
            four = all(p.isdigit() and len(p) == 4 for p in pieces)
            return _Core(s, e, "digits", a, a, hyphen=(a, b), plain4=four)
        v = _digits_value(g, tok)
        if v is None:
            v = _other_decimal(g, text, s, e, tok)
        if v is None:
            return None
        return _Core(s, e, "digits", v, v, plain4=tok.isdigit() and len(tok) == 4)
    if s > 0 and text[s - 1] in "-–":  # "Covid-negentien"
        return None
    if branch == "phrase":
        kind, lo, hi = g.phrases[_key(tok)]
        return _Core(s, e, kind, lo, hi)
    v = _word_value(g.language, g.variants.get(_key(tok), _key(tok)))
    while v is None:  # "three and four": try the longest valid front part ("three")
        cut = max(tok.rfind(" "), tok.rfind("-"))
        if cut <= 0:
            return None
        tok = tok[:cut].rstrip(" -")
        for j in g.joiner_words:  # drop a dangling "and"
            if _key(tok).endswith(" " + j):
                tok = tok[: len(tok) - len(j)].rstrip()
        e = s + len(tok)
        v = _word_value(g.language, _key(tok))
    return _Core(s, e, "words", v, v)


def _prev_word(text: str, pos: int, lo: int) -> tuple[str, int]:
    """The word ending just before ``pos`` (over spaces and one dot, as in "nr."), and its
    start; ``("", pos)`` if punctuation or the start of ``lo`` comes first."""
    i = pos
    while i > lo and text[i - 1] in " \t":
        i -= 1
    if i > lo and text[i - 1] == ".":
        i -= 1
    j = i
    while j > lo and (text[j - 1].isalnum() or text[j - 1] in "'’/-"):
        j -= 1
    while j < i and text[j] in "'’-/":  # a quote before the word: "'minstens"
        j += 1
    return text[j:i], j


def _prev_char(text: str, pos: int, lo: int) -> str:
    """The last character before ``pos`` that is not a space ("" at ``lo``)."""
    i = pos
    while i > lo and text[i - 1] == " ":
        i -= 1
    return text[i - 1] if i > lo else ""


def _sentence_initial(text: str, pos: int, lo: int) -> bool:
    """Whether ``pos`` starts a sentence or line (only spaces/quotes/dashes before it)."""
    i = pos
    while i > lo and text[i - 1] in " \t\"'“‘(-–":
        i -= 1
    return i <= lo or text[i - 1] in ".!?:\n"


def parse_quantities(
    text: str,
    within: Span,
    language: str,
    *,
    weak: bool = False,
    keep_weak: Callable[[str, int, int, bool], bool] | None = None,
) -> tuple[Quantity, ...]:
    """The quantities inside ``text[within.start:within.end]``, in text order, not overlapping.

    Args:
        text: the document text; spans are offsets into it (code points, end-exclusive).
        within: the stretch to read (a sentence, a body); context outside it is not used.
        language: a code with ``lang/<code>/numbers.toml``.
        weak: also return weak quantities ("een", "één", "enkele", "een paar"), marked
            ``weak=True``; figures keep them only when they count a casualty word.
        keep_weak: with ``weak``, which weak quantities the caller keeps:
            ``keep_weak(text, end, within.end, approximate)``; one without a unit that it
            would drop may be left out before it is read to the end (the costly part).
            The quantities it keeps, and all others, are the same as without it.

    Returns:
        Quantities with spans per the module's span rule and UCDP low/high bounds.

    Raises:
        claimtrack.errors.UnsupportedLanguage: no data for ``language``.
    """
    g = _grammar(language)
    lo, hi = within.start, within.end
    out: list[Quantity] = []
    pos = lo
    # Try the full grammar only where a word or digit run could start a number (a digit,
    # or the first three letters of a number word): one C-speed scan finds those runs.
    duration = False  # the number skipped last was a duration ("achttien maanden")
    scope = _Scope(g, text, lo, hi)
    for run in g.candidates.finditer(text, lo, hi):
        s = run.start()
        if s < pos:
            continue
        m = g.core.match(text, s, hi)
        if m is None:
            continue
        c = _read_core(g, text, m)
        if c is None:
            pos = m.end()
            continue
        if c.kind == "words" and keep_weak is not None and not duration and _bare_article(g, text, c, lo, hi, pos, scope, keep_weak):
            pos = c.end  # what _quantity would say (a weak word left out), in few steps
            continue
        q, pos = _quantity(g, text, c, lo, hi, floor=pos, scope=scope, keep_weak=None if duration else keep_weak)
        if q is _LEFT_OUT:
            continue  # a weak word the caller drops ("een" as an article)
        if q is None:
            nw = g.next_word.match(text, pos, hi)
            duration = bool(nw) and _key(nw.group(1)) in g.durations
            continue
        if duration and _elliptic_duration(g, text, q, lo, hi):
            continue  # "achttien maanden cel, waarvan zes voorwaardelijk"
        duration = False
        if weak or not q.weak:
            out.append(q)
    if len(out) > 1:
        _carry_bounds(text, out)
    return _carry_units(g, text, out) if len(out) > 1 and g.carry_between else tuple(out)


_SHARES = ("%", "pp")  # unit codes of the contract


def _carry_bounds(text: str, qs: list[Quantity]) -> None:
    """"up to 180 km/h (112 mph)": a measure in brackets right after a bounded one is the
    same amount in another unit and keeps its one-sided bound."""
    for i in range(len(qs) - 1):
        a, b = qs[i], qs[i + 1]
        if a.unit in _SHARES or b.unit in _SHARES or a.unit is None or b.low is None or b.low != b.high:
            continue  # (a share is never the same amount in another unit)
        if (a.low is None) == (a.high is None):
            continue
        if text[a.span.end : b.span.start].strip() != "(":
            continue
        qs[i + 1] = Quantity(b.span, None if a.low is None else b.low, None if a.high is None else b.high, b.approximate, b.unit, b.weak)


def _elliptic_duration(g: _Grammar, text: str, q: Quantity, lo: int, hi: int) -> bool:
    """Whether ``q`` right after a duration and an ``elliptic_after`` word ("waarvan") is a
    part of that duration: no unit and no plural noun after it."""
    if q.unit is not None or _key(_prev_word(text, q.span.start, lo)[0]) not in g.elliptic_after:
        return False
    nw = g.next_word.match(text, q.span.end, hi)
    return not (nw and nw.group(1)[:1].islower() and _key(nw.group(1)).endswith(g.plural_endings))


def _carry_units(g: _Grammar, text: str, qs: list[Quantity]) -> tuple[Quantity, ...]:
    """Give the first number of "van 9 naar 21 procent" the unit of the second (data:
    ``[ranges] unit_carry_before`` / ``unit_carry_between``); not across a multiplier or a
    scaled unit ("van 3 naar 4 miljard", "van 90 naar 95 cent")."""
    for i in range(len(qs) - 1):
        a, b = qs[i], qs[i + 1]
        if a.unit is not None or b.unit is None or a.low is None or a.low != a.high:
            continue
        if _key(text[a.span.end : b.span.start].strip()) not in g.carry_between:
            continue
        if _key(_prev_word(text, a.span.start, 0)[0]) not in g.carry_before:
            continue
        words = [_key(w) for w in b.span.text.split()]
        if any(w in g.multipliers for w in words) or any(
            g.units_after.get(w) in g.scaled_units for w in words
        ):
            continue
        qs[i] = Quantity(a.span, a.low, a.high, a.approximate, b.unit, a.weak)
    return tuple(qs)


class _Scope:
    """Whether the stretch being read holds an idiom's or a clause estimate's words at all,
    found once per stretch when first asked: most sentences hold neither, and then no
    number in them needs the window searches."""

    __slots__ = ("g", "text", "lo", "hi", "_idiom", "_estimate")

    def __init__(self, g: _Grammar, text: str, lo: int, hi: int) -> None:
        self.g, self.text, self.lo, self.hi = g, text, lo, hi
        self._idiom: bool | None = None
        self._estimate: bool | None = None

    def may_hold_idiom(self) -> bool:
        if self._idiom is None:
            probes, part = self.g.idiom_probes, self.text[self.lo : self.hi]
            low = fold_case(part)  # as translate(RE_FOLD).lower(), which is slow on any non-ASCII text
            self._idiom = probes is None or probes.search(low) is not None
        return self._idiom

    def may_hold_estimate(self) -> bool:
        if self._estimate is None:
            # the probes are matched as written, like the window test
            self._estimate = _holds_any(self.text, self.lo, self.hi, self.g.clause_estimate_probes)
        return self._estimate


def _holds_any(text: str, start: int, end: int, parts: tuple[str, ...]) -> bool:
    """Whether ``text[start:end]`` holds one of ``parts`` (without copying the stretch)."""
    for p in parts:
        if text.find(p, start, end) >= 0:
            return True
    return False


def _literal_starts(patterns: Iterable[str]) -> tuple[str, ...] | None:
    """Each regular expression's literal beginning (up to its first special character),
    lower case; None when one has none, has an alternative at its top level, or holds a
    letter whose case folding is not plain lower case (then the patterns are always searched)."""
    out = []
    for p in patterns:
        lit = re.match(r"[^\\.^$*+?{}\[\]|()]*", p).group()  # type: ignore[union-attr]
        if p[len(lit) : len(lit) + 1] in ("*", "+", "?", "{"):
            lit = lit[:-1]  # "colou?r": the character before a quantifier may be absent
        if not lit or _top_level_bar(p) or any(ord(ch) >= 0x250 or ch == "µ" for ch in lit):
            return None
        out.append(lit.translate(RE_FOLD).lower())
    return tuple(out)


def _may_match_digit(pattern: str) -> bool:
    """Whether a regular expression may match a digit: it holds one, a character class, a
    dot or an escape other than white space (``\\s``, an escaped space)."""
    return re.search(r"[0-9.\[]|\\[^s ]", pattern) is not None


def _any_of(literals: tuple[str, ...] | None) -> re.Pattern[str] | None:
    """A pattern that finds any of ``literals`` as written (None: no literals known)."""
    if literals is None:
        return None
    return re.compile("|".join(re.escape(x) for x in sorted(literals, key=len, reverse=True)) or "(?!)")


def _top_level_bar(pattern: str) -> bool:
    """Whether a regular expression has a "|" outside every group and character class."""
    depth, i, cls = 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if cls:
            cls = ch != "]"
        elif ch == "[":
            cls = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            return True
        i += 1
    return False


@dataclass(slots=True)
class _Reading:
    """A quantity being grown around a core (mutable scratch for the steps of ``_quantity``)."""

    c: _Core
    lo: int
    hi: int
    end: int  # where the quantity read so far ends
    span_start: int  # where its span starts (bound words included)
    cur_start: int  # where it starts without bound words (a currency, else the core)
    bnd_start: int
    est: str | None = None
    bnd: str | None = None
    btw: str | None = None
    cur: str | None = None
    bound: str | None = None  # at_least | at_most | nearly, from the bound word before
    post: str | None = None  # the same, from "of meer" after
    rng: tuple[Decimal, Decimal] | None = None
    hyphen: bool = False
    first: Decimal = Decimal(0)  # the first number as written, before any multiplier
    years: bool = False  # both ends of a range plain four-digit numbers ("2024-2025")
    unit: str | None = None
    prev_core: tuple[str, int] = ("", 0)  # the word before the core, and its start
    scope: _Scope | None = None  # facts about the whole stretch being read


def _quantity(
    g: _Grammar,
    text: str,
    c: _Core,
    lo: int,
    hi: int,
    *,
    floor: int | None = None,
    scope: _Scope | None = None,
    keep_weak: Callable[[str, int, int, bool], bool] | None = None,
) -> tuple[Quantity | None, int]:
    """Grow a core into a quantity (bounds, multiplier, range, unit) and filter it.

    ``floor`` is where the quantity before it (or the search) ended: a clause-level estimate
    ("naar schatting") is looked for between there and the quantity.
    Returns the quantity or None, and the position to scan on from.
    """
    r = _Reading(c, lo, hi, c.end, c.start, c.start, c.start, first=c.low, scope=scope)
    _read_left(g, text, r)
    gm = g.glued.match(text, c.end, hi) if r.cur and c.kind == "digits" else None
    if gm is not None:  # "£15bn"
        c.mult = g.glued_value[_key(gm.group("g"))]
        r.end = gm.end()
    elif _attached(g, text, r):
        return (None, c.end)  # "3e", "54-jarige", "(54)"
    if gm is None and c.hyphen is None and not r.btw and g.attached.match(text, c.end, hi) is None:
        low = c.low  # nothing after it: no multiplier, range, unit or "of meer" (one match for the four)
        r.unit = g.units_before.get(_key(r.cur)) if r.cur else None
    else:
        low, stop = _read_after(g, text, r, gm)
        if stop is not None:
            return (None, stop)  # "2-1", "12 - 10": a score; "2024-2025"
    if r.btw and r.rng is None:  # "tussen" without "en": not part of the quantity
        r.span_start = r.cur_start
    if keep_weak is not None and _left_out(g, text, r, floor, keep_weak):
        return (_LEFT_OUT, r.end)  # type: ignore[return-value]
    if _not_a_count(g, text, r):
        return (None, r.end)
    return _bounds(g, text, r, low, floor), r.end


def _read_after(g: _Grammar, text: str, r: _Reading, gm: re.Match[str] | None) -> tuple[Decimal, int | None]:
    """The multiplier, range, unit and "of meer" after the core: its value with the
    multiplier, and where to scan on when the number is no count (a score, a year span)."""
    c, hi = r.c, r.hi
    mm = g.mult.match(text, r.end, hi) if gm is None else None
    if mm and c.kind != "weak_vague":
        c.mult = g.multipliers[_key(mm.group("m"))]
        r.end = mm.end()
    low = c.low * c.mult if c.mult is not None else c.low
    stop = _read_range(g, text, r, low)
    if stop is not None:
        return low, stop
    _read_unit(g, text, r)
    if not _range_is_count(g, text, r):
        return low, r.end
    if r.rng is None:
        pm = g.post.match(text, r.end, hi)
        if pm is not None:
            r.post = g.post_kind[_key(pm.group("p"))]
            r.end = pm.end()
    return low, None


# A weak quantity the caller drops, left out early: whether it is a count would change
# nothing the caller sees (see _left_out).
_LEFT_OUT = Quantity(Span("", 0, 0), None, None, False, None, True)


def _left_out(g: _Grammar, text: str, r: _Reading, floor: int | None, keep: Callable[[str, int, int, bool], bool]) -> bool:
    """Whether a weak quantity without a unit is one the caller drops, and no duration word
    follows it. Then judging it a count or not makes no difference: either way it is not
    returned, the scan goes on from the same place and no duration carries over to the next
    number ("achttien maanden, waarvan zes"); it gives no unit and takes none that is read."""
    if r.unit is not None or not _is_weak(g, text, r):
        return False
    nw = g.next_word.match(text, r.end, r.hi)
    if nw is not None and _key(nw.group(1)) in g.durations:
        return False
    return not keep(text, r.end, r.hi, _approximate(g, text, r, floor))


def _bare_article(
    g: _Grammar, text: str, c: _Core, lo: int, hi: int, floor: int, scope: _Scope, keep: Callable[[str, int, int, bool], bool]
) -> bool:
    """Whether ``c`` is a weak number word ("een") with no bound or currency word before it,
    nothing attached after it (multiplier, range, unit, "of meer", hyphen), no bracket
    before it and no duration after it, that the caller drops: then :func:`_quantity` would
    leave it out with its end as the scan position (the commonest case: the article)."""
    if c.kind != "words" or c.low >= g.weak_below or _key(text[c.start : c.end]) in g.strong_words:
        return False
    pw = _prev_word(text, c.start, lo)[0]
    if _key(pw) in g.left_last or (not pw and _prev_char(text, c.start, lo) in g.left_last):
        return False  # maybe a bound, estimate or currency word: read it in full
    if g.attached.match(text, c.end, hi) or (c.start != lo and "(" in text[max(lo, c.start - 40) : c.start]):
        return False
    nw = g.next_word.match(text, c.end, hi)
    if nw is not None and _key(nw.group(1)) in g.durations:
        return False
    approximate = scope.may_hold_estimate() and _clause_estimate(g, text, c.start, max(lo, floor or lo))
    return not keep(text, c.end, hi, approximate)


def _read_left(g: _Grammar, text: str, r: _Reading) -> None:
    """Estimate, bound, "tussen" and currency words before the core."""
    c, lo = r.c, r.lo
    r.prev_core = _prev_word(text, c.start, lo)
    pw = r.prev_core[0]
    if not (_key(pw) in g.left_last or (not pw and _prev_char(text, c.start, lo) in g.left_last)):
        return
    lm = g.left.search(text, max(lo, c.start - 60), c.start)
    if lm is None or lm.start() >= c.start:
        return
    r.est, r.bnd, r.btw, r.cur = lm.group("est"), lm.group("bnd"), lm.group("btw"), lm.group("cur")
    r.cur_start = lm.start("cur") if r.cur else c.start
    r.bnd_start = lm.start("bnd") if r.bnd else c.start
    r.span_start = r.bnd_start if r.bnd else lm.start("btw") if r.btw else r.cur_start
    r.bound = g.bound_kind.get(_key(r.bnd)) if r.bnd else None
    if r.bound == "at_most" and _key(r.bnd) == g.to_word:
        kb = _key(_prev_word(text, r.bnd_start, lo)[0])
        pc = _prev_char(text, r.bnd_start, lo)
        if (
            kb in g.tot_is_to_after  # "opgelopen tot 500"
            or kb in g.units_after  # "met 12 procent tot 4,3 miljard"
            or kb in g.multipliers
            or (pc != "" and pc in "0123456789%")  # "met 12.000 tot 392.000"
        ):
            r.bound, r.span_start = None, r.cur_start


def _attached(g: _Grammar, text: str, r: _Reading) -> bool:
    """Letters or a hyphen glued to the core ("3e", "54-jarige"; not "30km", "5%"), or an
    age in brackets ("(54)")."""
    c = r.c
    after = text[c.end : c.end + 2]
    if after[:1] == "-" and after[1:2].isalpha() and not g.unit.match(text, c.end, r.hi):
        return True  # "54-jarige", not "6.6-magnitude"
    if c.kind == "digits" and after[:1].isalpha() and not g.unit.match(text, c.end, r.hi):
        return True
    return _bracket_age(g, text, r) or _bracket_age_aside(g, text, r)


def _bracket_age(g: _Grammar, text: str, r: _Reading) -> bool:
    """Numbers alone in brackets are ages ("Peters (54)", "uit Lemmer (27, 22 en 19)"), up
    to ``age_max`` and unless a plural noun ("in hotels (39)") or a listed place with one
    number ("in Drenthe (4)": a count per region; not "uit Assen (19)") stands before them."""
    c = r.c
    if c.start == r.lo or "(" not in text[max(r.lo, c.start - 40) : c.start]:
        return False
    for m in g.brackets.finditer(text, max(r.lo, c.start - 40), min(r.hi, c.end + 40)):
        if m.start() < c.start and c.end < m.end():
            break
    else:
        return False
    if g.age_max and c.low > g.age_max:
        return False
    before, before_start = _prev_word(text, m.start(), r.lo)
    plural = before[:1].islower() and _key(before).endswith(g.plural_endings)
    return not (g.age_max and (plural or _place_count(g, text, r, m, before, before_start)))


def _bracket_age_aside(g: _Grammar, text: str, r: _Reading) -> bool:
    """A number opening a bracket after a name, then a comma and a capitalised word
    ("Ilse Hoogland (52, Eext)", "(61, Groen)"): an age with the person's place or party."""
    c = r.c
    if c.kind != "digits" or not g.age_max or c.low > g.age_max or text[c.start - 1 : c.start] != "(":
        return False
    after = text[c.end : c.end + 4].split(maxsplit=1)
    if not after or after[0] != "," or len(after) < 2 or not after[1][:1].isupper():
        return False
    name = _prev_word(text, c.start - 1, r.lo)[0]
    return name[:1].isupper() and name not in g.places  # "in Drenthe (4, ...)" counts


def _place_count(g: _Grammar, text: str, r: _Reading, m: re.Match[str], place: str, place_start: int) -> bool:
    """Whether a bracket right after a listed place holds one count per region ("in
    Drenthe (4)"): one number, and the place is no origin ("twee uit Assen (19)" are ages)."""
    if place not in g.places or m.group().strip("()").strip() != text[r.c.start : r.c.end]:
        return False
    return _key(_prev_word(text, place_start, r.lo)[0]) not in g.origins


def _read_range(g: _Grammar, text: str, r: _Reading, low: Decimal) -> int | None:
    """A range: "12-15", "12 tot 15 miljoen", "tussen 3000 en 4000". Returns where to scan
    on when the two numbers are a score instead ("2-1"), else None."""
    c, hi = r.c, r.hi
    if c.hyphen is not None:
        a, b_ = c.hyphen
        r.rng, r.hyphen, r.first, r.years = (a, b_), True, a, c.plain4
        if c.mult is not None:
            r.rng = (a * c.mult, b_ * c.mult)
        return None
    if c.kind not in ("digits", "words", "fraction"):
        return None
    rm = g.between_and.match(text, r.end, hi) if r.btw else g.sep.match(text, r.end, hi)
    if (
        rm is not None
        and not r.btw
        and _key(rm.group("s")) in g.ambiguous_separators
        and _key(r.prev_core[0]) in g.no_range_after
        and not _range_after_noun(g, text, r, rm.end())
    ):
        return None  # "nam toe met 12.000 tot 392.000": a change, not a range
    if rm is None:
        return None
    p2 = rm.end()
    am = g.separator_adverbs.match(text, p2, hi) if r.prev_core and _key(r.prev_core[0]) in g.range_openers else None
    p2 = am.end() if am else p2  # "windstoten van 90 tot wel 110 km/u"
    if r.cur and text.startswith(r.cur, p2):  # "$15 billion to $100 billion"
        p2 = len(r.cur) + p2 + (1 if text[p2 + len(r.cur) : p2 + len(r.cur) + 1] == " " else 0)
    m2 = g.core.match(text, p2, hi)
    c2 = _read_core(g, text, m2) if m2 else None
    if c2 is None or c2.hyphen is not None or c2.kind not in ("digits", "words", "fraction"):
        return None
    mm2 = g.mult.match(text, c2.end, hi)
    m2v = g.multipliers[_key(mm2.group("m"))] if mm2 else None
    v1, v2 = low, c2.low * (m2v or 1)
    if m2v is not None and c.mult is None and c.low < c2.low:
        v1 = c.low * m2v  # "12 tot 15 miljoen": the scale of both
    elif m2v is None and c.kind == c2.kind == "words" and c.mult is None:
        v1 = _shared_scale(g, text, c, c2) or v1  # "twee à drieduizend", "vier- en zesduizend"
    is_hyphen = rm.group().strip() in ("-", "–")
    if v1 < v2:
        r.rng, r.end, r.hyphen = (v1, v2), (mm2.end() if mm2 else c2.end), is_hyphen
        c.mult = c.mult or m2v
        r.years = c.plain4 and c2.plain4
    elif is_hyphen:
        return c2.end
    return None


_CHANGE_REACH = 4  # words before "van" and after the second number that may be a change verb


def _range_after_noun(g: _Grammar, text: str, r: _Reading, after: int) -> bool:
    """"rukwinden van 90 tot 110 km/u": ``range_openers`` ("van") after a noun open a range;
    with a change verb near ("steeg van 300 tot 400", "is van 300 tot 400 gestegen") the two
    numbers are a change, read apart."""
    if _key(r.prev_core[0]) not in g.range_openers:
        return False
    pos = r.prev_core[1]
    for _ in range(_CHANGE_REACH):
        w, pos = _prev_word(text, pos, r.lo)
        if not w:
            break  # the clause starts
        if _key(w) in g.tot_is_to_after or _key(w) in g.change_verbs:
            return False  # "steeg (gisteren) van 300 tot 400": a change
    words = text[after : min(r.hi, after + 80)].split()
    return not any(
        _key(w.strip(".,;:")) in g.tot_is_to_after or _key(w.strip(".,;:")) in g.change_verbs
        for w in words[1 : 2 + _CHANGE_REACH]
    )


def _shared_scale(g: _Grammar, text: str, c: _Core, c2: _Core) -> Decimal | None:
    """The first number of "twee à drieduizend" scaled like the second (2000), when the
    second is a smaller number word before a scale word ("drie" + "duizend") and the first is
    below that smaller number."""
    w2 = _key(text[c2.start : c2.end])
    for k in range(len(w2) - 1, 0, -1):
        tail = _word_value(g.language, w2[k:])
        if tail is None or tail < 100 or tail != 10 ** (len(str(int(tail))) - 1):
            continue
        head = _word_value(g.language, w2[:k])
        if head is not None and c.low < head and head * tail == c2.low:
            return c.low * tail
    return None


def _read_unit(g: _Grammar, text: str, r: _Reading) -> None:
    """The unit: a currency before, or a unit after ("procent", "km", "liter ... per m2")."""
    r.unit = g.units_before.get(_key(r.cur)) if r.cur else None
    um = g.unit.match(text, r.end, r.hi)
    if um is None:
        return
    if _key(um.group("u")) in g.units_before and g.core.match(text, um.end() + 1, r.hi):
        return  # "a magnitude 6 aftershock": the unit of the number after it
    r.unit = g.units_after[_key(um.group("u"))]
    r.end = um.end()
    pu = g.per_unit.match(text, r.end, r.hi)  # "400 liter regen per vierkante meter"
    if pu is not None:
        r.unit = g.units_after.get(f"{_key(um.group('u'))} {g.per_word} {_key(pu.group('d'))}", r.unit)


def _range_is_count(g: _Grammar, text: str, r: _Reading) -> bool:
    """False for year spans ("2024-2025") and hyphenated scores or lists ("2-1", "1-2");
    a small hyphenated range before a plural noun counts ("8-10 zetels")."""
    y0, y1 = g.year_range
    if r.rng is not None and r.years and r.unit is None and y0 <= r.rng[0] and r.rng[1] <= y1:
        return False
    if r.hyphen and r.rng is not None:
        if r.rng[0] >= r.rng[1]:
            return False
        if r.first < g.hyphen_min and r.unit is None and r.c.mult is None:
            nw = g.next_word.match(text, r.end, r.hi)
            noun = nw.group(1) if nw else ""
            return noun[:1].islower() and _key(noun).endswith(g.plural_endings) and _key(noun) not in g.not_counts
    return True


def _not_a_count(g: _Grammar, text: str, r: _Reading) -> bool:
    """The contract's not-quantities by context: dates, durations, labels, rates, phone
    numbers, ages, ratios, addresses, years, model names, list numbers, verbs.

    Each check is pure, so their order does not change the answer: the cheap and the
    common ones come first.
    """
    c, unit = r.c, r.unit
    if c.kind == "scale" and unit is None and c.mult is None:
        return True  # "a" without "million": an article
    own_start = r.span_start == c.start  # no bound, estimate or currency word before
    prev, prev_start = r.prev_core if own_start else _prev_word(text, r.span_start, r.lo)
    nw = g.next_word.match(text, r.end, r.hi)
    knext = _key(nw.group(1)) if nw else ""
    if unit is None and knext in g.not_counts and not (c.mult is not None and knext in g.months):
        return True  # "34 minuten geleden", "23 december", "twee keer"; not "2 million June 16"
    if c.kind in ("words", "fraction") and unit is None and c.mult is None and knext in g.not_before:
        return True  # "hij acht de kans klein"
    if c.kind == "scale" and c.mult is None and knext in g.scale_not_before:
        return True  # "a magnitude of 5.3": the value follows
    return (
        _after_count(g, text, r, nw, knext)
        or _before_count(g, text, r, prev, _key(prev), own_start)
        or _name_or_year(g, text, r, nw, knext, prev, prev_start)
        or _unit_number(g, text, r, nw, prev, own_start)
    )


def _unit_number(g: _Grammar, text: str, r: _Reading, nw: re.Match[str] | None, prev: str, own_start: bool) -> bool:
    """"de 13 Lichte Brigade": digits after a listed article and before two
    capitalised words, the first no people's adjective, are a unit's name."""
    if not own_start or r.c.kind != "digits" or r.unit is not None or r.rng is not None or _key(prev) not in g.unit_number_before:
        return False
    if nw is None or not nw.group(1)[:1].isupper() or _key(nw.group(1)) in g.demonyms:
        return False
    second = g.next_word.match(text, nw.end(), r.hi)
    return second is not None and second.group(1)[:1].isupper()


def _after_count(g: _Grammar, text: str, r: _Reading, nw: re.Match[str] | None, knext: str) -> bool:
    """Not a count by what follows it: a duration, a date, a ratio, a phone number, a clock."""
    c, hi, end, unit = r.c, r.hi, r.end, r.unit
    if unit is None and _duration_after_adjectives(g, text, nw, hi):
        return True  # "three straight days", "twee verplichte vrije dagen"
    if unit is None and knext in g.coordinators:
        cm = g.coordinated.match(text, end, hi)
        if cm and _key(cm.group(1)) in g.not_counts:
            return True  # "van 19 en 23 jaar": the first of two ages
    if c.kind == "digits" and unit is None and c.mult is None and r.rng is None and g.phone_groups.match(text, end):
        return True  # "06 12345678": a phone number in groups
    if unit is None and r.rng is None and (ra := g.ratio_after.match(text, end, hi)) and g.core.match(text, ra.end(), hi):
        return True  # "1 op de 5 patiënten": a proportion, not a count
    if unit is None and c.mult is None and g.clock_suffix.match(text, end, hi):
        return True  # "at 6 p.m."
    if unit is None and c.kind == "digits" and (knext in g.address_nouns or _street_after(g, text, nw, hi)):
        return True  # "the 400 block of", "at 17 Harbour View Road": an address
    return (
        c.kind == "digits"
        and text[c.end : c.end + 1] in (".", ")")
        and (c.end + 1 >= hi or text[c.end + 1] in " \n")
        and _sentence_initial(text, c.start, r.lo)
    )  # "1. ", "2) ": a list number


def _before_count(g: _Grammar, text: str, r: _Reading, prev: str, kprev: str, own_start: bool) -> bool:
    """Not a count by the words before it: a month, a label, a rate's base, an age, a ratio,
    a phone number's later group, an idiom or clock time, a name."""
    c, lo, unit = r.c, r.lo, r.unit
    if own_start and kprev in g.months and c.plain4:
        return True  # "december 2025" (a weekday before is no date: "zaterdag 300 betogers";
        # nor other numbers after a month: "in mei 2,5 procent", "op 4 juni 120 leden")
    if own_start and kprev in g.labels and c.kind not in ("vague", "weak_vague") and unit not in _SHARES:
        return True  # "artikel 5" (not "de sector honderden miljoenen", "de komende jaren 8 procent")
    if own_start and kprev in g.label_adverbs and c.kind == "digits":
        label = _prev_word(text, r.prev_core[1], lo)[0]
        if _key(label) in g.labels:
            return True  # "bel dan 112", "bel direct 112"
    if kprev in g.rate_before and not r.bnd and not r.est:
        return True  # "2,1 aanvragen per 1000 inwoners": the base of a rate
    if prev[:1].isupper() and kprev.endswith(g.street_suffixes):
        return True  # "Dorpsstraat 12"
    if own_start:
        wb = _word_before(text, c.start)
        if c.kind == "digits" and unit is None and c.mult is None and r.rng is None and g.phone_groups_before.search(text, max(lo, c.start - 2), c.start):
            return True  # "020 123 4567": a later group of a phone number
        if unit is None and _may_end(g.age_last, wb) and g.age_before.search(text, max(lo, c.start - 30), c.start):
            return True  # "een man van 45"
        if _may_end(g.ratio_last, wb) and g.ratio.search(text, max(lo, c.start - 40), c.start):
            return True  # "een op de vijf"
        if unit is None and r.rng is None and c.mult is None and _comma_age(g, text, r):
            return True  # "Tom Varley, 68, from Hexley"
        if g.names_capitalised and c.kind == "words" and text[c.start].isupper() and not _sentence_initial(text, c.start, lo):
            return True  # "mevrouw Honderd"
    return _idiom_or_clock(g, text, r)  # "in één klap", "half vier", "tien voor acht"


def _name_or_year(
    g: _Grammar, text: str, r: _Reading, nw: re.Match[str] | None, knext: str, prev: str, prev_start: int
) -> bool:
    """A year ("in 2025") or a name with a number ("Apollo 11", "Boeing 737"; not "vuurde
    Rusland 273 drones af")."""
    plural_next = bool(nw) and nw.group(1)[:1].islower() and knext.endswith(g.plural_endings) and knext not in g.plural_like_verbs
    if r.c.plain4 and _is_year(g, text, r, _key(prev), prev_start, plural_next and not knext.endswith(g.adverb_endings)):
        return True  # (only four plain digits can be a year)
    if r.c.plain4 and _key(prev) in g.year_before_noun and _singular_next(g, text, r, nw, knext, plural_next):
        return True  # "the 2019 report", "a 2021 judgment"; not "the 1500 people"
    return (
        prev[:1].isupper()
        and not r.bnd and not r.est and not r.cur and not r.btw and r.unit is None
        and text[prev_start + len(prev) : r.span_start] == " "
        and not _sentence_initial(text, prev_start, r.lo)
        and not plural_next
        and not _adjective_then_plural(g, text, nw, r.hi)
        and not _opening_place(g, text, prev_start, r.lo)
    )


def _street_after(g: _Grammar, text: str, nw: re.Match[str] | None, hi: int) -> bool:
    """Whether up to four capitalised words follow, the last a street word ("Dorpsstraat",
    "Mill Lane", "Upper Kettle Road"): the number is a house number."""
    street = False
    for _ in range(5):
        if nw is None or not nw.group(1)[:1].isupper():
            # the capitalised run ends: with a street word ("12 Road Safety officers" counts),
            # and no plural noun after it ("300 Main Street residents" counts them)
            return street and not _plural_noun(g, nw)
        street = _key(nw.group(1)).endswith(g.street_suffixes)
        nw = g.next_word.match(text, nw.end(), hi)
    return False


def _singular_next(
    g: _Grammar, text: str, r: _Reading, nw: re.Match[str] | None, knext: str, plural_next: bool
) -> bool:
    """Whether a plain number in the year range is followed by a lowercase singular noun
    (or its modifier): what a year before a noun looks like; a count comes before a plural."""
    y0, y1 = g.year_range
    return (
        nw is not None
        and nw.group(1)[:1].islower()
        and not plural_next
        and knext not in g.unmarked_plurals and knext not in g.level_nouns
        and not (r.unit or r.bnd or r.est or r.cur or r.rng) and r.c.mult is None
        and y0 <= int(r.c.low) <= y1
        and not _adjective_then_plural(g, text, nw, r.hi)
    )


def _opening_place(g: _Grammar, text: str, name_start: int, lo: int) -> bool:
    """Whether the capitalised word at ``name_start`` follows a place preposition that opens the
    sentence, or a clause after a comma or a coordinator ("In Velmar 40 people died", "en in
    Osterkamp 12"): a place, so the number after it is no name's."""
    word, start = _prev_word(text, name_start, lo)
    if not word or _key(word) not in g.place_openers:
        return False
    before = text[lo:start].rstrip()
    return _sentence_initial(text, start, lo) or before.endswith((",", ";")) or _key(_prev_word(text, start, lo)[0]) in g.coordinators


def _word_before(text: str, pos: int) -> str | None:
    """The word characters before the white space that ends at ``pos``, lower-cased ("" when
    there is no such space or word); None when they are not ASCII (case folding is then
    left to the regular expression)."""
    i = pos
    while i > 0 and text[i - 1].isspace():
        i -= 1
    if i == pos:
        return ""
    j = i
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] == "_"):
        j -= 1
    w = text[j:i]
    return w.lower() if w.isascii() else None


def _may_end(last_words: frozenset[str] | None, word: str | None) -> bool:
    """Whether a phrase of a list can end on ``word`` (see :func:`_last_words`); a cheap
    test before a search that must end right before a number."""
    return last_words is None or word is None or word in last_words


def _last_words(phrases: Iterable[str]) -> frozenset[str] | None:
    """The last run of word characters of each phrase, or None when a phrase ends in another
    character (then no word test can stand in for the search)."""
    out = set()
    for p in phrases:
        k = _key(p)
        if not k or not (k[-1].isalnum() or k[-1] == "_"):
            return None
        out.add(re.findall(r"\w+", k)[-1])
    return frozenset(out)


def _adjective_then_plural(g: _Grammar, text: str, nw: re.Match[str] | None, hi: int) -> bool:
    """Whether the word ``nw`` is lowercase and the one after it a plural noun: "naast Vos
    vijf andere Nederlanders" counts, "Boeing 737 maakte" does not."""
    if nw is None or not nw.group(1)[:1].islower():
        return False
    return _plural_noun(g, g.next_word.match(text, nw.end(), hi))


def _plural_noun(g: _Grammar, nw: re.Match[str] | None) -> bool:
    """Whether the word ``nw`` looks like a plural noun; a plural noun is no short
    closed-class word ("maakte een", "was")."""
    w = nw.group(1) if nw else ""
    k = _key(w)
    return (
        w[:1].isalpha() and len(k) > 3 and k.endswith(g.plural_endings)
        and k not in g.not_counts and k not in g.not_before
    )


def _duration_after_adjectives(g: _Grammar, text: str, nw: re.Match[str] | None, hi: int) -> bool:
    """Whether a plural time unit follows after one or two lowercase words that are no plural
    nouns: "three straight days" is a duration, "12 doden vorige week" is not."""
    for _ in range(2):
        if nw is None or not nw.group(1)[:1].islower():
            return False
        k = _key(nw.group(1))
        if k in g.not_counts or k.endswith(g.plural_endings) or k in g.coordinators:
            return False
        nw = g.next_word.match(text, nw.end(), hi)
        if nw is not None and _key(nw.group(1)) in g.durations and _key(nw.group(1)).endswith(g.plural_endings):
            return True  # plural: "31 vorig jaar", "15.000 per jaar" stay counts
    return False


def _comma_age(g: _Grammar, text: str, r: _Reading) -> bool:
    """A number up to ``age_max`` between commas right after a capitalised word or a noun
    ("Ola Varn, 71,", "Lottery winner, 71, gives"): an age; after a number it is a list."""
    c = r.c
    if not g.age_max or c.low > g.age_max or text[c.end : c.end + 1] != ",":
        return False
    i = c.start
    while i > r.lo and text[i - 1] == " ":
        i -= 1
    if i <= r.lo or text[i - 1] != ",":
        return False
    name, _ = _prev_word(text, i - 1, r.lo)
    return name[:1].isupper() or (name[-1:].isalpha() and not _word_value(g.language, _key(name)))


def _idiom_or_clock(g: _Grammar, text: str, r: _Reading) -> bool:
    """A fixed phrase ("in één klap") or a clock time in words ("half vier", "tien voor acht")."""
    c, lo, hi = r.c, r.lo, r.hi
    # no idiom holds a digit group where no idiom's pattern matches a digit
    if (c.kind != "digits" or g.idioms_hold_digits) and (r.scope is None or r.scope.may_hold_idiom()):
        for m in g.idioms.finditer(text, max(lo, c.start - 30), min(hi, c.end + 30)):
            if m.start() <= c.start and c.end <= m.end():
                return True
    if c.kind != "words" or r.unit is not None or c.mult is not None or c.low > g.clock_max:
        return False
    wb = _word_before(text, c.start) if r.span_start == c.start else None
    if r.span_start == c.start and _may_end(g.clock_before_last, wb) and g.clock_before.search(text, max(lo, c.start - 15), c.start):
        return True
    linked = g.clock_after.match(text, r.end, hi)
    if linked is None and r.span_start == c.start and _may_end(g.clock_link_last, wb):
        linked = g.clock_link_before.search(text, max(lo, c.start - 30), c.start)
    v = _word_value(g.language, _key(linked.group(1))) if linked else None
    return v is not None and v <= g.clock_max


def _is_year(g: _Grammar, text: str, r: _Reading, kprev: str, prev_start: int, counts_next: bool) -> bool:
    """A plain four-digit number in the year range after a year word ("in 2025", "wil tot
    2030 jaarlijks"; not "tot 2000 bezoekers", "het maximum van 1950"), after another year
    ("in 2024 en 2025"), or before a postcode's letters."""
    c = r.c
    if not (c.plain4 and r.unit is None and c.mult is None and r.rng is None):
        return False
    y0, y1 = g.year_range
    if y0 <= int(c.low) <= y1:
        if kprev in g.year_before and r.bound not in ("at_least", "nearly"):
            return _key(_prev_word(text, prev_start, r.lo)[0]) not in g.size_nouns  # "maximum van 1950"
        if r.bnd is not None and _key(r.bnd) in g.year_before and not counts_next:
            return True
        if kprev in g.year_unless_counted and r.bnd is None and not counts_next:
            return True  # "de cijfers over 2019 zijn laat"
        if kprev in g.year_before_at_end and text[c.end : c.end + 1] in (".", ",", ";", ")", ""):
            return True  # "in vergelijking met 2020."
        if kprev in g.year_joiners:
            p2, _ = _prev_word(text, prev_start, r.lo)
            if p2.isdigit() and len(p2) == 4:
                return True
    return bool(g.postcode.match(text, c.end, r.hi))


def _approximate(g: _Grammar, text: str, r: _Reading, floor: int | None) -> bool:
    """Whether the quantity is an estimate: an estimate word, "-tal", "of zo", a vague word,
    or a clause-level estimate a few words before it."""
    c = r.c
    if r.est is not None or c.kind in ("tal", "vague", "weak_vague") or r.post == "estimate":
        return True
    if r.cur is not None and _key(r.cur) in g.approximate_before:
        return True  # "een kilo of twaalf"
    if r.scope is not None and not r.scope.may_hold_estimate():
        return False
    return _clause_estimate(g, text, r.span_start, max(r.lo, floor or r.lo))


def _is_weak(g: _Grammar, text: str, r: _Reading) -> bool:
    """Whether the quantity is weak: "enkele", "een paar", or a number word below
    ``weak_below`` that may be the article ("een"; "een liter" too, "één" never)."""
    c = r.c
    if c.kind in ("vague", "weak_vague"):
        return c.kind == "weak_vague"
    return (
        r.rng is None
        and c.kind in ("words", "fraction")
        and c.mult is None
        and c.low < g.weak_below
        and _key(text[c.start : c.end]) not in g.strong_words  # "één"
        and (r.unit is None or _key(text[c.start : c.end]) in g.articles)
    )


def _bounds(g: _Grammar, text: str, r: _Reading, low: Decimal, floor: int | None) -> Quantity:
    """The quantity with its UCDP bounds, estimate flag, weak flag and scaled unit."""
    c, unit, span_start = r.c, r.unit, r.span_start
    approximate = _approximate(g, text, r, floor)
    weak = _is_weak(g, text, r)
    if c.kind in ("vague", "weak_vague"):
        qlow, qhigh = low, c.high * c.mult if c.mult is not None else c.high
        if c.low == c.high and r.bound is not None:  # "at least a dozen": a point takes bounds
            qlow = None if r.bound in ("at_most", "nearly") else qlow
            qhigh = None if r.bound == "at_least" else qhigh
    elif r.rng is not None:
        qlow, qhigh = r.rng
    else:
        kind = r.bound or (r.post if r.post != "estimate" else None)
        qlow = None if kind in ("at_most", "nearly") else low
        qhigh = None if kind == "at_least" else low
    if unit in g.scaled_units:  # "11 cent" = 0.11 EUR
        unit, factor = g.scaled_units[unit]
        qlow = None if qlow is None else qlow * factor
        qhigh = None if qhigh is None else qhigh * factor
    nlow = None if qlow is None else _num(qlow)
    return Quantity(
        span=Span.of(text, span_start, r.end),
        low=nlow,
        high=nlow if qhigh is qlow else None if qhigh is None else _num(qhigh),
        approximate=approximate,
        unit=unit,
        weak=weak,
    )


def _clause_estimate(g: _Grammar, text: str, span_start: int, floor: int) -> bool:
    """Whether a clause-level estimate ("naar schatting") stands a few words before, with
    no clause break or number between: "naar schatting opgelopen tot ruim 400.000"."""
    if not g.clause_estimate_words:
        return False
    w0 = max(floor, span_start - 120)
    if not _holds_any(text, w0, span_start, g.clause_estimate_probes):
        return False
    ce = g.clause_estimate.search(text, w0, span_start)
    return ce is not None and len(ce.group("gap").split()) <= g.clause_estimate_words

