"""Named entities and canonical names: persons (PER), organisations (ORG), places (GPE).

Built from two kinds of mention:

* named mentions found in each article's headline and body by
  :func:`claimtrack.mentions.find_mentions` (names, listed places and
  organisations, acronyms, organisation nouns with a name such as
  "mensenrechtenorganisatie Hengaw");
* the sources of the statements, already named by
  :class:`claimtrack.mentions.Resolver`, which adds the mentions a name scan can not
  see: pronouns ("hij"), roles ("de Oekraïense president"), spokespersons, and
  organisation nouns ("de politie").

Rules:

* A single word that opens a sentence ("Republikeinen ...") counts only when it
  is confirmed: a listed place or organisation, the same name elsewhere not at a
  sentence start, the surname of a longer person name, or a statement source.
* A person's single name that is the last word of a longer person name in the
  document is that person ("Zelensky" -> "Volodymyr Zelensky").
* Mentions with the same canonical name are one entity; its type is the type of
  its first mention that is not OTHER. A source span that overlaps a named mention
  of the same entity is not counted twice.
* ``aliases`` are the other ways the text writes the entity's name (mention texts
  other than the name that share a name word with it, in order of first appearance):
  "Kovac" and "De Sloveense premier Marko Kovac" for Marko Kovac, never a generic
  phrase resolved to it ("de premier", "de vakbond") nor a pronoun. A pronoun that
  names nobody ("ik") is no entity.
* Ids ``e0``, ``e1``, ... in order of first mention; mentions in text order.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from claimtrack.mentions import Lexicon, Mention, article_mentions, is_named, lexicon
from claimtrack.model import Article, Entity, Source, Span, Statement

_WORD = re.compile(r"\w+")
# (start, end, name, type, surface, is_pronoun)
_Item = tuple[int, int, str, str, str, bool]


def find_entities(
    text: str,
    articles: tuple[Article, ...],
    statements: tuple[Statement, ...],
    language: str,
    mentions: Sequence[tuple[Mention, ...]] | None = None,
) -> tuple[Entity, ...]:
    """The entities of a document, ids ``e0``, ``e1``, ... in order of first mention.

    Args:
        text: the document text (all spans point into it).
        articles: the document's articles; their headline and body spans are scanned.
        statements: the statements found in them; their sources are mentions too.
        language: a language code with ``sources.toml`` data.
        mentions: each article's :func:`claimtrack.mentions.article_mentions`, in the
            order of ``articles``, when a caller has them already (they are then not
            scanned again); None to scan here.

    Returns:
        Entities with canonical ``name``, ``type`` ("PER", "ORG", "GPE" or "OTHER"),
        ``mentions`` (spans, code points, end-exclusive, in text order) and ``aliases``.

    Raises:
        claimtrack.errors.UnsupportedLanguage: no data for ``language``.
    """
    if mentions is None:
        mentions = [article_mentions(text, art, language) for art in articles]
    named = [m for ms in mentions for m in ms if is_named(m.name)]
    sources = [src for st in statements for src in st.sources]
    full: dict[str, str] = {}
    for m in named:
        if m.type == "PER" and " " in m.name and not m.initial:  # not a title-case line
            full.setdefault(m.name.split()[-1], m.name)

    def canonical(name: str, typ: str) -> str:
        if typ == "PER" and " " not in name:
            return full.get(name, name)
        return name

    items = _named_items(named, full, {s.name for s in sources}, canonical)
    items += _source_items(sources, items, canonical, language)
    items.sort()
    return _entities(text, items, lexicon(language))


def _named_items(
    named: list[Mention], full: dict[str, str], source_names: set[str], canonical
) -> list[_Item]:
    """The named mentions kept: a single word opening a sentence only when confirmed."""
    confirmed = {m.name for m in named if not m.initial}
    return [
        (m.span.start, m.span.end, canonical(m.name, m.type), m.type, m.span.text, False)
        for m in named
        if not (
            m.initial
            and m.name not in confirmed
            and m.name not in full
            and m.name not in source_names
        )
    ]


def _source_items(
    sources: list[Source], items: list[_Item], canonical, language: str
) -> list[_Item]:
    """The sources as mentions, but for one that overlaps a mention (or an earlier
    source) of the same entity."""
    lex = lexicon(language)
    covers: dict[str, _Cover] = {}
    for s, e, n, _, _, _ in items:
        cover = covers.get(n)
        if cover is None:
            cover = covers[n] = _Cover()
        cover.add(s, e)
    out: list[_Item] = []
    for src in sources:
        name = canonical(src.name, src.type)
        cover = covers.get(name)
        if cover is None:
            cover = covers[name] = _Cover()
        if cover.hits(src.span.start, src.span.end):
            continue
        low = src.span.text.lower()
        pron = low in lex.pronouns or low in lex.object_pronouns  # "volgens haar"
        if pron and src.name.lower() == low:
            continue  # a pronoun that names nobody ("ik", "she") is no entity
        out.append((src.span.start, src.span.end, name, src.type, src.span.text, pron))
        cover.add(src.span.start, src.span.end)
    return out


def _entities(text: str, items: list[_Item], lex: Lexicon) -> tuple[Entity, ...]:
    """Items (sorted by position) grouped by name, in order of first mention. An alias
    is a way the text writes the entity's name: it shares a name word with it ("Kovac",
    "De Sloveense premier Marko Kovac"); a generic phrase that was resolved to it ("de
    vakbond" for FNV, "de premier") is a mention but no alias, so it links nothing
    across documents."""
    groups: dict[str, list[_Item]] = {}
    for it in items:
        groups.setdefault(it[2], []).append(it)
    known: dict[str, set[str]] = {}  # a surface's name words, worked out once per document

    def name_words(surface: str) -> set[str]:
        found = known.get(surface)
        if found is None:
            found = known[surface] = _name_words(surface, lex)
        return found

    out: list[Entity] = []
    for k, (name, its) in enumerate(groups.items()):
        typ = next((t for _, _, _, t, _, _ in its if t != "OTHER"), its[0][3])
        seen: set[tuple[int, int]] = set()
        spans: list[Span] = []
        aliases: dict[str, None] = {}
        own: set[str] | None = None  # the name's words, only once a surface differs
        for s, e, _, _, surface, pron in its:
            if (s, e) in seen:
                continue
            seen.add((s, e))
            spans.append(Span.of(text, s, e))
            if not pron and surface != name:
                if own is None:
                    own = name_words(name)
                if own & name_words(surface):
                    aliases.setdefault(surface)
        out.append(Entity(f"e{k}", name, typ, tuple(spans), tuple(aliases)))
    return tuple(out)


def _name_words(name: str, lex: Lexicon) -> set[str]:
    """The lower-cased words of a name that can identify it (no function words)."""
    return {w for w in _WORD.findall(name.lower()) if w not in lex.function_words and w not in lex.not_names}


class _Cover:
    """The union of some spans, as sorted disjoint intervals: "does [a, b) overlap any
    of them" by bisection, so checking every source stays linear in the document."""

    __slots__ = ("starts", "ends")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def hits(self, a: int, b: int) -> bool:
        k = bisect_right(self.starts, a)
        if k and self.ends[k - 1] > a:
            return True
        return k < len(self.starts) and self.starts[k] < b

    def add(self, a: int, b: int) -> None:
        k = bisect_right(self.starts, a)
        if k and self.ends[k - 1] >= a:  # joins the interval before
            k -= 1
            a = self.starts[k]
        m = k
        while m < len(self.starts) and self.starts[m] <= b:
            b = max(b, self.ends[m])
            m += 1
        self.starts[k:m] = [a]
        self.ends[k:m] = [b]
