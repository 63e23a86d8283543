"""What the attribution steps pass between them: one cue site, a subject, a found frame."""

from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter
from typing import NamedTuple

from claimtrack.attribution.data import Cue, CueData
from claimtrack.mentions import Lexicon, NounPhrase, Token, lexicon
from claimtrack.model import Span

_new = tuple.__new__

# the tokens of the (up to five) sentences before the current one, oldest first (a
# tuple, or a slice of the article's list)
Earlier = Sequence[tuple[Token, ...]]


class _Stop:
    """A construction's verdict that the cue is no attribution: later units are not tried."""

    def __repr__(self) -> str:
        return "STOP"


STOP = _Stop()


class Found(NamedTuple):
    """A candidate statement before ids, names and time are assigned (a named tuple:
    one is built per cue read, and a frozen dataclass's ``__init__`` costs twice as much;
    ``_replace`` makes a changed copy)."""

    sources: tuple[NounPhrase, ...]
    cue: Span
    lemma: str
    content: Span
    kind: str
    medium: Span | None
    sentence: Span
    # offset of the coordinator before a cue that shares the sentence's subject
    # ("X noemde ... en zei dat C"): an earlier content of the sentence ends there
    shared_at: int | None = None
    # number of the finite cue verb ("zeggen" plural, "zegt" singular), None if unknown
    plural: bool | None = None


class Sentence:
    """One sentence as the constructions see it: tokens after any dateline.

    A plain slotted class, read-only by convention: one is built for every sentence
    that holds a trigger, and a frozen dataclass's ``__init__`` cost more than the
    units that read most sentences."""

    __slots__ = (
        "text", "toks", "sent", "prev", "earlier", "language", "cd", "nxt", "nxt_sent",
        "headline", "lex", "end", "marks", "s0",
    )  # fmt: skip

    def __init__(
        self,
        text: str,
        toks: tuple[Token, ...],
        sent: Span,
        prev: tuple[Token, ...] | None,
        earlier: Earlier,
        language: str,
        cd: CueData,
        # the next sentence, for a lead-in whose quotation follows on the next line
        nxt: tuple[Token, ...] | None = None,
        nxt_sent: Span | None = None,
        headline: bool = False,
        marks: list[int] | None = None,
        lex: Lexicon | None = None,
    ) -> None:
        self.text = text
        self.toks = toks
        self.sent = sent
        self.prev = prev
        self.earlier = earlier
        self.language = language
        self.cd = cd
        self.nxt = nxt
        self.nxt_sent = nxt_sent
        self.headline = headline
        # indices of the tokens where a unit or a continuation may start, if known
        self.marks = marks
        self.s0 = 0  # the first token of the clause the units read (an attribute: read often)
        self.lex: Lexicon = lex if lex is not None else lexicon(language)
        # index after the last content token: the final period is not content
        self.end: int = content_end(toks)

    def __repr__(self) -> str:
        return f"Sentence({self.sent!r})"


class Site:
    """A verb cue at token ``i`` of a sentence (a plain slotted class, read-only by
    convention: one is built per verb cue). ``after``: the index after the cue's words;
    ``plural``: the number of a finite cue verb ("zeggen", "lieten": a plural subject),
    None for a participle."""

    __slots__ = ("s", "i", "cue", "after", "plural")

    def __init__(self, s: Sentence, i: int, cue: Cue) -> None:
        self.s = s
        self.i = i
        self.cue = cue
        self.after = i + len(cue.words)
        self.plural = None if cue.participle else s.toks[i].low.endswith(s.cd.plural_endings)

    def __repr__(self) -> str:
        return f"Site({self.s!r}, {self.i}, {self.cue!r})"

    @property
    def cue_span(self) -> Span:
        return span(self.s.text, self.s.toks[self.i])

    def found(self, sources, content: tuple[Span, str], medium, shared_at=None) -> Found:
        # every field given: the tuple is built in C, without the named tuple's __new__
        return _new(Found, (
            sources, self.cue_span, self.cue.lemma, content[0], content[1], medium,
            self.s.sent, shared_at, self.plural,
        ))  # fmt: skip


class Subject(NamedTuple):
    """The source phrases a subject unit found for a verb cue, and how it stands."""

    sources: tuple[NounPhrase, ...]
    # the comma, complementiser or quote before a subject in a subordinate clause
    boundary: int | None = None
    shared_at: int | None = None
    anaphoric: bool = False  # "Dat meldt X": the content is the sentence before
    inverted: bool = False  # the source after the cue
    medium: Span | None = None  # a medium between auxiliary and participle


def content_end(toks: tuple[Token, ...]) -> int:
    """Index after the last content token: the final period is not content."""
    n = len(toks)
    while n > 0 and toks[n - 1].text in (".",):
        n -= 1
    return n


def match_words(toks: tuple[Token, ...], i: int, words: tuple[str, ...]) -> bool:
    n = len(words)
    if i + n > len(toks):
        return False
    if n == 1:
        return toks[i].low == words[0]
    for k in range(n):
        if toks[i + k].low != words[k]:
            return False
    return True


def span(text: str, t: Token) -> Span:
    return Span(text[t.start : t.end], t.start, t.end)  # a token's offsets lie in the text


# a Token's text / lower-cased text: ``words.isdisjoint(map(LOW, toks[a:b]))`` asks
# "any of these words among the tokens?" in C instead of a generator per token
TEXT = itemgetter(0)
LOW = itemgetter(1)


def after_dateline(toks: tuple[Token, ...]) -> int:
    """Index after a dateline the segmenter left in a sentence ("PLACE (AGENCY) - "), else 0."""
    if ")" not in map(TEXT, toks[:12]):
        return 0  # most sentences: no closing bracket near the start (one test in C)
    for k in range(min(len(toks) - 1, 12)):
        if (
            toks[k].text == ")"
            and toks[k + 1].text in ("-", "–", "—")
            and k + 2 < len(toks)
        ):
            return k + 2
    return 0


class ArticleText(NamedTuple):
    """An article's sentences and their tokens, for units that read across sentences."""

    text: str
    sentences: tuple[Span, ...]
    stoks: list[tuple[Token, ...]]
    language: str
    cd: CueData
    # whether the text the sentences cover holds a quote mark (searched once per article);
    # True when unknown: the units then look for themselves
    quoted: bool = True


def document_maker(text: str, np: NounPhrase, cd: CueData) -> NounPhrase | None:
    """"volgens CBS-cijfers", "Uit de RIVM-gegevens blijkt": a name joined by a hyphen to a
    document noun ([according_to] documents) is who the document is by; its phrase is the
    name alone."""
    name = np.name_text or ""
    maker, _, noun = name.rpartition("-")
    if not maker[:1].isupper() or noun.lower() not in cd.documents or not text.endswith(name, 0, np.span.end):
        return None
    start = np.span.end - len(name)
    return np._replace(span=Span.of(text, start, start + len(maker)), name_text=maker, determiner=None, head=None)
