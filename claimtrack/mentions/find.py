"""Named mentions of an article: the noun phrases that hold a name, found once per article."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from itertools import compress, islice
from operator import itemgetter

from claimtrack.mentions.lexicon import Lexicon, WordTable, lexicon, word_class
from claimtrack.mentions.phrase import (
    _PORTFOLIO,
    NounPhrase,
    _complement_name,
    _surface_type,
    bare_name,
    parse_np,
)
from claimtrack.mentions.tokens import Token, tokenize
from claimtrack.quick import quick_init
from claimtrack.model import Article, Span


@quick_init
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
    known: str | None = None  # the listed place or organisation it is, if any


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
    n = len(toks)
    titled = _title_case_lines(toks, lex) if lex.title_case else [False] * n
    after = 0  # index after the last mention
    for i in _openings(toks, lex):
        if i < after:
            continue
        np = parse_np(text, toks, i, n, language)
        if np is None or not (np.name_text or np.org) or _indefinite_noun(np, toks, i, lex):
            continue
        at_start, subject = _position(toks, i, lex)
        if not subject and i > 0 and toks[i - 1].low in lex.focus_adverbs:
            subject = _opens(toks, i - 1)  # "Ook Jan Smit sprak het publiek toe."
        if not subject and lex.presentational_copulas:
            subject = _presented(toks, i, np.last, lex)
        if np.name_text is None:
            out.append(_body_mention(np, text, lex, at_start, subject))
        else:
            found = _named_mentions(np, text, toks, i, language, at_start, subject)
            if titled[i] and found[0].known is None:
                # capitals say nothing in a title-case line ("Earthquake Death Toll
                # Rising Fast"): its names count only where confirmed elsewhere
                found[0] = replace(found[0], initial=True)
            out.extend(found)
        after = np.last
    return tuple(out)


def _title_case_lines(toks: tuple[Token, ...], lex: Lexicon) -> list[bool]:
    """Per token: whether its line is in title case (four or more words of four letters
    or more, every one capitalised and none all capitals), for a language whose news
    writes headlines so (``title_case_headlines``)."""
    n = len(toks)
    out = [False] * n
    start = 0
    # the lines' ends in one pass in C; a line of running text fails at its first
    # lower-case long word, so few tokens are looked at in Python
    for end in (*compress(range(1, n), map(_LINE_START, islice(toks, 1, None))), n):
        if title_case(toks, start, end):
            out[start:end] = [True] * (end - start)
        start = end
    return out


def title_case(toks: tuple[Token, ...], a: int, b: int) -> bool:
    """Whether tokens ``a`` to ``b`` hold four or more words of four letters or more, every
    one capitalised and none all capitals."""
    words = 0
    for k in range(a, b):
        w = toks[k].text
        if len(w) >= 4 and w.isalpha():
            if not toks[k].cap or w.isupper():
                return False
            words += 1
    return words >= 4


def _openings(toks: tuple[Token, ...], lex: Lexicon) -> list[int]:
    """Indices of the tokens that may open a mention: a capitalised word, a demonym or a
    listed role or organisation noun (each word judged once per language, as written)."""
    # one pass in C: most tokens are words met before, judged by one dict lookup
    return list(compress(range(len(toks)), map(_Openers.of(lex).__getitem__, map(_TEXT, toks))))


_TEXT = itemgetter(0)  # a Token's text
_LINE_START = itemgetter(5)  # a Token's line_start


class _Openers(WordTable):
    """A token's text -> whether it may open a mention: it opens with a letter and is
    capitalised, or is (in lower case) a demonym or a listed role or organisation noun."""

    __slots__ = ()

    def judge(self, text: str) -> bool:
        lex = self.lex
        low = text.lower()  # a Token's ``low``; its ``cap`` is text[0].isupper()
        return text[0].isalpha() and (
            text[0].isupper() or low in lex.demonyms or word_class(low, lex.language) != (None, None)
        )


def _indefinite_noun(np: NounPhrase, toks: tuple[Token, ...], i: int, lex: Lexicon) -> bool:
    """Whether a one-word name follows an indefinite article: "a Democrat", "een
    Amsterdammer" are nouns (see the phrase rule), not mentions of a name."""
    return (
        i > 0
        and toks[i - 1].low in lex.indefinite
        and np.name_text == toks[i].text
        and np.known is None
        and not np.org
        and not np.role
        and not toks[i].text.isupper()
    )


def _opens(toks: tuple[Token, ...], i: int) -> bool:
    """Whether token ``i`` opens a line or follows a mark that ends a clause."""
    prev = toks[i - 1].text if i > 0 else ""
    return toks[i].line_start or (not prev[:1].isalnum() and prev not in (",", "(", "&"))


def _presented(toks: tuple[Token, ...], i: int, last: int, lex: Lexicon) -> bool:
    """"Een van hen is melkveehouder Piet Smit.": the phrase at ``i:last`` follows a
    presentational copula and ends its sentence."""
    return (
        i > 1
        and toks[i - 1].low in lex.presentational_copulas
        and last < len(toks)
        and toks[last].text == "."
    )


def _position(toks: tuple[Token, ...], i: int, lex: Lexicon) -> tuple[bool, bool]:
    """(opens a sentence or line, is its subject) for a phrase at token ``i``; a name
    opening a quotation ('"Huur en ...') is no subject of the report; a determiner may
    stand before the subject."""
    at_start = _opens(toks, i)
    prev = toks[i - 1].text if i > 0 else ""
    subject = at_start and not (_is_quote(prev) and toks[i - 1].end == toks[i].start)
    if not at_start and i > 0 and toks[i - 1].low in lex.determiners:
        subject = _opens(toks, i - 1)
    return at_start, subject


def _body_mention(np: NounPhrase, text: str, lex: Lexicon, at_start: bool, subject: bool) -> Mention:
    """An organisation noun without a name: a definite body keeps its seat ("het
    gerechtshof in Den Bosch"); an indefinite one is only located ("een chemiebedrijf
    in Delfzijl"); "Kabinet wil ..." opening a sentence is a common noun."""
    name = bare_name(np, text, seat=np.determiner in lex.definite)
    if at_start and not np.modifiers and np.determiner is None and name[:1].isupper():
        name = name[0].lower() + name[1:]
    return Mention(np.span, name, "ORG", None, np.modifiers, False, np.org, subject)


def _named_mentions(
    np: NounPhrase, text: str, toks: tuple[Token, ...], i: int, language: str, at_start: bool, subject: bool
) -> list[Mention]:
    """The mention of a phrase with a name, and of its named complement and origin."""
    full = _complement_name(np, text, language)
    if full is not None:
        return [Mention(np.span, full, "ORG", None, np.modifiers, False, np.org, subject)]
    initial = at_start and np.known is None and np.last - np.first == 1
    typ = _name_type(np, toks, i, language)
    out = [Mention(np.span, np.name_text, typ, np.role, np.modifiers, initial, np.org, subject, np.known)]
    o = np.of
    if o is not None and o.name_text and o.head != _PORTFOLIO:
        out.append(Mention(o.span, o.name_text, _surface_type(o, language), o.role, o.modifiers, False, o.org))
    if np.origin is not None and np.origin.name_text:
        out.append(Mention(np.origin.span, np.origin.span.text, "GPE", None, (), False))
    return out


def _name_type(np: NounPhrase, toks: tuple[Token, ...], i: int, language: str) -> str:
    """The type of a named phrase; a single unknown name after a place preposition ("bij
    Velenje") or a place noun ("de grensstad Kessel") is a place."""
    typ = _surface_type(np, language)
    if typ != "PER" or np.last - np.first != 1 or i == 0:
        return typ
    lex = lexicon(language)
    prev = toks[i - 1].low
    if prev in lex.place_prepositions and not np.name_text.isupper():
        return "GPE"
    if prev.endswith(lex.place_nouns):
        return "GPE"
    return typ


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
    """The article's headline (if any) and body: the parts that are tokenized."""
    head, body = article.headline, article.body
    if head is None:
        return () if body is None else (body,)
    return (head,) if body is None else (head, body)


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


def is_named(name: str) -> bool:
    """Whether a mention's name holds a name ("gemeente Amsterdam", "Hengaw"), not
    only common nouns ("politie")."""
    if name[:1].isupper():
        return True
    for w in name.split():
        if w[:1].isupper():
            return True
    return False


def _is_quote(tok: str) -> bool:
    """Whether a token is a quotation mark (Unicode initial/final quote, or ASCII ")."""
    return tok == '"' or (len(tok) == 1 and unicodedata.category(tok) in ("Pi", "Pf"))
