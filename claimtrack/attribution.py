"""Attribution relations (source, cue, content), as annotated in PARC 3.0 and Citron.

Rule-based and driven by ``lang/<code>/cues.toml`` (cue verbs, particles, frame words,
according-to markers, media) and ``lang/<code>/sources.toml`` (noun phrases, names;
see :mod:`claimtrack.mentions`). One pass over the tokens of each sentence; a cue
word starts a candidate and the construction around it decides the rest.

Constructions (Dutch examples; the other languages fill the same data):

* **indirect**: ``X zegt/claimt/meldt ... dat C`` -- source before the cue. The
  content starts at the word *after* the complementiser ("dat"/"of") and runs to
  the end of the sentence, without the final period.
* **te-infinitive**: ``X zegt uitgebreid te hebben gesproken met Y`` -- content is
  everything after the cue frame ("uitgebreid te hebben gesproken met Y").
* **inversion**: ``Maandag zei de minister dat C`` / ``zei Zuid-Korea eerder nog
  dat C`` -- a fronted adverbial, the source after the cue.
* **trailing**: ``C, zegt X.`` / ``C, zo meldt de politie.`` (``trailing_adverbs``)
  / ``"C", verklaarde hij tegenover de pers.`` / ``C, de politie zei.`` -- content
  before the comma; quoted content makes it
  **direct** (quote marks and a final period or comma inside them are not
  content). A quote opened in an earlier sentence of the article is followed back
  to its opening mark (quotes spanning sentences); in an interrupted quotation
  (``"A", zei hij, "B."``) the content is the first part. After the source only
  adverbials may follow (``zei hij na afloop``), no clause and no quote. A
  statement whose content runs into a trailing cue of the same sentence ends
  before it (``A meldt dat C, zegt B.``: A's content is C; A's ``via`` is B).
* **colon**: ``X zei: "C"`` and ``X: "C"`` -- direct; with no verb the colon is the
  cue and its lemma is ``colon.lemma`` from the data (":").
* **mixed**: indirect content holding a quoted stretch (``stelde dat ... het
  "bevorderen van de dialoog" ...``).
* **reported questions**: ``X vraagt zich af of C`` (content after "of") and, for
  verbs marked ``questions`` in the data, ``X vraagt zich af waarom C`` (the
  question word is content).
* **according_to**: ``Volgens X C`` (content after the source phrase), ``C,
  volgens X.`` (content before the comma), ``..., aldus X.`` (direct when quoted),
  and a "volgens X" inside a clause (content is the whole sentence). "Volgens
  plan"/"volgens de regels" are no statements (``according_to.not_sources``).
* **sourceless**: ``naar verluidt`` -- kind according_to, an empty ``sources``
  tuple (the contract has no name for "someone"), cue the whole phrase, cue_lemma
  the phrase.
* **anaphoric**: ``Dat heeft X (dinsdag) bekendgemaakt.`` / ``Dat meldt X.`` -- content
  is the previous sentence of the article (after its dateline, if any); also with a
  separable particle after the anaphor (``maakte dat woensdag bekend``). Not for cues
  marked ``anaphoric = false`` (denials: ``Zij spreekt dat tegen.``, ``Hij ontkent dat.``).
* **separable cues**: ``kondigde ... aan``, ``maakte ... bekend``, ``liet ...
  weten``, ``sprak ... van``; the cue span is the finite part, the lemma the
  infinitive (``cues.toml`` ``lemma`` where it is more than one word). Without the
  particle in the clause the verb is no cue. Verbs marked ``bare`` may take a plain
  object as content (``kondigde de maatregel aan``, ``spreekt van 19 doden``): the
  content then runs from the first word after the cue frame to the end of the
  sentence, or to a comma before a coordinator (``spreken van 40 doden, maar dat is
  niet bevestigd``: content "40 doden").
* **subjects**: the phrase before the cue (a relative clause between commas
  skipped: ``Een diplomaat, die anoniem wilde blijven, zegt``; also after
  ``Volgens X, die ...,``), past auxiliaries, object pronouns and frame words on its right (``Het bedrijf zelf sprak``) and focus words on its
  left (``Ook Duitsland zegt``); a coordination (``A, B en C``) or an apposition
  (``Volkert Dam, directeur van de haven, zegt``) gives one source per conjunct /
  one source. A sentence opening with a question word is no attribution.
* **shared subject**: ``X noemde de norm "hoog" en zei dat C`` / ``X is blij, maar
  waarschuwt dat C`` -- a cue after a coordinator (``coordinators``) with no subject
  of its own takes the phrase that opens the sentence; an earlier content of the
  sentence ends before the coordinator (``X zegt dat C1 en verwacht dat C2``).
* **quote continuation**: a sentence that is only a quotation, with no cue, after a
  sentence with a statement is a direct statement with that statement's sources and
  cue (``"A", zei hij. "B."``).
* **participles**: ``X heeft gezegd dat C``; ``dat Y hem heeft ingelicht over C``;
  ``X had de avond ervoor op zijn platform Y geschreven dat C`` (subject before the
  auxiliary, adverbials and medium between); trailing ``C, heeft X bekendgemaakt.``
* **several sources**: ``A, B en C claimden dat ...`` gives three sources.
* **medium**: ``op X``, ``tegenover de pers``, ``in een verklaring``, ``aan de NOS``
  in the cue frame (``cues.toml`` [medium]).
* **time**: the first time expression of the sentence outside the content and the
  source phrases, from :func:`claimtrack.timeref.find_time_expressions`, resolved
  against the article's publication time (``anchor="published"``; ``value`` is None
  when the article has no publication time).
* **number**: a finite cue ending in ``plural_endings`` ("zeggen", "lieten") has a
  plural subject; a plural pronoun source ("Zij zeggen") then takes the last plural
  source ("Hulporganisaties waarschuwen ... Zij zeggen ..."), see
  :meth:`claimtrack.mentions.Resolver.name`.
* **nesting**: a statement whose cue and sources lie inside another statement's
  content gets ``via`` = the id of the innermost such statement.

Not statements: a cue verb with no content clause, colon, quote or (for ``bare``
verbs) object ("dat zegt niets", "de politie meldt zich"); "volgens plan"; questions;
a complementiser followed by fewer than ``min_clause`` words (``cues.toml``): there
"dat" is a demonstrative object ("Zorgbelang vindt dat onacceptabel"); survey results, an
opinion cue (``[polls] lemmas``) with a respondent group as source (``[polls] words``:
"Twee derde van de ondervraagden vindt dat C").

Languages: ``cues.toml`` also says whether a clause may follow a cue without a
complementiser (``clause_without_complementiser``: English "said the bridge would
open"; content then needs ``min_bare_clause`` words) and which word marks an
infinitive (``infinitive_marker``: "te", "to"; the next word must end in one of
``infinitive_suffixes``, so that "te duur" is no infinitive). ``lang/en`` holds a
first English set.

Ids are ``s{first_id}``, ... in order of cue offset. Sources are named by
:class:`claimtrack.mentions.Resolver` (see :mod:`claimtrack.mentions` for the rules).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import cache

from claimtrack import lang, timeref
from claimtrack.mentions import (
    NounPhrase,
    Resolver,
    Token,
    canonical_place,
    Mention,
    article_mentions,
    article_tokens,
    is_plural_role,
    lexicon,
    parse_np,
    parse_np_list,
    pronoun_np,
    tokenize,
)
from claimtrack.model import Article, Source, Span, Statement, TimeRef


@dataclass(frozen=True, slots=True)
class _Cue:
    words: tuple[str, ...]
    lemma: str
    particle: tuple[str, ...] | None
    variants: tuple[tuple[str, ...], ...]
    bare: bool
    participle: bool
    # true: a question word opens the content ("vraagt zich af waarom C"), kept in it
    questions: bool = False
    # false: no anaphoric "dat" ("Zij spreekt dat tegen" denies, it reports nothing)
    anaphoric: bool = True


@dataclass(frozen=True, slots=True)
class CueData:
    """The cue lists of ``cues.toml`` in the shapes the matcher needs (lower case)."""

    cues: dict[str, tuple[_Cue, ...]]  # first word -> candidates, longest first
    frame: frozenset[str]
    time_prepositions: frozenset[str]
    complementisers: frozenset[str]
    anaphors: frozenset[str]
    auxiliaries: frozenset[str]
    question_words: frozenset[str]
    coordinators: frozenset[str]
    relatives: frozenset[str]
    trailing_adverbs: frozenset[str]
    infinitive_marker: str
    infinitive_suffixes: tuple[str, ...]
    plural_endings: tuple[str, ...]
    bare_clause: bool
    min_bare_clause: int
    # words a complementiser clause needs: "vindt dat onacceptabel" is a demonstrative
    min_clause: int
    # survey results: opinion cue lemmas and the words of a respondent group
    poll_lemmas: frozenset[str]
    poll_words: frozenset[str]
    markers: dict[str, tuple[tuple[str, ...], ...]]  # first word -> phrases
    trailing: frozenset[str]
    sourceless: dict[str, tuple[tuple[str, ...], ...]]  # first word -> phrases
    not_sources: frozenset[str]
    colon_lemma: str
    open_quotes: frozenset[str]
    close_quotes: frozenset[str]
    medium_phrases: dict[
        str, tuple[tuple[str, ...], ...]
    ]  # first word -> phrases, longest first
    medium_first: frozenset[str]  # every word a medium phrase can start with
    medium_continuations: frozenset[str]
    medium_with_np: frozenset[str]
    medium_with_name: frozenset[str]
    # every lower-cased token that can start a cue, a marker or a colon quote
    triggers: frozenset[str]
    frame_prepositions: frozenset[str]


def _words(s: str) -> tuple[str, ...]:
    return tuple(t.low for t in tokenize(s, 0, len(s)))


def _by_first(phrases) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        out.setdefault(p[0], []).append(p)
    return {k: tuple(v) for k, v in out.items()}


@cache
def cue_data(language: str) -> CueData:
    """The :class:`CueData` of a language, built once per process from ``cues.toml``.

    Raises:
        claimtrack.errors.UnsupportedLanguage: no data folder for ``language``.
    """
    d = lang.load(language, "cues")
    cues: dict[str, list[_Cue]] = {}
    for key, v in d["verbs"].items():
        lemma = v.get("lemma", key)
        particle = _words(v["particle"]) if v.get("particle") else None
        variants = tuple(_words(p) for p in v.get("particle_variants", []))
        bare = bool(v.get("bare", False))
        questions = bool(v.get("questions", False))
        anaphoric = bool(v.get("anaphoric", True))
        for f in v["forms"]:
            w = _words(f)
            cues.setdefault(w[0], []).append(
                _Cue(w, lemma, particle, variants, bare, False, questions, anaphoric)
            )
        for f in v.get("participles", []):
            w = _words(f)
            cues.setdefault(w[0], []).append(
                _Cue(w, lemma, None, (), bare, True, questions, anaphoric)
            )
    fr = d["frame"]
    at = d["according_to"]
    md = d["medium"]
    low = lambda xs: frozenset(x.lower() for x in xs)
    markers = _by_first(_words(p) for p in at["markers"])
    sourceless = _by_first(_words(p) for p in at["sourceless"])
    trailing = low(at["trailing"])
    return CueData(
        cues={
            k: tuple(sorted(v, key=lambda c: -len(c.words))) for k, v in cues.items()
        },
        frame=low(fr["words"]),
        time_prepositions=low(fr["time_prepositions"]),
        complementisers=low(fr["complementisers"]),
        anaphors=low(fr["anaphors"]),
        auxiliaries=low(fr["auxiliaries"]),
        question_words=low(fr["question_words"]),
        coordinators=low(fr["coordinators"]),
        relatives=low(fr["relative_pronouns"]),
        trailing_adverbs=low(fr["trailing_adverbs"]),
        infinitive_marker=fr["infinitive_marker"],
        infinitive_suffixes=tuple(fr["infinitive_suffixes"]),
        plural_endings=tuple(fr["plural_endings"]),
        bare_clause=bool(fr["clause_without_complementiser"]),
        min_bare_clause=int(fr["min_bare_clause"]),
        min_clause=int(fr.get("min_clause", 2)),
        poll_lemmas=frozenset(d.get("polls", {}).get("lemmas", ())),
        poll_words=low(d.get("polls", {}).get("words", ())),
        markers=markers,
        trailing=trailing,
        sourceless=sourceless,
        not_sources=low(at["not_sources"]),
        colon_lemma=d["colon"]["lemma"],
        open_quotes=frozenset(d["quotes"]["open"]),
        close_quotes=frozenset(d["quotes"]["close"]),
        medium_phrases=_by_first(
            sorted((_words(p) for p in md["phrases"]), key=len, reverse=True)
        ),
        medium_first=frozenset(_words(p)[0] for p in md["phrases"])
        | low(md["with_np"])
        | low(md["with_name"]),
        medium_continuations=low(md["continuations"]),
        medium_with_np=low(md["with_np"]),
        medium_with_name=low(md["with_name"]),
        frame_prepositions=low(fr.get("frame_prepositions", [])),
        triggers=frozenset(cues) | frozenset(markers) | frozenset(sourceless) | trailing | {":"},
    )


# the tokens of the (up to five) sentences before the current one, oldest first
_Earlier = tuple[tuple[Token, ...], ...]


@dataclass(frozen=True, slots=True)
class _Found:
    """A statement before ids, names and time are assigned."""

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


def find_statements(
    text: str,
    article: Article,
    sentences: tuple[Span, ...],
    language: str,
    *,
    first_id: int = 0,
    tokens: tuple[tuple[Token, ...], ...] | None = None,
    mentions: tuple[Mention, ...] | None = None,
) -> tuple[Statement, ...]:
    """The statements of one article, ids ``s{first_id}``, ``s{first_id+1}``, ... in cue order.

    Args:
        text: the document text (all spans point into it).
        article: the article the sentences belong to; ``article.id`` goes into each
            statement, ``article.published`` anchors relative times, and a dateline
            ("KOERSK (ANP) - ") is never part of a source.
        sentences: the article's sentence spans (headline and body), in text order.
        language: a language code with ``cues.toml`` and ``sources.toml`` data.
        first_id: number of the first id.
        tokens: the article's :func:`claimtrack.mentions.article_tokens`, if a caller
            has cut them already (each sentence's tokens are taken from them).
        mentions: the article's :func:`claimtrack.mentions.article_mentions` (the
            antecedents of pronouns, roles and spokespersons), if a caller has them;
            computed here when None. Passing both lets a pipeline share one
            tokenization and one mention scan with
            :func:`claimtrack.entities.find_entities`.

    Returns:
        Statements in cue order; see the module docstring for each construction.
        Offsets are code points into ``text``, end-exclusive.

    Raises:
        claimtrack.errors.UnsupportedLanguage: no data for ``language``.
    """
    if not sentences:
        return ()
    cd = cue_data(language)
    found: list[_Found] = []
    # the article is cut into tokens once; each sentence takes its stretch of them
    if tokens is None:
        tokens = article_tokens(text, article)
    stoks = _sentence_tokens(text, tokens, sentences)
    for idx, sent in enumerate(sentences):
        toks = stoks[idx]
        if (
            article.dateline is not None
            and sent.start <= article.dateline.end <= sent.end
        ):
            toks = _from(toks, article.dateline.end)
        if not toks:
            continue
        s0 = _after_dateline(toks)
        if s0:
            toks = toks[s0:]
        prev = stoks[idx - 1] if idx > 0 else None
        earlier = tuple(stoks[max(0, idx - 5) : idx])
        found.extend(_sentence(text, toks, sent, prev, earlier, language, cd))
    # "Twee derde van de ondervraagden vindt dat C": a survey result
    found = [
        f
        for f in found
        if f.lemma not in cd.poll_lemmas
        or not any(
            w in cd.poll_words for np in f.sources for w in _words(np.span.text)
        )
    ]
    if not found:
        return ()
    found.sort(key=lambda f: f.cue.start)
    # one statement per cue
    uniq: list[_Found] = []
    for f in found:
        if uniq and uniq[-1].cue.start == f.cue.start:
            continue
        uniq.append(f)
    uniq = _drop_quoted_first_person(uniq, language)
    more = _continued_quotes(text, sentences, stoks, uniq, cd)
    if more:
        uniq = sorted(uniq + more, key=lambda f: (f.cue.start, f.content.start))
    if mentions is None:
        mentions = article_mentions(text, article, language, tokens)
    if article.dateline is not None:  # "KOERSK (ANP) - ": agencies are no antecedents
        dl = article.dateline
        mentions = tuple(
            m for m in mentions if m.span.end <= dl.start or m.span.start >= dl.end
        )
    place = (
        canonical_place(article.dateline.place, language)
        if article.dateline is not None and article.dateline.place
        else None
    )
    lex = lexicon(language)
    needs_groups = any(
        np.pronoun in lex.plural_pronouns and f.plural for f in uniq for np in f.sources
    )
    groups = _groups(text, stoks, language, cd) if needs_groups else ()
    resolver = Resolver(text, mentions, language, place=place, groups=groups)
    anchor = article.published.value if article.published is not None else None
    out: list[Statement] = []
    times: dict[Span, tuple[Span, ...]] = {}
    for n, f in enumerate(uniq):
        srcs: list[Source] = []
        plural = f.plural or (True if len(f.sources) > 1 else f.plural)
        for np in f.sources:
            name, typ = resolver.name(np, plural=plural)
            srcs.append(Source(np.span, name, typ))  # type: ignore[arg-type]
        for np, src in zip(f.sources, srcs, strict=True):
            resolver.note_source(np, src.name, src.type, plural=plural)
        out.append(
            Statement(
                id=f"s{first_id + n}",
                article=article.id,
                sources=tuple(srcs),
                cue=f.cue,
                cue_lemma=f.lemma,
                content=f.content,
                kind=f.kind,  # type: ignore[arg-type]
                medium=f.medium,
                time=_time(text, f, language, anchor, times),
            )
        )
    return tuple(_nest(out))


def _groups(
    text: str, stoks: list[tuple[Token, ...]], language: str, cd: CueData
) -> tuple[NounPhrase, ...]:
    """Plural role phrases that open a sentence ("Buurtbewoners zijn opgelucht."),
    after any frame words ("Ook veel bewoners ..."), or follow its fronted verb ("Toch
    twijfelen veel eilanders."): antecedents of "Zij zeggen"."""
    lex = lexicon(language)
    out = []
    for toks in stoks:
        a = _after_dateline(toks)
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
            if np is not None and is_plural_role(np, lex):
                out.append(np)
            elif toks[a].low in lex.determiners and toks[a].low not in lex.definite:
                # "Veel vissers", "Drie fietsers": a counted plural noun, not a listed role
                np = parse_np(text, toks, a, len(toks), language, generic=True)
                if (
                    np is not None
                    and np.head is not None
                    and np.of is None
                    and len(np.head) > 4
                    and np.head.endswith(lex.plural_role_endings)
                ):
                    out.append(np)
    return tuple(out)


def _drop_quoted_first_person(found: list[_Found], language: str) -> list[_Found]:
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
            and all(np.pronoun in unresolved for np in f.sources)
            and any(q.start <= f.cue.start and f.cue.end <= q.end for q in quoted)
        )
    ]


def _sentence_tokens(
    text: str, tokens: tuple[tuple[Token, ...], ...], sentences: tuple[Span, ...]
) -> list[tuple[Token, ...]]:
    """Each sentence's tokens, taken from the article's tokens (as :func:`tokenize`
    would cut the sentence: its first token starts a stretch); a sentence whose edge
    falls inside a token is cut anew."""
    if len(tokens) == 1:
        flat = list(tokens[0])
    else:  # headline and body, in text order, once each
        seen: dict[int, Token] = {}
        for part in tokens:
            for t in part:
                seen.setdefault(t.start, t)
        flat = [seen[k] for k in sorted(seen)]
    starts = [t.start for t in flat]
    out = []
    for sp in sentences:
        a = bisect_left(starts, sp.start)
        e = bisect_left(starts, sp.end, a)
        if (a > 0 and flat[a - 1].end > sp.start) or (e > a and flat[e - 1].end > sp.end) or (
            e == a and sp.end > sp.start and text[sp.start : sp.end].strip()
        ):
            out.append(tokenize(text, sp.start, sp.end))
            continue
        toks = tuple(flat[a:e])
        if toks and not toks[0].line_start:
            toks = (toks[0]._replace(line_start=True),) + toks[1:]
        out.append(toks)
    return out


def _from(toks: tuple[Token, ...], start: int) -> tuple[Token, ...]:
    """The tokens at or after offset ``start``, the first marked as starting the stretch
    (as :func:`claimtrack.mentions.tokenize` would cut them from ``start``)."""
    k = 0
    while k < len(toks) and toks[k].start < start:
        k += 1
    if k == len(toks):
        return ()
    return (toks[k]._replace(line_start=True),) + toks[k + 1 :]


def _continued_quotes(
    text: str,
    sentences: tuple[Span, ...],
    stoks: list[tuple[Token, ...]],
    found: list[_Found],
    cd: CueData,
) -> list[_Found]:
    """Quotations with no cue of their own that follow a statement: the same source and cue.

    '"A", zei hij. "B."' and 'X vertelt dat A. "B. C?"' -- a sentence that opens with a
    quote, holds no cue, and whose quotation closes (in it or up to four sentences
    later) with nothing but punctuation after it, continues the last statement of the
    sentence before it; kind direct, content inside the quote marks without the final
    period or comma. Chains continue ('"A", zei hij. "B." "C."').
    """
    last: dict[int, _Found] = {}
    index = {(sp.start, sp.end): k for k, sp in enumerate(sentences)}
    for f in found:
        k = index.get((f.sentence.start, f.sentence.end))
        if k is not None:
            last[k] = f  # found is in cue order: the last one wins
    out: list[_Found] = []
    k = 1
    while k < len(sentences):
        prev = last.get(k - 1)
        if prev is None or k in last:
            k += 1
            continue
        toks = stoks[k]
        if not toks or toks[0].text not in cd.open_quotes:
            k += 1
            continue
        close: Token | None = None
        m = k
        rest: tuple[Token, ...] = ()
        while m < len(sentences) and m - k < 5 and m not in last:
            mtoks = stoks[m]
            first = 1 if m == k else 0
            q = next(
                (
                    p
                    for p in range(first, len(mtoks))
                    if mtoks[p].text in cd.close_quotes
                    or mtoks[p].text in cd.open_quotes
                ),
                None,
            )
            if q is not None:
                if mtoks[q].text in cd.close_quotes:
                    close, rest = mtoks[q], mtoks[q + 1 :]
                break
            m += 1
        if close is None or m in last or any(t.text[0].isalnum() for t in rest):
            k += 1
            continue
        a, e = toks[0].end, close.start
        while e > a and (text[e - 1].isspace() or text[e - 1] in ".,"):
            e -= 1
        while a < e and text[a].isspace():
            a += 1
        if e > a:
            g = _Found(
                prev.sources, prev.cue, prev.lemma, Span.of(text, a, e), "direct",
                None, prev.sentence, None, prev.plural,
            )  # fmt: skip
            out.append(g)
            last[m] = g
        k = m + 1
    return out


def _after_dateline(toks: tuple[Token, ...]) -> int:
    """Index after a dateline the segmenter left in a sentence ("PLACE (AGENCY) - "), else 0."""
    for k in range(min(len(toks) - 1, 12)):
        if (
            toks[k].text == ")"
            and toks[k + 1].text in ("-", "–", "—")
            and k + 2 < len(toks)
        ):
            return k + 2
    return 0


def _nest(stmts: list[Statement]) -> list[Statement]:
    out = []
    for s in stmts:
        best: Statement | None = None
        for o in stmts:
            if o is s or not o.content.contains(s.cue):
                continue
            if not all(o.content.contains(src.span) for src in s.sources):
                continue
            if best is None or len(o.content) < len(best.content):
                best = o
        out.append(replace(s, via=best.id) if best is not None else s)
    return out


def _time(
    text: str, f: _Found, language: str, anchor: object, seen: dict[Span, tuple[Span, ...]]
) -> TimeRef | None:
    exprs = seen.get(f.sentence)
    if exprs is None:  # each sentence is searched once per call (``seen``)
        exprs = seen[f.sentence] = timeref.find_time_expressions(text, f.sentence, language)
    for e in exprs:
        if e.overlaps(f.content) or any(e.overlaps(np.span) for np in f.sources):
            continue
        return timeref.resolve(e, language, anchor_time=anchor, anchor="published")  # type: ignore[arg-type]
    return None


# --------------------------------------------------------------------------- matching


def _content_end(toks: tuple[Token, ...]) -> int:
    """Index after the last content token: the final period is not content."""
    n = len(toks)
    while n > 0 and toks[n - 1].text in (".",):
        n -= 1
    return n


def _match_words(toks: tuple[Token, ...], i: int, words: tuple[str, ...]) -> bool:
    n = len(words)
    return i + n <= len(toks) and all(toks[i + k].low == words[k] for k in range(n))


def _content(
    text: str,
    toks: tuple[Token, ...],
    a: int,
    b: int,
    cd: CueData,
    indirect: str = "indirect",
) -> tuple[Span, str] | None:
    """Content over tokens ``[a, b)``: quotes stripped when it is one quotation (direct)."""
    if a >= b:
        return None
    first, last = toks[a], toks[b - 1]
    if first.text in cd.open_quotes and last.text in cd.close_quotes and b - a > 2:
        inner = [t.text for t in toks[a + 1 : b - 1]]
        if not any(q in cd.close_quotes or q in cd.open_quotes for q in inner):
            return Span.of(text, toks[a + 1].start, toks[b - 2].end), "direct"
    span = Span.of(text, first.start, last.end)
    quotes = sum(
        1 for t in toks[a:b] if t.text in cd.open_quotes or t.text in cd.close_quotes
    )
    if quotes >= 2 and indirect == "indirect":
        return span, "mixed"
    return span, indirect


def _medium(
    text: str, toks: tuple[Token, ...], j: int, end: int, language: str, cd: CueData
) -> int | None:
    """Index after a medium phrase starting at token ``j``, or None."""
    for words in cd.medium_phrases.get(toks[j].low, ()):
        if _match_words(toks, j, words) and j + len(words) <= end:
            k = j + len(words)
            if k < end and toks[k].low in cd.medium_continuations:
                nps = parse_np_list(text, toks, k + 1, end, language, generic=True)
                if nps:
                    return nps[-1].last
            if k < end and toks[k].cap:  # "op zijn platform Truth Social"
                np = parse_np(text, toks, k, end, language)
                if np is not None and np.name_text and np.determiner is None:
                    return np.last
            return k
    w = toks[j].low
    if w in cd.medium_with_name and j + 1 < end:
        nps = parse_np_list(text, toks, j + 1, end, language)
        if (
            nps
            and nps[0].name_text
            and nps[0].determiner is None
            and nps[0].first == j + 1
        ):
            return nps[0].last
    if w in cd.medium_with_np and j + 1 < end:
        nps = parse_np_list(text, toks, j + 1, end, language, generic=True)
        if nps and nps[0].pronoun is None:
            return nps[-1].last
    return None


def _frame(
    text: str,
    toks: tuple[Token, ...],
    j: int,
    end: int,
    cue: _Cue | None,
    language: str,
    cd: CueData,
) -> tuple[int, Span | None, bool]:
    """Skip the cue frame from token ``j``: adverbs, time phrases, media, the particle.

    Returns (index of the first content token, medium span or None, particle seen).
    """
    medium = None
    particle = False
    lex = lexicon(language)
    while j < end:
        t = toks[j]
        if cue is not None and cue.particle and _match_words(toks, j, cue.particle):
            particle = True
            j += len(cue.particle)
            continue
        if cue is not None and cue.variants:
            v = next((v for v in cue.variants if _match_words(toks, j, v)), None)
            if v is not None:
                particle = True
                j += len(v)
                continue
        m = (
            _medium(text, toks, j, end, language, cd)
            if t.low in cd.medium_first
            else None
        )
        if m is not None:
            if medium is None:
                medium = Span.of(text, t.start, toks[m - 1].end)
            j = m
            continue
        if t.low in cd.frame:
            if (
                cue is not None
                and cue.bare
                and j + 1 < end
                and toks[j + 1].text[0].isdigit()
            ):
                break  # "spreken van ruim 4000": a bound word of the object
            j += 1
            continue
        if t.low in cd.time_prepositions and j + 1 < end:
            k = j + 1
            if toks[k].low in lex.determiners:
                k += 1
            if k < end and toks[k].low in cd.frame:
                j = k + 1
                if j + 1 < end and toks[j].low in lex.complement:
                    # "na afloop van de ministerraad"
                    np = parse_np(text, toks, j + 1, end, language, generic=True)
                    if np is not None and np.pronoun is None:
                        j = np.last
                continue
        if t.low in cd.frame_prepositions:
            k = _adverbial_end(text, toks, j, end, language, cd)
            if k > j:
                j = k
                continue
        break
    return j, medium, particle


def _adverbial_end(
    text: str, toks: tuple[Token, ...], j: int, end: int, language: str, cd: CueData
) -> int:
    """Index after prepositional phrases from token ``j`` ("bij de rechtbank in
    Zutphen") when a complementiser or a colon follows them, else ``j``."""
    k = j
    while k + 1 < end and toks[k].low in cd.frame_prepositions:
        np = parse_np(text, toks, k + 1, end, language, generic=True)
        if np is None or np.pronoun is not None:
            return j
        k = np.last
        while k < end and toks[k].low in cd.frame:
            k += 1
    if k < end and (toks[k].low in cd.complementisers or toks[k].text == ":"):
        return k
    return j


def _nps(
    text: str, toks: tuple[Token, ...], a: int, limit: int, language: str
) -> tuple[NounPhrase, ...]:
    """Source phrases from token ``a``: a coordination, or one phrase with an apposition.

    "Volkert Dam, directeur van de haven" and "de leider van de groep, Mira Stam" are one
    source: its span covers both parts, its name comes from the part with a name.
    """
    nps = parse_np_list(text, toks, a, limit, language, generic=True)
    if len(nps) != 1:
        return nps
    first = nps[0]
    k = first.last
    if k + 1 < limit and toks[k].text == ",":
        second = parse_np(text, toks, k + 1, limit, language, generic=True)
        if (
            second is not None
            and second.pronoun is None
            and first.pronoun is None
            and bool(second.name_text) != bool(first.name_text)
        ):
            base, other = (second, first) if second.name_text else (first, second)
            span = Span.of(text, first.span.start, second.span.end)
            merged = replace(
                base,
                first=first.first,
                last=second.last,
                span=span,
                role=base.role or other.role,
                modifiers=base.modifiers or other.modifiers,
                determiner=None,
            )
            return (merged,)
    return nps


def _is_clause_np(nps: tuple[NounPhrase, ...], a: int, b: int) -> bool:
    return bool(nps) and nps[0].first == a and nps[-1].last == b



def _around(toks: tuple[Token, ...], s0: int, i: int, k: int, end: int) -> tuple[int, int]:
    """The content of an according-to phrase at tokens ``i:k`` of a clause ``s0:end``:
    what follows it when it opens the clause ("Volgens X, ..."), what precedes it when
    it closes the clause after a comma ("..., volgens X"), else the whole clause."""
    if i == s0:
        return (k + 1 if k < end and toks[k].text == "," else k), end
    if toks[i - 1].text == "," and k >= end:
        return s0, i - 1
    return s0, end

def _sentence(
    text: str,
    toks: tuple[Token, ...],
    sent: Span,
    prev: tuple[Token, ...] | None,
    earlier: _Earlier,
    language: str,
    cd: CueData,
) -> list[_Found]:
    lex = lexicon(language)
    n = len(toks)
    end = _content_end(toks)
    out: list[_Found] = []
    s0 = 0  # first token of the sentence (after any dateline)
    i = 0
    triggers = cd.triggers
    while i < n:
        t = toks[i]
        low = t.low
        if low not in triggers:
            i += 1
            continue
        # sourceless phrase: "naar verluidt"
        for words in cd.sourceless.get(low, ()):
            if _match_words(toks, i, words):
                k = i + len(words)
                a, b = _around(toks, s0, i, k, end)
                c = _content(text, toks, a, b, cd, "according_to")
                if c:
                    cue = Span.of(text, t.start, toks[k - 1].end)
                    out.append(
                        _Found(
                            (), cue, " ".join(words), c[0], "according_to", None, sent
                        )
                    )
        # according to: "volgens X"
        for words in cd.markers.get(low, ()):
            m0 = i + len(words)
            if m0 >= n or not _match_words(toks, i, words):
                continue
            nps = _nps(text, toks, m0, end, language)  # with an apposition
            if toks[m0].low in lex.object_pronouns and (
                not nps
                or not (nps[0].role or nps[0].org or nps[0].name_text or nps[0].pronoun)
            ):
                # "volgens haar stonden er ...", "volgens haar niet": "haar" is the pronoun
                nps = (pronoun_np(text, toks, m0),)
            if not nps or any(
                (np.head or np.role or np.org or np.pronoun or "") in cd.not_sources
                for np in nps
            ):
                continue
            if any(np.pronoun in lex.unresolved_pronouns for np in nps if np.pronoun):
                continue
            k = nps[-1].last
            if k + 1 < end and toks[k].text == "," and toks[k + 1].low in cd.relatives:
                # "Volgens de politie, die de hele nacht werkte, zijn er ...": skip the clause
                r = next((q for q in range(k + 2, end) if toks[q].text == ","), None)
                if r is not None:
                    k = r
            a, b = _around(toks, s0, i, k, end)
            c = _content(text, toks, a, b, cd, "according_to")
            if c:
                cue = Span.of(text, t.start, toks[m0 - 1].end)
                out.append(
                    _Found(nps, cue, " ".join(words), c[0], "according_to", None, sent)
                )
                i = k - 1
                break
        # trailing according-to: "..., aldus X."
        if low in cd.trailing and i > 0 and toks[i - 1].text == "," and i + 1 < n:
            nps = parse_np_list(text, toks, i + 1, end, language, generic=True)
            if nps:
                c = _trailing_content(
                    text, toks, s0, i - 1, cd, "according_to", earlier
                )
                if c:
                    _, medium, _ = _frame(
                        text, toks, nps[-1].last, end, None, language, cd
                    )
                    out.append(
                        _Found(nps, _span(text, t), low, c[0], c[1], medium, sent)
                    )
                    i = nps[-1].last
                    continue
        # colon without verb: 'X: "..."'
        if t.text == ":" and i > 0 and i + 1 < n and toks[i + 1].text in cd.open_quotes:
            nps = parse_np_list(text, toks, s0, i, language)
            if _is_clause_np(nps, s0, i):
                c = _quoted(text, toks, i + 1, n, cd)
                if c:
                    out.append(
                        _Found(
                            nps, _span(text, t), cd.colon_lemma, c, "direct", None, sent
                        )
                    )
        # verb cues
        for cue in cd.cues.get(low, ()):
            if not _match_words(toks, i, cue.words):
                continue
            f = _verb(text, toks, i, cue, sent, prev, earlier, s0, end, language, cd)
            if f is not None:
                if not cue.participle:  # "zeggen", "lieten": a plural subject
                    f = replace(f, plural=t.low.endswith(cd.plural_endings))
                out.append(f)
                break
        i += 1
    return _trim(text, out)


def _trim(text: str, found: list[_Found]) -> list[_Found]:
    """End a content before a trailing cue of the same sentence that reports it,
    and before a second cue of the same subject.

    In "A meldt dat C, zegt B." the content of A is C, not "C, zegt B"; in "A zegt
    dat C en verwacht dat D" it is C.
    """
    out = []
    for f in found:
        for g in found:
            if (
                g is not f
                and g.shared_at is not None
                and f.content.start < g.shared_at < f.content.end
            ):
                # "X zegt dat C1 en verwacht dat C2": C1 ends before "en verwacht"
                e = g.shared_at
                while e > f.content.start and text[e - 1].isspace():
                    e -= 1
                f = replace(f, content=Span.of(text, f.content.start, e))
                continue
            if g is f or g.content.end > g.cue.start:
                continue  # g is no trailing cue
            if (
                f.content.start < g.cue.start < f.content.end
                and g.content.end > f.content.start
            ):
                f = replace(f, content=Span.of(text, f.content.start, g.content.end))
        out.append(f)
    return out


def _span(text: str, t: Token) -> Span:
    return Span.of(text, t.start, t.end)


def _quoted(
    text: str, toks: tuple[Token, ...], q: int, n: int, cd: CueData
) -> Span | None:
    """The text inside the quotation opening at token ``q`` (to its close, or the sentence end)."""
    for k in range(q + 1, n):
        if toks[k].text in cd.close_quotes:
            e = k - 1
            while e > q and toks[e].text in (".", ","):
                e -= 1
            if e == q:
                return None
            return Span.of(text, toks[q + 1].start, toks[e].end)
    last = _content_end(toks)
    if last > q + 1:
        return Span.of(text, toks[q + 1].start, toks[last - 1].end)
    return None


def _trailing_content(
    text: str,
    toks: tuple[Token, ...],
    a: int,
    b: int,
    cd: CueData,
    indirect: str,
    earlier: _Earlier,
) -> tuple[Span, str] | None:
    """Content before a trailing cue: tokens ``[a, b)``.

    A stretch that ends in a closing quote is direct: from its opening quote, or,
    when the quote opened in an earlier sentence, from there (see :func:`_open_quote`).
    """
    if a >= b:
        return None
    if toks[b - 1].text in cd.close_quotes:
        inner_end = b - 2
        while inner_end > a and toks[inner_end].text in (",", "."):
            inner_end -= 1
        if toks[a].text in cd.open_quotes and inner_end > a:
            return Span.of(text, toks[a + 1].start, toks[inner_end].end), "direct"
        if (
            not any(t.text in cd.open_quotes for t in toks[a : b - 1])
            and inner_end >= a
        ):
            opened = _open_quote(text, earlier, cd)
            if opened is not None:
                return Span.of(text, opened, toks[inner_end].end), "direct"
    return _content(text, toks, a, b, cd, indirect)


def _open_quote(text: str, earlier: _Earlier, cd: CueData) -> int | None:
    """Offset after the opening quote of a quotation that began in one of the last
    five earlier sentences (given as their tokens) and has not closed since, or None."""
    for stoks in reversed(earlier[-5:]):
        if (
            len(stoks) > 1
            and stoks[0].text in cd.open_quotes
            and not any(t.text in cd.close_quotes for t in stoks[1:])
        ):
            return stoks[1].start
        if any(t.text in cd.open_quotes or t.text in cd.close_quotes for t in stoks):
            return None
    return None


def _verb(
    text: str,
    toks: tuple[Token, ...],
    i: int,
    cue: _Cue,
    sent: Span,
    prev: tuple[Token, ...] | None,
    earlier: _Earlier,
    s0: int,
    end: int,
    language: str,
    cd: CueData,
) -> _Found | None:
    lex = lexicon(language)
    n = len(toks)
    cue_span = _span(text, toks[i])
    after = i + len(cue.words)
    kind_default = "indirect"

    if cue.participle and i - s0 > 3:
        # trailing perfect: "C, heeft gedeputeerde X bekendgemaakt."
        k, medium, _ = _frame(text, toks, after, end, cue, language, cd)
        if k >= end:
            for a in range(i - 1, s0 + 1, -1):
                if toks[a].text in (",", ";", ":") or toks[a].text in cd.close_quotes:
                    break
                if toks[a].low in cd.auxiliaries and toks[a - 1].text == ",":
                    e = i
                    while e > a + 2 and toks[e - 1].low in cd.frame:
                        e -= 1
                    nps = _nps(text, toks, a + 1, e, language)
                    if _is_clause_np(nps, a + 1, e):
                        c = _trailing_content(
                            text, toks, s0, a - 1, cd, kind_default, earlier
                        )
                        if c:
                            return _Found(
                                nps, cue_span, cue.lemma, c[0], c[1], medium, sent
                            )
                    break

    # trailing: "C, zegt X." / '"C", verklaarde hij tegenover de pers.'
    # "C, zo meldt de politie.": an adverb between the comma and the cue
    zo = (
        i > s0 + 1
        and toks[i - 1].low in cd.trailing_adverbs
        and toks[i - 2].text == ","
    )
    comma = (i > s0 and toks[i - 1].text == ",") or zo
    comma_in_quote = (
        i > s0 + 1 and toks[i - 1].text in cd.close_quotes and toks[i - 2].text in ",?!"
    )
    if (comma or comma_in_quote) and not cue.participle:
        j, _, _ = _frame(text, toks, after, end, None, language, cd)
        nps = _nps(text, toks, j, end, language)
        if nps:
            k, medium, _ = _frame(text, toks, nps[-1].last, end, cue, language, cd)
            # '"A", zei hij, "B."' -- an interrupted quotation: the content is its first part;
            # any other rest without a clause or quote is adverbial ("zei hij na afloop")
            rest = toks[k:end]
            if (
                k >= end
                or (
                    toks[k].text == ","
                    and k + 1 < end
                    and toks[k + 1].text in cd.open_quotes
                )
                or not any(
                    r.low in cd.complementisers
                    or r.text in cd.open_quotes
                    or r.text in cd.close_quotes
                    for r in rest
                )
            ):
                bq = (i - 2 if zo else i - 1) if comma else i
                if comma_in_quote:
                    c = _trailing_content_inner(text, toks, s0, i - 1, cd, earlier)
                else:
                    c = _trailing_content(text, toks, s0, bq, cd, kind_default, earlier)
                if c:
                    return _Found(nps, cue_span, cue.lemma, c[0], c[1], medium, sent)
        if comma_in_quote:
            return None

    # left context: the subject before the cue (strip auxiliaries/object pronouns)
    left_end = i
    while left_end > s0 + 1 and (
        toks[left_end - 1].low in cd.auxiliaries
        or toks[left_end - 1].low in lex.object_pronouns
    ):
        left_end -= 1
    if left_end > s0 + 1 and toks[left_end - 1].text == ",":
        left_end -= 1  # "Volkert Dam, directeur van de haven, zegt"
        for b in range(left_end - 1, s0, -1):
            if toks[b].text == ",":
                if toks[b + 1].low in cd.relatives:
                    left_end = b  # "Een diplomaat, die anoniem wilde blijven, zegt"
                break
    while left_end > s0 + 1 and toks[left_end - 1].low in cd.frame:
        left_end -= 1  # "Het bedrijf zelf sprak ..."
    sources: tuple[NounPhrase, ...] = ()
    boundary: int | None = None
    shared_at: int | None = None
    anaphoric = False
    inverted = False
    left0 = s0
    while left0 < left_end - 1 and (
        toks[left0].low in cd.frame
        or (left0 == s0 and toks[left0].low in cd.coordinators)
    ):
        left0 += 1  # "Ook Duitsland zegt ...", "Maar hij zegt ..."
    if left_end > s0 and not all(t.low in cd.frame for t in toks[s0:left_end]):
        # (frame words alone are no subject: "Daarin schrijft hij ...")
        nps = _nps(text, toks, left0, left_end, language)
        if _is_clause_np(nps, left0, left_end):
            sources = nps
        else:
            # subordinate clause: the subject after the last complementiser/boundary
            for b in range(left_end - 1, s0 - 1, -1):
                w = toks[b].low
                if (
                    w in cd.complementisers
                    and b > s0
                    and toks[b - 1].cap
                    and toks[b + 1].cap
                    and not toks[b].cap
                ):
                    continue  # "London School of Hygiene": a word inside a name
                if (
                    w in cd.complementisers
                    or w in (",", ";", ":")
                    or toks[b].text in cd.open_quotes
                ):
                    a = b + 1
                    if w == "," and a < left_end - 1 and toks[a].low in cd.coordinators:
                        a += 1  # "X verwacht dat C1, maar Y waarschuwt dat C2"
                    nps = (
                        _nps(text, toks, a, left_end, language)
                        if toks[a].low not in cd.auxiliaries  # "Dat heeft X ..."
                        else ()
                    )
                    if _is_clause_np(nps, a, left_end):
                        sources = nps
                        boundary = b
                        if w == ",":
                            # a clause of its own: an earlier content of the sentence
                            # ends before the comma ("X schat A, Y spreekt van B")
                            shared_at = toks[b].start
                    break
    gap_medium: Span | None = None
    if not sources and cue.participle:
        # "X had de avond ervoor op zijn platform Y geschreven dat C": the subject
        # stands before the auxiliary, adverbials and a medium between it and the cue
        for a in range(i - 1, left0, -1):
            ta = toks[a]
            if (
                ta.text in (",", ";", ":")
                or ta.low in cd.complementisers
                or ta.text in cd.open_quotes
                or ta.text in cd.close_quotes
            ):
                break
            if ta.low in cd.auxiliaries:
                e = a
                while e > left0 + 1 and toks[e - 1].low in cd.frame:
                    e -= 1
                nps = _nps(text, toks, left0, e, language)
                if _is_clause_np(nps, left0, e):
                    sources = nps
                    for k in range(a + 1, i):
                        if toks[k].low in cd.medium_first:
                            m = _medium(text, toks, k, i, language, cd)
                            if m is not None:
                                gap_medium = Span.of(
                                    text, toks[k].start, toks[m - 1].end
                                )
                                break
                    break
    if (
        not sources
        and not cue.participle
        and i - 1 > left0
        and toks[i - 1].low in cd.coordinators
    ):
        # a second verb of the sentence's subject: "X noemde de norm Y en zei dat C",
        # "X is blij met het verbod, maar waarschuwt dat C"
        nps = _nps(text, toks, left0, i - 1, language)
        if nps and nps[0].first == left0 and nps[-1].last < i - 1:
            sources = nps
            shared_at = (
                toks[i - 2].start if toks[i - 2].text == "," else toks[i - 1].start
            )
    if not sources:
        # inversion: "Maandag zei de minister ...", "Dat heeft X bekendgemaakt"
        if cue.participle:
            # "Dat heeft X bekendgemaakt": the source sits between auxiliary and participle
            if (
                s0 + 2 < i
                and toks[s0].low in cd.anaphors
                and toks[s0 + 1].low in cd.auxiliaries
            ):
                e = i
                while e > s0 + 3 and toks[e - 1].low in cd.frame:
                    e -= 1  # "Dat heeft de wethouder dinsdag bekendgemaakt"
                nps = parse_np_list(text, toks, s0 + 2, e, language, generic=True)
                if _is_clause_np(nps, s0 + 2, e):
                    sources, anaphoric, inverted = nps, True, True
            if not sources:
                return None
        else:
            fronted = (
                toks[i - 1].text == "," and toks[s0].low in cd.frame_prepositions
            )  # "Op de vraag wanneer ..., antwoordt ze dat C"
            if (
                i == s0
                or (toks[i - 1].text in (",", ":") and not fronted)
                or toks[s0].low in cd.question_words
            ):
                return None
            if left_end - s0 == 1 and toks[s0].low in cd.anaphors:
                anaphoric = True
            elif (
                toks[s0].low in lex.determiners
                or (
                    toks[s0].cap
                    and toks[s0].low not in cd.frame
                    and toks[s0].low not in cd.time_prepositions
                    and toks[s0].low not in lex.not_names
                )
            ) and not all(
                t.low in cd.frame
                or t.low in cd.time_prepositions
                or t.low in lex.determiners
                for t in toks[s0:i]
            ):
                return None  # a left part that is neither subject nor adverbial
            j, _, _ = _frame(text, toks, after, end, None, language, cd)
            nps = _nps(text, toks, j, end, language)
            if not nps:
                return None
            if fronted:
                k, _, _ = _frame(text, toks, nps[-1].last, end, cue, language, cd)
                if k >= end or toks[k].low not in cd.complementisers:
                    return None
            sources, inverted = nps, True
    # content after the frame
    start = sources[-1].last if inverted and not cue.participle else after
    if cue.participle and inverted:
        start = after
    j, medium, particle = _frame(text, toks, start, end, cue, language, cd)
    medium = medium or gap_medium
    if not anaphoric and j < end and toks[j].low in cd.anaphors:
        # "Hij zei dat tegen De Telegraaf.": "dat" is the object, only adverbials and a
        # medium follow; the content is the previous sentence
        k, m2, p2 = _frame(text, toks, j + 1, end, cue, language, cd)
        if k >= end and j + 1 < end:
            # "maakte dat woensdag bekend": the particle follows the anaphor
            anaphoric, medium, particle = True, medium or m2, particle or p2
    if anaphoric:
        if prev is None or not cue.anaphoric:
            return None
        if cue.particle and not particle:
            return None
        ptoks = prev[_after_dateline(prev) :]
        pe = _content_end(ptoks)
        if pe == 0:
            return None
        c = _content(text, ptoks, 0, pe, cd)
        if c is None:
            return None
        return _Found(sources, cue_span, cue.lemma, c[0], c[1], medium, sent)
    if (
        boundary is not None
        and boundary > s0
        and not (cue.bare and particle and j < end)
        and not any(
            r.low in cd.complementisers
            or r.text in cd.open_quotes
            or r.text in cd.close_quotes
            for r in toks[j:end]
        )
    ):
        # "C, the police said." / '"C," he told reporters.' -- the source follows the
        # comma or the closing quote, and only adverbials follow the cue
        bt = toks[boundary].text
        b = boundary if bt == "," else boundary + 1 if bt in cd.close_quotes else None
        if b is not None:
            c = _trailing_content(text, toks, s0, b, cd, kind_default, earlier)
            if c is not None:
                return _Found(sources, cue_span, cue.lemma, c[0], c[1], medium, sent)
    if j >= end:
        return None
    if cue.particle and not particle:
        # the particle may follow an object: "kondigde de maatregel aan"
        if not cue.bare:
            return None
        if not any(_match_words(toks, k, cue.particle) for k in range(j, end)):
            return None
        c = _content(text, toks, j, _object_end(toks, j, end, cd), cd)
        return (
            _Found(sources, cue_span, cue.lemma, c[0], c[1], medium, sent, shared_at)
            if c
            else None
        )
    t = toks[j]
    if t.low in cd.complementisers:
        if sum(1 for r in toks[j + 1 : end] if r.text[0].isalnum()) < cd.min_clause:
            return None  # "Zorgbelang vindt dat onacceptabel": "dat" is the object
        c = _content(text, toks, j + 1, end, cd)
    elif cue.questions and t.low in cd.question_words:
        # "vraagt zich af waarom C": the question word is part of the content
        c = _content(text, toks, j, end, cd)
    elif t.text == ":":
        if j + 1 < n and toks[j + 1].text in cd.open_quotes:
            q = _quoted(text, toks, j + 1, n, cd)
            c = (q, "direct") if q else None
        else:
            c = _content(text, toks, j + 1, end, cd)
    elif t.text in cd.open_quotes:
        q = _quoted(text, toks, j, n, cd)
        c = (q, "direct") if q else None
    elif any(
        toks[k].low == cd.infinitive_marker
        and k + 1 < end
        and toks[k + 1].low.endswith(cd.infinitive_suffixes)
        for k in range(j, end)
    ) or (cd.bare_clause and end - j >= cd.min_bare_clause):
        c = _content(text, toks, j, end, cd)
    elif cue.bare:
        c = _content(text, toks, j, _object_end(toks, j, end, cd), cd)
    else:
        return None
    if c is None:
        return None
    return _Found(sources, cue_span, cue.lemma, c[0], c[1], medium, sent, shared_at)


def _object_end(toks: tuple[Token, ...], j: int, end: int, cd: CueData) -> int:
    """End of a plain object as content: before ", maar ..." / ", en ..." (a new clause)."""
    for k in range(j + 1, end - 1):
        if toks[k].text == "," and toks[k + 1].low in cd.coordinators:
            return k
    return end


def _trailing_content_inner(
    text: str,
    toks: tuple[Token, ...],
    a: int,
    close: int,
    cd: CueData,
    earlier: _Earlier,
) -> tuple[Span, str] | None:
    """'"Ga weg," zei hij' -- content between the quotes, without the comma before the close."""
    inner_end = close - 1
    while inner_end > a and toks[inner_end].text in (",", "."):
        inner_end -= 1
    if toks[a].text in cd.open_quotes and inner_end > a:
        return Span.of(text, toks[a + 1].start, toks[inner_end].end), "direct"
    opened = _open_quote(text, earlier, cd)
    if opened is not None:
        return Span.of(text, opened, toks[inner_end].end), "direct"
    return None
