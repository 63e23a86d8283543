"""Noun phrases read forward from a token: determiner, modifiers, head, name, complement."""

from __future__ import annotations

import re
from typing import NamedTuple

from claimtrack.mentions.lexicon import Lexicon, WordTable, lexicon, word_class
from claimtrack.mentions.tokens import Token
from claimtrack.model import Span

_PORTFOLIO = (
    "<portfolio>"  # the ``head`` of a minister's portfolio phrase ("van Financiën")
)


class NounPhrase(NamedTuple):
    """A noun phrase over tokens ``[first, last)`` of a token tuple.

    ``span`` covers the whole phrase as written. ``name_text`` is the name inside
    it, if any ("Volodymyr Zelensky"); ``known`` the canonical gazetteer entry
    ("Verenigde Staten") and ``known_type`` its type. ``role``/``org`` are the
    listed role or organisation noun heading it (lower case, the listed word a
    compound ends in), ``modifiers`` the lower-cased modifiers before the head.
    ``of`` is the phrase's ``van`` complement.

    A named tuple (``_replace`` makes a changed copy): one is built for every phrase
    read, by the ten thousand per page set, and a frozen dataclass's ``__init__``
    costs about four times a tuple built in C (:data:`_new`).
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


_new = tuple.__new__  # a NounPhrase with every field given, built in C


def _gaz_at(
    toks: tuple[Token, ...], i: int, limit: int, lex: Lexicon
) -> tuple[int, str, str] | None:
    for words, canon, typ in lex.gazetteer.get(toks[i].low, ()):
        n = len(words)
        if n > 1 and (i + 1 >= limit or toks[i + 1].low != words[1]):
            continue  # (most entries part at their second word: "de" opens many outlets' names)
        if i + n <= limit and all(toks[i + k].low == words[k] for k in range(2, n)):
            if n == 1 and not toks[i].cap:
                continue  # "op" is no name; "x" lower case is no platform
            if words[0] in lex.determiners and canon.lower() in lex.media and not _capitals_as_listed(toks, i, canon):
                continue  # an outlet's article: "De Tijd" is the paper, "de tijd" is time
            return n, canon, typ
    return None


def _capitals_as_listed(toks: tuple[Token, ...], i: int, canon: str) -> bool:
    """Whether the tokens from ``i`` are capitalised where the listed name ``canon`` is."""
    return all(t.cap for t, w in zip(toks[i:], canon.split()) if w[0].isupper())


def _is_name(tok: Token, lex: Lexicon) -> bool:
    return _NameWords.of(lex)[tok.text]


def _name_word(text: str, lex: Lexicon) -> bool:
    """Whether a token's text can be a word of a name (what :func:`_is_name` answers for
    a token: ``cap`` is ``text[0].isupper()`` and ``low`` is ``text.lower()``)."""
    low = text.lower()
    if not (text[0].isupper() and text[0].isalpha()) or low in lex.demonyms:
        return False
    if not text.isalpha() and any(c.isdigit() for c in text):
        return False  # "A12", "F-35": roads and types, not names
    # an acronym ("OM") is a name even where its letters spell a function word
    if len(text) >= 2 and text.isupper():
        return True
    return low not in lex.not_names and low not in lex.function_words


class _NameWords(WordTable):
    """A token's text -> :func:`_name_word`; ``steps`` holds the only words at which a name
    may go on past a word that is no name (see :func:`_name_step`)."""

    __slots__ = ("steps",)

    def __init__(self, lex: Lexicon) -> None:
        super().__init__(lex)
        self.steps = frozenset(("&", "-", ".")) | lex.name_inner_words | lex.particles | lex.nickname_quotes

    def judge(self, text: str) -> bool:
        return _name_word(text, self.lex)


def _names(
    toks: tuple[Token, ...], i: int, j: int, limit: int, lex: Lexicon, org: bool
) -> int:
    """Index after the name starting at token ``j`` (``j`` itself if none); ``i`` starts the phrase."""
    if j >= limit or not toks[j].cap:
        return j  # a name opens with a capital (see _is_name): most calls end here
    k = j
    names = _NameWords.of(lex)
    while k < limit and not (toks[k].line_start and k > i):
        if names[toks[k].text]:
            k += 1  # most steps: one more name
            continue
        if toks[k].low not in names.steps:
            break  # no step of _name_step can start at this word: the name ends
        step = _name_step(toks, j, k, limit, lex, org)
        if not step:
            break
        k += step
    if (
        k > j + 1
        and k < limit
        and toks[k].text == "."
        and toks[k].start == toks[k - 1].end
        and len(toks[k - 1].text) == 1
        and toks[k - 1].text.isupper()
    ) or (
        k > j
        and k < limit
        and toks[k].text == "."
        and toks[k].start == toks[k - 1].end
        and "." in toks[k - 1].text
        and toks[k - 1].text.replace(".", "").isupper()
    ) or (
        k > j + 1 and k < limit and toks[k].text == "." and toks[k].start == toks[k - 1].end and toks[k - 1].text in lex.name_suffixes
    ):
        k += 1  # "Dennis K.", "U.N.", "Ramon Lacsa Jr.": an initial, a dotted abbreviation or a suffix keeps its period
    return k


def _name_step(
    toks: tuple[Token, ...], j: int, k: int, limit: int, lex: Lexicon, org: bool
) -> int:
    """How many tokens the name that opened at ``j`` goes on by at token ``k``, which is
    no name itself (0: it ends)."""
    if k == j:
        return 0
    if k + 1 < limit and toks[k].text == "&" and _is_name(toks[k + 1], lex):
        return 1  # "London School of Hygiene & Tropical Medicine"
    if (
        k + 2 < limit
        and toks[k].text == "-"
        and toks[k].start == toks[k - 1].end
        and toks[k + 1].low in lex.conjunctions
        and _is_name(toks[k + 2], lex)
    ):
        return 2  # "Midden- en West-Brabant"
    if _inner_word(toks, k, limit, lex):
        return 1  # "Stop the Cuts Alliance"
    if (
        k + 3 < limit
        and toks[k].text in lex.nickname_quotes
        and toks[k + 2].text in lex.nickname_quotes
        and _is_name(toks[k + 1], lex)
        and _is_name(toks[k + 3], lex)
    ):
        return 3  # 'Ramon "Bodoy" Lacsa': a nickname in quotes inside the name
    if (
        k + 1 < limit
        and toks[k].text == "."
        and toks[k].start == toks[k - 1].end
        and "." in toks[k - 1].text
        and _is_name(toks[k + 1], lex)
    ):
        return 1  # "U.S. Geological Survey": a dotted abbreviation goes on to the name
    if (
        k > j + 1
        and k + 1 < limit
        and toks[k].text == "."
        and toks[k].start == toks[k - 1].end
        and toks[k - 1].low in lex.honorifics
        and _is_name(toks[k + 1], lex)
    ):
        return 1  # "Health Minister Dr. Ada Varn", "Velmor Gov. Ola Dorn": a title inside the run
    if not org and toks[k].low in lex.particles:
        m = k
        while m < limit and m - k < 3 and toks[m].low in lex.particles:
            m += 1
        if m < limit and _is_name(toks[m], lex) and (k == j + 1 or _surname_after(toks, m, limit, lex)):
            return m - k
        if m < limit and toks[k].cap and k > j and lower_surname(toks[m], lex):
            return m - k + 1  # Flemish "Ilse Van de keere", "Dirk De fauw": a lower-case surname
    return 0


def lower_surname(t: Token, lex: Lexicon) -> bool:
    """A lower-case word that ends a name after a capitalised particle: no closed-class word."""
    return (
        t.text.isalpha() and t.text.islower() and len(t.text) >= 3
        and t.low not in lex.function_words and t.low not in lex.not_names and t.low not in lex.particles
    )  # fmt: skip


def _inner_word(toks: tuple[Token, ...], k: int, limit: int, lex: Lexicon) -> bool:
    """A lower-case ``name_inner_words`` word inside an organisation's name: capitalised
    words follow it up to an organisation noun ("Stop the Cuts Alliance")."""
    if toks[k].low not in lex.name_inner_words or toks[k].cap:
        return False
    m = k + 1
    while m < limit and m - k < 5 and _is_name(toks[m], lex):
        if word_class(toks[m].low, lex.language)[1]:
            return m > k + 1
        m += 1
    return False


def _surname_after(toks: tuple[Token, ...], m: int, limit: int, lex: Lexicon) -> bool:
    """Whether the name at token ``m``, after two names and particles, is a surname:
    "Jan van Dijk", "Peter Hein van Mulligen"; after two names a "van" opens a
    complement when a body or portfolio follows ("Ruben Brekelmans van Defensie",
    "Eva Smit van ABN Amro"), or a capitalised adjective of a lower-case body ("Eva Smit
    van de Gentse politie")."""
    w = toks[m]
    return (
        not w.text.isupper()
        # "van de Gentse politie": a capitalised adjective of a lower-case body
        and not (m + 1 < limit and toks[m + 1].text.islower() and word_class(toks[m + 1].low, lex.language)[1])
        # an inner capital marks an organisation, never a surname
        # ("Joost Hagens van GroenLinks-PvdA", "Eva Smit van PvdA")
        and not any(c.isupper() for c in w.text[1:])
        and not _gaz_at(toks, m, limit, lex)
        and not _phrase_at(toks, m, limit, lex.portfolios)
        and not (m + 1 < limit and _is_name(toks[m + 1], lex))
        and word_class(w.low, lex.language) == (None, None)
    )


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
    if tok.low in lex.place_adjectives and nxt is not None and not nxt.cap:
        return True  # "Brussels parketwoordvoerder", but "Vlaams Verkeerscentrum" is a name
    if (
        tok.cap
        and nxt is not None
        and not nxt.cap
        and nxt.text[0].isalpha()  # a noun follows: "Guardian," is no demonym
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
    return _new(NounPhrase, (
        i, i + 1, Span.of(text, t.start, t.end), None, (), None, None, None,
        None, None, t.low, None, None, None, None,
    ))  # fmt: skip


class _Reader:
    """The state of one :func:`parse_np` call: the phrase read so far over ``toks[i:j]``.

    Each ``_read_*`` step reads one part of the phrase (determiner, modifiers, head
    noun, name, complement, abbreviation, origin) and moves ``j`` past it.
    """

    __slots__ = (
        "text", "toks", "i", "j", "limit", "lex", "language", "generic", "det", "mods",
        "agent", "role", "org", "head", "name_text", "known", "known_type", "of", "origin",
    )  # fmt: skip

    def __init__(
        self, text: str, toks: tuple[Token, ...], i: int, limit: int, language: str, generic: bool,
        lex: Lexicon | None = None,
    ) -> None:
        self.text, self.toks, self.i, self.j, self.limit = text, toks, i, i, limit
        self.lex, self.language, self.generic = lex or lexicon(language), language, generic
        self.det: str | None = None
        self.mods: list[str] = []
        self.agent: Span | None = None
        self.role: str | None = None
        self.org: str | None = None
        self.head: str | None = None
        self.name_text: str | None = None
        self.known: str | None = None
        self.known_type: str | None = None
        self.of: NounPhrase | None = None
        self.origin: NounPhrase | None = None

    def gaz(self, k: int) -> tuple[int, str, str] | None:
        if self.toks[k].low not in self.lex.gazetteer:
            return None  # most words: no listed name starts with them
        return _gaz_at(self.toks, k, self.limit, self.lex)

    def cut(self, a: int, b: int) -> str:
        """The text of tokens ``a`` to ``b`` (inclusive)."""
        return self.text[self.toks[a].start : self.toks[b].end]

    def build(self) -> NounPhrase:
        a, b = self.toks[self.i].start, self.toks[self.j - 1].end  # token offsets: no check needed
        span = Span(self.text[a:b], a, b)
        return _new(NounPhrase, (
            self.i, self.j, span, self.det, tuple(self.mods), self.role, self.org,
            self.name_text, self.known, self.known_type, None, self.head, self.of,
            self.origin, self.agent,
        ))  # fmt: skip


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
    if i >= limit:
        return None
    lex = lexicon(language)
    t = toks[i]
    first = _FirstWords.of(lex)[t.text]  # one lookup for the three tests below
    if first == _PRONOUN:
        return _pronoun(text, t, i)
    if not first and not (generic and _generic_may_open(toks, i, limit, lex)):
        return None  # no step can read the first word ("Bij", "Volgens"): see _WordOpeners
    return _read_phrase(text, toks, i, limit, language, generic, lex, bool(first & _OPENER))


def _read_phrase(
    text: str, toks: tuple[Token, ...], i: int, limit: int, language: str, generic: bool, lex: Lexicon,
    opener: bool = True,
) -> NounPhrase | None:
    """The full reading of :func:`parse_np` at a word that is no pronoun; ``opener``:
    whether :class:`_WordOpeners` admits the first word (True reads every step)."""
    r = _Reader(text, toks, i, limit, language, generic, lex)
    # a step is called only where its first token may fit: most phrases are two or
    # three words, and a call that reads nothing costs as much as the test
    if opener:
        if toks[i].low in lex.determiners:
            _read_determiner(r)
        _read_modifiers(r)
        if r.j < limit and toks[r.j].low in lex.honorifics:
            _read_honorific(r)
        _read_head(r)
    elif generic:  # a name ("Varn Zelm"): no determiner, modifier, honorific or listed
        _read_head(r)  # head can open; only an unlisted title may ("kapitein Varn")
    if r.role and r.j < limit and toks[r.j].low in lex.honorifics:
        _read_honorific(r)  # a title after the role: "Superintendent Dr. Ola Varn"
    _read_name(r)
    if r.role and not r.name_text:
        _read_role_complement(r)
        _read_field(r)
    if not (r.role or r.org or r.name_text) and not _read_generic_head(r):
        return None
    if r.org and not r.name_text and toks[r.j - 1].cap and r.j - 1 > i:
        # "de Nederlandse Zorgautoriteit": a capitalised organisation noun is a name
        r.name_text = r.cut(i + (1 if r.det else 0), r.j - 1)
    if r.org and toks[r.j - 1].cap and r.j + 1 < limit and toks[r.j].low in lex.org_name_links:
        _read_org_name_tail(r)  # "the Institute for Fiscal Studies"
    if r.j + 1 < limit and toks[r.j].low in lex.complement:
        _read_complement(r)
        if r.role and not r.name_text:
            _read_name_after_body(r)
    elif r.role and r.j + 2 < limit and toks[r.j].low in lex.workplace_prepositions:
        _read_workplace(r)
    if r.role and not r.name_text:
        _read_name_after_aside(r)
    if r.name_text and r.j + 2 < limit:
        _read_abbreviation(r)
    if r.j + 1 < limit and (toks[r.j].low in lex.origin_prepositions or toks[r.j].low in lex.location_prepositions):
        _read_origin(r)  # "uit Zwolle", "in Den Bosch"
    return r.build()


class _WordOpeners(WordTable):
    """Lower-case word -> whether a phrase may open at it by the word alone: a determiner, honorific, the first
    word of a listed name, a modifier (listed, or by its ending: see :func:`_is_modifier`)
    or a role or organisation noun. At any other word no step of :func:`parse_np` reads
    anything unless the word is a name (:func:`_is_name`) or, with ``generic``, a
    lower-case noun before a name or complement (:func:`_generic_may_open`): the phrase
    is None, and the reader is not built."""

    __slots__ = ()

    def judge(self, word: str) -> bool:
        lex = self.lex
        return (
            word in lex.determiners or word in lex.honorifics or word in lex.gazetteer
            or word in lex.modifiers or word in lex.demonyms or word.endswith(lex.modifier_endings)
            or word in lex.place_adjectives or word_class(word, lex.language) != (None, None)
        )  # fmt: skip


_PRONOUN, _OPENER, _NAME = 1, 2, 4


class _FirstWords(WordTable):
    """A token's text -> what :func:`parse_np` tests of a phrase's first word, as bits:
    ``_PRONOUN`` alone (a pronoun, also of an organisation), else ``_OPENER`` (a
    :class:`_WordOpeners` word, by its lower case) and ``_NAME`` (:func:`_is_name`)."""

    __slots__ = ()

    def judge(self, text: str) -> int:  # type: ignore[override]
        lex, low = self.lex, text.lower()  # a Token's ``low``
        if low in lex.pronouns or low in lex.organisation_pronouns:
            return _PRONOUN
        return (_OPENER if _WordOpeners.of(lex)[low] else 0) | (_NAME if _NameWords.of(lex)[text] else 0)


def _generic_may_open(toks: tuple[Token, ...], i: int, limit: int, lex: Lexicon) -> bool:
    """With ``generic``, a lower-case word may head a phrase before a name ("kapitein Joris
    Maas": a capitalised word follows) or a complement ("cijfers van het CBS")."""
    return not toks[i].cap and i + 1 < limit and (toks[i + 1].cap or toks[i + 1].low in lex.complement)


def _outlet_at(r: _Reader, k: int) -> bool:
    """Whether a listed news outlet's name starts at token ``k``."""
    g = r.gaz(k)
    return g is not None and g[1].lower() in r.lex.media


def _read_determiner(r: _Reader) -> None:
    nxt = r.i + 1 < r.limit and r.toks[r.i + 1].cap  # (an outlet's name goes on in capitals)
    if nxt and r.toks[r.i].low in r.lex.gazetteer and _outlet_at(r, r.i):
        return  # the article of a listed outlet ("Het Parool") is part of its name
    if r.toks[r.i].low in r.lex.determiners and r.i + 1 < r.limit:
        r.det = r.toks[r.i].low
        r.j += 1


def _read_modifiers(r: _Reader) -> None:
    """Modifiers before the head ("de Oekraïense", "de 54-jarige") and an agent phrase
    before a participle ("het door Hamas bestuurde ministerie")."""
    toks, lex, limit, language = r.toks, r.lex, r.limit, r.language
    while r.j < limit and r.j - r.i < 6:
        j = r.j
        tj = toks[j]
        if r.det and r.agent is None and tj.low in lex.agent_prepositions and j + 2 < limit:
            g = r.gaz(j + 1)
            k = j + 1 + g[0] if g else _names(toks, j + 1, j + 1, limit, lex, True)
            if k > j + 1 and k + 1 < limit and _is_modifier(toks[k], lex, toks[k + 1]):
                r.agent = Span.of(r.text, tj.start, toks[k].end)
                r.j = k + 1
                continue
            return
        w = tj.low
        if w not in lex.modifiers and w not in lex.demonyms and not w.endswith(lex.modifier_endings) and w not in lex.place_adjectives:
            return  # no modifier (see _is_modifier): most heads and names end here
        if (w in lex.gazetteer and r.gaz(j)) or word_class(w, language) != (None, None):
            return
        if (
            j + 1 < limit
            and _is_modifier(tj, lex, toks[j + 1])
            and (  # "de menigte dat": no noun follows
                toks[j + 1].low not in lex.not_names
                or word_class(toks[j + 1].low, language) != (None, None)
                or _capital_particles(toks, j + 1, limit, lex) > j + 1  # "een boze De Smet"
            )
        ):
            r.mods.append(tj.low)
            r.j += 1
            continue
        return


def _read_honorific(r: _Reader) -> None:
    """A title or form of address before a name ("Mr. Dent", "mevrouw Jansen", "Gov.
    Ann Hollis") is read but is no part of the name."""
    toks, k = r.toks, r.j
    for _ in range(3):  # "Lt. Gen. Rob Kerr": titles in a row
        j = k
        if j >= r.limit or toks[j].low not in r.lex.honorifics:
            return
        k = j + 1
        if k < r.limit and toks[k].text == "." and toks[k].start == toks[j].end:
            k += 1
        if k < r.limit and _is_name(toks[k], r.lex) and not toks[k].line_start:
            if toks[k].low not in r.lex.honorifics:
                r.j = k
                r.role = r.role or r.lex.honorific_roles.get(toks[j].low)  # "Sen. X": a senator
                return
        else:
            return


def _read_role_complement(r: _Reader) -> None:
    """A phrase after a role that belongs to it: "een correspondent ter plaatse"."""
    if r.role and not r.name_text and r.j < r.limit:
        r.j += _phrase_at(r.toks, r.j, r.limit, r.lex.role_complements)


def _read_field(r: _Reader) -> None:
    """A lower-case noun naming a bare role's field before its body: "hoofd operaties bij
    de X", "arts infectieziektebestrijding van de GGD" (a title: no article). Read only
    where a body (a name or organisation) follows, so "De arts sprak van een ramp" is none."""
    toks, lex, j = r.toks, r.lex, r.j
    if r.det or j + 2 >= r.limit or toks[j].cap or not toks[j].text.isalpha() or len(toks[j].text) < 4:
        return
    w, prep = toks[j].low, toks[j + 1].low
    if w in lex.not_names or w in lex.function_words or w in lex.particles or word_class(w, r.language) != (None, None):
        return
    if prep not in lex.complement and prep not in lex.workplace_prepositions:
        return
    body = parse_np(r.text, toks, j + 2, r.limit, r.language)
    if body is not None and body.pronoun is None and (body.org or body.name_text):
        r.j += 1


def _read_head(r: _Reader) -> None:
    """A listed role or organisation noun ("president", "mensenrechtenorganisatie"), or
    with ``generic`` an unlisted title before a name ("kapitein Joris Maas")."""
    j, lex = r.j, r.lex
    if j >= r.limit or (r.toks[j].low in lex.gazetteer and r.gaz(j)):
        return
    w = r.toks[j]
    if not w.text[0].isalpha():
        return
    if not (not w.cap or j == r.i or r.det or r.mods or w.low in lex.roles):
        return
    r.role, r.org = word_class(w.low, r.language)
    if w.low in lex.ambiguous_roles and not _role_reading(r.toks, j, r.limit, r.det, lex):
        r.role = None  # "de schepen van de marine" are ships, "schepen De Smet" is the alderman
    if not (r.role or r.org) and w.cap and r.det in lex.definite:
        _read_capital_role(r)  # "the Finance Minister": a portfolio and a role, no name
    if r.org and j + 1 < r.limit and (not r.toks[j + 1].cap or (w.cap and _titled_person(r.toks, j + 2, r.limit, lex))):
        role = word_class(r.toks[j + 1].low, r.language)[0]
        if role:  # "a military spokesman", "a police officer", "Defense Minister Ola Varn": the body names the role
            r.mods.append(w.low)
            r.role, r.org = role, None
            r.j += 1
    if r.role or r.org:
        r.j += 1
    elif (
        r.generic
        and not w.cap
        and w.text.isalpha()
        and w.low not in lex.not_names
        and j + 1 < r.limit
        and _is_name(r.toks[j + 1], lex)
    ):
        r.head = w.low
        r.j += 1


def _role_reading(toks: tuple[Token, ...], j: int, limit: int, det: str | None, lex: Lexicon) -> bool:
    """An ambiguous role word at ``j`` is the role: after an indefinite article ("een
    schepen"), before a name ("schepen Van Acker") or a complement with a capitalised
    portfolio ("schepen van Mobiliteit"); else the plain noun ("de schepen", ships)."""
    if det in lex.indefinite:
        return True
    k = j + 1
    if k >= limit or toks[k].line_start:
        return False
    if _titled_person(toks, _capital_particles(toks, k, limit, lex), limit, lex):
        return True
    return toks[k].low in lex.complement and k + 1 < limit and toks[k + 1].cap


def _read_capital_role(r: _Reader) -> None:
    """"the Finance Minister said", "the Health Secretary": after the definite article a
    capitalised word and a capitalised role that ends the phrase are a role with its
    field, not a person's name (a name after them keeps "Defense Minister Ola Varn")."""
    toks, j, lex = r.toks, r.j, r.lex
    if j + 1 >= r.limit or not toks[j + 1].cap or _titled_person(toks, j + 2, r.limit, lex):
        return
    role = word_class(toks[j + 1].low, r.language)[0]
    if role:
        r.mods.append(toks[j].low)
        r.role = role
        r.j += 1


def _titled_person(toks: tuple[Token, ...], k: int, limit: int, lex: Lexicon) -> bool:
    """A person's name opens at ``k`` after a capitalised body and role ("Defense Minister
    Ola Varn"), not the rest of an organisation's name ("Artsen zonder Grenzen")."""
    return k < limit and _is_name(toks[k], lex) and not toks[k].line_start


def _read_name(r: _Reader) -> None:
    """A listed place or organisation, else a run of names after the head."""
    toks, lex, limit, j = r.toks, r.lex, r.limit, r.j
    if r.role and j + 1 < limit and toks[j].low in lex.definite and r.gaz(j + 1):
        j = r.j = j + 1  # "Bemiddelaar de Verenigde Staten": a role before a listed name
    g = r.gaz(j) if j < limit and toks[j].low in lex.gazetteer else None
    if g:
        n, r.known, r.known_type = g
        r.name_text = r.known
        if r.org and r.known_type == "GPE" and j > r.i:
            # "de politie Den Haag", "gemeente Amsterdam": the place names the body
            r.name_text = r.known = r.cut(j - 1, j + n - 1)
            r.known_type = "ORG"
        r.j = j + n
        return
    jn = j
    if (
        r.org
        and j > r.i
        and j + 1 < limit
        and toks[j].cap
        and toks[j].low in lex.definite
        and not toks[j].line_start
        and _is_name(toks[j + 1], lex)
    ):
        jn = j + 1  # "zorgverzekeraar De Friesland": a capital article opens the name
    elif not r.org and (r.role or r.mods) and j > r.i:
        jn = _capital_particles(toks, j, limit, lex)  # "schepen Van der Veken", "een boze De Smet"
    k = _names(toks, r.i, jn, limit, lex, r.org is not None)
    if k == jn + 1 and jn == j and r.det in lex.indefinite and not r.role and not r.org:
        return  # "a Democrat from Ohio", "een Amsterdammer": a noun, not a name
    if k > jn:
        j = _after_title(r, j, k)
        last = k - 1
        while r.det is None and last > j and toks[last].text in lex.post_nominals:
            last -= 1  # "Ann Dale MP" (not "the Dale North MP"): the letters are no part of the name
        r.name_text = r.cut(_capital_modifiers(r, j, k), last)
        if r.org and j > r.i and toks[j - 1].low.endswith(lex.area_bodies):
            # "de veiligheidsregio Midden- en West-Brabant": a body named by its area
            r.name_text = r.cut(j - 1, k - 1)
        r.j = k
        _read_name_noun(r, j)


def _capital_particles(toks: tuple[Token, ...], j: int, limit: int, lex: Lexicon) -> int:
    """Where a surname's name word starts when capitalised particles open it after a role
    or modifier ("Van den Bossche", "De Wolf"): the name takes them; ``j`` if none. Only
    inside a phrase, never at a line's start, where "De" is the article."""
    if j >= limit or not (toks[j].cap and toks[j].low in lex.particles) or toks[j].line_start:
        return j
    m = j + 1
    while m < limit and m - j < 3 and toks[m].low in lex.particles and not toks[m].cap:
        m += 1
    return m if m < limit and _is_name(toks[m], lex) else j


def _read_org_name_tail(r: _Reader) -> None:
    """"Institute for Fiscal Studies", "Centers for Disease Control and Prevention": after a
    capitalised organisation noun, lower-case ``org_name_links`` words each followed by
    capitalised words go on with its name (a coordinator not as the first of them)."""
    toks, lex, limit = r.toks, r.lex, r.limit
    m = r.j
    while m + 1 < limit and toks[m].low in lex.org_name_links and not toks[m].cap and _is_name(toks[m + 1], lex):
        if m == r.j and toks[m].low in lex.conjunctions and not _paired_name(r, m):
            return  # "Oxfam and Save the Children": two bodies
        m += 1
        while m < limit and _is_name(toks[m], lex):
            m += 1
    if m > r.j:
        first = r.i + (1 if r.det else 0)
        r.name_text = r.cut(first, m - 1)
        r.j = m


def _paired_name(r: _Reader, m: int) -> bool:
    """"Waterschap Linge en Lek": after an organisation noun of ``paired_name_nouns`` one
    name, the conjunction at ``m`` and one more name make one body's name (a name of two
    words after it is a person or another body)."""
    toks, lex = r.toks, r.lex
    return (
        m - 2 >= r.i
        and toks[m - 2].low in lex.paired_name_nouns
        and not (m + 2 < r.limit and _is_name(toks[m + 2], lex))
    )


def _read_name_noun(r: _Reader, j: int) -> None:
    """Where the language puts a name before its noun (``name_noun_compounds``): "Gansu
    authorities", "Phoenix police" are the body, named with its noun."""
    k, toks = r.j, r.toks
    if not r.lex.name_noun_compounds or r.role or r.org or k >= r.limit or toks[k].cap:
        return
    prev = toks[j - 1].text if j > 0 else ""
    if k == j + 1 and (toks[j].line_start or not prev[:1].isalnum()):
        return  # "Masked police ...": one capitalised word opening a clause is no name
    org = word_class(r.toks[k].low, r.language)[1]
    if org == r.toks[k].low:
        r.org = org
        r.name_text = r.cut(j, k)
        r.j = k + 1


def _capital_modifiers(r: _Reader, j: int, k: int) -> int:
    """Where an organisation's name starts: capitalised modifiers right before a name
    run that ends in an organisation noun are part of it ("De Nederlandse Aardolie
    Maatschappij" is "Nederlandse Aardolie Maatschappij")."""
    if r.role or r.org or not r.mods or not word_class(r.toks[k - 1].low, r.language)[1]:
        return j
    m = j
    while m > r.i and r.toks[m - 1].cap and r.toks[m - 1].low in r.mods:
        m -= 1
    return m


def _after_title(r: _Reader, j: int, k: int) -> int:
    """Where a person's name starts in the name run ``j:k``: after a capitalised role
    inside it ("Harbor City Mayor Jane Olsen", "Chief Superintendent Elmer Soria"), whose
    role the phrase takes; ``j`` if there is none."""
    toks = r.toks
    if r.org or len(toks[k - 1].text) <= 2 or word_class(toks[k - 1].low, r.language)[1]:
        return j
    titled = next((m + 2 for m in range(k - 3, j - 1, -1) if toks[m].low in r.lex.honorifics and toks[m + 1].text == "."), None)
    if titled is not None:
        return titled  # "Velmor Gov. Ola Dorn", "Health Minister Dr. Ada Varn": the name follows the title
    # at the run's start only after a capitalised title ("Chief Superintendent"); after
    # a lower-case role the name starts ("burgemeester Emir Halilović")
    first = j if j > r.i and toks[j - 1].cap and r.role else j + 1
    for m in range(k - 2, first - 1, -1):
        if toks[m].low in r.lex.roles:
            r.role = r.role or toks[m].low
            return m + 1
    return j


def _read_generic_head(r: _Reader) -> bool:
    """With ``generic``: an unlisted lower-case noun after a determiner ("de buurman"),
    or a plural noun with a complement ("cijfers van het CBS"). False if none."""
    toks, lex, j = r.toks, r.lex, r.j
    if not r.generic or j >= r.limit:
        return False
    w = toks[j]
    # "a Democrat from Ohio": a capitalised noun after an indefinite article
    if (w.cap and r.det not in lex.indefinite) or w.low in lex.not_names:
        return False
    if w.low in lex.function_words or w.low in lex.particles:
        return False  # ", die ter plaatse is": a relative pronoun and a preposition
    if r.det and _noun_compound(r, j):
        return True  # "the harbour police": the listed noun after the modifier heads it
    if r.det and w.low.endswith(lex.age_word_endings) and w.text[0].isdigit():
        _read_age_head(r)  # "the 34-year-old", "a 61-year-old man"
        return True
    if r.det and w.text[0].isalpha():
        r.head = w.low
    elif (
        r.det is None
        and j + 2 < r.limit
        and w.text.isalpha()
        and toks[j + 1].low in lex.complement
    ):
        r.head = w.low
    else:
        return False
    r.j += 1
    return True


def _read_age_head(r: _Reader) -> None:
    """An age word after an article heads the phrase ("The 34-year-old said"), or the
    lower-case noun after it does ("A 61-year-old man said")."""
    toks, lex = r.toks, r.lex
    r.head = toks[r.j].low
    r.j += 1
    if r.j < r.limit:
        w = toks[r.j]
        if w.text.isalpha() and not w.cap and w.low not in lex.function_words and w.low not in lex.particles:
            r.head = w.low
            r.j += 1


def _noun_compound(r: _Reader, j: int) -> bool:
    """Where nouns stand apart in a compound (``name_noun_compounds``): "the city council",
    "the harbour police", "the state forestry department" are headed by their listed role
    or body noun."""
    toks = r.toks
    if not r.lex.name_noun_compounds or j + 1 >= r.limit or toks[j].cap or toks[j + 1].cap:
        return False
    role, org = word_class(toks[j + 1].low, r.language)
    k = j + 1
    if not (role or org) and j + 2 < r.limit and not toks[j + 2].cap and toks[j + 1].text.isalpha():
        k = j + 2  # "the state forestry department": two nouns before the listed one
        role, org = word_class(toks[k].low, r.language)
        if toks[j + 1].low in r.lex.function_words:
            return False
    if not (role or org) or not toks[j].text.isalpha():
        return False
    r.mods.extend(t.low for t in toks[j:k])
    r.role, r.org = role, org
    r.j = k + 1
    return True


def _read_complement(r: _Reader) -> None:
    """A ``van`` complement: a minister's portfolio ("minister van Financiën Eva
    Lindeman": then the person's name) or a noun phrase ("woordvoerder van de politie")."""
    toks, lex, j, limit = r.toks, r.lex, r.j, r.limit
    if not (
        j + 1 < limit
        and toks[j].low in lex.complement
        and (r.role or r.org or r.known_type == "ORG" or r.head or (r.name_text and not r.known))
    ):
        return
    p = _phrase_at(toks, j + 1, limit, lex.portfolios) if r.role else 0
    if p:
        pspan = Span.of(r.text, toks[j + 1].start, toks[j + p].end)
        r.of = NounPhrase(
            j + 1, j + 1 + p, pspan, None, (), None, None, pspan.text, pspan.text,
            "ORG", None, _PORTFOLIO, None,
        )  # fmt: skip
        r.j = j = j + 1 + p
        if r.name_text is None:
            k = _names(toks, r.i, j, limit, lex, False)
            if k > j:
                r.name_text = r.cut(j, k - 1)
                r.j = k
        return
    of = parse_np(r.text, toks, j + 1, limit, r.language, generic=r.generic)
    if of is not None and of.pronoun is None:
        r.of = of
        r.j = of.last
        if r.org and of.determiner is None and of.name_text and of.role is None:
            _read_name_list(r)


def _read_name_list(r: _Reader) -> None:
    """"het ministerie van Landbouw, Natuur en Visserij", "Instituut voor Dierziekten en
    Voedsel": one-word names joined by commas and a last conjunction go on with an
    organisation's named complement (one body, not three sources); "X van Y en Anna Bos"
    (a two-word name after the conjunction) stops before it."""
    toks, lex, limit, of = r.toks, r.lex, r.limit, r.of
    m, end = r.j, None
    while m + 1 < limit and (toks[m].text == "," or toks[m].low in lex.conjunctions) and _is_name(toks[m + 1], lex):
        if m + 2 < limit and _is_name(toks[m + 2], lex):
            break  # a name of two words: a person or another body
        if toks[m].low in lex.conjunctions:
            end = m + 2  # the list closes with its conjunction
            break
        m += 2
    if end is not None and of is not None:
        span = Span.of(r.text, toks[of.first].start, toks[end - 1].end)
        r.of = of._replace(last=end, span=span, name_text=span.text)
        r.j = end


def _read_workplace(r: _Reader) -> None:
    """"hoofd noodhulp bij het Rode Kruis Eva Smit": a role's workplace
    (``workplace_prepositions``) is its complement only where the person's name follows
    the body; else the phrase ends before it ("zegt de burgemeester bij RTV Oost": a medium).
    A capitalised field read as the role's name gives way ("hoofd Internationale Hulp bij
    ...")."""
    j = r.j
    body = parse_np(r.text, r.toks, j + 1, r.limit, r.language)
    if body is None or body.pronoun is not None or not (body.org or body.name_text):
        return
    name, r.of, r.name_text = r.name_text, body, None
    r.j = body.last
    _read_name_after_body(r, split=name is None)
    if r.name_text is None:
        r.of, r.name_text, r.j = None, name, j


def _read_name_after_body(r: _Reader, *, split: bool = True) -> None:
    """A role's body and then the person, no comma between: "burgemeester van Veendijk
    Anton Kruisbergen", "woordvoerder van de politie Sanne de Wit", "hoofd noodhulp bij
    het Rode Kruis Eva Smit": the person is the phrase's name, the body its complement.
    The person ends the name run after a listed body; with ``split`` also a run that
    holds the body's own name (:func:`_person_start`)."""
    of, toks, lex = r.of, r.toks, r.lex
    if of is None or of.pronoun is not None or of.of is not None or of.head == _PORTFOLIO:
        return
    if len(r.role) > 4 and r.role.endswith(lex.plural_role_endings):
        return  # "analisten van de bank": a group has no one name
    e = of.last
    if of.known or of.name_text is None:  # "het Rode Kruis", "Amsterdam": the name follows
        if e < r.limit and not toks[e].line_start:
            k = _names(toks, e, e, r.limit, lex, False)
            p = _person_start(toks, e, k, lex)
            if p is not None and all(_is_name(toks[m], lex) for m in range(e, p)):
                r.name_text, r.j = r.cut(e, k - 1), max(k, r.j)
        return
    if not split:
        return
    b = next((k for k in range(of.first, e) if toks[k].cap and _is_name(toks[k], lex) and word_class(toks[k].low, r.language) == (None, None)), None)
    if b is None:
        return
    k = _names(toks, b, b, r.limit, lex, False)
    p = _person_start(toks, b, k, lex)
    if p is None or (p == b and not _unnamed_body(of, toks[b - 1], lex)):
        return
    r.name_text, r.j = r.cut(p, k - 1), max(k, r.j)
    body = r.cut(b, p - 1) if p > b else None
    r.of = of._replace(last=p, span=Span.of(r.text, toks[of.first].start, toks[p - 1].end), name_text=body)


def _unnamed_body(of: NounPhrase, t: Token, lex: Lexicon) -> bool:
    """Whether the organisation noun ``t`` of the body ``of`` names it without a name of
    its own, so a name after it is a person's: "de politie Sanne de Wit", "het leger Tom
    Smit"; but "zakenbank Goldman Sachs", "het bedrijf Groen Beheer" (a noun that takes
    a name: ``anaphoric_organisations``) and a capitalised "Stichting Wilde Weide" are bodies."""
    org = word_class(t.low, lex.language)[1]
    return of.determiner is not None and org is not None and not t.cap and org not in lex.anaphoric_organisations


def _person_start(toks: tuple[Token, ...], b: int, e: int, lex: Lexicon) -> int | None:
    """Where a person's name (given name, particles, surname) that ends the name run
    ``b:e`` starts, or None: its words are no listed name, acronym or organisation noun."""
    if e - b < 2 or toks[e - 1].text.isupper() or not _is_name(toks[e - 1], lex):
        return None
    m = e - 2
    while m > b and toks[m].low in lex.particles:
        m -= 1
    words = toks[m:e]
    listed = lambda t: t.low in lex.gazetteer and t.low not in lex.particles  # "de" opens "De Tijd" too
    if not _is_name(toks[m], lex) or any(t.text.isupper() or listed(t) or word_class(t.low, lex.language) != (None, None) for t in words):
        return None
    if is_organisation_name(" ".join(t.text for t in words), lex):
        return None  # "RTV Oost", "Stichting Groen": a body's name
    return m


def _read_name_after_aside(r: _Reader) -> None:
    """A role's name after an aside in brackets: "de burgemeester van Hoorn (Noord-Holland)
    Piet Vos" is Piet Vos."""
    toks, j = r.toks, r.j
    if not r.role or r.name_text or j >= r.limit:
        return
    if toks[j - 1].text == ")" and r.of is not None:
        close = j - 1  # the complement took the aside: "van Hoorn (Noord-Holland)"
    elif toks[j].text == "(":
        close = next((k for k in range(j + 1, min(j + 8, r.limit)) if toks[k].text == ")"), None)
    else:
        return
    if close is None or close + 1 >= r.limit or toks[close + 1].line_start:
        return
    k = _names(toks, r.i, close + 1, r.limit, r.lex, False)
    if k > close + 2:  # a full name (two words or more), not a capitalised word after it
        r.name_text = r.cut(close + 1, k - 1)
        r.j = k


def _read_abbreviation(r: _Reader) -> None:
    """"De Nederlandse Zorgautoriteit (NZa)": an abbreviation in brackets; also a
    listing aside after a name, "Anna Smal (Water en Wonen, GroenLinks)" (a comma in it,
    a capital or digit at both ends)."""
    if r.name_text and not r.name_text.isupper():
        _read_spelled_name(r)
    toks, j = r.toks, r.j
    if not r.name_text or j + 2 >= r.limit or toks[j].text != "(" or r.name_text.isupper():
        return  # ("MOERDIJK (ANP)" is a dateline)
    if toks[j + 2].text == ")" and _is_name(toks[j + 1], r.lex):
        r.j += 3
        return
    close = next((k for k in range(j + 3, min(j + 10, r.limit)) if not toks[k].text[0].isalnum() and toks[k].text != ","), None)
    if close is None or toks[close].text != ")" or not any(t.text == "," for t in toks[j + 2 : close - 1]):
        return
    ends = (toks[j + 1].text, toks[close - 1].text)
    if all(w[0].isdigit() or w[0].isupper() for w in ends) and toks[j + 1].text != ",":
        r.j = close + 1


def _read_spelled_name(r: _Reader) -> None:
    """"Landelijk Bureau zorg ouderen (LBZO)": lower-case words between a name and an
    abbreviation in brackets belong to the name when the abbreviation spells its words'
    initials (its first and last, the others in order)."""
    toks, j = r.toks, r.j
    k = j
    while k < min(j + 4, r.limit) and toks[k].text.isalpha() and toks[k].text.islower():
        k += 1
    if k == j or k + 2 >= r.limit or toks[k].text != "(" or toks[k + 2].text != ")":
        return
    abbr, initials = toks[k + 1].text, [w[0].upper() for w in (r.name_text.split() + [t.text for t in toks[j:k]])]
    if not (abbr.isalpha() and abbr.isupper()) or abbr[0] != initials[0] or abbr[-1] != initials[-1]:
        return
    rest = iter(initials)
    if all(c in rest for c in abbr):  # in order
        r.name_text += r.text[toks[j - 1].end : toks[k - 1].end]
        r.j, r.known_type = k, "ORG"  # a name spelled out by an abbreviation is a body


def _read_origin(r: _Reader) -> None:
    """Where a person is from ("een vrouw uit Zwolle"), where a body sits ("het
    gerechtshof in Den Bosch", kept in its name) or where a person works ("een medewerker
    van Artsen zonder Grenzen in Omdurman", "een arts in het ziekenhuis")."""
    toks, lex, j, limit = r.toks, r.lex, r.j, r.limit
    if j + 1 < limit and toks[j + 1].cap and _origin_fits(r, toks[j].low):
        g = r.gaz(j + 1)
        k = j + 1 + g[0] if g else _names(toks, j + 1, j + 1, limit, lex, True)
        if k > j + 1:
            ospan = Span.of(r.text, toks[j + 1].start, toks[k - 1].end)
            r.origin = NounPhrase(
                j + 1, k, ospan, None, (), None, None, g[1] if g else ospan.text,
                g[1] if g else None, "GPE", None, None, None,
            )  # fmt: skip
            r.j = k
    elif (
        j + 2 < limit
        and r.role
        and not r.name_text
        and r.of is None
        and toks[j].low in lex.location_prepositions
        and toks[j + 1].low in lex.definite
    ):
        inner = parse_np(r.text, toks, j + 1, limit, r.language)
        if inner is not None and inner.org and inner.pronoun is None:
            r.origin = inner
            r.j = inner.last


def _origin_fits(r: _Reader, prep: str) -> bool:
    """Whether ``prep`` opens an origin or seat of this phrase (see :func:`_read_origin`)."""
    lex = r.lex
    origin = prep in lex.origin_prepositions and (r.role or r.head or (r.name_text and not r.known))
    seat = prep in lex.location_prepositions and (
        (r.org and not r.name_text)
        or (r.of is not None and (r.role or r.head))
        # "Officials in Gansu", "inwoners in Kessel": where a group is
        or (r.role and not r.name_text and r.of is None and r.role.endswith(lex.plural_role_endings))
    )
    return bool(origin or seat)


def parse_np_list(
    text: str,
    toks: tuple[Token, ...],
    i: int,
    limit: int,
    language: str,
    *,
    generic: bool = False,
) -> tuple[NounPhrase, ...]:
    """Coordinated noun phrases from token ``i``: "A", "A en B", "A, B en C", joined by the
    language's ``coordinators`` (empty if none)."""
    first = parse_np(text, toks, i, limit, language, generic=generic)
    if first is None:
        return ()
    joins = lexicon(language).coordinators
    out = [first]
    j = first.last
    while j + 1 < limit and (toks[j].text == "," or toks[j].low in joins):
        nxt = parse_np(text, toks, j + 1, limit, language, generic=generic)
        if nxt is None or nxt.pronoun:
            break
        out.append(nxt)
        j = nxt.last
    # a list without a coordinator ("A, B") is no coordination: keep only proper ones
    if len(out) > 1 and not any(toks[p.first - 1].low in joins for p in out[1:]):
        return (first,)
    return tuple(out)



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
