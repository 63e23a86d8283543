"""Attribution relations (source, cue, content), as annotated in PARC 3.0 and Citron.

Rule-based and driven by ``lang/<code>/cues.toml`` (cue verbs, particles, frame words,
according-to markers, media, word order) and ``lang/<code>/sources.toml`` (noun phrases,
names; see :mod:`claimtrack.mentions`). Separate steps:

1. **cues** (:mod:`.sentences_in`, :mod:`.data`): each sentence's tokens; the trigger
   words of ``cues.toml``;
2. **frames** (:mod:`.sentence`, :mod:`.constructions`): at each trigger the units of an
   ordered registry, one small module per construction, propose (source phrases, cue,
   content); verb cues run their own ordered units (:mod:`.constructions.verbs`);
   units over the whole article follow (continued quotes);
3. **link** and 4. **name** (:mod:`.link`): survey results and quoted first persons
   dropped, one statement per cue, source phrases named by the mentions Resolver, time;
5. **nest** (:mod:`.nest`): ``via``, with sorted spans and bisect.

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

from operator import attrgetter

from claimtrack.attribution.base import ArticleText, Found, Sentence, after_dateline
from claimtrack.attribution.constructions import ARTICLE_UNITS, units_at
from claimtrack.attribution.data import CueData, cue_data, holds_any, words
from claimtrack.attribution.link import drop_quoted_first_person, name_statements
from claimtrack.attribution.nest import nest
from claimtrack.attribution.sentence import read_sentence
from claimtrack.attribution.sentences_in import (
    quote_marks,
    sentence_tokens,
    split_at_quotes,
    stretch,
    tokens_from,
)
from claimtrack.mentions import Mention, Token, article_mentions, article_tokens, lexicon, title_case
from claimtrack.model import Article, Span, Statement
from claimtrack.timeref import SentenceTimes

__all__ = ["CueData", "cue_data", "find_statements"]

_CUE_START = attrgetter("cue.start")



def find_statements(
    text: str,
    article: Article,
    sentences: tuple[Span, ...],
    language: str,
    *,
    first_id: int = 0,
    tokens: tuple[tuple[Token, ...], ...] | None = None,
    mentions: tuple[Mention, ...] | None = None,
    times: SentenceTimes | None = None,
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
        times: the article's time expressions per sentence (the document layer's,
            shared with figures), if a caller has them.

    Returns:
        Statements in cue order; see the module docstring for each construction.
        Offsets are code points into ``text``, end-exclusive.

    Raises:
        claimtrack.errors.UnsupportedLanguage: no data for ``language``.
    """
    if not sentences:
        return ()
    cd = cue_data(language)
    # the article is cut into tokens once; each sentence takes its stretch of them
    if tokens is None:
        tokens = article_tokens(text, article)
    stoks = sentence_tokens(text, tokens, sentences)
    # the article's text is searched once for marks: splitting and the units reuse it
    lo, hi = stretch(sentences)
    if holds_any(text, cd.merge_marks, lo, hi):  # most articles hold no ",," nor "'"
        stoks = [quote_marks(text, t, cd) for t in stoks]
    quoted = cd.quote_re.search(text, lo, hi) is not None
    sentences, stoks = split_at_quotes(text, sentences, stoks, cd, quoted)
    found = _frames(text, article, sentences, stoks, language, cd, quoted, text.find(")", lo, hi) >= 0)
    if not found:
        return ()
    if mentions is None:
        mentions = article_mentions(text, article, language, tokens)
    stmts = name_statements(text, article, found, stoks, mentions, language, cd, first_id, times)
    return tuple(nest(stmts))


def _frames(
    text: str,
    article: Article,
    sentences: tuple[Span, ...],
    stoks: list[tuple[Token, ...]],
    language: str,
    cd: CueData,
    quoted: bool = True,
    paren: bool = True,
) -> list[Found]:
    """Steps 1-2: the frames of every sentence, then of the article; one per cue.
    ``quoted``: whether the article's text holds a quote mark; ``paren``: a ")" (which
    may close a dateline the segmenter left in a sentence)."""
    found: list[Found] = []
    table = units_at(cd)  # trigger and continuation words
    dl = article.dateline
    headline = article.headline
    lex = lexicon(language)
    last = len(sentences) - 1
    for idx, sent in enumerate(sentences):
        toks = stoks[idx]
        if dl is not None and sent.start <= dl.end <= sent.end:
            toks = tokens_from(toks, dl.end)
        if not toks:
            continue
        if paren and text.find(")", toks[0].start, toks[min(len(toks), 12) - 1].end) >= 0:
            toks = toks[after_dateline(toks) :]  # only where a ")" may close a dateline
            if not toks:
                continue
        # the indices of the tokens where a unit may start: a comprehension with t[1]
        # (Token.low) and ``in`` runs faster than compress/map with a method wrapper
        marks = [k for k, t in enumerate(toks) if t[1] in table]
        if not marks:
            continue  # no unit can start in this sentence (see read_sentence)
        in_headline = headline is not None and headline.contains(sent)
        if in_headline and lex.title_case and title_case(toks, 0, len(toks)):
            marks = _first_cue_only(toks, marks, cd)
        s = Sentence(
            text, toks, sent, stoks[idx - 1] if idx else None, stoks[max(0, idx - 5) : idx], language, cd,
            stoks[idx + 1] if idx < last else None, sentences[idx + 1] if idx < last else None,
            in_headline, marks, lex,
        )  # fmt: skip
        found.extend(read_sentence(s, table))
    polls = cd.poll_lemmas  # a survey result needs a poll lemma (see _poll)
    found = sorted((f for f in found if f.lemma not in polls or not _poll(f, cd)), key=_CUE_START)
    uniq: list[Found] = []
    for f in found:  # one statement per cue
        if not uniq or uniq[-1].cue.start != f.cue.start:
            uniq.append(f)
    uniq = drop_quoted_first_person(uniq, language)
    art = ArticleText(text, sentences, stoks, language, cd, quoted)
    more = [g for unit in ARTICLE_UNITS for g in unit(art, uniq)]
    if more:
        uniq = sorted(uniq + more, key=lambda f: (f.cue.start, f.content.start))
    return uniq


def _first_cue_only(toks: tuple[Token, ...], marks: list[int], cd: CueData) -> list[int]:
    """"Mayor Rejects Claim Budget Was Padded": a headline that capitalises every word has
    one verb of saying; a later cue word ("Claim") is part of its content, and the
    capitals no longer mark the words before it as a name ("Mayor Rejects")."""
    cues = [k for k in marks if toks[k].low in cd.cues]
    return [k for k in marks if k not in cues[1:]]


def _poll(f: Found, cd: CueData) -> bool:
    """"Twee derde van de ondervraagden vindt dat C": a survey result, no statement."""
    return f.lemma in cd.poll_lemmas and any(
        w in cd.poll_words for np in f.sources for w in words(np.span.text)
    )
