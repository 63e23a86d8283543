"""The cue lists of ``lang/<code>/cues.toml`` in the shapes the constructions need.

Besides words, ``cues.toml`` says which word-order facts hold in the language
(``[syntax]``): the constructions that rely on one run only where it holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from claimtrack import lang
from claimtrack.mentions import tokenize


@dataclass(frozen=True, slots=True)
class Cue:
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
    # true: a cue only after its content ('"C", verzucht ze'), never "Ze verzucht dat"
    trailing_only: bool = False
    # true: an impersonal subject, the source after a preposition ('klinkt het bij X')
    impersonal: bool = False
    # true: a noun phrase after the cue is the addressee ("told Reuters the bridge ...")
    addressee: bool = False
    # true: a plain object is content only with a number or a quotation in it ("spreekt
    # over 31 doden", not "sprak over zijn jeugd")
    counted_object: bool = False
    # false: a te-infinitive is no content ("Defensie verwacht 20 keer in te zetten" is
    # a plan of the subject's own)
    infinitive: bool = True
    # true: a content only when a number opens it ("Organiser estimates 40,000 at ..."; "the
    # police estimate is smaller" is the noun)
    number_first: bool = False
    # a plain object is content only with one of these nouns in it ("dismissed claims
    # that C", "Tories dismiss spending claim"; not "dismissed the coach")
    object_nouns: frozenset[str] = frozenset()
    # nouns that make an object no content ("the floods claimed 31 lives", "claimed
    # responsibility for the blast": the verb reports nothing)
    not_objects: frozenset[str] = frozenset()
    # true (with trailing_only): also after an unquoted content ("C, ziet de wethouder")
    trailing_clause: bool = False


@dataclass(frozen=True, slots=True)
class CueData:
    """The cue lists of ``cues.toml`` in the shapes the matcher needs (lower case)."""

    cues: dict[str, tuple[Cue, ...]]  # first word -> candidates, longest first
    frame: frozenset[str]
    time_prepositions: frozenset[str]
    complementisers: frozenset[str]
    anaphors: frozenset[str]
    auxiliaries: frozenset[str]
    question_words: frozenset[str]
    coordinators: frozenset[str]
    relatives: frozenset[str]
    # words that open a subordinate clause whose subject may precede a cue
    # ("een toespraak waarin zij opriep om ...")
    subordinators: frozenset[str]
    # ", as they arrested 24" after a trailing cue: an adverbial clause, no content
    adverbial_clauses: frozenset[str]
    # endings of a participle after a trailing cue and a comma (", breaking a record")
    adverbial_participles: tuple[str, ...]
    # participles that open a fronted adverbial phrase ("Gevraagd naar X zei Y dat C")
    fronted_participles: frozenset[str]
    # participles that go on with the same source after a comma ("..., adding that C")
    continuations: frozenset[str]
    # prepositions of a phrase that may follow a source before its cue ("Officials in Gaza say")
    np_complements: frozenset[str]
    # nouns of documents: "according to a review" names no source ([according_to] documents)
    documents: frozenset[str]
    evidence_verbs: frozenset[str]  # [evidence]: "blijkt uit X"
    evidence_preposition: str
    evidence_lemma: str
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
    lead_nouns: frozenset[str]
    colon_not_sources: frozenset[str]
    colon_label_parts: tuple[str, ...]
    lead_adjectives: frozenset[str]
    copulas: frozenset[str]
    opinion_verbs: frozenset[str]
    open_quotes: frozenset[str]
    close_quotes: frozenset[str]
    single_quotes: frozenset[str]  # a single mark closes a single one, a double a double
    merged_quotes: frozenset[str]  # two-character marks cut in two by the tokenizer
    elisions: frozenset[str]  # "'s", "'t": an apostrophe that is no quote mark
    apostrophe: str
    sentence_ends: frozenset[str]  # marks that end a sentence (before a new quotation)
    merge_starts: frozenset[str]  # first characters of merged marks and the apostrophe
    medium_phrases: dict[
        str, tuple[tuple[str, ...], ...]
    ]  # first word -> phrases, longest first
    medium_first: frozenset[str]  # every word a medium phrase can start with
    medium_continuations: frozenset[str]
    medium_with_np: frozenset[str]
    medium_with_name: frozenset[str]
    medium_with_outlet: frozenset[str]  # "in" before a listed outlet only ("in De Morgen")
    # every lower-cased token that can start a cue, a marker or a colon quote
    triggers: frozenset[str]
    frame_prepositions: frozenset[str]
    # word order ([syntax]): a finite verb in second place, the subject after it when
    # something else comes first ("Maandag zei de minister"); a participle at the end
    # of its clause, its auxiliary earlier ("C, heeft X bekendgemaakt")
    impersonal: frozenset[str] = frozenset()
    passive_auxiliaries: frozenset[str] = frozenset()
    source_prepositions: frozenset[str] = frozenset()
    verb_second: bool = False
    participle_final: bool = False
    # "with police saying C": a preposition before the source of a participle cue
    participial_with: frozenset[str] = frozenset()
    # "identified by X": the agent of a passive, no object of a bare cue
    passive_agents: frozenset[str] = frozenset()
    # "what officials say could be C": a free relative before the subject of a cue
    free_relatives: frozenset[str] = frozenset()
    # '"C," X said based on early reports': a phrase after a trailing cue that says on what
    # the source speaks; no content
    basis_phrases: tuple[tuple[str, ...], ...] = ()
    # "a group called Fair Lanes said C": participles that name the noun before them
    naming_forms: frozenset[str] = frozenset()
    # "officials are saying C": -ing cue forms that are a verb only after an auxiliary
    progressive_forms: frozenset[str] = frozenset()
    # their cues, kept out of ``cues`` (where "saying" would end subjects and contents)
    progressive_cues: dict[str, tuple[Cue, ...]] = field(default_factory=dict)
    # "A panel led by X said", "The panel, headed by X, said": a participle phrase after the
    # source's noun that names who leads it; the noun before it is the source
    reduced_relatives: tuple[tuple[str, ...], ...] = ()
    # "Dat wil X benadrukken": a modal of will before a sentence-final infinitive cue
    anaphoric_modals: frozenset[str] = frozenset()
    negations: frozenset[str] = frozenset()  # "Dat wil X niet zeggen": a refusal, no report
    # first-person words: a quotation after a sentence about a named person is theirs
    first_person: frozenset[str] = frozenset()
    # any quote mark / sentence end mark in the text: a stretch of text without one holds
    # no such token (one search in C instead of a test per token)
    quote_re: re.Pattern[str] = re.compile("(?!)")
    sentence_end_re: re.Pattern[str] = re.compile("(?!)")
    # the marks :func:`~claimtrack.attribution.sentences_in.quote_marks` may merge (the
    # apostrophe and the merged quote marks), see :func:`holds_any`
    merge_marks: tuple[str, ...] = ()
    # the words and marks one of which follows a verb cue whose content follows it
    # (complementiser, anaphoric object, colon, opening quote, infinitive marker), and
    # the marks before the subject that end a content or open a parenthetical ("C,"
    # X said; "While ..., X said, C"): comma, closing quote; see
    # :func:`claimtrack.attribution.constructions.verbs.no_content`
    content_openers: frozenset[str] = frozenset()
    content_closers: frozenset[str] = frozenset()
    # [quoted_as]: "X quoted Y as saying C" (the verb forms, the link word, the lemma)
    # [syntax] object_before_particle: a counted object stands before its particle and
    # the number after it ("put the crowd at 4,000"; not "put at least 40 people in cells")
    object_before_particle: bool = False
    # "a statement from the group saying C": prepositions of a document's source
    document_from: frozenset[str] = frozenset()
    # cue forms that are nouns after a possessor ("Labour's claim that C", "hit back at
    # Labour claims that C", "Beijing's call for C"), and the possessive endings
    # [colon] place_labels: "Germany: Police arrest 10" -- a place before a headline's
    # colon is its topic, no speaker (unless a quotation follows)
    colon_place_labels: bool = False
    # [colon] trailing_marks: "Rates stay high - Central bank": the mark before a
    # headline's last phrase when that phrase is its speaker
    trailing_marks: frozenset[str] = frozenset()
    nominal_cues: frozenset[str] = frozenset()
    # [frame] noun_cue_modifiers: "the first call came in": a cue form after one is a noun
    noun_cue_modifiers: frozenset[str] = frozenset()
    possessive_endings: tuple[str, ...] = ()
    quoted_forms: frozenset[str] = frozenset()
    quoted_link: str = ""
    quoted_lemma: str = ""


def _marks(marks) -> re.Pattern[str]:
    """A pattern matching any of ``marks`` as written (longest first; never if none)."""
    alts = sorted(set(marks), key=lambda m: (-len(m), m))
    return re.compile("|".join(re.escape(m) for m in alts)) if alts else re.compile("(?!)")


def holds_any(text: str, marks: tuple[str, ...], a: int, b: int) -> bool:
    """Whether ``text[a:b]`` holds one of ``marks`` (``str.find`` with bounds: no copy, and
    faster than a regex alternation that stops at every comma)."""
    for m in marks:
        if text.find(m, a, b) >= 0:
            return True
    return False


def closes(cd: CueData, opening: str, mark: str) -> bool:
    """Whether ``mark`` closes a quotation opened with ``opening`` ("'in control'"
    inside "..." does not close it)."""
    return mark in cd.close_quotes and (opening in cd.single_quotes) == (mark in cd.single_quotes)


def words(s: str) -> tuple[str, ...]:
    return tuple(t.low for t in tokenize(s, 0, len(s)))


def _by_first(phrases) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        out.setdefault(p[0], []).append(p)
    return {k: tuple(v) for k, v in out.items()}


def _verb_cues(d: dict) -> dict[str, list[Cue]]:
    """The ``[verbs]`` of ``cues.toml`` by first word: finite forms, joined separable forms
    (where ``[syntax] separable_joined``) and participles."""
    cues: dict[str, list[Cue]] = {}
    for key, v in d["verbs"].items():
        lemma = v.get("lemma", key)
        particle = words(v["particle"]) if v.get("particle") else None
        variants = tuple(words(p) for p in v.get("particle_variants", []))
        bare = bool(v.get("bare", False))
        questions = bool(v.get("questions", False))
        anaphoric = bool(v.get("anaphoric", True))
        trailing_only = bool(v.get("trailing_only", False))
        flags = (
            questions, anaphoric, trailing_only, bool(v.get("impersonal", False)),
            bool(v.get("addressee", False)), bool(v.get("counted_object", False)),
            bool(v.get("infinitive", True)), bool(v.get("number_first", False)),
            frozenset(w.lower() for w in v.get("object_nouns", ())),
            frozenset(w.lower() for w in v.get("not_objects", ())),
            bool(v.get("trailing_clause", False)),
        )  # fmt: skip
        for f in v["forms"]:
            w = words(f)
            cues.setdefault(w[0], []).append(Cue(w, lemma, particle, variants, bare, False, *flags))
        if particle and len(particle) == 1 and d["syntax"]["separable_joined"]:
            # verb-final clauses write the particle joined: "waarin zij opriep" (not the
            # bare stem: "uitleg" and "aanvoer" are nouns)
            stem = min(v["forms"], key=len)
            for f in v["forms"]:
                if " " not in f and f != stem:
                    w = (particle[0] + f.lower(),)
                    cues.setdefault(w[0], []).append(Cue(w, lemma, None, (), bare, False, *flags))
        for f in v.get("participles", []):
            w = words(f)
            cues.setdefault(w[0], []).append(
                Cue(w, lemma, None, (), bare, True, *flags)
            )
    return cues


@cache
def cue_data(language: str) -> CueData:
    """The :class:`CueData` of a language, built once per process from ``cues.toml``.

    Raises:
        claimtrack.errors.UnsupportedLanguage: no data folder for ``language``.
    """
    d = lang.load(language, "cues")
    cues = _verb_cues(d)
    fr = d["frame"]
    at = d["according_to"]
    md = d["medium"]
    low = lambda xs: frozenset(x.lower() for x in xs)
    markers = _by_first(words(p) for p in at["markers"])
    sourceless = _by_first(words(p) for p in at["sourceless"])
    trailing = low(at["trailing"])
    qa = d.get("quoted_as", {})
    progressive = low(fr.get("progressive_forms", ()))
    return CueData(
        cues={
            k: tuple(sorted(v, key=lambda c: -len(c.words))) for k, v in cues.items() if k not in progressive
        },
        progressive_cues={k: tuple(v) for k, v in cues.items() if k in progressive},
        frame=low(fr["words"]),
        time_prepositions=low(fr["time_prepositions"]),
        complementisers=low(fr["complementisers"]),
        anaphors=low(fr["anaphors"]),
        auxiliaries=low(fr["auxiliaries"]),
        question_words=low(fr["question_words"]),
        coordinators=low(fr["coordinators"]),
        relatives=low(fr["relative_pronouns"]),
        subordinators=low(fr["subordinators"]),
        adverbial_clauses=low(fr.get("adverbial_clauses", ())),
        adverbial_participles=tuple(fr.get("adverbial_participles", ())),
        fronted_participles=low(fr.get("fronted_participles", ())),
        continuations=low(fr["continuations"]),
        np_complements=low(fr["np_complements"]),
        documents=low(at["documents"]),
        evidence_verbs=low(d.get("evidence", {}).get("forms", ())),
        evidence_preposition=d.get("evidence", {}).get("preposition", ""),
        evidence_lemma=d.get("evidence", {}).get("lemma", ""),
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
        lead_nouns=low(d["colon"]["lead_nouns"]),
        colon_not_sources=low(d["colon"]["not_sources"]),
        colon_label_parts=tuple(w.lower() for w in d["colon"].get("label_parts", ())),
        lead_adjectives=low(d["colon"]["lead_adjectives"]),
        copulas=low(d["colon"]["copulas"]),
        opinion_verbs=low(d["colon"].get("opinion_verbs", [])),
        open_quotes=frozenset(d["quotes"]["open"]),
        close_quotes=frozenset(d["quotes"]["close"]),
        single_quotes=frozenset(d["quotes"]["single"]),
        merged_quotes=frozenset(d["quotes"]["merged"]),
        elisions=frozenset(d["quotes"]["elisions"]),
        apostrophe=d["quotes"]["apostrophe"],
        sentence_ends=frozenset(d["quotes"]["sentence_ends"]),
        merge_starts=frozenset(m[0] for m in d["quotes"]["merged"]) | {d["quotes"]["apostrophe"]},
        medium_phrases=_by_first(
            sorted((words(p) for p in md["phrases"]), key=len, reverse=True)
        ),
        medium_first=frozenset(words(p)[0] for p in md["phrases"])
        | low(md["with_np"])
        | low(md["with_name"])
        | low(md.get("with_outlet", [])),
        medium_continuations=low(md["continuations"]),
        medium_with_np=low(md["with_np"]),
        medium_with_name=low(md["with_name"]),
        medium_with_outlet=low(md.get("with_outlet", [])),
        frame_prepositions=low(fr.get("frame_prepositions", [])),
        impersonal=low(fr["impersonal"]),
        passive_auxiliaries=low(d["syntax"]["passive_auxiliaries"]),
        source_prepositions=low(fr["source_prepositions"]),
        verb_second=bool(d["syntax"]["verb_second"]),
        participle_final=bool(d["syntax"]["participle_final"]),
        participial_with=low(fr.get("participial_with", ())),
        passive_agents=low(fr.get("passive_agents", ())),
        free_relatives=low(fr.get("free_relatives", ())),
        basis_phrases=tuple(tuple(p.lower().split()) for p in fr.get("basis_phrases", ())),
        naming_forms=low(fr.get("naming_forms", ())),
        progressive_forms=progressive,
        reduced_relatives=tuple(tuple(p.lower().split()) for p in fr.get("reduced_relatives", ())),
        anaphoric_modals=low(fr.get("anaphoric_modals", ())),
        negations=low(fr.get("negations", ())),
        first_person=low(fr.get("first_person", ())),
        triggers=low(d.get("evidence", {}).get("forms", ())) | frozenset(cues) | frozenset(markers) | frozenset(sourceless) | trailing | {":"}
        | low(qa.get("forms", ())) | frozenset(d["colon"].get("trailing_marks", ())),
        quote_re=_marks([*d["quotes"]["open"], *d["quotes"]["close"]]),
        sentence_end_re=_marks(d["quotes"]["sentence_ends"]),
        merge_marks=(d["quotes"]["apostrophe"], *sorted(d["quotes"]["merged"])),
        content_openers=low(fr["complementisers"]) | low(fr["anaphors"]) | low(d["quotes"]["open"])
        | {":", fr["infinitive_marker"].lower()},
        content_closers=frozenset(d["quotes"]["close"]) | {","},
        object_before_particle=bool(d["syntax"].get("object_before_particle", False)),
        document_from=low(fr.get("document_from", ())),
        nominal_cues=low(fr.get("nominal_cues", ())),
        noun_cue_modifiers=low(fr.get("noun_cue_modifiers", ())),
        colon_place_labels=bool(d["colon"].get("place_labels", False)),
        trailing_marks=frozenset(d["colon"].get("trailing_marks", ())),
        possessive_endings=tuple(fr.get("possessive_endings", ())),
        quoted_forms=low(qa.get("forms", ())),
        quoted_link=qa.get("link", "").lower(),
        quoted_lemma=qa.get("lemma", ""),
    )
