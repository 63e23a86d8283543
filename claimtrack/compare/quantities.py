"""What a figure counts, as one key that is the same across wordings and languages.

A figure's **quantity** is a label from the language data (``lang/<code>/compare.toml``,
``[quantities]``: ``doden``, ``gedood``, ``omgekomen``, ``killed`` and ``dead`` are all
``killed``), found in its counted subject, else its category where the category
names a label, else the words just after (then just before) the number in its
sentence; failing all that, the lemmas of the counted subject's content words
(``hotels`` -> ``hotel``). Its **qualifiers** are the labels of ``[qualifiers]`` in
the counted subject or just after it: they name a part of the whole
("buitenlandse slachtoffers", "149 remained in hospital"), so a figure with a
qualifier never counts the same as one without.

Words are lemmatised with simplemma where it is installed, and folded
(:func:`~claimtrack.compare.keys.text_key`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claimtrack.compare.keys import MIN_TOKEN, text_key

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_STOP = re.compile(r"[.!?;:,()\n\u2013\u2014]|(?<!\w)\d")  # the window stops at a clause end or at the next number
WINDOW_AFTER = 8
WINDOW_BEFORE = 14
SCALE = "scale"  # units.scale: "million" after a number the extractor did not scale
NEAR_BEFORE = 4  # "the storm toll overnight rose to 37"
QUALIFIER_BEFORE = 3  # "het maximaal toegestane aantal van 75": a part named just before the number
BOTH = "killed_or_wounded"  # "slachtoffers", "casualties": the dead and the wounded together
# categories that do not tell what is counted: the words must
VAGUE_CATEGORIES = frozenset({"people", "other", "money", "percent"})
GROWING = frozenset({"killed", "wounded", BOTH})  # counts that only grow (a toll)
FORECAST = "expected"  # "organisers expected 10,000": a forecast is a part, never the count ...
# ... but a toll "expected to rise" is today's toll


@dataclass(frozen=True, slots=True)
class Lexicon:
    """One language's quantity labels, qualifier labels, generic words and implications."""

    quantities: dict[str, str]
    qualifiers: dict[str, str]
    units: dict[str, str]
    generic: frozenset[str]
    implies: dict[str, str]
    stop: frozenset[str]
    parts: dict[str, frozenset[str]] = None  # type: ignore[assignment]  # [parts]: see refine()
    in_phrase: tuple[tuple[str, str], ...] = ()  # [in_phrase]: (" phrase ", label), never the head


def _data(language: str) -> dict:
    try:
        from claimtrack import lang

        return lang.load(language, "compare")
    except Exception:  # an unknown language: categories and subject words still work
        return {}


@lru_cache(maxsize=None)
def lexicon(language: str) -> Lexicon:
    """The lexicon of every language with a ``compare.toml``, ``language``'s words first.

    All languages are looked in because the labels are shared and a page's language
    may be detected wrongly or mixed (an English quote on a Dutch page).
    """
    from claimtrack import lang

    merged: dict = {}
    for code in sorted(lang.available(), key=lambda c: c == language):
        for name, value in _data(code).items():
            if isinstance(value, dict):
                for label, words in value.items():
                    slot = merged.setdefault(name, {})
                    slot[label] = [*slot.get(label, []), *words] if isinstance(words, list) else words
            elif isinstance(value, list):
                merged[name] = [*merged.get(name, []), *value]
    data = merged

    def table(name: str) -> dict[str, str]:
        return {
            text_key(w): label
            for label, words in data.get(name, {}).items()
            if label != "generic" and isinstance(words, list)
            for w in words
        }

    quantities = table("quantities")
    return Lexicon(
        quantities=quantities,
        qualifiers=table("qualifiers"),
        units=table("units"),
        generic=frozenset(text_key(w) for w in data.get("quantities", {}).get("generic", ())),
        implies=dict(data.get("implies", {})),
        stop=frozenset(text_key(w) for w in data.get("stopwords", ())),
        parts={k: frozenset(text_key(w) for w in v) for k, v in data.get("parts", {}).items() if isinstance(v, list)},
        in_phrase=tuple((f" {text_key(p)} ", label) for label, ps in data.get("in_phrase", {}).items() for p in ps),
    )


@lru_cache(maxsize=65536)
def lemma(word: str, language: str) -> str:
    """The folded lemma of one word (the folded word itself without simplemma)."""
    try:
        import simplemma

        return text_key(simplemma.lemmatize(word, lang=language))
    except (ModuleNotFoundError, ValueError):
        return word


def _words(text: str | None) -> list[str]:
    return text_key(text).split() if text else []


def _labels(words: list[str], kind: str, language: str) -> list[str]:
    """The labels the words name in the lexicon's ``kind`` table (``quantities``, ``qualifiers``), once each, in order."""
    out = []
    for w in words:
        label = _label(w, kind, language)
        if label and label not in out:
            out.append(label)
    return out


@lru_cache(maxsize=65536)  # a judgement of language data per word: bounded
def _label(word: str, kind: str, language: str) -> str:
    """The label one folded word (or its lemma) names in the lexicon's ``kind`` table; ``""`` for none."""
    lx = lexicon(language)
    if word in lx.stop:  # "die" is a Dutch pronoun before it is an English verb
        return ""
    table = getattr(lx, kind)
    return table.get(word) or table.get(lemma(word, language)) or ""


def _phrase_label(words: list[str], phrases: tuple[tuple[str, str], ...]) -> list[str]:
    """The label of the first phrase of ``phrases`` (padded: " the streets ") found in ``words``."""
    joined = " " + " ".join(words) + " "
    return next(([label] for phrase, label in phrases if phrase in joined), [])


def window_after(text: str, end: int) -> list[str]:
    """The folded words just after a figure, up to the end of its clause."""
    tail = text[end : end + 80]
    cut = _STOP.search(tail)
    return _words(tail[: cut.start()] if cut else tail)[:WINDOW_AFTER]


def window_before(text: str, start: int) -> list[str]:
    """The folded words just before a figure, back to the start of its clause."""
    head = text[max(0, start - 100) : start]
    cuts = list(_STOP.finditer(head))
    return _words(head[cuts[-1].end() :] if cuts else head)[-WINDOW_BEFORE:]


def quantity(
    counted: str | None,
    category: str,
    language: str,
    after: list[str] = (),  # type: ignore[assignment]
    before: list[str] = (),  # type: ignore[assignment]
) -> tuple[str, tuple[str, ...]]:
    """``(quantity label, sorted qualifier labels)`` of one figure; ``("", ())`` when unknown.

    ``after``/``before`` are the words around the number (:func:`window_after`,
    :func:`window_before`).
    """
    lx = lexicon(language)
    words = _words(counted)
    head = (words or list(after))[:1]
    if head and head[0] in lx.units:  # "250 kilometer": a measure, grouped only with the same measure
        unit = lx.units[head[0]]
        return ("", ()) if unit == SCALE else ("measure:" + unit, ())
    quals = sorted(
        set(_labels(words, "qualifiers", language))
        | set(_labels(list(after), "qualifiers", language))
        | set(_labels(list(before)[-QUALIFIER_BEFORE:], "qualifiers", language))
        | (set() if words else _before_label(list(before), lx, language))
    )
    found = _labels(words, "quantities", language)
    if not found:  # "hundreds of thousands took to the streets": a crowd named past the phrase's head
        found = _phrase_label((list(after) or words)[1:], lx.in_phrase)
    if not found:  # the verb of its own clause before the category, which a nearby count may have lent it
        found = _labels(list(after), "quantities", language)[:1]  # ("40 were rescued and 3 are missing")
    if not found and not words:  # a bare number names what it counts just before it ("a population of 7 million")
        found = _some(nearest_label(list(before)[-NEAR_BEFORE:], language)[1])
    if not found and category not in VAGUE_CATEGORIES:
        found = [category]
    if not found:
        found = [lx.implies[q] for q in quals if q in lx.implies][:1]
    rest = _rest(words, lx, language)
    if not found and not rest:
        # only a bare number: the nearest label before it ("the toll rose to 290")
        found = _some(nearest_label(list(before), language)[1])
    if found:
        specific = [f for f in found if f != BOTH]
        label = BOTH if {"killed", "wounded"} <= set(found) or not specific else specific[0]
        return label, tuple(q for q in quals if q != FORECAST or label not in GROWING)
    if rest and category != "other":
        return f"{category}:{' '.join(rest)}", tuple(quals)
    if rest:
        return "thing:" + " ".join(rest), tuple(quals)
    return "", tuple(quals)


def nearest_label(words: list[str], language: str) -> tuple[int, str]:
    """``(index, label)`` of the label named last in ``words``; ``(-1, "")`` when none. A word just
    before it that names a narrower label names it ("dodelijke slachtoffers": killed, not the
    dead and wounded together); the dead and the wounded named together are both ("doden en
    gewonden")."""
    for i in range(len(words) - 1, -1, -1):
        found = _label(words[i], "quantities", language)
        if found:
            if {"killed", "wounded"} <= set(_labels(words[max(0, i - 2) : i + 1], "quantities", language)):
                return i, BOTH
            narrower = [f for f in _labels(words[max(0, i - 1) : i], "quantities", language) if f != BOTH]
            return i, narrower[0] if found == BOTH and narrower else found
    return -1, ""


def _some(label: str) -> list[str]:
    return [label] if label else []


def _before_label(before: list[str], lx: Lexicon, language: str) -> set[str]:
    """The qualifiers just before the nearest label before a bare number: the counted noun phrase
    that opens its clause ("the number of foreigners killed has risen to 40", "het aantal
    Nederlandse doden staat op vijf")."""
    i, _ = nearest_label(before, language)
    return set(_labels(before[max(0, i - QUALIFIER_BEFORE) : i], "qualifiers", language)) if i >= 0 else set()


def _rest(words: list[str], lx: Lexicon, language: str) -> list[str]:
    """The lemmas of a counted subject's content words that name no label."""
    return sorted(
        {
            lemma(w, language)
            for w in words
            if len(w) >= MIN_TOKEN and not w.isdigit() and w not in lx.generic and w not in lx.stop and w not in lx.qualifiers
        }
    )


_CAPITALISED = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)


def _caps(word: str) -> bool:
    return sum(c.isupper() for c in word) > 1


def owner(text: str, start: int, end: int) -> str:
    """The name nearest a figure in its clause, folded: whose seats "De VVD krijgt 31 zetels" counts.

    The last capitalised word before the number, else the first after it; ``""`` when none.
    """
    head = text[max(0, start - 100) : start]
    cuts = list(_STOP.finditer(head))
    head = head[cuts[-1].end() :] if cuts else head
    words = _CAPITALISED.findall(head)
    # the clause's first word is capitalised anyway, unless it is written in capitals ("VVD krijgt 31")
    before = [w for i, w in enumerate(words) if w[:1].isupper() and (i > 0 or not cuts and start > 100 or _caps(w))]
    if before:
        return text_key(before[-1])
    tail = text[end : end + 80]
    cut = _STOP.search(tail)
    after = [w for w in _CAPITALISED.findall(tail[: cut.start()] if cut else tail) if w[:1].isupper()]
    return text_key(after[0]) if after else ""


PART = "part"  # a figure about some of a set already named: never the same count as the set
AMONG = "among"  # "four of them were children": the part its own clause names (the children among them)
DIFFERENCE = "change"  # a difference between two counts ("reduced by 106", "two more")
RISE, FALL = "up", "down"  # which way a difference goes


@lru_cache(maxsize=65536)  # a regroup refines every figure of the groups it touches again
def refine(quantity_text: str, span: str, counted: str | None, evidence: str) -> str:
    """A stored quantity (``label|qualifiers``) made sharper by the figure's own words.

    The context windows of :func:`quantity` miss what sits in the figure's span or just
    around its number; ``[parts]`` in the language data names those words:

    * a unit inside the span ("nearly 2 miles") makes it a measure, never a count, and a
      qualifier inside it ("maximaal 75") names its part as one after it would;
    * a difference word just before the number after a change word ("reduced by 106") or just after it
      ("two more", "one more than on Tuesday", "six more bodies") makes it a difference (``change``), and
      the words around it say which way (``up``: "two more"; ``down``: "reduced by"); a count
      over the last hours or days ("33 died in the last 24 hours") is a difference too;
    * a definite article just before the number ("the three missing"), "other" just
      after it ("five other Britons") or a vague few ("several victims") refers back to
      a set already named (``part``); a partitive just after it ("four of them") does too,
      and counts what its own clause names of that set (``among``: "four of them were
      children" counts the children);
    * a capitalised word heading the counted subject ("six Indians") names a part of
      the population (``named:...``), unless the sentence is a title-case headline.
    """
    label, _, quals = quantity_text.partition("|")
    if not label:
        return quantity_text
    lx = lexicon("")
    parts = lx.parts or {}
    span_words = text_key(span).split()
    units = [lx.units[w] for w in span_words if w in lx.units and lx.units[w] != SCALE]
    if units and not label.startswith("measure:"):
        return "measure:" + units[0]
    extra = set(quals.split()) | {lx.qualifiers[w] for w in span_words if w in lx.qualifiers}  # "maximaal 75"
    i = evidence.find(span) if span else -1
    before = text_key(evidence[max(0, i - 40) : i]).split() if i >= 0 else []
    if i >= 0 and _over_recent(_clause_around(evidence, i, i + len(span)), parts, lx):
        extra.add(DIFFERENCE)  # "33 died in the last 24 hours": the toll's rise in them, not the toll
    while before and before[-1] in _estimates():  # "down by about 106": the span leaves the estimate word out
        before.pop()
    before = before[-2:]
    after = text_key(evidence[i + len(span) : i + len(span) + 40]).split()[:2] if i >= 0 else []

    def has(words: list[str], key: str) -> bool:
        return bool(set(words) & parts.get(key, frozenset()))

    # "two more", and "six more bodies" where the difference word stands between the number and what it counts
    ahead = not counted or after[1:2] == text_key(counted).split()[:1]
    # "reduced by 106": "by" after a change word ("caused by hundreds of thousands", "attended by 5,000" are no change)
    changed_by = has(before[-1:], "difference_before") and (has(before[-2:-1], "increase") or has(before[-2:-1], "decrease"))
    if changed_by or (ahead and has(after[:1], "difference_after")):
        extra.add(DIFFERENCE)
    if DIFFERENCE in extra:  # "three more" and "lowered by 40": a rise and a fall never count one thing
        near = before + after
        extra |= {way for way, key in ((RISE, "increase"), (FALL, "decrease")) if has(near, key)}
    # "the following two", "de overige drie": a set named before ("the 35 victims" may be the whole count)
    definite = has(before[:1], "definite") and has(before[-1:], "definite_adjectives")
    if definite or has(span_words, "few") or has(after[:1], "other_after"):  # "five other Britons"
        extra.add(PART)
    if not counted and " ".join(after) in parts.get("partitive", frozenset()):
        extra.add(AMONG)
    named = _named(counted, evidence, lx)
    if named:
        extra.add("named:" + named)
    return label + ("|" + " ".join(sorted(extra)) if extra else "")


RECENT_UNITS = frozenset({"hour", "day"})  # "the last 24 hours", "de afgelopen drie dagen"; a week or more may be the whole toll
RECENT_REACH = 3  # words from "last"/"afgelopen" to its unit ("the past three days")


_CLAUSE_STOP = re.compile(r"[.;!?\n](?=\s|$)")  # a comma or a number does not end it: "in the last 24 hours, police said"
RECENT_CHARS = 80


def _clause_around(evidence: str, start: int, end: int) -> list[str]:
    """The folded words of the clause around ``evidence[start:end]``, at most :data:`RECENT_CHARS` either side."""
    head, tail = evidence[max(0, start - RECENT_CHARS) : start], evidence[end : end + RECENT_CHARS]
    cuts = list(_CLAUSE_STOP.finditer(head))
    stop = _CLAUSE_STOP.search(tail)
    return text_key(head[cuts[-1].end() :] if cuts else head).split() + text_key(tail[: stop.start()] if stop else tail).split()


def _over_recent(words: list[str], parts: dict[str, frozenset[str]], lx: Lexicon) -> bool:
    """Whether ``words`` name a span of the last hours or days ("over the last 24 hours", "in de
    afgelopen drie dagen"): ``[parts] recent`` and then, within a few words, an hour or day unit."""
    recent = parts.get("recent", frozenset())
    return any(
        w in recent and any(lx.units.get(u) in RECENT_UNITS for u in words[k + 1 : k + 1 + RECENT_REACH])
        for k, w in enumerate(words)
    )


@lru_cache(maxsize=1)
def _estimates() -> frozenset[str]:
    """One-word estimate words of every language ("about", "ongeveer": ``numbers.toml`` bounds.estimate)."""
    from claimtrack import lang

    words: set[str] = set()
    for code in lang.available():
        try:
            words |= {text_key(w) for w in lang.load(code, "numbers").get("bounds", {}).get("estimate", ())}
        except Exception:  # a language without number data
            continue
    return frozenset(w for w in words if w and " " not in w)


NAME_STEM = 5  # "Indians" and "Indian nationals", "Nederlanders" and "Nederlandse": one stem


def _named(counted: str | None, evidence: str, lx: Lexicon) -> str:
    """The folded stem of a capitalised word heading a counted subject, ``""`` when none."""
    if not counted:
        return ""
    words = _CAPITALISED.findall(evidence)
    if words and sum(w[:1].isupper() for w in words) * 2 > len(words):
        return ""  # a headline in title case capitalises every noun
    for w in counted.split()[:2]:
        key = text_key(w)
        if w[:1].isupper() and key not in lx.qualifiers and key not in lx.quantities and key not in lx.generic:
            return key[:NAME_STEM]
    return ""
