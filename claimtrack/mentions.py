"""Words, noun phrases and names: the shared layer under attribution and entities.

Everything here is rule-based and driven by ``lang/<code>/sources.toml``; no word of
any language is written in this module.

* :func:`tokenize` cuts a stretch of text into :class:`Token` values (word or
  punctuation, with code-point offsets into the document, end-exclusive).
* :func:`parse_np` reads one noun phrase forward from a token: an optional
  determiner, modifiers (adjectives in *-e*, demonyms such as "Oekraïense"), a role
  noun ("president", "legerleider") or an organisation noun ("ministerie",
  "mensenrechtenorganisatie"), names (capitalised words with particles: "Jan de
  Vries"), a known place or organisation ("Verenigde Staten", "Truth Social"), and a
  ``van`` complement ("woordvoerder van de politie", "ministerie van Buitenlandse
  Zaken"), an abbreviation in brackets ("de Nederlandse Zorgautoriteit (NZa)"),
  where a person is from ("een vrouw uit Zwolle": the place is a mention of its
  own) or where a body sits ("het gerechtshof in Den Bosch", kept in its name), and
  an agent phrase before a participle ("het door Hamas bestuurde ministerie", named
  without it). Names may hold particles after two names ("Peter Hein van Dijk"
  unless a listed body or portfolio follows: "Eva Smit van Defensie"), "&"
  ("I&O") and "Midden- en West-Brabant". :func:`parse_np_list` reads coordinated
  phrases ("A, B en C").
* :func:`find_mentions` lists the named mentions of an article or document.
* :class:`Resolver` gives each noun phrase its canonical name and type.

Naming rules (the output contract's ``name``):

* A phrase with a name is named by the name alone: "De Oekraïense president
  Volodymyr Zelensky" -> "Volodymyr Zelensky" (PER); "mensenrechtenorganisatie
  Hengaw" -> "Hengaw" (ORG); "de Verenigde Staten" -> "Verenigde Staten" (GPE).
* A single name that is the last word of a longer person name in the same
  article is that person: "Zelensky" -> "Volodymyr Zelensky"; so is a first name
  that opens exactly one full name and is no surname there ("zegt Jannie" ->
  "Jannie Boerma").
* A single capitalised organisation noun that opens or ends a longer organisation
  name in the article is that organisation: "de Commissie" -> "Europese Commissie",
  "de Inspectie" -> "Inspectie voor de Gezondheidszorg".
* After two names, "van" + a word with an inner capital ("GroenLinks-PvdA",
  "KplusV") opens a complement, not a surname: "Joost Hagens". So does "van" + a
  single name the article also uses on its own ("reizigersorganisatie Rover ...
  Freek Bos van Rover" -> "Freek Bos"), see :meth:`Resolver.canonical`.
* A role without a name ("de Oekraïense president", "de president") takes the
  name of the person in the article with the same role (and the same modifiers,
  when given): the last one before it, else the first after it. With none it is
  named by its words without the determiner ("Oekraïense president").
* A plural pronoun with a plural verb ("Ze vertellen") may also take a couple
  sharing a surname, two person names joined by a conjunction ("Kees en Jannie
  Boerma"), when it is the latest plural antecedent.
* A pronoun ("hij", "zij", "ze", "volgens haar") takes the name of the last person
  before it in the article that was a *source* or opened a sentence (subjects are
  the likeliest antecedents: "Huisarts Koen Smit ziet het anders. Hij zegt ..."),
  else of the last person mention before it; gender is not checked. A plural
  pronoun with a plural verb ("Zij zeggen") takes the last source with a plural
  verb or several conjuncts.
* A body named by its area (``territorial_organisations``: "de veiligheidsregio
  Midden- en West-Brabant") keeps its noun in the name.
* A group of experts of a named body (``group_roles``: "onderzoekers van de
  Universiteit Leiden", "analisten van zakenbank Orion") is that body (ORG).
* An organisation noun whose ``van`` complement is a named organisation is that
  organisation ("de raad van bestuur van ziekenhuis Zonnehof" -> "Zonnehof"); so is an
  unlisted noun with a named complement ("de exitpoll van Ipsos" -> "Ipsos").
* An organisation noun with a listed place is named by both: "de politie Den Haag"
  -> "politie Den Haag" (ORG), and a later "de politie" takes that name. A definite
  body named by its area with no name in the article takes the dateline's place:
  "AMSTERDAM (ANP) - ..., meldt de gemeente." -> "gemeente Amsterdam".
* A minister's portfolio (``portfolios``: "minister van Financiën Eva Lindeman")
  is the role's complement, not part of the name: "Eva Lindeman".
* A spokesperson ("een woordvoerder van de politie", "de woordvoerder") is
  attributed to the organisation it speaks for: its ``van`` complement, else the
  most recent organisation before it that was a source or opened a sentence (an
  unnamed "het bedrijf" there stands for the last named organisation with a fitting
  noun: "Het bedrijf schrapt ..., aldus een woordvoerster"), else
  the last organisation named; type ORG. "Een medewerker van X in Y": the person's
  place after the body is where they work, not part of the body. With no organisation in sight it stays a
  person named by the role ("woordvoerder"). A later "hij" may refer to the
  spokesperson and then gets the organisation too.
* An organisation noun without a name ("Vakbond zegt ..."; "de vakbond") takes the
  name of a mention with the same noun and a name in the article ("vakbond FNV").
* A definite general organisation noun ("het bedrijf", ``anaphoric_organisations``)
  takes the name of the last organisation before it with the same noun ("een
  chemiebedrijf ... het bedrijf" -> "chemiebedrijf"), else of the last one named.
* A capitalised organisation noun is a name: "de Nederlandse Zorgautoriteit" ->
  "Nederlandse Zorgautoriteit" (ORG).
* Any other organisation noun without a name is named by its words without the
  determiner: "het ministerie van Buitenlandse Zaken" -> "ministerie van
  Buitenlandse Zaken", "de politie" -> "politie".
* Types: PER for persons and roles, ORG for organisations, acronyms (NASA),
  known organisations and names ending in an organisation noun ("Europese Centrale
  Bank"), GPE for places in the place list and for an unknown single name after a
  place preposition ("bij Velenje") or a place noun ("de grensstad Kessel"), OTHER
  for any other noun phrase ("de buurt"). Words with digits ("A12") are no names.
* A role or organisation noun that opens a sentence without article ("Minister
  zegt ...") and finds no named person or organisation is named in lower case.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from claimtrack import lang
from claimtrack.model import Article, Span

_PORTFOLIO = (
    "<portfolio>"  # the ``head`` of a minister's portfolio phrase ("van Financiën")
)
# a token (a word joined by ' ’ - . & or one other non-space character) with the white
# space before it (a line break there starts a line)
_SPACED_TOKEN = re.compile(r"(\s*)(\w+(?:['’\-.&]\w+)*|[^\w\s])")
_new_token = tuple.__new__


class Token(NamedTuple):
    """One word or punctuation mark: ``text == doc[start:end]``; ``low`` is its lower case.

    ``cap``: the word starts with a capital letter; ``line_start``: it is the first
    token of the stretch or a line break precedes it.
    """

    text: str
    low: str
    start: int
    end: int
    cap: bool
    line_start: bool


def tokenize(text: str, start: int, end: int) -> tuple[Token, ...]:
    """The tokens of ``text[start:end]`` with offsets into ``text`` (code points, end-exclusive).

    A word is a run of letters/digits joined by ``'``, ``’``, ``-``, ``.`` or ``&``
    ("ngo's", "Zuid-Korea", "12.000", "I&O"); every other non-space character is a token.
    """
    new = _new_token
    out: list[Token] = []
    add = out.append
    pos = start
    first = True
    for ws, w in _SPACED_TOKEN.findall(text, start, end):
        a = pos + len(ws)
        pos = a + len(w)
        add(new(Token, (w, w.lower(), a, pos, w[0].isupper(), first or "\n" in ws)))
        first = False
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The word lists of ``sources.toml`` in the shapes the parser needs (all lower case)."""

    determiners: frozenset[str]
    pronouns: frozenset[str]
    unresolved_pronouns: frozenset[str]
    object_pronouns: frozenset[str]
    modifiers: frozenset[str]
    particles: frozenset[str]
    roles: frozenset[str]
    role_suffixes: re.Pattern[str]
    spokespersons: frozenset[str]
    organisations: frozenset[str]
    org_suffixes: re.Pattern[str]
    # first lower-cased word -> ((words...), canonical, type), longest first
    gazetteer: dict[str, tuple[tuple[tuple[str, ...], str, str], ...]]
    demonyms: frozenset[str]
    not_names: frozenset[str]
    place_prepositions: frozenset[str]
    anaphoric_organisations: frozenset[str]
    demonym_suffixes: tuple[str, ...]
    portfolios: dict[str, tuple[tuple[str, ...], ...]]
    place_nouns: tuple[str, ...]
    complement: frozenset[str]
    adjective_suffixes: tuple[str, ...]
    definite: frozenset[str]
    conjunctions: frozenset[str]
    territorial: tuple[str, ...]
    # bodies that keep their noun before the area that names them ("politie Oost-Nederland")
    area_bodies: tuple[str, ...]
    # organisation nouns for a facility that a place name names ("de luchthaven" -> Schiphol)
    facilities: frozenset[str]
    group_roles: frozenset[str]
    origin_prepositions: frozenset[str]
    location_prepositions: frozenset[str]
    agent_prepositions: frozenset[str]
    plural_pronouns: frozenset[str]
    # anaphoric organisation noun -> endings of the organisation nouns it may refer to
    anaphoric_antecedents: dict[str, tuple[str, ...]]
    # words (or compound endings) that make a name an organisation
    organisation_words: frozenset[str]
    organisation_word_endings: tuple[str, ...]
    # endings of plural role nouns ("buurtbewoners", "artsen", "collega's")
    plural_role_endings: tuple[str, ...]
    # possessives ("zijn", "haar") and role -> the body a possessive stands for
    # ("zijn ministerie" of a minister: "ministerie van <portfolio>")
    possessives: frozenset[str]
    role_bodies: dict[str, str]
    language: str


def _phrases(items: list[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases as lower-cased word tuples keyed by their first word, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in items:
        words = tuple(t.low for t in tokenize(p, 0, len(p)))
        out.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


@cache
def lexicon(language: str) -> Lexicon:
    """The :class:`Lexicon` of a language, built once per process from ``sources.toml``.

    Raises:
        claimtrack.errors.UnsupportedLanguage: no data folder for ``language``.
    """
    d = lang.load(language, "sources")
    low = lambda xs: frozenset(x.lower() for x in xs)
    gaz: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
    demonyms: set[str] = set()

    def add(name: str, typ: str) -> None:
        words = tuple(t.low for t in tokenize(name, 0, len(name)))
        gaz.setdefault(words[0], []).append((words, name, typ))

    for place, forms in d["places"].items():
        add(place, "GPE")
        demonyms.update(f.lower() for f in forms)
    for org in d["known_organisations"]:
        add(org, "ORG")
    roles = low(d["roles"])
    orgs = low(d["organisations"])
    return Lexicon(
        determiners=low(d["determiners"]),
        pronouns=low(d["pronouns"]),
        unresolved_pronouns=low(d["unresolved_pronouns"]),
        object_pronouns=low(d["object_pronouns"]),
        modifiers=low(d["modifiers"]),
        particles=low(d["name_particles"]),
        roles=roles,
        role_suffixes=_suffix_pattern(roles),
        spokespersons=low(d["spokespersons"]),
        organisations=orgs,
        org_suffixes=_suffix_pattern(orgs),
        gazetteer={
            k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in gaz.items()
        },
        demonyms=frozenset(demonyms),
        not_names=low(d["not_names"]["words"]),
        place_prepositions=low(d["place_prepositions"]),
        anaphoric_organisations=low(d["anaphoric_organisations"]),
        definite=low(d["definite_determiners"]),
        demonym_suffixes=tuple(d["demonym_suffixes"]),
        portfolios=_phrases(d["portfolios"]),
        place_nouns=tuple(d["place_nouns"]),
        complement=low(d["complement_prepositions"]),
        adjective_suffixes=tuple(d["adjective_suffixes"]),
        conjunctions=low(d["conjunctions"]),
        territorial=tuple(x.lower() for x in d["territorial_organisations"]),
        area_bodies=tuple(x.lower() for x in d["territorial_organisations"])
        + tuple(x.lower() for x in d.get("area_organisations", [])),
        facilities=low(d.get("facility_organisations", [])),
        group_roles=low(d["group_roles"]),
        origin_prepositions=low(d["origin_prepositions"]),
        location_prepositions=low(d["location_prepositions"]),
        agent_prepositions=low(d["agent_prepositions"]),
        plural_pronouns=low(d["plural_pronouns"]),
        anaphoric_antecedents={
            k.lower(): tuple(x.lower() for x in v)
            for k, v in d.get("anaphoric_antecedents", {}).items()
        },
        organisation_words=low(d.get("names", {}).get("organisation_words", [])),
        organisation_word_endings=tuple(
            w.lower() for w in d.get("names", {}).get("organisation_words", []) if len(w) >= 4
        ),
        plural_role_endings=tuple(d.get("plural_role_endings", [])),
        possessives=low(d.get("possessives", [])),
        role_bodies={k.lower(): v.lower() for k, v in d.get("role_bodies", {}).items()},
        language=language,
    )


def _suffix_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """A regex matching a word that ends in one of ``words`` (4+ letters) after 3+ characters."""
    alts = "|".join(
        re.escape(w)
        for w in sorted((w for w in words if len(w) >= 4), key=len, reverse=True)
    )
    return re.compile(rf"(?s).{{3,}}?-?({alts})")


@lru_cache(maxsize=1 << 16)
def word_class(word: str, language: str) -> tuple[str | None, str | None]:
    """``(role, organisation)`` a lower-cased word is or ends in (either may be None); cached."""
    lex = lexicon(language)
    role = _compound(word, lex.roles, lex.role_suffixes)
    return role, (
        None if role else _compound(word, lex.organisations, lex.org_suffixes)
    )


def _compound(
    word: str, exact: frozenset[str], suffixes: re.Pattern[str]
) -> str | None:
    """``word`` itself if listed, else the listed word it ends in ("legerleider" -> "leider")."""
    if word in exact:
        return word
    m = suffixes.fullmatch(word)
    return m.group(1) if m else None


@dataclass(frozen=True, slots=True)
class NounPhrase:
    """A noun phrase over tokens ``[first, last)`` of a token tuple.

    ``span`` covers the whole phrase as written. ``name_text`` is the name inside
    it, if any ("Volodymyr Zelensky"); ``known`` the canonical gazetteer entry
    ("Verenigde Staten") and ``known_type`` its type. ``role``/``org`` are the
    listed role or organisation noun heading it (lower case, the listed word a
    compound ends in), ``modifiers`` the lower-cased modifiers before the head.
    ``of`` is the phrase's ``van`` complement.
    """

    first: int
    last: int
    span: Span
    determiner: str | None
    modifiers: tuple[str, ...]
    role: str | None
    org: str | None
    name_text: str | None
    known: str | None
    known_type: str | None
    pronoun: str | None
    head: str | None
    of: NounPhrase | None
    origin: NounPhrase | None = None  # "uit Zwolle" in "een vrouw uit Zwolle"
    # "door Hamas bestuurde" in "het door Hamas bestuurde ministerie"
    agent: Span | None = None


def _gaz_at(
    toks: tuple[Token, ...], i: int, limit: int, lex: Lexicon
) -> tuple[int, str, str] | None:
    for words, canon, typ in lex.gazetteer.get(toks[i].low, ()):
        n = len(words)
        if i + n <= limit and all(toks[i + k].low == words[k] for k in range(n)):
            if n == 1 and not toks[i].cap:
                continue  # "op" is no name; "x" lower case is no platform
            return n, canon, typ
    return None


def _is_name(tok: Token, lex: Lexicon) -> bool:
    if not (tok.cap and tok.text[0].isalpha()) or tok.low in lex.demonyms:
        return False
    if any(c.isdigit() for c in tok.text):
        return False  # "A12", "F-35": roads and types, not names
    # an acronym ("OM") is a name even where its letters spell a function word
    return tok.low not in lex.not_names or (len(tok.text) >= 2 and tok.text.isupper())


def _names(
    toks: tuple[Token, ...], i: int, j: int, limit: int, lex: Lexicon, org: bool
) -> int:
    """Index after the name starting at token ``j`` (``j`` itself if none); ``i`` starts the phrase."""
    k = j
    while k < limit:
        if toks[k].line_start and k > i:
            break
        if _is_name(toks[k], lex):
            k += 1
            continue
        if (
            k > j
            and k + 1 < limit
            and toks[k].text == "&"
            and _is_name(toks[k + 1], lex)
        ):
            k += 1  # "London School of Hygiene & Tropical Medicine"
            continue
        if (
            k > j
            and k + 2 < limit
            and toks[k].text == "-"
            and toks[k].start == toks[k - 1].end
            and toks[k + 1].low in lex.conjunctions
            and _is_name(toks[k + 2], lex)
        ):
            k += 2  # "Midden- en West-Brabant"
            continue
        if k > j and not org and toks[k].low in lex.particles:
            # "Jan van Dijk", "Ursula von der Leyen"; after two names a "van" opens a
            # complement ("Ruben Brekelmans van Defensie", "Eva Smit van ABN Amro")
            # unless one plain surname ends the name ("Peter Hein van Mulligen")
            m = k
            while m < limit and m - k < 3 and toks[m].low in lex.particles:
                m += 1
            if (
                m < limit
                and _is_name(toks[m], lex)
                and (
                    k == j + 1
                    or (
                        not toks[m].text.isupper()
                        # an inner capital marks an organisation, never a surname
                        # ("Joost Hagens van GroenLinks-PvdA", "Eva Smit van PvdA")
                        and not any(c.isupper() for c in toks[m].text[1:])
                        and not _gaz_at(toks, m, limit, lex)
                        and not _phrase_at(toks, m, limit, lex.portfolios)
                        and not (m + 1 < limit and _is_name(toks[m + 1], lex))
                        and word_class(toks[m].low, lex.language) == (None, None)
                    )
                )
            ):
                k = m
                continue
        break
    if (
        k > j + 1
        and k < limit
        and toks[k].text == "."
        and toks[k].start == toks[k - 1].end
        and len(toks[k - 1].text) == 1
        and toks[k - 1].text.isupper()
    ):
        k += 1  # "Dennis K.": a surname cut to its initial keeps its period
    return k


def _phrase_at(
    toks: tuple[Token, ...],
    i: int,
    limit: int,
    phrases: dict[str, tuple[tuple[str, ...], ...]],
) -> int:
    """Number of tokens of the longest listed phrase at token ``i`` (0 if none)."""
    for words in phrases.get(toks[i].low, ()):
        n = len(words)
        if i + n <= limit and all(toks[i + k].low == words[k] for k in range(n)):
            return n
    return 0


def _is_modifier(tok: Token, lex: Lexicon, nxt: Token | None = None) -> bool:
    if tok.low in lex.modifiers or tok.low in lex.demonyms:
        return True
    if (
        tok.cap
        and nxt is not None
        and not nxt.cap
        and tok.low.endswith(lex.demonym_suffixes)
    ):
        return True  # an unlisted demonym before a noun: "de Sloveense premier"
    if (
        tok.cap
        and nxt is not None
        and not nxt.cap
        and tok.low.endswith(lex.adjective_suffixes)
        and len(tok.low) > 3
        and tok.low not in lex.not_names
        and word_class(nxt.low, lex.language) != (None, None)
    ):
        return True  # "Lokale media": an opening adjective before a role or body
    return (
        (tok.text[0].isalpha() or "-" in tok.text)  # "de 54-jarige verdachte"
        and tok.low.endswith(lex.adjective_suffixes)
        and len(tok.low) > 3
        and not tok.cap
        and tok.low not in lex.roles
        and tok.low not in lex.not_names
    )


def pronoun_np(text: str, toks: tuple[Token, ...], i: int) -> NounPhrase:
    """Token ``i`` read as a pronoun phrase ("haar" in "volgens haar stonden er ...")."""
    return _pronoun(text, toks[i], i)


def _pronoun(text: str, t: Token, i: int) -> NounPhrase:
    return NounPhrase(
        i, i + 1, Span.of(text, t.start, t.end), None, (), None, None, None, None,
        None, t.low, None, None,
    )  # fmt: skip


def parse_np(
    text: str,
    toks: tuple[Token, ...],
    i: int,
    limit: int,
    language: str,
    *,
    generic: bool = False,
) -> NounPhrase | None:
    """The noun phrase starting at token ``i`` and ending before token ``limit``, or None.

    Args:
        text: the document text the tokens point into.
        toks: the tokens (see :func:`tokenize`).
        i: index of the phrase's first token.
        limit: index the phrase may not reach (exclusive).
        language: language code of the word lists.
        generic: also accept a determiner with an unlisted lower-case noun
            ("de buurman") as a phrase.
    """
    lex = lexicon(language)
    if i >= limit:
        return None
    t = toks[i]
    if t.low in lex.pronouns:
        return _pronoun(text, t, i)
    j = i
    det = None
    if t.low in lex.determiners and i + 1 < limit:
        det = t.low
        j += 1
    mods: list[str] = []
    agent: Span | None = None
    while j < limit and j - i < 6:
        tj = toks[j]
        if det and agent is None and tj.low in lex.agent_prepositions and j + 2 < limit:
            # "het door Hamas bestuurde ministerie": an agent phrase before a participle
            g = _gaz_at(toks, j + 1, limit, lex)
            k = j + 1 + g[0] if g else _names(toks, j + 1, j + 1, limit, lex, True)
            if k > j + 1 and k + 1 < limit and _is_modifier(toks[k], lex, toks[k + 1]):
                agent = Span.of(text, tj.start, toks[k].end)
                j = k + 1
                continue
            break
        if _gaz_at(toks, j, limit, lex):
            break
        if word_class(tj.low, language) != (None, None):
            break
        if (
            j + 1 < limit
            and _is_modifier(tj, lex, toks[j + 1])
            and (  # "de menigte dat": no noun follows
                toks[j + 1].low not in lex.not_names
                or word_class(toks[j + 1].low, language) != (None, None)
            )
        ):
            mods.append(tj.low)
            j += 1
            continue
        break
    role = org = head = None
    if j < limit and not _gaz_at(toks, j, limit, lex):
        w = toks[j]
        if w.text[0].isalpha() and (
            not w.cap or j == i or det or mods or toks[j].low in lex.roles
        ):
            role, org = word_class(w.low, language)
            if role or org:
                j += 1
            elif (
                generic
                and not w.cap
                and w.text.isalpha()
                and w.low not in lex.not_names
                and j + 1 < limit
                and _is_name(toks[j + 1], lex)
            ):
                head = w.low  # an unlisted title before a name: "kapitein Joris Maas"
                j += 1
    name_text = known = known_type = None
    if (
        role
        and j + 1 < limit
        and toks[j].low in lex.definite
        and _gaz_at(toks, j + 1, limit, lex)
    ):
        j += 1  # "Bemiddelaar de Verenigde Staten": a role before a listed name
    g = _gaz_at(toks, j, limit, lex) if j < limit else None
    if g:
        n, known, known_type = g
        name_text = known
        if org and known_type == "GPE" and j > i:
            # "de politie Den Haag", "gemeente Amsterdam": the place names the body
            name_text = known = text[toks[j - 1].start : toks[j + n - 1].end]
            known_type = "ORG"
        j += n
    else:
        jn = j
        if (
            org
            and j > i
            and j + 1 < limit
            and toks[j].cap
            and toks[j].low in lex.definite
            and not toks[j].line_start
            and _is_name(toks[j + 1], lex)
        ):
            jn = j + 1  # "zorgverzekeraar De Friesland": a capital article opens the name
        k = _names(toks, i, jn, limit, lex, org is not None)
        if k > jn:
            name_text = text[toks[j].start : toks[k - 1].end]
            if org and j > i and toks[j - 1].low.endswith(lex.area_bodies):
                # "de veiligheidsregio Midden- en West-Brabant": a body named by its area
                name_text = text[toks[j - 1].start : toks[k - 1].end]
            j = k
    if not (role or org or name_text):
        if (
            generic
            and det
            and j < limit
            and toks[j].text[0].isalpha()
            and not toks[j].cap
            and toks[j].low not in lex.not_names
        ):
            head = toks[j].low
            j += 1
        elif (
            generic
            and det is None
            and j + 2 < limit
            and toks[j].text.isalpha()
            and not toks[j].cap
            and toks[j].low not in lex.not_names
            and toks[j + 1].low in lex.complement
        ):
            head = toks[j].low  # "cijfers van het CBS": a plural noun with a complement
            j += 1
        else:
            return None
    if org and not name_text and toks[j - 1].cap and j - 1 > i:
        # "de Nederlandse Zorgautoriteit": a capitalised organisation noun is a name
        name_text = text[toks[i + (1 if det else 0)].start : toks[j - 1].end]
    of = None
    if (
        j + 1 < limit
        and toks[j].low in lex.complement
        and (role or org or known_type == "ORG" or head or (name_text and not known))
    ):
        p = _phrase_at(toks, j + 1, limit, lex.portfolios) if role else 0
        if p:
            # "minister van Financiën Eva Lindeman": portfolio, then the person's name
            pspan = Span.of(text, toks[j + 1].start, toks[j + p].end)
            of = NounPhrase(
                j + 1,
                j + 1 + p,
                pspan,
                None,
                (),
                None,
                None,
                pspan.text,
                pspan.text,
                "ORG",
                None,
                _PORTFOLIO,
                None,
            )
            j = j + 1 + p
            if name_text is None:
                k = _names(toks, i, j, limit, lex, False)
                if k > j:
                    name_text = text[toks[j].start : toks[k - 1].end]
                    j = k
        else:
            of = parse_np(text, toks, j + 1, limit, language, generic=generic)
            if of is not None and of.pronoun is None:
                j = of.last
            else:
                of = None
    if (
        name_text
        and j + 2 < limit
        and toks[j].text == "("
        and toks[j + 2].text == ")"
        and _is_name(toks[j + 1], lex)
        and not name_text.isupper()  # "MOERDIJK (ANP)" is a dateline
    ):
        j += 3  # "De Nederlandse Zorgautoriteit (NZa)": an abbreviation in brackets
    origin = None
    if (
        j + 1 < limit
        and toks[j + 1].cap
        and (
            (
                toks[j].low in lex.origin_prepositions
                and (role or head or (name_text and not known))
            )
            or (toks[j].low in lex.location_prepositions and org and not name_text)
            # "een medewerker van Artsen zonder Grenzen in Omdurman": where the
            # person works, after the body it speaks for
            or (toks[j].low in lex.location_prepositions and of is not None and (role or head))
        )
    ):
        # "een 43-jarige vrouw uit Zwolle", "Jan Smit uit Epe": where the person is from;
        # "het gerechtshof in Den Bosch": where the body sits (kept in its name)
        g = _gaz_at(toks, j + 1, limit, lex)
        k = j + 1 + g[0] if g else _names(toks, j + 1, j + 1, limit, lex, True)
        if k > j + 1:
            ospan = Span.of(text, toks[j + 1].start, toks[k - 1].end)
            origin = NounPhrase(
                j + 1, k, ospan, None, (), None, None, g[1] if g else ospan.text,
                g[1] if g else None, "GPE", None, None, None,
            )  # fmt: skip
            j = k
    elif (
        j + 2 < limit
        and role
        and not name_text
        and of is None
        and toks[j].low in lex.location_prepositions
        and toks[j + 1].low in lex.definite
    ):
        # "een arts in het ziekenhuis (van El Fasher)": where the person works
        inner = parse_np(text, toks, j + 1, limit, language)
        if inner is not None and inner.org and inner.pronoun is None:
            origin = inner
            j = inner.last
    span = Span.of(text, toks[i].start, toks[j - 1].end)
    return NounPhrase(
        i,
        j,
        span,
        det,
        tuple(mods),
        role,
        org,
        name_text,
        known,
        known_type,
        None,
        head,
        of,
        origin,
        agent,
    )


def parse_np_list(
    text: str,
    toks: tuple[Token, ...],
    i: int,
    limit: int,
    language: str,
    *,
    generic: bool = False,
) -> tuple[NounPhrase, ...]:
    """Coordinated noun phrases from token ``i``: "A", "A en B", "A, B en C" (empty if none)."""
    first = parse_np(text, toks, i, limit, language, generic=generic)
    if first is None:
        return ()
    out = [first]
    j = first.last
    while j + 1 < limit and toks[j].low in (",", "en"):
        nxt = parse_np(text, toks, j + 1, limit, language, generic=generic)
        if nxt is None or nxt.pronoun:
            break
        out.append(nxt)
        j = nxt.last
    # a list that ends in "," without "en" is no coordination: keep only proper ones
    if len(out) > 1 and not any(toks[p.first - 1].low == "en" for p in out[1:]):
        return (first,)
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Mention:
    """A named mention: span as written, canonical ``name``, ``type``; ``role``/``mods`` as in the phrase."""

    span: Span
    name: str
    type: str
    role: str | None
    modifiers: tuple[str, ...]
    initial: bool
    org: str | None = None
    subject: bool = False


def is_organisation_name(name: str, lex: Lexicon) -> bool:
    """Whether a name holds an organisation word (``[names] organisation_words``) as a
    word or as the end of a compound word: "Metaalwerken Oosterland", "Eindhovens
    Dagblad", "Kamer van Koophandel", "LTO Nederland" (a person's name never does)."""
    for w in name.lower().split():
        if w in lex.organisation_words or (
            len(w) > 6 and w.endswith(lex.organisation_word_endings)
        ):
            return True
    return False


def _surface_type(np: NounPhrase, language: str | None = None) -> str:
    if np.known_type:
        return np.known_type
    if np.org and np.name_text:
        return "ORG"
    if np.name_text and not np.role and language is not None:
        lex = lexicon(language)
        if " " in np.name_text:
            last = np.name_text.rsplit(" ", 1)[-1].lower()
            if last in lex.organisations:
                return (
                    "ORG"  # "Europese Centrale Bank": a name ending in an organisation noun
                )
        if is_organisation_name(np.name_text, lex):
            return "ORG"  # "Metaalwerken Oosterland", "De Telegraaf", "LTO Nederland"
    if np.name_text and np.name_text.isupper() and len(np.name_text) >= 2:
        return "ORG"
    if np.name_text:
        return "PER"
    if np.role:
        return "PER"
    if np.org:
        return "ORG"
    if np.pronoun:
        return "PER"
    return "OTHER"


def find_mentions(
    text: str, within: Span, language: str, toks: tuple[Token, ...] | None = None
) -> tuple[Mention, ...]:
    """Named mentions in ``text[within.start:within.end]``, in text order, not overlapping.

    A mention is a noun phrase holding a name or a listed place/organisation.
    ``initial`` marks a single-word name that opens a sentence or line (it may be
    an ordinary capitalised word; callers keep it only if it is confirmed elsewhere).
    ``subject`` marks a phrase that opens its sentence (often the subject).
    ``toks``, when given, are the tokens of ``within`` already cut by :func:`tokenize`.
    """
    lex = lexicon(language)
    if toks is None:
        toks = tokenize(text, within.start, within.end)
    out: list[Mention] = []
    i = 0
    n = len(toks)
    demonyms = lex.demonyms
    while i < n:
        t = toks[i]
        if t.cap:
            if not t.text[0].isalpha():
                i += 1
                continue
        elif (
            t.low not in demonyms
            and word_class(t.low, language) == (None, None)
        ) or not t.text[0].isalpha():
            i += 1
            continue
        np = parse_np(text, toks, i, n, language)
        if np is None or not (np.name_text or np.org):
            i += 1
            continue
        prev = toks[i - 1].text if i > 0 else ""
        at_start = t.line_start or (
            not prev[:1].isalnum() and prev not in (",", "(", "&")
        )
        # a name opening a quotation ('"Huur en ..."') is no subject of the report
        subject = at_start and not (_is_quote(prev) and toks[i - 1].end == t.start)
        if not at_start and i > 0 and toks[i - 1].low in lex.determiners:
            pp = toks[i - 2].text if i > 1 else ""
            subject = toks[i - 1].line_start or (
                not pp[:1].isalnum() and pp not in (",", "(", "&")
            )
        if np is not None and np.name_text is None and np.org:
            # a definite body keeps its seat ("het gerechtshof in Den Bosch"); an
            # indefinite one is only located ("een chemiebedrijf in Delfzijl")
            name = bare_name(np, text, seat=np.determiner in lex.definite)
            if (
                at_start
                and not np.modifiers
                and np.determiner is None
                and name[:1].isupper()
            ):
                name = name[0].lower() + name[1:]  # "Kabinet wil ...": a common noun
            out.append(
                Mention(
                    np.span, name, "ORG", None, np.modifiers, False, np.org, subject
                )
            )
            i = np.last
            continue
        if np is None or not np.name_text:
            i += 1
            continue
        initial = False
        if at_start:
            initial = np.known is None and np.last - np.first == 1
        typ = _surface_type(np, language)
        if (
            typ == "PER"
            and np.last - np.first == 1
            and i > 0
            and toks[i - 1].low in lex.place_prepositions
            and not np.name_text.isupper()
        ):
            typ = "GPE"  # "bij Velenje": an unlisted place
        elif (
            typ == "PER"
            and np.last - np.first == 1
            and i > 0
            and toks[i - 1].low.endswith(lex.place_nouns)
        ):
            typ = "GPE"  # "de grensstad Kessel"
        full = _complement_name(np, text, language)
        if full is not None:
            out.append(Mention(np.span, full, "ORG", None, np.modifiers, False, np.org, subject))
            i = np.last
            continue
        out.append(
            Mention(
                np.span,
                np.name_text,
                typ,
                np.role,
                np.modifiers,
                initial,
                np.org,
                subject,
            )
        )
        if np.of is not None and np.of.name_text and np.of.head != _PORTFOLIO:
            o = np.of
            out.append(
                Mention(
                    o.span,
                    o.name_text,
                    _surface_type(o, language),
                    o.role,
                    o.modifiers,
                    False,
                    o.org,
                )
            )
        if np.origin is not None and np.origin.name_text:
            org_ = np.origin
            out.append(Mention(org_.span, org_.span.text, "GPE", None, (), False))
        i = np.last
    return tuple(out)


def article_tokens(text: str, article: Article) -> tuple[tuple[Token, ...], ...]:
    """The tokens of an article's headline (if any) and body, one tuple per part, as
    :func:`tokenize` cuts them (offsets into ``text``, code points, end-exclusive).

    Cut once per article and handed to :func:`article_mentions`,
    :func:`claimtrack.attribution.find_statements` (``tokens=``) so that no stage
    tokenizes the article again.
    """
    return tuple(tokenize(text, sp.start, sp.end) for sp in _parts(article))


def article_mentions(
    text: str,
    article: Article,
    language: str,
    tokens: tuple[tuple[Token, ...], ...] | None = None,
) -> tuple[Mention, ...]:
    """The mentions of an article's headline and body (:func:`find_mentions` of each
    part, in text order): computed once per article and shared by attribution
    (antecedents) and :func:`claimtrack.entities.find_entities`.

    ``tokens``: the article's :func:`article_tokens`, if already cut.
    """
    parts = _parts(article)
    if tokens is None:
        tokens = article_tokens(text, article)
    out: list[Mention] = []
    for sp, toks in zip(parts, tokens, strict=True):
        out.extend(find_mentions(text, sp, language, toks))
    return tuple(out)


def _parts(article: Article) -> tuple[Span, ...]:
    return tuple(sp for sp in (article.headline, article.body) if sp is not None)


def canonical_place(place: str, language: str) -> str:
    """A dateline place in the spelling of the place list ("DEN HAAG" -> "Den Haag"),
    else each word capitalised ("EINDHOVEN" -> "Eindhoven")."""
    toks = tokenize(place, 0, len(place))
    lex = lexicon(language)
    if toks:
        for words, canon, typ in lex.gazetteer.get(toks[0].low, ()):
            if typ == "GPE" and words == tuple(t.low for t in toks):
                return canon
    return " ".join(w[:1].upper() + w[1:].lower() for w in place.split())


_ABBREVIATION = re.compile(r"\s*\([^()]*\)$")


def _complement_name(np: NounPhrase, text: str, language: str) -> str | None:
    """The name of an organisation whose name ends in an organisation noun and goes on
    in a named complement: "Internationale Organisatie voor Migratie (IOM)" ->
    "Internationale Organisatie voor Migratie", "het Verbond van Verzekeraars" ->
    "Verbond van Verzekeraars"; None for any other phrase."""
    if (
        np.name_text
        and np.of is not None
        and np.of.name_text
        and np.of.determiner is None
        and np.role is None
        and np.of.head != _PORTFOLIO
        and word_class(np.name_text.rsplit(" ", 1)[-1].lower(), language)[1]
    ):
        return _ABBREVIATION.sub("", bare_name(np, text))
    return None


def is_plural_role(np: NounPhrase, lex: Lexicon) -> bool:
    """Whether a phrase is a plural role without a name or complement ("lokale
    artsen", "Buurtbewoners"): its role noun ends in one of ``plural_role_endings``."""
    return (
        np.role is not None
        and not np.name_text
        and np.of is None
        and len(np.role) > 4
        and np.role.endswith(lex.plural_role_endings)
    )


def is_named(name: str) -> bool:
    """Whether a mention's name holds a name ("gemeente Amsterdam", "Hengaw"), not
    only common nouns ("politie")."""
    return any(w[:1].isupper() for w in name.split())


def _is_quote(tok: str) -> bool:
    """Whether a token is a quotation mark (Unicode initial/final quote, or ASCII ")."""
    return tok == '"' or (len(tok) == 1 and unicodedata.category(tok) in ("Pi", "Pf"))


def bare_name(np: NounPhrase, text: str, *, seat: bool = False) -> str:
    """The phrase's words without its determiner and origin: "de Oekraïense president"
    -> "Oekraïense president", "een vrouw uit Zwolle" -> "vrouw". With ``seat`` an
    organisation keeps its seat: "het gerechtshof in Den Bosch" -> "gerechtshof in Den
    Bosch" (a source's name), and so does a person's workplace: "een arts in het
    ziekenhuis" -> "arts in het ziekenhuis"; without it "een chemiebedrijf in
    Delfzijl" -> "chemiebedrijf" (a mention that later phrases refer back to)."""
    end = np.span.end
    # cut before "uit"/"in"; with ``seat`` a person's workplace stays ("arts in het
    # ziekenhuis van El Fasher": an unnamed source named by where it works)
    if np.origin is not None and not (seat and (np.org or np.origin.org)):
        end = text.rfind(" ", np.span.start, np.origin.span.start - 1)
        end = end if end > np.span.start else np.span.end
    phrase = text[np.span.start : end]
    if np.agent is not None:  # "het door Hamas bestuurde ministerie": "het ministerie"
        a, b = np.agent.start - np.span.start, np.agent.end - np.span.start
        phrase = (phrase[:a] + phrase[b:].lstrip()).strip()
    if np.determiner is not None:
        rest = phrase.split(" ", 1)
        return rest[1] if len(rest) > 1 else phrase
    return phrase


class Resolver:
    """Canonical names and types for noun phrases of one article (see the module rules).

    Build it with the article's named mentions (and its dateline place, canonical,
    if any); call :meth:`name` in text order and
    :meth:`note_source` for each source found, so that pronouns can find them.
    Not shared between threads or articles (it keeps the sources seen so far).
    """

    def __init__(
        self,
        text: str,
        mentions: tuple[Mention, ...],
        language: str,
        *,
        place: str | None = None,
        groups: tuple[NounPhrase, ...] = (),
    ) -> None:
        self.text = text
        # plural role phrases opening a sentence ("Buurtbewoners zijn opgelucht."):
        # antecedents of a plural pronoun with a plural verb ("Zij zeggen ...")
        self.groups = groups
        self.place = place  # the article's dateline place, canonical ("Den Haag")
        self.language = language
        self.mentions = mentions
        self._lex = lexicon(language)
        # couples sharing a surname ("Jelle en Marit Hoekstra"): (offset, name), the
        # antecedents of a plural pronoun with a plural verb ("Ze vertellen")
        self.couples: list[tuple[int, str]] = []
        for m1, m2 in zip(mentions, mentions[1:]):
            if (
                m1.type == "PER"
                and m2.type == "PER"
                and " " not in m1.name
                and " " in m2.name
                and text[m1.span.end : m2.span.start].strip().lower() in self._lex.conjunctions
            ):
                self.couples.append((m1.span.start, f"{m1.name} {text[m1.span.end : m2.span.start].strip()} {m2.name}"))
        # single-word names of the article ("reizigersorganisatie Rover", "bij Ameland"):
        # after two names, "van" + one of them is an affiliation, not a surname
        self._single = frozenset(m.name for m in mentions if " " not in m.name)
        self._initialled = frozenset(m.name for m in mentions if m.name.endswith("."))
        self.full: dict[str, str] = {}
        # a first name alone ("zegt Jannie") is the one full name it opens, if only one
        firsts: dict[str, set[str]] = {}
        for m in mentions:
            if m.type == "PER" and " " in m.name:
                full = self._person(m.name)
                self.full.setdefault(full.split()[-1], full)
                firsts.setdefault(full.split()[0], set()).add(full)
        for first, names in firsts.items():
            if len(names) == 1 and first not in self.full:
                self.full[first] = next(iter(names))
        self._lex = lexicon(language)
        # organisations whose name ends in an organisation noun ("Europese Commissie"):
        # a later "de Commissie" is that organisation
        self.org_full: dict[str, str] = {}
        for m in mentions:
            if m.type == "ORG" and " " in m.name:
                words = m.name.split()
                # "Europese Commissie" -> "de Commissie"; "Inspectie voor de
                # Gezondheidszorg" -> "de Inspectie"
                for w in {words[0].lower(), words[-1].lower()}:
                    if word_class(w, language)[1] == w:
                        self.org_full.setdefault(w, m.name)
        # single names seen where no sentence opens ("Boeken zijn ..." is no person)
        self.confirmed = {m.name for m in mentions if not m.initial}
        # (offset, name, type, is a person): sources seen so far, for pronouns
        self.sources: list[tuple[int, str, str, bool, bool | None]] = []
        self._lex = lexicon(language)

    def canonical(self, name: str, typ: str) -> str:
        """A person's full name for a bare surname seen in the article; else ``name``
        (a person's name without a ``van`` affiliation, see :meth:`_person`)."""
        if typ == "PER":
            if " " not in name:
                return self.full.get(name, name)
            if name + "." in self._initialled:
                return name + "."  # "zegt Dennis K." at a sentence end lost its period
            return self._person(name)
        return name

    def _person(self, name: str) -> str:
        """``name`` without a trailing affiliation: after two names, a complement
        preposition ("van") before a name that the article also uses on its own is no
        surname particle ("Freek Bos van Rover" after "reizigersorganisatie Rover",
        "Rienk Hiemstra van Ameland" after "bij Ameland"); "Peter Hein van Mulligen"
        stays whole. Names are split on spaces; returns a prefix of ``name``."""
        words = name.split()
        for k in range(2, len(words) - 1):
            if words[k].lower() in self._lex.complement:
                tail = words[k + 1 :]
                while tail and tail[0].lower() in self._lex.particles:
                    tail = tail[1:]
                if len(tail) == 1 and tail[0] in self._single:
                    return " ".join(words[:k])
                break
        return name

    def _place(self, name: str) -> bool:
        """Whether a name is the dateline's place or a listed place ("chemiebedrijf
        Moerdijk" in a headline names where the company is, not the company)."""
        if self.place and name.lower() == self.place.lower():
            return True
        return any(
            typ == "GPE" and canon == name
            for _, canon, typ in self._lex.gazetteer.get(name.split()[0].lower(), ())
        )

    def _head(self, m: Mention) -> str | None:
        """The organisation noun of a mention: its own ("vakbond" in "vakbond FNV"), else
        the one its name ends in ("vereniging" in "Landelijke Huisartsen Vereniging")."""
        if m.org:
            return m.org
        return word_class(m.name.rsplit(" ", 1)[-1].lower(), self.language)[1]

    def _body(self, org: str, pos: int) -> str | None:
        """The body that a possessive organisation noun at ``pos`` stands for: "Haar
        ministerie" after "minister Karin Smeets van Volksgezondheid" is "ministerie van
        Volksgezondheid" (``role_bodies``: minister -> ministerie; the portfolio from
        ``portfolios``, as written). None when the last person with such a role
        before ``pos`` has no portfolio in its phrase, or there is none."""
        lex = self._lex
        for m in reversed(self.mentions):
            if m.span.start >= pos or m.type != "PER" or m.role is None:
                continue
            if lex.role_bodies.get(m.role) != org:
                continue
            toks = tokenize(m.span.text, 0, len(m.span.text))
            for k in range(len(toks) - 1):
                if toks[k].low in lex.complement:
                    n = _phrase_at(toks, k + 1, len(toks), lex.portfolios)
                    if n:
                        return f"{org} {toks[k].text} {m.span.text[toks[k + 1].start : toks[k + n].end]}"
            return None
        return None

    def is_spokesperson(self, np: NounPhrase) -> bool:
        """Whether the phrase is headed by a spokesperson role ("woordvoerder")."""
        return np.role is not None and np.role in self._lex.spokespersons

    def note_source(
        self, np: NounPhrase, name: str, typ: str, *, plural: bool | None = None
    ) -> None:
        """Record a resolved source (for later pronouns). A spokesperson is a person
        that a pronoun may refer to, though it is named by its organisation.
        ``plural``: the number of the source's verb (None if unknown)."""
        person = typ == "PER" or self.is_spokesperson(np)
        if plural is None and self.is_plural(np):
            plural = True  # "volgens lokale artsen": a plural source without a verb
        self.sources.append((np.span.start, name, typ, person, plural))

    def is_plural(self, np: NounPhrase) -> bool:
        """Whether a phrase is a plural role without a name (see :func:`is_plural_role`)."""
        return is_plural_role(np, self._lex)

    def name(self, np: NounPhrase, *, plural: bool | None = None) -> tuple[str, str]:
        """``(name, type)`` of a noun phrase, by the module's naming rules.

        ``plural``: the number of the phrase's verb, if known. A plural pronoun
        (``plural_pronouns``) with a plural verb takes the last plural source ("Zij
        zeggen"); with a singular verb it skips plural sources ("Ze zegt").
        """
        text = self.text
        lex = self._lex
        pos = np.span.start
        if np.pronoun is not None:
            if np.pronoun in lex.unresolved_pronouns:
                return np.span.text, "PER"
            number = plural if np.pronoun in lex.plural_pronouns else False
            if number:
                group: tuple[int, str, str] | None = None
                for p, n, t, _, pl in reversed(self.sources):
                    if p < pos and pl:
                        group = (p, n, t)
                        break
                for g in reversed(self.groups):
                    if g.span.start < pos:
                        if group is None or g.span.start > group[0]:
                            n, t = self.name(g)
                            group = (g.span.start, n, t)
                        break
                for p, n in reversed(self.couples):
                    if p < pos:
                        if group is None or p > group[0]:
                            group = (p, n, "PER")
                        break
                if group is not None:
                    return group[1], group[2]
            # the last person that was a source or opened a sentence (a subject)
            best: tuple[int, str, str] | None = None
            for p, n, t, person, pl in reversed(self.sources):
                if p < pos and person and not (number is False and pl):
                    best = (p, n, t)
                    break
            for m in reversed(self.mentions):
                if (
                    m.span.start < pos
                    and m.type == "PER"
                    and m.subject
                    and (
                        not m.initial or m.name in self.full or m.name in self.confirmed
                    )
                ):
                    if best is None or m.span.start > best[0]:
                        best = (m.span.start, self.canonical(m.name, "PER"), "PER")
                    break
            if best is not None:
                return best[1], best[2]
            for m in reversed(self.mentions):
                if m.span.start < pos and m.type == "PER":
                    return self.canonical(m.name, "PER"), "PER"
            return np.span.text, "PER"
        typ = _surface_type(np, self.language)
        full = _complement_name(np, text, self.language)
        if full is not None:
            return full, "ORG"
        if np.name_text:
            if " " not in np.name_text and np.name_text.lower() in self.org_full:
                return self.org_full[np.name_text.lower()], "ORG"
            return self.canonical(np.name_text, typ), typ
        if self.is_spokesperson(np):
            if np.of is not None:
                n, t = self.name(np.of)
                if np.of.name_text or np.of.org:
                    return n, ("PER" if np.of.role else "ORG")
                return n, t
            # the most recent organisation that was a source or opened a sentence
            cands = [(p, n) for p, n, t, _, _ in self.sources if p < pos and t == "ORG"]
            noted = {p for p, _, _, _, _ in self.sources}
            cands += [
                (m.span.start, m.name)
                for m in self.mentions
                if m.span.start < pos
                and m.type == "ORG"
                and m.subject
                and m.span.start not in noted  # a source already named ("Het bedrijf")
            ]
            if cands:
                p, n = max(cands)
                if not is_named(n) and n in lex.anaphoric_organisations:
                    # "Het bedrijf schrapt ..., aldus een woordvoerster": "het bedrijf"
                    # stands for the last named organisation with a fitting noun
                    fits = tuple(lex.anaphoric_antecedents.get(n, (n,)))
                    for m in reversed(self.mentions):
                        if (
                            m.span.start < p
                            and m.type == "ORG"
                            and is_named(m.name)
                            and (self._head(m) or "").endswith(fits)
                        ):
                            return m.name, "ORG"
                return n, "ORG"
            for m in reversed(self.mentions):
                if m.span.start < pos and m.type == "ORG":
                    return m.name, "ORG"
            return np.role or bare_name(np, text), "PER"
        if np.role in lex.group_roles and np.of is not None and np.of.name_text:
            # "Onderzoekers van de Universiteit Leiden": the institution speaks
            return self.name(np.of)[0], "ORG"
        if np.role and np.of is None:
            cands = [m for m in self.mentions if m.role == np.role and m.type == "PER"]
            if np.modifiers:
                same = [m for m in cands if set(np.modifiers) <= set(m.modifiers)]
                cands = same or [m for m in cands if not m.modifiers]
            before = [m for m in cands if m.span.start < pos]
            pick = before[-1] if before else (cands[0] if cands else None)
            if pick is not None:
                return self.canonical(pick.name, "PER"), "PER"
        if np.of is not None and (np.org or np.head) and np.of.head != _PORTFOLIO:
            # "de raad van bestuur van ziekenhuis Z", "de exitpoll van Ipsos": the
            # complement's organisation speaks ("ministerie van Defensie" keeps its name)
            inner = np.of
            while inner.of is not None and not inner.name_text and inner.org:
                inner = inner.of
            if inner.name_text and (
                _surface_type(inner, self.language) == "ORG" or (np.head and not np.org)
            ):
                return self.name(inner)
        if np.org and np.of is None and np.determiner in lex.possessives:
            body = self._body(np.org, pos)
            if body is not None:
                return body, "ORG"
        if np.org and np.of is None:
            if (
                np.determiner in lex.definite
                and np.org in lex.anaphoric_organisations
                and not np.modifiers
            ):
                # the last named organisation whose noun it may stand for ("Bakkerijketen
                # Korenaar ... het bedrijf"; "de Landelijke Huisartsen Vereniging ... de
                # vereniging"), else the last named one without such a noun ("Metaalwerken
                # Oosterland"), else an unnamed one with the same noun ("een chemiebedrijf
                # ... het bedrijf"); never one of another kind ("vakbond FNV")
                orgs = [
                    m
                    for m in self.mentions
                    if m.span.start < pos
                    and (
                        # "Op Schiphol ...", "Schiphol verwacht": a place or a single name
                        (m.type == "GPE" or (m.type == "PER" and m.role is None and " " not in m.name))
                        if np.org in lex.facilities
                        else m.type == "ORG"
                    )
                ]
                fits = lex.anaphoric_antecedents.get(np.org, (np.org,))
                heads = [(m, self._head(m)) for m in reversed(orgs)]
                heads = [(m, h) for m, h in heads if is_named(m.name) and not self._place(m.name)]
                for m, head in heads:
                    if head is not None and head in fits:
                        return m.name, "ORG"
                for m, head in heads:
                    if head is None:
                        return m.name, "ORG"
                for m in reversed(orgs):
                    if m.org == np.org and m.name.lower() != np.org:
                        return m.name, "ORG"
            # "Vakbond zegt ..." / "de vakbond" and "vakbond FNV" in the same article
            # (the same noun, or a compound of it: "het hof" and "het gerechtshof in X")
            cands = [
                m
                for m in self.mentions
                if m.org and m.org.endswith(np.org) and is_named(m.name)
            ]
            before = [m for m in cands if m.span.start < pos]
            pick = before[-1] if before else (cands[0] if cands else None)
            if pick is not None:
                return pick.name, "ORG"
            if (
                self.place
                and np.determiner in lex.definite
                and not np.modifiers
                and np.origin is None
                and np.org.endswith(lex.territorial)
            ):
                # "AMSTERDAM (ANP) - ..., meldt de gemeente": the dateline's municipality
                return f"{bare_name(np, text)} {self.place}", "ORG"
        name = bare_name(np, text, seat=True)
        if np.determiner is None and not np.modifiers and name[:1].isupper():
            name = name[0].lower() + name[1:]  # "Minister zegt ...": a common noun
        return name, typ
