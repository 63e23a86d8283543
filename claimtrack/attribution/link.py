"""Steps 3 and 4: link each frame's source phrases to a name (the mentions
:class:`~claimtrack.mentions.Resolver`: canonical names, pronouns, roles) and a time."""

from __future__ import annotations

from functools import cache

from claimtrack import lang, timeref
from claimtrack.attribution.base import Found, after_dateline
from claimtrack.attribution.data import CueData
from claimtrack.mentions import (
    Mention,
    NounPhrase,
    Resolver,
    Token,
    is_plural_role,
    lexicon,
    parse_np,
    parse_np_list,
)
from claimtrack.model import Article, Source, Span, Statement, TimeRef


def groups(
    text: str, stoks: list[tuple[Token, ...]], language: str, cd: CueData
) -> tuple[NounPhrase, ...]:
    """Plural role phrases that open a sentence ("Buurtbewoners zijn opgelucht."),
    after any frame words ("Ook veel bewoners ..."), or follow its fronted verb ("Toch
    twijfelen veel eilanders."): antecedents of "Zij zeggen"."""
    lex = lexicon(language)
    out = []
    for toks in stoks:
        a = after_dateline(toks)
        if a < len(toks) - 1 and len(toks[a].text) == 1 and not toks[a].text.isalnum() and toks[a].text not in cd.open_quotes:
            a += 1  # "- Government and police ...": a highlight bullet
        while a < len(toks) and (toks[a].low in cd.frame or toks[a].low in cd.coordinators):
            a += 1
        if (
            0 < a < len(toks) - 1
            and not toks[a].cap
            and toks[a].low not in lex.determiners
            and toks[a + 1].low in lex.determiners
        ):
            a += 1  # "Toch twijfelen veel eilanders": the subject after the verb
        if a < len(toks) and (toks[a].cap or toks[a].low in lex.determiners):
            np = parse_np(text, toks, a, len(toks), language)
            both = _coordinated(text, toks, a, language) if np is not None and np.last < len(toks) else None
            if both is not None:
                out.append(both)  # "Government and police do not ...": one group
            elif np is not None and (is_plural_role(np, lex) or (np.org in lex.plural_organisations and not np.name_text)):
                out.append(np)
            elif toks[a].low in lex.determiners and toks[a].low not in lex.definite:
                # "Veel vissers", "Drie fietsers": a counted plural noun, not a listed role
                np = parse_np(text, toks, a, len(toks), language, generic=True)
                if (
                    np is not None
                    and np.head is not None
                    and np.of is None
                    and (np.last >= len(toks) or toks[np.last].low not in lex.complement)  # "Three nights of"
                    and len(np.head) > 4
                    and np.head.endswith(lex.plural_role_endings)
                ):
                    out.append(np)
    return tuple(out)


def _coordinated(text: str, toks: tuple[Token, ...], a: int, language: str) -> NounPhrase | None:
    """Bodies or roles joined by a coordinator that open a sentence before a lower-case
    verb ("Government and police do not condemn"), as one phrase over all of them."""
    nps = parse_np_list(text, toks, a, len(toks), language)
    if len(nps) < 2 or nps[-1].last >= len(toks) or any(np.name_text or not (np.org or np.role) for np in nps):
        return None
    nxt = toks[nps[-1].last]
    if not nxt.text[0].isalpha() or nxt.cap:
        return None
    return nps[0]._replace(last=nps[-1].last, span=Span.of(text, nps[0].span.start, nps[-1].span.end))


def drop_quoted_first_person(found: list[Found], language: str) -> list[Found]:
    """Without the statements whose only sources are first-person pronouns ("wij", "ik")
    and whose cue lies inside the quoted content of another statement: in '"Wij schatten
    dat C", zegt Lubbers' the speaker is Lubbers, whose statement holds C already."""
    unresolved = lexicon(language).unresolved_pronouns
    quoted = [f.content for f in found if f.kind in ("direct", "mixed")]
    if not quoted:
        return found
    return [
        f
        for f in found
        if not (
            f.sources
            and f.sources[0].pronoun in unresolved  # (most sources: no generator)
            and all(np.pronoun in unresolved for np in f.sources)
            and any(q.start <= f.cue.start and f.cue.end <= q.end for q in quoted)
        )
    ]


def statement_time(
    text: str, f: Found, language: str, anchor: object, times: timeref.SentenceTimes
) -> TimeRef | None:
    for e in times(f.sentence):  # each sentence is searched once (``times`` keeps them)
        if e.overlaps(f.content) or any(e.overlaps(np.span) for np in f.sources):
            continue
        return timeref.resolve(e, language, anchor_time=anchor, anchor="published")  # type: ignore[arg-type]
    return None


def name_statements(
    text: str,
    article: Article,
    found: list[Found],
    stoks: list[tuple[Token, ...]],
    mentions: tuple[Mention, ...],
    language: str,
    cd: CueData,
    first_id: int,
    times: timeref.SentenceTimes | None = None,
) -> list[Statement]:
    """Steps 3-4: statements with named sources (in cue order: the Resolver learns each
    source as it names it) and a time."""
    dl = article.dateline
    # "KOERSK (ANP) - ": agencies are no antecedents; the place is made canonical (and
    # the mentions in the dateline left out) only if a rule asks for them
    place = dl.place if dl is not None else None
    exclude = (dl.start, dl.end) if dl is not None else None
    lex = lexicon(language)
    needs_groups = any(
        np.pronoun in lex.always_plural or (f.plural and np.pronoun in lex.plural_pronouns)
        for f in found for np in f.sources
    )  # fmt: skip
    antecedents = groups(text, stoks, language, cd) if needs_groups else ()
    resolver = Resolver(text, mentions, language, dateline_place=place, exclude=exclude, groups=antecedents)
    anchor = article.published.value if article.published is not None else None
    times = times or timeref.SentenceTimes(text, language)
    return [
        Statement(  # id, article, sources, cue, cue_lemma, content, kind, medium, time
            f"s{first_id + n}", article.id, _sources(resolver, f), f.cue, f.lemma, f.content,
            f.kind, f.medium, statement_time(text, f, language, anchor, times),  # type: ignore[arg-type]
        )
        for n, f in enumerate(found)
    ]


def _sources(resolver: Resolver, f: Found) -> tuple[Source, ...]:
    if len(f.sources) == 1:  # most statements
        np = _employer(resolver, f.sources[0])
        name, typ = resolver.name(np, plural=f.plural, until=f.content.start)
        resolver.note_source(np, name, typ, plural=f.plural)
        return (Source(np.span, name, typ),)  # type: ignore[arg-type]
    plural = f.plural or (True if len(f.sources) > 1 else f.plural)
    srcs = []
    for np in f.sources:
        name, typ = resolver.name(np, plural=plural)
        srcs.append(Source(np.span, name, typ))  # type: ignore[arg-type]
    for np, src in zip(f.sources, srcs, strict=True):
        resolver.note_source(np, src.name, src.type, plural=plural)
    return tuple(srcs)


@cache
def _employer_adjectives(language: str) -> dict[str, str]:
    return dict(lang.load(language, "sources").get("employer_adjectives", {}))


def _employer(resolver: Resolver, np: NounPhrase) -> NounPhrase:
    """"A Kremlin spokesman", "a PSNI spokesperson", "a presidential spokesman": the words
    before a spokesperson that ends its phrase name the body it speaks for (its ``of``):
    a run of capitalised words, or an adjective of ``employer_adjectives`` by its body."""
    lex = lexicon(resolver.language)
    if np.role not in lex.spokespersons or np.of is not None or np.name_text:
        return np
    text = resolver.text
    words = text[np.span.start : np.span.end].split()
    if len(words) < 2 or words[-1].lower() != np.role:
        return np
    first = 1 if words[0].lower() in lex.determiners else 0
    body = words[first:-1]
    if not body:
        return np
    start = np.span.start + text[np.span.start : np.span.end].index(body[0], len(" ".join(words[:first])))
    span = Span.of(text, start, start + len(" ".join(body)))
    if span.text != " ".join(body):
        return np  # words apart by more than one space: leave it
    if all(w[:1].isupper() for w in body):
        name = span.text  # "A North Yorkshire Police spokesman"
    elif len(body) == 1 and body[0].lower() in _employer_adjectives(resolver.language):
        name = _employer_adjectives(resolver.language)[body[0].lower()]
    else:
        return np
    of = NounPhrase(np.first, np.last, span, None, (), None, None, name, None, None, None, None, None)
    return np._replace(of=of)
