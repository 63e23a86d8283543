"""Figures: quantities, what they count, where, when, and who claims them.

:func:`find_figures` takes the quantities :mod:`claimtrack.numbers` reads in each
sentence and adds, from ``lang/<code>/figures.toml``:

* ``counted``: the noun phrase right after the quantity (modifiers and head noun, through
  "van de" for partitives), plus the participles and predicates right after it that say
  what happened: "450 Oostmarkse grenswachters gedood of gewond zijn geraakt" gives
  counted "Oostmarkse grenswachters gedood of gewond"; "210 dode en gewonde
  Oostmarkers" gives "dode en gewonde Oostmarkers". None when no noun follows.
  Money and percentages count only through a partitive ("86.000 euro aan subsidie", "3,9
  procent van de beroepsbevolking"); other measures ("30 kilometer") count nothing; "aan"
  is a partitive only after money and measures ("wil daar 20.000 aan toevoegen").
* ``category``: money or percent by unit (other units: "other"); otherwise, first match
  wins: the event words (killed, wounded, missing, arrested, displaced) in the counted span;
  the category of the figure before it after "onder wie"/"waarvan" ("31 mensen gedood,
  onder wie elf kinderen"); event words in the rest of the clause after the figure ("3000
  Noord-Koreanen zijn gedood of verwond"), then in the clause before it ("het dodental is
  opgelopen tot 50"; not past "en" when a verb of the figure's own follows it: "een tiental
  vermisten en 40.000 zitten in sporthallen"), then a separable verb around it ("kwamen 5
  mensen om"); killed together
  with wounded is killed_or_wounded. Coordinated figures share a predicate: "400 bewoners en
  twee medewerkers zijn geëvacueerd" makes the first displaced too (not when the first has a
  predicate of its own: "300 agenten ingezet en 12 relschoppers opgepakt"). A counted head
  that is an animal ("varkens", "landbouwdieren") is always "other". Without events: the
  group nouns of the counted span
  (troops, people), a people's name ("Noord-Koreanen") or a person noun by its ending
  ("schoonmakers", "toeristen"); without a noun of its own, the category of the figure
  before it for a difference ("12.000 meer dan in februari") or a group noun in the clause
  before it ("het aantal toeristen is gedaald tot 8,7 miljoen"), else the group (troops,
  people) of the figure before it in the sentence ("42.000 militairen ... en wil daar 20.000
  aan toevoegen"); else "other". A comparison ("412 aangehouden, tegen 380 een jaar eerder")
  takes the category of the figure before it like "onder wie".
* ``location``: the nearest place phrase in the same sentence ("in de Russische regio
  Koersk", "in Gaza"), preferring one after the figure; not one past a split to the next
  figure's clause ("In A stierven 40, in B 12") when the figure's own clause names one.
* ``time``: the nearest time expression of :func:`claimtrack.timeref.find_time_expressions`
  in the figure's own clause, resolved against the article's publication time (anchor
  "published"); else the time of the statement that holds the figure.
  Quantities that overlap a time expression are dropped (they are dates or durations).
* ``statement`` / ``source_name``: a "volgens X" in the figure's clause, else the innermost
  statement whose content holds the figure, unless that is a "volgens X" past a split to the
  next figure's clause ("40 in A, in B volgens X 12") (a document source yields to a named one and to
  its owner, "een telling van X"); ``source_name`` is the subject of an estimating verb in the
  figure's clause when there is one ("Organisatie telt 2500"), else that statement's source.

Weak quantities ("één", "een", "enkele", "een paar") are kept only when the word right
after them is an event word ("één dode", "enkele gewonden").
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from itertools import takewhile
from operator import attrgetter, itemgetter

import regex

from claimtrack import lang
from claimtrack.mentions.find import article_tokens
from claimtrack.mentions.tokens import Token, tokenize
from claimtrack.model import Article, Figure, Span, Statement, TimeRef
from claimtrack.numbers import Quantity, parse_quantities
from claimtrack.timeref import SentenceTimes, find_time_expressions, resolve
from claimtrack.wordlists import phrase_alternation as _alt
from claimtrack.wordlists import fold_case, phrase_key

_key = lru_cache(maxsize=1 << 16)(phrase_key)  # the same few thousand words, keyed again and again
_CAP = r"[\p{Lu}\p{Lt}]"  # any script's capital (the place pattern is compiled by ``regex``)
_CAP_CHAR = regex.compile(_CAP)
_LOWER = r"\p{Ll}"
_SPACE = re.compile(r"[ \t]+")
_NEXT_WORD = re.compile(r"[ \t]+(\w+)")
_NUMBER_WORD = re.compile(r"\d")
_CLAUSE_PUNCT = frozenset(".,;:!?()[]–")  # quotes do not end a clause
_TOKEN_START = itemgetter(2)  # Token.start
_WEAK = attrgetter("weak")  # Quantity.weak


@dataclass(frozen=True, slots=True)
class _Lexicon:
    """The compiled figures data of one language (built once)."""

    category_of: dict[str, str]  # phrase key -> category
    categories: re.Pattern[str]  # any category phrase, whole words
    extension: re.Pattern[str]  # a category word or predicate right after the noun phrase
    partitive: re.Pattern[str]  # after money and measures
    partitive_count: re.Pattern[str]  # after plain counts (no measure-only words)
    location: regex.Pattern[str]
    location_heads: tuple[tuple[str, bool], ...] | None  # the prepositions' leading letters, lower case
    location_next: re.Pattern[str]  # the first words of articles, place nouns and directions, any case
    location_probe: re.Pattern[str] | None  # whole prepositions in folded text, white space after
    stop: frozenset[str]
    modifiers: frozenset[str]
    degree_adverbs: frozenset[str]  # "3 erg zieke patiënten"; "één erg zwak" counts nothing
    joiners: frozenset[str]
    adjective_endings: tuple[str, ...] | None
    noun_endings: tuple[str, ...]
    clause_ends: frozenset[str]
    breaks: frozenset[str]  # clause ends and time ends
    period_starts: frozenset[str]  # "since April 3": the time starts the count's period, it does not date it
    demonym_suffixes: tuple[str, ...]
    person_suffixes: tuple[str, ...]
    not_people: frozenset[str]
    non_human: tuple[str, ...]  # head endings of animals: events do not make them casualties
    predicates: frozenset[str]
    inherit_after: re.Pattern[str]
    inherit_before: frozenset[str]
    events: tuple[str, ...]
    event_rank: dict[str, int]  # an event category -> its place in ``events`` (the first wins)
    groups: tuple[str, ...]
    money: frozenset[str]
    percent: frozenset[str]
    max_words: int
    clause_words: int
    split_verbs: tuple[tuple[frozenset[str], str, str], ...]  # (verb forms, particle, category)
    split_particles: frozenset[str]  # their particles
    value_verbs: frozenset[str]  # "the death toll ... has risen to 60": the subject's value
    value_links: frozenset[str]
    verbs_before: dict[str, str]  # "killing 14 farmers": a verb's category for its object only
    splits: re.Pattern[str]  # "; ", ", in", "terwijl": between two figures, the end of the first one's clause
    own_verbs: frozenset[str]  # a verb right after a figure: the figure is its own clause's subject
    according_to: frozenset[str]  # cues whose source claims the figures of their clause
    anaphors: frozenset[str]  # "Dat meldt X": first words of a cue sentence that points back
    weak_by_event: bool  # a weak number word ("one") is a figure when it counts an event
    elided_after: frozenset[str]  # "waren dat er 18": the figure before's noun is elided
    elided_between: frozenset[str]  # "zijn het er al 7": adverbs between "er" and the figure
    estimators: re.Pattern[str] | None  # "Police put the estimate at": the subject claims the figure
    estimator_probe: re.Pattern[str] | None  # their first words in lower case: a cheap test first
    not_subjects: frozenset[str]  # pronouns: no name for a figure's claimant
    documents: frozenset[str]  # "volgens een telling": a document, weaker than a named source
    subject_after: frozenset[str]  # "telde de politie 300": an article after the verb starts the subject
    owner: regex.Pattern[str] | None  # "de kranten van Sudpresse": the name that owns a source
    owner_probe: re.Pattern[str] | None  # its white space and owner word (``re``: a cheap test first)
    totals: re.Pattern[str] | None  # "dodental", "aantal": a total named before a bare figure
    total_prepositions: frozenset[str]  # "tot", "op": the preposition before that figure


@cache
def _lexicon(language: str) -> _Lexicon:
    d = lang.load(language, "figures")
    category_of: dict[str, str] = {}
    for cat, words in d["categories"].items():
        if isinstance(words, list) and cat in d["categories"]["events"] + d["categories"]["groups"]:
            for w in words:
                category_of.setdefault(_key(w), cat)
    cnt, loc, cl = d["counted"], d["location"], d.get("claimant", {})
    stop = {_key(w) for w in cnt["stop"]}
    extending = [w for w in category_of if not stop.intersection(w.split())]
    joined = _alt(extending + cnt["predicates"])
    # a capitalised word with an adjective ending before a lowercase word is no name:
    # "in Rotterdamse haven", "in Spanish waters"
    not_name = _alt(loc["not_name_endings"], boundary=False)
    name = rf"(?!{_CAP}[\w'’-]*{not_name}\s+{_LOWER}){_CAP}[\w'’-]*"
    cap_adj = [rf"{_CAP}[\w'’-]*{re.escape(e)}" for e in cnt["adjective_endings"]]
    adj = "(?:" + "|".join(cap_adj + [_alt(loc["place_nouns"])]) + r")\s+"
    art = rf"(?:(?i:{_alt(loc['articles'])})\s+)?"
    location = regex.compile(
        rf"(?<![\w'’-])(?i:{_alt(loc['prepositions'])})\s+{art}(?:{adj}){{0,3}}"
        rf"(?:{_alt(loc['directions'])}\s+{_alt([loc['direction_link']])}\s+{art}(?:{adj}){{0,3}})?"
        rf"{name}(?:\s+{name}){{0,2}}(?:\s+{_alt(loc['place_nouns'])})?"
    )
    return _Lexicon(
        category_of=category_of,
        categories=re.compile(_scan_alt(category_of), re.IGNORECASE),
        extension=re.compile(rf"(?:\s+{_alt(cnt['joiners'])})?\s+{joined}", re.IGNORECASE),
        partitive=re.compile(rf"\s+{_alt(cnt['partitive'])}", re.IGNORECASE),
        partitive_count=re.compile(
            rf"\s+{_alt(set(cnt['partitive']) - set(cnt.get('partitive_measure_only', ())))}",
            re.IGNORECASE,
        ),
        location=location,
        location_heads=_heads(loc["prepositions"]),
        location_probe=_heads_probe(_heads(loc["prepositions"])),
        location_next=re.compile(
            rf"{_alt({_key(w).split(' ')[0] for w in loc['articles'] + loc['place_nouns'] + loc['directions']}, boundary=False)}(?!\w)",
            re.IGNORECASE,
        ),
        stop=frozenset(stop),
        modifiers=frozenset(_key(w) for w in cnt["modifiers"]),
        degree_adverbs=frozenset(_key(w) for w in cnt.get("degree_adverbs", ())),
        joiners=frozenset(_key(w) for w in cnt["joiners"]),
        adjective_endings=tuple(cnt["adjective_endings"]) or None,
        noun_endings=tuple(cnt.get("noun_endings", ())),
        clause_ends=frozenset(_key(w) for w in d["clause"]["ends"]),
        breaks=frozenset(_key(w) for w in d["clause"]["ends"] + d["clause"].get("time_ends", [])),
        period_starts=frozenset(_key(w) for w in d["clause"].get("period_starts", ())),
        demonym_suffixes=tuple(d["categories"]["demonym_suffixes"]),
        person_suffixes=tuple(d["categories"]["person_suffixes"]),
        not_people=frozenset(_key(w) for w in d["categories"]["not_people"]),
        non_human=tuple(_key(w) for w in d["categories"].get("non_human", ())),
        predicates=frozenset(_key(w) for w in cnt["predicates"]),
        inherit_after=re.compile(rf"{_alt(cnt['inherit_after'])}[\s,]*\Z", re.IGNORECASE),
        inherit_before=frozenset(_key(w) for w in cnt["inherit_before"]),
        events=tuple(d["categories"]["events"]),
        event_rank={c: i for i, c in reversed(list(enumerate(d["categories"]["events"])))},
        groups=tuple(d["categories"]["groups"]),
        money=frozenset(d["units"]["money"]),
        percent=frozenset(d["units"]["percent"]),
        max_words=int(cnt["max_words"]),
        clause_words=int(d["clause"]["max_words"]),
        split_verbs=tuple(
            (frozenset(_key(v) for v in sv["verbs"]), _key(sv["particle"]), sv["category"])
            for sv in d.get("split_verbs", [])
        ),
        split_particles=frozenset(_key(sv["particle"]) for sv in d.get("split_verbs", [])),
        value_verbs=frozenset(_key(w) for w in d["clause"].get("value_verbs", ())),
        value_links=frozenset(_key(w) for w in d["clause"].get("value_links", ())),
        verbs_before={_key(w): c for w, c in d["clause"].get("verbs_before", {}).items()},
        splits=re.compile(_alt(d["clause"].get("splits", ())), re.IGNORECASE),
        own_verbs=frozenset(_key(w) for w in d["clause"].get("own_verbs", ())),
        according_to=frozenset(_key(w) for w in d.get("claimant", {}).get("according_to", ())),
        anaphors=frozenset(_key(w) for w in d.get("claimant", {}).get("anaphors", ())),
        weak_by_event=bool(cnt.get("weak_by_event", False)),
        elided_after=frozenset(_key(w) for w in cnt.get("elided_after", ())),
        elided_between=frozenset(_key(w) for w in cnt.get("elided_between", ())),
        estimators=re.compile(_alt(cl["estimators"]), re.IGNORECASE) if cl.get("estimators") else None,
        estimator_probe=_probe(cl.get("estimators", ())),
        not_subjects=frozenset(_key(w) for w in cl.get("not_subjects", ())),
        documents=frozenset(_key(w) for w in cl.get("documents", ())),
        subject_after=frozenset(_key(w) for w in cl.get("subject_after", ())),
        owner=regex.compile(rf"\s+(?i:{_alt(cl['owners'])})\s+({_CAP}[\w'’-]*(?:\s+{_CAP}[\w'’-]*){{0,2}})")
        if cl.get("owners")
        else None,
        owner_probe=_owner_probe(cl.get("owners", ())),
        totals=re.compile(_alt(d["totals"]["nouns"]), re.IGNORECASE) if d.get("totals") else None,
        total_prepositions=frozenset(_key(w) for w in d.get("totals", {}).get("prepositions", ())),
    )


def _owner_probe(owners: Iterable[str]) -> re.Pattern[str] | None:
    """``re``'s pattern of the owner pattern's start (white space, an owner word, white
    space): where it does not match, the slower ``regex`` one cannot (what ``regex`` folds
    to an ASCII letter, ``re`` does too; its white space is ``str.isspace``'s: both tested).
    None when an owner word is not ASCII letters."""
    keys = [_key(w) for w in owners]
    if not keys or not all(w.replace(" ", "").isascii() and w.replace(" ", "").isalpha() for w in keys):
        return None
    return re.compile(rf"\s+{_alt(keys, boundary=False)}\s", re.IGNORECASE)


def _scan_alt(phrases: Iterable[str]) -> str:
    """:func:`phrase_alternation` for scanning: the same matches, found faster where every
    phrase starts with a letter (then its start boundary is ``\\b``, and a first-letter
    class up front lets the engine skip the positions where none can start)."""
    keys = [_key(p) for p in phrases]
    if not keys or not all(k[:1].isalpha() for k in keys):
        return _alt(keys)
    firsts = "".join(sorted({re.escape(k[0]) for k in keys}))
    return rf"(?=[{firsts}])\b(?:{_alt(keys, boundary=False)})(?:(?<!\w)|(?!\w))"


class _Words:
    """An article's tokens as the document's one tokenizer cut them
    (:func:`claimtrack.mentions.tokenize`), one tuple per part, looked up by position."""

    __slots__ = ("text", "bounds", "toks")

    def __init__(self, text: str, parts: tuple[Span, ...], tokens: tuple[tuple[Token, ...], ...]) -> None:
        self.text = text
        self.bounds = [(p.start, p.end) for p in parts]
        self.toks = tokens

    def between(self, start: int, end: int) -> tuple[Token, ...]:
        """The tokens of ``text[start:end]``, as :func:`tokenize` cuts that stretch."""
        for k, (lo, hi) in enumerate(self.bounds):
            if lo <= start and end <= hi:
                break
        else:
            return tokenize(self.text, start, end)  # not inside one part (a lead line)
        toks = self.toks[k]
        i = bisect_left(toks, start, key=_TOKEN_START)
        j = bisect_left(toks, end, i, key=_TOKEN_START)  # toks[i:j] start in [start, end)
        if (i and toks[i - 1].end > start) or (j > i and toks[j - 1].end > end):
            return tokenize(self.text, start, end)  # a token crosses an edge: cut that stretch
        return toks[i:j]


def _probe(phrases: Iterable[str]) -> re.Pattern[str] | None:
    """A pattern of the phrases' first words, to run on folded text (:func:`_fold`): a
    phrase of their own (case-insensitive) pattern can only start where it finds one (any
    character that matches an ASCII letter in any case folds to it: tested). None when a
    first word is not all ASCII letters (its case folding is left to that pattern)."""
    firsts = {_key(p).split(" ")[0] for p in phrases}
    if not firsts or not all(w.isascii() and w.isalpha() for w in firsts):
        return None
    return re.compile(_alt(firsts, boundary=False))


def _estimating_verbs(text: str, sent: Span, lex: _Lexicon, low: str) -> list[re.Match[str]]:
    """``lex.estimators.finditer`` over the sentence (``low``: its :func:`_fold`), tried
    only where the probe finds a first word of theirs (every start of one, overlapping too)."""
    probe, verbs = lex.estimator_probe, lex.estimators
    assert verbs is not None
    if probe is None:
        return list(verbs.finditer(text, sent.start, sent.end))
    out: list[re.Match[str]] = []
    pos, hit = sent.start, probe.search(low)
    while hit is not None:
        at = sent.start + hit.start()
        if at >= pos and (m := verbs.match(text, at, sent.end)) is not None:
            out.append(m)
            pos = m.end()  # as finditer goes on (no estimator matches the empty string)
        hit = probe.search(low, hit.start() + 1)
    return out


def find_figures(
    text: str,
    article: Article,
    sentences: tuple[Span, ...],
    statements: tuple[Statement, ...],
    language: str,
    *,
    first_id: int = 0,
    tokens: tuple[tuple[Token, ...], ...] | None = None,
    times: SentenceTimes | None = None,
) -> tuple[Figure, ...]:
    """The figures of one article, ids ``f{first_id}``, ... in text order.

    Args:
        text: the document text; all spans are offsets into it (code points, end-exclusive).
        article: the article the sentences belong to; its ``id`` goes into each figure and
            its ``published`` time anchors the figures' time expressions.
        sentences: the article's sentence spans (headline and body), in text order.
        statements: the article's statements; a figure inside one's content is linked to it.
        language: a code with ``numbers.toml`` and ``figures.toml`` in :mod:`claimtrack.lang`.
        first_id: the number of the first figure id.
        tokens: the article's :func:`claimtrack.mentions.article_tokens`, if already cut.
        times: the article's time expressions per sentence (the document layer's,
            shared with attribution), if a caller has them.

    Returns:
        Figures as in the output contract (see the module docstring for each field's rule).

    Raises:
        claimtrack.errors.UnsupportedLanguage: no data for ``language``.
    """
    lex = _lexicon(language)
    anchor_time = article.published.value if article.published is not None else None
    according = sorted(
        (s for s in statements if _key(s.cue.text) in lex.according_to), key=lambda s: s.cue.start
    )
    parts = tuple(sp for sp in (article.headline, article.body) if sp is not None)
    words = _Words(text, parts, tokens if tokens is not None else article_tokens(text, article))
    cue_starts = [s.cue.start for s in according]
    found: list[_Found] = []
    sentences = tuple(sorted(sentences, key=lambda s: s.start))
    for sent in sentences:
        cues = according[bisect_left(cue_starts, sent.start) : bisect_left(cue_starts, sent.end)]
        found.extend(_sentence_figures(words, sent, language, lex, anchor_time, cues, times))
    if lex.elided_after and found:
        found = _elided_counts(words, found, sentences, lex)
    holders = _claimants(words, found, sentences, statements, lex)
    figures = []
    names: dict[str, str] = {}  # statement id -> claimant name: many figures share a statement
    for n, ((q, counted, category, location, time, according_st, subject, _own_end), st) in enumerate(zip(found, holders)):
        subject = None if according_st is not None and st is according_st else subject
        if time is None and st is not None:
            time = st.time
        figures.append(
            Figure(
                id=f"f{first_id + n}",
                article=article.id,
                span=q.span,
                low=q.low,
                high=q.high,
                approximate=q.approximate,
                unit=q.unit,
                counted=counted,
                category=category,  # type: ignore[arg-type]
                location=location,
                time=time,
                statement=st.id if st else None,
                source_name=subject or (_claimant_of(text, st, lex, names) if st and st.sources else None),
            )
        )
    return tuple(figures)


def _elided_counts(words: _Words, found: list[_Found], sentences: tuple[Span, ...], lex: _Lexicon) -> list[_Found]:
    """"In 2022 vielen 14 doden. Vorig jaar waren dat er 18": a bare count (no noun, no unit)
    right after a word of ``elided_after`` counts what the count before it counts, in the same
    or the sentence before: it takes that figure's counted phrase and category. Not a
    difference ("Dat zijn er twee meer dan gisteren": ``inherit_before``)."""
    starts = [sp.start for sp in sentences]
    out: list[_Found] = []
    prev: tuple[int, _Found] | None = None  # the last count with a counted phrase, and its sentence
    for f in found:
        q, counted = f[0], f[1]
        k = bisect_right(starts, q.span.start) - 1
        if counted is None and q.unit is None and prev is not None and prev[0] >= k - 1 and _elided(words, q, lex):
            f = (q, prev[1][1], prev[1][2], *f[3:])
        if f[1] is not None and q.unit is None:
            prev = (k, f)
        out.append(f)
    return out


def _elided(words: _Words, q: Quantity, lex: _Lexicon) -> bool:
    """Whether ``q`` follows a word of ``elided_after``, with at most one adverb of
    ``elided_between`` between them ("waren dat er 18", "zijn het er nog 12"), and is no
    difference ("er één meer")."""
    nxt = _NEXT_WORD.match(words.text, q.span.end)
    if nxt is not None and _key(nxt.group(1)) in lex.inherit_before:
        return False
    toks = words.between(max(0, q.span.start - 24), q.span.start)[-2:]
    if toks and _key(toks[-1].text) in lex.elided_between:
        toks = toks[:-1]
    return bool(toks) and _key(toks[-1].text) in lex.elided_after


# a figure read in a sentence: quantity, counted, category, location, time, "volgens" claimant,
# the subject of an estimating verb in its clause, where a split ends its own clause (or None)
_Found = tuple[Quantity, Span | None, str, Span | None, TimeRef | None, Statement | None, str | None, int | None]


def _sentence_figures(
    words: _Words,
    sent: Span,
    language: str,
    lex: _Lexicon,
    anchor_time: object,
    cues: list[Statement],
    times_of: SentenceTimes | None = None,
) -> list[_Found]:
    """The figures of one sentence, with a claimant where a "volgens X" cue (``cues``: those
    in this sentence, in cue order) stands in the figure's own clause."""
    text = words.text
    qs = parse_quantities(text, sent, language, weak=True, keep_weak=_keep_weak(language))
    if qs and not lex.weak_by_event and any(map(_WEAK, qs)):  # "een dode" and "enkele agenten" stay, the article "een" goes
        qs = tuple(q for q in qs if not q.weak or _weak_counts(text, q, sent.end, lex))
    if not qs:
        return []
    times = find_time_expressions(text, sent, language) if times_of is None else times_of(sent)
    if times:
        qs = tuple(q for q in qs if not _in_time(q.span, times))
    low = _fold(text[sent.start : sent.end])  # for the cheap tests of places and estimators
    places = _places(text, sent, qs, lex, low)
    # "the vigils in March that drew 8,000": a place phrase that is a time is no place, but
    # dates the figure it would have placed when the figure has no time of its own
    dated = [p for p in places if _in_time(p, times)] if times and places else []
    if dated:
        dated, places = places, [p for p in places if not _in_time(p, times)]  # dated: all, times among them
    if times and lex.period_starts:  # "270 dead since April 3": a count up to the page's time, from that day
        times = tuple(t for t in times if not _starts_period(words, sent, t, lex))
    place_starts, place_ends = [p.start for p in places], [p.end for p in places]
    verbs = _estimating_verbs(text, sent, lex, low) if lex.estimators else []
    clauses = _Clauses(words.between(sent.start, sent.end), lex) if times or cues or verbs else None
    time_ends = [t.end for t in times] if times else []
    cue_spans = tuple(c.cue for c in cues) if cues else ()
    cue_ends = [c.end for c in cue_spans] if cues else []
    by_cue = {(c.cue.start, c.cue.end): c for c in reversed(cues)} if cues else {}  # the first on a tie
    out: list[_Found] = []
    cuts = _clause_cuts(text, qs, lex) if len(qs) > 1 else []
    own_start = sent.start  # where the figure's own clause begins: after the last cut before it
    prev_category: str | None = None  # of the figure before, in this sentence
    before = sent.start  # where the figure before (and what it counts) ends
    for i, q in enumerate(qs):
        if i and cuts[i - 1] is not None:
            own_start = cuts[i - 1][1]
        limit = qs[i + 1].span.start if i + 1 < len(qs) else sent.end
        counted = _counted(words, q, limit, lex) or _bracketed_noun(words, q, sent) or _total_noun(words, q, sent, lex)
        category = _category(words, q, counted, before, limit, prev_category, lex, sent_end=sent.end, sent_start=sent.start)
        if q.weak and lex.weak_by_event and category not in lex.events and not _weak_counts(text, q, sent.end, lex):
            continue  # "one of the reasons"; not "One man was arrested"
        prev_category = category
        before = counted.end if counted else q.span.end
        own_end = cuts[i][0] if i < len(cuts) and cuts[i] is not None else None
        own = (own_start, own_end)
        next_start = limit if i + 1 < len(qs) else None
        location = _nearest_place(q.span, places, place_starts, place_ends, next_start, text, own)
        expr = _own_time(q.span, times, time_ends, clauses) if times and clauses else None
        if expr is None and times and times[0].end <= q.span.start and _opens(text, sent, times[0]):
            expr = times[0]  # "On April 22, an estimated 280 ...": a time that opens the sentence dates all of it
        if expr is None and dated:  # the place it would have had is a time
            at = _nearest_place(q.span, dated, [p.start for p in dated], [p.end for p in dated], next_start, text, own)
            expr = next((t for t in times if at is not None and _in_time(at, (t,))), None)
        time = resolve(expr, language, anchor_time=anchor_time, anchor="published") if expr is not None else None
        cue = _own_time(q.span, cue_spans, cue_ends, clauses) if cues and clauses else None
        subject = _estimator(words, sent, q.span, verbs, clauses, lex) if verbs and clauses else None
        out.append((q, counted, category, location, time, by_cue[cue.start, cue.end] if cue is not None else None, subject, own_end))
    return out


def _clause_cuts(text: str, qs: tuple[Quantity, ...], lex: _Lexicon) -> list[tuple[int, int] | None]:
    """Per figure but the last, the first split phrase (``[clause] splits``) between it and the
    next one, where its own clause ends and the next one's begins; None where none stands."""
    found = (lex.splits.search(text, a.span.end, b.span.start) for a, b in zip(qs, qs[1:]))
    return [(m.start(), m.end()) if m is not None else None for m in found]


@cache
def _keep_weak(language: str) -> partial[bool] | None:
    """The ``keep_weak`` test :func:`parse_quantities` gets (None where events decide)."""
    lex = _lexicon(language)
    return None if lex.weak_by_event else partial(_weak_counts_at, lex=lex)


def _estimator(words: _Words, sent: Span, span: Span, verbs: list[re.Match[str]], clauses: _Clauses, lex: _Lexicon) -> str | None:
    """The subject of the nearest estimating verb before ``span`` in its clause that has one
    ("Police put the estimate at 9,400": "estimate" has none, "put" has "Police")."""
    for verb in reversed([m for m in verbs if m.end() <= span.start]):
        if not clauses.same(Span.of(words.text, verb.start(), verb.end()), span):
            return None
        if len(words.between(verb.end(), span.start)) > lex.clause_words:
            return None
        subject = _subject(words, sent, verb, span, clauses, lex)
        if subject is not None:
            return subject
    return None


def _subject(words: _Words, sent: Span, verb: re.Match[str], span: Span, clauses: _Clauses, lex: _Lexicon) -> str | None:
    """The words from the clause's start to ``verb`` (or, verb second, the article and noun
    right after it), when they are few, end in a content word and hold no pronoun."""
    j = bisect_right(clauses.ends, verb.start()) - 1  # the clause break before the verb
    start = clauses.ends[j] if j >= 0 else sent.start
    subj = [t.text for t in words.between(start, verb.start()) if t.text[0].isalnum()]
    after = [t.text for t in words.between(verb.end(), span.start)]
    if after and _key(after[0]) in lex.subject_after and not (subj and _key(subj[0]) in lex.subject_after):
        # verb second after an adverbial ("Gisteren telde de politie 300"): the subject follows
        subj = after[:1] + list(takewhile(lambda w: _key(w) not in lex.stop and w[0].isalpha(), after[1:]))
    if not subj or len(subj) > lex.clause_words or _key(subj[-1]) in lex.stop:
        return None
    if any(_key(w) in lex.not_subjects for w in subj) or _NUMBER_WORD.search(" ".join(subj)):
        return None  # "it had estimated", "200 people reported": no source named here
    return " ".join(subj)


def _claimants(
    words: _Words, found: list[_Found], sentences: tuple[Span, ...], statements: tuple[Statement, ...], lex: _Lexicon
) -> list[Statement | None]:
    """The statement each figure belongs to: a "volgens X" in its clause, else the innermost
    content holding it, else a "Dat meldt X." that covers its sentence (``sentences`` in
    text order)."""
    holders = [_held_by(f[0].span, f[5]) or h for f, h in zip(found, _innermost_all([f[0].span for f in found], statements))]
    for k, f in enumerate(found):
        st = holders[k]
        if st is not None and f[7] is not None and st is not f[5] and st.cue.start >= f[7] and _key(st.cue.text) in lex.according_to:
            # "In A stierven 40 mensen, in B vielen volgens S 12 doden": S claims the 12, not the 40
            holders[k] = _innermost(f[0].span, tuple(s for s in statements if s is not st))
    for k, f in enumerate(found):
        if f[5] is not None and _is_document(f[5], lex):  # rare: a scan is cheap enough
            named = tuple(s for s in statements if not _is_document(s, lex))
            holders[k] = _innermost(f[0].span, named) or f[5]
    if lex.anaphors and None in holders:
        covered = _covered_before(words, sentences, statements, lex)
        starts = [c[0] for c in covered]
        for k, f in enumerate(found):
            i = bisect_right(starts, f[0].span.start) - 1
            if holders[k] is None and i >= 0 and f[0].span.end <= covered[i][1]:
                holders[k] = covered[i][2]
    return holders


def _held_by(span: Span, according: Statement | None) -> Statement | None:
    """The "volgens X" statement of a figure's clause, unless the figure sits outside its
    content ("volgens honderden a": a number inside the source phrase is no part of the claim)."""
    return according if according is not None and according.content.contains(span) else None


def _claimant_of(text: str, st: Statement, lex: _Lexicon, names: dict[str, str]) -> str:
    """:func:`_claimant_name`, once per statement."""
    name = names.get(st.id)
    if name is None:
        name = names[st.id] = _claimant_name(text, st, lex)
    return name


def _claimant_name(text: str, st: Statement, lex: _Lexicon) -> str:
    """The statement's first source name, with the name that owns it when the text gives one
    right after it ("de kranten van Sudpresse"); a document ("een tussenstand van Giro555")
    gives way to its owner."""
    src = st.sources[0]
    end, owner, probe = src.span.end, lex.owner, lex.owner_probe
    m = owner.match(text, end) if owner and (probe.match(text, end) if probe else text[end : end + 1].isspace()) else None
    if m is None or m.group(1) in src.name:
        return src.name
    return m.group(1) if _is_document(st, lex) else f"{src.name} {text[src.span.end : m.end()].strip()}"


def _is_document(st: Statement, lex: _Lexicon) -> bool:
    """Whether a "volgens X" names a document ("volgens een nieuwe telling"): the statement
    whose content holds the figure ("Dat zegt de organisatie X.") then names its source."""
    name = st.sources[0].name if st.sources else ""
    words = name.split()
    return bool(words) and _key(words[-1]) in lex.documents


def _counted(words: _Words, q: Quantity, limit: int, lex: _Lexicon) -> Span | None:
    """The noun phrase (plus participles/predicates) a quantity counts; see module docstring."""
    text, pos = words.text, q.span.end
    if q.unit is not None and q.unit not in lex.money and q.unit not in lex.percent:
        return None  # "30 kilometer van de stad": a measure counts nothing
    pm = (lex.partitive if q.unit is not None else lex.partitive_count).match(text, pos, limit)
    if pm is not None:
        pos = pm.end()
    elif q.unit is not None:
        return None  # money and percentages count only through "aan ...", "van de ..."
    toks = words.between(pos, limit)[: lex.max_words + 2]
    if not toks:
        return None

    def np_able(t: Token) -> bool:  # "40.000 zitten in sporthallen": a verb of its own is no noun
        return t.text[0].isalpha() and _key(t.text) not in lex.stop and _key(t.text) not in lex.own_verbs

    def adj_like(t: Token) -> bool:
        w = _key(t.text)
        if lex.adjective_endings is None:  # no endings in the data: every word may modify
            return True
        # Dutch attributive adjectives end in -e ("Noord-Koreaanse", "dode"); -ie/-ee are nouns
        return (
            len(w) > 2 and w.endswith(lex.adjective_endings) and not w.endswith(lex.noun_endings)
        ) or w in lex.modifiers

    i, n, end = 0, len(toks), None
    while i < n and i < lex.max_words:
        t = toks[i]
        if not np_able(t):
            break
        nxt = toks[i + 1] if i + 1 < n else None
        if _key(t.text) in lex.degree_adverbs:
            if nxt is not None and np_able(nxt) and adj_like(nxt) and _key(nxt.text) not in lex.degree_adverbs:
                i += 1  # "zeer zieke patiënten": the adverb goes with the adjective
                continue
            break  # "één erg zwak": no noun after the adverb
        end = t.end
        if adj_like(t) and nxt is not None:
            if np_able(nxt):
                i += 1
                continue
            if (
                _key(nxt.text) in lex.joiners
                and i + 2 < n
                and np_able(toks[i + 2])
                and adj_like(toks[i + 2])
                and not _verb_of_next(text, toks[i + 2].end, limit)  # "9 people and injured 30"
            ):
                i += 2
                continue
        break  # t is the head noun
    if end is None:
        return None
    while True:
        em = lex.extension.match(text, end, limit)
        if em is None or _verb_of_next(text, em.end(), limit):
            break
        end = em.end()
    return Span.of(text, toks[0].start, end)


def _total_noun(words: _Words, q: Quantity, sent: Span, lex: _Lexicon) -> Span | None:
    """"Het aantal huurders daalde met 1.500 naar 61.000": a bare count right after a
    preposition of ``[totals]`` counts the noun after the last plain total ("aantal") named
    before it in its sentence; a total with its own category ("dodental") names no noun."""
    if q.unit is not None or lex.totals is None:
        return None
    toks = words.between(sent.start, q.span.start)
    if not toks or _key(toks[-1].text) not in lex.total_prepositions:
        return None
    m = None
    for m in lex.totals.finditer(words.text, sent.start, toks[-1].start):  # noqa: B007 (the last one)
        pass
    if m is None or _key(m.group()) in lex.category_of:
        return None
    at = Quantity(Span.of(words.text, m.start(), m.end()), None, None, False, None)
    return _counted(words, at, toks[-1].start, lex)


def _bracketed_noun(words: _Words, q: Quantity, sent: Span) -> Span | None:
    """"Het aantal daklozen (bijna 82.000) steeg": a count that alone fills brackets right
    after a lower-case noun counts that noun (money and measures keep their own rules)."""
    text = words.text
    if q.unit is not None or text[q.span.end : q.span.end + 1] != ")" or text[q.span.start - 1 : q.span.start] != "(":
        return None
    toks = words.between(sent.start, q.span.start - 1)
    if not toks or not toks[-1].text.isalpha() or not toks[-1].text.islower():
        return None
    return Span.of(text, toks[-1].start, toks[-1].end)


def _verb_of_next(text: str, end: int, limit: int) -> bool:
    """Whether only white space stands between ``end`` and the next figure at ``limit``: the
    word before is a verb whose object is that figure ("killing 9 people and injuring 30")."""
    return end < limit and not text[end:limit].strip()


def _events(text: str, start: int, end: int, lex: _Lexicon) -> list[str]:
    """Categories of the category phrases in ``text[start:end]``, in text order."""
    if start >= end:
        return []  # an empty stretch (the clause before a sentence's first figure)
    return [lex.category_of[_key(m.group())] for m in lex.categories.finditer(text, start, end)]


def _counts_event(text: str, pos: int, limit: int, lex: _Lexicon) -> bool:
    """Whether the word right after ``pos`` is an event word ("dode", "gewonden")."""
    sp = _SPACE.match(text, pos, limit)
    if sp is None:
        return False
    m = lex.categories.match(text, sp.end(), limit)
    return m is not None and lex.category_of[_key(m.group())] in lex.events


def _weak_counts(text: str, q: Quantity, limit: int, lex: _Lexicon) -> bool:
    """Whether a weak quantity is a figure: "een" only before an event word ("een dode"),
    "enkele" / "een paar" (approximate) before any word that follows it ("enkele agenten")."""
    return _weak_counts_at(text, q.span.end, limit, q.approximate, lex=lex)


def _weak_counts_at(text: str, end: int, limit: int, approximate: bool, *, lex: _Lexicon) -> bool:
    """:func:`_weak_counts` of a weak quantity that ends at ``end``."""
    if approximate:
        nxt = _NEXT_WORD.match(text, end, limit)
        return nxt is not None and nxt.group(1)[:1].isalpha()
    return _counts_event(text, end, limit, lex)


def _part_events(words: _Words, q: Quantity, counted: Span | None, cats: list[str], lex: _Lexicon) -> list[str]:
    """"Two of the wounded died": after a partitive, an event word that opens the counted
    phrase names the whole group; what happened to the part is the event after it (not a
    joined one: "two of the killed and wounded")."""
    if counted is None or len(cats) < 2:
        return cats
    text = words.text
    pm = lex.partitive_count.match(text, q.span.end, counted.start)
    whole = lex.categories.match(text, counted.start, counted.end)
    if pm is None or text[pm.end() : counted.start].strip() or whole is None:
        return cats
    if lex.category_of[_key(whole.group())] not in lex.events:
        return cats
    nxt = _NEXT_WORD.match(text, whole.end(), counted.end)
    return cats if nxt is None or _key(nxt.group(1)) in lex.joiners else cats[1:]


def _resolve(cats: list[str], lex: _Lexicon) -> str | None:
    if not cats:
        return None
    rank = lex.event_rank
    events = [c for c in cats if c in rank]
    if not events:
        return None
    if "killed" in events and "wounded" in events:
        return "killed_or_wounded"
    return min(events, key=rank.__getitem__)


class _Clauses:
    """Where the clauses of one sentence break (punctuation, clause-ending and time-ending
    words), read in its tokens: :meth:`same` reads only the tokens between two spans (a
    figure and its time are near), ``ends`` finds every break once when first asked."""

    __slots__ = ("toks", "lex", "_ends")

    def __init__(self, toks: tuple[Token, ...], lex: _Lexicon) -> None:
        self.toks, self.lex = toks, lex
        self._ends: list[int] | None = None

    def _is_break(self, t: Token) -> bool:
        return t.text in _CLAUSE_PUNCT or _key(t.text) in self.lex.breaks

    @property
    def ends(self) -> list[int]:
        """The ends of the breaking tokens, in order."""
        if self._ends is None:
            self._ends = [t.end for t in self.toks if self._is_break(t)]
        return self._ends

    def same(self, a: Span, b: Span) -> bool:
        """Whether no clause break lies wholly between the two spans."""
        start, end = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
        toks = self.toks
        i = bisect_left(toks, start, key=_TOKEN_START)
        while i < len(toks) and toks[i].end <= end:  # tokens in order: the ends grow too
            if self._is_break(toks[i]):
                return False
            i += 1
        return True


def _starts_period(words: _Words, sent: Span, time: Span, lex: _Lexicon) -> bool:
    """Whether a period word ("since", ``[clause] period_starts``) stands before ``time`` in its
    clause, at most ``clause_words`` back ("since April 2"; "since the thaw set in in March"), or
    opens it ("since May": the word that made a month alone a time)."""
    if _key(time.text.split(maxsplit=1)[0]) in lex.period_starts:
        return True
    for t in reversed(words.between(sent.start, time.start)[-lex.clause_words :]):
        if t.text in _CLAUSE_PUNCT or _key(t.text) in lex.breaks:
            return False
        if _key(t.text) in lex.period_starts:
            return True
    return False


def _in_time(span: Span, times: tuple[Span, ...]) -> bool:
    """Whether ``span`` overlaps a time expression (times in text order, not overlapping)."""
    i = bisect_right(times, span.start, key=lambda t: t.start)  # times[:i] start at or before it
    return (i > 0 and times[i - 1].end > span.start) or (i < len(times) and times[i].start < span.end)


def _opens(text: str, sent: Span, time: Span) -> bool:
    """Whether ``time`` opens its sentence (at most one short word, a preposition, before it)."""
    before = text[sent.start : time.start].split()
    return len(before) <= 1 and all(len(w.strip("\"'“‘(")) <= 3 for w in before)


def _own_time(span: Span, times: tuple[Span, ...], ends: list[int], clauses: _Clauses) -> Span | None:
    """The time expression (or cue) nearest to ``span`` in its own clause (the earlier one
    on a tie).

    Times are in text order and do not overlap ``span``, so only the nearest one on each
    side can be the answer: a clause break before that one also stands before the rest.
    """
    i = bisect_right(ends, span.start)  # times[:i] end before the span
    best = None
    for t in (times[i - 1] if i else None, times[i] if i < len(times) else None):
        if t is not None and clauses.same(span, t):
            if best is None or _distance(span, t) < _distance(span, best):
                best = t
    return best


def _clause_after(words: _Words, start: int, limit: int, lex: _Lexicon) -> int:
    """Where the clause that continues at ``start`` ends (at most ``clause_words`` words)."""
    for n, t in enumerate(words.between(start, limit)):
        if t.text in _CLAUSE_PUNCT or _key(t.text) in lex.clause_ends or n >= lex.clause_words:
            return t.start
    return limit


def _clause_before(words: _Words, start: int, end: int, lex: _Lexicon) -> int:
    """Where the clause that ends at ``end`` begins (at most ``clause_words`` words back)."""
    begin = end
    for t in reversed(words.between(start, end)[-lex.clause_words :]):
        if t.text in _CLAUSE_PUNCT or _key(t.text) in lex.clause_ends:
            return t.end
        begin = t.start
    return begin


def _category(
    words: _Words,
    q: Quantity,
    counted: Span | None,
    before: int,
    limit: int,
    prev_category: str | None,
    lex: _Lexicon,
    *,
    sent_end: int | None = None,
    sent_start: int = 0,
) -> str:
    """The contract category of a figure (rules in the module docstring).

    ``before``/``limit`` bound the clause search (the figures next to this one);
    ``prev_category`` is the category of the figure before it in the same sentence;
    ``sent_end`` lets a predicate shared by coordinated figures reach the first one
    ("400 bewoners en 20 medewerkers zijn geëvacueerd").
    """
    text = words.text
    if q.unit is not None:
        if q.unit in lex.money:
            return "money"
        if q.unit in lex.percent:
            return "percent"
        return "other"
    head = _head(counted, lex) if counted is not None else None
    if head is not None and lex.non_human and _key(head).endswith(lex.non_human):
        return "other"  # "300 varkens omgekomen": the event categories count people
    np_cats = _events(text, counted.start, counted.end, lex) if counted else []
    cat = _resolve(_part_events(words, q, counted, np_cats, lex), lex)
    if cat is not None:
        return cat
    if prev_category in lex.events and lex.inherit_after.search(text, max(before, q.span.start - 24), q.span.start):
        return prev_category  # type: ignore[return-value]  # "..., onder wie elf kinderen"
    cat = _subject_value(words, q, before, prev_category, lex) if lex.value_verbs and counted is None else None
    if cat is not None:
        return cat
    clause_start = _clause_before(words, before, q.span.start, lex)
    before_start = _own_subject(words, q, counted, clause_start, limit, lex)
    cat = _clause_event(words, q, counted, before_start, limit, lex, sent_end)
    if cat is None and counted is None and lex.totals is not None:
        cat = _total_category(words, q, sent_start, lex)
    if cat is not None:
        return cat
    groups = [c for c in np_cats if c in lex.groups]
    if groups:
        return min(groups, key=lex.groups.index)
    if head is not None:
        if head[:1].isupper() and head.endswith(lex.demonym_suffixes):
            return "people"  # "Noord-Koreanen"
        return _group_of(head, lex) or "other"  # "schoonmakers", "toeristen"
    nxt = _NEXT_WORD.match(text, q.span.end, limit)
    if prev_category is not None and nxt and _key(nxt.group(1)) in lex.inherit_before:
        return prev_category  # "12.000 meer dan in februari"
    if prev_category in lex.events and before_start == clause_start and _listed(words, before, q, lex):
        return prev_category  # type: ignore[return-value]  # "88 deaths in A, 43 in B and 31 in C"
    for t in reversed(words.between(before_start, q.span.start)):
        cat = _group_of(t.text, lex)  # "het aantal toeristen is gedaald tot 8,7 miljoen"
        if cat is not None:
            return cat
    if prev_category in lex.groups:
        return prev_category  # "ongeveer 42.000 militairen ... en wil daar 20.000 aan toevoegen"
    return "other"


_LIST_GAP = 4  # words between two figures of one list: "in Varn and", "," (a place or nothing)


def _listed(words: _Words, before: int, q: Quantity, lex: _Lexicon) -> bool:
    """A figure without a noun of its own next in a list after the figure before it: at most
    a few words between them (no clause end), the last a comma or a joiner ("88 deaths in A,
    43 in B and 31 in C", "155, 146 and 34 respectively")."""
    toks = words.between(before, q.span.start)
    if not toks or len(toks) > _LIST_GAP or (toks[-1].text != "," and _key(toks[-1].text) not in lex.joiners):
        return False
    return not any(t.text in _CLAUSE_PUNCT or _key(t.text) in lex.breaks for t in toks[:-1])


def _own_subject(words: _Words, q: Quantity, counted: Span | None, start: int, limit: int, lex: _Lexicon) -> int:
    """Where the clause before a figure begins, cut after its last joiner when a verb of the
    figure's own (``own_verbs``) follows it: "dozens are missing and 40,000 are sheltering"
    (the 40,000 are no missing; "30 were killed and 12 in B" keeps the killed)."""
    nxt = _NEXT_WORD.match(words.text, counted.end if counted else q.span.end, limit) if lex.own_verbs else None
    if nxt is None or _key(nxt.group(1)) not in lex.own_verbs:
        return start
    return next((t.end for t in reversed(words.between(start, q.span.start)) if _key(t.text) in lex.joiners), start)


def _total_category(words: _Words, q: Quantity, sent_start: int, lex: _Lexicon) -> str | None:
    """"Het dodental ... is opgelopen tot 50": a figure with no noun of its own after a
    preposition of ``[totals]`` takes the event category of the last total named before it
    in its sentence, commas and all: the total noun's own ("dodental") or the event word
    right after it ("het aantal dodelijke slachtoffers ... ligt op ruim 35.000")."""
    toks = words.between(sent_start, q.span.start)
    if not toks or _key(toks[-1].text) not in lex.total_prepositions:
        return None
    text = words.text
    m = None
    for m in lex.totals.finditer(text, sent_start, toks[-1].start):  # noqa: B007 (the last one)
        pass
    if m is None:
        return None
    cat = lex.category_of.get(_key(m.group()))
    if cat is None:
        sp = _SPACE.match(text, m.end(), q.span.start)
        e = lex.categories.match(text, sp.end()) if sp is not None else None
        cat = lex.category_of[_key(e.group())] if e is not None else None
    return cat if cat in lex.events else None


def _subject_value(words: _Words, q: Quantity, before: int, prev_category: str | None, lex: _Lexicon) -> str | None:
    """"The death toll from the floods in the north has risen to 60": after a verb of change
    (``value_verbs``) and its link word the figure is the value of the subject before the
    verb, however long; the first event phrase there gives the category. "rose from 18 to
    21": with only a link word after the figure before, that figure's event category."""
    toks = words.between(before, q.span.start)
    k = len(toks)
    while k and _key(toks[k - 1].text) in lex.value_links:
        k -= 1
    if k == 0:
        return prev_category if prev_category in lex.events and toks else None
    if _key(toks[k - 1].text) not in lex.value_verbs:
        return None
    return _resolve(_events(words.text, before, toks[k - 1].start, lex), lex)


def _clause_event(
    words: _Words, q: Quantity, counted: Span | None, before_start: int, limit: int, lex: _Lexicon, sent_end: int | None
) -> str | None:
    """The event category of a figure's clause: in the words after it, after the next figure
    it is joined to, before it, or a separable verb around it ("kwamen 5 mensen om")."""
    text = words.text
    after = counted.end if counted else q.span.end
    after_end = _clause_after(words, after, limit, lex)
    rest = words.between(after, after_end)
    if after_end == limit and len(rest) >= 2 and _key(rest[-2].text) in lex.joiners and _verb_of_next(text, rest[-1].end, limit):
        after_end = rest[-2].start  # "... and injured 30": the verb of the next figure
    cat = _resolve(_events(text, after, after_end, lex), lex)
    if (
        cat is None
        and sent_end is not None
        and limit < sent_end
        and _joined_to_next(words, counted.start if counted else after, limit, lex)
    ):
        # "en"/"of" right before the next figure: "400 bewoners (van een zorgcentrum) en twee
        # medewerkers zijn geëvacueerd" share the predicate after the next figure's noun phrase
        cat = _resolve(_events(text, limit, _clause_after(words, limit, sent_end, lex), lex), lex)
    if cat is None:
        cat = _resolve(_events(text, before_start, q.span.start, lex), lex)
    if cat is None and lex.verbs_before:  # "..., killing at least 14 farmers"
        cat = next((c for t in reversed(words.between(before_start, q.span.start)) if (c := lex.verbs_before.get(_key(t.text)))), None)
    if cat is None and lex.split_verbs:  # "kwamen 5 mensen om"
        words_after = {_key(t.text) for t in words.between(after, after_end)}
        if lex.split_particles.isdisjoint(words_after):
            return None
        words_before = {_key(t.text) for t in words.between(before_start, q.span.start)}
        for verbs, particle, category in lex.split_verbs:
            if particle in words_after and not verbs.isdisjoint(words_before):
                return category
    return cat


def _joined_to_next(words: _Words, start: int, limit: int, lex: _Lexicon) -> bool:
    """Whether the words from ``start`` (the counted phrase) to the next figure at ``limit``
    end in a joiner ("en", "of"), with no clause boundary, predicate or event word of their
    own and at most ``clause_words`` words."""
    toks = [t.text for t in words.between(start, limit)]
    if not toks or len(toks) > lex.clause_words or _key(toks[-1]) not in lex.joiners:
        return False
    return not any(
        w in _CLAUSE_PUNCT
        or _key(w) in lex.clause_ends
        or _key(w) in lex.predicates  # "3000 agenten ingezet en 14 ... opgepakt": own predicate
        or _key(w) in lex.category_of and lex.category_of[_key(w)] in lex.events
        for w in toks
    )


def _group_of(word: str, lex: _Lexicon) -> str | None:
    """"troops" or "people" for a group noun or a person noun by its ending, else None."""
    k = _key(word)
    cat = lex.category_of.get(k)
    if cat in lex.groups:
        return cat
    if word[:1].islower() and k.endswith(lex.person_suffixes) and k not in lex.not_people:
        return "people"
    return None


def _head(counted: Span, lex: _Lexicon) -> str:
    """The head noun of a counted phrase: its last word that is no category word or predicate."""
    for w in reversed(counted.text.split()):
        k = _key(w)
        if k not in lex.category_of and k not in lex.predicates and k not in lex.joiners:
            return w
    return ""


def _distance(a: Span, b: Span) -> int:
    if b.start >= a.end:
        return b.start - a.end
    if a.start >= b.end:
        return a.start - b.end
    return 0


def _places(text: str, sent: Span, qs: tuple[Quantity, ...], lex: _Lexicon, low: str | None = None) -> list[Span]:
    """The place phrases of a sentence that overlap none of its quantities (both in order)."""
    q_starts = [q.span.start for q in qs]
    out = []
    for m in _place_matches(text, sent, lex, low):
        i = bisect_left(q_starts, m.end())  # qs[:i] start before the place ends
        if i and qs[i - 1].span.end > m.start():
            continue  # overlaps a quantity
        out.append(Span.of(text, m.start(), m.end()))
    return out


def _place_matches(text: str, sent: Span, lex: _Lexicon, low: str | None = None) -> Iterable[regex.Match[str]]:
    """``lex.location.finditer`` over the sentence, tried only where a preposition's letters
    begin a word: the same matches (none can start elsewhere), without the slow scan of
    every position by the ``regex`` engine (``low``: the sentence's :func:`_fold`, if known)."""
    if lex.location_heads is None:
        yield from lex.location.finditer(text, sent.start, sent.end)
        return
    pos = sent.start
    if low is None:
        low = _fold(text[sent.start : sent.end])
    for at, after in _word_starts(text, sent, lex.location_heads, low, lex.location_probe):
        if at < pos:
            continue  # inside the place found last
        if after is not None:  # after the preposition: an article, a place noun or direction, a capital
            while after < sent.end and text[after].isspace():
                after += 1
            first = text[after : after + 1]
            if not (
                first.isupper()
                or first.istitle()
                or lex.location_next.match(text, after, sent.end)
                or (not first.isascii() and _CAP_CHAR.match(first))  # a capital newer than str's tables
            ):
                continue
        m = lex.location.match(text, at, sent.end)
        if m is not None:
            pos = m.end()
            yield m


def _fold(part: str) -> str:
    """``part`` in lower case, one code point for each (as ``re.IGNORECASE`` folds "İ")."""
    return fold_case(part)  # translates only a part holding one of RE_FOLD's letters (slow path)


def _heads(phrases: Iterable[str]) -> tuple[tuple[str, bool], ...] | None:
    """Each phrase's leading letters in lower case, and whether they are the whole phrase (a
    phrase can only match where they stand, in any case); None when one does not start with
    an ASCII letter."""
    out = set()
    for p in phrases:
        head = re.match(r"[a-z]*", _key(p)).group()  # type: ignore[union-attr]
        if not head:
            return None
        out.add((head, head == _key(p)))
    return tuple(sorted(out))


def _heads_probe(heads: tuple[tuple[str, bool], ...] | None) -> re.Pattern[str] | None:
    """A pattern that finds, in folded text, every place where one of ``heads`` (all whole
    phrases) stands with white space after it; None when a head is not whole. A superset of
    what :func:`_word_starts` keeps (white space folds to itself: tested). It starts with a
    plain alternation of literals, so that the engine skips to their first letters in C."""
    if not heads or not all(whole for _, whole in heads):
        return None
    return re.compile(rf"(?:{'|'.join(sorted((h for h, _ in heads), key=len, reverse=True))})(?=\s)")


def _word_starts(
    text: str, sent: Span, heads: tuple[tuple[str, bool], ...], low: str, probe: re.Pattern[str] | None = None
) -> list[tuple[int, int | None]]:
    """The positions in ``sent`` where one of ``heads`` begins, with no letter, digit or "_"
    before it and, for a whole phrase, white space after it, in order (a pattern that starts
    with such a phrase, not inside a word, and wants white space after it can start nowhere
    else); each with where the whole phrase ends (None for a phrase's first letters).
    ``low`` is the sentence's :func:`_fold`; ``probe`` the heads' :func:`_heads_probe`, if any."""
    if probe is not None:
        return _probed_starts(text, sent, probe, low)
    found = set()
    for head, whole in heads:
        i = low.find(head)
        while i >= 0:
            at, after = sent.start + i, sent.start + i + len(head)
            before = text[at - 1] if at else " "
            if not (before.isalpha() or before.isdecimal() or before == "_") and (
                not whole or (after < sent.end and text[after].isspace())
            ):
                found.add((at, after if whole else None))
            i = low.find(head, i + 1)
    return sorted(found)


def _probed_starts(text: str, sent: Span, probe: re.Pattern[str], low: str) -> list[tuple[int, int | None]]:
    """:func:`_word_starts` of whole heads, from the places ``probe`` finds in ``low`` (in
    order; the kept ones cannot overlap, each being a whole run of letters)."""
    out: list[tuple[int, int | None]] = []
    for m in probe.finditer(low):
        at, after = sent.start + m.start(), sent.start + m.end()
        before = text[at - 1] if at else " "
        if not (before.isalpha() or before.isdecimal() or before == "_") and text[after].isspace():
            out.append((at, after))
    return out


_PLACE_BREAK = re.compile(r"[,;:()\u2013\u2014]|[.!?](?=\s)")  # a clause break between a figure and the next


def _nearest_place(
    span: Span,
    places: list[Span],
    starts: list[int],
    ends: list[int],
    next_start: int | None = None,
    text: str = "",
    own: tuple[int, int | None] = (0, None),
) -> Span | None:
    """The first place phrase after ``span`` and before the next figure (``next_start``), else the
    last one before it (``starts`` and ``ends`` are the places' own, in order: places do not
    overlap). A place right before the next figure is that figure's ("In Milaan 21.000 en in Turijn
    9.000"); one past the next figure is its own only where no clause break parts them ("30 A en 300 B
    betoogden in P"; not "640.000, onder wie 52.000 in Rome"). ``own`` is where the figure's own
    clause begins and ends (None: no split before the next figure): a place of its own clause before
    it wins over one past that end ("In A stierven 40 mensen, in B vielen 12 doden")."""
    i = bisect_left(starts, span.end)
    j = bisect_right(ends, span.start)
    own_start, own_end = own
    if own_end is not None and i < len(places) and places[i].start >= own_end and j and places[j - 1].start >= own_start:
        return places[j - 1]
    if i < len(places):
        p = places[i]
        if next_start is None or (p.end <= next_start and text[p.end : next_start].strip()):
            return p
        if p.start >= next_start and not _PLACE_BREAK.search(text, span.end, next_start):
            return p
    return places[j - 1] if j else None


def _covered_before(
    words: _Words, sentences: tuple[Span, ...], statements: tuple[Statement, ...], lex: _Lexicon
) -> list[tuple[int, int, Statement]]:
    """Sentences a "Dat meldt de politie." covers beyond its content, in text order.

    When the cue's sentence starts with an anaphor and the content is the whole sentence
    before it, the sentence before that one, in the same paragraph, is the source's too:
    reporters put the source after the two sentences of figures it gave.
    """
    starts = [s.start for s in sentences]
    out = []
    for st in statements:
        if st.content.end > st.cue.start:
            continue
        j = bisect_right(starts, st.cue.start) - 1  # the cue's sentence
        if j < 2 or st.content.start > sentences[j - 1].start + 3:
            continue
        first = words.between(sentences[j].start, sentences[j].end)[:1]
        prev = sentences[j - 2]
        if (
            not first
            or first[0].start != sentences[j].start
            or _key(first[0].text) not in lex.anaphors
            or "\n" in words.text[prev.start : st.content.start]
        ):
            continue
        out.append((prev.start, prev.end, st))
    return sorted(out, key=lambda c: c[0])


def _innermost_all(
    spans: list[Span], statements: tuple[Statement, ...], scan_below: int = 32
) -> list[Statement | None]:
    """For each span, the statement with the shortest content that holds it (first on a tie).

    A sweep in text order: statements enter a heap (by content length) once their content
    starts before the span; one whose content ends before the span's end can hold no later
    span, so it leaves for good. Spans that do not end in text order fall back to a scan,
    and so do fewer than ``scan_below`` pairs of span and statement (cheaper there).
    """
    if len(spans) * len(statements) < scan_below:
        return [_innermost(sp, statements) for sp in spans]
    order = sorted(range(len(spans)), key=lambda k: (spans[k].start, spans[k].end))
    ends = [spans[k].end for k in order]
    if any(a > b for a, b in zip(ends, ends[1:])):
        return [_innermost(sp, statements) for sp in spans]
    by_start = sorted(range(len(statements)), key=lambda k: statements[k].content.start)
    heap: list[tuple[int, int]] = []
    out: list[Statement | None] = [None] * len(spans)
    nxt = 0
    for k in order:
        sp = spans[k]
        while nxt < len(by_start) and statements[by_start[nxt]].content.start <= sp.start:
            j = by_start[nxt]
            heapq.heappush(heap, (len(statements[j].content), j))
            nxt += 1
        while heap and statements[heap[0][1]].content.end < sp.end:
            heapq.heappop(heap)
        out[k] = statements[heap[0][1]] if heap else None
    return out


def _innermost(span: Span, statements: tuple[Statement, ...]) -> Statement | None:
    """The statement with the shortest content that holds ``span``, if any."""
    start, end = span.start, span.end
    holders = [s for s in statements if s.content.start <= start and end <= s.content.end]
    return min(holders, key=lambda s: len(s.content)) if holders else None


__all__ = ["find_figures"]
