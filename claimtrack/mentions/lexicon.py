"""The word lists of ``lang/<code>/sources.toml`` in the shapes the noun-phrase parser needs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from claimtrack import lang
from claimtrack.mentions.tokens import tokenize

@dataclass(frozen=True, slots=True)
class Lexicon:
    """The word lists of ``sources.toml`` in the shapes the parser needs (all lower case)."""

    determiners: frozenset[str]
    pronouns: frozenset[str]
    unresolved_pronouns: frozenset[str]
    object_pronouns: frozenset[str]
    modifiers: frozenset[str]
    place_adjectives: frozenset[str]  # "Brussels" before a lower-case noun: a modifier
    particles: frozenset[str]
    roles: frozenset[str]
    ambiguous_roles: frozenset[str]  # also a plain plural ("schepen", ships): a role only before a name
    spokespersons: frozenset[str]
    organisations: frozenset[str]
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
    # both endings above: a word with neither (nor listed) is no modifier
    modifier_endings: tuple[str, ...]
    definite: frozenset[str]
    conjunctions: frozenset[str]
    # conjunctions that join coordinated sources ("A, B en C")
    coordinators: frozenset[str]
    # closed-class words that open no name when capitalised ("Vanuit", "My"): the
    # determiners, pronouns, prepositions and coordinators of the data
    function_words: frozenset[str]
    # titles and forms of address before a name ("Mr.", "mevrouw"), never in it
    honorifics: frozenset[str]
    # the role a title gives its person ("Sen. X" is a senator: "the senator" is X)
    honorific_roles: dict[str, str]
    # letters after a name that are no part of it ("Ann Dale MP", "Ravi Kent KC"), as written
    post_nominals: frozenset[str]
    # quote marks around a nickname inside a name ('Ramon "Bodoy" Lacsa')
    nickname_quotes: frozenset[str]
    # words after a name that are part of it and keep their period ("Ramon Lacsa Jr."), as written
    name_suffixes: frozenset[str]
    indefinite: frozenset[str]
    # phrases after a role that belong to it ("ter plaatse"), by first word
    role_complements: dict[str, tuple[tuple[str, ...], ...]]
    platforms: frozenset[str]
    always_plural: frozenset[str]
    # a name stands before its noun: "Gansu authorities" (English), not Dutch
    name_noun_compounds: bool
    # headlines may capitalise every word ("Earthquake Death Toll Rising Fast")
    title_case: bool
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
    # lower-case words inside an organisation's name ("Stop the Cuts Alliance")
    name_inner_words: frozenset[str] = frozenset()
    # lower-case words that go on with a name opened by a capitalised organisation noun
    # ("Institute for Fiscal Studies", "Committee to Protect Journalists")
    org_name_links: frozenset[str] = frozenset()
    # organisation nouns often named by a pair ("Waterschap Linge en Lek")
    paired_name_nouns: frozenset[str] = frozenset()
    # pronouns that stand for an organisation ("It said"): the last body before them
    organisation_pronouns: frozenset[str] = frozenset()
    # bodies named by a plural noun ("authorities"): antecedents of "they"
    plural_organisations: frozenset[str] = frozenset()
    # compounds on an organisation noun that name none ("schietpartij" is no party)
    not_organisation_compounds: frozenset[str] = frozenset()
    # "Een van hen is boer Piet Smit.": a person presented after one of these copulas at
    # the end of a sentence is its topic, as a subject is (pronouns after it refer to him)
    presentational_copulas: frozenset[str] = frozenset()
    # "Ook Jan Smit sprak.": a focus adverb opening the sentence before its subject
    focus_adverbs: frozenset[str] = frozenset()
    # endings of an age word that heads or opens a person's noun phrase ("the 34-year-old",
    # "a 61-year-old man")
    age_word_endings: tuple[str, ...] = ()
    # news agencies (page.toml ``agencies``) and outlets (``outlets``): they report, they
    # employ no spokesperson the text leaves unnamed
    media: frozenset[str] = frozenset()
    # listed outlets (``outlets``) and the general nouns that refer back to them ("de krant")
    outlets: frozenset[str] = frozenset()
    outlet_nouns: frozenset[str] = frozenset()
    # prepositions of a role's workplace ("hoofd noodhulp bij het Rode Kruis X"): read
    # only where the person's name follows the body
    workplace_prepositions: frozenset[str] = frozenset()


class WordTable(dict):
    """A token's text -> a judgement from language data (:meth:`judge`), made when the text
    is first met. Bounded like ``word_class``'s cache; one table per kind and language
    (:meth:`of`). Nothing in it depends on a document: it is language data, filled lazily."""

    __slots__ = ("lex",)

    def __init__(self, lex: Lexicon) -> None:
        super().__init__()
        self.lex = lex

    def judge(self, text: str) -> bool:
        raise NotImplementedError

    def __missing__(self, text: str) -> bool:
        if len(self) > 1 << 16:
            self.clear()
        found = self[text] = self.judge(text)
        return found

    def __init_subclass__(cls) -> None:
        cls._tables: dict[str, WordTable] = {}  # one table per language

    @classmethod
    def of(cls, lex: Lexicon) -> WordTable:
        """This kind's table for ``lex``'s language (a new one when ``lex`` was replaced)."""
        got = cls._tables.get(lex.language)
        if got is None or got.lex is not lex:
            got = cls._tables[lex.language] = cls(lex)
        return got


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
    roles = low(d["roles"])
    orgs = low(d["organisations"])
    return Lexicon(
        determiners=low(d["determiners"]),
        pronouns=low(d["pronouns"]),
        unresolved_pronouns=low(d["unresolved_pronouns"]),
        object_pronouns=low(d["object_pronouns"]),
        modifiers=low(d["modifiers"]),
        place_adjectives=low(d.get("place_adjectives", [])),
        ambiguous_roles=low(d.get("ambiguous_roles", [])),
        particles=low(d["name_particles"]),
        roles=roles,
        spokespersons=low(d["spokespersons"]),
        organisations=orgs,
        gazetteer=_gazetteer(d, lang.load(language, "page").get("agencies", [])),
        media=low(lang.load(language, "page").get("agencies", []) + d.get("outlets", [])),
        outlets=low(d.get("outlets", [])),
        outlet_nouns=low(d.get("outlet_nouns", [])),
        demonyms=frozenset(f.lower() for forms in d["places"].values() for f in forms),
        not_names=low(d["not_names"]["words"]),
        place_prepositions=low(d["place_prepositions"]),
        anaphoric_organisations=low(d["anaphoric_organisations"]),
        definite=low(d["definite_determiners"]),
        demonym_suffixes=tuple(d["demonym_suffixes"]),
        portfolios=_phrases(d["portfolios"]),
        place_nouns=tuple(d["place_nouns"]),
        complement=low(d["complement_prepositions"]),
        adjective_suffixes=tuple(d["adjective_suffixes"]),
        modifier_endings=tuple(d["adjective_suffixes"]) + tuple(d["demonym_suffixes"]),
        conjunctions=low(d["conjunctions"]),
        coordinators=low(d["coordinators"]),
        function_words=_function_words(d),
        honorifics=low(d["honorifics"]),
        honorific_roles={k.lower(): v.lower() for k, v in d.get("honorific_roles", {}).items()},
        post_nominals=frozenset(d.get("post_nominals", ())),
        nickname_quotes=frozenset(d.get("nickname_quotes", ())),
        name_suffixes=frozenset(d.get("name_suffixes", ())),
        indefinite=low(d["indefinite_determiners"]),
        role_complements=_phrases(d["role_complements"]),
        platforms=low(d["platforms"]),
        always_plural=low(d["always_plural_pronouns"]),
        name_noun_compounds=bool(d["name_noun_compounds"]),
        title_case=bool(d["title_case_headlines"]),
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
        name_inner_words=low(d.get("name_inner_words", [])),
        org_name_links=low(d.get("org_name_links", [])),
        paired_name_nouns=low(d.get("paired_name_nouns", [])),
        age_word_endings=tuple(w.lower() for w in d.get("age_word_endings", [])),
        organisation_pronouns=low(d.get("organisation_pronouns", [])),
        plural_organisations=low(d.get("plural_organisations", [])),
        not_organisation_compounds=low(d.get("not_organisation_compounds", [])),
        presentational_copulas=low(d.get("presentational_copulas", [])),
        focus_adverbs=low(d.get("focus_adverbs", [])),
        workplace_prepositions=low(d.get("workplace_prepositions", [])),
    )


def _function_words(d: dict) -> frozenset[str]:
    """The closed-class words of the data (determiners, pronouns, prepositions,
    coordinators) but the name particles ("van", "de"), lower case."""
    keys = (
        "determiners", "pronouns", "object_pronouns", "place_prepositions", "origin_prepositions",
        "agent_prepositions", "location_prepositions", "complement_prepositions", "coordinators",
    )  # fmt: skip
    particles = {w.lower() for w in d["name_particles"]}
    return frozenset(w.lower() for k in keys for w in d[k]) - particles


def _gazetteer(
    d: dict, agencies: list[str]
) -> dict[str, tuple[tuple[tuple[str, ...], str, str], ...]]:
    """Listed places (GPE), organisations, news outlets and the news agencies of
    ``page.toml`` (ORG: "Xinhua said" is an agency, not a person): first lower-cased word ->
    ((words...), canonical, type), longest first."""
    gaz: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
    # an acronym is an organisation by its shape; listed, it would cut "RTL Nieuws" short
    orgs = d["known_organisations"] + d.get("outlets", []) + [a for a in agencies if not a.isupper()]
    orgs = list(dict.fromkeys(orgs))
    names = [(p, "GPE") for p in d["places"]] + [(o, "ORG") for o in orgs]
    for name, typ in names:
        words = tuple(t.low for t in tokenize(name, 0, len(name)))
        gaz.setdefault(words[0], []).append((words, name, typ))
    return {k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in gaz.items()}


def suffix_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """A regex matching a word that ends in one of ``words`` (4+ letters) after 3+ characters:
    the definition :func:`_compound` answers by set lookups (tests compare the two)."""
    alts = "|".join(
        re.escape(w)
        for w in sorted((w for w in words if len(w) >= 4), key=len, reverse=True)
    )
    return re.compile(rf"(?s).{{3,}}?-?({alts})")


@lru_cache(maxsize=1 << 16)
def word_class(word: str, language: str) -> tuple[str | None, str | None]:
    """``(role, organisation)`` a lower-cased word is or ends in (either may be None); cached."""
    lex = lexicon(language)
    role = _compound(word, lex.roles)
    return role, (None if role or word in lex.not_organisation_compounds else _compound(word, lex.organisations))


def _compound(word: str, exact: frozenset[str]) -> str | None:
    """``word`` itself if listed, else the listed word it ends in ("legerleider" -> "leider")."""
    if word in exact:
        return word
    # what ``suffix_pattern(exact).fullmatch(word).group(1)`` gives, by set lookups:
    # the longest end, after 3 characters or more, that is a listed word of 4+ letters (the
    # pattern tried every listed word at every start; its optional hyphen changes nothing,
    # "." takes a hyphen too); a new word costs a few lookups instead of ~5 us
    for p in range(3, len(word) - 3):
        if word[p:] in exact:
            return word[p:]
    return None

