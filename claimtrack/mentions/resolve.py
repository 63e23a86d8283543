"""Canonical names and types of noun phrases: :class:`Resolver`.

Naming rules (the output contract's ``name``):

* A phrase with a name is named by the name alone: "De Oekraïense president
  Volodymyr Zelensky" -> "Volodymyr Zelensky" (PER); "mensenrechtenorganisatie
  Hengaw" -> "Hengaw" (ORG); "de Verenigde Staten" -> "Verenigde Staten" (GPE).
* A single name that is the last word of a longer person name in the same
  article is that person: "Zelensky" -> "Volodymyr Zelensky"; so is a first name
  that opens exactly one full name and is no surname there ("zegt Jannie" ->
  "Jannie Boerma").
* A single capitalised organisation noun that opens or ends a longer organisation
  name in the article is that organisation: "de Commissie" -> "Europese Commissie",
  "de Inspectie" -> "Inspectie voor de Gezondheidszorg".
* After two names, "van" + a word with an inner capital ("GroenLinks-PvdA",
  "KplusV") opens a complement, not a surname: "Joost Hagens". So does "van" + a
  single name the article also uses on its own ("reizigersorganisatie Rover ...
  Freek Bos van Rover" -> "Freek Bos"), see :meth:`Resolver.canonical`.
* A role without a name ("de Oekraïense president", "de president") takes the
  name of the person in the article with the same role (and the same modifiers,
  when given): the last one before it, else the first after it. With none it is
  named by its words without the determiner ("Oekraïense president").
* A plural pronoun with a plural verb ("Ze vertellen") may also take a couple
  sharing a surname, two person names joined by a conjunction ("Kees en Jannie
  Boerma"), when it is the latest plural antecedent.
* "they" (``always_plural_pronouns``) is plural whatever its verb: with no plural
  antecedent before it, it keeps its word and never takes a single person.
* A title whose complement is a capitalised role with a name is that person
  ("Commissaris van de Koning Jan Bosker" -> "Jan Bosker").
* A pronoun ("hij", "zij", "ze", "volgens haar") takes the name of the last person
  before it in the article that was a *source* or opened a sentence (subjects are
  the likeliest antecedents: "Huisarts Koen Smit ziet het anders. Hij zegt ..."),
  else of the last person mention before it; gender is not checked. A plural
  pronoun with a plural verb ("Zij zeggen") takes the last source with a plural
  verb or several conjuncts.
* A body named by its area (``territorial_organisations``: "de veiligheidsregio
  Midden- en West-Brabant") keeps its noun in the name.
* A group of experts of a named body (``group_roles``: "onderzoekers van de
  Universiteit Leiden", "analisten van zakenbank Orion") is that body (ORG).
* An organisation noun whose ``van`` complement is a named organisation is that
  organisation ("de raad van bestuur van ziekenhuis Zonnehof" -> "Zonnehof"); so is an
  unlisted noun with a named complement ("de exitpoll van Ipsos" -> "Ipsos").
* An organisation noun with a listed place is named by both: "de politie Den Haag"
  -> "politie Den Haag" (ORG), and a later "de politie" takes that name.
* No invented names: a name is made of words that stand in the text for the source.
  "AMSTERDAM (ANP) - ..., meldt de gemeente." is "gemeente", not "gemeente
  Amsterdam"; titles and forms of address ("Mr.", "Gov.", "mevrouw") are never part
  of a name ("Mr Dent" after "Oliver Dent" is "Oliver Dent"); a capitalised role inside
  a run of names ends the title ("Harbor City Mayor Jane Olsen" -> "Jane Olsen"); a
  single capitalised word after an indefinite article is a noun ("Maria Lopez, a
  Democrat from Ohio" -> "Maria Lopez").
* A minister's portfolio (``portfolios``: "minister van Financiën Eva Lindeman")
  is the role's complement, not part of the name: "Eva Lindeman".
* A spokesperson ("een woordvoerder van de politie", "de woordvoerder") is
  attributed to the organisation it speaks for: its ``van`` complement, else the
  most recent organisation before it that was a source or opened a sentence (an
  unnamed "het bedrijf" there stands for the last named organisation with a fitting
  noun: "Het bedrijf schrapt ..., aldus een woordvoerster"), else
  the last organisation named that is no news medium (page.toml ``agencies``: "X told
  CNN. A spokesman said" is no CNN spokesman); type ORG. "Een medewerker van X in Y": the person's
  place after the body is where they work, not part of the body. With no organisation in sight it stays a
  person named by the role ("woordvoerder"). A later "hij" may refer to the
  spokesperson and then gets the organisation too.
* An organisation noun without a name ("Vakbond zegt ..."; "de vakbond") takes the
  name of a mention with the same noun and a name in the article ("vakbond FNV").
* A definite general organisation noun ("het bedrijf", ``anaphoric_organisations``)
  takes the name of the last organisation before it with the same noun ("een
  chemiebedrijf ... het bedrijf" -> "chemiebedrijf"), else of the last one named.
* A capitalised organisation noun is a name: "de Nederlandse Zorgautoriteit" ->
  "Nederlandse Zorgautoriteit" (ORG).
* Any other organisation noun without a name is named by its words without the
  determiner: "het ministerie van Buitenlandse Zaken" -> "ministerie van
  Buitenlandse Zaken", "de politie" -> "politie".
* Types: PER for persons and roles, ORG for organisations, acronyms (NASA),
  known organisations and names ending in an organisation noun ("Europese Centrale
  Bank"), GPE for places in the place list and for an unknown single name after a
  place preposition ("bij Velenje") or a place noun ("de grensstad Kessel"), OTHER
  for any other noun phrase ("de buurt"). Words with digits ("A12") are no names.
* A role or organisation noun that opens a sentence without article ("Minister
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterable, Iterator
from operator import attrgetter
from typing import Any, NamedTuple

from claimtrack.mentions.find import Mention, canonical_place, is_named
from claimtrack.mentions.lexicon import lexicon, word_class
from claimtrack.mentions.phrase import (
    _PORTFOLIO,
    NounPhrase,
    _complement_name,
    _phrase_at,
    _surface_type,
    bare_name,
    is_plural_role,
)
from claimtrack.mentions.tokens import tokenize


class _lazy:  # noqa: N801 - used as a decorator, like functools.cached_property
    """A value computed on first use and kept in the instance (functools.cached_property
    without its lock: a Resolver is never shared between threads)."""

    def __init__(self, fn: Callable) -> None:
        self.fn = fn
        self.name = fn.__name__
        self.__doc__ = fn.__doc__

    def __get__(self, obj: object, cls: type | None = None) -> Any:
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)
        return value


_start = attrgetter("span.start")  # a mention's offset (a C call in sort and bisect)


class _ByPosition:
    """Mentions (or other items with a start offset) in text order, for "the last one
    before offset ``pos``" by bisection instead of a scan."""

    __slots__ = ("items",)

    def __init__(self, items: Iterable[Mention], *, ordered: bool = False) -> None:
        """``ordered``: the items come sorted already (a filtered sorted index): kept as given."""
        self.items = list(items) if ordered else sorted(items, key=_start)

    def last_before(self, pos: int) -> Mention | None:
        k = bisect_left(self.items, pos, key=_start)
        return self.items[k - 1] if k else None

    def before(self, pos: int) -> Iterator[Mention]:
        """The items before ``pos``, nearest first."""
        for k in range(bisect_left(self.items, pos, key=_start) - 1, -1, -1):
            yield self.items[k]

    def first(self) -> Mention | None:
        return self.items[0] if self.items else None


_EMPTY = _ByPosition((), ordered=True)  # the index of an empty pool (shared: never changed)


class _Source(NamedTuple):
    pos: int
    name: str
    type: str
    person: bool
    plural: bool | None


class Resolver:
    """Canonical names and types for noun phrases of one article (see the module rules).

    Build it with the article's named mentions (and its dateline place, canonical,
    if any); call :meth:`note_source` for each source found, so that later pronouns
    and spokespersons can find them, and :meth:`name` for each phrase. Every lookup
    goes by position (sorted spans and bisection): a phrase's name depends on the
    mentions and noted sources before it, not on the order of the calls.
    Not shared between threads or articles (it keeps the sources noted so far).
    """

    def __init__(
        self,
        text: str,
        mentions: tuple[Mention, ...],
        language: str,
        *,
        place: str | None = None,
        dateline_place: str | None = None,
        exclude: tuple[int, int] | None = None,
        groups: tuple[NounPhrase, ...] = (),
    ) -> None:
        self.text = text
        self._dateline_place = dateline_place
        self._given = mentions
        self._exclude = exclude
        # plural role phrases opening a sentence ("Buurtbewoners zijn opgelucht."):
        # antecedents of a plural pronoun with a plural verb ("Zij zeggen ...")
        self.groups = groups
        if place is not None or dateline_place is None:
            self.place = place  # the article's dateline place, canonical ("Den Haag")
        self.language = language
        self._lex = lexicon(language)
        # sources noted so far, by position; and their positions
        self.sources: list[_Source] = []
        self._source_starts: list[int] = []
        self._noted: set[int] = set()
        # (offset, name) of spokespersons for a person ("een woordvoerder van Smal"), for a
        # later "de woordvoerder"
        self._person_spokespersons: list[tuple[int, str]] = []
        self._cache: dict[tuple[str, ...], _ByPosition] = {}
        # the name tables and indexes below are built on first use (_lazy):
        # most articles name a few sources and need one or two of them

    @_lazy
    def place(self) -> str | None:
        """The dateline place as written ("DEN HAAG"), canonical ("Den Haag") when asked."""
        return canonical_place(self._dateline_place, self.language) if self._dateline_place else None

    @_lazy
    def mentions(self) -> tuple[Mention, ...]:
        """The mentions given, without those inside ``exclude`` (a dateline: "KOERSK
        (ANP) - ": agencies are no antecedents), in the order given."""
        if self._exclude is None:
            return self._given
        a, b = self._exclude
        return tuple([m for m in self._given if m.span.end <= a or m.span.start >= b])

    @_lazy
    def _all(self) -> _ByPosition:
        """Every mention by position: the other indexes are filtered from it (no sort each)."""
        return _ByPosition(self.mentions)

    @_lazy
    def couples(self) -> list[tuple[int, str]]:
        return self._couples(self.text, self.mentions)

    @_lazy
    def _couple_starts(self) -> list[int]:
        return [p for p, _ in self.couples]

    @_lazy
    def _single(self) -> frozenset[str]:
        """Single-word names of the article ("reizigersorganisatie Rover", "bij Ameland"):
        after two names, "van" + one of them is an affiliation, not a surname. A word
        right after a capitalised particle ("zegt Van Dalen") is a surname, not one."""
        return frozenset(
            m.name for m in self.mentions if " " not in m.name and not self._after_particle(m.span.start)
        )

    def _after_particle(self, pos: int) -> bool:
        """Whether the word before ``pos`` is a capitalised surname particle ("Van", "De");
        a lower-case one may open an affiliation ("Bos van Rover")."""
        words = self.text[max(0, pos - 12) : pos].split()
        return (
            self.text[pos - 1 : pos] == " " and bool(words) and words[-1][:1].isupper()
            and words[-1].lower() in self._lex.particles
        )  # fmt: skip

    @_lazy
    def _initialled(self) -> frozenset[str]:
        return frozenset(m.name for m in self.mentions if m.name.endswith("."))

    @_lazy
    def full(self) -> dict[str, str]:
        return self._full_names(self.mentions)

    @_lazy
    def org_full(self) -> dict[str, str]:
        return self._org_full_names(self.mentions)

    @_lazy
    def confirmed(self) -> set[str]:
        """Single names seen where no sentence opens ("Boeken zijn ..." is no person)."""
        return {m.name for m in self.mentions if not m.initial}

    @_lazy
    def _persons(self) -> _ByPosition:
        """Persons; a single word opening a sentence only when confirmed (as in entities)."""
        return _ByPosition(
            (m for m in self._all.items
             if m.type == "PER" and (not m.initial or m.name in self.full or m.name in self.confirmed)),
            ordered=True,
        )  # fmt: skip

    @_lazy
    def _orgs(self) -> _ByPosition:
        return _ByPosition((m for m in self._all.items if m.type == "ORG"), ordered=True)

    @_lazy
    def _org_names(self) -> frozenset[str]:
        """One-word names the article gives an organisation ("vervoerder Zuidlijn") or
        uses as one: a spokesperson's body (:meth:`_spoken_for`)."""
        return frozenset(m.name for m in self._orgs.items if " " not in m.name) | self._spoken_for

    @_lazy
    def _spoken_for(self) -> frozenset[str]:
        """One-word names a spokesperson speaks for ("een woordvoerder van Zuidlijn", "een
        Zuidlijn-woordvoerder"): a body, though never introduced by an organisation noun;
        not the surname of a person named in full ("een woordvoerder van Smal")."""
        roles, of = self._lex.spokespersons, self._lex.complement
        out: set[str] = set()
        for m in self.mentions:
            if m.type != "PER" or " " in m.name or m.name in self.full or m.name in out:
                continue
            before = self.text[max(0, m.span.start - 40) : m.span.start].lower().split()[-2:]
            if len(before) == 2 and before[0] in roles and before[1] in of:
                out.add(m.name)
                continue
            k = self.text.find(m.name + "-")
            while k >= 0 and m.name not in out:
                after = self.text[k + len(m.name) + 1 :].split(maxsplit=1)
                if after and after[0].lower().rstrip(".,:;") in roles and (k == 0 or not self.text[k - 1].isalnum()):
                    out.add(m.name)
                k = self.text.find(m.name + "-", k + 1)
        return frozenset(out)

    @_lazy
    def _named_bodies(self) -> _ByPosition:
        """Named mentions with an organisation noun ("vakbond FNV"), for :meth:`_named_body`."""
        return _ByPosition([m for m in self._all.items if m.org and is_named(m.name) and self._sure(m)], ordered=True)

    @_lazy
    def _org_subjects(self) -> _ByPosition:
        return _ByPosition((m for m in self._orgs.items if m.subject), ordered=True)

    @_lazy
    def _person_subjects(self) -> _ByPosition:
        return _ByPosition((m for m in self._persons.items if m.subject), ordered=True)

    def _couples(self, text: str, mentions: tuple[Mention, ...]) -> list[tuple[int, str]]:
        """Couples sharing a surname ("Jelle en Marit Hoekstra"): (offset, name), the
        antecedents of a plural pronoun with a plural verb ("Ze vertellen")."""
        out: list[tuple[int, str]] = []
        for m1, m2 in zip(mentions, mentions[1:]):
            between = text[m1.span.end : m2.span.start].strip()
            if (
                m1.type == "PER"
                and m2.type == "PER"
                and " " not in m1.name
                and " " in m2.name
                and between.lower() in self._lex.conjunctions
            ):
                out.append((m1.span.start, f"{m1.name} {between} {m2.name}"))
        return sorted(out, key=lambda c: c[0])

    def _full_names(self, mentions: tuple[Mention, ...]) -> dict[str, str]:
        """Surname -> full name; and a first name alone ("zegt Jannie") -> the one full
        name it opens, if only one."""
        full: dict[str, str] = {}
        firsts: dict[str, set[str]] = {}
        for m in mentions:
            if m.type == "PER" and " " in m.name and not m.initial:
                name = self._person(m.name)
                words = name.split()
                full.setdefault(words[-1], name)
                firsts.setdefault(words[0], set()).add(name)
                k = len(words) - 1
                while k > 1 and words[k - 1].lower() in self._lex.particles:
                    k -= 1
                if k < len(words) - 1:  # "Geert Van Hoorde": "Van Hoorde" alone, any case
                    full.setdefault(" ".join(words[k:]).lower(), name)
        for first, names in firsts.items():
            if len(names) == 1 and first not in full:
                full[first] = next(iter(names))
        return full

    def _org_full_names(self, mentions: tuple[Mention, ...]) -> dict[str, str]:
        """Organisation noun -> the organisation whose name opens or ends in it: a later
        "de Commissie" is "Europese Commissie", "de Inspectie" is "Inspectie voor de
        Gezondheidszorg"."""
        out: dict[str, str] = {}
        for m in mentions:
            if m.type == "ORG" and " " in m.name:
                words = m.name.split()
                for w in {words[0].lower(), words[-1].lower()}:
                    if word_class(w, self.language)[1] == w:
                        out.setdefault(w, m.name)
        return out

    def _index(
        self, key: tuple[str, ...], test: Callable[[Mention], bool], within: _ByPosition | None = None
    ) -> _ByPosition:
        """The mentions passing ``test``, indexed once per ``key``; only those of
        ``within`` (an index already made) when given, not every mention again."""
        found = self._cache.get(key)
        if found is None:
            pool = (self._all if within is None else within).items
            # most articles have no mention a rule looks for: no filter, no new index
            found = self._cache[key] = _ByPosition(filter(test, pool), ordered=True) if pool else _EMPTY
        return found

    def canonical(self, name: str, typ: str) -> str:
        """A person's full name for a bare surname seen in the article; else ``name``
        (a person's name without a ``van`` affiliation, see :meth:`_person`)."""
        if typ == "PER":
            if " " not in name:
                return self.full.get(name, name)
            if all(w.lower() in self._lex.particles for w in name.split()[:-1]):
                return self.full.get(name.lower(), name)  # "zegt Van Hoorde", "zegt De Vries"
            if name + "." in self._initialled:
                return name + "."  # "zegt Dennis K." at a sentence end lost its period
            return self._person(name)
        return name

    def _person(self, name: str) -> str:
        """``name`` without a trailing affiliation: after two names, a complement
        preposition ("van") before a name that the article also uses on its own is no
        surname particle ("Freek Bos van Rover" after "reizigersorganisatie Rover",
        "Rienk Hiemstra van Ameland" after "bij Ameland"); "Peter Hein van Mulligen"
        stays whole. Names are split on spaces; returns a prefix of ``name``."""
        words = name.split()
        for k in range(2, len(words) - 1):
            if words[k].lower() in self._lex.complement:
                tail = words[k + 1 :]
                while tail and tail[0].lower() in self._lex.particles:
                    tail = tail[1:]
                if len(tail) == 1 and tail[0] in self._single:
                    return " ".join(words[:k])
                break
        return name

    def _place(self, name: str) -> bool:
        """Whether a name is the dateline's place or a listed place ("chemiebedrijf
        Moerdijk" in a headline names where the company is, not the company)."""
        if self.place and name.lower() == self.place.lower():
            return True
        return any(
            typ == "GPE" and canon == name
            for _, canon, typ in self._lex.gazetteer.get(name.split()[0].lower(), ())
        )

    def _organisation(self, name: str) -> bool:
        """Whether a named organisation may be what a general noun refers back to: any
        but a platform people write on ("schrijft op X ... De vakbond" is no X)."""
        return name.lower() not in self._lex.platforms

    def _head(self, m: Mention) -> str | None:
        """The organisation noun of a mention: its own ("vakbond" in "vakbond FNV"), else
        the one its name ends in ("vereniging" in "Landelijke Huisartsen Vereniging")."""
        if m.org:
            return m.org
        return word_class(m.name.rsplit(" ", 1)[-1].lower(), self.language)[1]

    def is_spokesperson(self, np: NounPhrase) -> bool:
        """Whether the phrase is headed by a spokesperson role ("woordvoerder")."""
        return np.role is not None and np.role in self._lex.spokespersons

    def is_plural(self, np: NounPhrase) -> bool:
        """Whether a phrase is a plural role without a name (see :func:`is_plural_role`)
        or a body named by a plural noun ("Regional authorities")."""
        return is_plural_role(np, self._lex) or (
            np.org in self._lex.plural_organisations and not np.name_text and np.of is None
        )

    def note_source(
        self, np: NounPhrase, name: str, typ: str, *, plural: bool | None = None
    ) -> None:
        """Record a resolved source (for later pronouns). A spokesperson is a person
        that a pronoun may refer to, though it is named by its organisation.
        ``plural``: the number of the source's verb (None if unknown)."""
        person = typ == "PER" or self.is_spokesperson(np)
        if self.is_plural(np):
            plural = True  # "volgens lokale artsen", "Residents say": a plural role is plural
        pos = np.span.start
        k = bisect_right(self._source_starts, pos)
        self._source_starts.insert(k, pos)
        self.sources.insert(k, _Source(pos, name, typ, person, plural))
        self._noted.add(pos)
        if typ == "PER" and np.of is not None and self.is_spokesperson(np):
            insort(self._person_spokespersons, (pos, name))

    def _sources_before(self, pos: int) -> Iterator[_Source]:
        """The sources noted before ``pos``, nearest first."""
        for k in range(bisect_left(self._source_starts, pos) - 1, -1, -1):
            yield self.sources[k]

    def name(self, np: NounPhrase, *, plural: bool | None = None, until: int | None = None) -> tuple[str, str]:
        """``(name, type)`` of a noun phrase, by the module's naming rules.

        ``plural``: the number of the phrase's verb, if known. A plural pronoun
        (``plural_pronouns``) with a plural verb takes the last plural source ("Zij
        zeggen"); with a singular verb it skips plural sources ("Ze zegt").
        ``until``: where the phrase's statement starts, when before the phrase ("'C', zegt
        een woordvoerder"): a spokesperson's organisation is named before it, not in C.
        """
        if np.pronoun is not None:
            return self._pronoun(np, plural)
        full = _complement_name(np, self.text, self.language)
        if full is not None:
            return full, "ORG"
        typ = _surface_type(np, self.language)
        if np.name_text:
            if " " not in np.name_text and np.name_text.lower() in self.org_full:
                return self.org_full[np.name_text.lower()], "ORG"
            if typ == "PER" and np.name_text in self._org_names:
                return np.name_text, "ORG"  # "aldus Zuidlijn" after "vervoerder Zuidlijn"
            return self.canonical(np.name_text, typ), typ
        if np.role is not None:
            if np.role in self._lex.spokespersons:  # is_spokesperson
                return self._spokesperson(np, until)
            rules = Resolver._RULES
        else:
            rules = Resolver._RULES[3:]  # the first three name roles only
        for rule in rules:
            found = rule(self, np)
            if found is not None:
                return found
        name = bare_name(np, self.text, seat=True)
        if np.determiner is None and not np.modifiers and name[:1].isupper() and not _name_run(name):
            if not self._named_word(name.split(maxsplit=1)[0]):
                name = name[0].lower() + name[1:]  # "Minister zegt ...": a common noun
        return name, typ

    def _named_word(self, word: str) -> bool:
        """Whether a phrase's first capitalised word is a name: one the article writes with
        its capital where no sentence opens ("Tarn officials said ... upstream of Tarn"), the
        dateline place or a listed place; else the capital is the sentence opening's."""
        if word in self.confirmed or word == self.place or not word[1:].islower():
            return True  # (also an abbreviation: "UN officials", "U.S. officials")
        return any(words == (word.lower(),) and typ == "GPE" for words, _, typ in self._lex.gazetteer.get(word.lower(), ()))

    # -- pronouns ---------------------------------------------------------------

    def _pronoun(self, np: NounPhrase, plural: bool | None) -> tuple[str, str]:
        """A pronoun: a plural one with a plural verb takes the latest plural antecedent;
        any takes the last person that was a source or opened a sentence, else the last
        person named; first and second person keep their word."""
        lex, pos = self._lex, np.span.start
        if np.pronoun in lex.unresolved_pronouns:
            return np.span.text, "PER"
        if np.pronoun in lex.organisation_pronouns:
            return self._org_pronoun(np)
        number = plural if np.pronoun in lex.plural_pronouns else False
        if np.pronoun in lex.always_plural:
            number = True
        if number:
            group = self._plural_antecedent(pos)
            if group is not None:
                return group[1], group[2]
            # "They said" / "Ze zeggen" with no group before it: no single person
            return np.span.text, "PER"
        best: tuple[int, str, str] | None = None
        for s in self._sources_before(pos):
            if s.person and not (number is False and s.plural):
                best = (s.pos, s.name, s.type)
                break
        m = self._person_subjects.last_before(pos)
        if m is not None and (best is None or m.span.start > best[0]):
            best = (m.span.start, self.canonical(m.name, "PER"), "PER")
        if best is not None:
            return best[1], best[2]
        m = self._persons.last_before(pos)
        if m is not None:
            return self.canonical(m.name, "PER"), "PER"
        return np.span.text, "PER"

    def _org_pronoun(self, np: NounPhrase) -> tuple[str, str]:
        """"It said": the latest organisation that was a source, or the last one named
        when that comes later; with none the pronoun keeps its word."""
        pos = np.span.start
        best = self._latest_org_source(pos)
        m = self._orgs.last_before(pos)
        if m is not None and (best is None or m.span.start > best[0]):
            best = (m.span.start, m.name)
        return (best[1], "ORG") if best is not None else (np.span.text, "ORG")

    def _plural_antecedent(self, pos: int) -> tuple[int, str, str] | None:
        """The latest plural source, plural role opening a sentence, or couple before ``pos``."""
        group = next(((s.pos, s.name, s.type) for s in self._sources_before(pos) if s.plural), None)
        for g in reversed(self.groups):
            if g.span.start < pos:
                if group is None or g.span.start > group[0]:
                    group = (g.span.start, *self.name(g))
                break
        k = bisect_left(self._couple_starts, pos)
        if k and (group is None or self.couples[k - 1][0] > group[0]):
            group = (self.couples[k - 1][0], self.couples[k - 1][1], "PER")
        return group

    # -- spokespersons ------------------------------------------------------------

    def _spokesperson(self, np: NounPhrase, until: int | None = None) -> tuple[str, str]:
        """A spokesperson's organisation, looked for before ``until`` where given (the
        start of its statement when that comes first: ",,De politie sloot het station af'',
        zegt een woordvoerster" is no police spokeswoman), else before the phrase."""
        if until is not None and until < np.span.start:
            found = self._spokesperson_at(np, until)
            if found[1] == "ORG":
                return found  # else the statement alone names an organisation: that one
        return self._spokesperson_at(np, np.span.start)

    def _spokesperson_at(self, np: NounPhrase, pos: int) -> tuple[str, str]:
        """A spokesperson speaks for its ``van`` complement, else for the latest
        organisation before ``pos`` that was a source or opened a sentence, else the last
        named."""
        if np.of is not None:
            n, t = self.name(np.of)
            if np.of.name_text or np.of.org:
                # "een woordvoerder van Smal" after "Anke Smal": a person named in full before
                person = np.of.role or (t == "PER" and n != np.of.name_text and n.endswith(" " + np.of.name_text))
                return n, ("PER" if person else "ORG")
            return n, t
        body = next((m for m in np.modifiers if word_class(m, self.language)[1]), None) or self._compound_body(np)
        if body is not None:  # "a police spokesman", "een politiewoordvoerder": the police
            return self._named_body(body, pos) or body, "ORG"
        cand = self._latest_org_source(pos)
        for m in self._org_subjects.before(pos):
            if m.span.start not in self._noted:  # a source already named ("Het bedrijf")
                if cand is None or (m.span.start, m.name) > cand:
                    cand = (m.span.start, m.name)
                break
        k = bisect_left(self._person_spokespersons, (pos, ""))
        if k and (cand is None or self._person_spokespersons[k - 1] > cand):
            return self._person_spokespersons[k - 1][1], "PER"  # the person's spokesperson again
        if cand is not None:
            p, n = cand
            if not is_named(n) and n in self._lex.anaphoric_organisations:
                # "Het bedrijf schrapt ..., aldus een woordvoerster": "het bedrijf"
                # stands for the last named organisation with a fitting noun
                fits = tuple(self._lex.anaphoric_antecedents.get(n, (n,)))
                m = self._index(("fits", n), lambda m: m.type == "ORG" and is_named(m.name) and (self._head(m) or "").endswith(fits)).last_before(p)
                if m is not None:
                    return m.name, "ORG"
            return n, "ORG"
        # the last organisation named, but not a news medium ("Berg told CNN. A spokesman said")
        m = self._index(("employers",), self._employs, within=self._orgs).last_before(pos)
        if m is not None:
            return m.name, "ORG"
        return np.role or bare_name(np, self.text), "PER"

    def _compound_body(self, np: NounPhrase) -> str | None:
        """The organisation word a role compound opens with: "politie" in "een
        politiewoordvoerster", "parket" in "de parketwoordvoerder"; or the name before its
        hyphen: "Tramnet" in "een Tramnet-woordvoerder" (not "Oud-woordvoerder")."""
        role = np.role or ""
        for w in self.text[np.span.start : np.span.end].split():
            body = w[: -len(role)] if len(w) > len(role) and w.lower().endswith(role) else None
            if body and body.endswith("-") and body[:1].isupper() and body[:-1].lower() not in self._lex.modifiers:
                return body[:-1]
            body = body.lower().rstrip("-") if body else None
            if body and word_class(body, self.language)[1] == body:
                return body
        return None

    def _employs(self, m: Mention) -> bool:
        return m.name.lower() not in self._lex.media

    def _latest_org_source(self, pos: int) -> tuple[int, str] | None:
        """(offset, name) of the latest organisation source before ``pos`` (of several at
        one offset, the greatest name)."""
        best: tuple[int, str] | None = None
        for s in self._sources_before(pos):
            if best is not None and s.pos < best[0]:
                break
            if s.type == "ORG" and (best is None or (s.pos, s.name) > best):
                best = (s.pos, s.name)
        return best

    # -- roles and organisation nouns without a name -----------------------------

    def _group(self, np: NounPhrase) -> tuple[str, str] | None:
        """"Onderzoekers van de Universiteit Leiden": the institution speaks."""
        if np.role in self._lex.group_roles and np.of is not None and np.of.name_text:
            return self.name(np.of)[0], "ORG"
        return None

    def _title(self, np: NounPhrase) -> tuple[str, str] | None:
        """A title whose complement is a capitalised role with a name is that person:
        "Commissaris van de Koning Jan Bosker" -> "Jan Bosker" (but "de vrouw van de
        burgemeester Jan Bos" is not Jan Bos)."""
        of = np.of
        if not np.role or of is None or not of.role or not of.name_text or of.head == _PORTFOLIO:
            return None
        words = of.span.text.split()
        title = words[1] if of.determiner and len(words) > 1 else words[0]
        if not title[:1].isupper():
            return None
        return self.canonical(of.name_text, "PER"), "PER"

    def _role(self, np: NounPhrase) -> tuple[str, str] | None:
        """A role without a name takes the person with that role (and its modifiers): the
        last one before it, else the first after it."""
        if not np.role or np.of is not None:
            return None
        role, mods = np.role, set(np.modifiers)
        cands = self._index(("role", role), lambda m: m.role == role and m.type == "PER" and self._sure(m))
        if mods:  # each set of modifiers is looked up among the role's mentions only
            same = self._index(("role", role, *sorted(mods)), lambda m: mods <= set(m.modifiers), cands)
            cands = same if same.items else self._index(("role", role, ""), lambda m: not m.modifiers, cands)
        pick = cands.last_before(np.span.start) or cands.first()
        return (self.canonical(pick.name, "PER"), "PER") if pick is not None else None

    def _sure(self, m: Mention) -> bool:
        """A mention whose name is no guess: not an ``initial`` one ("Mayor Rejects Claim" in a
        title-case headline) unless the article confirms the name elsewhere."""
        return not m.initial or m.name in self.full or m.name in self.confirmed

    def _complement_org(self, np: NounPhrase) -> tuple[str, str] | None:
        """"de raad van bestuur van ziekenhuis Z", "de exitpoll van Ipsos": the
        complement's organisation speaks ("ministerie van Defensie" keeps its name)."""
        if np.of is None or not (np.org or np.head) or np.of.head == _PORTFOLIO:
            return None
        inner = np.of
        while inner.of is not None and not inner.name_text and inner.org:
            inner = inner.of
        if inner.name_text and (
            _surface_type(inner, self.language) == "ORG" or (np.head and not np.org)
        ):
            return self.name(inner)
        return None

    def _possessive(self, np: NounPhrase) -> tuple[str, str] | None:
        """"Haar ministerie" after "minister Karin Smeets van Volksgezondheid" is
        "ministerie van Volksgezondheid" (``role_bodies``: minister -> ministerie; the
        portfolio from ``portfolios``, as written). None when the last person with such
        a role has no portfolio in its phrase, or there is none."""
        org = np.org
        if not org or np.of is not None or np.determiner not in self._lex.possessives:
            return None
        lex = self._lex
        m = self._index(("body", org), lambda m: m.type == "PER" and m.role is not None and lex.role_bodies.get(m.role) == org).last_before(np.span.start)
        if m is None:
            return None
        toks = tokenize(m.span.text, 0, len(m.span.text))
        for k in range(len(toks) - 1):
            if toks[k].low in lex.complement:
                n = _phrase_at(toks, k + 1, len(toks), lex.portfolios)
                if n:
                    return f"{org} {toks[k].text} {m.span.text[toks[k + 1].start : toks[k + n].end]}", "ORG"
        return None

    def _body_noun(self, np: NounPhrase) -> tuple[str, str] | None:
        """An organisation noun without a name or complement: an anaphoric one ("het
        bedrijf") refers back; any takes a named mention with the same noun ("de
        vakbond" and "vakbond FNV"). Never a name the text does not give: "de
        gemeente" on a page datelined in a city stays "gemeente"."""
        if not np.org or np.of is not None or _qualified(np):
            return None
        lex = self._lex
        if np.determiner in lex.definite and np.org in lex.anaphoric_organisations and not np.modifiers:
            found = self._antecedent_org(np.org, np.span.start)
            if found is not None:
                return found, "ORG"
        found = self._named_body(np.org, np.span.start, np.span.end)
        return (found, "ORG") if found is not None else None

    def _named_body(self, org: str, pos: int, end: int | None = None) -> str | None:
        """The named mention with the organisation noun ``org`` (or a compound of it:
        "het hof" and "het gerechtshof in X"): the last before ``pos``, else the first."""
        # the named mentions with a noun are found once per article, then each noun's
        named = self._named_bodies
        if not named.items:
            return None  # no named body in the article (most teasers)
        cands = self._index(("noun", org), lambda m: m.org.endswith(org), named)
        pick = cands.last_before(pos) or cands.first()
        if pick is not None and end is not None and pos <= pick.span.start < end < pick.span.end:
            return None  # its own longer reading ("A bench of Justices A and B said": the bench)
        return pick.name if pick is not None else None

    def _antecedent_org(self, org: str, pos: int) -> str | None:
        """The organisation a definite general noun before ``pos`` stands for: the last
        named one whose noun it may stand for ("Bakkerijketen Korenaar ... het bedrijf";
        "de Landelijke Huisartsen Vereniging ... de vereniging"), else the last named one
        without such a noun ("Metaalwerken Oosterland"; never a platform: "schrijft op X
        ... De vakbond" is no X), else an unnamed one with the same
        noun ("een chemiebedrijf ... het bedrijf"); never one of another kind ("vakbond
        FNV"). A facility ("de luchthaven") stands for a place or single name ("Schiphol")."""
        lex = self._lex
        facility = org in lex.facilities
        if facility:
            def kind(m: Mention) -> bool:
                return m.type == "GPE" or (m.type == "PER" and m.role is None and " " not in m.name)
        else:
            def kind(m: Mention) -> bool:
                return m.type == "ORG"
        fits = lex.anaphoric_antecedents.get(org, (org,))
        # the mentions of the kind, and the named ones among them: once per article
        kinds = self._index(("kind", str(facility)), kind)
        if not kinds.items:
            return None  # nothing of the kind in the article: every pool below is empty
        named = self._index(("named", str(facility)), lambda m: is_named(m.name) and not self._place(m.name), kinds)
        for key, pool, test in (
            # a listed outlet fits a press noun, whatever its own name ends in ("Het
            # Parool ... de krant": not the Volkskrant named before it)
            ("fitting", named, lambda m: self._head(m) in fits or (org in lex.outlet_nouns and m.name.lower() in lex.outlets)),
            # a name without an organisation noun ("Metaalwerken Oosterland", "Rode
            # Kruis"), but never a platform ("schrijft op X")
            ("headless", named, lambda m: self._head(m) is None and self._organisation(m.name)),
            ("same", kinds, lambda m: m.org == org and m.name.lower() != org),
        ):
            m = self._index((key, org), test, pool).last_before(pos)
            if m is not None:
                return m.name
        return None

    # the rules for a phrase without a name, in order (plain functions: no bound
    # methods made per call); the first three need a role
    _RULES = (_group, _title, _role, _complement_org, _possessive, _body_noun)


def _qualified(np: NounPhrase) -> bool:
    """Whether a capitalised word other than its determiner and modifiers stands before the
    phrase's organisation noun ("Keldby police said"): it names its own body, never another
    one with that noun ("Ormsby police" elsewhere in the text)."""
    words = np.span.text.split()[(np.determiner is not None) + len(np.modifiers) : -1]
    return any(w[:1].isupper() for w in words)


def _name_run(name: str) -> bool:
    """Whether ``name`` opens with two capitalised words before its noun ("Tarn County
    officials"): a proper name, whose capital is no sentence opening's."""
    words = name.split(maxsplit=2)
    return len(words) > 2 and words[1][:1].isupper()
