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
* ``aliases`` are the other ways the entity is written (mention texts other than
  the name, pronouns left out), in order of first appearance.
* Ids ``e0``, ``e1``, ... in order of first mention; mentions in text order.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimtrack.mentions import Mention, article_mentions, is_named, lexicon
from claimtrack.model import Article, Entity, Span, Statement


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
    lex = lexicon(language)
    named: list[Mention] = []
    if mentions is None:
        mentions = [article_mentions(text, art, language) for art in articles]
    for ms in mentions:
        named.extend(m for m in ms if is_named(m.name))
    sources = [src for st in statements for src in st.sources]
    source_names = {s.name for s in sources}
    full: dict[str, str] = {}
    for m in named:
        if m.type == "PER" and " " in m.name:
            full.setdefault(m.name.split()[-1], m.name)
    confirmed = {m.name for m in named if not m.initial}

    def canonical(name: str, typ: str) -> str:
        if typ == "PER" and " " not in name:
            return full.get(name, name)
        return name

    # (start, end, name, type, surface, is_pronoun)
    items: list[tuple[int, int, str, str, str, bool]] = []
    for m in named:
        if (
            m.initial
            and m.name not in confirmed
            and m.name not in full
            and m.name not in source_names
        ):
            continue
        items.append(
            (
                m.span.start,
                m.span.end,
                canonical(m.name, m.type),
                m.type,
                m.span.text,
                False,
            )
        )
    spans_by_name: dict[str, list[tuple[int, int]]] = {}
    for s, e, n, _, _, _ in items:
        spans_by_name.setdefault(n, []).append((s, e))
    for src in sources:
        name = canonical(src.name, src.type)
        if any(
            s < src.span.end and src.span.start < e
            for s, e in spans_by_name.get(name, ())
        ):
            continue
        low = src.span.text.lower()
        pron = low in lex.pronouns or low in lex.object_pronouns  # "volgens haar"
        items.append(
            (src.span.start, src.span.end, name, src.type, src.span.text, pron)
        )
        spans_by_name.setdefault(name, []).append((src.span.start, src.span.end))
    items.sort()
    order: list[str] = []
    groups: dict[str, list[tuple[int, int, str, str, str, bool]]] = {}
    for it in items:
        if it[2] not in groups:
            order.append(it[2])
            groups[it[2]] = []
        groups[it[2]].append(it)
    out: list[Entity] = []
    for k, name in enumerate(order):
        its = groups[name]
        typ = next((t for _, _, _, t, _, _ in its if t != "OTHER"), its[0][3])
        seen: set[tuple[int, int]] = set()
        mentions: list[Span] = []
        aliases: list[str] = []
        for s, e, _, _, surface, pron in its:
            if (s, e) in seen:
                continue
            seen.add((s, e))
            mentions.append(Span.of(text, s, e))
            if not pron and surface != name and surface not in aliases:
                aliases.append(surface)
        out.append(Entity(f"e{k}", name, typ, tuple(mentions), tuple(aliases)))
    return tuple(out)
